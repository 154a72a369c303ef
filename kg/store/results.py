"""SPARQL results written in the format a client accepts, cut at the row limit."""

from __future__ import annotations

import io
import itertools
import json
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, Literal

import pyoxigraph as ox

from kg.errors import QueryError
from kg.rdf.namespaces import PREFIXES

ResultKind = Literal["solutions", "boolean", "graph"]


# name → (format, media type); the first of each table is the default.
RESULT_FORMATS: dict[str, tuple[ox.QueryResultsFormat, str]] = {
    "json": (ox.QueryResultsFormat.JSON, "application/sparql-results+json"),
    "xml": (ox.QueryResultsFormat.XML, "application/sparql-results+xml"),
    "csv": (ox.QueryResultsFormat.CSV, "text/csv"),
    "tsv": (ox.QueryResultsFormat.TSV, "text/tab-separated-values"),
}


GRAPH_FORMATS: dict[str, tuple[ox.RdfFormat, str]] = {
    "turtle": (ox.RdfFormat.TURTLE, "text/turtle"),
    "nt": (ox.RdfFormat.N_TRIPLES, "application/n-triples"),
    "jsonld": (ox.RdfFormat.JSON_LD, "application/ld+json"),
    "rdfxml": (ox.RdfFormat.RDF_XML, "application/rdf+xml"),
}


_TEXT_TYPES = {"text/csv", "text/tab-separated-values", "text/turtle"}


_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"


class UnacceptableFormatError(Exception):
    """No format the client accepts fits the query's kind of result (HTTP 406)."""


@dataclass(frozen=True, slots=True)
class QueryOutput:
    """A serialised result, bounded by the row limit."""

    body: bytes
    media_type: str
    format: str
    kind: ResultKind
    count: int
    truncated: bool


def term_json(term: Any) -> dict[str, Any]:
    """A term as SPARQL results JSON writes it (RDF 1.2 triple terms included)."""
    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    if isinstance(term, ox.Literal):
        out: dict[str, Any] = {"type": "literal", "value": term.value}
        if term.language:
            out["xml:lang"] = term.language
            if term.direction:
                out["its:dir"] = str(term.direction)
        elif term.datatype.value != _XSD_STRING:
            out["datatype"] = term.datatype.value
        return out
    if isinstance(term, ox.Triple):
        return {
            "type": "triple",
            "value": {k: term_json(getattr(term, k)) for k in ("subject", "predicate", "object")},
        }
    raise QueryError(f"cannot serialise a {type(term).__name__} in the results")


def bounded_rows(result: ox.QuerySolutions, max_rows: int) -> tuple[list[str], list[Any], bool]:
    """The variable names, at most ``max_rows`` rows, and whether there were more."""
    names = [v.value for v in result.variables]
    rows = list(itertools.islice(result, max_rows + 1))
    truncated = len(rows) > max_rows
    return names, rows[:max_rows], truncated


def solutions_output(
    names: list[str], rows: list[Any], truncated: bool, fmt_name: str, max_rows: int
) -> QueryOutput:
    """The rows serialised in the format ``fmt_name`` (a name of :data:`RESULT_FORMATS`)."""
    results_format, media = RESULT_FORMATS[fmt_name]
    if fmt_name == "json":
        body = _json_results(names, rows, max_rows if truncated else None)
    else:
        # Oxigraph serialises only its own solutions: the rows go back to it as a JSON document.
        parsed = ox.parse_query_results(_json_results(names, rows, None), ox.QueryResultsFormat.JSON)
        assert isinstance(parsed, ox.QuerySolutions)
        buf = io.BytesIO()
        parsed.serialize(buf, results_format)
        body = buf.getvalue()
    return QueryOutput(body, media_type(media), fmt_name, "solutions", len(rows), truncated)


def _json_results(names: list[str], rows: list[Any], truncated_at: int | None) -> bytes:
    """SPARQL 1.1 Query Results JSON; a cut answer says so in a ``policykg`` member."""
    bindings = [
        {name: term_json(row[i]) for i, name in enumerate(names) if row[i] is not None} for row in rows
    ]
    doc: dict[str, Any] = {}
    if truncated_at is not None:
        doc["policykg"] = {"truncated": True, "maxRows": truncated_at}
    doc["head"] = {"vars": names}
    doc["results"] = {"bindings": bindings}
    return json.dumps(doc, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def media_type(media_type: str) -> str:
    return media_type + "; charset=utf-8" if media_type in _TEXT_TYPES else media_type


def graph_output(triples: Iterable[Any], fmt_name: str, max_rows: int) -> QueryOutput:
    """A CONSTRUCT or DESCRIBE result written in ``fmt_name``, cut at ``max_rows`` triples."""
    rdf_format, media = GRAPH_FORMATS[fmt_name]
    kept = list(itertools.islice(triples, max_rows + 1))
    truncated = len(kept) > max_rows
    kept = kept[:max_rows]
    buf = io.BytesIO()
    ox.serialize(kept, buf, rdf_format, prefixes=PREFIXES)
    return QueryOutput(buf.getvalue(), media_type(media), fmt_name, "graph", len(kept), truncated)


def boolean_output(result: ox.QueryBoolean, fmt_name: str) -> QueryOutput:
    """An ASK result written in ``fmt_name``."""
    results_format, media = RESULT_FORMATS[fmt_name]
    buf = io.BytesIO()
    result.serialize(buf, results_format)
    return QueryOutput(buf.getvalue(), media_type(media), fmt_name, "boolean", 1, False)
