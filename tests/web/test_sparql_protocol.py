"""The SPARQL 1.1 Protocol endpoint, read from the protocol's own definitions.

Expectations come from the SPARQL 1.1 Protocol and result-format specs and
from the knowledge-graph contract: theme 5 of the seed report has the issues
5.1 … 5.7.
"""

from __future__ import annotations

import csv
import io
import json
import threading
import time
import xml.etree.ElementTree as ET
from collections.abc import Iterator

import pytest
from flask import Flask
from flask.testing import FlaskClient
from rdflib import Graph, Literal

from kg.rdf.namespaces import ID, POL
from kg.settings import Settings
from kg.store.reader import ReadStore
from tests.conftest import needs_gif
from web import create_app

THEME5 = 'SELECT ?n WHERE { ?i a pol:Issue ; pol:number ?n ; pol:partOfTheme/pol:number "5" } ORDER BY ?n'
NUMBERS = ["5.1", "5.2", "5.3", "5.4", "5.5", "5.6", "5.7"]
THEMES_GRAPH = "CONSTRUCT { ?t pol:number ?n } WHERE { ?t a pol:Theme ; pol:number ?n }"
SRX = "{http://www.w3.org/2005/sparql-results#}"


def json_numbers(body: bytes) -> list[str]:
    return [b["n"]["value"] for b in json.loads(body)["results"]["bindings"]]


# -- the three ways to send a query ---------------------------------------


def test_get(client: FlaskClient) -> None:
    response = client.get("/sparql", query_string={"query": THEME5})
    assert response.status_code == 200
    assert response.mimetype == "application/sparql-results+json"
    assert json_numbers(response.data) == NUMBERS


def test_post_form(client: FlaskClient) -> None:
    response = client.post("/sparql", data={"query": THEME5})
    assert response.status_code == 200
    assert json_numbers(response.data) == NUMBERS


def test_post_direct(client: FlaskClient) -> None:
    response = client.post(
        "/sparql", data=THEME5.encode(), headers={"Content-Type": "application/sparql-query; charset=utf-8"}
    )
    assert response.status_code == 200
    assert json_numbers(response.data) == NUMBERS


@pytest.mark.parametrize(
    ("kwargs", "status"),
    [
        ({"data": THEME5, "headers": {"Content-Type": "text/plain"}}, 415),
        (
            {
                "data": THEME5.encode("utf-16"),
                "headers": {"Content-Type": "application/sparql-query; charset=UTF-16"},
            },
            415,
        ),
        ({"data": b"ASK {\xff}", "headers": {"Content-Type": "application/sparql-query"}}, 400),
    ],
    ids=["wrong-media-type", "utf-16", "not-utf-8"],
)
def test_bad_posts_are_4xx(client: FlaskClient, kwargs: dict[str, object], status: int) -> None:
    response = client.post("/sparql", **kwargs)  # type: ignore[arg-type]
    assert response.status_code == status
    assert response.get_json()["ok"] is False


def test_two_queries_are_refused(client: FlaskClient) -> None:
    response = client.get("/sparql?query=ASK%20%7B%7D&query=ASK%20%7B%7D")
    assert response.status_code == 400


def test_no_query_for_a_program(client: FlaskClient) -> None:
    response = client.get("/sparql", headers={"Accept": "application/sparql-results+json"})
    assert response.status_code == 400
    assert response.get_json()["code"] == "E400"


# -- result formats and content negotiation -------------------------------


def test_select_as_xml(client: FlaskClient) -> None:
    response = client.get(
        "/sparql", query_string={"query": THEME5}, headers={"Accept": "application/sparql-results+xml"}
    )
    assert response.mimetype == "application/sparql-results+xml"
    root = ET.fromstring(response.data)
    values = [lit.text for lit in root.iter(f"{SRX}literal")]
    assert values == NUMBERS


