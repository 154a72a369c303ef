"""Parsed queries evaluated over postings held in memory.

Whoosh's matchers walk postings one document at a time through a tree of
Python objects, which costs microseconds per posting and per level of the
tree: a query whose synonyms make it a dozen terms and phrases spent tens of
milliseconds there.  A generation never changes once written, so each term's
postings are decoded once, whole blocks at a time, into arrays of document
numbers and their BM25F scores (the same figures Whoosh's scorer gives), and
kept while they fit a budget.  A query is then a few dict and set operations,
which run in C, and one pass yields both the ranking and the set of matches
that the facets count.

The text field stores character offsets with each position, so snippets mark
their hits from the postings instead of analysing the text again.

Phrases are checked on positions, only in documents that have every word; the
documents a phrase matches are kept like a term's postings, since synonym
expansion puts the same phrases into many queries.
"""

from __future__ import annotations

import math
import threading
from array import array
from bisect import bisect_left
from collections import OrderedDict
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import accumulate
from pickle import loads
from typing import Any

from whoosh import query as wq
from whoosh.scoring import BM25F

Scores = dict[int, float]

# Postings kept in memory per generation, counted in postings: about 75 bytes each
# with their encoded positions and offsets, so the default stays near 150 MB.
DEFAULT_BUDGET = 2_000_000
# Terms that only mark snippets are read whole and kept up to this many
# postings; commoner ones are looked up for the page's documents each time.
READ_WHOLE = 2048
_INT_SIZE = 4  # the posting count that prefixes each encoded value (whoosh.formats)


@dataclass(frozen=True, slots=True)
class TermPostings:
    """One term's postings: document numbers in order, their scores and encoded positions."""

    ids: array[int]
    scores: array[float]
    values: tuple[bytes, ...]

    def find(self, docnum: int) -> int:
        """The index of ``docnum`` in :attr:`ids`, or -1."""
        i = bisect_left(self.ids, docnum)
        return i if i < len(self.ids) and self.ids[i] == docnum else -1


_EMPTY = TermPostings(array("i"), array("d"), ())


def _codes(value: bytes) -> list[Any]:
    # The format pickles a list of per-position codes after a count; a pickle
    # written with protocol 2 may end without its STOP byte when stored.
    data = value[_INT_SIZE:]
    return loads(data if data.endswith(b".") else data + b".")  # type: ignore[no-any-return]  # noqa: S301


def decode_positions(value: bytes) -> list[int]:
    """Token positions of one posting of a ``Characters`` (or ``Positions``) field."""
    codes = _codes(value)
    if codes and isinstance(codes[0], tuple):
        return list(accumulate(c[0] for c in codes))
    return list(accumulate(codes))


def decode_spans(value: bytes) -> list[tuple[int, int]]:
    """[start, end) character offsets of one posting of a ``Characters`` field."""
    spans = []
    end = 0
    for code in _codes(value):
        start = code[1] + end
        end = code[2] + start
        spans.append((start, end))
    return spans


class _LRU:
    """Entries kept most recently used first, within a budget of summed sizes."""

    def __init__(self, budget: int) -> None:
        self.budget = budget
        self._entries: OrderedDict[Any, tuple[Any, int]] = OrderedDict()
        self._used = 0
        self._lock = threading.Lock()

    def get(self, key: Any) -> Any:
        with self._lock:
            entry = self._entries.get(key)
            if entry is None:
                return None
            self._entries.move_to_end(key)
            return entry[0]

    def put(self, key: Any, value: Any, size: int) -> None:
        size = max(1, size)
        if size > self.budget:
            return
        with self._lock:
            old = self._entries.pop(key, None)
            if old is not None:
                self._used -= old[1]
            self._entries[key] = (value, size)
            self._used += size
            while self._used > self.budget:
                _, (_, dropped) = self._entries.popitem(last=False)
                self._used -= dropped


