"""One document's part of a build: is it unchanged, else read and extract it (in worker
processes when that pays) and store its graph.

Takes a corpus entry, the settings and what the store held before; gives the document's
:class:`~kg.build_report.DocumentReport`, and its graph stored through the build's
:class:`~kg.store.writer.StoreWriter`.  Also the one document's triples
(:func:`extract_triples`, :func:`extract_graph`) that tests and benchmarks build alone.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
import re
import traceback
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from rdflib import Graph

from kg.build_report import BuildReport, DocumentReport
from kg.display import one_line
from kg.errors import PolicyKGError, StoreError
from kg.extract.limits import Cuts, ExtractionLimits
from kg.processes import cores, spawn_pool
from kg.rdf import iris, triples
from kg.rdf.namespaces import POL, RDF
from kg.read.corpus import Entry, guess_date, guess_title
from kg.read.document import Document
from kg.settings import Settings

if TYPE_CHECKING:
    # A worker process that extracts never opens the store.
    from kg.store.writer import StoreWriter

# The build's one logger, whichever of its modules writes.
log = logging.getLogger("kg.build")

# Bump when extraction changes what it emits for the same text, so that an
# upgrade rebuilds every document instead of trusting old graphs.
EXTRACTOR_VERSION = "1"

_AGENCY_LINE = re.compile(r"^\s*([^\s]{1,20}(?:庁|省|府|委員会|機構))\s*$")


def content_hash(data: bytes) -> str:
    h = hashlib.sha256()
    h.update(f"policykg-extractor:{EXTRACTOR_VERSION}\n".encode())
    h.update(data)
    return "sha256:" + h.hexdigest()


def read_document(path: Path, max_bytes: int, max_unpacked_bytes: int | None = None) -> Document:
    # Imported here so that listing a corpus needs no reader dependencies.
    from kg.read import read_document as read

    return read(path, max_bytes=max_bytes, max_unpacked_bytes=max_unpacked_bytes)


def _meta(
    entry: Entry, doc: Document, digest: str, corpus_root: Path
) -> tuple[triples.DocumentMeta, list[str]]:
    warnings: list[str] = []
    lines = doc.text.splitlines()
    title, date, publisher = entry.title, entry.date, entry.publisher
    if not entry.in_manifest:
        title = title or guess_title(lines) or entry.path.stem
        date = date or guess_date(lines)
        for line in lines[:40]:
            if m := _AGENCY_LINE.match(line):
                publisher = m[1]
                break
        warnings.append(
            f"{entry.path}: guessed title {title!r}, date {date.isoformat() if date else 'unknown'}, "
            f"publisher {publisher or 'unknown'}"
        )
    try:
        source_file = str(entry.path.relative_to(corpus_root))
    except ValueError:
        source_file = entry.path.name
    meta = triples.DocumentMeta(
        doc_id=entry.id,
        title=title or entry.path.stem,
        publisher=publisher,
        date=date,
        source=entry.source,
        license=entry.license,
        source_file=source_file,
        content_hash=digest,
        guessed=not entry.in_manifest,
    )
    return meta, warnings


@dataclass(frozen=True, slots=True)
class Job:
    """One document to extract: all a worker process needs, and where its result goes."""

    entry: Entry
    digest: str
    corpus_dir: Path
    max_bytes: int
    max_unpacked_bytes: int
    previous: tuple[str, ...]
    result: DocumentReport
    limits: ExtractionLimits = field(default_factory=ExtractionLimits)
    profile_dir: Path | None = None


@dataclass(frozen=True, slots=True)
class Extracted:
    ntriples: bytes = b""
    triples: int = 0
    warnings: tuple[str, ...] = ()
    error: str | None = None


def plan(
    entry: Entry, settings: Settings, stored: dict[str, tuple[str, list[str]]], force: bool
) -> tuple[DocumentReport, Job | None]:
    """The document's report, and the job that builds it unless it is unchanged or unreadable."""
    result = DocumentReport(id=entry.id, file=str(entry.path), status="failed")
    try:
        raw = entry.path.read_bytes() if entry.path.is_file() else None
    except OSError as exc:
        raw, result.error = None, f"{entry.path}: cannot be read ({exc.strerror})"
    if raw is None:
        result.error = result.error or f"{entry.path}: file not found"
        log.warning("%s", one_line(result.error))
        return result, None
    digest = content_hash(raw)
    previous = stored.get(entry.id)
    if previous and previous[0] == digest and not force:
        result.status, result.graph = "unchanged", previous[1][0]
        return result, None
    graphs = tuple(previous[1]) if previous else ()
    return result, Job(
        entry,
        digest,
        settings.corpus_dir,
        settings.max_document_bytes,
        settings.max_unpacked_bytes,
        graphs,
        result,
        ExtractionLimits.of(settings),
        Path(settings.profile_dir) if settings.profile_dir else None,
    )