@pytest.mark.parametrize(("accept", "delimiter"), [("text/csv", ","), ("text/tab-separated-values", "\t")])
def test_select_as_csv_and_tsv(client: FlaskClient, accept: str, delimiter: str) -> None:
    response = client.get("/sparql", query_string={"query": THEME5}, headers={"Accept": accept})
    assert response.mimetype == accept
    text = response.get_data(as_text=True)
    rows = (
        list(csv.reader(io.StringIO(text)))
        if delimiter == ","
        else [ln.split("\t") for ln in text.splitlines()]
    )
    # CSV has bare values and a plain header; TSV keeps the variable's "?" and literal quotes.
    if delimiter == ",":
        assert rows[0] == ["n"] and [r[0] for r in rows[1:]] == NUMBERS
    else:
        assert rows[0] == ["?n"] and [r[0] for r in rows[1:]] == [f'"{n}"' for n in NUMBERS]


def test_ask_as_json_and_xml(client: FlaskClient) -> None:
    query = 'ASK { ?i pol:number "5.4" }'
    as_json = client.get("/sparql", query_string={"query": query})
    assert as_json.get_json() == {"head": {}, "boolean": True}
    as_xml = client.get("/sparql", query_string={"query": query, "format": "xml"})
    assert ET.fromstring(as_xml.data).find(f"{SRX}boolean").text == "true"  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("accept", "mimetype", "rdflib_format"),
    [
        ("text/turtle", "text/turtle", "turtle"),
        ("application/n-triples", "application/n-triples", "nt"),
        ("application/ld+json", "application/ld+json", "json-ld"),
        ("application/rdf+xml", "application/rdf+xml", "xml"),
    ],
)
def test_construct_formats(client: FlaskClient, accept: str, mimetype: str, rdflib_format: str) -> None:
    response = client.get("/sparql", query_string={"query": THEMES_GRAPH}, headers={"Accept": accept})
    assert response.status_code == 200
    assert response.mimetype == mimetype
    graph = Graph().parse(data=response.data, format=rdflib_format)
    assert len(graph) == 6  # themes 1 … 6
    assert Literal("5") in set(graph.objects(None, POL.number))


def test_describe_gives_a_graph(client: FlaskClient) -> None:
    query = 'DESCRIBE ?t WHERE { ?t a pol:Theme ; pol:number "5" }'
    response = client.get("/sparql", query_string={"query": query})
    assert response.mimetype == "text/turtle"
    graph = Graph().parse(data=response.data, format="turtle")
    assert (None, POL.number, Literal("5")) in graph


def test_q_values_pick_the_preferred_format(client: FlaskClient) -> None:
    accept = "application/sparql-results+json;q=0.5, text/csv;q=0.9, */*;q=0.1"
    response = client.get("/sparql", query_string={"query": THEME5}, headers={"Accept": accept})
    assert response.mimetype == "text/csv"


@pytest.mark.parametrize(
    ("accept", "expected"),
    [
        # q=0 means "not acceptable" (RFC 9110 12.4.2); the named type decides over the wildcard.
        ("application/sparql-results+json;q=0, */*;q=0.1", "application/sparql-results+xml"),
        ("application/sparql-results+json;q=0, application/sparql-results+xml;q=0, text/*;q=0.5", "text/csv"),
    ],
)
def test_q_0_is_not_acceptable(client: FlaskClient, accept: str, expected: str) -> None:
    response = client.get("/sparql", query_string={"query": THEME5}, headers={"Accept": accept})
    assert response.status_code == 200, response.data[:300]
    assert response.mimetype == expected


def test_q_0_for_every_fitting_format_is_406(client: FlaskClient) -> None:
    accept = (
        ", ".join(
            f"{m};q=0"
            for m in (
                "application/sparql-results+json",
                "application/sparql-results+xml",
                "text/csv",
                "text/tab-separated-values",
            )
        )
        + ", text/turtle"
    )
    response = client.get("/sparql", query_string={"query": THEME5}, headers={"Accept": accept})
    assert response.status_code == 406


def test_wildcard_gets_json_not_the_editor(client: FlaskClient) -> None:
    response = client.get("/sparql", query_string={"query": THEME5}, headers={"Accept": "*/*"})
    assert response.mimetype == "application/sparql-results+json"


def test_format_parameter_overrides_accept(client: FlaskClient) -> None:
    response = client.get(
        "/sparql", query_string={"query": THEME5, "format": "tsv"}, headers={"Accept": "text/csv"}
    )
    assert response.mimetype == "text/tab-separated-values"


