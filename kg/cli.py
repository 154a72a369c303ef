"""The ``policykg`` command line.

Exit codes: 0 success; 1 a failure the user can act on (one clear line on
stderr, no traceback); 2 a usage error.

The module is longer than 500 lines because it is the one command group: a short function
per command, each handing its work to the stage that does it.  Commands kept in other
modules would have to import the group back to register with it.
"""

from __future__ import annotations

import json
import logging
import signal
import sys
import threading
from collections.abc import Callable
from importlib.metadata import entry_points
from pathlib import Path
from typing import Any, NoReturn

import click

from kg.display import one_line
from kg.errors import PolicyKGError, UsageError
from kg.export.picture_cli import add_picture_commands
from kg.settings import SETTINGS, Settings, load_settings

DATA_HELP = "Data folder (default: ./data, or POLICYKG_DATA_DIR)."
OUTPUT_HELP = (
    "Output file ('-' for standard output); a file already there is replaced once the new one is complete."
)


def status(message: str) -> None:
    """A line about what a command did ("wrote …"): on stderr, so stdout carries only the output."""
    click.echo(message, err=True)


def output_name(path: Path | str) -> str:
    return "standard output" if str(path) == "-" else str(path)


def settings_from(**overrides: Any) -> Settings:
    """The effective settings with the options the user gave (None = not given)."""
    return load_settings(overrides=overrides)


_settings = settings_from


def echo_json(value: Any) -> None:
    click.echo(json.dumps(value, ensure_ascii=False, indent=2))


_echo_json = echo_json


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


def _settings_epilog() -> str:
    lines = ["\b", "Settings (policykg.toml < POLICYKG_* environment < options):"]
    lines += [f"  {s.env_var:28} {s.help} [default: {s.default}]" for s in SETTINGS]
    return "\n".join(lines)


@click.group(
    context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 110},
    epilog=_settings_epilog(),
)
@click.version_option(package_name="policykg", prog_name="policykg")
def cli() -> None:
    """policykg: a knowledge graph and search system for Japanese government policy documents.

    Build a corpus of reports into an RDF graph and a search index, then search
    it, query it with SPARQL, browse it in the web app and export dependency graphs.
    """
    configure_logging(load_settings().log_level)


def configure_logging(level: str) -> None:
    """Send log records at ``level`` and above to stderr, once per process.

    Where a handler is already in place (an embedding program, a test runner)
    it is kept and only the level is set.
    """
    root = logging.getLogger()
    if not root.handlers:
        logging.basicConfig(format="%(levelname)s %(name)s: %(message)s")
    root.setLevel(level)
    logging.getLogger(__name__).debug("logging at %s", level)


