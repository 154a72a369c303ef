"""The SPARQL 1.1 Protocol endpoint and the query editor.

``/sparql`` answers GET ``?query=``, POST forms and POST ``application/sparql-query``
bodies; updates are refused.  Results are negotiated from ``Accept`` (or chosen
with ``format=``).  A browser that asks for HTML gets the editor instead, with
the results of its query as a table.  Queries run through the runner of
:mod:`kg.store.sparql`, which checks, bounds and isolates them; each client may have
only a few running at once, so that one client cannot hold every worker (behind
a reverse proxy, the client is read from ``X-Forwarded-For``: :mod:`web.clients`).
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlencode

import pyoxigraph as ox
from flask import Blueprint, Response, current_app, jsonify, render_template, request, url_for
from flask.blueprints import BlueprintSetupState
from werkzeug.exceptions import HTTPException, UnsupportedMediaType

from kg.errors import PolicyKGError, QueryError
from kg.export.spreadsheets import neutralise_results
from kg.rdf.namespaces import ID, PREFIXES, sparql_prologue
from kg.settings import Settings
from kg.store.checks import check_nesting
from kg.store.results import GRAPH_FORMATS, RESULT_FORMATS, QueryOutput, UnacceptableFormatError, term_json
from kg.store.sparql import QueryRequest, Runner, remote_runner
from kg.store.workers import embedded_runner
from web.clients import client_address
from web.describe import rdf_media_type, rdf_response, service_description
from web.negotiation import quality
from web.proxy import public_base
from web.slots import ClientSlots, in_flight_limit

bp = Blueprint("sparql", __name__)

EXTENSION = "policykg.sparql"
SLOTS = "policykg.sparql.slots"
PROXIES = "policykg.trusted_proxies"
EXAMPLES_DIR = Path(__file__).parent / "templates" / "sparql" / "examples"

# Media types a format answers to, besides its own.
_RESULT_ALIASES: dict[str, tuple[str, ...]] = {"json": ("application/json",), "xml": ("application/xml",)}
_GRAPH_ALIASES: dict[str, tuple[str, ...]] = {
    "turtle": ("application/x-turtle", "application/turtle", "text/n3"),
    "jsonld": ("application/json",),
    "rdfxml": ("application/xml",),
}
# ``format=`` values: a name or a media type → (results format, graph format).
_FORMAT_PARAM: dict[str, tuple[str | None, str | None]] = {
    "json": ("json", "jsonld"),
    "xml": ("xml", "rdfxml"),
    "csv": ("csv", None),
    "tsv": ("tsv", None),
    "turtle": (None, "turtle"),
    "ttl": (None, "turtle"),
    "n3": (None, "turtle"),
    "nt": (None, "nt"),
    "ntriples": (None, "nt"),
    "n-triples": (None, "nt"),
    "jsonld": (None, "jsonld"),
    "json-ld": (None, "jsonld"),
    "rdfxml": (None, "rdfxml"),
    "rdf+xml": (None, "rdfxml"),
    "rdf": (None, "rdfxml"),
    **{media: (name, None) for name, (_, media) in RESULT_FORMATS.items()},
    **{media: (None, name) for name, (_, media) in GRAPH_FORMATS.items()},
}
_FORMAT_LABELS = {
    "json": "JSON",
    "xml": "XML",
    "csv": "CSV",
    "tsv": "TSV",
    "turtle": "Turtle",
    "nt": "N-Triples",
    "jsonld": "JSON-LD",
    "rdfxml": "RDF/XML",
}
_UPDATE_PARAMS = ("update", "using-graph-uri", "using-named-graph-uri")

# Queries one client may have running at once (setting max_queries_per_client):
# without a limit one client sending heavy queries in parallel holds every worker
# and everyone else waits out the time limit.  It is further lowered to leave at
# least one worker free for other clients.  A client is its address; behind a
# reverse proxy listed in trusted_proxies, the address the proxy forwards.
#
# All clients together may have no more requests in flight than there are query
# workers, and at most half the server's threads (in_flight_limit); past that the
# answer is an immediate 503 with Retry-After (as public endpoints such as
# Wikidata's answer 429/503) rather than a thread left waiting for a worker.
# A separate thread pool for SPARQL would need a second server; a bound is
# enough, since a request past it costs microseconds.
#
# Brackets nested deeper than max_query_nesting are refused before parsing
# (kg.store.checks.check_nesting).


@bp.record_once
def _create_runner(state: BlueprintSetupState) -> None:
    settings: Settings = state.app.config["POLICYKG_SETTINGS"]
    limits = (settings.query_timeout_s, settings.max_result_rows, settings.max_query_bytes)
    chosen: Runner
    if settings.sparql_endpoint:
        chosen = remote_runner(settings.sparql_endpoint, *limits)
    else:
        chosen = embedded_runner(
            settings.data_dir,
            *limits,
            workers=settings.sparql_workers,
            memory_mb=settings.sparql_worker_memory_mb,
        )
    state.app.extensions[EXTENSION] = chosen
    pool = getattr(chosen, "size", None)
    per_client = settings.max_queries_per_client
    limit = per_client if pool is None else min(per_client, pool - 1)
    # A held slot is freed at the latest when its query hits the time limit.
    state.app.extensions[SLOTS] = ClientSlots(
        limit, max(1, math.ceil(settings.query_timeout_s)), in_flight_limit(pool, settings.threads)
    )
    state.app.extensions[PROXIES] = settings.trusted_proxy_networks


def runner() -> Runner:
    """The query runner of the current app."""
    found: Runner = current_app.extensions[EXTENSION]
    return found


def _run(query: QueryRequest) -> QueryOutput:
    """Run ``query`` in one of the client's slots."""
    settings: Settings = current_app.config["POLICYKG_SETTINGS"]
    if len(query.query) <= settings.max_query_bytes:  # a larger one is refused by its size
        check_nesting(query.query, settings.max_query_nesting)
    slots: ClientSlots = current_app.extensions[SLOTS]
    client = client_address(
        request.remote_addr, request.headers.getlist("X-Forwarded-For"), current_app.extensions[PROXIES]
    )
    with slots.hold(client):
        return runner().run(query)


