"""Passages written into Whoosh segments: a run of whole documents each, in parallel when
there are many, and a previous generation's segments reused by hard links.

A change deletes the old passages of its documents where they are (Whoosh marks
deletions per segment, in the table of contents) and writes their new ones as a
small new segment; :mod:`search.postings` leaves the deleted passages out of
matches and of the figures scores are made of.  Each segment written gets its text
postings as arrays in a file beside it (:mod:`search.arrays`), which Whoosh deletes
with the segment.
"""

from __future__ import annotations

import errno
import json
import os
import re
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from whoosh import analysis, formats
from whoosh import fields as whoosh_fields
from whoosh import index as whoosh_index
from whoosh.reading import SegmentReader
from whoosh.system import pack_uint
from whoosh.util.numeric import byte_to_length, length_to_byte
from whoosh.writing import SegmentWriter

from kg.processes import cores
from search.analysis import SudachiTokenizer, piece_tuples
from search.arrays import ArrayCollector, arrays_path
from search.index import DELETED_FILE, META_FILE, TEXT_FIELD, deleted_lengths, schema
from search.passages import Passage
from search.plan import Plan, passage_fields

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


# A segment more deleted than this share is merged (copying its live postings costs less than
# keeping the deleted ones does).
MOSTLY_DELETED = 0.5


# Segments smaller than a full build's are those changes wrote; past this many they are merged.
SMALL_SEGMENTS = 8


# Below this many passages one process writes the segments; above, one per core.
PARALLEL_MIN = 4 * SEGMENT_MIN


class _Lengths:
    """A segment's per-document reader that knows which fields keep lengths.

    Writing the postings asks each posting's document length; Whoosh looks for a
    lengths file on disk at every ask for a field that has none (the facets, ids and
    line numbers are not scored), about a quarter of writing a segment's postings.
    Those fields answer 0 here, as Whoosh does when it finds no file; the lengths of
    the documents the writer added are answered from ``added``.
    """

    def __init__(self, reader: Any, scored: frozenset[str], added: dict[str, dict[int, int]]) -> None:
        self._reader = reader
        self._scored = scored
        self._added = added

    def doc_field_length(self, docnum: int, fieldname: str, default: int = 0) -> Any:
        if fieldname not in self._scored:
            return default
        length = self._added.get(fieldname, {}).get(docnum)
        if length is not None:
            return length
        return self._reader.doc_field_length(docnum, fieldname, default)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._reader, name)


def _text_postings(field: Any, value: str) -> Iterator[tuple[bytes, int, float, bytes]]:
    """What ``field.index(value)`` gives for a field of characters analysed by
    :class:`~search.analysis.SudachiTokenizer`, without a token object per word."""
    seen: dict[str, list[tuple[int, int, int]]] = {}
    for forms, start, end, pos, _ in piece_tuples(value):
        entry = (pos, start, end)
        for form in forms:
            found = seen.get(form)
            if found is None:
                seen[form] = [entry]
            else:
                found.append(entry)
    boost = field.format.field_boost
    encode = field.format.encode
    for word, where in seen.items():
        # Whoosh sums a boost of 1.0 per token, then multiplies by the field's boost.
        yield word.encode("utf-8"), len(where), float(len(where)) * boost, encode(where)


def _fast(field: Any) -> bool:
    return type(field.format) is formats.Characters and isinstance(field.analyzer, SudachiTokenizer)


def _id_postings(field: Any, value: str) -> list[tuple[bytes, int, float, bytes]]:
    """What ``field.index(value)`` gives for an ID field: the whole value, one term."""
    return [(value.encode("utf-8"), 1, field.format.field_boost, b"")]


def _keyword_postings(field: Any, value: str) -> list[tuple[bytes, int, float, bytes]]:
    """What ``field.index(value)`` gives for a KEYWORD field of comma-separated words.

    Whoosh's analyzer takes each run of characters between commas, stripped, as a word,
    and counts each word's occurrences (its weight a 1.0 for each, times the field's boost).
    """
    counts: dict[str, int] = {}
    for part in value.split(","):
        if part:
            word = part.strip()
            counts[word] = counts.get(word, 0) + 1
    boost = field.format.field_boost
    return [(w.encode("utf-8"), n, float(n) * boost, pack_uint(n)) for w, n in counts.items()]


_COMMAS = analysis.KeywordAnalyzer(commas=True)


def _plain_postings(field: Any) -> Any:
    """The function that gives ``field``'s postings without Whoosh's analysis, or None."""
    if type(field) is whoosh_fields.ID and type(field.format) is formats.Existence:
        return _id_postings if type(field.analyzer) is analysis.IDTokenizer else None
    if type(field) is whoosh_fields.KEYWORD and type(field.format) is formats.Frequency:
        return _keyword_postings if field.analyzer == _COMMAS else None
    return _text_postings if _fast(field) else None


