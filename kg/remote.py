"""A remote SPARQL 1.1 server as the store: :class:`RemoteStore`, and the HTTP they share with push.

``serve --sparql-endpoint URL`` reads the graph from a server (an Oxigraph
server, Fuseki, Virtuoso, QLever) instead of the data folder.  RemoteStore
answers the same :class:`kg.backend.GraphReader` calls as the embedded
:class:`kg.store.ReadStore`, over the SPARQL 1.1 Protocol: each query is a
form-encoded POST (every server takes those; not all take
``application/sparql-query`` bodies), asking for SPARQL results JSON or
N-Triples.

The queries are sent with the project's prefixes declared, so ``pol:`` works
as it does on the embedded store.  The server must answer with the default
graph as the merge of the named graphs: ``policykg push`` sends that merge to
the server's default graph (see docs/external-servers.md).

Every failure is one :class:`kg.errors.PolicyKGError` line naming the
endpoint (without any password it carries): unreachable server,
:class:`~kg.errors.QueryTimeoutError` past the time limit,
:class:`~kg.errors.QueryError` for a query the server refused, and
:class:`~kg.errors.StoreError` for anything else.
"""

from __future__ import annotations

import base64
import contextlib
import html
import re
import socket
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator, Sequence
from email.message import Message
from typing import IO, Any

import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, URIRef

from kg.errors import (
    PolicyKGError,
    QueryError,
    QueryTimeoutError,
    StoreError,
    StoreUnavailableError,
    UsageError,
)
from kg.namespaces import PREFIXES

SELECT_ACCEPT = "application/sparql-results+json, application/sparql-results+xml;q=0.8"
# Turtle is the one graph format every server offers; N-Triples is cheaper to parse.
GRAPH_ACCEPT = "application/n-triples, text/turtle;q=0.9, text/plain;q=0.5"
_GRAPH_MEDIA: dict[str, ox.RdfFormat] = {
    "application/n-triples": ox.RdfFormat.N_TRIPLES,
    "text/plain": ox.RdfFormat.N_TRIPLES,  # older servers label N-Triples so
    "text/turtle": ox.RdfFormat.TURTLE,
    "application/x-turtle": ox.RdfFormat.TURTLE,
}
_MESSAGE_BYTES = 4096
_DECLARED_PREFIX = re.compile(r"(?i)\bPREFIX\s+([^\s:]*):")
_SAFE_IRI = re.compile(r"[^<>\"{}|^`\\\x00-\x20]+")
_TAG = re.compile(r"<[^>]*>")


# ---------------------------------------------------------------------------
# HTTP shared with push


