"""Build a corpus into the data folder: read, extract, store; incremental by content hash.

Each document version becomes one named graph.  A document whose content (and
the extractor version) did not change since the last build is skipped.  A
document that cannot be read is listed as failed in the report and the others
are still built; its previous graph, if any, is kept.  Nothing is written to
the data folder before the corpus has been listed, and a build that changes
nothing (no document built, none removed) writes nothing: no new store
generation, no index, no report.

A document that is in the store but no longer in the corpus is kept unless the
build is asked to ``prune``; even then, removing every document or more than
``max_prune_share`` of them is refused, since a wrong ``--corpus`` looks just
like that.  The one way past the limit is the setting itself (1 allows any
removal), so that ``--force`` keeps its one meaning: rebuild every document.

It is a little longer than 500 lines because it is the one place that orders the
stages of a build (listing, pruning, extraction in workers, storing, editions, the
report); each stage's work lives in its own package.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import json
import logging
import re
import time
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass, field
from importlib.metadata import entry_points
from pathlib import Path
from typing import TYPE_CHECKING, Any

from rdflib import Graph, Literal, URIRef
from rdflib.compare import to_isomorphic

from kg.display import one_line
from kg.errors import CorpusError, PolicyKGError, StoreError
from kg.extract.limits import Cuts, ExtractionLimits
from kg.processes import cores, spawn_pool
from kg.rdf import iris, mapping, triples
from kg.rdf.namespaces import POL, RDF
from kg.read.corpus import Entry, guess_date, guess_title, load_corpus
from kg.read.document import Document
from kg.settings import Settings
from kg.store.writer import BuildLock, StoreWriter, writing

if TYPE_CHECKING:
    from kg.track.graph import Kept

log = logging.getLogger(__name__)

# Bump when extraction changes what it emits for the same text, so that an
# upgrade rebuilds every document instead of trusting old graphs.
EXTRACTOR_VERSION = "1"
ONTOLOGY_GRAPH = "https://w3id.org/policykg/ns"
REPORT_FILE = "build-report.json"

_AGENCY_LINE = re.compile(r"^\s*([^\s]{1,20}(?:庁|省|府|委員会|機構))\s*$")


@dataclass(slots=True)
class DocumentReport:
    id: str
    file: str
    status: str  # "built" | "unchanged" | "failed"
    error: str | None = None
    triples: int = 0
    graph: str | None = None


@dataclass(slots=True)
class BuildReport:
    corpus: str
    data: str
    started: str
    seconds: float = 0.0
    documents: list[DocumentReport] = field(default_factory=list)
    entities: dict[str, int] = field(default_factory=dict)
    triples: int = 0
    warnings: list[str] = field(default_factory=list)
    step_failures: list[str] = field(default_factory=list)
    # Ids of the documents no longer in the corpus: removed from the store (``--prune``),
    # or kept there.
    removed: list[str] = field(default_factory=list)
    kept: list[str] = field(default_factory=list)

    @property
    def failed(self) -> list[DocumentReport]:
        return [d for d in self.documents if d.status == "failed"]

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    def to_text(self) -> str:
        """The report for a terminal: one line per document, the summary last; names escaped."""
        lines = [f"{d.status:9} {d.id}" + (f"  ({d.error})" if d.error else "") for d in self.documents]
        lines += [f"{'removed':9} {doc_id}  (not in the corpus)" for doc_id in self.removed]
        counts = ", ".join(f"{k} {v}" for k, v in sorted(self.entities.items())) or "none"
        lines.append(f"entities: {counts}")
        lines.append(f"triples: {self.triples}")
        lines.extend(f"warning: {w}" for w in self.warnings)
        built = sum(1 for d in self.documents if d.status == "built")
        unchanged = sum(1 for d in self.documents if d.status == "unchanged")
        summary = (
            f"{built} built, {unchanged} unchanged, {len(self.failed)} failed, "
            f"{len(self.removed)} removed in {self.seconds:.1f}s"
        )
        if built == 0 and not self.failed and not self.removed:
            summary += " (nothing changed)"
        if self.kept:
            summary += f"; {len(self.kept)} kept though not in the corpus (--prune removes them)"
        lines.append(summary)
        return "\n".join(one_line(line) for line in lines)


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


def _stored_hashes(writer: StoreWriter) -> dict[str, tuple[str, list[str]]]:
    """doc id -> (content hash, graph IRIs) of what the previous build stored."""
    found: dict[str, tuple[str, list[str]]] = {}
    # Only the build's own graphs: a loaded file cannot make a document of its own.  From
    # the content hashes (one a graph), which the store then reads in this order: from
    # the type, it read every document's triples (0.1 s at 1,000 documents, against 0.03 s).
    query = f"""
        SELECT ?g ?id ?hash WHERE {{ GRAPH ?g {{
            ?d <{POL.contentHash}> ?hash . ?d a <{POL.Document}> ; <{POL.documentId}> ?id }}
            FILTER(STRSTARTS(STR(?g), "{iris.GRAPH_PREFIX}")) }}"""
    for row in writer.oxigraph.query(query):  # type: ignore[union-attr]
        graph_iri, doc_id, digest = row[0].value, row[1].value, row[2].value
        _, graphs = found.get(doc_id, ("", []))
        found[doc_id] = (digest, [*graphs, graph_iri])
    return found


@functools.cache
def _ontology_digest() -> str:
    """The ontology's content hash, worked out once a process (0.1 s or more: a process
    that builds again and again asks at every pass)."""
    from kg.rdf.ontology import ontology_graph

    # Of the canonical form: the ontology's blank nodes get new labels in every
    # process, so a digest of its N-Triples would differ from build to build.
    canonical = to_isomorphic(ontology_graph()).graph_digest()  # type: ignore[no-untyped-call]
    return content_hash(str(canonical).encode("ascii"))


def _load_ontology(writer: StoreWriter) -> bool:
    """Keep the ontology in its own named graph; True when it had to be (re)loaded."""
    from kg.rdf.ontology import ontology_graph

    digest = _ontology_digest()
    stored = writer.oxigraph.query(
        f'ASK {{ GRAPH <{ONTOLOGY_GRAPH}> {{ <{ONTOLOGY_GRAPH}> <{POL.contentHash}> "{digest}" }} }}'
    )
    if bool(stored):
        return False
    graph = ontology_graph()
    graph.add((URIRef(ONTOLOGY_GRAPH), POL.contentHash, Literal(digest)))
    writer.replace_graphs([ONTOLOGY_GRAPH], ONTOLOGY_GRAPH, graph)
    return True


def _store_tracking(
    writer: StoreWriter,
    entries: list[Entry],
    report: BuildReport,
    kept: Kept | None = None,
    graphs: dict[str, str] | None = None,
) -> bool:
    """Store the series, item matches and changes of the editions built; True when they changed.

    Made from what the store holds after this build's documents (the merge is
    up to date), so a kept document still counts as an edition.  ``kept``: what
    an earlier build of this process compared and stored (see
    :mod:`kg.track.graph`); where the store still holds that graph, only the
    pairs of editions that changed are taken out and put in.
    """
    from kg.track.editions import OxigraphSelects
    from kg.track.graph import changed_lines, track_graph
    from kg.track.rdf import TRACK_GRAPH, ntriples

    tracking = track_graph(OxigraphSelects(writer.oxigraph), entries, kept, graphs)
    report.warnings.extend(tracking.plan.warnings)
    held = [g for g in writer.graphs_with_prefix(TRACK_GRAPH) if g == TRACK_GRAPH]
    if not tracking.plan.series:
        if held:
            writer.remove_graphs(held)
        if kept is not None:
            kept.stored = None
        return bool(held)

    def holds(digest: str) -> bool:
        ask = f'ASK {{ GRAPH <{TRACK_GRAPH}> {{ <{TRACK_GRAPH}> <{POL.contentHash}> "{digest}" }} }}'
        return bool(writer.oxigraph.query(ask))

    if holds(tracking.digest):
        changed = False
    elif kept is not None and kept.stored is not None and held and holds(kept.stored.digest):
        gone, came = changed_lines(kept.stored, tracking)
        writer.patch_graph(TRACK_GRAPH, ntriples(gone), ntriples(came))
        changed = True
    else:
        writer.store_ntriples(held, TRACK_GRAPH, tracking.ntriples())
        changed = True
    if kept is not None:
        kept.stored = tracking
    return changed


def _count_entities(writer: StoreWriter) -> dict[str, int]:
    """Distinct subjects of each policykg class in the documents' graphs.

    The store keeps the counts of the merge up to date as graphs come and go;
    what only the ontology types (its own individuals: the link bases) is taken off.
    """
    counts = {t: n for t, n in writer.type_counts().items() if t.startswith(str(POL._NS))}
    ontology_only = f"""SELECT ?t (COUNT(?s) AS ?n) WHERE {{
        GRAPH <{ONTOLOGY_GRAPH}> {{ ?s a ?t }}
        FILTER NOT EXISTS {{ GRAPH ?g {{ ?s a ?t }} FILTER(?g != <{ONTOLOGY_GRAPH}>) }} }} GROUP BY ?t"""
    for row in writer.oxigraph.query(ontology_only):  # type: ignore[union-attr]
        if row[0].value in counts:
            counts[row[0].value] -= int(row[1].value)
    return {t.removeprefix(str(POL._NS)): n for t, n in sorted(counts.items()) if n > 0}


def build(
    settings: Settings,
    *,
    progress: Callable[[str], None] | None = None,
    force: bool = False,
    workers: int | None = None,
    prune: bool = False,
    notice: Callable[[str], None] | None = None,
    kept_pairs: Kept | None = None,
) -> BuildReport:
    """Build ``settings.corpus_dir`` into ``settings.data_dir`` and write the build report.

    ``workers`` processes extract the changed documents (default: one per core
    when there are enough documents to repay starting them); this process
    alone writes the store, in corpus order.  ``prune``: remove from the store
    the documents the corpus no longer holds (within ``max_prune_share``);
    ``notice`` hears, before any work, which documents that concerns.
    ``kept_pairs``: a process that builds again and again keeps here the editions
    it compared and the tracking graph it stored, to compare only those next to a
    changed one the next time and store only what changed.
    """
    say = progress or (lambda _msg: None)
    started = time.monotonic()
    corpus = load_corpus(settings.corpus_dir)  # raises before anything is written
    report = BuildReport(
        corpus=str(settings.corpus_dir),
        data=str(settings.data_dir),
        started=dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        warnings=list(corpus.warnings),
    )
    # The lock covers the build steps too, so a second build cannot commit a store
    # while the search index of this one is still being written.
    with BuildLock(settings.data_dir):
        with writing(settings.data_dir, locked=True) as writer:
            stored = _stored_hashes(writer)
            present = {e.id for e in corpus.entries}
            absent = sorted(doc_id for doc_id in stored if doc_id not in present)
            if absent:
                _check_prune(settings, len(absent), len(stored), prune, notice or (lambda _msg: None))
            total = len(corpus.entries)
            jobs: list[_Job] = []
            for entry in corpus.entries:
                result, job = _plan(entry, settings, stored, force)
                report.documents.append(result)
                if job is not None:
                    jobs.append(job)
            for n, (job, extracted) in enumerate(_extract_all(jobs, workers), start=1):
                say(f"[{n}/{len(jobs)} of {total}] {job.entry.path.name}")
                _store_one(job, extracted, writer, report)
            changed = any(d.status == "built" for d in report.documents)
            for doc_id in absent:
                if prune:
                    writer.remove_graphs(stored[doc_id][1])
                    report.removed.append(doc_id)
                    changed = True
                else:
                    report.kept.append(doc_id)
            changed = _load_ontology(writer) or changed
            writer.finish_merge()
            graphs = {doc_id: stored[doc_id][1][0] for doc_id in report.kept}
            graphs.update((d.id, d.graph) for d in report.documents if d.graph)
            if _store_tracking(writer, corpus.entries, report, kept_pairs, graphs):
                changed = True
                writer.finish_merge()
            report.entities = _count_entities(writer)
            report.triples = writer.quad_count()
            if not changed:
                # Nothing to swap in: the current generation stays exactly as it was.
                writer.discard()
        _run_build_steps(settings, report, say)
    report.seconds = round(time.monotonic() - started, 3)
    if changed or report.failed or report.step_failures:
        # A build that changed nothing leaves the data folder as it was, report included.
        _write_report(settings, report)
    return report


def _check_prune(
    settings: Settings, absent: int, stored: int, prune: bool, notice: Callable[[str], None]
) -> None:
    """Say what happens to the ``absent`` of the ``stored`` documents; refuse a removal too large."""
    where = f"{stored} documents built in {settings.data_dir}"
    if not prune:
        notice(
            f"{absent} of the {where} are not in the corpus {settings.corpus_dir}; "
            "they are kept (--prune removes them)"
        )
        return
    share = settings.max_prune_share
    if share < 1 and (absent == stored or absent > share * stored):
        what = "every one" if absent == stored else f"more than max_prune_share {share:g} of them"
        raise CorpusError(
            f"{settings.corpus_dir}: --prune would remove {absent} of the {where} ({what}); refused, "
            "nothing was changed: check --corpus, or set POLICYKG_MAX_PRUNE_SHARE=1 to allow it"
        )
    notice(f"{absent} of the {where} are not in the corpus {settings.corpus_dir}; removing them (--prune)")


def _write_report(settings: Settings, report: BuildReport) -> None:
    """Write the report whole or not at all: a full disk must not leave half a file."""
    path = settings.data_dir / REPORT_FILE
    tmp = path.with_name(path.name + ".part")
    try:
        tmp.write_text(json.dumps(report.to_json(), ensure_ascii=False, indent=2), encoding="utf-8")
        tmp.replace(path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise StoreError(f"{settings.data_dir}: cannot write {REPORT_FILE} ({exc.strerror})") from None


def _run_build_steps(settings: Settings, report: BuildReport, say: Callable[[str], None]) -> None:
    """Steps of other packages that follow the store (the search index) via entry points.

    A step that fails leaves the store as built and says why in the report.
    """
    for ep in entry_points(group="policykg.build_steps"):
        say(f"{ep.name} …")
        try:
            ep.load()(settings, report)
        except PolicyKGError as exc:
            report.warnings.append(f"{ep.name}: {exc.message}")
            report.step_failures.append(ep.name)


@dataclass(frozen=True, slots=True)
class _Job:
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
class _Extracted:
    ntriples: bytes = b""
    triples: int = 0
    warnings: tuple[str, ...] = ()
    error: str | None = None


def _plan(
    entry: Entry, settings: Settings, stored: dict[str, tuple[str, list[str]]], force: bool
) -> tuple[DocumentReport, _Job | None]:
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
    return result, _Job(
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


# Starting a worker costs a process and a parser load (seconds); below this many
# documents one process is faster.
_MIN_DOCS_PER_WORKER = 4


def default_workers(documents: int) -> int:
    """Worker processes for ``documents`` changed documents: one per core, if they pay off."""
    return max(1, min(cores(), documents // _MIN_DOCS_PER_WORKER))


def _extract_all(jobs: list[_Job], workers: int | None) -> Iterator[tuple[_Job, _Extracted]]:
    """Each job with its extraction, in job order, from a process pool when that is worth it."""
    count = default_workers(len(jobs)) if workers is None else max(1, min(workers, len(jobs)))
    if count <= 1:
        for job in jobs:
            yield job, _extract_job(job)
        return
    with spawn_pool(count) as pool:
        yield from zip(jobs, pool.map(_extract_job, jobs, chunksize=1), strict=True)


def _extract_job(job: _Job) -> _Extracted:
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
        return _Extracted(found.ntriples(), len(found), tuple(warnings))
    except PolicyKGError as exc:
        return _Extracted(error=exc.message)


def _store_one(job: _Job, extracted: _Extracted, writer: StoreWriter, report: BuildReport) -> None:
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

    limits = limits or ExtractionLimits()
    report_date = meta.date or dt.date.today()
    found = extract(doc, report_date, limits=limits, profile_dir=profile_dir)
    result = mapping.build_triples(meta, doc, found, limits.document_triples)
    if cuts is not None:
        cuts.update(found.cuts)
        cuts.add("triples", result.cut, "the document", limits.document_triples)
    return result


def extract_graph(meta: triples.DocumentMeta, doc: Document) -> Graph:
    """Everything extracted from one read document, as one graph."""
    from kg.extract.extraction import extract

    report_date = meta.date or dt.date.today()
    return mapping.build_graph(meta, doc, extract(doc, report_date))


def entity_count(graph: Graph, cls: str) -> int:
    return len(set(graph.subjects(RDF.type, getattr(POL, cls))))
