"""The array set algebra of search.hits agrees with the same operations written out on dicts."""

from __future__ import annotations

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from search.hits import Hits, common, first, intersection, top, union, within, without

DOCS = 64
# Few distinct scores, so that ties (broken by document number) are common, and ones
# whose sums round, so that adding in another order would give other floats.
SCORES = st.sampled_from([0.1, 0.2, 0.7, 1 / 3, 1.0, 3.0])
SCORED = st.dictionaries(st.integers(0, DOCS - 1), SCORES, max_size=DOCS)
PARTS = st.lists(SCORED, min_size=1, max_size=6)


def _hits(scores: dict[int, float]) -> Hits:
    ids = sorted(scores)
    return Hits.of(ids, [scores[d] for d in ids])


def _tree(parts: list[dict[int, float]], docnum: int) -> float:
    # Whoosh adds a compound's parts pairwise down a balanced tree; an absent part adds nothing.
    if len(parts) == 1:
        return parts[0].get(docnum, 0.0)
    half = len(parts) // 2
    return _tree(parts[:half], docnum) + _tree(parts[half:], docnum)


@settings(max_examples=300, deadline=None)
@given(PARTS, st.sampled_from([DOCS, 100_000]))
def test_union_scores_every_document_of_any_part(parts: list[dict[int, float]], doccount: int) -> None:
    # DOCS makes the union add dense arrays the size of the index; 100,000 makes it sparse.
    found = union([_hits(p) for p in parts], doccount).to_dict()
    every = set().union(*parts)
    assert found == {d: _tree(parts, d) for d in every}


@settings(max_examples=300, deadline=None)
@given(PARTS)
def test_intersection_keeps_the_documents_of_every_part(parts: list[dict[int, float]]) -> None:
    found = intersection([_hits(p) for p in parts]).to_dict()
    shared = set(parts[0]).intersection(*parts[1:])
    assert found == {d: _tree(parts, d) for d in shared}


@settings(max_examples=200, deadline=None)
@given(SCORED, st.sets(st.integers(0, DOCS - 1)))
def test_without_within_and_common(scores: dict[int, float], other: set[int]) -> None:
    hits = _hits(scores)
    ids = np.array(sorted(other), np.int32)
    assert without(hits, ids).to_dict() == {d: s for d, s in scores.items() if d not in other}
    assert within(hits, ids).to_dict() == {d: s for d, s in scores.items() if d in other}
    assert common(hits.ids, ids).tolist() == sorted(set(scores) & other)


@settings(max_examples=300, deadline=None)
@given(SCORED, st.integers(0, DOCS + 2), st.integers(1, 9))
def test_top_ranks_by_score_then_document_and_pages_give_every_hit_once(
    scores: dict[int, float], count: int, page: int
) -> None:
    hits = _hits(scores)
    expected = sorted(scores.items(), key=lambda pair: (-pair[1], pair[0]))
    assert top(hits, count) == expected[:count]
    # Pages cut from ever deeper rankings, as the search pages ask for them.
    paged = []
    for start in range(0, len(scores), page):
        paged.extend(top(hits, start + page)[start:])
    assert paged == expected


@settings(max_examples=200, deadline=None)
@given(st.sets(st.integers(0, DOCS - 1)), st.permutations(list(range(DOCS))), st.integers(0, DOCS + 2))
def test_first_follows_the_rank_of_each_document(docs: set[int], order: list[int], count: int) -> None:
    rank = np.array(order, np.int32)  # document d comes at place order[d]
    ids = np.array(sorted(docs), np.int32)
    assert first(ids, rank, count) == sorted(docs, key=lambda d: order[d])[:count]


def test_hits_are_read_only() -> None:
    hits = Hits.of([1, 2], [0.5, 0.5])
    assert not hits.ids.flags.writeable and not hits.scores.flags.writeable
    assert hits.find(2) == 1 and hits.find(3) == -1