@pytest.mark.parametrize(
    ("query", "headers", "params"),
    [
        (THEME5, {"Accept": "image/png"}, {}),
        (THEME5, {"Accept": "text/turtle"}, {}),
        (THEMES_GRAPH, {"Accept": "text/csv"}, {}),
        (THEMES_GRAPH, {}, {"format": "csv"}),
    ],
    ids=["png", "select-as-turtle", "construct-as-csv", "format-csv-for-construct"],
)
def test_nothing_fits_is_406(
    client: FlaskClient, query: str, headers: dict[str, str], params: dict[str, str]
) -> None:
    response = client.get("/sparql", query_string={"query": query, **params}, headers=headers)
    assert response.status_code == 406
    body = response.get_json()
    assert body["ok"] is False and body["status"] == 406 and body["code"] == "H406"


# -- the dataset -----------------------------------------------------------


@needs_gif
def test_default_graph_uri_limits_the_default_graph(client: FlaskClient, built: Settings) -> None:
    graphs = ReadStore(built.data_dir).named_graphs()
    gif = next(g for g in graphs if "gif-ds-410" in g)
    query = "ASK { ?i a pol:Issue ; pol:number ?n }"
    only_gif = client.get("/sparql", query_string={"query": query, "default-graph-uri": gif})
    assert only_gif.get_json()["boolean"] is False  # the GIF overview has no numbered issues
    everything = client.get("/sparql", query_string={"query": query})
    assert everything.get_json()["boolean"] is True


def test_named_graph_uri_lists_the_named_graphs(client: FlaskClient, built: Settings) -> None:
    graphs = ReadStore(built.data_dir).named_graphs()
    query = "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }"
    response = client.get("/sparql", query_string={"query": query, "named-graph-uri": graphs[0]})
    assert [b["g"]["value"] for b in response.get_json()["results"]["bindings"]] == [graphs[0]]


@pytest.mark.parametrize("param", ["default-graph-uri", "named-graph-uri"])
def test_graph_outside_the_store_is_empty(client: FlaskClient, param: str) -> None:
    # SPARQL 1.1 Protocol lets a service take a graph it does not hold as empty.
    query = "ASK { { ?s ?p ?o } UNION { GRAPH ?g { ?s ?p ?o } } }"
    response = client.get("/sparql", query_string={"query": query, param: "https://example.org/elsewhere"})
    assert response.status_code == 200, response.data
    assert response.get_json()["boolean"] is False


@pytest.mark.parametrize("clause", ["FROM", "FROM NAMED"])
def test_from_a_graph_outside_the_store_is_empty(client: FlaskClient, clause: str) -> None:
    union = "{ ?s ?p ?o } UNION { GRAPH ?g { ?s ?p ?o } }"
    query = f"SELECT * {clause} <https://example.org/elsewhere> WHERE {{ {union} }}"
    response = client.get("/sparql", query_string={"query": query})
    assert response.status_code == 200, response.data
    assert response.get_json()["results"]["bindings"] == []


def test_a_known_and_an_unknown_graph_give_the_known_ones_triples(
    client: FlaskClient, built: Settings
) -> None:
    graph = ReadStore(built.data_dir).named_graphs()[0]
    query = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
    one = client.get("/sparql", query_string={"query": query, "default-graph-uri": graph})
    both = client.get(
        "/sparql",
        query_string={"query": query, "default-graph-uri": [graph, "https://example.org/elsewhere"]},
    )
    n = one.get_json()["results"]["bindings"][0]["n"]["value"]
    assert int(n) > 0
    assert both.get_json()["results"]["bindings"][0]["n"]["value"] == n


# -- read-only ---------------------------------------------------------------


@pytest.mark.parametrize(
    "send",
    [
        lambda c: c.get("/sparql", query_string={"update": "CLEAR ALL"}),
        lambda c: c.post("/sparql", data={"update": "DROP ALL"}),
        lambda c: c.post("/sparql", data="CLEAR ALL", headers={"Content-Type": "application/sparql-update"}),
        lambda c: c.post("/sparql", data={"query": "DELETE WHERE { ?s ?p ?o }"}),
        lambda c: c.get("/sparql", query_string={"query": "INSERT DATA { <urn:a> <urn:b> <urn:c> }"}),
    ],
    ids=["get-update", "form-update", "direct-update", "delete-as-query", "insert-as-query"],
)
def test_updates_are_refused_and_the_store_is_unchanged(
    client: FlaskClient, built: Settings, send: object
) -> None:
    before = len(ReadStore(built.data_dir))
    response = send(client)  # type: ignore[operator]
    assert 400 <= response.status_code < 500
    assert response.get_json()["ok"] is False
    assert len(ReadStore(built.data_dir)) == before