@dataclass(frozen=True)
class Example:
    slug: str
    title: str
    title_en: str
    query: str


def load_examples(folder: Path = EXAMPLES_DIR) -> list[Example]:
    """The editor's example queries: ``.rq`` files whose first lines are ``# ja:`` and ``# en:`` titles."""
    examples = []
    for path in sorted(folder.glob("*.rq")):
        lines = path.read_text(encoding="utf-8").splitlines()
        titles = {k.strip(): v.strip() for k, _, v in (ln[1:].partition(":") for ln in lines[:2])}
        body = "\n".join(lines[2:]).strip() + "\n"
        examples.append(Example(path.stem, titles.get("ja", path.stem), titles.get("en", ""), body))
    return examples


# ---------------------------------------------------------------------------
# the protocol


@dataclass(frozen=True)
class _Operation:
    query: str | None
    default_graphs: tuple[str, ...]
    named_graphs: tuple[str, ...]
    formats: tuple[str, ...]


def _read_only() -> QueryError:
    return QueryError("this endpoint is read-only; updates are refused")


def _operation() -> _Operation:
    """The query and dataset of the request, as the three protocol operations carry them."""
    args = request.args
    fields: list[Any] = [args]
    queries = args.getlist("query")
    if request.method == "POST":
        mimetype = request.mimetype
        if mimetype == "application/x-www-form-urlencoded":
            fields.append(request.form)
            queries += request.form.getlist("query")
        elif mimetype == "application/sparql-query":
            charset = request.mimetype_params.get("charset", "utf-8").lower()
            if charset not in {"utf-8", "utf8"}:
                raise UnsupportedMediaType(f"charset={charset}: queries must be sent in UTF-8")
            try:
                queries.append(request.get_data(cache=False).decode("utf-8"))
            except UnicodeDecodeError:
                raise QueryError("the query is not valid UTF-8") from None
        elif mimetype == "application/sparql-update":
            raise _read_only()
        else:
            raise UnsupportedMediaType(
                "send a query as application/x-www-form-urlencoded (query=…) or as application/sparql-query"
            )
    if any(key in f for f in fields for key in _UPDATE_PARAMS):
        raise _read_only()
    if len(queries) > 1:
        raise QueryError("give exactly one query")
    return _Operation(
        queries[0] if queries else None,
        tuple(v for f in fields for v in f.getlist("default-graph-uri")),
        tuple(v for f in fields for v in f.getlist("named-graph-uri")),
        tuple(v.strip().lower() for f in fields for v in f.getlist("format") if v.strip()),
    )


def _by_preference(table: dict[str, Any], aliases: dict[str, tuple[str, ...]]) -> tuple[str, ...]:
    if not request.accept_mimetypes:
        return tuple(table)  # no Accept header: anything goes
    scored = [
        (quality((media, *aliases.get(name, ()))), i, name)
        for i, (name, (_, media)) in enumerate(table.items())
    ]
    return tuple(name for q, _, name in sorted(scored, key=lambda s: (-s[0], s[1])) if q > 0)


