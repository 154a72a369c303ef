"""The endpoint never fetches anything: SERVICE, LOAD, FROM and dataset IRIs pointing
at a canary server on 127.0.0.1 must reach it zero times, and ones pointing at
file:///etc/hostname must never bring its content into an answer.  SERVICE and LOAD
are refused (400); a graph named by FROM or the dataset parameters that the store
does not hold is answered as an empty graph (SPARQL 1.1 Protocol allows it).  Keywords inside strings,
comments, IRIs, variables and prefixed names are not refused, and no input gives a
500 or a traceback."""

from __future__ import annotations

from urllib.parse import quote

import pytest
from flask import Flask
from flask.testing import FlaskClient
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rdflib import Graph
from werkzeug.test import TestResponse

from kg.errors import QueryError
from kg.store.checks import check_query
from tests.security.conftest import Canary, leaked


@pytest.fixture
def client(app: Flask) -> FlaskClient:
    return app.test_client()


def test_the_canary_counts(canary: Canary) -> None:
    from urllib.request import urlopen

    before = canary.hits
    with urlopen(canary.url, timeout=5) as response:
        response.read()
    assert canary.hits == before + 1


ATTACKS = [
    "SELECT * WHERE { SERVICE <{url}> { ?s ?p ?o } }",
    "SELECT * WHERE { SERVICE SILENT <{url}> { ?s ?p ?o } }",
    "select * where { service <{url}> { ?s ?p ?o } }",
    "SELECT * WHERE { ?x ?y ?z OPTIONAL { SELECT * WHERE { SERVICE <{url}> { ?s ?p ?o } } } }",
    "PREFIX c: <{url}> SELECT * WHERE { SERVICE c: { ?s ?p ?o } }",
    "SELECT * WHERE { VALUES ?e { <{url}> } SERVICE ?e { ?s ?p ?o } }",
    "SELECT * WHERE {}SERVICE<{url}>{?s ?p ?o}",
    "SELECT * WHERE { ?s ?p ?o } #\nSERVICE <{url}> { }",
    "SELECT * FROM <{url}> WHERE { ?s ?p ?o }",
    "SELECT * FROM NAMED <{url}> WHERE { GRAPH ?g { ?s ?p ?o } }",
    "PREFIX c: <{url}#> SELECT * FROM c:graph WHERE { ?s ?p ?o }",
    "BASE <{url}/> SELECT * FROM <x> WHERE { ?s ?p ?o }",
    "CONSTRUCT { ?s ?p ?o } FROM <{url}> WHERE { ?s ?p ?o }",
    "ASK FROM NAMED <{url}> { GRAPH ?g { ?s ?p ?o } }",
    "DESCRIBE <{url}> FROM <{url}>",
    "LOAD <{url}>",
    "LOAD SILENT <{url}> INTO GRAPH <urn:g>",
    "SELECT * WHERE { ?s ?p ?o } ; LOAD <{url}>",
]


@pytest.mark.parametrize("template", ATTACKS)
def test_the_tokens_alone_refuse_every_attack(canary: Canary, template: str) -> None:
    # A worker that left the network skips rdflib's second opinion; the tokens must suffice.
    query = template.replace("{url}", canary.url)
    try:
        checked = check_query(query, 100_000, deep=False)
    except QueryError:
        return
    # Not refused outright: then the check names the canary among the FROM graphs, which
    # the store does not hold and so are empty (never fetched).
    assert checked.from_graphs and all(g.startswith(canary.url) for g in checked.from_graphs)
    assert not checked.parsed_by_rdflib


FILE_URL = "file:///etc/hostname"


def assert_no_file_content(body: bytes) -> None:
    assert not leaked(body)


def target_url(target: str, canary: Canary, secret_url: str) -> str:
    return {"canary": canary.url, "hostname": FILE_URL, "secret": secret_url}[target]


TARGETS = ["canary", "hostname", "secret"]


@pytest.mark.parametrize("target", TARGETS)
@pytest.mark.parametrize("template", ATTACKS)
def test_queries_never_reach_the_network(
    client: FlaskClient, canary: Canary, secret_url: str, template: str, target: str
) -> None:
    query = template.replace("{url}", target_url(target, canary, secret_url))
    refused = "SERVICE" in template.upper() or "LOAD" in template.upper()
    before = canary.hits
    for response in (
        client.get("/sparql", query_string={"query": query}),
        client.post("/sparql", data={"query": query}),
        client.post("/sparql", data=query.encode(), headers={"Content-Type": "application/sparql-query"}),
    ):
        if refused:
            assert response.status_code == 400, response.data
            assert response.get_json()["ok"] is False
        else:
            assert_empty(response)
        assert_no_file_content(response.data)
    assert canary.hits == before


