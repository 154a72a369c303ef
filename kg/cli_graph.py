"""The commands of ``policykg`` that work on the built store: ``sparql``, ``export``, ``dump``,
``load``, ``diff``, ``validate`` and ``push``.

Takes the command-line options; hands the work to :mod:`kg.store`, :mod:`kg.export`,
:mod:`kg.rdf` and :mod:`kg.track`, and prints what they give.  The commands are registered
on the group by :mod:`kg.cli`.
"""

from __future__ import annotations

import sys
from pathlib import Path

import click

from kg.cli_options import DATA_HELP, OUTPUT_HELP, echo_json, output_name, settings_from, status
from kg.display import one_line
from kg.errors import PolicyKGError, UsageError
from kg.export.picture_cli import add_picture_commands


@click.command()
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
    settings = settings_from(data_dir=data_dir)
    result = run_query(settings, query)
    data = format_result(result, fmt).encode("utf-8")
    if output is None or is_stdout(output):
        write_bytes("-", data)
        return
    if fmt in {"csv", "tsv"}:
        data = neutralise_results(data, fmt)
    write_bytes(output, data)
    status(f"wrote {output}")


@click.group()
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

    settings = settings_from(data_dir=data_dir)
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


@click.command()
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

    settings = settings_from(data_dir=data_dir)
    store = ReadStore(settings.data_dir)
    rdf_format = format_from_name(fmt)
    with open_output(output) as out:
        store.dump(out, rdf_format)
    status(f"wrote {output_name(output)}")


@click.command()
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

    settings = settings_from(data_dir=data_dir)
    loaded = load_file(settings, file, graph_iri=graph_iri, fmt=fmt)
    status(one_line(loaded.to_text(file)))


DIFF_TYPES = ("Goal", "Theme", "Issue", "Measure", "ProgressUpdate", "Target")


@click.command()
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

    settings = settings_from(data_dir=data_dir)
    result = run_diff(ReadStore(settings.data_dir), old, new, set(types) or None)
    if as_json:
        echo_json(result.to_json())
    else:
        click.echo(result.to_text())


@click.command()
@click.option("--data", "data_dir", type=click.Path(path_type=Path), help=DATA_HELP)
@click.option("--json", "as_json", is_flag=True, help="Print violations as JSON.")
def validate(data_dir: Path | None, as_json: bool) -> None:
    """Check the graph against the SHACL shapes; violations in plain words."""
    from kg.rdf.validate import validate as run_validate
    from kg.store.reader import ReadStore

    settings = settings_from(data_dir=data_dir)
    store = ReadStore(settings.data_dir)
    report = run_validate(store.dataset)
    if as_json:
        echo_json({"conforms": report.conforms, "violations": [vars(v) for v in report.violations]})
    else:
        click.echo(report.to_text())
    if not report.conforms:
        sys.exit(1)


@click.command()
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

    settings = settings_from(data_dir=data_dir)
    # A dry run's list is what was asked for (stdout); a real push's lines report progress (stderr).
    say = click.echo if dry_run else status
    done = []
    for item in push_graphs(
        settings, endpoint, default_graph=default_graph, merged_graph=merged_graph, dry_run=dry_run
    ):
        done.append(item)
        say(f"{'would push' if dry_run else 'pushed'} {item.triples} triples to {item.graph}")
    say(summary(done, endpoint, dry_run=dry_run))