@cli.command()
@click.option(
    "--corpus", "corpus_dir", type=click.Path(path_type=Path), help="Corpus folder (default: ./corpus)."
)
@click.option("--data", "data_dir", type=click.Path(path_type=Path), help=DATA_HELP)
@click.option(
    "--workers",
    type=click.IntRange(min=0),
    help="Processes that extract changed documents (default: POLICYKG_BUILD_WORKERS, else one per core).",
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

    settings = _settings(corpus_dir=corpus_dir, data_dir=data_dir, build_workers=workers)
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
        _echo_json(report.to_json())
    else:
        click.echo(report.to_text())
    if report.failed:
        raise PolicyKGError(
            f"{len(report.failed)} of {len(report.documents)} documents could not be built; "
            "see the report above"
        )


@cli.command()
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

    settings = _settings()
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
            _echo_json(
                {**render.to_json(doc), "profile": profile_json(found), "entities": entities_json(found)}
            )
        else:
            click.echo(render_entities(found))
        return
    if as_json:
        _echo_json(render.to_json(doc))
    else:
        click.echo(render.render_text(doc))


@cli.command("eval")
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

    settings = _settings(corpus_dir=corpus_dir)
    results = run_eval(gold_dir, settings.corpus_dir)
    for doc_id in unscored(gold_dir, settings.corpus_dir):
        click.echo(
            f"note: {gold_dir / doc_id} not scored: {settings.corpus_dir} has no document {doc_id} "
            "(name a corpus that holds it with --corpus)",
            err=True,
        )
    if as_json:
        _echo_json(
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


@cli.command()
@click.argument("query", required=False)
@click.option(
    "-f", "--file", "query_file", type=click.Path(path_type=Path), help="Read the query from FILE.rq."
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["json", "csv", "tsv", "xml", "turtle", "nt", "jsonld"]),
    help="Result format (default: a table for SELECT, Turtle for CONSTRUCT).",
)
@click.option(
    "-o",
    "--output",
    type=click.Path(path_type=Path),
    help="Write the result to this file ('-' for standard output); CSV and TSV written to a file "
    "are made safe for spreadsheets.",
)
@click.option("--data", "data_dir", type=click.Path(path_type=Path), help=DATA_HELP)
def sparql(
    query: str | None, query_file: Path | None, fmt: str | None, output: Path | None, data_dir: Path | None
) -> None:
    """Run a read-only SPARQL query against the store (the default graph is the union of all graphs).

    Results printed on standard output keep the exact W3C formats; CSV and TSV
    written with -o FILE are for spreadsheets, so cells that a spreadsheet would
    run as a formula (starting with = + - @) get a leading single quote.
    """
    from kg.export.outputs import is_stdout, write_bytes
    from kg.export.spreadsheets import neutralise_results
    from kg.store.query import format_result, run_query

    if (query is None) == (query_file is None):
        raise UsageError("give a QUERY or -f FILE.rq (one of them)")
    if query_file is not None:
        try:
            query = query_file.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise PolicyKGError(f"{query_file}: cannot read the query ({exc})") from None
    assert query is not None
    settings = _settings(data_dir=data_dir)
    result = run_query(settings, query)
    data = format_result(result, fmt).encode("utf-8")
    if output is None or is_stdout(output):
        write_bytes("-", data)
        return
    if fmt in {"csv", "tsv"}:
        data = neutralise_results(data, fmt)
    write_bytes(output, data)
    status(f"wrote {output}")


@cli.group()
def export() -> None:
    """Export a slice of the graph for briefings."""


@export.command("graph")
@click.option("--law", help="Focus on this law (name or abbreviation).")
@click.option("--agency", help="Focus on this agency.")
@click.option("--issue", help="Focus on this issue number, e.g. 3.2.")
@click.option("--entity", help="Focus on this entity IRI.")
@click.option("--depth", type=int, default=2, show_default=True, help="How many links away from the focus.")
@click.option(
    "--format",
    "fmt",
    required=True,
    type=click.Choice(["graphml", "gexf", "dot", "mermaid", "csv", "json", "svg", "png"]),
    help="Output format.",
)
@click.option(
    "-o",
    "--output",
    type=click.Path(),  # a str: Path() would drop the trailing slash that marks a folder
    required=True,
    help="Output file ('-' for standard output; for csv a folder, or a path ending in /, "
    "gets nodes.csv and edges.csv); a file already there is replaced once the new one is complete.",
)
@click.option("--data", "data_dir", type=click.Path(path_type=Path), help=DATA_HELP)
def export_graph(
    law: str | None,
    agency: str | None,
    issue: str | None,
    entity: str | None,
    depth: int,
    fmt: str,
    output: str,
    data_dir: Path | None,
) -> None:
    """A dependency graph around a law, agency, issue or entity, in the formats analysts use.

    GraphML (yEd, Gephi, Cytoscape), GEXF, DOT (Graphviz), Mermaid, CSV (one
    edge list with both ends' IRIs and labels, the relation and its basis; a
    folder gets nodes.csv and edges.csv, a .zip both), JSON (node-link and
    Cytoscape.js) and rendered SVG or PNG with Japanese labels.  CSV cells that
    a spreadsheet would run as a formula get a leading single quote.
    """
    from kg.export.formats import export_graph as run_export
    from kg.export.formats import is_folder_path

    settings = _settings(data_dir=data_dir)
    result = run_export(
        settings,
        law=law,
        agency=agency,
        issue=issue,
        entity=entity,
        depth=depth,
        fmt=fmt,
        output=output,
        max_nodes=settings.max_graph_nodes,
    )
    note = " (truncated)" if result.truncated else ""
    where = output_name(result.path)
    if fmt == "csv" and is_folder_path(output):
        where = f"{Path(output) / 'nodes.csv'} and {Path(output) / 'edges.csv'}"
    status(f"wrote {where}: {result.nodes} nodes, {result.edges} edges{note}")


add_picture_commands(export)


@cli.command()
@click.option(
    "--format",
    "fmt",
    required=True,
    type=click.Choice(["turtle", "nt", "nq", "trig", "jsonld"]),
    help="turtle and nt hold the union of all graphs; nq, trig and jsonld keep the named graphs.",
)
@click.option("-o", "--output", type=click.Path(path_type=Path), required=True, help=OUTPUT_HELP)
@click.option("--data", "data_dir", type=click.Path(path_type=Path), help=DATA_HELP)
def dump(fmt: str, output: Path, data_dir: Path | None) -> None:
    """Write the whole graph to a file."""
    from kg.export.outputs import open_output
    from kg.store.formats import format_from_name
    from kg.store.reader import ReadStore

    settings = _settings(data_dir=data_dir)
    store = ReadStore(settings.data_dir)
    rdf_format = format_from_name(fmt)
    with open_output(output) as out:
        store.dump(out, rdf_format)
    status(f"wrote {output_name(output)}")


@cli.command()
@click.argument("file", type=click.Path(path_type=Path))
@click.option(
    "--graph",
    "graph_iri",
    help="Named graph to load into, replacing it (default: one derived from the file name); "
    "the graphs the build owns are refused.",
)
@click.option("--format", "fmt", help="RDF format (default: from the file extension).")
@click.option("--data", "data_dir", type=click.Path(path_type=Path), help=DATA_HELP)
def load(file: Path, graph_iri: str | None, fmt: str | None, data_dir: Path | None) -> None:
    """Add external RDF (e.g. e-Gov law data) to the store; parsed locally, nothing fetched.

    The file replaces its graph; a TriG or N-Quads file without --graph adds to its
    own named graphs.  A document's graph, the ontology's and the merge are refused.
    """
    from kg.store.loading import load_file

    settings = _settings(data_dir=data_dir)
    loaded = load_file(settings, file, graph_iri=graph_iri, fmt=fmt)
    status(one_line(loaded.to_text(file)))


DIFF_TYPES = ("Goal", "Theme", "Issue", "Measure", "ProgressUpdate", "Target")


@cli.command()
@click.argument("old")
@click.argument("new")
@click.option(
    "--type",
    "types",
    multiple=True,
    type=click.Choice(DIFF_TYPES),
    help="Only changes of items of this class (repeatable).",
)
@click.option("--json", "as_json", is_flag=True, help="Print the diff as JSON.")
@click.option("--data", "data_dir", type=click.Path(path_type=Path), help=DATA_HELP)
def diff(old: str, new: str, types: tuple[str, ...], as_json: bool, data_dir: Path | None) -> None:
    """What changed between two editions of a report (OLD and NEW are document ids).

    Counts per kind of change, then the changes grouped by issue: items added and
    dropped, titles reworded, status (予定 → 実施 → 済), dates moved, laws and
    agencies added or removed, targets changed.  Exit code 1 when a document is
    not built or is not an edition of the other's series.
    """
    from kg.store.reader import ReadStore
    from kg.track.diff import diff as run_diff

    settings = _settings(data_dir=data_dir)
    result = run_diff(ReadStore(settings.data_dir), old, new, set(types) or None)
    if as_json:
        _echo_json(result.to_json())
    else:
        click.echo(result.to_text())


@cli.command()
@click.option("--data", "data_dir", type=click.Path(path_type=Path), help=DATA_HELP)
@click.option("--json", "as_json", is_flag=True, help="Print violations as JSON.")
def validate(data_dir: Path | None, as_json: bool) -> None:
    """Check the graph against the SHACL shapes; violations in plain words."""
    from kg.rdf.validate import validate as run_validate
    from kg.store.reader import ReadStore

    settings = _settings(data_dir=data_dir)
    store = ReadStore(settings.data_dir)
    report = run_validate(store.dataset)
    if as_json:
        _echo_json({"conforms": report.conforms, "violations": [vars(v) for v in report.violations]})
    else:
        click.echo(report.to_text())
    if not report.conforms:
        sys.exit(1)


@cli.command()
@click.option(
    "--endpoint", required=True, help="Graph Store HTTP Protocol URL, e.g. http://127.0.0.1:7878/store."
)
@click.option(
    "--default-graph/--no-default-graph",
    default=None,
    help="Also PUT the merge of all graphs to ENDPOINT?default (default: try, warn if refused).",
)
@click.option(
    "--merged-graph",
    metavar="IRI",
    help="Also PUT the merge as this named graph (Virtuoso: query with ?default-graph-uri=IRI).",
)
@click.option("--dry-run", is_flag=True, help="List what would be sent; contact nothing.")
@click.option("--data", "data_dir", type=click.Path(path_type=Path), help=DATA_HELP)
def push(
    endpoint: str, default_graph: bool | None, merged_graph: str | None, dry_run: bool, data_dir: Path | None
) -> None:
    """Send every named graph to a SPARQL 1.1 server (Oxigraph, Fuseki, Virtuoso …).

    ENDPOINT is the server's Graph Store HTTP Protocol URL: Oxigraph server
    http://host:7878/store, Fuseki http://host:3030/DATASET/data.  Each graph is
    replaced, so pushing twice gives the same result.
    """
    from kg.store.push import push_graphs, summary

    settings = _settings(data_dir=data_dir)
    # A dry run's list is what was asked for (stdout); a real push's lines report progress (stderr).
    say = click.echo if dry_run else status
    done = []
    for item in push_graphs(
        settings, endpoint, default_graph=default_graph, merged_graph=merged_graph, dry_run=dry_run
    ):
        done.append(item)
        say(f"{'would push' if dry_run else 'pushed'} {item.triples} triples to {item.graph}")
    say(summary(done, endpoint, dry_run=dry_run))


def _load_plugins() -> None:
    """Commands of the other packages (web's `serve`, search's `search`) register
    through the ``policykg.commands`` entry-point group, so that kg never imports them."""
    for ep in entry_points(group="policykg.commands"):
        command = ep.load()
        if isinstance(command, click.Command) and ep.name not in cli.commands:
            cli.add_command(command, ep.name)


def _fail(message: str, code: int) -> NoReturn:
    click.echo(f"policykg: {one_line(message)}", err=True)
    sys.exit(code)


def main(argv: list[str] | None = None) -> None:
    """Entry point: one line on stderr for every error, never a traceback."""
    try:
        _load_plugins()
        rv = cli.main(args=argv, prog_name="policykg", standalone_mode=False)
        if isinstance(rv, int) and rv:
            sys.exit(rv)
    except click.exceptions.NoArgsIsHelpError as exc:
        # No command: the usage on stderr and exit 2, as click's own scripts do.
        click.echo(exc.ctx.get_help() if exc.ctx else "policykg --help", err=True)
        sys.exit(2)
    except click.exceptions.Exit as exc:
        sys.exit(exc.exit_code)
    except click.exceptions.Abort:
        _fail("aborted", 1)
    except click.UsageError as exc:
        where = exc.ctx.command_path if exc.ctx else "policykg"
        _fail(f"{exc.format_message()} (see `{where} --help`)", 2)
    except click.ClickException as exc:
        _fail(exc.format_message(), 1)
    except UsageError as exc:
        _fail(exc.message, 2)
    except PolicyKGError as exc:
        _fail(exc.message, 1)
    except KeyboardInterrupt:
        _fail("interrupted", 130)
    except BrokenPipeError:
        sys.exit(0)
    except Exception as exc:  # the last line of defence: still one line, no traceback
        _fail(f"unexpected error: {type(exc).__name__}: {exc}", 1)


if __name__ == "__main__":
    main()
