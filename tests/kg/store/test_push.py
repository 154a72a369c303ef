"""``policykg push``: what is sent where, and one clear line for each way it can fail.

A stand-in Graph Store on 127.0.0.1 records the requests; the push to a live
Oxigraph server is in tests/integration.
"""

from __future__ import annotations

import urllib.parse
from collections.abc import Iterator

import pyoxigraph as ox
import pytest

from kg.cli import main
from kg.errors import PolicyKGError, UsageError
from kg.settings import Settings
from kg.store.push import DEFAULT_GRAPH, Pushed, check_endpoint, push_graphs, summary
from kg.store.reader import ReadStore
from tests.kg.store.test_remote import FakeServer, Reply


@pytest.fixture
def fake(monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeServer]:
    for var in ("http_proxy", "HTTP_PROXY", "all_proxy", "ALL_PROXY"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("no_proxy", "127.0.0.1")
    with FakeServer() as server:
        yield server


def ok(n: int) -> list[Reply]:
    return [Reply(204, "text/plain", b"") for _ in range(n)]


def graph_count(settings: Settings) -> int:
    return len(ReadStore(settings.data_dir).named_graphs())


def test_every_named_graph_then_the_merge(fake: FakeServer, built: Settings) -> None:
    graphs = ReadStore(built.data_dir).named_graphs()
    fake.reply(*ok(len(graphs) + 1))
    pushed = list(push_graphs(built, fake.base + "/store"))
    assert [p.graph for p in pushed] == [*graphs, DEFAULT_GRAPH]
    assert [s.method for s in fake.seen] == ["PUT"] * (len(graphs) + 1)
    sent = [urllib.parse.parse_qs(urllib.parse.urlsplit(s.path).query) for s in fake.seen[:-1]]
    assert [q["graph"] for q in sent] == [[g] for g in graphs]
    assert fake.seen[-1].path == "/store?default"
    for seen, result in zip(fake.seen, pushed, strict=True):
        assert seen.headers["Content-Type"] == "application/n-triples"
        triples = list(ox.parse(seen.body, ox.RdfFormat.N_TRIPLES))
        assert len(triples) == result.triples > 0


def test_without_the_default_graph(fake: FakeServer, built: Settings) -> None:
    fake.reply(*ok(graph_count(built)))
    pushed = list(push_graphs(built, fake.base + "/store", default_graph=False))
    assert not any(p.is_default for p in pushed)
    assert all("?graph=" in s.path for s in fake.seen)


def test_dry_run_contacts_nothing(built: Settings) -> None:
    pushed = list(push_graphs(built, "http://127.0.0.1:9/store", dry_run=True))
    assert len(pushed) == graph_count(built) + 1
    assert sum(p.triples for p in pushed if not p.is_default) == len(ReadStore(built.data_dir))


def test_an_endpoint_with_a_query_string_keeps_it(fake: FakeServer, built: Settings) -> None:
    fake.reply(*ok(graph_count(built) + 1))
    list(push_graphs(built, fake.base + "/crud?key=1"))
    assert fake.seen[0].path.startswith("/crud?key=1&graph=")
    assert fake.seen[-1].path == "/crud?key=1&default"


@pytest.mark.parametrize(
    ("replies", "says"),
    [
        ([Reply(405, "text/plain", b"PUT is not supported here")], "Graph Store HTTP Protocol endpoint"),
        ([Reply(404, "text/html", b"<html><body><p>Not Found</p></body></html>")], "HTTP 404 (Not Found)"),
        ([Reply(500, "text/plain", b"disk full\n" * 100)], "refused graph <"),
        ([Reply(403, "text/plain", b"forbidden")], "not allowed to write"),
        ([Reply(301, "text/plain", b"", {"Location": "https://127.0.0.1/store"})], "redirects"),
        ([Reply(204, "text/plain", b""), Reply(400, "text/plain", b"bad RDF")], "(1 graph pushed before it)"),
    ],
)
def test_failures_are_one_line(fake: FakeServer, built: Settings, replies: list[Reply], says: str) -> None:
    fake.reply(*replies)
    with pytest.raises(PolicyKGError) as caught:
        list(push_graphs(built, fake.base + "/store"))
    message = str(caught.value)
    assert says in message
    assert fake.base + "/store" in message
    assert "\n" not in message
    assert len(message) < 600
    assert len(fake.seen) == len(replies)  # it stops at the first refusal


def test_a_server_without_a_default_graph_gets_a_warning(
    fake: FakeServer, built: Settings, caplog: pytest.LogCaptureFixture
) -> None:
    fake.reply(*ok(graph_count(built)), Reply(500, "text/plain", b"not configured to have default graph"))
    pushed = list(push_graphs(built, fake.base + "/store"))
    assert len(pushed) == graph_count(built)
    assert not any(p.is_default for p in pushed)
    assert "not configured to have default graph" in caplog.text


def test_the_default_graph_required(fake: FakeServer, built: Settings) -> None:
    fake.reply(*ok(graph_count(built)), Reply(400, "text/plain", b"default graph not supported"))
    with pytest.raises(PolicyKGError, match="the default graph") as caught:
        list(push_graphs(built, fake.base + "/store", default_graph=True))
    assert f"({graph_count(built)} graphs pushed before it)" in str(caught.value)


def test_the_merge_as_a_named_graph(fake: FakeServer, built: Settings) -> None:
    merged = "https://w3id.org/policykg/id/graph/merged"
    fake.reply(*ok(graph_count(built) + 1))
    pushed = list(push_graphs(built, fake.base + "/store", default_graph=False, merged_graph=merged))
    assert pushed[-1].graph == merged
    assert fake.seen[-1].path == "/store?" + urllib.parse.urlencode({"graph": merged})
    store = ReadStore(built.data_dir).oxigraph
    assert pushed[-1].triples == sum(1 for _ in store.quads_for_pattern(None, None, None, ox.DefaultGraph()))


@pytest.mark.parametrize("merged", ["not an iri", "https://w3id.org/policykg/ns"])
def test_a_merged_graph_name_that_will_not_do(built: Settings, merged: str) -> None:
    with pytest.raises(UsageError):
        list(push_graphs(built, "http://127.0.0.1:9/store", merged_graph=merged, dry_run=True))


def test_nobody_listening(built: Settings) -> None:
    with pytest.raises(PolicyKGError, match=r"cannot reach the server \(connection refused"):
        list(push_graphs(built, "http://127.0.0.1:9/store"))


@pytest.mark.parametrize(
    "endpoint",
    [
        "ftp://127.0.0.1/store",
        "127.0.0.1:7878/store",
        "http://127.0.0.1:7878/query",
        "http://127.0.0.1:3030/ds/sparql",
        "http://127.0.0.1:3030/ds/update/",
        "http://127.0.0.1:7878/store?graph=urn:x",
        "http://127.0.0.1:7878/store?default",
    ],
)
def test_urls_that_cannot_be_a_graph_store(endpoint: str) -> None:
    with pytest.raises(UsageError):
        check_endpoint(endpoint)


@pytest.mark.parametrize(
    "endpoint",
    [
        "http://127.0.0.1:7878/store",
        "http://127.0.0.1:3030/ds/data",
        "http://dba:dba@127.0.0.1:8890/sparql-graph-crud-auth",
        "http://127.0.0.1:8890/sparql-graph-crud",
    ],
)
def test_graph_store_urls(endpoint: str) -> None:
    assert "dba" not in check_endpoint(endpoint).shown


def test_summary() -> None:
    pushed = [Pushed("urn:a", 2), Pushed("urn:b", 3), Pushed(DEFAULT_GRAPH, 4)]
    assert summary(pushed, "http://u:p@127.0.0.1/store") == (
        "pushed 2 named graphs (5 triples) and the default graph (4 triples) to http://127.0.0.1/store"
    )
    assert summary(pushed[:1], "http://127.0.0.1/store", dry_run=True).startswith("would push 1 named graph ")


def test_cli_prints_one_line_and_exits_1(
    fake: FakeServer, built: Settings, capsys: pytest.CaptureFixture[str]
) -> None:
    fake.reply(Reply(405, "text/plain", b"Method Not Allowed"))
    with pytest.raises(SystemExit) as exited:
        main(["push", "--endpoint", fake.base + "/", "--data", str(built.data_dir)])
    assert exited.value.code == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert err.startswith("policykg: ")
    assert "Graph Store HTTP Protocol" in err


def test_cli_reports_a_push_on_stderr_and_lists_a_dry_run_on_stdout(
    fake: FakeServer, built: Settings, capsys: pytest.CaptureFixture[str]
) -> None:
    fake.reply(*ok(graph_count(built) + 1))
    main(["push", "--endpoint", fake.base + "/store", "--data", str(built.data_dir)])
    out, err = capsys.readouterr()
    assert out == ""
    assert err.count("\n") == graph_count(built) + 2  # a line per graph, the merge, the summary
    assert err.splitlines()[-1].startswith("pushed ")
    main(["push", "--endpoint", fake.base + "/store", "--dry-run", "--data", str(built.data_dir)])
    out, err = capsys.readouterr()
    assert err == "" and out.splitlines()[-1].startswith("would push ")
