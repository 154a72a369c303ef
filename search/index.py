"""The index on disk: numbered generations swapped in atomically, like the store.

::

    data/index/gen-000004/   a Whoosh index, meta.json (what it was built from)
    data/index/current       a symlink to the generation readers use
    data/index/.lock         held by the one writer

A writer fills a new generation and renames a new ``current`` link over the old
one, so readers see the old index or the new one, never half of one.  A second
writer fails at once instead of waiting.  Readers notice a moved ``current``
and reopen.
"""

from __future__ import annotations

import contextlib
import json
import threading
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt
from whoosh import index as whoosh_index
from whoosh import query as wq
from whoosh.fields import ID, KEYWORD, NUMERIC, STORED, TEXT, Schema

from kg.errors import PolicyKGError, SearchError, StoreMissingError
from kg.store.generations import Generations
from kg.store.locks import ExclusiveLock
from search.analysis import ANALYZER_VERSION, analyzer
from search.hits import Ids
from search.lru import LRU
from search.postings import Postings
from search.synonyms import SynonymTable

# Bump when the fields change, so that an upgrade rebuilds the index.
SCHEMA_VERSION = "3"
META_FILE = "meta.json"
# Segment id -> the text field's length summed over the segment's deleted passages, exactly
# (Whoosh keeps a passage's length rounded to a byte, its segment's total exact).
DELETED_FILE = "deleted.json"
FACETS = ("type", "theme", "issue", "law", "agency", "year")
TEXT_FIELD = "text"


def schema() -> Schema:
    """The fields of a passage; facet fields are comma-separated keywords.

    The text keeps each token's character offsets beside its position, for snippets.
    """
    return Schema(
        key=ID(stored=True, unique=True),
        iri=STORED(),
        type=ID(stored=True),
        label=STORED(),
        text=TEXT(analyzer=analyzer(), stored=True, phrase=True, chars=True),
        document=ID(stored=True, sortable=True),
        doc_iri=STORED(),
        # Sorted by (its column), never searched in ranges: one term a passage, not the eight
        # of Whoosh's range steps, which made a quarter of the index's postings.
        line=NUMERIC(stored=True, sortable=True, shift_step=0),
        section=STORED(),
        theme=KEYWORD(stored=True, commas=True, scorable=False),
        issue=KEYWORD(stored=True, commas=True, scorable=False),
        law=KEYWORD(stored=True, commas=True, scorable=False),
        law_iris=STORED(),
        agency=KEYWORD(stored=True, commas=True, scorable=False),
        year=KEYWORD(stored=True, commas=True, scorable=False),
    )


def index_root(data_dir: Path) -> Path:
    return data_dir / "index"


def _built(generation: Path) -> bool:
    return (generation / META_FILE).is_file()


def generations(data_dir: Path) -> Generations:
    """The index's generations; one is ready to read once its meta file is written."""
    return Generations(index_root(data_dir), ready=_built)


def current_generation(data_dir: Path) -> Path | None:
    """The generation folder readers use, or None when no index was built."""
    return generations(data_dir).current()


def current_meta(data_dir: Path) -> tuple[Path, dict[str, Any]] | None:
    """The current generation and its meta file, or None when there is none or it is unreadable."""
    generation = current_generation(data_dir)
    if generation is None:
        return None
    try:
        return generation, read_meta(generation)
    except SearchError:
        return None