class _SegmentWriter(SegmentWriter):  # type: ignore[misc]
    """Whoosh's segment writer, its postings written with :class:`_Lengths`, and the
    text analysed straight into postings (:func:`_text_postings`).

    ``add_document`` is Whoosh's own for a schema without spelling or vector fields
    and documents without boosts; anything else goes to Whoosh's.  Every segment it
    writes (a build's, a change's, a merge's) gets its text postings as arrays beside it.
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._lengths: dict[str, dict[int, int]] = {}
        fields = list(self.schema.items())
        self._plain = not any(f.separate_spelling() or f.vector for _, f in fields)
        self._postings = {name: made for name, f in fields if f.indexed and (made := _plain_postings(f))}

    def _flush_segment(self) -> None:
        # Whoosh's own, with the text field's postings kept on their way into the
        # segment, to be written beside it as arrays (search.arrays).
        self.perdocwriter.close()
        pdr = self.per_document_reader() if self.codec.length_stats else None
        self._arrays = ArrayCollector(TEXT_FIELD)
        self.fieldwriter.add_postings(self.schema, pdr, self._arrays.tap(self.pool.iter_postings()))
        self.fieldwriter.close()
        if pdr:
            pdr.close()

    def _finalize_segment(self) -> Any:
        segment = super()._finalize_segment()
        self._arrays.write(arrays_path(Path(self.storage.folder), segment.segment_id()))
        return segment

    def per_document_reader(self) -> Any:
        scored = frozenset(name for name, field in self.schema.items() if field.scorable)
        return _Lengths(super().per_document_reader(), scored, self._lengths)

    def add_document(self, **fields: Any) -> None:
        if not self._plain or any(name.startswith("_") for name in fields):
            super().add_document(**fields)
            return
        self._check_state()
        perdocwriter = self.perdocwriter
        schema = self.schema
        docnum = self.docnum
        add_post = self.pool.add
        fieldnames = sorted(fields)
        self._check_fields(schema, fieldnames)
        perdocwriter.start_doc(docnum)
        try:
            for fieldname in fieldnames:
                value = fields[fieldname]
                if value is None:
                    continue
                field = schema[fieldname]
                length = 0
                if field.indexed:
                    postings = self._postings.get(fieldname)
                    if postings is not None and isinstance(value, str):
                        items = postings(field, value)
                    else:
                        items = field.index(value)
                    scorable = field.scorable
                    for tbytes, freq, weight, vbytes in items:
                        if scorable:
                            length += freq
                        add_post((fieldname, tbytes, docnum, weight * 1.0, vbytes))
                    if scorable and length:
                        # Rounded to a byte, as the lengths file keeps it.
                        rounded = byte_to_length(length_to_byte(length))
                        self._lengths.setdefault(fieldname, {})[docnum] = rounded
                perdocwriter.add_field(fieldname, field, value if field.stored else None, length)
                column = field.column_type
                if column:
                    perdocwriter.add_column_value(fieldname, column, field.to_column_value(value))
        except Exception:
            perdocwriter.cancel_doc()
            raise
        perdocwriter.finish_doc()
        self._added = True
        self.docnum += 1


def _link_or_copy(source: Path, target: Path) -> None:
    try:
        os.link(source, target)
    except OSError as exc:
        if exc.errno == errno.ENOSPC:
            raise
        # A file system without hard links (or across devices) gets a copy.
        shutil.copy2(source, target)


def clone(previous: Path, generation: Path) -> None:
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


class _KeepInPlace:
    """A Whoosh merge policy for a change: deletions stay marked where they are.

    A segment is merged into the new one only when most of it is deleted (it
    then costs fewer postings to copy than it holds); emptied ones are dropped;
    the small segments that changes write are merged together once there are
    ``SMALL_SEGMENTS`` of them.  A large segment is thus copied now and then,
    never at every change.

    ``excess`` maps a segment id to its text length total less the exact length
    of its live passages (see :data:`search.index.DELETED_FILE`); a merge copies
    each passage's rounded length, and what that makes the new segment's total
    differ by ends up in ``merged``.
    """

    def __init__(self, excess: dict[str, int]) -> None:
        self.excess = excess
        self.merged = 0

    def __call__(self, writer: Any, segments: list[Any]) -> list[Any]:
        kept, merged = [], []
        for segment in segments:
            if segment.doc_count() == 0:
                continue
            if segment.deleted_count() > MOSTLY_DELETED * segment.doc_count_all():
                merged.append(segment)
            else:
                kept.append(segment)
        small = [s for s in kept if s.doc_count_all() < SEGMENT_MIN]
        if len(small) >= SMALL_SEGMENTS:
            kept = [s for s in kept if s not in small]
            merged.extend(small)
        for segment in merged:
            reader = SegmentReader(writer.storage, writer.schema, segment)
            try:
                exact = reader.field_length(TEXT_FIELD) - self.excess.get(segment.segment_id(), 0)
                live = (d for d in range(reader.doc_count_all()) if not reader.is_deleted(d))
                rounded = sum(reader.doc_field_length(d, TEXT_FIELD, 0) or 0 for d in live)
                self.merged += rounded - exact
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


def write_full(generation: Path, plan: Plan) -> int:
    index = whoosh_index.create_in(str(generation), schema())
    runs = _segment_runs(plan.documents)
    count = sum(map(len, runs))
    workers = min(len(runs), cores()) if count >= PARALLEL_MIN else 1
    if workers > 1:
        write_parallel(generation, index, runs, workers)
        return count
    for run in runs:
        writer = _SegmentWriter(index, limitmb=256)
        try:
            for passage in run:
                writer.add_document(**passage_fields(passage))
        except BaseException:
            writer.cancel()
            raise
        writer.commit(merge=False)
    return count


def write_parallel(generation: Path, index: Any, runs: list[list[Passage]], workers: int) -> None:
    """Write each run as one segment in a pool of processes, then list them all in one commit.

    Analysis is pure Python, so one process per core is what makes indexing use
    the machine; the segments are the ones the sequential loop would write, in
    the same order.
    """
    from kg.processes import spawn_pool

    jobs = [(str(generation), [passage_fields(p) for p in run]) for run in runs]
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
    folder, documents = job
    index = whoosh_index.open_dir(folder, schema=schema())
    # The parent holds the index's lock and commits the table of contents.
    writer = _SegmentWriter(index, _lk=False, limitmb=256)
    try:
        for fields in documents:
            writer.add_document(**fields)
        return writer._finalize_segment()
    except BaseException:
        writer.cancel()
        raise


def write_changes(generation: Path, plan: Plan) -> int:
    """Apply the plan's changes to a clone of the previous generation; the passage count."""
    assert plan.previous is not None
    clone(plan.previous, generation)
    index = whoosh_index.open_dir(str(generation), schema=schema())
    writer = _SegmentWriter(index, limitmb=256)
    try:
        earlier = {segment.segment_id() for segment in writer.segments}
        # One reader of the segments (opening one reads every segment's term table): the
        # writer's own, which finds the passages to delete too.
        searcher = writer.searcher()
        gone = [*plan.changed, *plan.removed]
        policy = _KeepInPlace(_deleted_text_lengths(searcher.reader(), gone, deleted_lengths(generation)))
        for doc in gone:
            writer.delete_by_term("document", doc, searcher=searcher)
        for doc in plan.changed:
            for passage in plan.documents[doc]:
                writer.add_document(**passage_fields(passage))
    except BaseException:
        writer.cancel()
        raise
    writer.commit(mergetype=policy)
    expected = sum(plan.counts.values())
    # The committed table of contents says what a reader would: segments and their live passages.
    committed = index._segments()
    segments = len(committed)
    present = {segment.segment_id() for segment in committed}
    live = sum(segment.doc_count() for segment in committed)
    if live != expected:
        raise ValueError(f"{generation}: {live} passages, expected {expected}")
    if segments > max_segments(expected):
        raise ValueError(f"{generation}: {segments} segments; a full build makes fewer")
    excess = {sid: n for sid, n in policy.excess.items() if sid in present}
    for sid in present - earlier:  # the one segment this commit wrote
        excess[sid] = excess.get(sid, 0) + policy.merged
    kept = {sid: n for sid, n in excess.items() if n}
    tmp = generation / (DELETED_FILE + ".part")
    tmp.write_text(json.dumps(kept), encoding="utf-8")
    # A new name over the hard link the clone made: the previous generation keeps its own.
    tmp.replace(generation / DELETED_FILE)
    return expected


def _deleted_text_lengths(reader: Any, documents: list[str], lengths: dict[str, int]) -> dict[str, int]:
    """``lengths`` plus, per segment, the exact text length of the passages of ``documents`` it holds.

    Analysed again from the stored text (a few hundred passages for a document),
    since Whoosh keeps each passage's length rounded to a byte.
    """
    found = dict(lengths)
    field = reader.schema[TEXT_FIELD]
    for leaf, _ in reader.leaf_readers():
        sid = leaf.segment().segment_id()
        for doc in documents:
            if ("document", doc) not in leaf:
                continue
            for docnum in leaf.postings("document", doc).all_ids():
                text = leaf.stored_fields(docnum).get(TEXT_FIELD) or ""
                found[sid] = found.get(sid, 0) + sum(freq for _, freq, _, _ in field.index(text))
    return found