def assert_empty(response: TestResponse) -> None:
    """A 200 answer from an empty dataset: no rows, false, or no triples."""
    assert response.status_code == 200, response.data
    if response.mimetype == "application/sparql-results+json":
        doc = response.get_json()
        assert doc.get("boolean", False) is False
        assert doc.get("results", {"bindings": []})["bindings"] == []
    else:
        assert response.mimetype == "text/turtle"
        assert len(Graph().parse(data=response.data, format="turtle")) == 0


@pytest.mark.parametrize("target", TARGETS)
@pytest.mark.parametrize("param", ["default-graph-uri", "named-graph-uri"])
def test_dataset_parameters_never_reach_the_network(
    client: FlaskClient, canary: Canary, secret_url: str, param: str, target: str
) -> None:
    url = target_url(target, canary, secret_url)
    before = canary.hits
    for response in (
        client.get("/sparql", query_string={"query": "SELECT * WHERE { ?s ?p ?o } LIMIT 1", param: url}),
        client.post("/sparql", data={"query": "ASK { ?s ?p ?o }", param: url}),
        client.post(
            "/sparql?" + quote(param) + "=" + quote(url, safe=""),
            data=b"CONSTRUCT WHERE { ?s ?p ?o }",
            headers={"Content-Type": "application/sparql-query"},
        ),
    ):
        # Without a default-graph-uri the default graph is empty too (SPARQL 1.1 Protocol 2.1.4).
        assert_empty(response)
        assert_no_file_content(response.data)
    assert canary.hits == before


def test_the_editor_never_reaches_the_network(client: FlaskClient, canary: Canary, secret_url: str) -> None:
    # The editor runs the query it is given too; a browser asks for HTML.
    before = canary.hits
    for url in (canary.url, FILE_URL, secret_url):
        response = client.get(
            "/sparql",
            query_string={"query": f"SELECT * WHERE {{ SERVICE <{url}> {{ ?s ?p ?o }} }}"},
            headers={"Accept": "text/html"},
        )
        assert response.status_code == 400
        assert "text/html" in response.content_type
        assert_no_file_content(response.data)
    assert canary.hits == before


def test_update_operations_never_reach_the_network(client: FlaskClient, canary: Canary) -> None:
    before = canary.hits
    update = f"LOAD <{canary.url}>"
    assert client.post("/sparql", data={"update": update}).status_code == 400
    assert (
        client.post("/sparql", data=update, headers={"Content-Type": "application/sparql-update"}).status_code
        == 400
    )
    assert client.get("/sparql", query_string={"update": update}).status_code == 400
    assert canary.hits == before


HARMLESS = [
    'SELECT ?s WHERE { ?s rdfs:label "SERVICE LOAD INSERT DELETE DROP FROM" }',
    "SELECT ?s WHERE { ?s rdfs:label 'SERVICE <http://127.0.0.1:1/> { }' }",
    'SELECT ?s WHERE { ?s rdfs:label """複数行\nSERVICE <http://127.0.0.1:1/> { ?a ?b ?c }\nLOAD""" }',
    "SELECT ?s WHERE { ?s ?p ?o } LIMIT 1 # SERVICE <http://127.0.0.1:1/> LOAD FROM",
    "# LOAD <http://127.0.0.1:1/>\nSELECT ?s WHERE { ?s ?p ?o } LIMIT 1",
    "SELECT ?s WHERE { ?s ?p <http://example.org/SERVICE/LOAD#FROM> }",
    "SELECT ?service ?load ?from WHERE { ?service ?load ?from } LIMIT 1",
    "PREFIX service: <http://example.org/s#> SELECT ?s WHERE { ?s service:load service:from }",
    "PREFIX ex: <http://example.org/> SELECT ?s WHERE { ?s ex:service ex:insert.delete }",
    'SELECT ?s WHERE { ?s rdfs:label "x"@en } # """ SERVICE',
    'SELECT ?s WHERE { ?s ?p "it\'s SERVICE" } LIMIT 1',
    'SELECT ?s WHERE { ?s rdfs:label "\\" SERVICE <http://127.0.0.1:1/> { } \\"" }',
    'SELECT ?n WHERE { ?t a pol:Theme ; pol:number ?n FILTER(CONTAINS(STR(?t), "service")) }',
]


