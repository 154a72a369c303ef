"""The commands of ``policykg`` that read documents: ``build`` (and ``build --watch``),
``inspect`` and ``eval``.

Takes the command-line options; hands the work to :mod:`kg.build`, :mod:`kg.build_watch`,
:mod:`kg.read` and :mod:`kg.extract`, and prints what they give.  The commands are
registered on the group by :mod:`kg.cli`.
"""

from __future__ import annotations

import json
import signal
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click

from kg.cli_options import DATA_HELP, echo_json, settings_from
from kg.display import one_line
from kg.errors import PolicyKGError
from kg.settings import Settings


def _watch(
    settings: Settings, *, as_json: bool, quiet: bool, force: bool, prune: bool, say: Callable[[str], None]
) -> None:
    """``build --watch``: a report per change until interrupted."""
    from kg.build import BuildReport
    from kg.build_watch import changes_text, watch

    def report(result: BuildReport, noticed: float | None) -> None:
        if as_json:
            click.echo(json.dumps(result.to_json(), ensure_ascii=False))
        else:
            click.echo(result.to_text() if noticed is None else changes_text(result, noticed))
        say(f"watching {settings.corpus_dir} for changes (Ctrl-C stops)")

    def error(exc: PolicyKGError) -> None:
        say(f"error: {exc.message}; the data folder is as the last build left it")

    workers = None if settings.build_workers == 0 else settings.build_workers
    # Ctrl-C (or a SIGTERM) lets the pass under way finish and then stops; a second one stops at
    # once.  An interrupt raised inside a pass could leave its worker processes waiting forever.
    stopping = threading.Event()

    def on_signal(signum: int, frame: object) -> None:
        if stopping.is_set():
            raise KeyboardInterrupt
        stopping.set()

    previous = {sig: signal.signal(sig, on_signal) for sig in (signal.SIGINT, signal.SIGTERM)}
    try:
        watch(
            settings,
            on_report=report,
            on_error=error,
            stop=stopping.is_set,
            force=force,
            prune=prune,
            workers=workers,
            progress=None if quiet else say,
            notice=say,
        )
    except KeyboardInterrupt:
        pass  # a pass cut short commits nothing: the data folder is as the last whole pass left it
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
    say("stopped watching")


@click.command()
@click.option(
    "--corpus", "corpus_dir", type=click.Path(path_type=Path), help="Corpus folder (default: ./corpus)."
)
@click.option("--data", "data_dir", type=click.Path(path_type=Path), help=DATA_HELP)
@click.option(
    "--workers",
    type=click.IntRange(min=0),
    help="Processes that extract changed documents (default: POLICYKG_BUILD_WORKERS, "
    "else one, and one more per 50 documents up to one per core).",
)
@click.option("--json", "as_json", is_flag=True, help="Print the build report as JSON.")
@click.option("--force", is_flag=True, help="Rebuild every document, changed or not.")
@click.option(
    "--prune",
    is_flag=True,
    help="Remove from the store the documents no longer in the corpus (at most POLICYKG_MAX_PRUNE_SHARE "
    "of them; without --prune they are kept).",
)
@click.option(
    "--watch",
    is_flag=True,
    help="Build, then keep the pipeline loaded and build again whenever a file of the corpus changes "
    "(one report per change; Ctrl-C stops).",
)
def build(
    corpus_dir: Path | None,
    data_dir: Path | None,
    workers: int | None,
    as_json: bool,
    force: bool,
    prune: bool,
    watch: bool,
) -> None:
    """Read every document of the corpus, extract, link, store and index it.

    Incremental: documents whose content did not change are skipped.  Documents
    built before but no longer in the corpus are kept unless --prune is given.
    The build report (documents, entities by type, triples, warnings, failures)
    is printed at the end and written to DATA/build-report.json; a build that
    changes nothing writes nothing.  Exit code 1 when any document failed.

    With --watch the build goes on: each change to the corpus is built as it
    comes, and only what changed is reported; a document that fails is named
    with its reason and its previous version stays.
    """
    from kg.build import build as run_build

    settings = settings_from(corpus_dir=corpus_dir, data_dir=data_dir, build_workers=workers)
    quiet = as_json or not sys.stderr.isatty()

    def to_stderr(message: str) -> None:
        click.echo(one_line(message), err=True)

    if watch:
        _watch(settings, as_json=as_json, quiet=quiet, force=force, prune=prune, say=to_stderr)
        return

    report = run_build(
        settings,
        progress=None if quiet else to_stderr,
        force=force,
        workers=None if settings.build_workers == 0 else settings.build_workers,
        prune=prune,
        notice=to_stderr,
    )
    if as_json:
        echo_json(report.to_json())
    else:
        click.echo(report.to_text())
    if report.failed:
        raise PolicyKGError(
            f"{len(report.failed)} of {len(report.documents)} documents could not be built; "
            "see the report above"
        )


