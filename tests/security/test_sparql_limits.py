"""Queries that try to exhaust the server: runaway CPU, huge results, unbounded memory,
huge or deeply nested text, bytes that are not UTF-8, and one client flooding the pool.
Each gets a 4xx or 503 within the time limit (never a 500 or a traceback), and the
server keeps answering everyone else."""

from __future__ import annotations

import re
import resource
import statistics
import sys
import threading
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from flask import Flask
from flask.testing import FlaskClient
from werkzeug.test import TestResponse

from kg.settings import Settings
from kg.settings import Settings as _Settings
from web import create_app
from web.sparql import ClientSlots

MAX_NESTING = _Settings().max_query_nesting

TIMEOUT_S = 4.0
MAX_ROWS = 1000
CARTESIAN = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
LIGHT = "ASK { ?s a pol:Issue }"


def doubling(times: int) -> str:
    """A query whose one string doubles ``times`` times: 8 bytes become 8 × 2**times."""
    binds = " ".join(f"BIND(CONCAT(?s{i}, ?s{i}) AS ?s{i + 1})" for i in range(times))
    return f'SELECT (STRLEN(?s{times}) AS ?n) WHERE {{ VALUES ?s0 {{ "xxxxxxxx" }} {binds} }}'


@pytest.fixture(scope="module")
def app(built: Settings) -> Iterator[Flask]:
    app = create_app(built.replace(query_timeout_s=TIMEOUT_S, max_result_rows=MAX_ROWS))
    yield app
    app.extensions["policykg.sparql"].close()


@pytest.fixture
def client(app: Flask) -> FlaskClient:
    return app.test_client()


def timed(send: object) -> tuple[TestResponse, float]:
    started = time.monotonic()
    response = send()  # type: ignore[operator]
    return response, time.monotonic() - started


def assert_refused(response: TestResponse, *allowed: int) -> None:
    assert response.status_code in allowed, (response.status_code, response.data[:300])
    assert response.get_json()["ok"] is False
    assert b"Traceback" not in response.data


def assert_still_answers(client: FlaskClient) -> None:
    response = client.get("/sparql", query_string={"query": LIGHT})
    assert response.status_code == 200, response.data[:300]


def test_runaway_cpu_is_stopped_at_the_time_limit(client: FlaskClient) -> None:
    response, took = timed(lambda: client.get("/sparql", query_string={"query": CARTESIAN}))
    assert_refused(response, 503)
    assert response.get_json()["code"] == "E410"
    assert took < TIMEOUT_S + 1.0 + 1.0  # the limit, plus one second, plus starting a worker
    assert_still_answers(client)


def test_huge_results_are_cut_at_the_row_limit(client: FlaskClient) -> None:
    response = client.get(
        "/sparql", query_string={"query": "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f }", "format": "csv"}
    )
    assert response.status_code == 200
    assert response.headers["X-PolicyKG-Truncated"] == "true"
    assert response.headers["X-PolicyKG-Rows"] == str(MAX_ROWS)
    assert response.get_data(as_text=True).count("\n") == MAX_ROWS + 1  # the header line too
    graph = client.get(
        "/sparql", query_string={"query": "CONSTRUCT { ?a ?b ?f } WHERE { ?a ?b ?c . ?d ?e ?f }"}
    )
    assert graph.status_code == 200
    assert graph.headers["X-PolicyKG-Truncated"] == "true"


def resource_limit_text() -> str:
    """This process's address-space limit as /proc writes it: what a worker without a cap inherits."""
    soft, _ = resource.getrlimit(resource.RLIMIT_AS)
    return "unlimited" if soft == resource.RLIM_INFINITY else str(soft)


def _worker_limits(app: Flask) -> str:
    runner = app.extensions["policykg.sparql"]
    worker = runner._idle.get(timeout=5)
    try:
        return Path(f"/proc/{worker.process.pid}/limits").read_text(encoding="ascii")
    finally:
        runner._idle.put(worker)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the address-space cap is read from /proc")
