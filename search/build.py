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

import errno
import hashlib
import json
import os
import re
import shutil
import time
from collections import defaultdict
from collections.abc import Callable, Collection, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from whoosh import index as whoosh_index
from whoosh.reading import SegmentReader

from kg import store as kg_store
from kg.errors import SearchError, StoreMissingError
from kg.processes import cores
from kg.settings import Settings
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
    schema,
    swap_in,
)
from search.passages import (
    DOCUMENTS,
    PASSAGES_VERSION,
    Passage,
    ReadLimits,
    Vocabulary,
    collect,
    entity_digests,
    file_stamp,
    linking_documents,
)
from search.synonyms import SynonymTable, curated_groups

_TOC_RE = re.compile(r"^_MAIN_\d+\.toc$")
# Whoosh's lock file, which a writer makes in the folder it writes.
_WRITELOCK = "MAIN_WRITELOCK"
# A full build aims at about this many segments of SEGMENT_MIN to SEGMENT_MAX
# passages (more for a larger index): more segments make a change rewrite less,
# fewer make queries cheaper.  The upper bound keeps what a one-document change
# merges again small however large the index grows.
SEGMENTS = 16
SEGMENT_MIN = 2000
SEGMENT_MAX = 4000
# Past twice the segments a full build would make (changes split and grow them),
# the next build is a full one.
SEGMENT_SLACK = 2
# Below this many passages one process writes the segments; above, one per core.
PARALLEL_MIN = 4 * SEGMENT_MIN


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


def _fields(p: Passage) -> dict[str, Any]:
    return {
        "key": p.key,
        "iri": p.iri,
        "type": p.type,
        "label": p.label,
        "text": p.text,
        "document": p.document,
        "doc_iri": p.doc_iri,
        "line": p.line,
        "section": p.section,
        "theme": ",".join(p.themes),
        "issue": ",".join(p.issues),
        "law": ",".join(p.laws),
        "law_iris": list(p.law_iris),
        "agency": ",".join(p.agencies),
        "year": ",".join(p.years),
    }


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


def curated_digest() -> str:
    """Names the curated synonym list; a change to it makes the next build a full one."""
    text = json.dumps(curated_groups(), ensure_ascii=False)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def _by_document(passages: Iterable[Passage]) -> dict[str, list[Passage]]:
    grouped: dict[str, list[Passage]] = defaultdict(list)
    for passage in passages:
        grouped[passage.document].append(passage)
    return dict(sorted(grouped.items()))


def _digest(passages: list[Passage]) -> str:
    # Everything written for a passage goes in, so equal digests mean equal index entries.
    text = json.dumps([_fields(p) for p in passages], ensure_ascii=False, sort_keys=True)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:24]


@dataclass(slots=True)
class _Read:
    """Passages read from the store: of every document (``documents`` None) or of a few."""

    passages: Iterable[Passage]
    vocab: Vocabulary
    warnings: list[str]
    stamps: dict[str, str]
    documents: list[str] | None = None


@dataclass(slots=True)
class _Plan:
    """What a build writes: the passages read and what changed since ``previous``.

    ``digests``, ``counts`` and ``stamps`` cover every document, those not read
    taken over from the previous generation.
    """

    documents: dict[str, list[Passage]]
    digests: dict[str, str]
    counts: dict[str, int]
    stamps: dict[str, str] = field(default_factory=dict)
    read: list[str] | None = None
    previous: Path | None = None
    changed: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def _usable(data_dir: Path) -> tuple[Path, dict[str, Any]] | None:
    """The current generation and what it was built from, when a build may start from it."""
    current = current_meta(data_dir)
    if current is None:
        return None
    previous, meta = current
    built_from = meta.get("built_from")
    if (
        meta.get("schema") != SCHEMA_VERSION
        or meta.get("analyzer") != ANALYZER_VERSION
        or not isinstance(built_from, dict)
        or built_from.get("curated") != curated_digest()
        or not isinstance(built_from.get("digests"), dict)
    ):
        return None
    return previous, built_from


def _record(built_from: dict[str, Any], key: str, kind: type) -> dict[str, Any] | None:
    value = built_from.get(key)
    if not isinstance(value, dict) or not all(isinstance(v, kind) for v in value.values()):
        return None
    return value


