"""A build that keeps the pairs of editions it compared (``build --watch``) compares again only the
pairs next to a changed edition, and stores the tracking graph a fresh build stores; the graph a build
stores is the one each pair of editions compared on its own makes, as an rdflib graph.

Real builds of the seed report's editions (tests/kg/track/editions.py) into on-disk stores.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import Graph

from kg.build import build
from kg.rdf import iris
from kg.rdf.namespaces import POL, RDF
from kg.read.corpus import load_corpus
from kg.settings import Settings
from kg.store.reader import ReadStore
from kg.track.diff import compare, stored_editions
from kg.track.editions import load_snapshot
from kg.track.graph import Kept
from kg.track.rdf import TRACK_GRAPH, change_triples, match_triples, series_triples
from kg.track.series import plan_series
from tests.conftest import settings_for
from tests.kg.track.editions import NEXT_ID, RENUMBERED_ID, SEED_ID, build_editions

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def editions(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    return build_editions(tmp_path_factory.mktemp("editions"))


def _copy(settings: Settings, target: Path) -> Settings:
    shutil.copytree(settings.data_dir, target / "data", symlinks=True)
    shutil.copytree(settings.corpus_dir, target / "corpus")
    return settings_for(target / "data", target / "corpus")


def _tracking(settings: Settings) -> set[tuple[str, str, str]]:
    rows = ReadStore(settings.data_dir).select(
        f"SELECT ?s ?p ?o WHERE {{ GRAPH <{TRACK_GRAPH}> {{ ?s ?p ?o }} }}"
    )
    return {(r["s"], r["p"], r["o"]) for r in rows}


def _graphs(settings: Settings) -> dict[str, str]:
    rows = ReadStore(settings.data_dir).select(
        "SELECT ?g ?id WHERE { GRAPH ?g { ?d a <https://w3id.org/policykg/ns#Document> ; "
        "<https://w3id.org/policykg/ns#documentId> ?id } }"
    )
    return {r["id"]: r["g"] for r in rows}


def _changes_in_merge(settings: Settings) -> set[tuple[str, str, str]]:
    rows = ReadStore(settings.data_dir).select(f"SELECT ?s ?p ?o WHERE {{ ?s a <{POL.Change}> ; ?p ?o }}")
    return {(r["s"], r["p"], r["o"]) for r in rows}


def _edit(settings: Settings) -> None:
    path = settings.corpus_dir / "renumbered.txt"
    text = path.read_text(encoding="utf-8")
    old = "マイナンバーカード"
    assert old in text
    path.write_text(text.replace(old, "個人番号カード", 1), encoding="utf-8")


def test_kept_pairs_are_reused_and_the_graph_is_a_fresh_builds(editions: Settings, tmp_path: Path) -> None:
    watched = _copy(editions, tmp_path / "watched")
    kept = Kept()
    build(watched, kept_pairs=kept)
    graphs = _graphs(watched)
    first = (graphs[SEED_ID], graphs[NEXT_ID])
    second = (graphs[NEXT_ID], graphs[RENUMBERED_ID])
    assert set(kept.pairs) == {first, second}
    assert kept.pairs[first] and kept.pairs[second]
    # What lets a watching build take out and put in only the pairs that changed: every triple of a
    # pair is about its later edition.
    for (_, new_graph), lines in kept.pairs.items():
        new_id = next(doc_id for doc_id, g in graphs.items() if g == new_graph)
        assert all(line.startswith(f"<{iris.document(new_id)}/".encode()) for line in lines)
    reused = kept.pairs[first]

    _edit(watched)
    report = build(watched, kept_pairs=kept)
    assert {d.id: d.status for d in report.documents}[RENUMBERED_ID] == "built"
    changed = (graphs[NEXT_ID], _graphs(watched)[RENUMBERED_ID])
    assert changed != second
    assert set(kept.pairs) == {first, changed}
    assert kept.pairs[first] is reused  # not compared again

    fresh = _copy(editions, tmp_path / "fresh")
    _edit(fresh)
    built = build(fresh)
    assert not built.failed
    ours, theirs = _tracking(watched), _tracking(fresh)
    assert ours and ours == theirs
    # Only the changed pair was taken out of the stored graph and put in: the merge and the
    # counts followed as they do for a graph written whole.
    changes = {s for s, p, o in ours if p == str(RDF.type) and o == str(POL.Change)}
    assert changes
    assert _changes_in_merge(watched) == {t for t in ours if t[0] in changes} == _changes_in_merge(fresh)
    assert (report.triples, report.entities) == (built.triples, built.entities)


def test_the_stored_graph_is_each_pair_compared_on_its_own(editions: Settings) -> None:
    store = ReadStore(editions.data_dir)
    plan = plan_series(stored_editions(store, load_corpus(editions.corpus_dir).entries))
    # The manifest: the 2022 edition follows the seed report, the renumbered one is the series' third.
    assert plan.previous == {NEXT_ID: SEED_ID, RENUMBERED_ID: NEXT_ID}
    expected = Graph()
    series_triples(expected, plan)
    for new_id, old_id in plan.previous.items():
        result = compare(load_snapshot(store, old_id), load_snapshot(store, new_id))
        assert result.changes
        match_triples(expected, result.matching)
        change_triples(expected, old_id, new_id, result.changes)
    # Through a store, as the build's are: it writes a decimal score 「1.000」 as 「1」.
    canonical = ox.Store()
    canonical.bulk_load(expected.serialize(format="nt", encoding="utf-8"), ox.RdfFormat.N_TRIPLES)
    wanted = {(q.subject.value, q.predicate.value, q.object.value) for q in canonical}
    stored = {t for t in _tracking(editions) if t[1] != str(POL.contentHash)}
    assert len(stored) > 100
    assert stored == wanted