# Starting a worker costs a process and the imports of the rules (about 1.3 processor
# seconds, the extraction of six documents); below this many documents this process
# extracts them itself.
_MIN_DOCS_PER_WORKER = 4

# Documents for each worker past the first.  This process stores each document as it
# comes, which costs about what extracting it does, so one worker keeps it busy: a
# second one paid its start in neither processor nor wall time on 20 documents (two
# workers 21.4 processor seconds and 40.5 s of wall time a build, one 19.3 and 36.3).
_DOCS_PER_EXTRA_WORKER = 50


def default_workers(documents: int) -> int:
    """Worker processes for ``documents`` changed documents, 0 where this process extracts them.

    One, and one more per ``_DOCS_PER_EXTRA_WORKER`` documents up to one per core.
    """
    if documents < _MIN_DOCS_PER_WORKER:
        return 0
    return max(1, min(cores(), 1 + documents // _DOCS_PER_EXTRA_WORKER))


def extract_all(jobs: list[Job], workers: int | None) -> Iterator[tuple[Job, Extracted]]:
    """Each job with its extraction, in job order, from a process pool when that is worth it.

    ``workers``: None for :func:`default_workers`; 1 (or 0) extracts in this process.
    """
    count = default_workers(len(jobs)) if workers is None else min(workers, len(jobs))
    if count <= 1 and (workers is not None or count == 0):
        for job in jobs:
            yield job, _extract_job(job)
        return
    with spawn_pool(count) as pool:
        yield from zip(jobs, pool.map(_extract_job, jobs, chunksize=1), strict=True)


def _extract_job(job: Job) -> Extracted:
    """Read and extract one document to N-Triples (run in a worker process)."""
    try:
        doc = read_document(job.entry.path, job.max_bytes, job.max_unpacked_bytes)
        meta, warnings = _meta(job.entry, doc, job.digest, job.corpus_dir)
        cuts = Cuts()
        found = extract_triples(meta, doc, job.limits, cuts, job.profile_dir)
        if cuts:
            warnings.append(
                f"{job.entry.path}: more than one document may yield; left out (at least) {cuts.describe()}"
            )
        return Extracted(found.ntriples(), len(found), tuple(warnings))
    except PolicyKGError as exc:
        return Extracted(error=exc.message)
    except Exception as exc:  # a fault of the extractor on this document: the others are still built
        return Extracted(
            error=f"{job.entry.path}: could not be extracted ({_fault(exc)}); left out of this build"
        )


def _fault(exc: Exception) -> str:
    """The exception and where the code raised it, in one line, for a report of the fault."""
    frames = traceback.extract_tb(exc.__traceback__)
    where = f" at {Path(frames[-1].filename).name}:{frames[-1].lineno}" if frames else ""
    return f"an internal error, {type(exc).__name__}: {exc}{where}"


def store_one(job: Job, extracted: Extracted, writer: StoreWriter, report: BuildReport) -> None:
    result = job.result
    report.warnings.extend(extracted.warnings)
    if extracted.error is not None:
        result.error = extracted.error
        log.warning("%s", one_line(extracted.error))
        return
    graph_iri = str(iris.graph(job.entry.id, job.digest))
    try:
        # Loads the new graph before dropping the old one, so a failure keeps the previous version.
        writer.store_ntriples(job.previous, graph_iri, extracted.ntriples)
    except StoreError as exc:
        if writer.failure is not None:
            raise  # the disk, not the document: stop; the previous build stays current
        result.error = exc.message
        log.warning("%s", one_line(result.error))
        return
    result.triples = extracted.triples
    result.status, result.graph = "built", graph_iri


def extract_triples(
    meta: triples.DocumentMeta,
    doc: Document,
    limits: ExtractionLimits | None = None,
    cuts: Cuts | None = None,
    profile_dir: Path | None = None,
) -> triples.Triples:
    """Everything extracted from one read document, as the triples the build stores.

    Up to the ``limits`` (default: the settings' defaults); what they left out goes to ``cuts``;
    ``profile_dir`` holds extra document profiles (see :mod:`kg.extract.profiles`).
    """
    from kg.extract.extraction import extract
    from kg.rdf import mapping

    limits = limits or ExtractionLimits()
    report_date = meta.date or dt.date.today()
    found = extract(doc, report_date, limits=limits, profile_dir=profile_dir, publisher=meta.publisher)
    result = mapping.build_triples(meta, doc, found, limits.document_triples)
    if cuts is not None:
        cuts.update(found.cuts)
        cuts.add("triples", result.cut, "the document", limits.document_triples)
    return result


def extract_graph(meta: triples.DocumentMeta, doc: Document) -> Graph:
    """Everything extracted from one read document, as one graph."""
    from kg.extract.extraction import extract
    from kg.rdf import mapping

    report_date = meta.date or dt.date.today()
    return mapping.build_graph(meta, doc, extract(doc, report_date, publisher=meta.publisher))


def entity_count(graph: Graph, cls: str) -> int:
    return len(set(graph.subjects(RDF.type, getattr(POL, cls))))