def _to_read(
    store: kg_store.ReadStore,
    corpus_dir: Path,
    files: dict[str, str],
    hashes: dict[str, str],
    entities: dict[str, str],
    built_from: dict[str, Any],
    extracted: Collection[str],
) -> list[str] | None:
    """The documents whose passages may differ from the recorded ones; None for all of them."""
    if built_from.get("passages_version") != PASSAGES_VERSION:
        return None
    old_hashes = _record(built_from, "hashes", str)
    digests = _record(built_from, "digests", str)
    counts = _record(built_from, "counts", int)
    stamps = _record(built_from, "stamps", str)
    old_entities = _record(built_from, "entities", str)
    if old_hashes is None or digests is None or counts is None or stamps is None or old_entities is None:
        return None
    moved = {x for x in entities.keys() | old_entities.keys() if entities.get(x) != old_entities.get(x)}
    reached = linking_documents(store, moved)
    chosen: list[str] = []
    absent = False
    for doc, digest in sorted(hashes.items()):
        if (
            old_hashes.get(doc) != digest
            or doc not in digests
            or doc not in counts
            or not stamps.get(doc)
            or doc in reached
            or doc in extracted
        ):
            chosen.append(doc)
        elif (stamp := file_stamp(corpus_dir / files.get(doc, ""))) != stamps[doc]:
            if stamp:
                chosen.append(doc)
            else:
                # Its file is not in this corpus (a build kept the document without it):
                # read again, it would lose the passages of its text; they are kept.
                absent = True
    removed = set(digests) - set(hashes)
    if not absent and 2 * (len(chosen) + len(removed)) > max(len(digests), 1):
        # Most documents changed: the build is a full one, which reads them all.
        return None
    return chosen


def _plan(previous: tuple[Path, dict[str, Any]] | None, read: _Read, kept: Iterable[str] = ()) -> _Plan:
    """``kept``: the documents not read, whose records ``previous`` holds."""
    documents = _by_document(read.passages)
    plan = _Plan(
        documents,
        {doc: _digest(ps) for doc, ps in documents.items()},
        {doc: len(ps) for doc, ps in documents.items()},
        dict(read.stamps),
        read=read.documents,
        warnings=list(read.warnings),
    )
    if previous is None:
        return plan
    path, built_from = previous
    for doc in kept:
        for name, values in (("digests", plan.digests), ("counts", plan.counts), ("stamps", plan.stamps)):
            values[doc] = built_from[name][doc]
    plan.digests = dict(sorted(plan.digests.items()))
    old: dict[str, Any] = built_from["digests"]
    changed = [doc for doc, digest in plan.digests.items() if old.get(doc) != digest]
    removed = sorted(set(old) - set(plan.digests))
    if 2 * (len(changed) + len(removed)) > max(len(old), 1) and read.documents is None:
        # Most documents changed: writing them all afresh costs no more and merges nothing.
        return plan
    plan.previous, plan.changed, plan.removed = path, changed, removed
    return plan


def _link_or_copy(source: Path, target: Path) -> None:
    try:
        os.link(source, target)
    except OSError as exc:
        if exc.errno == errno.ENOSPC:
            raise
        # A file system without hard links (or across devices) gets a copy.
        shutil.copy2(source, target)


def _clone(previous: Path, generation: Path) -> None:
    """Fill ``generation`` with the previous one's index files, or raise ValueError."""
    names = [p.name for p in previous.iterdir() if p.name not in (META_FILE, _WRITELOCK)]
    tocs = [n for n in names if _TOC_RE.match(n)]
    if len(tocs) != 1:
        raise ValueError(f"{previous}: expected one table of contents, found {len(tocs)}")
    for name in names:
        if name in tocs:
            # The writer renames its new table of contents into place and deletes the
            # old one; a copy keeps that away from the previous generation's files.
            shutil.copy2(previous / name, generation / name)
        elif (previous / name).is_file():
            _link_or_copy(previous / name, generation / name)


def _merge_deleted(writer: Any, segments: list[Any]) -> list[Any]:
    """A Whoosh merge policy: segments with deleted documents are merged into the new one."""
    kept = []
    for segment in segments:
        if segment.deleted_count() == 0:
            kept.append(segment)
        elif segment.doc_count() > 0:
            reader = SegmentReader(writer.storage, writer.schema, segment)
            try:
                writer.add_reader(reader)
            finally:
                reader.close()
    return kept


