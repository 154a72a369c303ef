"""A rebuild after one changed document, as ``policykg build --watch`` makes it (one process,
building again with what its last pass kept), leaves the data a fresh build of the same corpus
makes: the same quads in the store (the named graphs and their merge) and the same counts, the
same facet labels, and the same search answers, scores to the last bit.

Real builds of the test corpus (the seed report, and the GIF guidebook where the shared folder
has it) into on-disk stores and Whoosh indexes.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pyoxigraph as ox

from kg.build import build
from kg.settings import Settings
from kg.store.reader import current_generation as store_generation
from kg.store.reader import read_stats
from kg.track.graph import Kept
from search.engine import Filters, Hit, search
from search.index import current_generation, read_meta
from tests.conftest import SEED, SEED_ID, settings_for
from tests.search.test_golden import GOLDEN

# An issue of the seed report whose label the change rewrites, and a sentence it appends.
ISSUE = "5.5 "
OLD_LABEL = "システムリスク管理の強化（リリースプロセスの確立、品質管理の強化等）"
NEW_LABEL = "システム障害への備えと復旧訓練の強化"
APPENDED = "\nデジタル庁は、この報告書の内容を来年度に見直す予定である。\n"
QUERIES = ("マイナンバー", "電子証明書", "データ連携", "デジタル庁", "復旧訓練", "リリースプロセス", "見直す")


def _quads(settings: Settings) -> tuple[set[str], int]:
    """The store's quads, and how many more have a blank node (the ontology's, named anew by each load)."""
    generation = store_generation(settings.data_dir)
    assert generation is not None
    named: set[str] = set()
    blank = 0
    for quad in ox.Store.read_only(str(generation)).quads_for_pattern(None, None, None):
        if isinstance(quad.subject, ox.BlankNode) or isinstance(quad.object, ox.BlankNode):
            blank += 1
        else:
            named.add(str(quad))
    return named, blank


def _meta(settings: Settings) -> dict[str, object]:
    generation = current_generation(settings.data_dir)
    assert generation is not None
    return read_meta(generation)


def _all(settings: Settings, query: str) -> list[Hit]:
    hits: list[Hit] = []
    page = 1
    while True:
        result = search(settings, query, page=page, page_size=200)
        hits.extend(result.hits)
        if page >= result.pages:
            return hits
        page += 1


def test_a_watched_rebuild_leaves_what_a_fresh_build_makes(
    built: Settings, corpus_copy: Path, tmp_path: Path
) -> None:
    ours = settings_for(tmp_path / "data", corpus_copy)
    shutil.copytree(built.data_dir, ours.data_dir, symlinks=True)
    kept = Kept()
    build(ours, kept_pairs=kept)  # the watching process's first pass: nothing changed
    path = corpus_copy / SEED.name
    text = path.read_text(encoding="utf-8")
    assert text.count(ISSUE + OLD_LABEL) == 1
    path.write_text(text.replace(ISSUE + OLD_LABEL, ISSUE + NEW_LABEL) + APPENDED, encoding="utf-8")
    report = build(ours, kept_pairs=kept)
    assert [d.id for d in report.documents if d.status == "built"] == [SEED_ID]
    built_from = _meta(ours)["built_from"]
    assert isinstance(built_from, dict) and built_from["incremental"] is True

    fresh = settings_for(tmp_path / "fresh", corpus_copy)
    assert not build(fresh).failed

    # The store: every quad (the document's new graph, the old one gone, the merge), the counts.
    assert _quads(ours) == _quads(fresh)
    assert read_stats(store_generation(ours.data_dir)) == read_stats(store_generation(fresh.data_dir))
    # The index: what it tells the search besides the passages, the new label among the facets'.
    mine, theirs = _meta(ours), _meta(fresh)
    for key in ("passages", "synonyms", "laws", "agencies", "themes", "issues", "documents"):
        assert mine[key] == theirs[key], key
    issues = mine["issues"]
    assert isinstance(issues, dict) and issues["5.5"] == NEW_LABEL
    theirs_from = theirs["built_from"]
    assert isinstance(theirs_from, dict) and built_from["labels"] == theirs_from["labels"]
    # The answers: hits, totals, facets and scores.
    for query, filters, _ in GOLDEN:
        chosen = Filters.of(**filters)
        assert search(ours, query, chosen).total == search(fresh, query, chosen).total, query
    for query in QUERIES:
        assert search(ours, query).facets == search(fresh, query).facets, query
        assert sorted((h.iri, h.score) for h in _all(ours, query)) == sorted(
            (h.iri, h.score) for h in _all(fresh, query)
        ), query
    assert {h.document for h in _all(ours, "復旧訓練")} == {SEED_ID}
    assert _all(ours, "リリースプロセス") == []
