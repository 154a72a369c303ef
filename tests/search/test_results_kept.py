"""Search results kept per index generation: the same answers as searching afresh, never stale."""

from __future__ import annotations

import copy
import shutil
from pathlib import Path

import pytest

from kg.settings import Settings
from kg.store.reader import ReadStore
from search.build import write_index
from search.engine import Filters, search
from search.index import IndexLock, holder
from search.passages import collect

SEARCHES = [
    ("マイナンバー", None, 0),
    ("マイナンバー", None, 7),
    ('"公金受取口座の登録"', None, 0),
    ("健診 -学校", None, 0),
    ("デジタル改革関連法", Filters.of(types=["ProgressUpdate"]), 0),
    ("", Filters.of(types=["Measure"]), 5),
]


@pytest.fixture
def private(indexed: Settings, tmp_path: Path) -> Settings:
    """A copy of the session's built folder, whose index this test may replace."""
    copy = indexed.replace(data_dir=tmp_path / "data")
    shutil.copytree(indexed.data_dir, copy.data_dir, symlinks=True)
    return copy


@pytest.mark.parametrize(("query", "filters", "offset"), SEARCHES)
def test_kept_results_are_the_fresh_ones(
    indexed: Settings, query: str, filters: Filters | None, offset: int
) -> None:
    fresh = search(indexed.replace(search_results_kept=0), query, filters, offset=offset, page_size=7)
    first = search(indexed, query, filters, offset=offset, page_size=7)
    again = search(indexed, query, filters, offset=offset, page_size=7)
    assert fresh.total > 0
    assert first.to_json() == fresh.to_json() == again.to_json()


def test_a_caller_changing_its_result_changes_no_later_one(indexed: Settings) -> None:
    first = search(indexed, "マイナンバー", page_size=5)
    expected = copy.deepcopy(first.to_json())  # the JSON shares the result's lists
    first.hits[0].label = "書き換え"
    first.hits.clear()
    first.facets["type"].clear()
    first.expanded.append("書き換え")
    assert search(indexed, "マイナンバー", page_size=5).to_json() == expected


def test_the_setting_bounds_how_many_are_kept(private: Settings) -> None:
    search(private.replace(search_results_kept=0), "マイナンバー")
    kept = holder(private.data_dir).get().results
    assert len(kept) == 0
    two = private.replace(search_results_kept=2)
    for query in ("登記", "健診", "電子証明書"):
        search(two, query)
    assert len(kept) == 2
    assert ("登記", Filters(), 0, two.search_page_size) not in kept  # the least recently used went first
    assert ("電子証明書", Filters(), 0, two.search_page_size) in kept


def test_a_new_generation_is_searched_not_the_kept_results_of_the_old(private: Settings) -> None:
    before = search(private, "マイナンバー")
    assert before.total > 10
    passages, vocab, _ = collect(ReadStore(private.data_dir), private.corpus_dir)
    with IndexLock(private.data_dir):
        write_index(private.data_dir, passages[:10], vocab, "ten passages")
    after = search(private, "マイナンバー")
    # ten passages at most, the ones of the new generation that name the word
    named = {p.iri for p in passages[:10] if "マイナンバー" in p.text}
    assert {h.iri for h in after.hits} >= named
    assert after.total <= 10 < before.total
