"""Parsed queries evaluated over postings held in memory.

Whoosh's matchers walk postings one document at a time through a tree of
Python objects, which costs microseconds per posting and per level of the
tree: a query whose synonyms make it a dozen terms and phrases spent tens of
milliseconds there.  A generation never changes once written, so each term's
postings are decoded once, whole blocks at a time, into arrays of document
numbers and their BM25F scores (the same figures Whoosh's scorer gives), and
kept while they fit a budget.  A query is then a few operations on whole arrays
(:mod:`search.hits`), which run in C, and one pass yields both the ranking and
the set of matches that the facets count.

Where each segment has its text postings as arrays beside it (:mod:`search.arrays`),
a term's documents and weights are slices of those mapped files; the positions are
then read from Whoosh's segment only for the documents a snippet or a phrase needs.
An index written without them is read from Whoosh's blocks.

The text field stores character offsets with each position, so snippets mark
their hits from the postings instead of analysing the text again.

Phrases are checked on positions, only in documents that have every word; the
documents a phrase matches are kept like a term's postings, since synonym
expansion puts the same phrases into many queries.
"""

from __future__ import annotations

import math
from array import array
from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import accumulate
from pathlib import Path
from pickle import loads
from typing import Any

import numpy as np
import numpy.typing as npt
from whoosh import query as wq
from whoosh.reading import TermNotFound
from whoosh.scoring import BM25F

from search.arrays import SegmentArrays, arrays_path, term_hash
from search.hits import NOTHING, Hits, intersection, union, without
from search.lru import LRU

# Postings kept in memory per generation, counted in postings: about 75 bytes each
# with their encoded positions and offsets, so the default stays near 150 MB.
DEFAULT_BUDGET = 2_000_000
# Terms that only mark snippets are read whole and kept up to this many
# postings; commoner ones are looked up for the page's documents each time.
READ_WHOLE = 2048
# A phrase over mapped postings takes its words' positions document by document up to this
# many documents with every word; past it, it reads its words' postings whole from the segments.
PHRASE_SKIPS = 32
_INT_SIZE = 4  # the posting count that prefixes each encoded value (whoosh.formats)
Weights = npt.NDArray[np.float32]
Numbers = npt.NDArray[np.int64]


@dataclass(frozen=True, slots=True)
class TermPostings:
    """One term's postings: the documents with their scores, and each one's encoded positions."""

    hits: Hits
    values: tuple[bytes, ...]

    def __len__(self) -> int:
        return len(self.hits)


_EMPTY = TermPostings(NOTHING, ())


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


