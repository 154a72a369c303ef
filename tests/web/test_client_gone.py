"""The real server: a running page learns that its client left, and only then; its threads.

The server of ``policykg serve`` (:func:`web.server.make_server`, waitress on a
free port) runs a page that spends its budget until told to stop; a client that
closes its connection must stop it, a client that waits must not.  The server
runs as many worker threads as its setting names.
"""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from typing import Any

import pytest

from kg.budget import spending
from kg.errors import BudgetError
from kg.settings import Settings
from search.ask import warm
from web.server import make_server
from web.stores import StoreHolder

REQUEST = b"GET /slow HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"


class SlowPage:
    """A WSGI page that checks its budget until its client leaves or ``seconds`` pass."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self.started = threading.Event()
        self.stopped = threading.Event()
        self.outcome = ""
        # each run's outcome in turn: a pipelined request runs the page again once the first is answered
        self.outcomes: list[str] = []

    def __call__(self, environ: dict[str, Any], start_response: Callable[..., Any]) -> Iterable[bytes]:
        self.started.set()
        deadline = time.monotonic() + self.seconds
        try:
            with spending(60.0, "the slow page", environ["waitress.client_disconnected"]) as budget:
                while time.monotonic() < deadline:
                    budget.check()
                    time.sleep(0.01)
            self.outcome = "finished"
        except BudgetError as exc:
            self.outcome = str(exc)
        finally:
            self.outcomes.append(self.outcome)
            self.stopped.set()
        start_response("200 OK", [("Content-Type", "text/plain")])
        return [self.outcome.encode()]


@pytest.fixture
def serve(built: Settings) -> Iterator[Callable[[SlowPage], int]]:
    servers: list[Any] = []
    # Read ahead once here, before any server thread runs, so that the servers' own read-ahead threads
    # import and compile nothing while the next server's app is built: CPython 3.11's AST constructor is
    # not safe across threads (python/cpython gh-106905).
    warm(StoreHolder(built).get())

    def start(page: SlowPage) -> int:
        server = make_server(built.replace(host="127.0.0.1", port=0, threads=2))
        server.application = page  # the server's own channels and settings, this page behind them
        threading.Thread(target=server.run, daemon=True).start()
        servers.append(server)
        return int(server.effective_port)

    yield start
    for server in servers:
        server.close()


def test_a_client_that_leaves_stops_its_page(serve: Callable[[SlowPage], int]) -> None:
    page = SlowPage(seconds=20.0)
    client = socket.create_connection(("127.0.0.1", serve(page)), timeout=5)
    client.sendall(REQUEST)
    assert page.started.wait(5)
    client.close()
    assert page.stopped.wait(5), "the page ran on after its client left"
    assert page.outcome == "the client of the slow page has gone; the work was stopped"


def test_a_client_that_waits_gets_its_page(serve: Callable[[SlowPage], int]) -> None:
    page = SlowPage(seconds=0.5)
    with socket.create_connection(("127.0.0.1", serve(page)), timeout=5) as client:
        client.sendall(REQUEST)
        answer = b""
        while not answer.endswith(b"finished"):
            chunk = client.recv(4096)
            assert chunk, f"the connection closed early: {answer!r}"
            answer += chunk
    assert answer.startswith(b"HTTP/1.1 200 OK")


def test_a_client_that_sends_its_next_request_early_is_still_there(serve: Callable[[SlowPage], int]) -> None:
    # HTTP/1.1 pipelining: the second request waits in the socket while the first runs.
    page = SlowPage(seconds=0.5)
    with socket.create_connection(("127.0.0.1", serve(page)), timeout=5) as client:
        client.sendall(REQUEST)
        assert page.started.wait(5)
        client.sendall(REQUEST)
        assert page.stopped.wait(5)
    # the first request's page: the second runs once the first is answered, and may find the
    # connection closed by then (that run's outcome is not what this test is about)
    assert page.outcomes[0] == "finished"


def test_the_server_runs_the_worker_threads_the_setting_names(built: Settings) -> None:
    # README: POLICYKG_THREADS, default 6: each thread adds its own working memory, and half of
    # them (3) still let SPARQL run more queries than one client may (max_queries_per_client, 2).
    assert Settings().threads == 6
    server = make_server(built.replace(host="127.0.0.1", port=0, threads=3))
    try:
        assert len(server.task_dispatcher.threads) == 3
    finally:
        server.close()