def read_meta(generation: Path) -> dict[str, Any]:
    try:
        meta: dict[str, Any] = json.loads((generation / META_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise SearchError(f"{generation}: the search index is unreadable ({exc}); rebuild it") from None
    return meta


class IndexLock(ExclusiveLock):
    """An exclusive lock on the index folder: one index build at a time, failing fast."""

    def __init__(self, data_dir: Path) -> None:
        super().__init__(index_root(data_dir) / ".lock")

    def busy_error(self) -> PolicyKGError:
        return SearchError(
            f"{self.path.parent}: another search index build is running; try again when it ends"
        )


def new_generation(data_dir: Path) -> Path:
    """A fresh, empty generation folder (hold an :class:`IndexLock`)."""
    index_root(data_dir).mkdir(parents=True, exist_ok=True)
    path = generations(data_dir).new_path()
    path.mkdir()
    return path


def swap_in(data_dir: Path, generation: Path) -> None:
    """Make ``generation`` the current one with one atomic rename, then drop all but it and
    the one it replaced (which a running server may still read)."""
    folder = generations(data_dir)
    previous = folder.current()
    folder.swap_in(generation)
    folder.prune({generation.name, *([previous.name] if previous is not None else [])})


class FacetTable:
    """The facet values of every document, numbered, for counting them over a set of matches.

    Each value's documents are an array; each document's values are a run of one
    array (compressed sparse rows), so counting gathers the matches' runs and
    counts their numbers with :func:`numpy.bincount`, in C.  Where most documents
    match, the few that do not are counted and taken from the totals.
    """

    def __init__(self, facet_docs: dict[str, dict[str, frozenset[int]]], doccount: int) -> None:
        self.doccount = doccount
        self.values: list[tuple[str, str]] = []
        self.docs: list[Ids] = []
        for name in FACETS:
            for value, docs in facet_docs.get(name, {}).items():
                self.values.append((name, value))
                self.docs.append(np.fromiter(sorted(docs), np.int32, len(docs)))
        self.numbers = {value: n for n, value in enumerate(self.values)}
        owners = np.concatenate([*self.docs, np.empty(0, np.int32)])
        numbers = np.repeat(np.arange(len(self.values), dtype=np.int32), [len(d) for d in self.docs])
        order = np.argsort(owners, kind="stable")
        self._numbers = numbers[order]
        self._starts = np.zeros(doccount + 1, np.int64)
        np.cumsum(np.bincount(owners, minlength=doccount), out=self._starts[1:])
        self.totals: npt.NDArray[np.int64] = np.bincount(self._numbers, minlength=len(self.values))

    def documents(self, name: str, values: Iterable[str]) -> Ids:
        """The documents with any of ``values`` of facet ``name``, in increasing order."""
        found = [self.docs[n] for v in values if (n := self.numbers.get((name, v))) is not None]
        if len(found) == 1:
            return found[0]
        return np.unique(np.concatenate([*found, np.empty(0, np.int32)]))

    def _count(self, ids: npt.NDArray[np.integer[Any]]) -> npt.NDArray[np.int64]:
        starts = self._starts[ids]
        lengths = self._starts[ids + 1] - starts
        ends = np.cumsum(lengths)
        # The position of every value of every document of ``ids`` in the runs.
        at = np.repeat(starts - ends + lengths, lengths) + np.arange(int(ends[-1]) if len(ends) else 0)
        counted: npt.NDArray[np.int64] = np.bincount(self._numbers[at], minlength=len(self.values))
        return counted

    def counts(self, matched: Ids) -> dict[str, dict[str, int]]:
        """Counts of each facet value among ``matched`` (increasing document numbers),
        most frequent first, then by value."""
        if 2 * len(matched) > self.doccount:
            rest = np.ones(self.doccount, np.bool_)
            rest[matched] = False
            counts = self.totals - self._count(np.flatnonzero(rest))
        else:
            counts = self._count(matched)
        found: dict[str, list[tuple[str, int]]] = {name: [] for name in FACETS}
        present = np.flatnonzero(counts)
        for number, count in zip(present.tolist(), counts[present].tolist(), strict=True):
            name, value = self.values[number]
            found[name].append((value, count))
        return {name: dict(sorted(pairs, key=lambda c: (-c[1], c[0]))) for name, pairs in found.items()}


class DocumentOrder:
    """Each document's rank in (document, line) order, worked out on first use."""

    def __init__(self) -> None:
        self._rank: npt.NDArray[np.int32] | None = None
        self._lock = threading.Lock()

    def rank(self, searcher: Any) -> npt.NDArray[np.int32]:
        with self._lock:
            if self._rank is None:
                listing = searcher.search(wq.Every(), sortedby=["document", "line"], limit=None)
                rank = np.zeros(searcher.doc_count_all(), np.int32)
                for i, (_, docnum) in enumerate(listing.top_n):
                    rank[docnum] = i
                self._rank = rank
            return self._rank


@dataclass(frozen=True, slots=True)
class OpenIndex:
    """One generation opened for reading, with what the queries need besides the index."""

    path: Path
    index: Any
    meta: dict[str, Any]
    synonyms: SynonymTable
    facet_docs: dict[str, dict[str, frozenset[int]]]
    facets: FacetTable
    postings: Postings
    order: DocumentOrder = field(default_factory=DocumentOrder)
    # Results of searches already answered from this generation, as many as the
    # setting search_results_kept says (see search.engine).
    results: LRU = field(default_factory=lambda: LRU(0))


def _facet_docs(reader: Any) -> dict[str, dict[str, frozenset[int]]]:
    out: dict[str, dict[str, frozenset[int]]] = {}
    for name in FACETS:
        values: dict[str, frozenset[int]] = {}
        for term in reader.lexicon(name):
            value = term.decode("utf-8") if isinstance(term, bytes) else str(term)
            docs = frozenset(reader.postings(name, term).all_ids())
            if docs:  # a value only deleted passages had is gone
                values[value] = docs
        out[name] = values
    return out


def deleted_lengths(generation: Path) -> dict[str, int]:
    """What :data:`DELETED_FILE` records (nothing for a generation without deletions)."""
    try:
        found = json.loads((generation / DELETED_FILE).read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, ValueError) as exc:
        raise SearchError(f"{generation}: the search index is unreadable ({exc}); rebuild it") from None
    return {str(k): int(v) for k, v in found.items()}


def open_generation(generation: Path) -> OpenIndex:
    meta = read_meta(generation)
    if meta.get("analyzer") != ANALYZER_VERSION or meta.get("schema") != SCHEMA_VERSION:
        raise SearchError(f"{generation}: the search index is from another version; run `policykg build`")
    try:
        index = whoosh_index.open_dir(str(generation), schema=schema())
    except (OSError, whoosh_index.IndexError) as exc:
        raise SearchError(f"{generation}: cannot open the search index ({exc})") from None
    synonyms = SynonymTable(meta.get("synonyms", []))
    with index.reader() as reader:
        facet_docs = _facet_docs(reader)
        facets = FacetTable(facet_docs, reader.doc_count_all())
        postings = Postings(reader, TEXT_FIELD, deleted=deleted_lengths(generation), folder=generation)
    return OpenIndex(generation, index, meta, synonyms, facet_docs, facets, postings)


SEARCHERS = 2
"""Whoosh searchers open at once per index, shared by the server's threads in turn.

Each searcher maps the index's files and reads their term tables into memory
of its own (at 296,906 passages about 130 MB mapped and 200 MB on the heap), so
one per worker thread made a server's memory grow with its threads; two keep
both cores searching while the other threads render or read the store."""


class _SearcherPool:
    """The searchers of one open generation, lent to one thread at a time."""

    def __init__(self, current: OpenIndex, size: int) -> None:
        self.current = current
        self._size = size
        self._made = 0
        self._free: list[Any] = []
        self._ready = threading.Condition()

    def lend(self) -> Any:
        with self._ready:
            while not self._free and self._made >= self._size:
                self._ready.wait()
            if self._free:
                return self._free.pop()
            self._made += 1
        try:
            return self.current.index.searcher()
        except BaseException:
            with self._ready:
                self._made -= 1
                self._ready.notify()
            raise

    def take_back(self, searcher: Any, keep: bool) -> None:
        with self._ready:
            if keep:
                self._free.append(searcher)
            else:
                self._made -= 1
            self._ready.notify()
        if not keep:
            with contextlib.suppress(Exception):
                searcher.close()


class IndexHolder:
    """The current index of a data folder, reopened when a build swaps in a new one.

    Searches borrow one of :data:`SEARCHERS` Whoosh searchers of the current
    generation; a searcher lent before a swap is closed when it comes back.
    """

    def __init__(self, data_dir: Path) -> None:
        self.data_dir = data_dir
        self._pool: _SearcherPool | None = None  # of the generation open now
        self._lock = threading.Lock()

    def get(self) -> OpenIndex:
        return self._current().current

    def _current(self) -> _SearcherPool:
        generation = current_generation(self.data_dir)
        if generation is None:
            raise StoreMissingError(
                f"{self.data_dir}: no search index here; run `policykg build --data {self.data_dir}` first"
            )
        with self._lock:
            if self._pool is None or self._pool.current.path != generation:
                self._pool = _SearcherPool(open_generation(generation), SEARCHERS)
            return self._pool

    @contextlib.contextmanager
    def searcher(self) -> Iterator[tuple[OpenIndex, Any]]:
        pool = self._current()
        searcher = pool.lend()
        try:
            yield pool.current, searcher
        finally:
            with self._lock:
                keep = self._pool is pool
            pool.take_back(searcher, keep)


_holders: dict[Path, IndexHolder] = {}
_holders_lock = threading.Lock()


def holder(data_dir: Path) -> IndexHolder:
    """The shared :class:`IndexHolder` of ``data_dir`` (one per folder per process)."""
    key = data_dir.resolve()
    with _holders_lock:
        if key not in _holders:
            _holders[key] = IndexHolder(data_dir)
        return _holders[key]