def test_a_memory_hungry_query_kills_only_its_worker(built: Settings) -> None:
    timeout_s = 40.0  # long enough that the memory cap, not the clock, stops the query
    app = create_app(built.replace(query_timeout_s=timeout_s))
    client = app.test_client()
    try:
        assert_still_answers(client)
        address_space = next(
            ln for ln in _worker_limits(app).splitlines() if ln.startswith("Max address space")
        )
        # Never run the query on a worker without the cap: it would take the machine's memory.
        assert address_space.split()[3] != "unlimited", address_space
        response, took = timed(lambda: client.get("/sparql", query_string={"query": doubling(34)}))
        assert_refused(response, 400, 503)
        assert took < timeout_s
        assert "memory" in response.get_json()["error"]
        assert_still_answers(client)
    finally:
        app.extensions["policykg.sparql"].close()


def _worker_address_space(app: Flask) -> tuple[int, int]:
    """An idle worker's address-space limit and its address space now, in bytes."""
    runner = app.extensions["policykg.sparql"]
    worker = runner._idle.get(timeout=10)
    try:
        limits = Path(f"/proc/{worker.process.pid}/limits").read_text(encoding="ascii")
        status = Path(f"/proc/{worker.process.pid}/status").read_text(encoding="ascii")
    finally:
        runner._idle.put(worker)
    soft = next(ln for ln in limits.splitlines() if ln.startswith("Max address space")).split()[3]
    assert soft != "unlimited", limits
    size = re.search(r"^VmSize:\s+(\d+) kB", status, re.MULTILINE)
    assert size is not None
    return int(soft), int(size.group(1)) * 1024


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the address-space cap is read from /proc")
def test_the_worker_memory_cap_is_the_setting(built: Settings) -> None:
    query = doubling(25)  # a 256 MiB string, from copies of 128 MiB and less
    apps = {
        mb: create_app(built.replace(query_timeout_s=40.0, sparql_worker_memory_mb=mb)) for mb in (1024, 2048)
    }
    try:
        refused = apps[1024].test_client().get("/sparql", query_string={"query": query})
        assert_refused(refused, 400)
        assert "memory" in refused.get_json()["error"]
        answered = apps[2048].test_client().get("/sparql", query_string={"query": query})
        assert answered.status_code == 200, answered.data[:300]
        (row,) = answered.get_json()["results"]["bindings"]
        assert int(row["n"]["value"]) == 8 * 2**25
        for mb, app in apps.items():
            limit, size = _worker_address_space(app)
            # Never more than the setting above what the worker holds now.
            assert 0 < limit - size <= mb * 2**20, (mb, limit, size)
        # The refused query's worker was replaced by a fresh one: nearly all of its budget is left.
        limit, size = _worker_address_space(apps[1024])
        assert limit - size > (1024 - 64) * 2**20, (limit, size)
    finally:
        for app in apps.values():
            app.extensions["policykg.sparql"].close()


def test_no_cap_is_set_when_the_setting_is_0(built: Settings) -> None:
    app = create_app(built.replace(sparql_worker_memory_mb=0))
    try:
        assert_still_answers(app.test_client())
        if sys.platform.startswith("linux"):
            line = next(ln for ln in _worker_limits(app).splitlines() if ln.startswith("Max address space"))
            assert line.split()[3] == resource_limit_text()
    finally:
        app.extensions["policykg.sparql"].close()


def test_a_grouped_cartesian_product_is_stopped(client: FlaskClient) -> None:
    query = (
        "SELECT (STRLEN(GROUP_CONCAT(CONCAT(STR(?a), STR(?c), STR(?f)))) AS ?n) "
        "WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
    )
    response, took = timed(lambda: client.get("/sparql", query_string={"query": query}))
    assert_refused(response, 400, 503)
    assert took < TIMEOUT_S + 2.0
    assert_still_answers(client)


MEGABYTE = "SELECT * WHERE { ?s ?p ?o } LIMIT 1 #" + "x" * 1_000_000


