"""Read-only SPARQL over the embedded store, for the CLI.

Queries run on Oxigraph with the default graph as the union of all graphs and
the project's prefixes declared.  The checks are those of the web endpoint
(:mod:`kg.sparql`): updates are refused (the store is opened read-only as
well), and so are SERVICE and LOAD, which would make the engine fetch from the
network, and FROM graphs that are not in the store.
"""

from __future__ import annotations

import io
import unicodedata

import pyoxigraph as ox

from kg.errors import QueryError
from kg.namespaces import PREFIXES
from kg.settings import Settings
from kg.sparql import check_query, one_line
from kg.store import ReadStore

__all__ = ["QueryResult", "check_query", "format_result", "one_line", "run_query"]

QueryResult = ox.QuerySolutions | ox.QueryBoolean | ox.QueryTriples


def run_query(settings: Settings, query: str) -> QueryResult:
    checked = check_query(query, settings.max_query_bytes)
    store = ReadStore(settings.data_dir)
    for iri in checked.from_graphs:
        if not store.oxigraph.contains_named_graph(ox.NamedNode(iri)):
            raise QueryError(f"<{iri}> is not a graph of this store; only its own graphs can be queried")
    try:
        return store.oxigraph.query(query, prefixes=PREFIXES)
    except SyntaxError as exc:
        raise QueryError(f"not a valid SPARQL query: {one_line(str(exc))}") from None
    except (OSError, ValueError) as exc:
        raise QueryError(f"the query failed: {one_line(str(exc))}") from None


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
    if isinstance(result, ox.QueryTriples):
        rdf_format = _GRAPH_FORMATS.get(fmt or "turtle")
        if rdf_format is None:
            raise QueryError(f"--format {fmt}: CONSTRUCT and DESCRIBE give a graph; use turtle, nt or jsonld")
        buf = io.BytesIO()
        result.serialize(buf, rdf_format)
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