def _segment_size(total: int) -> int:
    return max(SEGMENT_MIN, min(SEGMENT_MAX, -(-total // SEGMENTS)))


def max_segments(total: int) -> int:
    """The most segments an index of ``total`` passages may have before a full build."""
    return SEGMENT_SLACK * max(SEGMENTS, -(-total // _segment_size(total)))


def _segment_runs(documents: dict[str, list[Passage]]) -> list[list[Passage]]:
    size = _segment_size(sum(map(len, documents.values())))
    runs: list[list[Passage]] = [[]]
    for passages in documents.values():
        if len(runs[-1]) >= size:
            runs.append([])
        runs[-1].extend(passages)
    return runs


def _write_full(generation: Path, plan: _Plan) -> int:
    index = whoosh_index.create_in(str(generation), schema())
    runs = _segment_runs(plan.documents)
    count = sum(map(len, runs))
    workers = min(len(runs), cores()) if count >= PARALLEL_MIN else 1
    if workers > 1:
        _write_parallel(generation, index, runs, workers)
        return count
    for run in runs:
        writer = index.writer(limitmb=256)
        try:
            for passage in run:
                writer.add_document(**_fields(passage))
        except BaseException:
            writer.cancel()
            raise
        writer.commit(merge=False)
    return count


def _write_parallel(generation: Path, index: Any, runs: list[list[Passage]], workers: int) -> None:
    """Write each run as one segment in a pool of processes, then list them all in one commit.

    Analysis is pure Python, so one process per core is what makes indexing use
    the machine; the segments are the ones the sequential loop would write, in
    the same order.
    """
    from kg.processes import spawn_pool

    jobs = [(str(generation), [_fields(p) for p in run]) for run in runs]
    with spawn_pool(workers) as pool:
        segments = list(pool.map(_write_segment, jobs))
    writer = index.writer()
    try:
        # Whoosh's own multi-process writer finishes the same way (whoosh.multiproc.MpWriter).
        writer._close_segment()
        writer._commit_toc(segments)
        writer._finish()
    except BaseException:
        writer.cancel()
        raise


def _write_segment(job: tuple[str, list[dict[str, Any]]]) -> Any:
    """Write one segment of the index at ``job[0]`` (in a worker process); its segment record."""
    from whoosh.writing import SegmentWriter

    folder, documents = job
    index = whoosh_index.open_dir(folder, schema=schema())
    # The parent holds the index's lock and commits the table of contents.
    writer = SegmentWriter(index, _lk=False, limitmb=256)
    try:
        for fields in documents:
            writer.add_document(**fields)
        return writer._finalize_segment()
    except BaseException:
        writer.cancel()
        raise


def _write_changes(generation: Path, plan: _Plan) -> int:
    """Apply the plan's changes to a clone of the previous generation; the passage count."""
    assert plan.previous is not None
    _clone(plan.previous, generation)
    index = whoosh_index.open_dir(str(generation), schema=schema())
    writer = index.writer(limitmb=256)
    try:
        for doc in [*plan.changed, *plan.removed]:
            writer.delete_by_term("document", doc)
        for doc in plan.changed:
            for passage in plan.documents[doc]:
                writer.add_document(**_fields(passage))
    except BaseException:
        writer.cancel()
        raise
    writer.commit(mergetype=_merge_deleted)
    expected = sum(plan.counts.values())
    with index.reader() as reader:
        segments = len(reader.leaf_readers())
        if reader.doc_count() != expected or reader.doc_count_all() != expected:
            raise ValueError(f"{generation}: {reader.doc_count_all()} passages, expected {expected}")
    if segments > max_segments(expected):
        raise ValueError(f"{generation}: {segments} segments; a full build makes fewer")
    return expected


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
    plan: _Plan,
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
        },
    }
    tmp = generation / (META_FILE + ".part")
    tmp.write_text(json.dumps(meta, ensure_ascii=False), encoding="utf-8")
    tmp.replace(generation / META_FILE)


def _fill(
    data_dir: Path,
    plan: _Plan,
    vocab: Vocabulary,
    signature: str,
    source: _Source,
    read_all: Callable[[], _Read] | None,
) -> tuple[Path, _Plan]:
    """Write a new generation (from the previous one when the plan allows); not yet swapped in."""
    try:
        generation = new_generation(data_dir)
    except OSError as exc:
        raise _write_error(index_root(data_dir) / "gen-new", exc) from None
    try:
        if plan.previous is not None:
            try:
                count = _write_changes(generation, plan)
            except OSError:
                raise
            except Exception as exc:
                # Something in the previous generation is not as recorded: start afresh.
                failed = f"{plan.previous.name} could not be updated ({exc}); made a full build"
                shutil.rmtree(generation, ignore_errors=True)
                generation.mkdir()
                if plan.read is not None and read_all is not None:
                    # A full build needs every document's passages, not only those read.
                    plan = _plan(None, read_all())
                plan.previous, plan.changed, plan.removed = None, [], []
                plan.warnings.append(failed)
                count = _write_full(generation, plan)
        else:
            count = _write_full(generation, plan)
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
    plan = _plan(None if full else _usable(data_dir), _Read(passages, vocab, [], {}))
    generation, _ = _fill(data_dir, plan, vocab, signature, source, None)
    _swap(data_dir, generation)
    return generation


def _read(store: kg_store.ReadStore, settings: Settings, documents: list[str] | None = None) -> _Read:
    stamps: dict[str, str] = {}
    limits = ReadLimits(max_bytes=settings.max_document_bytes, max_unpacked_bytes=settings.max_unpacked_bytes)
    passages, vocab, warnings = collect(
        store, settings.corpus_dir, documents=documents, stamps=stamps, limits=limits
    )
    return _Read(passages, vocab, warnings, stamps, documents)


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
        previous = None if force else _usable(data_dir)
        chosen = None
        if previous is not None:
            chosen = _to_read(
                store, corpus_dir, source.files, source.hashes, source.entities, previous[1], extracted
            )
        read = _read(store, settings, chosen)
        kept = () if chosen is None else set(source.hashes) - set(chosen)
        plan = _plan(previous, read, kept)
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