@click.command()
@click.argument("file", type=click.Path(path_type=Path))
@click.option("--entities", is_flag=True, help="Show the items and entities extracted, in place, by type.")
@click.option(
    "--date",
    "report",
    type=click.DateTime(formats=["%Y-%m-%d"]),
    help="The document's date, for era years like 「3年9月」 (default: the first date in its text).",
)
@click.option("--json", "as_json", is_flag=True, help="Print as JSON.")
def inspect(file: Path, entities: bool, report: Any, as_json: bool) -> None:
    """Show a document as read: section tree, blocks and line numbers."""
    from kg.read import inspect as render
    from kg.read import read_document

    settings = settings_from()
    doc = read_document(
        file, max_bytes=settings.max_document_bytes, max_unpacked_bytes=settings.max_unpacked_bytes
    )
    if entities:
        import datetime as dt

        from kg.extract.extraction import extract
        from kg.extract.inspect import entities_json, profile_json, render_entities
        from kg.read.corpus import guess_date

        # The era of 「3年9月」 comes from the document's date: its own, else today.
        report_date = (
            (report.date() if report else None) or guess_date(doc.text.splitlines()) or dt.date.today()
        )
        found = extract(
            doc, report_date, profile_dir=Path(settings.profile_dir) if settings.profile_dir else None
        )
        if as_json:
            echo_json(
                {**render.to_json(doc), "profile": profile_json(found), "entities": entities_json(found)}
            )
        else:
            click.echo(render_entities(found))
        return
    if as_json:
        echo_json(render.to_json(doc))
    else:
        click.echo(render.render_text(doc))


@click.command("eval")
@click.option(
    "--gold",
    "gold_dir",
    type=click.Path(path_type=Path),
    default=Path("tests/gold"),
    show_default=True,
    help="Folder of annotated expectations, one subfolder per document id.",
)
@click.option(
    "--corpus", "corpus_dir", type=click.Path(path_type=Path), help="Corpus folder (default: ./corpus)."
)
@click.option("--misses", is_flag=True, help="Also list every missed and extra item.")
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON.")
def evaluate(gold_dir: Path, corpus_dir: Path | None, misses: bool, as_json: bool) -> None:
    """Score extraction against annotated expectations: precision, recall and F1 per type."""
    from kg.extract.evaluate import evaluate as run_eval
    from kg.extract.evaluate import render, unscored

    settings = settings_from(corpus_dir=corpus_dir)
    results = run_eval(gold_dir, settings.corpus_dir)
    for doc_id in unscored(gold_dir, settings.corpus_dir):
        click.echo(
            f"note: {gold_dir / doc_id} not scored: {settings.corpus_dir} has no document {doc_id} "
            "(name a corpus that holds it with --corpus)",
            err=True,
        )
    if as_json:
        echo_json(
            {
                r.doc_id: {
                    s.name: {
                        "gold": s.gold,
                        "found": s.found,
                        "correct": s.correct,
                        "precision": s.precision,
                        "recall": s.recall,
                        "f1": s.f1,
                    }
                    for s in [*r.scores.values(), r.date_values]
                }
                for r in results
            }
        )
    else:
        click.echo(render(results, misses=misses))
