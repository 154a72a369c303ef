"""Sets of scored documents as numpy arrays, and the set algebra queries are made of.

A :class:`Hits` holds document numbers in increasing order with their scores.
Unions, intersections and exclusions run over whole arrays in C instead of one
dict entry at a time, so a query matching a hundred thousand passages costs
milliseconds.  Scores are added in the order the parts of a query are given,
pairwise down a balanced tree as Whoosh adds them, and a document missing from
a part adds an exact 0.0, so every score is the float Whoosh's own matchers give.

>>> a = Hits.of([1, 3], [0.5, 1.0]); b = Hits.of([3, 4], [2.0, 0.25])
>>> union([a, b], 10).to_dict()
{1: 0.5, 3: 3.0, 4: 0.25}
>>> intersection([a, b]).to_dict()
{3: 3.0}
>>> top(union([a, b], 10), 2)
[(3, 3.0), (1, 0.5)]
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

Ids = npt.NDArray[np.int32]
Floats = npt.NDArray[np.float64]

# A union whose parts hold more than this share of the index adds dense arrays
# the size of the index; a smaller one works on the matches alone.
_DENSE_SHARE = 8


@dataclass(frozen=True, slots=True)
class Hits:
    """Document numbers (increasing, each once) and their scores; never changed once made."""

    ids: Ids
    scores: Floats

    @classmethod
    def of(cls, ids: Iterable[int], scores: Iterable[float]) -> Hits:
        """Hits from document numbers in increasing order and their scores."""
        return cls.frozen(np.fromiter(ids, np.int32), np.fromiter(scores, np.float64))

    @classmethod
    def frozen(cls, ids: Ids, scores: Floats) -> Hits:
        ids.flags.writeable = False
        scores.flags.writeable = False
        return cls(ids, scores)

    def __len__(self) -> int:
        return len(self.ids)

    def to_dict(self) -> dict[int, float]:
        """``{docnum: score}`` (for tests and small sets)."""
        return dict(zip(self.ids.tolist(), self.scores.tolist(), strict=True))

    def find(self, docnum: int) -> int:
        """The index of ``docnum`` in :attr:`ids`, or -1."""
        i = int(np.searchsorted(self.ids, docnum))
        return i if i < len(self.ids) and int(self.ids[i]) == docnum else -1


NOTHING = Hits.frozen(np.empty(0, np.int32), np.empty(0, np.float64))


def _where(ids: Ids, within: Ids) -> tuple[npt.NDArray[np.bool_], npt.NDArray[np.intp]]:
    """Which of ``ids`` are in ``within`` (both increasing), and where (valid where found)."""
    if not len(ids) or not len(within):
        return np.zeros(len(ids), np.bool_), np.zeros(len(ids), np.intp)
    at = np.searchsorted(within, ids)
    at[at == len(within)] = 0
    found: npt.NDArray[np.bool_] = within[at] == ids
    return found, at


def _members(ids: Ids, within: Ids) -> npt.NDArray[np.bool_]:
    """Which of ``ids`` are in ``within`` (both increasing)."""
    return _where(ids, within)[0]


def _tree_sum(parts: Sequence[Floats]) -> Floats:
    # Pairwise down a balanced tree, the order in which Whoosh adds a compound's parts.
    if len(parts) == 1:
        return parts[0]
    half = len(parts) // 2
    summed: Floats = _tree_sum(parts[:half]) + _tree_sum(parts[half:])
    return summed


def union(parts: Sequence[Hits], doccount: int) -> Hits:
    """Documents in any part, scored as the sum of their parts' scores."""
    present = [p for p in parts if len(p)]
    if len(present) <= 1:
        return present[0] if present else NOTHING
    # Empty parts stay in the tree of sums, as in Whoosh's, so that the sums associate alike.
    size = sum(map(len, parts))
    if size * _DENSE_SHARE > doccount:
        seen = np.zeros(doccount, np.bool_)
        dense = []
        for p in parts:
            seen[p.ids] = True
            column = np.zeros(doccount, np.float64)
            column[p.ids] = p.scores
            dense.append(column)
        ids = np.flatnonzero(seen).astype(np.int32)
        return Hits.frozen(ids, _tree_sum(dense)[ids])
    # The parts are increasing runs, which a stable sort (timsort) merges in one pass.
    ids = np.sort(np.concatenate([p.ids for p in parts]), kind="stable")
    if len(ids) > 1:
        ids = ids[np.concatenate(([True], ids[1:] != ids[:-1]))]
    columns = []
    for p in parts:
        column = np.zeros(len(ids), np.float64)
        column[np.searchsorted(ids, p.ids)] = p.scores
        columns.append(column)
    return Hits.frozen(ids, _tree_sum(columns))


def intersection(parts: Sequence[Hits]) -> Hits:
    """Documents in every part, scored as the sum of their parts' scores."""
    if not parts or any(not len(p) for p in parts):
        return NOTHING
    if len(parts) == 1:
        return parts[0]
    ids = min(parts, key=len).ids
    for p in parts:
        ids = ids[_members(ids, p.ids)]
    columns = [p.scores[_where(ids, p.ids)[1]] for p in parts]
    return Hits.frozen(ids, _tree_sum(columns))


def without(hits: Hits, excluded: Ids) -> Hits:
    """``hits`` less the documents of ``excluded`` (increasing)."""
    if not len(hits) or not len(excluded):
        return hits
    keep = ~_members(hits.ids, excluded)
    return Hits.frozen(hits.ids[keep], hits.scores[keep])


def within(hits: Hits, allowed: Ids) -> Hits:
    """The documents of ``hits`` that are in ``allowed`` (increasing)."""
    keep = _members(hits.ids, allowed)
    return Hits.frozen(hits.ids[keep], hits.scores[keep])


def top(hits: Hits, count: int) -> list[tuple[int, float]]:
    """The best ``count`` hits, by score and then by document number, as Whoosh ranks them."""
    n = len(hits)
    if not n or count <= 0:
        return []
    ids, scores = hits.ids, hits.scores
    if count < n:
        # Every hit scoring at least the count-th best score is a candidate, ties included.
        threshold = np.partition(scores, n - count)[n - count]
        chosen = np.flatnonzero(scores >= threshold)
        ids, scores = ids[chosen], scores[chosen]
    order = np.lexsort((ids, -scores))[:count]
    return list(zip(ids[order].tolist(), scores[order].tolist(), strict=True))


def first(ids: Ids, rank: npt.NDArray[np.int32], count: int) -> list[int]:
    """The ``count`` documents of ``ids`` that come first by ``rank`` (a rank per document)."""
    if count <= 0 or not len(ids):
        return []
    ranks = rank[ids]
    if count < len(ids):
        chosen = np.argpartition(ranks, count - 1)[:count]
        ids, ranks = ids[chosen], ranks[chosen]
    return ids[np.argsort(ranks, kind="stable")].tolist()  # type: ignore[no-any-return]


def common(a: Ids, b: Ids) -> Ids:
    """The documents in both ``a`` and ``b`` (each increasing)."""
    if len(a) > len(b):
        a, b = b, a
    return a[_members(a, b)]