class Postings:
    """The decoded postings of one field of one generation, shared by every thread.

    Decoding reads through the calling thread's reader, since Whoosh readers
    seek a shared file handle; the cache itself is shared and locked.
    """

    def __init__(self, reader: Any, fieldname: str, budget: int = DEFAULT_BUDGET) -> None:
        self.fieldname = fieldname
        weighting = BM25F()
        self._k1 = weighting.K1
        self._doccount = reader.doc_count_all()
        avgfl = (reader.field_length(fieldname) / (self._doccount or 1)) or 1
        b = weighting.B
        # The length part of BM25F's denominator, once per document, computed as
        # whoosh.scoring.bm25 does so that scores come out identical.
        norms = array("d", bytes(8 * self._doccount))
        for leaf, base in reader.leaf_readers():
            for docnum in range(leaf.doc_count_all()):
                length = leaf.doc_field_length(docnum, fieldname, 0) or 0
                norms[base + docnum] = self._k1 * ((1 - b) + b * length / avgfl)
        self._norms = norms
        self._cache = _LRU(budget)

    def frequency(self, reader: Any, text: str) -> int:
        """How many documents have ``text`` (a lexicon lookup, remembered)."""
        found = self._cache.get(("t", text))
        if found is not None:
            return len(found.ids)
        key = ("f", text)
        df: int | None = self._cache.get(key)
        if df is None:
            df = reader.doc_frequency(self.fieldname, text)
            self._cache.put(key, df, 1)
        return df

    def cached(self, text: str) -> TermPostings | None:
        """The postings of ``text`` if they are in memory."""
        found: TermPostings | None = self._cache.get(("t", text))
        return found

    def term(self, reader: Any, text: str) -> TermPostings:
        """The postings of ``text`` (empty when no document has it)."""
        key = ("t", text)
        found: TermPostings | None = self._cache.get(key)
        if found is None:
            found = self._read(reader, text)
            self._cache.put(key, found, len(found.ids))
        return found

    def _read(self, reader: Any, text: str) -> TermPostings:
        fieldname = self.fieldname
        df = self.frequency(reader, text)
        if not df:
            return _EMPTY
        idf = math.log(self._doccount / (df + 1)) + 1
        ids = array("i")
        weights = array("f")
        values: list[bytes] = []
        for leaf, base in reader.leaf_readers():
            if (fieldname, text) not in leaf:
                continue
            start = len(ids)
            _read_leaf(leaf.postings(fieldname, text), ids, weights, values)
            if base:
                for i in range(start, len(ids)):
                    ids[i] += base
        k1p, norms = self._k1 + 1, self._norms
        scores = array("d", [idf * ((w * k1p) / (w + norms[d])) for d, w in zip(ids, weights, strict=True)])
        return TermPostings(ids, scores, tuple(values))

    def phrase(self, reader: Any, words: tuple[str, ...]) -> Scores:
        """Documents where ``words`` stand at consecutive positions, scored as the sum of their terms."""
        key = ("p", words)
        found: Scores | None = self._cache.get(key)
        if found is None:
            found = self._phrase(reader, words)
            self._cache.put(key, found, len(found) + 1)
        return dict(found)

    def _phrase(self, reader: Any, words: tuple[str, ...]) -> Scores:
        if not all(self.frequency(reader, w) for w in words):
            return {}
        postings = [self.term(reader, w) for w in words]
        smallest = min(postings, key=lambda p: len(p.ids))
        candidates = set(smallest.ids)
        for p in postings:
            if p is not smallest:
                candidates.intersection_update(p.ids)
        out: Scores = {}
        for docnum in sorted(candidates):
            where = []
            starts: set[int] = set()
            for offset, p in enumerate(postings):
                i = p.find(docnum)
                where.append(i)
                positions = decode_positions(p.values[i])
                shifted = [x - offset for x in positions]
                starts = set(shifted) if not offset else starts.intersection(shifted)
                if not starts:
                    break
            if starts:
                out[docnum] = _tree_sum([p.scores[i] for p, i in zip(postings, where, strict=True)])
        return out


def _read_leaf(matcher: Any, ids: array[int], weights: array[float], values: list[bytes]) -> None:
    # Whoosh 2.7's block matcher decodes a block of up to 128 postings at once;
    # taking the block's arrays whole avoids a method call per posting.  Other
    # matchers are walked one posting at a time.
    if all(hasattr(matcher, a) for a in ("_read_ids", "_read_weights", "_read_values", "_next_block")):
        while matcher.is_active():
            matcher._read_ids()
            matcher._read_weights()
            matcher._read_values()
            ids.extend(matcher._ids)
            weights.extend(matcher._weights)
            values.extend(matcher._values)
            matcher._next_block()
        return
    while matcher.is_active():
        ids.append(matcher.id())
        weights.append(matcher.weight())
        values.append(matcher.value())
        matcher.next()


def _tree_sum(parts: list[float]) -> float:
    # Whoosh adds the scores of a compound query's parts pairwise down a
    # balanced tree; adding in the same order gives the same floats.
    if len(parts) == 1:
        return parts[0]
    half = len(parts) // 2
    return _tree_sum(parts[:half]) + _tree_sum(parts[half:])