def _negotiate(formats: tuple[str, ...]) -> tuple[tuple[str, ...], tuple[str, ...], bool]:
    """Acceptable (results formats, graph formats) in order, and whether to answer with the editor."""
    if formats:
        if "html" in formats:
            return ("json",), ("nt",), True
        picked = [_FORMAT_PARAM.get(f.split(";")[0].strip(), (None, None)) for f in formats]
        return (
            tuple(r for r, _ in picked if r),
            tuple(g for _, g in picked if g),
            False,
        )
    results = _by_preference(RESULT_FORMATS, _RESULT_ALIASES)
    graphs = _by_preference(GRAPH_FORMATS, _GRAPH_ALIASES)
    html_quality = quality(("text/html", "application/xhtml+xml"))
    others = [quality((m,)) for _, (_, m) in (*RESULT_FORMATS.items(), *GRAPH_FORMATS.items())]
    # A wildcard alone means a program: only an explicit, preferred text/html opens the editor.
    explicit_html = any(v in {"text/html", "application/xhtml+xml"} for v, _ in request.accept_mimetypes)
    return results, graphs, explicit_html and html_quality > max(others)


def _wants_editor() -> bool:
    try:
        return _negotiate(tuple(v.lower() for v in request.values.getlist("format")))[2]
    except Exception:
        return False


@bp.route("/sparql", methods=["GET", "POST"])
def endpoint() -> Any:
    op = _operation()
    result_formats, graph_formats, html = _negotiate(op.formats)
    if html:
        return _editor(op)
    if request.method == "GET" and op.query is None and not (op.default_graphs or op.named_graphs):
        media = rdf_media_type()
        if media is not None:
            settings: Settings = current_app.config["POLICYKG_SETTINGS"]
            root = settings.base_url or request.url_root
            description = service_description(root + "sparql", remote=bool(settings.sparql_endpoint))
            return rdf_response(description, media)
    if op.query is None or not op.query.strip():
        raise QueryError(
            "no query: send one as ?query=…, a query= form field or an application/sparql-query body"
        )
    output = _run(
        QueryRequest(
            op.query,
            op.default_graphs,
            op.named_graphs,
            result_formats,
            graph_formats,
            base_iri=request.base_url,
        )
    )
    body = output.body
    download = bool(request.values.get("download"))
    if download and output.format in {"csv", "tsv"}:
        # The editor's downloads are for spreadsheets; protocol clients get W3C CSV as it is.
        body = neutralise_results(body, output.format)
    response = Response(body, status=200, content_type=output.media_type)
    if download:
        response.headers["Content-Disposition"] = f'attachment; filename="result.{output.format}"'
    response.headers["Vary"] = "Accept"
    response.headers["X-PolicyKG-Rows"] = str(output.count)
    if output.truncated:
        response.headers["X-PolicyKG-Truncated"] = "true"
    return response


# Read-only queries from pages on other origins (YASGUI, notebooks): any origin, no credentials.
_CORS = {
    "Access-Control-Allow-Origin": "*",
    "Access-Control-Expose-Headers": "X-PolicyKG-Rows, X-PolicyKG-Truncated, Retry-After",
}
_PREFLIGHT = {
    "Access-Control-Allow-Methods": "GET, POST, OPTIONS",
    "Access-Control-Allow-Headers": "Accept, Content-Type",
    "Access-Control-Max-Age": "86400",
}


@bp.after_request
def _cors(response: Response) -> Response:
    response.headers.update(_CORS)
    if request.method == "OPTIONS":
        response.headers.update(_PREFLIGHT)
    return response


def _error_body(exc: Exception) -> dict[str, Any]:
    if isinstance(exc, PolicyKGError):
        return exc.to_json()
    if isinstance(exc, UnacceptableFormatError):
        return {"ok": False, "error": str(exc), "code": "H406", "status": 406}
    if isinstance(exc, HTTPException):
        status = exc.code or 400
        return {"ok": False, "error": exc.description or exc.name, "code": f"H{status}", "status": status}
    raise exc


