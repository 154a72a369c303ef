"""Building the search index from the current store (the ``index`` build step).

The index records which store generation it was built from; a build whose store
did not change leaves the index as it is.

It also records a digest of each document's passages, so that the next build
can start from it: the new generation gets hard links to the previous one's
segment files (Whoosh never changes a segment once written; deletions live in
the table of contents, which is copied), the passages of changed and removed
documents are deleted, and only the changed documents are analysed again.
Digests of the passages rather than of the source files catch a document whose
passages change through another one (a law's label, a bundle it joins).

Only the documents that may have changed are read from the store again; the
others keep the digests and passage counts the previous generation recorded.
A document is read again when its content hash in the store differs, when its
file's stamp (inode, size, modification time) differs from the one taken when it
was last read, or had none (it was not read then: missing or changed), or when
it links to a law or agency whose labels or bundles differ: those are the only
nodes of another document's graph its passages reach (see
:func:`search.passages.entity_digests`).  A document whose graph and file are
unchanged and which reaches nothing that changed has the passages it had; so
has one whose file is missing from the corpus (a build keeps the documents a
wrong or partial ``--corpus`` lacks, and their text must stay searchable).  When
anything needed for that is not recorded, or the reading code changed, every
document is read.  A store build that extracted a document again (a forced one
keeps its content hash) names it, and it is read again too.

A full build writes several segments, a run of whole documents each, so that a
change only touches the few segments holding the changed documents; those are
merged again at once (a merge copies postings, it does not analyse text), which
keeps every segment free of deleted documents, as the fast postings reader in
:mod:`search.postings` and the scores of a full build need.
"""

from __future__ import annotations

import copy
import errno
import json
import shutil
import time
from collections.abc import Callable, Collection, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from kg.errors import SearchError, StoreError, StoreMissingError
from kg.rdf import iris
from kg.settings import Settings
from kg.store import reader as kg_store
from kg.track.editions import OxigraphSelects
from search.analysis import ANALYZER_VERSION
from search.index import (
    META_FILE,
    SCHEMA_VERSION,
    IndexLock,
    current_generation,
    current_meta,
    generations,
    index_root,
    new_generation,
    swap_in,
)
from search.passages import PASSAGES_VERSION, Passage, ReadLimits, collect, entity_digests
from search.plan import Plan, Read, curated_digest, make_plan, to_read, usable
from search.segments import write_changes, write_full
from search.synonyms import SynonymTable, curated_groups
from search.vocabulary import DOCUMENTS, Labels, Vocabulary, add_labels, item_labels


@dataclass(slots=True)
class IndexReport:
    """What an index build did."""

    built: bool
    passages: int = 0
    seconds: float = 0.0
    generation: str = ""
    warnings: list[str] = field(default_factory=list)
    incremental: bool = False
    # Documents whose passages were written again (all of them in a full build).
    reindexed: int = 0
    removed: int = 0
    # Documents whose passages were read from the store (all of them unless incremental).
    read: int = 0


def store_signature(data_dir: Path) -> str:
    """Names the store generation; a rebuilt store never shares it with an older one."""
    generation = kg_store.current_generation(data_dir)
    if generation is None:
        raise StoreMissingError(
            f"{data_dir}: no built store here; run `policykg build --data {data_dir}` first"
        )
    return f"{generation.name}:{generation.stat().st_ino}"


def _is_current(data_dir: Path, signature: str) -> bool:
    current = current_meta(data_dir)
    if current is None:
        return False
    meta = current[1]
    return (
        meta.get("store") == signature
        and meta.get("analyzer") == ANALYZER_VERSION
        and meta.get("schema") == SCHEMA_VERSION
    )


def remove_leftovers(data_dir: Path) -> None:
    """Drop generations a killed index build left half-written (hold an :class:`IndexLock`).

    They are numbered after the current one and were never swapped in, so no
    reader has them open.  Left in place, they would count as one of the
    generations kept, and the previous one, which a server may still read,
    would be pruned in their stead.
    """
    generations(data_dir).remove_leftovers()


def _write_error(generation: Path, exc: OSError) -> SearchError:
    if exc.errno == errno.ENOSPC:
        return SearchError(
            f"{generation.parent}: no space left on the device; the search index was not rebuilt "
            "and the previous one is kept: free some space and build again"
        )
    return SearchError(f"{generation}: cannot write the search index ({exc})")


