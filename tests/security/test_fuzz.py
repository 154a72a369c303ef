"""Fuzzing the two inputs anyone can reach: the search box and the SPARQL endpoint.
No input may give a 5xx other than the endpoint's 503 (time limit), or show a
traceback.  The normal run tries a few hundred inputs per target; the ``slow``
variants try 10,000.

tests/security/test_sparql_safety.py already fuzzes raw query text on the GET and
application/sparql-query routes; here the inputs add the editor, the form route,
format=, Accept and the dataset parameters, and the search box with its facets.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

import pytest
from flask import Flask
from flask.testing import FlaskClient
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.security.test_sparql_safety import FRAGMENTS

NORMAL = 300
SLOW = 10_000


@pytest.fixture(scope="module")
def client(app: Flask) -> FlaskClient:
    return app.test_client()


def assert_no_server_error(response: Any, *, allow_503: bool = False) -> None:
    ok = response.status_code < 500 or (allow_503 and response.status_code == 503)
    assert ok, (response.status_code, response.data[:500])
    assert b"Traceback" not in response.data


# --------------------------------------------------------------------------- search

WORDS = st.sampled_from(
    [
        "マイナンバー",
        "デジタル庁",
        "法",
        "OR",
        "AND",
        "NOT",
        '"',
        "*",
        "?",
        "(",
        ")",
        "[",
        "]",
        "{",
        "}",
        ":",
        "^",
        "~",
        "-",
        "+",
        "\\",
        "/",
        "type:law",
        "label:",
        "<script>",
        "%",
        "\x00",
        "　",
        "\ud800",
        "ｱｲｳ",
        "TO",
        "2021年",
        "令和3年",
    ]
)
SEARCH_TEXT = st.one_of(st.lists(WORDS, max_size=12).map(" ".join), st.text(max_size=80))
FACET_VALUE = st.one_of(
    st.sampled_from(["law", "issue", "デジタル庁", "2021", "-1", "0", "999999999999", "", "x" * 300]),
    st.text(max_size=30),
)
FACETS = st.dictionaries(
    st.sampled_from(["type", "theme", "issue", "law", "agency", "year", "page", "limit", "q"]),
    st.lists(FACET_VALUE, max_size=3),
    max_size=4,
)


def _search(client: FlaskClient, text: str, facets: dict[str, list[str]], as_json: bool) -> None:
    raw = text.encode("utf-8", "surrogatepass")  # lone surrogates arrive as invalid UTF-8
    parts = ["q=" + quote(raw)]
    for name, values in facets.items():
        parts.extend(f"{name}={quote(v.encode('utf-8', 'surrogatepass'))}" for v in values)
    path = ("/search.json" if as_json else "/search") + "?" + "&".join(parts)
    assert_no_server_error(client.get(path))


@settings(max_examples=NORMAL, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=SEARCH_TEXT, facets=FACETS, as_json=st.booleans())
def test_fuzzed_searches_never_give_500(client: FlaskClient, text: str, facets: Any, as_json: bool) -> None:
    _search(client, text, facets, as_json)


@pytest.mark.slow
@settings(max_examples=SLOW, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=SEARCH_TEXT, facets=FACETS, as_json=st.booleans())
def test_fuzzed_searches_never_give_500_at_length(
    client: FlaskClient, text: str, facets: Any, as_json: bool
) -> None:
    _search(client, text, facets, as_json)


# --------------------------------------------------------------------------- the endpoint

QUERY_TEXT = st.one_of(
    st.lists(FRAGMENTS, max_size=25).map(" ".join),
    st.builds(lambda a, b: a + b, st.lists(FRAGMENTS, max_size=15).map(" ".join), st.text(max_size=30)),
)
ACCEPT = st.sampled_from(
    [
        None,
        "text/html",
        "*/*",
        "application/sparql-results+json",
        "text/csv;q=0.5, text/html;q=0.9",
        "text/turtle",
        "application/n-triples",
        "image/png",
        "text/html;q=0",
        ";;;",
        "application/*",
    ]
)
FORMAT = st.one_of(
    st.none(),
    st.sampled_from(["json", "csv", "html", "turtle", "rdfxml", "nt", "bogus", ""]),
    st.text(max_size=10),
)
DATASET = st.dictionaries(
    st.sampled_from(["default-graph-uri", "named-graph-uri"]),
    st.sampled_from(
        ["https://w3id.org/policykg/id/ontology", "urn:x", "not an iri", "", "file:///etc/hostname"]
    ),
    max_size=2,
)
ROUTE = st.sampled_from(["get", "form", "body"])


def _endpoint(
    client: FlaskClient, query: str, accept: str | None, fmt: str | None, dataset: dict[str, str], route: str
) -> None:
    raw = query.encode("utf-8", "surrogatepass")
    params = [f"{k}={quote(v)}" for k, v in dataset.items()]
    if fmt is not None:
        params.append("format=" + quote(fmt.encode("utf-8", "surrogatepass")))
    headers = {"Accept": accept} if accept is not None else {}
    if route == "get":
        response = client.get("/sparql?" + "&".join(["query=" + quote(raw), *params]), headers=headers)
    elif route == "form":
        body = "&".join(["query=" + quote(raw), *params]).encode()
        headers["Content-Type"] = "application/x-www-form-urlencoded"
        response = client.post("/sparql", data=body, headers=headers)
    else:
        headers["Content-Type"] = "application/sparql-query"
        response = client.post("/sparql?" + "&".join(params), data=raw, headers=headers)
    assert_no_server_error(response, allow_503=True)


@settings(max_examples=NORMAL, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(query=QUERY_TEXT, accept=ACCEPT, fmt=FORMAT, dataset=DATASET, route=ROUTE)
def test_fuzzed_protocol_requests_never_give_500(
    client: FlaskClient, query: str, accept: str | None, fmt: str | None, dataset: Any, route: str
) -> None:
    _endpoint(client, query, accept, fmt, dataset, route)


@pytest.mark.slow
@settings(max_examples=SLOW, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(query=QUERY_TEXT, accept=ACCEPT, fmt=FORMAT, dataset=DATASET, route=ROUTE)
def test_fuzzed_protocol_requests_never_give_500_at_length(
    client: FlaskClient, query: str, accept: str | None, fmt: str | None, dataset: Any, route: str
) -> None:
    _endpoint(client, query, accept, fmt, dataset, route)
