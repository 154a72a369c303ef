"""Read-only SPARQL over the embedded store, for the CLI.

Queries run as on the web endpoint (:mod:`kg.store.sparql`): the same checks
(updates, SERVICE and LOAD refused; graphs the store does not hold are empty),
on Oxigraph opened read-only, in a killable worker process under the same time
limit (setting ``query_timeout_s``), so a runaway query stops with one error
line instead of running for ever.  The default graph is the union of all
graphs and the project's prefixes are declared.  Unlike the endpoint, the
command line returns every row.

Takes the settings and a query; gives the result as Oxigraph objects and text.
"""

from __future__ import annotations

import io
import unicodedata

import pyoxigraph as ox

from kg.errors import QueryError
from kg.settings import Settings
from kg.store.checks import check_nesting, check_query, one_line
from kg.store.sparql import QueryRequest
from kg.store.workers import embedded_runner

__all__ = ["QueryResult", "check_query", "format_result", "one_line", "run_query"]

QueryResult = ox.QuerySolutions | ox.QueryBoolean | list[ox.Triple]

# The command line prints every row; the worker still stops at the time limit.
_ALL_ROWS = 2**62


def run_query(settings: Settings, query: str) -> QueryResult:
    """Run ``query`` in a worker process under ``query_timeout_s``; raises :class:`QueryError`
    (or :class:`~kg.errors.QueryTimeoutError`) with one line saying why."""
    check_nesting(query, settings.max_query_nesting)
    runner = embedded_runner(
        settings.data_dir,
        settings.query_timeout_s,
        _ALL_ROWS,
        settings.max_query_bytes,
        workers=1,
        memory_mb=settings.sparql_worker_memory_mb,
        replace=False,
    )
    try:
        output = runner.run(QueryRequest(query, result_formats=("json",), graph_formats=("nt",)))
    finally:
        runner.close()
    if output.kind == "graph":
        return [q.triple for q in ox.parse(output.body, ox.RdfFormat.N_TRIPLES)]
    return ox.parse_query_results(output.body, ox.QueryResultsFormat.JSON)


_RESULT_FORMATS = {
    "json": ox.QueryResultsFormat.JSON,
    "xml": ox.QueryResultsFormat.XML,
    "csv": ox.QueryResultsFormat.CSV,
    "tsv": ox.QueryResultsFormat.TSV,
}
_GRAPH_FORMATS = {"turtle": ox.RdfFormat.TURTLE, "nt": ox.RdfFormat.N_TRIPLES, "jsonld": ox.RdfFormat.JSON_LD}


def _cell(term: object) -> str:
    if term is None:
        return ""
    if isinstance(term, ox.NamedNode | ox.Literal | ox.BlankNode):
        return term.value
    return str(term)


def format_result(result: QueryResult, fmt: str | None) -> str:
    """Serialise a result; with no format, SELECT prints an aligned table."""
    if isinstance(result, list):
        rdf_format = _GRAPH_FORMATS.get(fmt or "turtle")
        if rdf_format is None:
            raise QueryError(f"--format {fmt}: CONSTRUCT and DESCRIBE give a graph; use turtle, nt or jsonld")
        buf = io.BytesIO()
        ox.serialize(result, buf, rdf_format)
        return buf.getvalue().decode("utf-8")
    if fmt is None:
        return _table(result)
    results_format = _RESULT_FORMATS.get(fmt)
    if results_format is None:
        raise QueryError(f"--format {fmt}: SELECT and ASK give results; use json, csv, tsv or xml")
    buf = io.BytesIO()
    result.serialize(buf, results_format)
    return buf.getvalue().decode("utf-8") + ("" if fmt in {"csv", "tsv"} else "\n")


def _width(text: str) -> int:
    # Japanese characters take two columns in a terminal.
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _pad(text: str, width: int) -> str:
    return text + " " * (width - _width(text))


def _table(result: ox.QuerySolutions | ox.QueryBoolean) -> str:
    if isinstance(result, ox.QueryBoolean):
        return ("true" if bool(result) else "false") + "\n"
    names = [v.value for v in result.variables]
    rows = [[_cell(solution[i]) for i in range(len(names))] for solution in result]
    widths = [max([_width(n), *(_width(r[i]) for r in rows)]) for i, n in enumerate(names)]
    lines = ["  ".join(_pad(n, w) for n, w in zip(names, widths, strict=True)).rstrip()]
    lines += ["  ".join(_pad(c, w) for c, w in zip(r, widths, strict=True)).rstrip() for r in rows]
    lines.append(f"({len(rows)} rows)")
    return "\n".join(lines) + "\n"
