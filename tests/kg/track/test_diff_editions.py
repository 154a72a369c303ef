"""`policykg diff` on later editions of the seed report made by real follow-up edits.

The corpus holds the seed report, an edition made by 30 independent edits of it
(tests/kg/track/editions.py, each with the change it makes, written from the
edit), an edition with theme 2's issues renumbered, and a short unrelated
document.  Every edit must be reported and nothing else.
"""

from __future__ import annotations

import itertools
import json
import os
import subprocess
import sys
from typing import Any

import pytest

from kg.settings import Settings
from tests.conftest import ROOT, SEEDS, shared_file
from tests.kg.track.editions import (
    EDITS,
    NEXT_ID,
    OTHER_ID,
    RENUMBERED_ID,
    SEED_ID,
    Expect,
    build_editions,
)

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def editions(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    return build_editions(tmp_path_factory.mktemp("editions"))


def policykg(settings: Settings, *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("POLICYKG_")}
    return subprocess.run(
        [sys.executable, "-m", "kg", *args, "--data", str(settings.data_dir)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=300,
        check=False,
    )


def diff_json(settings: Settings, old: str, new: str, *extra: str) -> dict[str, Any]:
    result = policykg(settings, "diff", old, new, "--json", *extra)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)  # type: ignore[no-any-return]


def _label(change: dict[str, Any]) -> str:
    side = change["new"] or change["old"]
    return str(side["label"])


def _fits(expect: Expect, change: dict[str, Any]) -> bool:
    if change["kind"] != expect.kind or change["type"] != expect.cls:
        return False
    labels = [str(v["label"]) for v in (change["old"], change["new"]) if v]
    if not any(expect.phrase in label for label in labels):
        return False
    return (expect.before is None or change["before"] == expect.before) and (
        expect.after is None or change["after"] == expect.after
    )


def test_the_edits_are_30_and_independent() -> None:
    assert len(EDITS) == 30
    seed = shared_file(SEEDS / "digital-wg-followup-2021-10-22.txt").read_text(encoding="utf-8")
    for edit in EDITS:
        assert seed.count(edit.old) == 1, edit.name
    # No edit's passage overlaps another's.
    spans = sorted((seed.index(e.old), seed.index(e.old) + len(e.old), e.name) for e in EDITS)
    for (_, end, name), (start, _, other) in itertools.pairwise(spans):
        assert end <= start, f"{name} overlaps {other}"


def test_every_edit_is_reported_and_nothing_else(editions: Settings) -> None:
    found = diff_json(editions, SEED_ID, NEXT_ID)["changes"]
    expected = [(edit, expect) for edit in EDITS for expect in edit.expect]
    claimed: set[int] = set()
    missed = []
    for edit, expect in expected:
        hits = [n for n, change in enumerate(found) if n not in claimed and _fits(expect, change)]
        if hits:
            claimed.add(hits[0])
        else:
            missed.append(f"{edit.name}: {expect}")
    invented = [
        f"{c['kind']} {c['type']} {_label(c)} {c['before']!r}→{c['after']!r}"
        for n, c in enumerate(found)
        if n not in claimed
    ]
    assert not missed, "not reported:\n" + "\n".join(missed)
    assert not invented, "reported though the text did not change so:\n" + "\n".join(invented)


def test_summary_counts_the_changes(editions: Settings) -> None:
    result = diff_json(editions, SEED_ID, NEXT_ID)
    kinds = [e.kind for edit in EDITS for e in edit.expect]
    assert result["summary"] == {k: kinds.count(k) for k in dict.fromkeys(result["summary"])}
    assert sum(result["summary"].values()) == len(kinds)
    assert (result["old"], result["new"]) == (SEED_ID, NEXT_ID)


def test_type_filter_keeps_one_class(editions: Settings) -> None:
    result = diff_json(editions, SEED_ID, NEXT_ID, "--type", "Issue")
    assert {c["type"] for c in result["changes"]} == {"Issue"}
    assert len(result["changes"]) == sum(1 for e in EDITS for x in e.expect if x.cls == "Issue")


def test_renumbered_issues_and_a_rewritten_clause_still_match(editions: Settings) -> None:
    result = diff_json(editions, SEED_ID, RENUMBERED_ID)
    # The five issues of theme 2 moved numbers: none of them is added or dropped.
    assert [(c["kind"], c["type"]) for c in result["changes"]] == [("reworded", "Issue")]
    change = result["changes"][0]
    assert change["old"]["label"] == "教育：学校健診データの活用、GIGAスクールにおける認証手段等の検討"
    assert change["new"]["label"] == "教育：学校健診データの活用、GIGAスクールにおける認証手段の整備"


def test_text_output_groups_changes_by_issue(editions: Settings) -> None:
    result = policykg(editions, "diff", SEED_ID, NEXT_ID)
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert out.splitlines()[0].startswith(f"{SEED_ID} → {NEXT_ID}: 32 changes")
    assert "課題 5.8 デジタル社会の実現に向けた重点計画の策定" in out
    assert "3年10月 → 4年1月 (後ろ倒し)" in out


def test_a_document_that_is_no_edition_is_one_clear_error(editions: Settings) -> None:
    result = policykg(editions, "diff", SEED_ID, OTHER_ID)
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert OTHER_ID in lines[0] and "not an edition of any series" in lines[0]
    assert "Traceback" not in result.stderr


def test_an_unknown_document_is_one_clear_error(editions: Settings) -> None:
    result = policykg(editions, "diff", SEED_ID, "no-such-doc")
    assert result.returncode == 1
    assert result.stderr.strip().count("\n") == 0 and "no-such-doc" in result.stderr


def test_series_and_changes_are_in_the_graph(editions: Settings) -> None:
    from kg.store.reader import ReadStore

    store = ReadStore(editions.data_dir)
    chain = store.select(
        """SELECT ?id ?prev WHERE { ?d dcterms:isVersionOf ?s ; pol:documentId ?id . ?s a pol:DocumentSeries .
           OPTIONAL { ?d prov:wasRevisionOf/pol:documentId ?prev } } ORDER BY ?id"""
    )
    assert [(r["id"], r.get("prev")) for r in chain] == [
        (SEED_ID, None),
        (NEXT_ID, SEED_ID),
        (RENUMBERED_ID, NEXT_ID),
    ]
    # "Every deadline that slipped between these two editions", as SPARQL.
    slipped = store.select(
        f"""SELECT ?label ?before ?after WHERE {{
            ?c a pol:Change ; pol:changeKind "dateMoved" ; pol:direction "later" ;
               pol:fromEdition/pol:documentId "{SEED_ID}" ; pol:toEdition/pol:documentId "{NEXT_ID}" ;
               pol:newVersion/rdfs:label ?label ; pol:valueBefore ?before ; pol:valueAfter ?after }}"""
    )
    moved_later = {(e.before, e.after) for edit in EDITS for e in edit.expect if e.kind == "dateMoved"}
    moved_later.discard(("3年7月～", "3年6月～"))  # the one moved earlier
    assert {(r["before"], r["after"]) for r in slipped} == moved_later
    # Matched items link back to their earlier version, with a score and a basis.
    revision = store.select(
        f"""SELECT ?score ?basis WHERE {{ ?new prov:wasRevisionOf ?old ; pol:number "3.3" .
            ?old pol:number "3.3" ; prov:wasDerivedFrom/pol:documentId "{SEED_ID}" .
            ?st rdf:subject ?new ; rdf:predicate prov:wasRevisionOf ; rdf:object ?old ;
                pol:matchScore ?score ; pol:linkBasis ?basis }}"""
    )
    assert len(revision) == 1
    assert 0.5 <= float(revision[0]["score"]) < 1
    assert revision[0]["basis"].endswith("#ViaNumber")
    # Renumbered and a clause rewritten: neither the title nor the number matches; the similar title does.
    fuzzy = store.select(
        f"""SELECT ?basis WHERE {{ ?new pol:number "2.5" ;
                prov:wasDerivedFrom/pol:documentId "{RENUMBERED_ID}" ; prov:wasRevisionOf ?old .
            ?old pol:number "2.4" ; prov:wasDerivedFrom/pol:documentId "{NEXT_ID}" .
            ?st rdf:subject ?new ; rdf:object ?old ; pol:linkBasis ?basis }}"""
    )
    assert [r["basis"].rsplit("#", 1)[-1] for r in fuzzy] == ["ViaFuzzyTitle"]


def test_the_graph_still_validates(editions: Settings) -> None:
    from kg.rdf.validate import validate
    from kg.store.reader import ReadStore

    report = validate(ReadStore(editions.data_dir).dataset)
    assert report.conforms, report.to_text()