def _union(a: Scores, b: Scores) -> Scores:
    if len(a) < len(b):
        a, b = b, a
        for docnum, score in b.items():
            a[docnum] = score + a[docnum] if docnum in a else score
        return a
    for docnum, score in b.items():
        a[docnum] = a[docnum] + score if docnum in a else score
    return a


def _intersection(a: Scores, b: Scores) -> Scores:
    return {d: a[d] + b[d] for d in (a.keys() & b.keys())}


def _combine(parts: list[Scores], pair: Any) -> Scores:
    if len(parts) == 1:
        return parts[0]
    half = len(parts) // 2
    return pair(_combine(parts[:half], pair), _combine(parts[half:], pair))  # type: ignore[no-any-return]


class Evaluator:
    """Runs a query of :mod:`search.query` against :class:`Postings` with one thread's reader."""

    def __init__(self, postings: Postings, searcher: Any) -> None:
        self.postings = postings
        self.searcher = searcher
        self.reader = searcher.reader()

    def scores(self, query: Any) -> Scores:
        """Every matching document with its score (a fresh dict the caller may change)."""
        fieldname = self.postings.fieldname
        if isinstance(query, wq.Term) and query.fieldname == fieldname and query.boost == 1.0:
            p = self.postings.term(self.reader, query.text)
            return dict(zip(p.ids, p.scores, strict=True))
        if (
            isinstance(query, wq.Phrase)
            and query.fieldname == fieldname
            and query.boost == 1.0
            and query.slop == 1
            and query.words
        ):
            return self.postings.phrase(self.reader, tuple(query.words))
        if type(query) in (wq.Or, wq.And) and query.boost == 1.0 and not _scaled(query):
            subs = list(query.subqueries)
            if not subs:
                return {}
            if isinstance(query, wq.Or):
                return _combine([self.scores(q) for q in subs], _union)
            if any(self._absent(q) for q in subs):
                return {}
            parts = []
            for q in subs:
                part = self.scores(q)
                if not part:
                    return {}
                parts.append(part)
            return _combine(parts, _intersection)
        if type(query) is wq.AndNot and query.boost == 1.0:
            kept = self.scores(query.a)
            if kept:
                for docnum in self.scores(query.b):
                    kept.pop(docnum, None)
            return kept
        if query is wq.NullQuery:
            return {}
        return self._whoosh(query)

    def _absent(self, query: Any) -> bool:
        # A word no document has empties every conjunction it is in; finding
        # that out costs a lexicon lookup, reading the other parts much more.
        if isinstance(query, wq.Term) and query.fieldname == self.postings.fieldname:
            return not self.postings.frequency(self.reader, query.text)
        if isinstance(query, wq.Phrase) and query.fieldname == self.postings.fieldname:
            return not all(self.postings.frequency(self.reader, w) for w in query.words)
        return False

    def _whoosh(self, query: Any) -> Scores:
        # Anything the parser does not make is left to Whoosh's own matchers.
        out: Scores = {}
        matcher = query.matcher(self.searcher, self.searcher.context())
        while matcher.is_active():
            out[matcher.id()] = matcher.score()
            matcher.next()
        return out

    def spans(self, docnums: Iterable[int], terms: Iterable[str]) -> dict[int, list[tuple[int, int]]]:
        """Character spans of the tokens of each of ``docnums`` whose forms are among ``terms``."""
        wanted = sorted(set(docnums))
        out: dict[int, list[tuple[int, int]]] = {d: [] for d in wanted}
        fieldname = self.postings.fieldname
        for text in terms:
            df = self.postings.frequency(self.reader, text)
            if not df:
                continue
            p = self.postings.cached(text)
            if p is None and df <= READ_WHOLE:
                p = self.postings.term(self.reader, text)
            if p is not None:
                for docnum in wanted:
                    i = p.find(docnum)
                    if i >= 0:
                        out[docnum].extend(decode_spans(p.values[i]))
                continue
            # A common term only highlighted (a word of a phrase, say) is looked
            # up for these few documents rather than read whole.
            matcher = self.reader.postings(fieldname, text)
            for docnum in wanted:
                if not matcher.is_active():
                    break
                matcher.skip_to(docnum)
                if matcher.is_active() and matcher.id() == docnum:
                    out[docnum].extend(decode_spans(matcher.value()))
        return out


def _scaled(query: Any) -> bool:
    return bool(getattr(query, "scale", None)) or bool(getattr(query, "minmatch", 0))
