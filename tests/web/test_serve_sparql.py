"""The real server (`policykg serve` on waitress) as SPARQL clients and proxies meet it.

Slow SPARQL never stalls the site: with eight slow queries in flight from four client
addresses the home page and a search still answer at once, and the queries past the
endpoint's bound get 503 with Retry-After at once.  Waitress's own error pages carry the
app's security headers, and forwarded scheme and host are believed from the trusted proxy
only."""

from __future__ import annotations

import http.client
import os
import socket
import subprocess
import sys
import threading
import time
import urllib.request
from collections.abc import Iterator
from urllib.parse import quote, urlencode

import pytest

from kg.settings import Settings
from tests.conftest import ROOT
from tests.web.test_serve import free_port
from web.app import SECURITY_HEADERS

TIMEOUT_S = 8
CARTESIAN = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
# Four real client addresses: the whole 127.0.0.0/8 is loopback on Linux.
CLIENTS = ["127.0.0.2", "127.0.0.3", "127.0.0.4", "127.0.0.5"]
BUDGET_S = 0.2


@pytest.fixture(scope="module")
def server(built: Settings) -> Iterator[tuple[str, int]]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("POLICYKG_")}
    env |= {"POLICYKG_TRUSTED_PROXIES": "127.0.0.1", "POLICYKG_QUERY_TIMEOUT_S": str(TIMEOUT_S)}
    if sys.platform != "linux":
        pytest.skip("needs the loopback addresses 127.0.0.2-5, which Linux has")
    port = free_port()
    proc = subprocess.Popen(
        [sys.executable, "-m", "kg", "serve", "--data", str(built.data_dir), "--port", str(port)],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=2).read()
                break
            except OSError:
                if proc.poll() is not None:
                    raise AssertionError(proc.stderr.read() if proc.stderr else "server exited") from None
                time.sleep(0.2)
        yield "127.0.0.1", port
    finally:
        proc.terminate()
        proc.wait(10)


def get(
    where: tuple[str, int],
    path: str,
    headers: dict[str, str] | None = None,
    timeout: float = 30,
    source: str | None = None,
) -> tuple[int, dict[str, str], float]:
    started = time.monotonic()
    conn = http.client.HTTPConnection(*where, timeout=timeout, source_address=(source, 0) if source else None)
    try:
        conn.request("GET", path, headers=headers or {})
        response = conn.getresponse()
        response.read()
        return response.status, dict(response.getheaders()), time.monotonic() - started
    finally:
        conn.close()


def test_pages_answer_while_eight_slow_queries_run(server: tuple[str, int]) -> None:
    search = "/search?" + urlencode({"q": "マイナンバー"})
    # Warm up: the first search opens the index, the first query starts the workers.
    for path in ("/", search, "/sparql?query=" + quote("ASK {}")):
        assert get(server, path)[0] == 200
    answers: list[tuple[int, dict[str, str], float]] = []
    lock = threading.Lock()

    def slow(client: str) -> None:
        answer = get(
            server,
            "/sparql?query=" + quote(CARTESIAN),
            {"Accept": "application/sparql-results+json"},
            timeout=TIMEOUT_S + 10,
            source=client,
        )
        with lock:
            answers.append(answer)

    threads = [threading.Thread(target=slow, args=(c,)) for c in CLIENTS for _ in range(2)]
    for thread in threads:
        thread.start()
    time.sleep(1.0)  # the eight are in flight (or already refused)
    timings: dict[str, list[float]] = {"/": [], search: []}
    for _ in range(5):
        for path in timings:
            status, _, took = get(server, path, timeout=TIMEOUT_S + 5)
            assert status == 200
            timings[path].append(took)
    for thread in threads:
        thread.join(TIMEOUT_S + 10)
    print({path: [round(t * 1000) for t in ts] for path, ts in timings.items()})
    for path, took in timings.items():
        assert max(took) < BUDGET_S, (path, took)
    assert len(answers) == 8
    assert all(status == 503 for status, _, _ in answers), [(s, round(t, 2)) for s, _, t in answers]
    refused = [a for a in answers if a[2] < 1.0]
    assert refused, [round(a[2], 2) for a in answers]
    for _, headers, _ in refused:
        assert int(headers["Retry-After"]) >= 1


def raw(where: tuple[str, int], data: bytes) -> tuple[int, dict[str, str]]:
    """Send ``data`` as it is; the status and headers of the answer."""
    with socket.create_connection(where, timeout=10) as sock:
        sock.sendall(data)
        received = b""
        while b"\r\n\r\n" not in received:
            chunk = sock.recv(65536)
            if not chunk:
                break
            received += chunk
    head = received.split(b"\r\n\r\n", 1)[0].decode("latin-1").split("\r\n")
    headers = dict(line.split(": ", 1) for line in head[1:] if ": " in line)
    return int(head[0].split()[1]), {k.lower(): v for k, v in headers.items()}


@pytest.mark.parametrize(
    ("request_bytes", "status"),
    [
        (b"GET /sparql HTTP/1.1\r\nHost: x\r\nContent-Length: nine\r\n\r\n", 400),
        (b"POST /sparql HTTP/1.1\r\nHost: x\r\nContent-Length: 99999999\r\n\r\n", 413),
        (b"GET / HTTP/1.1\r\nHost: x\r\nX-Big: " + b"a" * 300_000 + b"\r\n\r\n", 431),
    ],
    ids=["400", "413", "431"],
)
def test_waitress_error_pages_carry_the_security_headers(
    server: tuple[str, int], request_bytes: bytes, status: int
) -> None:
    got, headers = raw(server, request_bytes)
    assert got == status
    for name, value in SECURITY_HEADERS.items():
        assert headers.get(name.lower()) == value, (name, headers)


def test_absolute_urls_say_https_only_behind_the_trusted_proxy(server: tuple[str, int]) -> None:
    forwarded = {"Accept": "text/turtle", "X-Forwarded-Proto": "https", "X-Forwarded-Host": "kg.example.org"}
    status, _, _ = get(server, "/sparql", forwarded)
    assert status == 200
    endpoint = "<http://www.w3.org/ns/sparql-service-description#endpoint>"

    def endpoint_of(source: str) -> str:
        conn = http.client.HTTPConnection(*server, timeout=10, source_address=(source, 0))
        try:
            conn.request("GET", "/sparql", headers=forwarded | {"Accept": "application/n-triples"})
            body = conn.getresponse().read().decode("utf-8")
        finally:
            conn.close()
        (line,) = [ln for ln in body.splitlines() if f" {endpoint} " in ln]
        return line.split(f" {endpoint} ")[1].rstrip(" .")

    assert endpoint_of("127.0.0.1") == "<https://kg.example.org/sparql>"  # the trusted proxy
    assert endpoint_of("127.0.0.2") == f"<http://127.0.0.1:{server[1]}/sparql>"  # anyone else