@bp.errorhandler(PolicyKGError)
@bp.errorhandler(UnacceptableFormatError)
@bp.errorhandler(HTTPException)
def _sparql_error(exc: Exception) -> Any:
    # Protocol clients ask for result types, not JSON, so errors here answer JSON
    # unless the editor is showing.
    body = _error_body(exc)
    # Retry-After on a 429 tells the client when to come back.
    headers = (
        [(k, v) for k, v in exc.get_headers() if k == "Retry-After"] if isinstance(exc, HTTPException) else []
    )
    if _wants_editor():
        try:
            op = _operation()
        except (PolicyKGError, HTTPException):
            op = _Operation(request.args.get("query"), (), (), ())
        return _editor(op, error=body), body["status"], headers
    return jsonify(body), body["status"], headers


# ---------------------------------------------------------------------------
# the editor


def _compact(iri: str) -> str:
    for prefix, ns in PREFIXES.items():
        if iri.startswith(ns) and len(iri) > len(ns):
            return f"{prefix}:{iri[len(ns) :]}"
    return iri


def _cell(term: dict[str, Any]) -> dict[str, Any]:
    """A result term as the table shows it: text, an entity link where there is a page, a note."""
    kind = term.get("type", "literal")
    value = str(term.get("value", ""))
    if kind == "uri":
        href = (
            "/id/" + quote(value[len(str(ID)) :], safe="/:#%-._~!$&'()*+,;=@")
            if value.startswith(str(ID))
            else None
        )
        return {"kind": "uri", "text": _compact(value), "title": value, "href": href, "note": ""}
    if kind == "bnode":
        return {"kind": "bnode", "text": "_:" + value, "title": "", "href": None, "note": ""}
    if kind == "triple":
        parts = [_cell(term["value"][k])["text"] for k in ("subject", "predicate", "object")]
        return {
            "kind": "triple",
            "text": "<< " + " ".join(parts) + " >>",
            "title": "",
            "href": None,
            "note": "",
        }
    note = "@" + term["xml:lang"] if "xml:lang" in term else ""
    if "datatype" in term:
        note = "^^" + _compact(term["datatype"])
    return {"kind": "literal", "text": value, "title": "", "href": None, "note": note}


def _table(output: QueryOutput) -> dict[str, Any]:
    if output.kind == "graph":
        triples = ox.parse(output.body, ox.RdfFormat.N_TRIPLES)
        columns = ["subject", "predicate", "object"]
        rows = [
            [_cell(term_json(t.subject)), _cell(term_json(t.predicate)), _cell(term_json(t.object))]
            for t in triples
        ]
        return {"columns": columns, "rows": rows, "boolean": None}
    doc = json.loads(output.body)
    if "boolean" in doc:
        return {"columns": [], "rows": [], "boolean": bool(doc["boolean"])}
    columns = list(doc["head"]["vars"])
    cells: list[list[dict[str, Any] | None]] = [
        [_cell(b[c]) if c in b else None for c in columns] for b in doc["results"]["bindings"]
    ]
    return {"columns": columns, "rows": cells, "boolean": None}


def _links(op: _Operation, kind: str) -> dict[str, Any]:
    params: dict[str, Any] = {"query": op.query}
    if op.default_graphs:
        params["default-graph-uri"] = list(op.default_graphs)
    if op.named_graphs:
        params["named-graph-uri"] = list(op.named_graphs)
    names = list(GRAPH_FORMATS) if kind == "graph" else list(RESULT_FORMATS)
    if kind == "boolean":
        names = ["json", "xml"]
    settings: Settings = current_app.config["POLICYKG_SETTINGS"]
    return {
        "share": public_base(settings) + "sparql?" + urlencode(params, doseq=True),
        "downloads": [
            (_FORMAT_LABELS[n], url_for("sparql.endpoint", format=n, download=1, **params), n) for n in names
        ],
    }


def _editor(op: _Operation, error: dict[str, Any] | None = None) -> Any:
    examples = load_examples()
    settings: Settings = current_app.config["POLICYKG_SETTINGS"]
    context: dict[str, Any] = {
        "endpoint_url": public_base(settings) + "sparql",
        "query": op.query if op.query is not None else examples[0].query,
        "examples": examples,
        "prefixes": PREFIXES,
        "prologue": sparql_prologue(),
        "error": error,
        "result": None,
        "ran": op.query is not None and error is None,
    }
    if op.query is not None and op.query.strip() and error is None:
        output = _run(
            QueryRequest(
                op.query, op.default_graphs, op.named_graphs, ("json",), ("nt",), base_iri=request.base_url
            )
        )
        context["result"] = {
            "table": _table(output),
            "count": output.count,
            "truncated": output.truncated,
            "kind": output.kind,
            **_links(op, output.kind),
        }
    return render_template("sparql/editor.html", **context)
