"""Queries evaluated over postings in memory agree with Whoosh's own matchers and scores."""

from __future__ import annotations

import math
import shutil
from pathlib import Path

import pytest

from kg.settings import Settings
from search.build import build_index
from search.engine import search
from search.highlight import snippet
from search.index import holder
from search.postings import Evaluator
from search.query import parse
from tests.search.test_golden import GOLDEN

EXTRA = {"健診 -学校", "登記 OR 生体認証", "マイナンバー マイナンバー"}
QUERIES = sorted({q for q, _, _ in GOLDEN if q} | EXTRA)


@pytest.mark.parametrize("text", QUERIES)
def test_scores_match_whoosh(indexed: Settings, text: str) -> None:
    with holder(indexed.data_dir).searcher() as (index, searcher):
        query = parse(text, index.synonyms).query
        assert query is not None
        ours = Evaluator(index.postings, searcher).scores(query).to_dict()
        theirs = {docnum: score for score, docnum in searcher.search(query, limit=None).top_n}
    assert ours.keys() == theirs.keys()
    for docnum, score in theirs.items():
        assert math.isclose(ours[docnum], score, rel_tol=1e-9), docnum


@pytest.mark.parametrize("text", ["マイナンバーカード", "J-LIS", '"公金受取口座の登録"', "健診 -学校"])
def test_snippets_from_the_index_match_the_analyzer(indexed: Settings, text: str) -> None:
    result = search(indexed, text, page_size=20)
    assert result.hits
    with holder(indexed.data_dir).searcher() as (index, searcher):
        terms = parse(text, index.synonyms).terms
        for hit in result.hits:
            stored = searcher.document(key=hit.iri)
            assert hit.snippet == snippet(stored["text"], terms)


def test_postings_in_memory_go_with_their_generation(indexed: Settings, tmp_path: Path) -> None:
    # A private copy: the session's built folder is shared and must not change.
    copy = indexed.replace(data_dir=tmp_path / "data")
    shutil.copytree(indexed.data_dir, copy.data_dir, symlinks=True)
    total = search(copy, "登記").total
    before = holder(copy.data_dir).get()
    assert holder(copy.data_dir).get().postings is before.postings
    build_index(copy, force=True)
    after = holder(copy.data_dir).get()
    assert after.path != before.path
    assert after.postings is not before.postings
    assert search(copy, "登記").total == total