@dataclass(slots=True)
class _Source:
    """What the store held that the next build compares with."""

    hashes: dict[str, str] = field(default_factory=dict)
    files: dict[str, str] = field(default_factory=dict)
    entities: dict[str, str] = field(default_factory=dict)

    @classmethod
    def of(cls, store: kg_store.ReadStore) -> _Source:
        rows = store.select(DOCUMENTS)
        return cls(
            {r["id"]: r.get("hash", "") for r in rows},
            {r["id"]: r.get("file", "") for r in rows},
            entity_digests(store),
        )


def _write_meta(
    generation: Path,
    source: _Source,
    plan: Plan,
    vocab: Vocabulary,
    signature: str,
    count: int,
) -> None:
    synonyms = SynonymTable([*curated_groups(), *vocab.groups])
    meta = {
        "store": signature,
        "analyzer": ANALYZER_VERSION,
        "schema": SCHEMA_VERSION,
        "passages": count,
        "synonyms": synonyms.to_json(),
        "laws": vocab.laws,
        "agencies": vocab.agencies,
        "themes": vocab.themes,
        "issues": vocab.issues,
        "documents": vocab.documents,
        "built_from": {
            "store": signature,
            "incremental": plan.previous is not None,
            "previous": plan.previous.name if plan.previous is not None else "",
            "changed": plan.changed if plan.previous is not None else sorted(plan.documents),
            "removed": plan.removed,
            "curated": curated_digest(),
            "passages_version": PASSAGES_VERSION,
            "read": sorted(plan.documents) if plan.read is None else plan.read,
            "hashes": source.hashes,
            "entities": source.entities,
            "digests": plan.digests,
            "counts": plan.counts,
            "stamps": plan.stamps,
            "labels": vocab.labels,
        },
    }
    tmp = generation / (META_FILE + ".part")
    tmp.write_text(json.dumps(meta, ensure_ascii=False), encoding="utf-8")
    tmp.replace(generation / META_FILE)


def _fill(
    data_dir: Path,
    plan: Plan,
    vocab: Vocabulary,
    signature: str,
    source: _Source,
    read_all: Callable[[], Read] | None,
) -> tuple[Path, Plan]:
    """Write a new generation (from the previous one when the plan allows); not yet swapped in."""
    try:
        generation = new_generation(data_dir)
    except OSError as exc:
        raise _write_error(index_root(data_dir) / "gen-new", exc) from None
    try:
        if plan.previous is not None:
            try:
                count = write_changes(generation, plan)
            except OSError:
                raise
            except Exception as exc:
                # Something in the previous generation is not as recorded: start afresh.
                failed = f"{plan.previous.name} could not be updated ({exc}); made a full build"
                shutil.rmtree(generation, ignore_errors=True)
                generation.mkdir()
                if plan.read is not None and read_all is not None:
                    # A full build needs every document's passages, not only those read.
                    plan = make_plan(None, read_all())
                plan.previous, plan.changed, plan.removed = None, [], []
                plan.warnings.append(failed)
                count = write_full(generation, plan)
        else:
            count = write_full(generation, plan)
        _write_meta(generation, source, plan, vocab, signature, count)
    except OSError as exc:
        shutil.rmtree(generation, ignore_errors=True)
        raise _write_error(generation, exc) from None
    except BaseException:
        shutil.rmtree(generation, ignore_errors=True)
        raise
    return generation, plan


def _swap(data_dir: Path, generation: Path) -> None:
    try:
        swap_in(data_dir, generation)
    except OSError as exc:
        if current_generation(data_dir) != generation:
            shutil.rmtree(generation, ignore_errors=True)
        raise _write_error(generation, exc) from None


def write_index(
    data_dir: Path,
    passages: Iterable[Passage],
    vocab: Vocabulary,
    signature: str,
    *,
    store: kg_store.ReadStore | None = None,
    full: bool = True,
) -> Path:
    """Write a new generation from ``passages`` and swap it in (hold an :class:`IndexLock`).

    With ``full=False`` only the documents whose passages differ from the current
    generation's are written again.
    """
    remove_leftovers(data_dir)
    source = _Source() if store is None else _Source.of(store)
    plan = make_plan(None if full else usable(data_dir), Read(passages, vocab, [], {}))
    generation, _ = _fill(data_dir, plan, vocab, signature, source, None)
    _swap(data_dir, generation)
    return generation