class Postings:
    """The decoded postings of one field of one generation, shared by every thread.

    Decoding reads through the calling thread's reader, since Whoosh readers
    seek a shared file handle; the cache itself is shared and locked.
    """

    def __init__(
        self,
        reader: Any,
        fieldname: str,
        budget: int = DEFAULT_BUDGET,
        deleted: dict[str, int] | None = None,
        folder: Path | None = None,
    ) -> None:
        self.fieldname = fieldname
        weighting = BM25F()
        self._k1 = weighting.K1
        # Document numbers run to doc_count_all; a change leaves its deleted passages
        # in their segments (see search.segments), and the figures scores are made
        # of count the others alone, as a build without them would.
        self.doccount = reader.doc_count_all()
        self.deletions = reader.has_deletions()
        live = reader.doc_count()
        total = reader.field_length(fieldname)
        for leaf, _ in reader.leaf_readers() if self.deletions or deleted else ():
            known = (deleted or {}).get(leaf.segment().segment_id())
            if known is None and leaf.has_deletions():
                # Not recorded: the lengths Whoosh keeps per passage, rounded to a byte.
                gone = (d for d in range(leaf.doc_count_all()) if leaf.is_deleted(d))
                known = sum(leaf.doc_field_length(d, fieldname, 0) or 0 for d in gone)
            total -= known or 0
        self.live = live
        avgfl = (total / (live or 1)) or 1
        b = weighting.B
        # The length part of BM25F's denominator, once per document, computed as
        # whoosh.scoring.bm25 does so that scores come out identical.
        norms = array("d", bytes(8 * self.doccount))
        for leaf, base in reader.leaf_readers():
            for docnum in range(leaf.doc_count_all()):
                length = leaf.doc_field_length(docnum, fieldname, 0) or 0
                norms[base + docnum] = self._k1 * ((1 - b) + b * length / avgfl)
        self._norms = np.frombuffer(norms, np.float64)
        self._cache = LRU(budget)
        self._arrays = _mapped(reader, folder)

    @property
    def mapped(self) -> bool:
        """Whether postings are read from the segments' arrays (else from Whoosh's blocks)."""
        return self._arrays is not None

    def frequency(self, reader: Any, text: str) -> int:
        """How many documents have ``text`` (a lexicon lookup, remembered)."""
        found = self._cache.get(("t", text))
        if found is not None:
            return len(found)
        key = ("f", text)
        df: int | None = self._cache.get(key)
        if df is None and self._arrays is not None:
            df = sum(len(ids) for ids, _ in _runs(self._arrays, text))
        if df is None:
            df = reader.doc_frequency(self.fieldname, text)
            if df and self.deletions:
                # The lexicon counts deleted passages too; the postings leave them out.
                df = len(self.term(reader, text))
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
            self._cache.put(key, found, len(found))
        return found

    def _read(self, reader: Any, text: str) -> TermPostings:
        if self._arrays is not None:
            runs = _runs(self._arrays, text)
            if not runs:
                return _EMPTY
            found = np.concatenate([ids for ids, _ in runs])
            mapped = np.concatenate([w for _, w in runs])
            return TermPostings(self._scored(found, mapped, len(found)), ())
        return self._blocks(reader, text)

    def _blocks(self, reader: Any, text: str) -> TermPostings:
        """The postings of ``text`` with their encoded positions, read from Whoosh's blocks."""
        fieldname = self.fieldname
        # One lexicon lookup per segment gives both where the term is and how many
        # documents have it; its postings are then read from what the lookup found.
        holding = []
        for leaf, base in reader.leaf_readers():
            try:
                holding.append((leaf, base, leaf.term_info(fieldname, text)))
            except TermNotFound:
                continue
        df = sum(info.doc_frequency() for _, _, info in holding)
        if not df:
            return _EMPTY
        ids: list[Numbers] = []
        weights: list[Weights] = []
        values: list[bytes] = []
        for leaf, base, info in holding:
            matcher = _matcher(leaf, fieldname, text, info)
            start = len(ids)
            _read_leaf(matcher, ids, weights, values)
            if base:
                ids[start:] = [block + base for block in ids[start:]]
        found = np.concatenate(ids).astype(np.int32) if ids else np.empty(0, np.int32)
        if self.deletions:
            df = len(found)
        w = np.concatenate(weights) if weights else np.empty(0, np.float32)
        return TermPostings(self._scored(found, w, df), tuple(values))

    def _scored(self, found: npt.NDArray[np.int32], weights: Weights, df: int) -> Hits:
        """BM25F over a term's ``df`` live documents ``found`` (increasing) with their ``weights``."""
        idf = math.log(self.live / (df + 1)) + 1
        # Whoosh keeps weights as 32-bit floats; the score is worked out in 64 bits, in the
        # order whoosh.scoring.bm25 takes, so that each comes out the float it gives.
        w = weights.astype(np.float64)
        scores = idf * ((w * (self._k1 + 1)) / (w + self._norms[found]))
        return Hits.frozen(found, scores)

    def phrase(self, reader: Any, words: tuple[str, ...]) -> Hits:
        """Documents where ``words`` stand at consecutive positions, scored as the sum of their terms."""
        key = ("p", words)
        found: Hits | None = self._cache.get(key)
        if found is None:
            found = self._phrase(reader, words)
            self._cache.put(key, found, len(found) + 1)
        return found

    def _phrase(self, reader: Any, words: tuple[str, ...]) -> Hits:
        if not all(self.frequency(reader, w) for w in words):
            return NOTHING
        postings = [self.term(reader, w) for w in words]
        # Documents with every word, and their summed scores; positions decide which stay.
        every = intersection([p.hits for p in postings])
        docnums = every.ids.tolist()
        columns: list[list[bytes]] = []
        for word, p in zip(words, postings, strict=True):
            if len(p.values) == len(p):
                columns.append([p.values[i] for i in np.searchsorted(p.hits.ids, every.ids).tolist()])
            elif len(docnums) <= PHRASE_SKIPS:  # mapped: the positions of these documents alone
                found = values_at(reader, self.fieldname, word, docnums)
                columns.append([found[d] for d in docnums])
            else:  # mapped, many documents: Whoosh's blocks read whole cost less than a skip to each
                whole = self._blocks(reader, word)
                at = np.searchsorted(whole.hits.ids, every.ids).tolist()
                columns.append([whole.values[i] for i in at])
        kept = []
        for n in range(len(every)):
            starts: set[int] = set()
            for offset, column in enumerate(columns):
                shifted = [x - offset for x in decode_positions(column[n])]
                starts = set(shifted) if not offset else starts.intersection(shifted)
                if not starts:
                    break
            if starts:
                kept.append(n)
        chosen = np.array(kept, np.intp)
        return Hits.frozen(every.ids[chosen], every.scores[chosen])