# -- limits ----------------------------------------------------------------


def test_oversize_query_is_413(client: FlaskClient, built: Settings) -> None:
    query = "ASK {}" + "#" * built.max_query_bytes
    response = client.post("/sparql", data=query, headers={"Content-Type": "application/sparql-query"})
    assert response.status_code == 413
    assert response.get_json() == {
        "ok": False,
        "error": f"the query is {len(query)} bytes; the limit is {built.max_query_bytes}",
        "code": "E420",
        "status": 413,
    }


@pytest.mark.parametrize("query", ["SELECT ?x WHERE { ?x", "ASK {", "SELECT", "こんにちは"])
def test_malformed_query_is_400_with_the_error_shape(client: FlaskClient, query: str) -> None:
    response = client.get(
        "/sparql", query_string={"query": query}, headers={"Accept": "application/sparql-results+json"}
    )
    assert response.status_code == 400
    body = response.get_json()
    assert body["ok"] is False and body["code"] == "E400" and body["status"] == 400
    assert "not a valid SPARQL query" in body["error"]
    assert "Traceback" not in response.get_data(as_text=True)


@pytest.fixture(scope="module")
def capped(built: Settings) -> Iterator[FlaskClient]:
    app = create_app(built.replace(max_result_rows=3))
    yield app.test_client()
    app.extensions["policykg.sparql"].close()


def test_row_cap_truncates_and_says_so(capped: FlaskClient) -> None:
    response = capped.get("/sparql", query_string={"query": THEME5})
    assert response.headers["X-PolicyKG-Truncated"] == "true"
    body = response.get_json()
    assert [b["n"]["value"] for b in body["results"]["bindings"]] == NUMBERS[:3]
    assert body["policykg"] == {"truncated": True, "maxRows": 3}
    as_csv = capped.get("/sparql", query_string={"query": THEME5, "format": "csv"})
    assert as_csv.headers["X-PolicyKG-Truncated"] == "true"
    assert as_csv.get_data(as_text=True).splitlines() == ["n", *NUMBERS[:3]]


def test_row_cap_applies_to_graphs(capped: FlaskClient) -> None:
    response = capped.get("/sparql", query_string={"query": THEMES_GRAPH, "format": "nt"})
    assert response.headers["X-PolicyKG-Truncated"] == "true"
    assert len(Graph().parse(data=response.data, format="nt")) == 3


def test_under_the_cap_is_not_flagged(capped: FlaskClient) -> None:
    response = capped.get(
        "/sparql",
        query_string={"query": 'SELECT ?n WHERE { ?t a pol:Theme ; pol:number ?n FILTER(?n = "5") }'},
    )
    assert "X-PolicyKG-Truncated" not in response.headers
    assert "policykg" not in response.get_json()


RUNAWAY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"


def test_runaway_query_is_503_in_time_and_the_next_one_runs(built: Settings) -> None:
    limit = 2.0
    app = create_app(built.replace(query_timeout_s=limit))
    client = app.test_client()
    try:
        assert client.get("/sparql", query_string={"query": "ASK {}"}).status_code == 200  # workers up
        started = time.monotonic()
        response = client.get("/sparql", query_string={"query": RUNAWAY})
        elapsed = time.monotonic() - started
        assert response.status_code == 503
        assert response.get_json()["code"] == "E410"
        assert elapsed < limit + 1
        started = time.monotonic()
        after = client.get("/sparql", query_string={"query": THEME5})
        assert after.status_code == 200 and json_numbers(after.data) == NUMBERS
        assert time.monotonic() - started < limit
    finally:
        app.extensions["policykg.sparql"].close()


