"""Read-only SPARQL over the embedded store, for the CLI.

Queries run on Oxigraph with the default graph as the union of all graphs and
the project's prefixes declared.  Updates are refused (the store is opened
read-only as well), and so are SERVICE and LOAD, which would make the engine
fetch from the network.
"""

from __future__ import annotations

import io
import re
import unicodedata

import pyoxigraph as ox

from kg.errors import QueryError, QueryTooLargeError
from kg.namespaces import PREFIXES
from kg.settings import Settings
from kg.store import ReadStore

QueryResult = ox.QuerySolutions | ox.QueryBoolean | ox.QueryTriples

# Comments and string literals are blanked before looking for keywords, so
# that "SERVICE" inside a label or a comment is not mistaken for the operator.
_STRINGS = re.compile(
    r'"""[\s\S]*?"""|\'\'\'[\s\S]*?\'\'\'|"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\'|<[^<>"\s]*>'
)
_COMMENT = re.compile(r"#[^\n]*")
_FORBIDDEN = re.compile(r"\b(SERVICE|LOAD|INSERT|DELETE|CLEAR|DROP|CREATE|COPY|MOVE|ADD)\b", re.IGNORECASE)


def check_query(query: str, max_bytes: int) -> None:
    """Refuse what a read-only, offline endpoint must not run."""
    size = len(query.encode("utf-8"))
    if size > max_bytes:
        raise QueryTooLargeError(f"the query is {size} bytes; the limit is {max_bytes}")
    bare = _COMMENT.sub(" ", _STRINGS.sub('""', query))
    if m := _FORBIDDEN.search(bare):
        word = m[1].upper()
        if word in {"SERVICE", "LOAD"}:
            raise QueryError(f"{word} is not allowed: queries may only read this store")
        raise QueryError(f"{word}: this endpoint is read-only; updates are refused")


def run_query(settings: Settings, query: str) -> QueryResult:
    check_query(query, settings.max_query_bytes)
    store = ReadStore(settings.data_dir)
    try:
        return store.oxigraph.query(query, prefixes=PREFIXES)
    except SyntaxError as exc:
        raise QueryError(f"not a valid SPARQL query: {one_line(str(exc))}") from None
    except (OSError, ValueError) as exc:
        raise QueryError(f"the query failed: {one_line(str(exc))}") from None


def one_line(message: str, limit: int = 300) -> str:
    """Parser messages span lines and list every expected token; users need the first part."""
    flat = " ".join(message.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


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