def _read(
    store: kg_store.ReadStore,
    settings: Settings,
    documents: list[str] | None = None,
    labels: Labels | None = None,
) -> Read:
    stamps: dict[str, str] = {}
    limits = ReadLimits(max_bytes=settings.max_document_bytes, max_unpacked_bytes=settings.max_unpacked_bytes)
    passages, vocab, warnings = collect(
        store, settings.corpus_dir, documents=documents, stamps=stamps, limits=limits, labels=labels
    )
    return Read(passages, vocab, warnings, stamps, documents)


def _labels(
    data_dir: Path,
    store: kg_store.ReadStore,
    built_from: dict[str, Any],
    documents: Collection[str],
    hashes: dict[str, str],
) -> Labels | None:
    """The issue and theme label counts of the store, from those ``built_from`` records.

    The ``documents`` read again (and those since removed) are counted out as the
    store generation the previous index was built from holds them and counted in
    as the current one does; None where that generation or the counts are gone.
    """
    recorded = built_from.get("labels")
    name, _, inode = str(built_from.get("store", "")).partition(":")
    old_store = kg_store.store_root(data_dir) / name
    if not isinstance(recorded, dict) or not name or not old_store.is_dir():
        return None
    recorded_hashes = built_from.get("hashes")
    if not isinstance(recorded_hashes, dict):
        return None
    gone = set(documents) | (set(recorded_hashes) - set(hashes))
    try:
        if str(old_store.stat().st_ino) != inode:
            return None
        before = item_labels(OxigraphSelects(ox.Store.read_only(str(old_store))), _doc_iris(gone))
    except (OSError, StoreError):
        return None  # pruned meanwhile, or unreadable: counted afresh
    labels = copy.deepcopy(recorded)
    add_labels(labels, before, -1)
    add_labels(labels, item_labels(store, _doc_iris(documents)))
    return labels


def _doc_iris(documents: Collection[str]) -> set[str]:
    return {str(iris.document(doc)) for doc in documents}


def build_index(settings: Settings, *, force: bool = False, extracted: Collection[str] = ()) -> IndexReport:
    """Bring the index of ``settings.data_dir`` up to date with its current store.

    Only changed documents are written again, unless ``force`` asks for a full build.
    ``extracted``: ids of documents the store build extracted again, to be read again.
    """
    started = time.monotonic()
    data_dir = settings.data_dir
    with IndexLock(data_dir):
        signature = store_signature(data_dir)
        if not force and _is_current(data_dir, signature):
            return IndexReport(built=False)
        remove_leftovers(data_dir)
        store = kg_store.ReadStore(data_dir)
        corpus_dir = settings.corpus_dir
        source = _Source.of(store)
        previous = None if force else usable(data_dir)
        chosen = None
        if previous is not None:
            chosen = to_read(
                store, corpus_dir, source.files, source.hashes, source.entities, previous[1], extracted
            )
        labels = None
        if chosen is not None and previous is not None:
            labels = _labels(data_dir, store, previous[1], chosen, source.hashes)
        read = _read(store, settings, chosen, labels)
        kept = () if chosen is None else set(source.hashes) - set(chosen)
        plan = make_plan(previous, read, kept)
        generation, plan = _fill(
            data_dir, plan, read.vocab, signature, source, lambda: _read(store, settings)
        )
        _swap(data_dir, generation)
    incremental = plan.previous is not None
    return IndexReport(
        built=True,
        passages=sum(plan.counts.values()),
        seconds=round(time.monotonic() - started, 3),
        generation=generation.name,
        warnings=plan.warnings,
        incremental=incremental,
        reindexed=len(plan.changed) if incremental else len(plan.documents),
        removed=len(plan.removed),
        read=len(plan.documents) if plan.read is None else len(plan.read),
    )


def index_step(settings: Settings, report: Any) -> None:
    """The ``index`` step of ``policykg build`` (entry point group ``policykg.build_steps``)."""
    documents = getattr(report, "documents", None) or []
    extracted = {d.id for d in documents if getattr(d, "status", "") == "built"}
    result = build_index(settings, extracted=extracted)
    warnings = getattr(report, "warnings", None)
    if isinstance(warnings, list):
        warnings.extend(f"index: {w}" for w in result.warnings)