def test_a_1_mb_query_is_refused(client: FlaskClient) -> None:
    for response in (
        client.get("/sparql", query_string={"query": MEGABYTE}),
        client.post("/sparql", data={"query": MEGABYTE}),
        client.post("/sparql", data=MEGABYTE.encode(), headers={"Content-Type": "application/sparql-query"}),
    ):
        assert_refused(response, 413)
    oversize = "SELECT * WHERE { ?s ?p ?o } #" + "x" * 3_000_000  # past max_request_bytes
    response = client.post(
        "/sparql", data=oversize.encode(), headers={"Content-Type": "application/sparql-query"}
    )
    assert_refused(response, 413)


NESTED = [
    "SELECT * WHERE " + "{" * 10_000 + "}" * 10_000,
    "SELECT * WHERE { FILTER(" + "(" * 10_000 + "1" + ")" * 10_000 + ") }",
    "SELECT * WHERE { ?s ?p " + "[ ?p " * 10_000 + "?o" + " ]" * 10_000 + " }",
    "SELECT * WHERE " + "{ ?s ?p ?o OPTIONAL " * 1_000 + "{}" + " }" * 1_000,
    "SELECT * WHERE " + "{" * 10_000,
    # Closing brackets inside a literal, an IRI or a comment must not pay for real nesting after them.
    'SELECT * WHERE { FILTER(?o != "' + ")" * 10_000 + '") ' + "{" * 10_000 + "}" * 10_000 + " }",
    "SELECT * WHERE { ?s ?p <urn:" + "]" * 10_000 + "> " + "{" * 10_000 + "}" * 10_000 + " }",
    "SELECT * WHERE { #" + "}" * 10_000 + "\n" + "{" * 10_000 + "}" * 10_000 + " }",
]


@pytest.mark.parametrize(
    "query",
    NESTED,
    ids=[
        "braces",
        "parentheses",
        "blank nodes",
        "optionals",
        "unclosed",
        "after literal",
        "after IRI",
        "after comment",
    ],
)
def test_deep_nesting_is_refused_before_parsing(client: FlaskClient, query: str) -> None:
    for response in (
        client.get("/sparql", query_string={"query": query}),
        client.post("/sparql", data=query.encode(), headers={"Content-Type": "application/sparql-query"}),
    ):
        assert_refused(response, 400)
        assert str(MAX_NESTING) in response.get_json()["error"]
    assert_still_answers(client)


def test_brackets_inside_a_literal_do_not_count_as_nesting(client: FlaskClient) -> None:
    literal = "(" * 10_000 + "{" * 5_000
    query = f'SELECT (STRLEN("{literal}") AS ?n) WHERE {{}}'
    response = client.get("/sparql", query_string={"query": query})
    assert response.status_code == 200, response.data[:300]
    (row,) = response.get_json()["results"]["bindings"]
    assert row["n"]["value"] == "15000"


def test_reasonable_nesting_still_runs(client: FlaskClient) -> None:
    query = "SELECT * WHERE " + "{ " * 50 + "?s ?p ?o" + " }" * 50 + " LIMIT 1"
    assert client.get("/sparql", query_string={"query": query}).status_code == 200


NOT_UTF8 = [
    b"SELECT * WHERE { ?s ?p \xff }",
    b"\xfe\xff\x00S\x00E",
    b"ASK { ?s ?p '\xc3\x28' }",
    b"\x80" * 100,
]


@pytest.mark.parametrize("raw", NOT_UTF8)
def test_bytes_that_are_not_utf8_are_refused(client: FlaskClient, raw: bytes) -> None:
    from urllib.parse import quote_from_bytes

    encoded = quote_from_bytes(raw)
    for response in (
        client.get("/sparql?query=" + encoded),
        client.post(
            "/sparql", data=b"query=" + encoded.encode(), content_type="application/x-www-form-urlencoded"
        ),
        client.post("/sparql", data=raw, headers={"Content-Type": "application/sparql-query"}),
        client.post(
            "/sparql", data=raw, headers={"Content-Type": "application/sparql-query; charset=latin-1"}
        ),
        client.get("/search?q=" + encoded, headers={"Accept": "application/json"}),
    ):
        assert response.status_code < 500, (response.status_code, response.data[:300])
        assert b"Traceback" not in response.data
    response = client.post("/sparql", data=raw, headers={"Content-Type": "application/sparql-query"})
    assert_refused(response, 400, 415)