@dataclass(frozen=True, slots=True)
class _Mapped:
    """One segment's arrays, its first document number and, if it has deletions, which are live."""

    arrays: SegmentArrays
    base: int
    alive: npt.NDArray[np.bool_] | None


def _mapped(reader: Any, folder: Path | None) -> list[_Mapped] | None:
    """The arrays of every segment of ``reader`` in ``folder``; None if a segment has none
    (written by an earlier version: its postings are then read from Whoosh's blocks)."""
    if folder is None:
        return None
    out = []
    for leaf, base in reader.leaf_readers():
        path = arrays_path(folder, leaf.segment().segment_id())
        if not path.is_file():
            return None
        alive = None
        if leaf.has_deletions():
            alive = np.array([not leaf.is_deleted(d) for d in range(leaf.doc_count_all())], np.bool_)
        out.append(_Mapped(SegmentArrays(path), base, alive))
    return out


def _runs(segments: list[_Mapped], text: str) -> list[tuple[npt.NDArray[np.int32], Weights]]:
    """The live postings of ``text`` in each segment holding it: index-wide document numbers and weights."""
    term = text.encode("utf-8")
    hashed = term_hash(term)
    runs = []
    for segment in segments:
        found = segment.arrays.find(term, hashed)
        if found is None:
            continue
        lo, hi = found
        ids = segment.arrays.ids[lo:hi]
        weights = segment.arrays.weights[lo:hi]
        if segment.alive is not None:
            keep = segment.alive[ids]
            ids, weights = ids[keep], weights[keep]
            if not len(ids):
                continue
        runs.append((ids + np.int32(segment.base), weights))
    return runs


def by_segment(reader: Any, docnums: list[int]) -> list[tuple[Any, int, list[int]]]:
    """``docnums`` (increasing) grouped by the segment reader holding them, with its first docnum."""
    leaves = reader.leaf_readers()
    bases = [base for _, base in leaves]
    groups: dict[int, list[int]] = {}
    for docnum in docnums:
        groups.setdefault(bisect_right(bases, docnum) - 1, []).append(docnum)
    return [(leaves[n][0], leaves[n][1], docs) for n, docs in groups.items()]


def values_at(reader: Any, fieldname: str, text: str, docnums: list[int]) -> dict[int, bytes]:
    """The encoded positions of ``text`` in those of ``docnums`` (increasing) that have it,
    read from Whoosh's postings only in the segments holding them."""
    out: dict[int, bytes] = {}
    for leaf, base, docs in by_segment(reader, docnums):
        if (fieldname, text) not in leaf:
            continue
        matcher = leaf.postings(fieldname, text)
        for docnum in docs:
            if not matcher.is_active():
                break
            matcher.skip_to(docnum - base)
            if matcher.is_active() and matcher.id() == docnum - base:
                out[docnum] = matcher.value()
    return out


def _matcher(leaf: Any, fieldname: str, text: str, info: Any) -> Any:
    """The postings of ``text`` in segment ``leaf`` from its lexicon entry ``info``."""
    terms: Any = getattr(leaf, "_terms", None)
    codec = getattr(terms, "_codec", None)
    if codec is None or not hasattr(terms, "_postfile") or leaf.has_deletions():
        return leaf.postings(fieldname, text)  # looks the term up again; filters deleted passages
    term = (fieldname, leaf._text_to_bytes(fieldname, text))
    return codec.postings_reader(terms._postfile, info, leaf.schema[fieldname].format, term=term)


