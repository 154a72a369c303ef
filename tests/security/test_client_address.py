"""The per-client query limit behind a reverse proxy: X-Forwarded-For is believed only from a
trusted proxy, read from the right, and a malformed value never gives a client more slots
or the server a 500."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from ipaddress import ip_network

import pytest
from flask import Flask
from flask.testing import FlaskClient
from hypothesis import given, settings
from hypothesis import strategies as st
from werkzeug.test import TestResponse

from kg.settings import Settings
from web import create_app
from web.clients import MAX_HOPS, client_address, parse_address
from web.sparql import SLOTS

TIMEOUT_S = 3.0
# Runs until the time limit: it holds its client's one slot meanwhile.
HEAVY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
LIGHT = "ASK { ?s a pol:Issue }"
PROXY = "127.0.0.1"
TRUSTED = (ip_network("127.0.0.1/32"), ip_network("10.0.0.0/8"), ip_network("2001:db8::/32"))


@pytest.mark.parametrize(
    ("peer", "header", "expected"),
    [
        ("127.0.0.1", ["203.0.113.5"], "203.0.113.5"),
        ("127.0.0.1", ["198.51.100.1, 203.0.113.5"], "203.0.113.5"),  # the client wrote the left one
        ("127.0.0.1", ["203.0.113.5, 10.0.0.7"], "203.0.113.5"),  # a second trusted proxy
        ("127.0.0.1", ["198.51.100.1", "203.0.113.5, 10.0.0.7"], "203.0.113.5"),  # two header lines
        ("127.0.0.1", ["10.1.1.1, 10.0.0.7"], "10.1.1.1"),  # from inside the trusted network
        ("127.0.0.1", ["[2001:db9::1]:443"], "2001:db9::1"),
        ("127.0.0.1", ["203.0.113.5:8080"], "203.0.113.5"),
        ("::ffff:127.0.0.1", ["203.0.113.5"], "203.0.113.5"),  # IPv4-mapped peer
        ("127.0.0.1", ["::ffff:203.0.113.5"], "203.0.113.5"),
        ("127.0.0.1", [], "127.0.0.1"),
        ("127.0.0.1", [""], "127.0.0.1"),
        ("127.0.0.1", ["unknown"], "127.0.0.1"),
        ("127.0.0.1", ["203.0.113.5, unknown"], "127.0.0.1"),
        ("127.0.0.1", ["203.0.113.5,,"], "127.0.0.1"),
        ("127.0.0.1", ["203.0.113.999"], "127.0.0.1"),
        ("127.0.0.1", ["<script>"], "127.0.0.1"),
        ("127.0.0.1", ["1.2.3.4, " * 40 + "203.0.113.5"], "203.0.113.5"),  # padding on the left
        ("127.0.0.1", ["10.0.0.1, " * 40 + "10.0.0.2"], "127.0.0.1"),  # too long to find its start
        ("192.0.2.1", ["203.0.113.5"], "192.0.2.1"),  # not a trusted peer
        ("192.0.2.1", ["127.0.0.1"], "192.0.2.1"),
        (None, ["203.0.113.5"], "unknown"),
    ],
)
def test_the_client_is_the_rightmost_untrusted_address(
    peer: str | None, header: list[str], expected: str
) -> None:
    assert client_address(peer, header, TRUSTED) == expected


def test_with_no_trusted_proxy_the_header_is_ignored() -> None:
    assert client_address("127.0.0.1", ["203.0.113.5"], ()) == "127.0.0.1"


@settings(max_examples=300, deadline=None)
@given(
    st.one_of(st.none(), st.sampled_from(["127.0.0.1", "10.2.3.4", "192.0.2.1", "2001:db8::5"]), st.text()),
    st.lists(st.text(alphabet=st.sampled_from(list("0123456789abcdef.:,[] fxy")), max_size=60), max_size=3)
    | st.lists(st.text(max_size=40), max_size=3),
)
def test_any_header_gives_the_peer_or_an_address_it_names(peer: str | None, header: list[str]) -> None:
    client = client_address(peer, header, TRUSTED)
    if client != (peer or "unknown"):
        assert parse_address(client) is not None
        assert client in {str(parse_address(e)) for e in ",".join(header).split(",")[-MAX_HOPS:]} | {
            str(parse_address(peer or ""))
        }


# --------------------------------------------------------------------------- through the app


@pytest.fixture
def make_app(built: Settings) -> Iterator[object]:
    apps: list[Flask] = []

    def make(trusted: str) -> Flask:
        app = create_app(
            built.replace(query_timeout_s=TIMEOUT_S, max_queries_per_client=1, trusted_proxies=trusted)
        )
        apps.append(app)
        return app

    yield make
    for app in apps:
        app.extensions["policykg.sparql"].close()


def _ask(app: Flask, peer: str, forwarded: str | None, query: str = LIGHT) -> TestResponse:
    client: FlaskClient = app.test_client()
    client.environ_base["REMOTE_ADDR"] = peer
    headers = {"X-Forwarded-For": forwarded} if forwarded is not None else {}
    return client.get("/sparql", query_string={"query": query}, headers=headers)


class Holding:
    """A heavy query from one client, running in a thread until it has taken its slot."""

    def __init__(self, app: Flask, peer: str, forwarded: str | None, key: str) -> None:
        self.response: TestResponse | None = None
        self.thread = threading.Thread(target=self._run, args=(app, peer, forwarded), daemon=True)
        self.thread.start()
        running = app.extensions[SLOTS]._running
        deadline = time.monotonic() + 30
        while key not in running:
            assert self.thread.is_alive(), "the heavy query ended before it took a slot"
            assert time.monotonic() < deadline, "the heavy query never took a slot"
            time.sleep(0.01)

    def _run(self, app: Flask, peer: str, forwarded: str | None) -> None:
        self.response = _ask(app, peer, forwarded, HEAVY)

    def finish(self) -> TestResponse:
        self.thread.join()
        assert self.response is not None
        return self.response


def _ready(app: Flask) -> None:
    # Start the workers first, so a held slot is the only thing a second query can wait for.
    for n in range(3):
        assert _ask(app, f"10.9.9.{n}", None).status_code == 200


def test_a_spoofed_header_gives_no_more_slots_without_trusted_proxies(make_app: object) -> None:
    app = make_app("")  # type: ignore[operator]
    _ready(app)
    holding = Holding(app, "192.0.2.1", "203.0.113.5", key="192.0.2.1")
    spoofed = _ask(app, "192.0.2.1", "198.51.100.77")
    assert spoofed.status_code == 429, spoofed.data[:300]
    assert spoofed.get_json()["status"] == 429
    assert _ask(app, "192.0.2.2", "203.0.113.5").status_code == 200  # another peer is another client
    assert holding.finish().status_code == 503


def test_forwarded_clients_of_a_trusted_proxy_get_their_own_slots(make_app: object) -> None:
    app = make_app(PROXY)  # type: ignore[operator]
    _ready(app)
    holding = Holding(app, PROXY, "198.51.100.1, 203.0.113.5", key="203.0.113.5")
    assert _ask(app, PROXY, "203.0.113.6").status_code == 200
    assert _ask(app, PROXY, "203.0.113.5").status_code == 429
    # The left of the header is the client's own writing: it does not make another client.
    assert _ask(app, PROXY, "198.51.100.99, 203.0.113.5").status_code == 429
    # Without the header, or with one that names nobody, the request is the proxy's own.
    assert _ask(app, PROXY, None).status_code == 200
    assert _ask(app, PROXY, "not an address").status_code == 200
    assert holding.finish().status_code == 503
    assert _ask(app, PROXY, "203.0.113.5").status_code == 200  # the slot is given back


def test_malformed_headers_fall_back_to_the_proxy_and_never_give_500(make_app: object) -> None:
    app = make_app(PROXY)  # type: ignore[operator]
    _ready(app)
    holding = Holding(app, PROXY, "unknown", key=PROXY)
    for value in ["unknown", "", ",", "203.0.113.5,,", "[::1", "x" * 5000, "1.2.3.4:99999", "\u00e9"]:
        response = _ask(app, PROXY, value)
        assert response.status_code == 429, (value, response.status_code)
    assert holding.finish().status_code == 503