# --------------------------------------------------------------------------- fairness


def _as(app: Flask, address: str) -> FlaskClient:
    client = app.test_client()
    client.environ_base["REMOTE_ADDR"] = address
    return client


def test_one_client_flooding_gets_429_while_another_is_served(app: Flask) -> None:
    flooder, other = "10.0.0.1", "10.0.0.2"
    # Start every worker first, so the other client's first query does not wait for one.
    with ThreadPoolExecutor(4) as warm:
        list(
            warm.map(
                lambda n: _as(app, f"10.0.1.{n}").get("/sparql", query_string={"query": LIGHT}), range(4)
            )
        )
    limit = app.extensions["policykg.sparql.slots"].limit
    heavy: list[TestResponse] = []
    latencies: list[float] = []
    started = threading.Event()

    def flood() -> None:
        with ThreadPoolExecutor(20) as pool:
            started.set()
            heavy.extend(
                pool.map(
                    lambda _: _as(app, flooder).get("/sparql", query_string={"query": CARTESIAN}), range(20)
                )
            )

    thread = threading.Thread(target=flood)
    thread.start()
    started.wait()
    time.sleep(0.3)  # let the flood take its slots
    client = _as(app, other)
    deadline = time.monotonic() + TIMEOUT_S - 1.0
    while time.monotonic() < deadline:
        response, took = timed(lambda: client.get("/sparql", query_string={"query": LIGHT}))
        assert response.status_code == 200, response.data[:300]
        latencies.append(took)
    thread.join()

    refused = [r for r in heavy if r.status_code == 429]
    ran = [r for r in heavy if r.status_code != 429]
    assert len(ran) == limit, [r.status_code for r in heavy]
    assert all(r.status_code == 503 for r in ran)  # the cartesian product times out
    assert len(refused) == 20 - limit
    for response in refused:
        assert int(response.headers["Retry-After"]) >= 1
        assert response.get_json()["status"] == 429
    assert len(latencies) >= 5
    p95 = statistics.quantiles(latencies, n=20)[-1]
    assert p95 < 1.0, latencies
    # Slots are given back: the flooder can query again.
    assert _as(app, flooder).get("/sparql", query_string={"query": LIGHT}).status_code == 200


def test_the_limit_leaves_a_worker_for_others(app: Flask) -> None:
    size = app.extensions["policykg.sparql"].size
    assert 1 <= app.extensions["policykg.sparql.slots"].limit < size


def test_slots_are_given_back_when_a_query_fails() -> None:
    slots = ClientSlots(1, 3)
    with pytest.raises(RuntimeError), slots.hold("a"):
        raise RuntimeError("the query failed")
    with slots.hold("a"), slots.hold("b"):
        from werkzeug.exceptions import TooManyRequests

        with pytest.raises(TooManyRequests) as refused, slots.hold("a"):
            pass
        assert ("Retry-After", "3") in refused.value.get_headers()


def test_slots_are_counted_across_threads() -> None:
    slots = ClientSlots(2, 1)
    running = 0
    peak = 0
    lock = threading.Lock()
    barrier = threading.Barrier(8)

    def one() -> bool:
        nonlocal running, peak
        barrier.wait()
        try:
            with slots.hold("same"):
                with lock:
                    running += 1
                    peak = max(peak, running)
                time.sleep(0.05)
                with lock:
                    running -= 1
            return True
        except Exception:
            return False

    with ThreadPoolExecutor(8) as pool:
        results = list(pool.map(lambda _: one(), range(8)))
    assert peak <= 2
    assert results.count(True) >= 2
    assert slots._running == {}
