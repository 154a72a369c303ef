"""RemoteStore and the remote runner against a stand-in server on 127.0.0.1.

The stand-in answers what real servers answer (SPARQL results JSON, N-Triples,
an HTML error page, a redirect, a slow reply), so each path of the client is
seen without a SPARQL server.  The live Oxigraph server is in tests/integration.
"""

from __future__ import annotations

import hashlib
import json
import re
import threading
import time
import urllib.parse
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from rdflib import Literal, URIRef

from kg.errors import QueryError, QueryTimeoutError, StoreError, UsageError
from kg.rdf.namespaces import POL
from kg.settings import Settings
from kg.store.backend import GraphReader
from kg.store.reader import ReadStore
from kg.store.remote import RemoteStore, with_prologue
from kg.store.results import UnacceptableFormatError
from kg.store.sparql import QueryRequest, RemoteRunner, remote_runner

JSON_TYPE = "application/sparql-results+json"
XSD_STRING = URIRef("http://www.w3.org/2001/XMLSchema#string")
ROWS = {
    "head": {"vars": ["n", "label"]},
    "results": {
        "bindings": [
            {
                "n": {"type": "literal", "value": "5.1"},
                "label": {"type": "literal", "value": "課題", "xml:lang": "ja"},
            },
            {"n": {"type": "literal", "value": "5.2"}},
            {"n": {"type": "uri", "value": "https://w3id.org/policykg/id/x"}},
        ]
    },
}
NT = (
    '<https://w3id.org/policykg/id/t5> <https://w3id.org/policykg/ns#number> "5" .\n'
    '<https://w3id.org/policykg/id/t5> <http://www.w3.org/2000/01/rdf-schema#label> "テーマ"@ja .\n'
)


@dataclass
class Reply:
    status: int = 200
    content_type: str = JSON_TYPE
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)
    delay_s: float = 0.0


@dataclass
class Seen:
    method: str
    path: str
    headers: dict[str, str]
    body: bytes

    @property
    def form(self) -> dict[str, list[str]]:
        return urllib.parse.parse_qs(self.body.decode("utf-8"))


class FakeServer:
    """An HTTP server on 127.0.0.1 that answers each request with the next :class:`Reply`."""

    def __init__(self) -> None:
        self.replies: list[Reply] = []
        self.seen: list[Seen] = []
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def _answer(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                fake.seen.append(Seen(self.command, self.path, dict(self.headers.items()), body))
                reply = fake.replies.pop(0) if fake.replies else Reply(404, "text/plain", b"no reply set")
                time.sleep(reply.delay_s)
                self.send_response(reply.status)
                self.send_header("Content-Type", reply.content_type)
                self.send_header("Content-Length", str(len(reply.body)))
                for name, value in reply.headers.items():
                    self.send_header(name, value)
                self.end_headers()
                self.wfile.write(reply.body)

            do_GET = do_POST = do_PUT = _answer  # noqa: N815

            def log_message(self, format: str, *args: object) -> None:
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.base = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, args=(0.05,), daemon=True)

    def reply(self, *replies: Reply) -> None:
        self.replies[:] = list(replies)

    def __enter__(self) -> FakeServer:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture
