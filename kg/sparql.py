"""Safe, bounded SPARQL queries: the checks, the evaluation and the runner behind ``/sparql``.

Three layers keep a query from reaching outside the store or running for ever:

1. :func:`check_query` refuses what a read-only, offline endpoint must not run
   (updates, SERVICE, LOAD) and lists the FROM / FROM NAMED graphs.  It reads
   the query twice: rdflib's SPARQL grammar gives the structure, and a lexer
   that knows strings, IRIs, comments, variables and prefixed names looks at
   every bare keyword.  Either one finding SERVICE refuses the query, so a
   disagreement between rdflib's grammar and Oxigraph's fails closed; where
   rdflib cannot parse a query (its parser recurses per triple and gives up
   on a few thousand patterns) the lexer alone decides, and Oxigraph reports
   any syntax error.
2. :func:`execute` runs on Oxigraph opened read-only.  A graph the query
   names (FROM, FROM NAMED, the protocol's default-graph-uri and
   named-graph-uri) that the store does not hold is an empty graph, as
   SPARQL 1.1 Protocol allows: it is never fetched, from the network or a
   file.  Results are cut at a row limit.
3. :class:`EmbeddedRunner` does all of that in a small pool of worker
   processes, because neither rdflib's parser nor Oxigraph can be cancelled:
   a query past its wall-clock limit has its process killed and replaced.
   Workers also drop their network access where the OS allows it (a new user
   and network namespace), a last guard should a SERVICE ever get through,
   and cap their address space (setting ``sparql_worker_memory_mb``), so a
   query that needs unbounded memory kills its own worker rather than the
   machine.

A :class:`Runner` is what the web app holds; a remote runner (``serve
--sparql-endpoint``) can stand in for the embedded one.
"""

from __future__ import annotations

import contextlib
import ctypes
import io
import itertools
import json
import multiprocessing
import os
import queue
import re
import signal
import threading
import time
from collections.abc import Iterable
from dataclasses import dataclass
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess
from pathlib import Path
from typing import Any, Literal, Protocol
from urllib.parse import urljoin

import pyoxigraph as ox

from kg.errors import (
    PolicyKGError,
    QueryError,
    QueryTimeoutError,
    QueryTooLargeError,
    StoreError,
    StoreMissingError,
)
from kg.namespaces import PREFIXES
from kg.processes import limit_memory
from kg.remote import GRAPH_ACCEPT, SELECT_ACCEPT, RemoteStore, with_prologue
from kg.store import current_generation

QueryForm = Literal["SELECT", "ASK", "CONSTRUCT", "DESCRIBE"]
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


