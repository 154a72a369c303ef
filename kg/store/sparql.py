"""SPARQL protocol requests answered safely: their evaluation, and the runners behind ``/sparql``.

Three layers keep a query from reaching outside the store or running for ever:

1. :func:`kg.store.checks.check_query` refuses what a read-only, offline endpoint
   must not run (updates, SERVICE, LOAD) and lists the FROM / FROM NAMED graphs.
2. :func:`execute` runs on Oxigraph opened read-only: every graph the query
   names (FROM, FROM NAMED, the protocol's default-graph-uri and
   named-graph-uri) must be a graph of the store, checked before evaluation,
   and results are cut at a row limit (:mod:`kg.store.results` writes them).
3. :class:`kg.store.workers.EmbeddedRunner` does all of that in a small pool of
   worker processes, each killed and replaced when its query passes the
   wall-clock limit or its memory cap.

A :class:`Runner` is what the web app holds; a :class:`RemoteRunner` (``serve
--sparql-endpoint``) can stand in for the embedded one.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, Protocol

import pyoxigraph as ox

from kg.errors import QueryError, StoreError
from kg.rdf.namespaces import PREFIXES
from kg.store.checks import CheckedQuery, check_query, one_line
from kg.store.remote import GRAPH_ACCEPT, SELECT_ACCEPT, RemoteStore, with_prologue
from kg.store.results import (
    GRAPH_FORMATS,
    RESULT_FORMATS,
    QueryOutput,
    UnacceptableFormatError,
    boolean_output,
    bounded_rows,
    graph_output,
    solutions_output,
)

# ---------------------------------------------------------------------------
# evaluation


@dataclass(frozen=True, slots=True)
class QueryRequest:
    """One protocol request: the query, its dataset and the formats the client accepts.

    ``result_formats`` (names of :data:`RESULT_FORMATS`) serve SELECT and ASK,
    ``graph_formats`` (names of :data:`GRAPH_FORMATS`) CONSTRUCT and DESCRIBE,
    each in the client's order of preference.
    """

    query: str
    default_graphs: tuple[str, ...] = ()
    named_graphs: tuple[str, ...] = ()
    result_formats: tuple[str, ...] = ("json",)
    graph_formats: tuple[str, ...] = ("turtle",)
    base_iri: str | None = None


@dataclass(frozen=True, slots=True)
class Limits:
    timeout_s: float
    max_rows: int
    max_query_bytes: int


def _graph_node(iri: str) -> ox.NamedNode:
    """The graph ``iri`` names; one the store does not hold is empty (never fetched)."""
    try:
        return ox.NamedNode(iri)
    except ValueError:
        raise QueryError(f"{iri!r} is not an absolute IRI") from None


GRAPH_FORMS = frozenset({"CONSTRUCT", "DESCRIBE"})


def output_format(checked: CheckedQuery, request: QueryRequest) -> str:
    """The first format the client accepts that fits the query's kind of result."""
    graph_result = checked.form in GRAPH_FORMS
    names = request.graph_formats if graph_result else request.result_formats
    table: dict[str, Any] = GRAPH_FORMATS if graph_result else RESULT_FORMATS
    fmt_name = next((n for n in names if n in table), None)
    if fmt_name is None:
        offered = ", ".join(media for _, media in table.values())
        raise UnacceptableFormatError(f"a {checked.form} query answers in one of: {offered}")
    return fmt_name


