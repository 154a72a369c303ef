"""A remote SPARQL 1.1 server as the store: :class:`RemoteStore`, and the HTTP they share with push.

``serve --sparql-endpoint URL`` reads the graph from a server (an Oxigraph
server, Fuseki, Virtuoso, QLever) instead of the data folder.  RemoteStore
answers the same :class:`kg.store.backend.GraphReader` calls as the embedded
:class:`kg.store.reader.ReadStore`, over the SPARQL 1.1 Protocol: each query is a
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

import contextlib
import html
import io
import re
import socket
import urllib.parse
from collections.abc import Generator, Iterator, Sequence
from typing import Any

import httpx
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
from kg.rdf.namespaces import PREFIXES

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


class HttpError(Exception):
    """A server's answer other than 2xx: its status, what it said (one short line), its Location."""

    def __init__(self, code: int, message: str, location: str = "") -> None:
        super().__init__(f"HTTP {code}: {message}")
        self.code = code
        self.message = message
        self.location = location


class TransportError(OSError):
    """No answer: the connection failed or broke; ``reason`` says why in a few words."""

    def __init__(self, reason: str, *, hung_up: bool = False) -> None:
        super().__init__(reason)
        self.reason = reason
        self.hung_up = hung_up


def _challenges(response: httpx.Response) -> list[str]:
    return response.headers.get_list("www-authenticate") if response.status_code == 401 else []


class _ChallengeAuth(httpx.Auth):
    """Basic or Digest, whichever the server asks for (Virtuoso asks for Digest, Fuseki for Basic).

    A server that drops the connection after its 401 (Virtuoso does) would break a
    large PUT sent twice, so before the first request with a body a bodiless HEAD
    fetches the challenge, and the body goes once.  The scheme is then remembered.
    """

    def __init__(self, user: str, password: str) -> None:
        self._basic = httpx.BasicAuth(user, password)
        self._digest = httpx.DigestAuth(user, password)
        self._chosen: httpx.Auth | None = None

    def _choose(self, challenge: httpx.Response) -> httpx.Auth | None:
        schemes = [c.strip().partition(" ")[0].lower() for c in _challenges(challenge)]
        if "digest" in schemes:
            # DigestAuth reads the challenge from the 401 it is given and keeps it
            # for the requests that follow, which then carry the answer at once.
            primer = self._digest.sync_auth_flow(challenge.request)
            next(primer)
            with contextlib.suppress(StopIteration):
                primer.send(challenge)
            primer.close()
            return self._digest
        return self._basic if "basic" in schemes else None

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        if self._chosen is None and request.content:
            probe = yield httpx.Request("HEAD", request.url)
            self._chosen = self._choose(probe)
        if self._chosen is not None:
            yield from self._chosen.sync_auth_flow(request)
            return
        response = yield request
        self._chosen = self._choose(response)
        if self._chosen is not None:
            yield from self._chosen.sync_auth_flow(request)


class _Body(io.RawIOBase):
    """A streamed response body as a binary file, read lazily; httpx's failures become OSErrors."""

    def __init__(self, response: httpx.Response) -> None:
        self._chunks = response.iter_bytes()
        self._pending = b""

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        while not self._pending:
            try:
                self._pending = next(self._chunks)
            except StopIteration:
                return 0
            except httpx.TimeoutException:
                raise TimeoutError("the server stopped sending") from None
            except httpx.HTTPError as exc:
                raise TransportError(trim(str(exc) or type(exc).__name__)) from None
        size = min(len(buffer), len(self._pending))
        buffer[:size] = self._pending[:size]
        self._pending = self._pending[size:]
        return size


class Response:
    """A 2xx answer: its media type and its body, a binary file read as it arrives."""

    def __init__(self, response: httpx.Response) -> None:
        self.status = response.status_code
        content_type = response.headers.get("content-type", "")
        self.media_type = content_type.partition(";")[0].strip().lower()
        self.body = io.BufferedReader(_Body(response))


def _transport_reason(exc: BaseException) -> tuple[str, bool]:
    """Why a connection failed, in a few words, and whether the server hung up on us."""
    seen: BaseException | None = exc
    while seen is not None:
        if isinstance(seen, ConnectionRefusedError):
            return "connection refused; is the server running?", False
        if isinstance(seen, socket.gaierror):
            return "unknown host", False
        if isinstance(seen, BrokenPipeError | ConnectionResetError):
            return "the server closed the connection", True
        seen = seen.__cause__ or seen.__context__
    if isinstance(exc, httpx.RemoteProtocolError | httpx.WriteError | httpx.ReadError):
        return "the server closed the connection", True
    text = str(exc)
    if "Name or service not known" in text or "nodename nor servname" in text:
        return "unknown host", False
    if "Connection refused" in text:
        return "connection refused; is the server running?", False
    return trim(text or type(exc).__name__), False


def _server_message(response: httpx.Response) -> str:
    """What the server said about an HTTP error, on one short line (tags of an HTML page removed)."""
    raw = b""
    try:
        for chunk in response.iter_bytes():
            raw += chunk
            if len(raw) >= _MESSAGE_BYTES:
                break
    except httpx.HTTPError:
        pass
    text = raw[:_MESSAGE_BYTES].decode("utf-8", "replace")
    if "html" in response.headers.get("content-type", "").lower() or text.lstrip().startswith("<"):
        text = html.unescape(_TAG.sub(" ", re.sub(r"(?is)<(script|style|head)\b.*?</\1>", " ", text)))
    return trim(text) or response.reason_phrase or "no message"