def test_other_queries_are_answered_while_one_runs_away(built: Settings) -> None:
    # The runaway holds its worker for 6 s; a query that waited for it would take
    # at least 5.7 s, one that did not answers in a fraction of that even on a busy machine.
    app = create_app(built.replace(query_timeout_s=6.0))
    try:
        client = app.test_client()
        client.get("/sparql", query_string={"query": "ASK {}"})
        outcome: dict[str, int] = {}
        runaway = threading.Thread(
            target=lambda: outcome.update(
                status=app.test_client().get("/sparql", query_string={"query": RUNAWAY}).status_code
            )
        )
        runaway.start()
        time.sleep(0.3)
        started = time.monotonic()
        response = client.get("/sparql", query_string={"query": THEME5})
        assert response.status_code == 200 and time.monotonic() - started < 4.0
        runaway.join()
        assert outcome["status"] == 503
    finally:
        app.extensions["policykg.sparql"].close()


# -- third-party clients over real HTTP ------------------------------------


@pytest.fixture(scope="module")
def endpoint_url(app: Flask) -> Iterator[str]:
    from waitress.server import create_server

    server = create_server(app, host="127.0.0.1", port=0, threads=4)
    port = server.effective_port  # type: ignore[union-attr]
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{port}/sparql"
    finally:
        server.close()


def wrapper(url: str, query: str, fmt: str, method: str = "GET") -> object:
    from SPARQLWrapper import SPARQLWrapper

    client = SPARQLWrapper(url)
    client.setQuery("PREFIX pol: <https://w3id.org/policykg/ns#>\n" + query)
    client.setReturnFormat(fmt)
    client.setMethod(method)
    return client.query()


@pytest.mark.parametrize("method", ["GET", "POST"])
def test_sparqlwrapper_json(endpoint_url: str, method: str) -> None:
    result = wrapper(endpoint_url, THEME5, "json", method).convert()  # type: ignore[attr-defined]
    assert [b["n"]["value"] for b in result["results"]["bindings"]] == NUMBERS


def test_sparqlwrapper_xml(endpoint_url: str) -> None:
    document = wrapper(endpoint_url, THEME5, "xml").convert()  # type: ignore[attr-defined]
    values = [node.firstChild.data for node in document.getElementsByTagName("literal")]
    assert values == NUMBERS


@pytest.mark.parametrize(("fmt", "delimiter"), [("csv", ","), ("tsv", "\t")])
def test_sparqlwrapper_csv_tsv(endpoint_url: str, fmt: str, delimiter: str) -> None:
    text = wrapper(endpoint_url, THEME5, fmt).convert()  # type: ignore[attr-defined]
    rows = list(csv.reader(io.StringIO(text.decode("utf-8")), delimiter=delimiter))
    assert len(rows) == 1 + len(NUMBERS)
    assert rows[1][0].strip('"') == "5.1"


@pytest.mark.parametrize("fmt", ["turtle", "json-ld", "xml"])
def test_sparqlwrapper_construct(endpoint_url: str, fmt: str) -> None:
    graph = wrapper(endpoint_url, THEMES_GRAPH, fmt).convert()  # type: ignore[attr-defined]
    if not isinstance(graph, Graph):
        graph = Graph().parse(data=graph, format={"turtle": "turtle", "json-ld": "json-ld"}[fmt])
    assert len(graph) == 6


def test_sparqlwrapper_construct_ntriples(endpoint_url: str) -> None:
    from SPARQLWrapper import SPARQLWrapper

    client = SPARQLWrapper(endpoint_url)
    client.setQuery(
        THEMES_GRAPH.replace("pol:", "<https://w3id.org/policykg/ns#")
        .replace("#Theme", "#Theme>")
        .replace("#number", "#number>")
    )
    client.setOnlyConneg(True)
    client.addCustomHttpHeader("Accept", "application/n-triples")
    result = client.query()
    assert result.response.headers["Content-Type"].startswith("application/n-triples")
    graph = Graph().parse(data=result.response.read(), format="nt")
    assert len(graph) == 6


def test_rdflib_sparqlstore(endpoint_url: str) -> None:
    from rdflib.plugins.stores.sparqlstore import SPARQLStore

    store = SPARQLStore(endpoint_url)
    graph = Graph(store=store)
    rows = list(
        graph.query(
            "PREFIX pol: <https://w3id.org/policykg/ns#> "
            'SELECT ?issue WHERE { ?issue pol:number "5.4" ; a pol:Issue }'
        )
    )
    assert len(rows) == 1
    assert str(rows[0][0]).startswith(str(ID))
