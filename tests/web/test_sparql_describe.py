"""What programs read about the endpoint and the dataset: the SPARQL 1.1 Service Description
(GET /sparql with an RDF type and no query), CORS for read-only queries from other origins,
VoID at /.well-known/void, absolute URLs behind a trusted TLS proxy, and the editor's share
link made from the configured base URL.  Expectations follow the SPARQL 1.1 Service
Description and VoID vocabularies and the Fetch standard's CORS rules."""

from __future__ import annotations

from collections.abc import Iterator
from urllib.parse import parse_qs, urlsplit

import pytest
from flask import Flask
from flask.testing import FlaskClient
from rdflib import RDF, Graph, Literal, Namespace, URIRef
from rdflib.namespace import VOID

from kg.errors import UsageError
from kg.rdf.namespaces import POL
from kg.settings import Settings, load_settings
from kg.store.reader import ReadStore
from web import create_app

SD = Namespace("http://www.w3.org/ns/sparql-service-description#")
FORMATS = Namespace("http://www.w3.org/ns/formats/")
ORIGIN = "https://notebook.example.net"


@pytest.fixture(scope="module")
def app(built: Settings) -> Iterator[Flask]:
    app = create_app(built.replace(trusted_proxies="192.0.2.10"))
    yield app
    app.extensions["policykg.sparql"].close()


def service(graph: Graph) -> URIRef:
    (found,) = graph.subjects(RDF.type, SD.Service)
    assert isinstance(found, URIRef)
    return found


@pytest.mark.parametrize(
    ("accept", "fmt"),
    [("text/turtle", "turtle"), ("application/n-triples", "nt"), ("application/rdf+xml", "xml"),
     ("application/ld+json", "json-ld"), ("*/*", "turtle")],
)  # fmt: skip
def test_service_description(client: FlaskClient, built: Settings, accept: str, fmt: str) -> None:
    response = client.get("/sparql", headers={"Accept": accept})
    assert response.status_code == 200, response.data[:300]
    graph = Graph().parse(data=response.data, format=fmt)
    node = service(graph)
    assert (node, SD.endpoint, URIRef("http://localhost/sparql")) in graph
    assert (node, SD.supportedLanguage, SD.SPARQL11Query) in graph
    formats = set(graph.objects(node, SD.resultFormat))
    assert {FORMATS.SPARQL_Results_JSON, FORMATS.SPARQL_Results_XML, FORMATS.SPARQL_Results_CSV,
            FORMATS.SPARQL_Results_TSV, FORMATS.Turtle} <= formats  # fmt: skip
    assert (node, SD.feature, SD.UnionDefaultGraph) in graph
    comment = " ".join(
        str(c) for c in graph.objects(node, URIRef("http://www.w3.org/2000/01/rdf-schema#comment"))
    )
    assert "empty graph" in comment and "never fetched" in comment
    dataset = graph.value(node, SD.defaultDataset)
    names = {str(graph.value(n, SD.name)) for n in graph.objects(dataset, SD.namedGraph)}
    assert names == set(ReadStore(built.data_dir).named_graphs())


def test_without_a_query_a_results_type_is_still_400(client: FlaskClient) -> None:
    response = client.get("/sparql", headers={"Accept": "application/sparql-results+json"})
    assert response.status_code == 400
    assert "no query" in response.get_json()["error"]


def test_cross_origin_get_carries_allow_origin(client: FlaskClient) -> None:
    response = client.get("/sparql", query_string={"query": "ASK {}"}, headers={"Origin": ORIGIN})
    assert response.status_code == 200
    assert response.headers["Access-Control-Allow-Origin"] == "*"
    assert "Access-Control-Allow-Credentials" not in response.headers
    assert "X-PolicyKG-Rows" in response.headers["Access-Control-Expose-Headers"]


def test_cross_origin_post_preflight_is_answered(client: FlaskClient) -> None:
    response = client.options(
        "/sparql",
        headers={"Origin": ORIGIN, "Access-Control-Request-Method": "POST",
                 "Access-Control-Request-Headers": "content-type"},
    )  # fmt: skip
    assert response.status_code in {200, 204}
    assert response.headers["Access-Control-Allow-Origin"] == "*"
    assert "POST" in response.headers["Access-Control-Allow-Methods"]
    assert "content-type" in response.headers["Access-Control-Allow-Headers"].lower()
    assert "Access-Control-Allow-Credentials" not in response.headers
    posted = client.post(
        "/sparql", data="ASK {}", headers={"Origin": ORIGIN, "Content-Type": "application/sparql-query"}
    )
    assert posted.headers["Access-Control-Allow-Origin"] == "*"


