"""The W3C SPARQL 1.1 Protocol tests, read from /work/shared/conformance at test time.

Each manifest entry's requests are replayed against the endpoint set up exactly
as the manifest says: a store holding only the graphs its ``ut:graphData``
entries name (one named graph each, named by its label), and nothing else.
Graphs a request names that the store does not hold (``data0.rdf``, which the
manifest names without data) are empty, as the protocol allows.  Tests that need
SPARQL Update are skipped as not applicable: the endpoint is read-only by design.
The pass/fail/skip counts are written to the terminal summary.
"""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pyoxigraph as ox
import pytest
from flask import Flask
from flask.testing import FlaskClient
from rdflib import RDF, RDFS, Graph, Namespace, URIRef
from rdflib.collection import Collection

from kg.store.writer import writing
from tests.conftest import settings_for
from web import create_app

SUITE = Path("/work/shared/conformance/w3c-sparql11-protocol")
MF = Namespace("http://www.w3.org/2001/sw/DataAccess/tests/test-manifest#")
HT = Namespace("http://www.w3.org/2011/http#")
CNT = Namespace("http://www.w3.org/2011/content#")
UT = Namespace("http://www.w3.org/2009/sparql/tests/test-update#")
HTS = Namespace("http://www.w3.org/2011/http-statusCodes#")
RESULT_TYPES = {
    "application/sparql-results+json",
    "application/sparql-results+xml",
    "text/csv",
    "text/tab-separated-values",
}
RDF_TYPES = {"text/turtle", "application/n-triples", "application/rdf+xml", "application/ld+json"}

pytestmark = pytest.mark.skipif(
    not (SUITE / "manifest.ttl").is_file(), reason=f"the W3C suite is not at {SUITE}"
)


def manifest() -> Graph:
    return Graph().parse(SUITE / "manifest.ttl", format="turtle", publicID=(SUITE / "manifest.ttl").as_uri())


def entries() -> list[tuple[str, URIRef]]:
    if not (SUITE / "manifest.ttl").is_file():
        return []
    graph = manifest()
    root = next(graph.subjects(RDF.type, MF.Manifest))
    items = Collection(graph, graph.value(root, MF.entries))
    return [(str(item).rsplit("#", 1)[-1], URIRef(item)) for item in items]


def skip_reason(name: str) -> str | None:
    if name.startswith("update_"):
        return "needs SPARQL Update; this endpoint is read-only by design"
    return None


@pytest.fixture(scope="module")
def suite_graph() -> Graph:
    return manifest()


def graph_data(graph: Graph, test: URIRef) -> tuple[tuple[str, Path], ...]:
    """The graphs ``test`` loads: (graph name, N-Triples file), from its ``ut:graphData``."""
    found = []
    for node in graph.objects(test, UT.graphData):
        name = str(graph.value(node, RDFS.label))
        found.append((name, Path(str(graph.value(node, UT.graph)).removeprefix("file://"))))
    return tuple(sorted(found))


class Stores:
    """One endpoint per distinct set of graph data, built when a test first needs it."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.apps: dict[tuple[tuple[str, Path], ...], Flask] = {}

    def app(self, data: tuple[tuple[str, Path], ...]) -> Flask:
        if data not in self.apps:
            folder = self.root / f"store{len(self.apps)}"
            with writing(folder) as writer:
                for name, path in data:
                    writer.load(path.read_bytes(), ox.RdfFormat.N_TRIPLES, name)
            self.apps[data] = create_app(settings_for(folder))
        return self.apps[data]


@pytest.fixture(scope="module")
def stores(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Stores]:
    held = Stores(tmp_path_factory.mktemp("w3c"))
    yield held
    for app in held.apps.values():
        app.extensions["policykg.sparql"].close()


def check_response(graph: Graph, expected: Any, response: Any) -> None:
    statuses = set(graph.objects(expected, MF.expectedStatus))
    family = {HTS.StatusCode2xx: 2, HTS.StatusCode3xx: 3, HTS.StatusCode4xx: 4, HTS.StatusCode5xx: 5}
    assert response.status_code // 100 in {family[s] for s in statuses}, response.data
    fmt = graph.value(expected, MF.expectedFormat)
    mimetype = response.mimetype
    if fmt is not None:
        wanted = {
            "boolean": {"application/sparql-results+json", "application/sparql-results+xml"},
            "tabular": RESULT_TYPES,
            "RDF": RDF_TYPES,
        }[str(fmt)]
        assert mimetype in wanted
    boolean = graph.value(expected, MF.expectedBoolean)
    if boolean is not None:
        if mimetype == "application/sparql-results+json":
            value = json.loads(response.data)["boolean"]
        else:
            node = ET.fromstring(response.data).find("{http://www.w3.org/2005/sparql-results#}boolean")
            value = node is not None and node.text == "true"
        assert value is boolean.toPython()


@pytest.mark.parametrize(("name", "test"), entries(), ids=[n for n, _ in entries()])
def test_protocol(stores: Stores, suite_graph: Graph, name: str, test: URIRef) -> None:
    if reason := skip_reason(name):
        pytest.skip(reason)
    graph = suite_graph
    action = graph.value(test, MF.action)
    client: FlaskClient = stores.app(graph_data(graph, test)).test_client()
    for request in Collection(graph, graph.value(action, HT.requests)):
        path = str(graph.value(request, HT.absolutePath))
        assert path.startswith("/sparql/")
        path = "/sparql" + path.removeprefix("/sparql/")
        headers: dict[str, str] = {}
        header_list = graph.value(request, HT.headers)
        if header_list is not None:
            for header in Collection(graph, header_list):
                headers[str(graph.value(header, HT.fieldName))] = str(graph.value(header, HT.fieldValue))
        body = graph.value(request, HT.body)
        data = None
        if body is not None:
            encoding = str(graph.value(body, CNT.characterEncoding) or "UTF-8")
            data = str(graph.value(body, CNT.chars)).encode(encoding)
        method = str(graph.value(request, HT.methodName))
        response = client.open(path, method=method, data=data, headers=headers)
        check_response(graph, graph.value(request, HT.resp), response)


def test_counts() -> None:
    names = [n for n, _ in entries()]
    skipped = [n for n in names if skip_reason(n)]
    # 34 tests in the manifest; the 7 that perform updates are skipped, the 27 others run.
    assert (len(names), len(skipped)) == (34, 7)


def test_a_graph_the_store_does_not_hold_is_empty(stores: Stores, suite_graph: Graph) -> None:
    test = dict(entries())["query_dataset_default_graphs_get"]
    data = graph_data(suite_graph, test)
    assert [n for n, _ in data] == [
        "http://kasei.us/2009/09/sparql/data/data1.rdf",
        "http://kasei.us/2009/09/sparql/data/data2.rdf",
    ]
    client = stores.app(data).test_client()
    query = "ASK { ?s ?p ?o }"
    none = "http://kasei.us/2009/09/sparql/data/none.rdf"
    for params in ({"default-graph-uri": none}, {"named-graph-uri": none}):
        response = client.get("/sparql", query_string={"query": query, **params})
        assert response.status_code == 200, response.data
        assert response.get_json()["boolean"] is False
    held = client.get("/sparql", query_string={"query": query, "default-graph-uri": data[0][0]})
    assert held.get_json()["boolean"] is True