def one_line(message: str, limit: int = 300) -> str:
    """Parser messages span lines and list every expected token; users need the first part."""
    flat = " ".join(message.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


# ---------------------------------------------------------------------------
# checks


@dataclass(frozen=True, slots=True)
class CheckedQuery:
    """What the checks learned: the query form and the graphs its dataset clause names."""

    text: str
    form: QueryForm
    from_graphs: tuple[str, ...]
    parsed_by_rdflib: bool


# Token shapes follow the SPARQL 1.1 grammar (section 19.8), so that a keyword
# inside a string, an IRI, a comment, a variable or a prefixed name is never
# taken for the operator.  PN_LOCAL_ESC matters: in ``ex:a\'`` the quote does
# not open a string.
_PN_CHARS_BASE = "A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u02ff\u0370-\u037d\u037f-\u1fff\u200c-\u200d\u2070-\u218f\u2c00-\u2fef\u3001-\ud7ff\uf900-\ufdcf\ufdf0-\ufffd\U00010000-\U000effff"  # noqa: E501
_PN_CHARS = _PN_CHARS_BASE + r"_0-9\-\u00b7\u0300-\u036f\u203f-\u2040"
_PLX = r"%[0-9A-Fa-f]{2}|\\[_~.\-!$&'()*+,;=/?#@%]"
_TOKEN = re.compile(
    rf"""
      (?P<ws>\s+)
    | (?P<comment>\#[^\n\r]*)
    | (?P<iri><[^<>"{{}}|^`\\\x00-\x20]*>)
    | (?P<string>\"\"\"(?:[^"\\]|\\.|"(?!""))*\"\"\"|'''(?:[^'\\]|\\.|'(?!''))*'''
                 |"(?:[^"\\\n\r]|\\.)*"|'(?:[^'\\\n\r]|\\.)*')
    | (?P<var>[?$][{_PN_CHARS}]+)
    | (?P<lang>@[A-Za-z]+(?:-[A-Za-z0-9]+)*)
    | (?P<bnode>_:[{_PN_CHARS}.]*)
    | (?P<pname>(?:[{_PN_CHARS_BASE}](?:[{_PN_CHARS}.]*[{_PN_CHARS}])?)?:
                (?:(?:[{_PN_CHARS}:]|{_PLX})(?:(?:[{_PN_CHARS}.:]|{_PLX})*(?:[{_PN_CHARS}:]|{_PLX}))?)?)
    | (?P<number>[0-9]+(?:\.[0-9]*)?(?:[eE][+-]?[0-9]+)?|\.[0-9]+(?:[eE][+-]?[0-9]+)?)
    | (?P<word>[A-Za-z_][A-Za-z0-9_]*)
    | (?P<other>.)
    """,
    re.VERBOSE | re.DOTALL,
)
_UPDATE_WORDS = {"INSERT", "DELETE", "CLEAR", "DROP", "CREATE", "COPY", "MOVE", "ADD", "WITH", "USING"}
_FORMS: tuple[QueryForm, ...] = ("SELECT", "ASK", "CONSTRUCT", "DESCRIBE")
_PROLOGUE_WORDS = {"BASE", "PREFIX", "VERSION"}


def _tokens(query: str) -> list[tuple[str, str]]:
    return [(m.lastgroup or "other", m.group()) for m in _TOKEN.finditer(query) if m.lastgroup != "ws"]


_OPENERS = frozenset("{([")
_CLOSERS = frozenset("})]")


def check_nesting(query: str, limit: int) -> None:
    """Refuse brackets nested deeper than ``limit`` (the parsers recurse per level, and
    ten thousand levels overflow a worker's stack).  Only brackets of the query itself count:
    those inside strings, IRIs and comments neither nest nor close anything.

    >>> check_nesting('ASK { FILTER("((((((") }', 2)
    """
    if sum(query.count(c) for c in "{([") <= limit:
        return
    depth = deepest = 0
    for match in _TOKEN.finditer(query):
        if match.lastgroup != "other":
            continue
        char = match.group()
        if char in _OPENERS:
            depth += 1
            deepest = max(deepest, depth)
        elif char in _CLOSERS:
            depth = max(0, depth - 1)
    if deepest > limit:
        raise QueryError(f"the query nests brackets {deepest} deep; the limit is {limit}")


def _resolve(term: str, prefixes: dict[str, str], base: str | None) -> str:
    if term.startswith("<"):
        iri = term[1:-1]
        return urljoin(base, iri) if base else iri
    prefix, _, local = term.partition(":")
    if prefix not in prefixes:
        raise QueryError(f"unknown prefix {prefix!r} in {term}")
    return prefixes[prefix] + re.sub(r"\\(.)", r"\1", local)


def _lexical_check(query: str, base_iri: str | None) -> tuple[str | None, list[str]]:
    """The query form (None when there is none) and the FROM graphs, from the tokens."""
    tokens = _tokens(query)
    words = [value.upper() for kind, value in tokens if kind == "word"]
    for word in words:
        if word in {"SERVICE", "LOAD"}:
            raise QueryError(f"{word} is not allowed: queries may only read this store")
    first = next((w for w in words if w not in _PROLOGUE_WORDS), None)
    if first in _UPDATE_WORDS:
        raise QueryError(f"{first}: this endpoint is read-only; updates are refused")
    prefixes = dict(PREFIXES)
    base = base_iri
    graphs: list[str] = []
    for i, (kind, value) in enumerate(tokens):
        upper = value.upper() if kind == "word" else ""
        if upper == "PREFIX" and i + 2 < len(tokens) and tokens[i + 2][0] == "iri":
            prefixes[tokens[i + 1][1].rstrip(":")] = _resolve(tokens[i + 2][1], prefixes, base)
        elif upper == "BASE" and i + 1 < len(tokens) and tokens[i + 1][0] == "iri":
            base = _resolve(tokens[i + 1][1], prefixes, base)
        elif upper == "FROM":
            j = i + 2 if i + 1 < len(tokens) and tokens[i + 1][1].upper() == "NAMED" else i + 1
            if j < len(tokens) and tokens[j][0] in {"iri", "pname"}:
                graphs.append(_resolve(tokens[j][1], prefixes, base))
            else:
                raise QueryError("FROM must name a graph of this store by its IRI")
    form = first if first in _FORMS else None
    return form, graphs


def _walk(node: Any) -> Iterable[Any]:
    """Every node of an rdflib parse tree (CompValues are dicts, ParseResults lists)."""
    stack = [node]
    while stack:
        item = stack.pop()
        yield item
        if isinstance(item, dict):
            stack.extend(item.values())
        elif isinstance(item, list | tuple):
            stack.extend(item)
        elif type(item).__name__ == "ParseResults":
            stack.extend(item)
            stack.extend(item.values())


def _rdflib_check(query: str, base_iri: str | None) -> tuple[str, list[str]] | None:
    """The form and FROM graphs from rdflib's parse tree, or None where rdflib cannot parse."""
    from pyparsing import ParseException
    from rdflib.plugins.sparql.parser import parseQuery

    try:
        tree = parseQuery(query)
    except (ParseException, RecursionError):
        return None
    except Exception:  # rdflib raises bare exceptions in places; Oxigraph will judge the query
        return None
    prefixes = dict(PREFIXES)
    base = base_iri
    for decl in tree[0]:
        if decl.name == "PrefixDecl":
            prefixes[decl.get("prefix") or ""] = str(decl["iri"])
        elif decl.name == "Base":
            base = urljoin(base, str(decl["iri"])) if base else str(decl["iri"])
    graphs: list[str] = []
    for node in _walk(tree):
        name = getattr(node, "name", None)
        if name == "ServiceGraphPattern":
            raise QueryError("SERVICE is not allowed: queries may only read this store")
        if name == "DatasetClause":
            term = node.get("default", node.get("named"))
            if getattr(term, "name", None) == "pname":
                prefix = term.get("prefix") or ""
                if prefix not in prefixes:
                    raise QueryError(f"unknown prefix {prefix!r} in FROM")
                graphs.append(prefixes[prefix] + (term.get("localname") or ""))
            else:
                graphs.append(urljoin(base, str(term)) if base else str(term))
    form = str(tree[1].name).removesuffix("Query").upper()
    return form, graphs


def check_query(
    query: str, max_bytes: int, base_iri: str | None = None, *, deep: bool = True
) -> CheckedQuery:
    """Refuse what a read-only, offline endpoint must not run; tell the form and FROM graphs.

    The tokens decide; with ``deep``, rdflib's parse tree is a second opinion
    (4–5 ms a query, several times what Oxigraph takes to answer one).  A
    worker that could leave the network does without it: there, a SERVICE the
    tokens missed would reach nothing.

    >>> check_query("SELECT * WHERE { ?s rdfs:label 'SERVICE' }", 1000).form
    'SELECT'
    """
    size = len(query.encode("utf-8", "surrogatepass"))
    if size > max_bytes:
        raise QueryTooLargeError(f"the query is {size} bytes; the limit is {max_bytes}")
    form, graphs = _lexical_check(query, base_iri)
    parsed = _rdflib_check(query, base_iri) if deep else None
    if parsed is not None:
        form = form or parsed[0]
        graphs = [*graphs, *(g for g in parsed[1] if g not in graphs)]
    if form is None or form not in _FORMS:
        raise QueryError("not a valid SPARQL query: expected SELECT, ASK, CONSTRUCT or DESCRIBE")
    return CheckedQuery(query, form, tuple(graphs), parsed is not None)


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
class QueryOutput:
    """A serialised result, bounded by the row limit."""

    body: bytes
    media_type: str
    format: str
    kind: ResultKind
    count: int
    truncated: bool


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


def _bounded_rows(result: ox.QuerySolutions, max_rows: int) -> tuple[list[str], list[Any], bool]:
    """The variable names, at most ``max_rows`` rows, and whether there were more."""
    names = [v.value for v in result.variables]
    rows = list(itertools.islice(result, max_rows + 1))
    truncated = len(rows) > max_rows
    return names, rows[:max_rows], truncated


def _solutions_output(
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
    return QueryOutput(body, _media_type(media), fmt_name, "solutions", len(rows), truncated)


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


def _media_type(media_type: str) -> str:
    return media_type + "; charset=utf-8" if media_type in _TEXT_TYPES else media_type


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


def graph_output(triples: Iterable[Any], fmt_name: str, max_rows: int) -> QueryOutput:
    """A CONSTRUCT or DESCRIBE result written in ``fmt_name``, cut at ``max_rows`` triples."""
    rdf_format, media = GRAPH_FORMATS[fmt_name]
    kept = list(itertools.islice(triples, max_rows + 1))
    truncated = len(kept) > max_rows
    kept = kept[:max_rows]
    buf = io.BytesIO()
    ox.serialize(kept, buf, rdf_format, prefixes=PREFIXES)
    return QueryOutput(buf.getvalue(), _media_type(media), fmt_name, "graph", len(kept), truncated)


def boolean_output(result: ox.QueryBoolean, fmt_name: str) -> QueryOutput:
    """An ASK result written in ``fmt_name``."""
    results_format, media = RESULT_FORMATS[fmt_name]
    buf = io.BytesIO()
    result.serialize(buf, results_format)
    return QueryOutput(buf.getvalue(), _media_type(media), fmt_name, "boolean", 1, False)


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
    variables, rows, truncated = _bounded_rows(result, limits.max_rows)
    return _solutions_output(variables, rows, truncated, fmt_name, limits.max_rows)


# ---------------------------------------------------------------------------
# runners


class Runner(Protocol):
    """Answers protocol requests; the embedded pool and a remote endpoint both fit."""

    def run(self, request: QueryRequest) -> QueryOutput: ...

    def close(self) -> None: ...


def default_pool_size() -> int:
    """Workers of the embedded runner: one per CPU, at least 3 (a client may hold all but
    one of them, and one runaway query must not block everyone else) and at most 4 (each
    holds the store open)."""
    return max(3, min(4, os.cpu_count() or 1))


_CLONE_NEWUSER = 0x10000000
_CLONE_NEWNET = 0x40000000


def _drop_network() -> bool:
    """Leave the host's network (Linux user + network namespace); False where not allowed."""
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        return int(libc.unshare(_CLONE_NEWUSER | _CLONE_NEWNET)) == 0
    except (OSError, AttributeError):
        return False


# Address space a worker may add to what it holds when it starts (the interpreter,
# the libraries, the open store), in MB.  A query that needs more (a huge
# GROUP_CONCAT, a string doubled thirty times) fails its allocation and the worker
# dies, which the runner reports as a refused query; without the bound one query
# could take the whole machine's memory.
WORKER_MEMORY_MB = 2048  # default of the sparql_worker_memory_mb setting


def _worker_main(conn: Connection, data_dir: str, limits: Limits, memory_mb: int) -> None:
    """A worker process: answers requests on ``conn`` until the parent closes it."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the server's to handle
    if memory_mb:
        limit_memory(memory_mb * 1024**2)
    isolated = _drop_network()
    conn.send(("ready", isolated))
    opened: tuple[Path, ox.Store] | None = None
    while True:
        try:
            request = conn.recv()
        except (EOFError, OSError):
            return
        reply: tuple[str, Any]
        try:
            generation = current_generation(Path(data_dir))
            if generation is None:
                raise StoreMissingError(f"{data_dir}: no built store here; run `policykg build` first")
            if opened is None or opened[0] != generation:
                opened = None  # close the old generation before opening the new one
                try:
                    opened = (generation, ox.Store.read_only(str(generation)))
                except OSError as exc:
                    raise StoreError(f"{generation}: cannot open the store: {exc}") from None
            reply = ("ok", execute(opened[1], request, limits, deep_check=not isolated))
        except (PolicyKGError, UnacceptableFormatError) as exc:
            reply = ("error", exc)
        except Exception as exc:  # a worker answers every request, whatever the engine raised
            reply = ("error", QueryError(f"the query failed: {one_line(str(exc))}"))
        try:
            conn.send(reply)
        except (OSError, ValueError):
            return


@dataclass
class _Worker:
    process: BaseProcess
    conn: Connection
    isolated: bool


class EmbeddedRunner:
    """Runs queries on the embedded store in a pool of killable worker processes.

    A request waits for an idle worker (or starts one, up to ``size``); the
    wait and the run share one deadline.  Past it the worker is killed, a
    replacement starts in the background, and :class:`QueryTimeoutError` is
    raised, so a caller hears back within about ``timeout_s``.  Each worker may
    grow by ``memory_mb`` past its size at start (0: no cap).
    """

    def __init__(
        self,
        data_dir: Path,
        limits: Limits,
        size: int | None = None,
        memory_mb: int = WORKER_MEMORY_MB,
        *,
        replace: bool = True,
    ) -> None:
        self.data_dir = data_dir
        # False for a runner that answers one query and closes (the CLI): a replacement
        # started in the background would outlive it.
        self.replace = replace
        self.limits = limits
        self.size = size or default_pool_size()
        self.memory_mb = memory_mb
        self._idle: queue.SimpleQueue[_Worker] = queue.SimpleQueue()
        self._lock = threading.Lock()
        self._count = 0
        self._closed = False
        self._context = multiprocessing.get_context("forkserver")
        # Forks of a server that has already imported this module start in milliseconds.
        self._context.set_forkserver_preload([__name__])

    def _start(self) -> _Worker:
        parent, child = self._context.Pipe(duplex=True)
        process = self._context.Process(
            target=_worker_main,
            args=(child, str(self.data_dir.resolve()), self.limits, self.memory_mb),
            name="policykg-sparql",
            daemon=True,
        )
        process.start()
        child.close()
        if not parent.poll(30):
            process.kill()
            raise QueryError("a query worker did not start")
        _, isolated = parent.recv()
        return _Worker(process, parent, bool(isolated))

    def _acquire(self, deadline: float) -> _Worker:
        with contextlib.suppress(queue.Empty):
            return self._idle.get_nowait()
        with self._lock:
            grow = self._count < self.size
            if grow:
                self._count += 1
        if grow:
            try:
                return self._start()
            except BaseException:
                with self._lock:
                    self._count -= 1
                raise
        try:
            return self._idle.get(timeout=max(0.0, deadline - time.monotonic()))
        except queue.Empty:
            raise QueryTimeoutError(
                f"every query worker is busy and none became free within {self.limits.timeout_s:g} s; "
                "try again shortly"
            ) from None

    def _discard(self, worker: _Worker, *, replace: bool) -> None:
        worker.process.kill()
        worker.process.join(1)
        worker.conn.close()
        with self._lock:
            self._count -= 1
        if replace and self.replace and not self._closed:
            threading.Thread(target=self._replenish, daemon=True, name="policykg-sparql-spawn").start()

    def _replenish(self) -> None:
        with self._lock:
            if self._count >= self.size:
                return
            self._count += 1
        try:
            self._idle.put(self._start())
        except Exception:
            with self._lock:
                self._count -= 1

    def run(self, request: QueryRequest) -> QueryOutput:
        """Answer ``request`` within the time limit; raises a :class:`QueryError` or
        :class:`UnacceptableFormatError`."""
        size = len(request.query.encode("utf-8", "surrogatepass"))
        if size > self.limits.max_query_bytes:
            raise QueryTooLargeError(f"the query is {size} bytes; the limit is {self.limits.max_query_bytes}")
        deadline = time.monotonic() + self.limits.timeout_s
        worker = self._acquire(deadline)
        try:
            worker.conn.send(request)
            ready = worker.conn.poll(max(0.0, deadline - time.monotonic()))
            status, payload = worker.conn.recv() if ready else ("timeout", None)
        except (EOFError, OSError):
            self._discard(worker, replace=True)
            raise QueryError(
                "the query engine stopped while running this query (it may need more memory than allowed)"
            ) from None
        except BaseException:
            self._discard(worker, replace=True)
            raise
        if status == "timeout":
            self._discard(worker, replace=True)
            raise QueryTimeoutError(
                f"the query ran past the time limit of {self.limits.timeout_s:g} s (setting query_timeout_s)"
            )
        self._idle.put(worker)
        if status == "error" and isinstance(payload, BaseException):
            raise payload
        assert isinstance(payload, QueryOutput)
        return payload

    def close(self) -> None:
        """Stop every idle worker (busy ones stop when their request ends)."""
        self._closed = True
        while True:
            try:
                worker = self._idle.get_nowait()
            except queue.Empty:
                return
            self._discard(worker, replace=False)


def embedded_runner(
    data_dir: Path,
    timeout_s: float,
    max_rows: int,
    max_query_bytes: int,
    workers: int = 0,
    memory_mb: int = WORKER_MEMORY_MB,
    *,
    replace: bool = True,
) -> EmbeddedRunner:
    """The runner for the store in ``data_dir`` with the given limits (``workers`` 0: by cores;
    ``memory_mb`` 0: no cap; ``replace``: start a new worker for one that was killed)."""
    return EmbeddedRunner(
        data_dir,
        Limits(timeout_s, max_rows, max_query_bytes),
        workers or None,
        memory_mb=memory_mb,
        replace=replace,
    )


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
                variables, rows, truncated = _bounded_rows(result, max_rows)
            except (SyntaxError, ValueError) as exc:
                raise StoreError(
                    f"{self.remote.endpoint.shown}: the answer is not readable SPARQL results "
                    f"({one_line(str(exc))})"
                ) from None
        return _solutions_output(variables, rows, truncated, fmt_name, max_rows)

    def close(self) -> None:
        """Nothing to release: every request opens and closes its own connection."""


def remote_runner(endpoint_url: str, timeout_s: float, max_rows: int, max_query_bytes: int) -> RemoteRunner:
    """The runner that forwards to ``endpoint_url`` with the given limits."""
    return RemoteRunner(endpoint_url, Limits(timeout_s, max_rows, max_query_bytes))
