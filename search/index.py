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
import fcntl
import json
import os
import re
import shutil
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import IO, Any

from whoosh import index as whoosh_index
from whoosh.fields import ID, KEYWORD, NUMERIC, STORED, TEXT, Schema

from kg.errors import SearchError, StoreMissingError
from search.analysis import ANALYZER_VERSION, analyzer
from search.synonyms import SynonymTable

# Bump when the fields change, so that an upgrade rebuilds the index.
SCHEMA_VERSION = "1"
META_FILE = "meta.json"
KEEP_GENERATIONS = 2
FACETS = ("type", "theme", "issue", "law", "agency", "year")
_GEN_RE = re.compile(r"^gen-(\d{6})$")


def schema() -> Schema:
    """The fields of a passage; facet fields are comma-separated keywords."""
    return Schema(
        key=ID(stored=True, unique=True),
        iri=STORED(),
        type=ID(stored=True),
        label=STORED(),
        text=TEXT(analyzer=analyzer(), stored=True, phrase=True),
        document=ID(stored=True, sortable=True),
        doc_iri=STORED(),
        line=NUMERIC(stored=True, sortable=True),
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


def current_generation(data_dir: Path) -> Path | None:
    """The generation folder readers use, or None when no index was built."""
    link = index_root(data_dir) / "current"
    if not link.is_symlink():
        return None
    target = link.parent / link.readlink()
    return target if (target / META_FILE).is_file() else None


def read_meta(generation: Path) -> dict[str, Any]:
    try:
        meta: dict[str, Any] = json.loads((generation / META_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise SearchError(f"{generation}: the search index is unreadable ({exc}); rebuild it") from None
    return meta


class IndexLock:
    """An exclusive lock on the index folder: one index build at a time, failing fast."""

    def __init__(self, data_dir: Path) -> None:
        self.path = index_root(data_dir) / ".lock"
        self._fh: IO[str] | None = None

    def __enter__(self) -> IndexLock:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fh = self.path.open("a+")
        try:
            fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            fh.close()
            raise SearchError(
                f"{self.path.parent}: another search index build is running; try again when it ends"
            ) from None
        self._fh = fh
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        if self._fh is not None:
            fcntl.flock(self._fh.fileno(), fcntl.LOCK_UN)
            self._fh.close()
            self._fh = None


def new_generation(data_dir: Path) -> Path:
    """A fresh, empty generation folder (hold an :class:`IndexLock`)."""
    root = index_root(data_dir)
    root.mkdir(parents=True, exist_ok=True)
    numbers = [int(m[1]) for p in root.iterdir() if (m := _GEN_RE.match(p.name))]
    path = root / f"gen-{max(numbers, default=0) + 1:06d}"
    shutil.rmtree(path, ignore_errors=True)
    path.mkdir()
    return path


def swap_in(data_dir: Path, generation: Path) -> None:
    """Make ``generation`` the current one with one atomic rename, then drop old ones."""
    root = index_root(data_dir)
    tmp = root / f".current-{os.getpid()}-{threading.get_ident()}"
    with contextlib.suppress(FileNotFoundError):
        tmp.unlink()
    tmp.symlink_to(generation.name)
    tmp.replace(root / "current")
    generations = sorted((p for p in root.iterdir() if _GEN_RE.match(p.name)), key=lambda p: p.name)
    keep = {generation.name}
    for old in reversed(generations):
        if len(keep) >= KEEP_GENERATIONS:
            break
        keep.add(old.name)
    for old in generations:
        if old.name not in keep:
            shutil.rmtree(old, ignore_errors=True)


@dataclass(frozen=True, slots=True)
class OpenIndex:
    """One generation opened for reading, with what the queries need besides the index."""

    path: Path
    index: Any
    meta: dict[str, Any]
    synonyms: SynonymTable
    facet_docs: dict[str, dict[str, frozenset[int]]]


def _facet_docs(index: Any) -> dict[str, dict[str, frozenset[int]]]:
    # Facet counts are set intersections with these, which is far cheaper than
    # reading stored fields of every hit.
    out: dict[str, dict[str, frozenset[int]]] = {}
    with index.searcher() as searcher:
        reader = searcher.reader()
        for name in FACETS:
            values: dict[str, frozenset[int]] = {}
            for term in reader.lexicon(name):
                value = term.decode("utf-8") if isinstance(term, bytes) else str(term)
                values[value] = frozenset(reader.postings(name, term).all_ids())
            out[name] = values
    return out


def open_generation(generation: Path) -> OpenIndex:
    meta = read_meta(generation)
    if meta.get("analyzer") != ANALYZER_VERSION or meta.get("schema") != SCHEMA_VERSION:
        raise SearchError(f"{generation}: the search index is from another version; run `policykg build`")
    try:
        index = whoosh_index.open_dir(str(generation), schema=schema())
    except (OSError, whoosh_index.IndexError) as exc:
        raise SearchError(f"{generation}: cannot open the search index ({exc})") from None
    synonyms = SynonymTable(meta.get("synonyms", []))
    return OpenIndex(generation, index, meta, synonyms, _facet_docs(index))


class _Searchers(threading.local):
    path: Path | None = None
    searcher: Any = None


class IndexHolder:
    """The current index of a data folder, reopened when a build swaps in a new one.

    Whoosh searchers are kept per thread, as the analyzer's tokenizers are.
    """

    def __init__(self, data_dir: Path) -> None:
        self.data_dir = data_dir
        self._open: OpenIndex | None = None
        self._lock = threading.Lock()
        self._local = _Searchers()

    def get(self) -> OpenIndex:
        generation = current_generation(self.data_dir)
        if generation is None:
            raise StoreMissingError(
                f"{self.data_dir}: no search index here; run `policykg build --data {self.data_dir}` first"
            )
        with self._lock:
            if self._open is None or self._open.path != generation:
                self._open = open_generation(generation)
            return self._open

    @contextlib.contextmanager
    def searcher(self) -> Iterator[tuple[OpenIndex, Any]]:
        current = self.get()
        local = self._local
        if local.path != current.path or local.searcher is None:
            if local.searcher is not None:
                with contextlib.suppress(Exception):
                    local.searcher.close()
            local.searcher = current.index.searcher()
            local.path = current.path
        yield current, local.searcher


_holders: dict[Path, IndexHolder] = {}
_holders_lock = threading.Lock()


def holder(data_dir: Path) -> IndexHolder:
    """The shared :class:`IndexHolder` of ``data_dir`` (one per folder per process)."""
    key = data_dir.resolve()
    with _holders_lock:
        if key not in _holders:
            _holders[key] = IndexHolder(data_dir)
        return _holders[key]