def test_errors_carry_allow_origin_too(client: FlaskClient) -> None:
    # A page on another origin can read why its query was refused.
    response = client.get("/sparql", query_string={"query": "SELECT ?x WHERE {"}, headers={"Origin": ORIGIN})
    assert response.status_code == 400
    assert response.headers["Access-Control-Allow-Origin"] == "*"


def test_void(client: FlaskClient, built: Settings) -> None:
    response = client.get("/.well-known/void", headers={"Accept": "text/turtle"})
    assert response.status_code == 200
    graph = Graph().parse(data=response.data, format="turtle")
    dataset = URIRef("http://localhost/.well-known/void#dataset")
    assert (dataset, RDF.type, VOID.Dataset) in graph
    assert (dataset, VOID.sparqlEndpoint, URIRef("http://localhost/sparql")) in graph
    store = ReadStore(built.data_dir)
    total = len(list(store.oxigraph.quads_for_pattern(None, None, None, None)))
    triples = graph.value(dataset, VOID.triples)
    assert isinstance(triples, Literal) and 0 < int(triples.toPython()) <= total
    assert URIRef(str(POL)) in set(graph.objects(dataset, VOID.vocabulary))
    examples = list(graph.objects(dataset, VOID.exampleResource))
    assert examples
    for example in examples:
        assert store.ask(f"ASK {{ <{example}> a ?c }}")
    subsets = {str(s) for s in graph.objects(dataset, VOID.subset)}
    assert subsets == set(store.named_graphs())
    for subset in subsets:
        count = graph.value(URIRef(subset), VOID.triples)
        assert isinstance(count, Literal) and int(count.toPython()) > 0


def test_absolute_urls_say_https_behind_a_trusted_proxy(client: FlaskClient) -> None:
    forwarded = {"Accept": "text/turtle", "X-Forwarded-Proto": "https", "X-Forwarded-Host": "kg.example.org"}
    trusted = client.get("/sparql", headers=forwarded, environ_base={"REMOTE_ADDR": "192.0.2.10"})
    assert (None, SD.endpoint, URIRef("https://kg.example.org/sparql")) in Graph().parse(
        data=trusted.data, format="turtle"
    )
    other = client.get("/sparql", headers=forwarded, environ_base={"REMOTE_ADDR": "198.51.100.7"})
    assert (None, SD.endpoint, URIRef("http://localhost/sparql")) in Graph().parse(
        data=other.data, format="turtle"
    )


@pytest.mark.parametrize(
    ("base_url", "expected"),
    [
        ("", "http://127.0.0.1:5000/sparql"),
        ("https://kg.example.org/policy/", "https://kg.example.org/policy/sparql"),
    ],
)
def test_the_share_link_uses_the_configured_base_url(built: Settings, base_url: str, expected: str) -> None:
    app = create_app(built.replace(base_url=base_url))
    try:
        response = app.test_client().get(
            "/sparql",
            query_string={"query": "ASK {}"},
            headers={"Accept": "text/html", "Host": "evil.example.com"},
        )
        assert response.status_code == 200
        html = response.get_data(as_text=True)
        assert "evil.example.com" not in html
        start = html.index('id="sparql-share"')
        value = html[html.index('value="', start) + 7 :]
        link = value[: value.index('"')].replace("&amp;", "&")
        parts = urlsplit(link)
        assert f"{parts.scheme}://{parts.netloc}{parts.path}" == expected
        assert parse_qs(parts.query)["query"] == ["ASK {}"]
    finally:
        app.extensions["policykg.sparql"].close()


@pytest.mark.parametrize("bad", ["kg.example.org", "ftp://kg.example.org/", "https://"])
def test_a_base_url_that_is_not_an_http_url_is_refused(bad: str) -> None:
    with pytest.raises(UsageError, match="setting base_url from POLICYKG_BASE_URL"):
        load_settings(env={"POLICYKG_BASE_URL": bad}, config_path=None)


def test_a_base_url_is_kept_with_one_trailing_slash() -> None:
    settings = load_settings(env={"POLICYKG_BASE_URL": "https://kg.example.org/policy"}, config_path=None)
    assert settings.base_url == "https://kg.example.org/policy/"