def trim(message: str, limit: int = 200) -> str:
    """One line of at most ``limit`` characters, for messages that quote a server."""
    flat = " ".join(message.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    # A redirect would turn a POST or PUT into a bodiless GET, or send the data
    # (and credentials) to another host; the user should give the final URL.
    def redirect_request(self, *args: Any, **kwargs: Any) -> None:
        return None


class _DigestAuth(urllib.request.HTTPDigestAuthHandler):
    # urllib's digest handler raises ValueError on a Basic challenge instead of
    # letting the Basic handler answer it (Virtuoso asks for Digest, Fuseki for Basic).
    def http_error_401(
        self, req: urllib.request.Request, fp: IO[bytes], code: int, msg: str, headers: Message
    ) -> Any:
        challenges = headers.get_all("www-authenticate") or []
        if not any(str(c).strip().lower().startswith("digest") for c in challenges):
            return None
        return super().http_error_401(req, fp, code, msg, headers)  # type: ignore[arg-type]


class HttpEndpoint:
    """An http(s) URL with its credentials (``http://user:password@host/…``) moved out of it.

    ``url`` is the address without the credentials, ``shown`` the form used in
    messages.  No redirect is followed.
    """

    def __init__(self, url: str, what: str = "endpoint") -> None:
        parts = urllib.parse.urlsplit(url.strip())
        if parts.scheme not in {"http", "https"} or not parts.hostname:
            raise UsageError(f"{what} {url!r}: not an http(s) URL")
        host = parts.netloc.rpartition("@")[2]
        self.url = urllib.parse.urlunsplit((parts.scheme, host, parts.path or "/", parts.query, ""))
        self.shown = self.url
        handlers: list[urllib.request.BaseHandler] = [_NoRedirect()]
        self._credentials: tuple[str, str] | None = None
        if parts.username is not None:
            passwords = urllib.request.HTTPPasswordMgrWithDefaultRealm()
            passwords.add_password(
                None,
                self.url,
                urllib.parse.unquote(parts.username),
                urllib.parse.unquote(parts.password or ""),
            )
            self._digest = _DigestAuth(passwords)
            self._credentials = (
                urllib.parse.unquote(parts.username),
                urllib.parse.unquote(parts.password or ""),
            )
            handlers += [self._digest, urllib.request.HTTPBasicAuthHandler(passwords)]
        self._opener = urllib.request.build_opener(*handlers)
        self._plain = urllib.request.build_opener(_NoRedirect())

    def open(
        self,
        method: str,
        url: str,
        *,
        data: bytes | None = None,
        headers: dict[str, str] | None = None,
        timeout_s: float,
    ) -> Any:
        """Send one request; raises urllib's HTTPError / URLError and socket timeouts as they come."""
        headers = dict(headers or {})
        if data is not None and self._credentials is not None:
            authorization = self._authorization(method, url, timeout_s)
            if authorization:
                headers["Authorization"] = authorization
        request = urllib.request.Request(url, data=data, method=method, headers=headers)  # noqa: S310 (http(s) checked above)
        return self._opener.open(request, timeout=timeout_s)

    def _authorization(self, method: str, url: str, timeout_s: float) -> str | None:
        # urllib answers a challenge by sending the whole body again, and a server
        # that drops the connection after its 401 (Virtuoso does) breaks a large
        # PUT.  So a bodiless HEAD fetches the challenge and the body goes once.
        assert self._credentials is not None
        try:
            with self._plain.open(urllib.request.Request(url, method="HEAD"), timeout=timeout_s):  # noqa: S310
                return None
        except urllib.error.HTTPError as exc:
            challenges = (
                [str(c) for c in (exc.headers.get_all("WWW-Authenticate") or [])] if exc.code == 401 else []
            )
            exc.close()
        except OSError:
            return None  # the request itself will tell what is wrong
        for challenge in challenges:
            scheme, _, rest = challenge.strip().partition(" ")
            if scheme.lower() == "digest":
                fields = urllib.request.parse_keqv_list(
                    [f for f in urllib.request.parse_http_list(rest) if f]
                )
                target = urllib.request.Request(url, method=method)  # noqa: S310
                try:
                    answer = self._digest.get_authorization(target, fields)
                except (urllib.error.URLError, ValueError, KeyError):
                    return None  # a challenge urllib cannot answer; the handlers will try
                return f"Digest {answer}" if answer else None
            if scheme.lower() == "basic":
                user, password = self._credentials
                return "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode("ascii")
        return None


def server_message(exc: urllib.error.HTTPError) -> str:
    """What the server said about an HTTP error, on one short line (tags of an HTML page removed)."""
    try:
        raw = exc.read(_MESSAGE_BYTES)
    except (OSError, ValueError):
        raw = b""
    finally:
        exc.close()
    text = raw.decode("utf-8", "replace")
    content_type = (exc.headers.get("Content-Type") or "") if exc.headers else ""
    if "html" in content_type.lower() or text.lstrip().startswith("<"):
        text = html.unescape(_TAG.sub(" ", re.sub(r"(?is)<(script|style|head)\b.*?</\1>", " ", text)))
    text = trim(text)
    return text or (exc.reason if isinstance(exc.reason, str) else "") or "no message"


def unreachable_reason(exc: BaseException) -> str:
    """Why a connection failed, in a few words."""
    reason = getattr(exc, "reason", exc)
    if isinstance(reason, TimeoutError):
        return "timed out"
    if isinstance(reason, ConnectionRefusedError):
        return "connection refused; is the server running?"
    if isinstance(reason, socket.gaierror):
        return "unknown host"
    return trim(str(getattr(reason, "strerror", None) or reason))


def _media_type(response: Any) -> str:
    return str(response.headers.get_content_type() or "").lower()


# ---------------------------------------------------------------------------
# queries


def with_prologue(query: str, base_iri: str | None = None) -> str:
    """``query`` with BASE and the project's PREFIX lines it does not declare itself, put first.

    >>> with_prologue("ASK { ?s a pol:Issue }").count("PREFIX pol:")
    1
    >>> with_prologue("PREFIX pol: <urn:x#> ASK {}").count("PREFIX pol:")
    1
    """
    declared = {m.group(1) for m in _DECLARED_PREFIX.finditer(query)}
    parts = [f"PREFIX {prefix}: <{ns}>" for prefix, ns in PREFIXES.items() if prefix not in declared]
    # A BASE of the query itself comes later and so still wins.
    if base_iri and _SAFE_IRI.fullmatch(base_iri):
        parts.insert(0, f"BASE <{base_iri}>")
    # All on the query's first line, so the server's error positions keep their line numbers.
    return " ".join([*parts, query]) if parts else query


def _rdflib_term(term: Any) -> Any:
    # As the embedded store's rdflib bridge converts them, so that both stores'
    # graphs compare equal: a literal keeps its datatype, xsd:string included.
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        return Literal(term.value, datatype=URIRef(term.datatype.value))
    raise StoreError(f"cannot read a {type(term).__name__} into an rdflib graph")


def _term_text(term: Any) -> str:
    if isinstance(term, ox.NamedNode | ox.BlankNode | ox.Literal):
        return term.value
    return str(term)


class RemoteStore:
    """A SPARQL 1.1 query endpoint read through the :class:`kg.backend.GraphReader` interface.

    >>> RemoteStore("http://127.0.0.1:7878/query").is_stale()
    False
    """

    def __init__(self, endpoint_url: str, timeout_s: float = 10.0) -> None:
        self.endpoint = HttpEndpoint(endpoint_url, "SPARQL endpoint")
        self.endpoint_url = self.endpoint.url
        self.timeout_s = timeout_s

    def __repr__(self) -> str:
        return f"RemoteStore({self.endpoint.shown!r})"

    def is_stale(self) -> bool:
        """Never: the server answers from its current data on every query."""
        return False

    @contextlib.contextmanager
    def post(
        self,
        query: str,
        accept: str,
        *,
        default_graphs: Sequence[str] = (),
        named_graphs: Sequence[str] = (),
    ) -> Iterator[Any]:
        """POST ``query`` as a form and yield the open response (200 only); errors as one line."""
        fields = [("query", query)]
        fields += [("default-graph-uri", iri) for iri in default_graphs]
        fields += [("named-graph-uri", iri) for iri in named_graphs]
        body = urllib.parse.urlencode(fields).encode("ascii")
        headers = {
            "Accept": accept,
            "Content-Type": "application/x-www-form-urlencoded; charset=utf-8",
        }
        try:
            response = self.endpoint.open(
                "POST", self.endpoint.url, data=body, headers=headers, timeout_s=self.timeout_s
            )
        except urllib.error.HTTPError as exc:
            raise self._http_error(exc) from None
        except TimeoutError:
            raise self._timeout() from None
        except (urllib.error.URLError, OSError) as exc:
            if isinstance(getattr(exc, "reason", None), TimeoutError):
                raise self._timeout() from None
            raise StoreUnavailableError(
                f"{self.endpoint.shown}: cannot reach the SPARQL server ({unreachable_reason(exc)})"
            ) from None
        try:
            yield response
        except TimeoutError:
            raise self._timeout() from None
        except OSError as exc:
            raise StoreError(
                f"{self.endpoint.shown}: the connection broke while reading the results ({trim(str(exc))})"
            ) from None
        finally:
            response.close()

    def _timeout(self) -> QueryTimeoutError:
        return QueryTimeoutError(
            f"{self.endpoint.shown}: the SPARQL server did not answer within {self.timeout_s:g} s"
        )

    def _http_error(self, exc: urllib.error.HTTPError) -> PolicyKGError:
        code = exc.code
        if 300 <= code < 400:
            location = exc.headers.get("Location", "") if exc.headers else ""
            exc.close()
            return StoreError(
                f"{self.endpoint.shown}: the server redirects (HTTP {code}) to {location or 'another URL'}; "
                "give the endpoint's final URL"
            )
        message = server_message(exc)
        if code == 400:
            return QueryError(f"{self.endpoint.shown} refused the query: {message}")
        if code in {401, 403}:
            return StoreError(
                f"{self.endpoint.shown}: not allowed (HTTP {code}: {message}); "
                "give the user and password in the URL (http://user:password@host/…)"
            )
        if code in {404, 405, 406, 415}:
            return StoreError(
                f"{self.endpoint.shown}: HTTP {code} ({message}); is this the server's SPARQL query endpoint "
                "(Oxigraph: http://HOST:7878/query, Fuseki: http://HOST:3030/DATASET/sparql, "
                "Virtuoso: http://HOST:8890/sparql)?"
            )
        if code in {408, 504}:
            return QueryTimeoutError(
                f"{self.endpoint.shown}: the query ran too long (HTTP {code}: {message})"
            )
        return StoreUnavailableError(
            f"{self.endpoint.shown}: the SPARQL server failed (HTTP {code}: {message})"
        )

    def _not_results(self, media: str, detail: str = "") -> StoreError:
        more = f": {trim(detail)}" if detail else ""
        return StoreError(
            f"{self.endpoint.shown}: the answer ({media or 'no content type'}) is not SPARQL results{more}; "
            "is this the server's SPARQL query endpoint?"
        )

    def results(self, response: Any) -> ox.QuerySolutions | ox.QueryBoolean:
        """Parse a SELECT or ASK answer (SPARQL results JSON or XML); rows are read lazily."""
        media = _media_type(response)
        fmt = ox.QueryResultsFormat.from_media_type(media)
        if fmt is None:
            raise self._not_results(media)
        try:
            return ox.parse_query_results(response, fmt)
        except (SyntaxError, ValueError) as exc:
            raise self._not_results(media, str(exc)) from None

    def triples(self, response: Any) -> Iterator[ox.Triple]:
        """Parse a CONSTRUCT or DESCRIBE answer (N-Triples or Turtle), lazily."""
        media = _media_type(response)
        fmt = _GRAPH_MEDIA.get(media)
        if fmt is None:
            raise self._not_results(media)
        try:
            for quad in ox.parse(response, fmt):
                yield quad.triple
        except (SyntaxError, ValueError) as exc:
            raise self._not_results(media, str(exc)) from None

    def select(self, sparql: str) -> list[dict[str, str]]:
        """Rows of a SELECT as plain strings (unbound variables are left out)."""
        with self.post(with_prologue(sparql), SELECT_ACCEPT) as response:
            result = self.results(response)
            if not isinstance(result, ox.QuerySolutions):
                raise StoreError("select() needs a SELECT query")
            names = [v.value for v in result.variables]
            try:
                return [
                    {name: _term_text(row[i]) for i, name in enumerate(names) if row[i] is not None}
                    for row in result
                ]
            except (SyntaxError, ValueError) as exc:
                raise self._not_results(_media_type(response), str(exc)) from None

    def ask(self, sparql: str) -> bool:
        """The answer of an ASK query."""
        with self.post(with_prologue(sparql), SELECT_ACCEPT) as response:
            result = self.results(response)
            if not isinstance(result, ox.QueryBoolean):
                raise StoreError("ask() needs an ASK query")
            return bool(result)

    def construct(self, sparql: str) -> Graph:
        """The graph a CONSTRUCT or DESCRIBE query returns."""
        graph = Graph()
        for prefix, ns in PREFIXES.items():
            graph.bind(prefix, ns, override=True)
        with self.post(with_prologue(sparql), GRAPH_ACCEPT) as response:
            media = _media_type(response)
            if media not in _GRAPH_MEDIA and ox.QueryResultsFormat.from_media_type(media) is not None:
                raise StoreError("construct() needs a CONSTRUCT or DESCRIBE query")
            for triple in self.triples(response):
                graph.add(
                    (
                        _rdflib_term(triple.subject),
                        _rdflib_term(triple.predicate),
                        _rdflib_term(triple.object),
                    )
                )
        return graph

    def named_graphs(self) -> list[str]:
        """The IRIs of the server's named graphs that hold at least one triple."""
        rows = self.select("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }")
        return sorted({row["g"] for row in rows if "g" in row})