def execute(
    store: ox.Store, request: QueryRequest, limits: Limits, *, deep_check: bool = True
) -> QueryOutput:
    """Check ``request``, run it on ``store`` and serialise the result (at most ``max_rows``).

    ``deep_check``: see :func:`check_query`.
    """
    checked = check_query(request.query, limits.max_query_bytes, request.base_iri, deep=deep_check)
    fmt_name = output_format(checked, request)
    for iri in checked.from_graphs:
        _graph_node(iri)
    options: dict[str, Any] = {}
    if request.default_graphs or request.named_graphs:
        # The protocol's dataset replaces the query's own FROM clauses (SPARQL 1.1 Protocol 2.1.4).
        options["default_graph"] = [_graph_node(iri) for iri in request.default_graphs]
        options["named_graphs"] = [_graph_node(iri) for iri in request.named_graphs]
    try:
        result = store.query(request.query, prefixes=PREFIXES, base_iri=request.base_iri, **options)
    except SyntaxError as exc:
        raise QueryError(f"not a valid SPARQL query: {one_line(str(exc))}") from None
    except (OSError, ValueError) as exc:
        raise QueryError(f"the query failed: {one_line(str(exc))}") from None
    if isinstance(result, ox.QueryTriples):
        return graph_output(result, fmt_name, limits.max_rows)
    if isinstance(result, ox.QueryBoolean):
        return boolean_output(result, fmt_name)
    variables, rows, truncated = bounded_rows(result, limits.max_rows)
    return solutions_output(variables, rows, truncated, fmt_name, limits.max_rows)


# ---------------------------------------------------------------------------
# runners


class Runner(Protocol):
    """Answers protocol requests; the embedded pool and a remote endpoint both fit."""

    def run(self, request: QueryRequest) -> QueryOutput: ...

    def close(self) -> None: ...


# ---------------------------------------------------------------------------
# the remote runner


class RemoteRunner:
    """Answers protocol requests from a remote SPARQL 1.1 endpoint (``serve --sparql-endpoint``).

    The query passes the same checks as on the embedded store before it is
    sent (no updates, SERVICE or LOAD; FROM and the protocol's dataset name
    only the server's own named graphs), with the project's prefixes declared.
    The server is asked for SPARQL results JSON or N-Triples, which every
    server offers; the answer is read only up to the row limit and written in
    the format the client asked for, so the output, its row count and the
    truncation flag are those of the embedded store.
    """

    def __init__(self, endpoint_url: str, limits: Limits) -> None:
        self.limits = limits
        self.remote = RemoteStore(endpoint_url, limits.timeout_s)

    def _check_graphs(self, iris: Iterable[str]) -> None:
        wanted = list(dict.fromkeys(iris))
        if not wanted:
            return
        known = set(self.remote.named_graphs())
        for iri in wanted:
            if iri not in known:
                raise QueryError(f"<{iri}> is not a graph of this store; only its own graphs can be queried")

    def run(self, request: QueryRequest) -> QueryOutput:
        """Check ``request``, forward it and serialise the answer; raises a :class:`QueryError`,
        :class:`StoreError` or :class:`UnacceptableFormatError`."""
        checked = check_query(request.query, self.limits.max_query_bytes, request.base_iri)
        fmt_name = output_format(checked, request)
        graph_result = checked.form in GRAPH_FORMS
        self._check_graphs([*checked.from_graphs, *request.default_graphs, *request.named_graphs])
        query = with_prologue(request.query, request.base_iri)
        max_rows = self.limits.max_rows
        with self.remote.post(
            query,
            GRAPH_ACCEPT if graph_result else SELECT_ACCEPT,
            default_graphs=request.default_graphs,
            named_graphs=request.named_graphs,
        ) as response:
            if graph_result:
                return graph_output(self.remote.triples(response), fmt_name, max_rows)
            result = self.remote.results(response)
            if isinstance(result, ox.QueryBoolean):
                return boolean_output(result, fmt_name)
            try:
                variables, rows, truncated = bounded_rows(result, max_rows)
            except (SyntaxError, ValueError) as exc:
                raise StoreError(
                    f"{self.remote.endpoint.shown}: the answer is not readable SPARQL results "
                    f"({one_line(str(exc))})"
                ) from None
        return solutions_output(variables, rows, truncated, fmt_name, max_rows)

    def close(self) -> None:
        """Nothing to release: every request opens and closes its own connection."""


def remote_runner(endpoint_url: str, timeout_s: float, max_rows: int, max_query_bytes: int) -> RemoteRunner:
    """The runner that forwards to ``endpoint_url`` with the given limits."""
    return RemoteRunner(endpoint_url, Limits(timeout_s, max_rows, max_query_bytes))