def _read_leaf(matcher: Any, ids: list[Numbers], weights: list[Weights], values: list[bytes]) -> None:
    # Whoosh 2.7's block matcher keeps a block of up to 128 postings as one pickled
    # tuple (ids, weights, values); its ids are delta-coded unless they are bytes.
    # Taking the block's parts whole and decoding the ids with numpy avoids a Python
    # step per posting.  Other matchers (postings inlined in the lexicon, a segment
    # with deletions) are walked one posting at a time.
    if all(hasattr(matcher, a) for a in ("_read_data", "_read_values", "_next_block", "_byteids")):
        while matcher.is_active():
            if matcher._data is None:
                matcher._read_data()
            raw_ids, raw_weights, _ = matcher._data
            count = matcher._blocklength
            block = np.array(raw_ids, np.int64)
            ids.append(block if matcher._byteids else np.cumsum(block))
            if raw_weights is None:
                weights.append(np.ones(count, np.float32))
            elif isinstance(raw_weights, float):
                weights.append(np.full(count, raw_weights, np.float32))
            else:
                weights.append(np.array(raw_weights, np.float32))
            matcher._read_values()
            values.extend(matcher._values)
            matcher._next_block()
        return
    block_ids: list[int] = []
    block_weights: list[float] = []
    while matcher.is_active():
        block_ids.append(matcher.id())
        block_weights.append(matcher.weight())
        values.append(matcher.value())
        matcher.next()
    ids.append(np.array(block_ids, np.int64))
    weights.append(np.array(block_weights, np.float32))


class Evaluator:
    """Runs a query of :mod:`search.query` against :class:`Postings` with one thread's reader."""

    def __init__(self, postings: Postings, searcher: Any) -> None:
        self.postings = postings
        self.searcher = searcher
        self.reader = searcher.reader()

    def scores(self, query: Any) -> Hits:
        """Every matching document with its score."""
        fieldname = self.postings.fieldname
        if isinstance(query, wq.Term) and query.fieldname == fieldname and query.boost == 1.0:
            return self.postings.term(self.reader, query.text).hits
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
                return NOTHING
            if isinstance(query, wq.Or):
                return union([self.scores(q) for q in subs], self.postings.doccount)
            if any(self._absent(q) for q in subs):
                return NOTHING
            parts = []
            for q in subs:
                part = self.scores(q)
                if not len(part):
                    return NOTHING
                parts.append(part)
            return intersection(parts)
        if type(query) is wq.AndNot and query.boost == 1.0:
            kept = self.scores(query.a)
            return without(kept, self.scores(query.b).ids) if len(kept) else kept
        if query is wq.NullQuery:
            return NOTHING
        return self._whoosh(query)

    def _absent(self, query: Any) -> bool:
        # A word no document has empties every conjunction it is in; finding
        # that out costs a lexicon lookup, reading the other parts much more.
        if isinstance(query, wq.Term) and query.fieldname == self.postings.fieldname:
            return not self.postings.frequency(self.reader, query.text)
        if isinstance(query, wq.Phrase) and query.fieldname == self.postings.fieldname:
            return not all(self.postings.frequency(self.reader, w) for w in query.words)
        return False

    def _whoosh(self, query: Any) -> Hits:
        # Anything the parser does not make is left to Whoosh's own matchers.
        ids: list[int] = []
        scores: list[float] = []
        matcher = query.matcher(self.searcher, self.searcher.context())
        while matcher.is_active():
            ids.append(matcher.id())
            scores.append(matcher.score())
            matcher.next()
        return Hits.of(ids, scores)

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
            if p is None and df <= READ_WHOLE and not self.postings.mapped:
                p = self.postings.term(self.reader, text)
            if p is not None and len(p.values) == len(p):
                ids = p.hits.ids
                at = np.searchsorted(ids, wanted).tolist()
                for docnum, i in zip(wanted, at, strict=True):
                    if i < len(ids) and ids[i] == docnum:
                        out[docnum].extend(decode_spans(p.values[i]))
                continue
            # A common term only highlighted (a word of a phrase, say), or any term when
            # the postings are mapped, is looked up for these few documents rather than
            # read whole, and only in the segments that hold them: opening its postings in
            # every segment of a large index cost more than the rest of the search.
            having = wanted
            if p is not None:  # mapped: the documents that have it are known
                ids = p.hits.ids
                having = [
                    d
                    for d, i in zip(wanted, np.searchsorted(ids, wanted).tolist(), strict=True)
                    if i < len(ids) and ids[i] == d
                ]
            for docnum, value in values_at(self.reader, fieldname, text, having).items():
                out[docnum].extend(decode_spans(value))
        return out


def _scaled(query: Any) -> bool:
    return bool(getattr(query, "scale", None)) or bool(getattr(query, "minmatch", 0))