class HttpEndpoint:
    """An http(s) URL with its credentials (``http://user:password@host/…``) moved out of it.

    ``url`` is the address without the credentials, ``shown`` the form used in
    messages.  No redirect is followed: it would turn a POST or PUT into a
    bodiless GET, or send the data (and credentials) to another host.
    """

    def __init__(self, url: str, what: str = "endpoint") -> None:
        parts = urllib.parse.urlsplit(url.strip())
        if parts.scheme not in {"http", "https"} or not parts.hostname:
            raise UsageError(f"{what} {url!r}: not an http(s) URL")
        host = parts.netloc.rpartition("@")[2]
        self.url = urllib.parse.urlunsplit((parts.scheme, host, parts.path or "/", parts.query, ""))
        self.shown = self.url
        self._auth: httpx.Auth | None = None
        if parts.username is not None:
            self._auth = _ChallengeAuth(
                urllib.parse.unquote(parts.username), urllib.parse.unquote(parts.password or "")
            )

    @contextlib.contextmanager
    def open(
        self,
        method: str,
        url: str,
        *,
        data: bytes | None = None,
        headers: dict[str, str] | None = None,
        timeout_s: float,
    ) -> Iterator[Response]:
        """Send one request and yield its 2xx answer, streamed.

        Raises :class:`HttpError` for any other status, :class:`TimeoutError` past
        ``timeout_s`` without a byte, and :class:`TransportError` for no answer.
        """
        with httpx.Client(timeout=timeout_s, follow_redirects=False, auth=self._auth) as client:
            try:
                response = client.send(
                    client.build_request(method, url, content=data, headers=headers), stream=True
                )
            except httpx.TimeoutException:
                raise TimeoutError(f"no answer within {timeout_s:g} s") from None
            except httpx.HTTPError as exc:
                reason, hung_up = _transport_reason(exc)
                raise TransportError(reason, hung_up=hung_up) from None
            try:
                if not 200 <= response.status_code < 300:
                    location = response.headers.get("location", "")
                    raise HttpError(response.status_code, _server_message(response), location)
                yield Response(response)
            finally:
                response.close()


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
    """A SPARQL 1.1 query endpoint read through the :class:`kg.store.backend.GraphReader` interface.

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
    ) -> Iterator[Response]:
        """POST ``query`` as a form and yield the open response (2xx only); errors as one line."""
        fields = [("query", query)]
        fields += [("default-graph-uri", iri) for iri in default_graphs]
        fields += [("named-graph-uri", iri) for iri in named_graphs]
        body = urllib.parse.urlencode(fields).encode("ascii")
        headers = {
            "Accept": accept,
            "Content-Type": "application/x-www-form-urlencoded; charset=utf-8",
        }
        answered = False
        try:
            with self.endpoint.open(
                "POST", self.endpoint.url, data=body, headers=headers, timeout_s=self.timeout_s
            ) as response:
                answered = True
                yield response
        except HttpError as exc:
            raise self._http_error(exc) from None
        except TimeoutError:
            raise self._timeout() from None
        except TransportError as exc:
            if not answered:
                raise StoreUnavailableError(
                    f"{self.endpoint.shown}: cannot reach the SPARQL server ({exc.reason})"
                ) from None
            raise StoreError(
                f"{self.endpoint.shown}: the connection broke while reading the results ({exc.reason})"
            ) from None
        except OSError as exc:
            raise StoreError(
                f"{self.endpoint.shown}: the connection broke while reading the results ({trim(str(exc))})"
            ) from None

    def _timeout(self) -> QueryTimeoutError:
        return QueryTimeoutError(
            f"{self.endpoint.shown}: the SPARQL server did not answer within {self.timeout_s:g} s"
        )

    def _http_error(self, exc: HttpError) -> PolicyKGError:
        code, message = exc.code, exc.message
        if 300 <= code < 400:
            target = exc.location or "another URL"
            return StoreError(
                f"{self.endpoint.shown}: the server redirects (HTTP {code}) to {target}; "
                "give the endpoint's final URL"
            )
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

    def results(self, response: Response) -> ox.QuerySolutions | ox.QueryBoolean:
        """Parse a SELECT or ASK answer (SPARQL results JSON or XML); rows are read lazily."""
        media = response.media_type
        fmt = ox.QueryResultsFormat.from_media_type(media)
        if fmt is None:
            raise self._not_results(media)
        try:
            return ox.parse_query_results(response.body, fmt)
        except (SyntaxError, ValueError) as exc:
            raise self._not_results(media, str(exc)) from None

    def triples(self, response: Response) -> Iterator[ox.Triple]:
        """Parse a CONSTRUCT or DESCRIBE answer (N-Triples or Turtle), lazily."""
        media = response.media_type
        fmt = _GRAPH_MEDIA.get(media)
        if fmt is None:
            raise self._not_results(media)
        try:
            for quad in ox.parse(response.body, fmt):
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
                raise self._not_results(response.media_type, str(exc)) from None

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
            media = response.media_type
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