def fake(monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeServer]:
    for var in ("http_proxy", "HTTP_PROXY", "all_proxy", "ALL_PROXY"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("no_proxy", "127.0.0.1")
    with FakeServer() as server:
        yield server


def json_reply(doc: object) -> Reply:
    return Reply(body=json.dumps(doc).encode())


# -- the interface ---------------------------------------------------------------


def test_both_stores_fit_the_interface(built: Settings) -> None:
    assert isinstance(ReadStore(built.data_dir), GraphReader)
    assert isinstance(RemoteStore("http://127.0.0.1:9/query"), GraphReader)


def test_embedded_ask(built: Settings) -> None:
    store = ReadStore(built.data_dir)
    assert store.ask('ASK { ?t a pol:Theme ; pol:number "6" }') is True
    assert store.ask('ASK { ?t a pol:Theme ; pol:number "7" }') is False
    with pytest.raises(StoreError):
        store.ask("SELECT * WHERE { ?s ?p ?o } LIMIT 1")


@pytest.mark.parametrize(
    ("query", "base", "declared_pol", "starts"),
    [
        ("ASK { ?s a pol:Issue }", None, 1, "PREFIX "),
        ("PREFIX pol: <urn:x#>\nASK { ?s a pol:Issue }", None, 1, "PREFIX "),
        ("prefix  pol: <urn:x#> ASK {}", None, 0, "PREFIX "),
        ("ASK {}", "http://127.0.0.1:5000/sparql", 1, "BASE <http://127.0.0.1:5000/sparql> "),
        ("ASK {}", "http://x/a b", 1, "PREFIX "),  # not an IRI: no BASE
    ],
)
def test_prologue(query: str, base: str | None, declared_pol: int, starts: str) -> None:
    text = with_prologue(query, base)
    assert text.startswith(starts)
    assert text.count("PREFIX pol: ") == declared_pol
    assert text.endswith(query)
    # The prologue shares the query's first line, so the server's error lines stay right.
    assert text.count("\n") == query.count("\n")


# -- RemoteStore -----------------------------------------------------------------


def test_select_sends_a_form_post_and_reads_rows(fake: FakeServer) -> None:
    fake.reply(json_reply(ROWS))
    rows = RemoteStore(fake.base + "/query").select("SELECT ?n ?label WHERE { ?i pol:number ?n }")
    assert rows == [{"n": "5.1", "label": "課題"}, {"n": "5.2"}, {"n": "https://w3id.org/policykg/id/x"}]
    seen = fake.seen[0]
    assert (seen.method, seen.path) == ("POST", "/query")
    assert seen.headers["Content-Type"].startswith("application/x-www-form-urlencoded")
    assert seen.headers["Accept"].startswith(JSON_TYPE)
    (sent,) = seen.form["query"]
    assert "PREFIX pol: <https://w3id.org/policykg/ns#>" in sent
    assert sent.endswith("SELECT ?n ?label WHERE { ?i pol:number ?n }")


def test_construct_reads_n_triples(fake: FakeServer) -> None:
    fake.reply(Reply(content_type="application/n-triples", body=NT.encode()))
    graph = RemoteStore(fake.base + "/query").construct("CONSTRUCT WHERE { ?s ?p ?o }")
    assert len(graph) == 2
    # Typed as the embedded store types it, so graphs from both compare equal.
    assert graph.value(URIRef("https://w3id.org/policykg/id/t5"), POL.number) == Literal(
        "5", datatype=XSD_STRING
    )
    assert fake.seen[0].headers["Accept"].startswith("application/n-triples")


def test_ask_and_named_graphs(fake: FakeServer) -> None:
    graphs = {
        "head": {"vars": ["g"]},
        "results": {"bindings": [{"g": {"type": "uri", "value": v}} for v in ("urn:b", "urn:a")]},
    }
    fake.reply(json_reply({"head": {}, "boolean": True}), json_reply(graphs))
    store = RemoteStore(fake.base + "/query")
    assert store.ask("ASK {}") is True
    assert store.named_graphs() == ["urn:a", "urn:b"]
    assert store.is_stale() is False


def test_the_wrong_form_for_the_call(fake: FakeServer) -> None:
    fake.reply(json_reply({"head": {}, "boolean": True}), json_reply(ROWS))
    store = RemoteStore(fake.base + "/query")
    with pytest.raises(StoreError, match="SELECT"):
        store.select("ASK {}")
    with pytest.raises(StoreError, match="ASK"):
        store.ask("SELECT * {}")


@pytest.mark.parametrize(
    ("reply", "error", "says"),
    [
        (
            Reply(400, "text/plain", b"Parser error:\n  line 3: unexpected '}'\n"),
            QueryError,
            "line 3: unexpected '}'",
        ),
        (
            Reply(500, "text/html", b"<html><head><title>x</title></head><body><h1>Boom</h1></body></html>"),
            StoreError,
            "HTTP 500: Boom",
        ),
        (Reply(404, "text/plain", b"not found"), StoreError, "SPARQL query endpoint"),
        (
            Reply(401, "text/plain", b"who are you", {"WWW-Authenticate": 'Basic realm="x"'}),
            StoreError,
            "password",
        ),
        (Reply(504, "text/plain", b"gateway timeout"), QueryTimeoutError, "HTTP 504"),
        (Reply(302, "text/plain", b"", {"Location": "https://elsewhere.invalid/q"}), StoreError, "redirects"),
        (Reply(200, "text/html", b"<html>a web page</html>"), StoreError, "not SPARQL results"),
        (Reply(200, JSON_TYPE, b'{"head": '), StoreError, "not SPARQL results"),
    ],
)
def test_server_failures_are_one_line(
    fake: FakeServer, reply: Reply, error: type[Exception], says: str
) -> None:
    fake.reply(reply)
    with pytest.raises(error) as caught:
        RemoteStore(fake.base + "/query").select("SELECT * WHERE { ?s ?p ?o }")
    message = str(caught.value)
    assert says in message
    assert fake.base + "/query" in message
    assert "\n" not in message
    assert len(fake.seen) == 1  # a redirect is not followed


def test_a_slow_server_times_out(fake: FakeServer) -> None:
    fake.reply(Reply(body=json.dumps(ROWS).encode(), delay_s=1.0))
    with pytest.raises(QueryTimeoutError, match=r"0\.2 s"):
        RemoteStore(fake.base + "/query", timeout_s=0.2).select("SELECT * {}")


def test_nobody_listening() -> None:
    with pytest.raises(StoreError, match="cannot reach") as caught:
        RemoteStore("http://127.0.0.1:9/query", timeout_s=2).select("SELECT * {}")
    assert "http://127.0.0.1:9/query" in str(caught.value)


def test_credentials_are_sent_but_never_shown(fake: FakeServer) -> None:
    fake.reply(
        Reply(401, "text/plain", b"", {"WWW-Authenticate": 'Basic realm="sparql"'}),
        json_reply({"head": {}, "boolean": False}),
        Reply(500, "text/plain", b"down"),
    )
    store = RemoteStore(f"http://reader:s%40cret@127.0.0.1:{fake.base.rsplit(':', 1)[1]}/query")
    assert store.ask("ASK {}") is False
    assert fake.seen[1].headers["Authorization"].startswith("Basic ")
    with pytest.raises(StoreError) as caught:
        store.ask("ASK {}")
    assert "cret" not in str(caught.value)
    assert "reader" not in str(caught.value)


def test_a_digest_challenge_is_answered(fake: FakeServer) -> None:
    # Virtuoso asks for Digest (RFC 7616, MD5 with qop=auth).
    challenge = 'Digest realm="SPARQL", nonce="abc123", qop="auth", algorithm=MD5'
    fake.reply(
        Reply(401, "text/plain", b"", {"WWW-Authenticate": challenge}),
        json_reply({"head": {}, "boolean": True}),
        json_reply({"head": {}, "boolean": False}),
    )
    store = RemoteStore(f"http://reader:s%40cret@127.0.0.1:{fake.base.rsplit(':', 1)[1]}/query")
    assert store.ask("ASK {}") is True
    header = fake.seen[1].headers["Authorization"]
    assert header.startswith("Digest ")
    fields = dict(re.findall(r'(\w+)="?([^",]*)"?', header))
    assert (fields["username"], fields["realm"], fields["nonce"], fields["uri"]) == (
        "reader",
        "SPARQL",
        "abc123",
        "/query",
    )

    def md5(text: str) -> str:
        return hashlib.md5(text.encode()).hexdigest()

    ha1, ha2 = md5("reader:SPARQL:s@cret"), md5("POST:/query")
    expected = md5(f"{ha1}:abc123:{fields['nc']}:{fields['cnonce']}:auth:{ha2}")
    assert fields["response"] == expected
    # The scheme is remembered: the next request carries an answer at once.
    assert store.ask("ASK {}") is False
    assert fake.seen[2].headers["Authorization"].startswith("Digest ")
    assert len(fake.seen) == 3


@pytest.mark.parametrize("url", ["ftp://127.0.0.1/query", "127.0.0.1:7878/query", "http:///query"])
def test_not_an_http_url(url: str) -> None:
    with pytest.raises(UsageError):
        RemoteStore(url)


# -- the remote runner -------------------------------------------------------------


def runner(fake: FakeServer, max_rows: int = 2) -> RemoteRunner:
    return remote_runner(fake.base + "/query", timeout_s=5, max_rows=max_rows, max_query_bytes=10_000)


@pytest.mark.parametrize(
    "query",
    [
        "SELECT * WHERE { SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }",
        "LOAD <http://127.0.0.1:9/x.ttl>",
        "INSERT DATA { <urn:a> <urn:b> <urn:c> }",
        "CLEAR ALL",
    ],
)
def test_runner_refuses_before_sending(fake: FakeServer, query: str) -> None:
    with pytest.raises(QueryError):
        runner(fake).run(QueryRequest(query))
    assert fake.seen == []


def test_runner_serialises_in_the_asked_format_and_cuts_rows(fake: FakeServer) -> None:
    fake.reply(json_reply(ROWS))
    output = runner(fake).run(
        QueryRequest("SELECT ?n ?label WHERE { ?i pol:number ?n }", result_formats=("csv",))
    )
    assert output.media_type.startswith("text/csv")
    assert output.body.decode().splitlines() == ["n,label", "5.1,課題", "5.2,"]
    assert (output.count, output.truncated, output.kind) == (2, True, "solutions")
    assert fake.seen[0].headers["Accept"].startswith(JSON_TYPE)


def test_runner_forwards_the_protocol_dataset(fake: FakeServer) -> None:
    graphs = {"head": {"vars": ["g"]}, "results": {"bindings": [{"g": {"type": "uri", "value": "urn:g1"}}]}}
    fake.reply(json_reply(graphs), json_reply({"head": {}, "boolean": True}))
    output = runner(fake).run(QueryRequest("ASK { ?s ?p ?o }", default_graphs=("urn:g1",)))
    assert json.loads(output.body)["boolean"] is True
    assert fake.seen[1].form["default-graph-uri"] == ["urn:g1"]


def test_runner_refuses_graphs_the_server_does_not_hold(fake: FakeServer) -> None:
    fake.reply(json_reply({"head": {"vars": ["g"]}, "results": {"bindings": []}}))
    with pytest.raises(QueryError, match="not a graph of this store"):
        runner(fake).run(QueryRequest("SELECT * FROM <urn:elsewhere> WHERE { ?s ?p ?o }"))
    assert len(fake.seen) == 1  # only the question which graphs there are


def test_runner_graph_results(fake: FakeServer) -> None:
    fake.reply(Reply(content_type="text/turtle", body=NT.encode()))
    output = runner(fake, max_rows=10).run(
        QueryRequest("CONSTRUCT WHERE { ?s ?p ?o }", graph_formats=("nt",))
    )
    assert output.kind == "graph"
    assert output.count == 2
    assert output.body.decode().count(" .\n") == 2


def test_runner_unacceptable_format(fake: FakeServer) -> None:
    with pytest.raises(UnacceptableFormatError):
        runner(fake).run(QueryRequest("CONSTRUCT WHERE { ?s ?p ?o }", graph_formats=("csv",)))
    assert fake.seen == []
