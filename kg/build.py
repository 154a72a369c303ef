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

This module orders the steps of a build (listing, pruning, extraction, storing, editions,
the report); one document's part is in :mod:`kg.build_documents`, the store's graphs beside
the documents' in :mod:`kg.build_store`, the report in :mod:`kg.build_report`.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable
from importlib.metadata import entry_points
from typing import TYPE_CHECKING

from kg.build_documents import (
    Job,
    content_hash,
    default_workers,
    extract_all,
    extract_graph,
    extract_triples,
    plan,
    read_document,
    store_one,
)
from kg.build_report import BuildReport, write_report
from kg.build_store import count_entities, load_ontology, store_tracking, stored_hashes
from kg.errors import CorpusError, PolicyKGError
from kg.read.corpus import load_corpus
from kg.settings import Settings
from kg.store.writer import BuildLock, writing

if TYPE_CHECKING:
    from kg.track.graph import Kept

# What other packages, benchmarks and tests import from here.
__all__ = [
    "BuildReport",
    "build",
    "content_hash",
    "default_workers",
    "extract_graph",
    "extract_triples",
    "read_document",
]


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
            stored = stored_hashes(writer)
            present = {e.id for e in corpus.entries}
            absent = sorted(doc_id for doc_id in stored if doc_id not in present)
            if absent:
                _check_prune(settings, len(absent), len(stored), prune, notice or (lambda _msg: None))
            total = len(corpus.entries)
            jobs: list[Job] = []
            for entry in corpus.entries:
                result, job = plan(entry, settings, stored, force)
                report.documents.append(result)
                if job is not None:
                    jobs.append(job)
            writer.expect_graphs(len(jobs))
            for n, (job, extracted) in enumerate(extract_all(jobs, workers), start=1):
                say(f"[{n}/{len(jobs)} of {total}] {job.entry.path.name}")
                store_one(job, extracted, writer, report)
            changed = any(d.status == "built" for d in report.documents)
            for doc_id in absent:
                if prune:
                    writer.remove_graphs(stored[doc_id][1])
                    report.removed.append(doc_id)
                    changed = True
                else:
                    report.kept.append(doc_id)
            changed = load_ontology(writer) or changed
            writer.finish_merge()
            graphs = {doc_id: stored[doc_id][1][0] for doc_id in report.kept}
            graphs.update((d.id, d.graph) for d in report.documents if d.graph)
            if store_tracking(writer, corpus.entries, report, kept_pairs, graphs):
                changed = True
                writer.finish_merge()
            report.entities = count_entities(writer)
            report.triples = writer.quad_count()
            if not changed:
                # Nothing to swap in: the current generation stays exactly as it was.
                writer.discard()
        _run_build_steps(settings, report, say)
    report.seconds = round(time.monotonic() - started, 3)
    if changed or report.failed or report.step_failures:
        # A build that changed nothing leaves the data folder as it was, report included.
        write_report(settings, report)
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