@pytest.mark.parametrize("query", HARMLESS)
def test_keywords_in_strings_comments_and_names_are_not_refused(client: FlaskClient, query: str) -> None:
    response = client.get("/sparql", query_string={"query": query})
    assert response.status_code == 200, response.get_json()


@pytest.mark.parametrize("query", HARMLESS)
def test_the_check_itself_accepts_them(query: str) -> None:
    assert check_query(query, 100_000).form == "SELECT"


def test_a_quote_escaped_in_a_prefixed_name_does_not_hide_service(canary: Canary) -> None:
    # In ex:a\' the quote belongs to the name; a lexer that took it for the start of a
    # string would not see the SERVICE after it.
    query = (
        "PREFIX ex: <http://example.org/> "
        f"SELECT * WHERE {{ ?s ex:a\\' ?o SERVICE <{canary.url}> {{ ?a ?b ?c }} }}"
    )
    with pytest.raises(QueryError, match="SERVICE"):
        check_query(query, 100_000)


def test_a_query_too_deep_for_rdflib_is_still_checked(canary: Canary) -> None:
    # rdflib's parser recurses and gives up on thousands of patterns; the lexer still decides.
    patterns = " ".join(f"?s{i} ?p ?o{i} ." for i in range(3000))
    with pytest.raises(QueryError, match="SERVICE"):
        check_query(f"SELECT * WHERE {{ {patterns} SERVICE <{canary.url}> {{ ?a ?b ?c }} }}", 1_000_000)
    assert not check_query(f"SELECT * WHERE {{ {patterns} }}", 1_000_000).parsed_by_rdflib


FRAGMENTS = st.sampled_from(
    [
        "SELECT",
        "ASK",
        "CONSTRUCT",
        "DESCRIBE",
        "WHERE",
        "{",
        "}",
        "(",
        ")",
        "?s",
        "?p",
        "?o",
        "<urn:x>",
        "<",
        ">",
        '"',
        "'",
        '"""',
        "#",
        "\\",
        "\\u0053",
        ".",
        ";",
        ",",
        "*",
        "FILTER",
        "OPTIONAL",
        "UNION",
        "GRAPH",
        "SERVICE",
        "FROM",
        "NAMED",
        "LOAD",
        "PREFIX",
        "pol:",
        "pol:Issue",
        "a",
        "1",
        "1.5e3",
        "@ja",
        "^^",
        "_:b",
        "[",
        "]",
        "|",
        "/",
        "+",
        "LIMIT",
        "ORDER BY",
        "COUNT",
        "VALUES",
        "BIND",
        "AS",
        "\n",
        " ",
        "\x00",
        "\ud800",
        "　",
        "課題",
        "%",
        "||",
        "<<",
        ">>",
        "<<(",
        ")>>",
        "VERSION",
    ]
)


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(parts=st.lists(FRAGMENTS, max_size=25), noise=st.text(max_size=40))
def test_fuzzed_queries_never_give_500(client: FlaskClient, parts: list[str], noise: str) -> None:
    query = " ".join(parts) + noise
    raw = query.encode("utf-8", "surrogatepass")  # lone surrogates arrive as invalid UTF-8
    for response in (
        client.get("/sparql?query=" + quote(raw)),
        client.post("/sparql", data=raw, headers={"Content-Type": "application/sparql-query"}),
    ):
        assert response.status_code < 500 or response.status_code == 503, response.data
        assert "Traceback" not in response.get_data(as_text=True)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    body=st.binary(max_size=200),
    content_type=st.sampled_from(
        [
            "application/sparql-query",
            "application/x-www-form-urlencoded",
            "application/sparql-update",
            "text/plain",
            "",
        ]
    ),
)
def test_fuzzed_bodies_never_give_500(client: FlaskClient, body: bytes, content_type: str) -> None:
    response = client.post(
        "/sparql", data=body, headers={"Content-Type": content_type} if content_type else {}
    )
    assert response.status_code < 500 or response.status_code == 503
    assert "Traceback" not in response.get_data(as_text=True)
