"""The W3C SPARQL 1.1 Protocol tests, read from /work/shared/conformance at test time.

Each manifest entry's requests are replayed against the endpoint with the test's
data loaded into a temporary store (one named graph per ``ut:graphData``, named by
its label).  Tests that need SPARQL Update are skipped: the endpoint is read-only
by design.  The manifest names ``data0.rdf`` as a default graph without supplying
data for it; this endpoint refuses graphs it does not hold (so that no IRI is ever
fetched), so the temporary store holds ``data0.rdf`` as an empty graph, which does
not change any answer (those queries are ``ASK {}``, a constant SELECT and a
constant CONSTRUCT).  :func:`test_unknown_default_graph_is_refused` checks the
refusal itself.
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

from kg.store import writing
from tests.conftest import settings_for
from web import create_app

SUITE = Path("/work/shared/conformance/w3c-sparql11-protocol")
MF = Namespace("http://www.w3.org/2001/sw/DataAccess/tests/test-manifest#")
HT = Namespace("http://www.w3.org/2011/http#")
CNT = Namespace("http://www.w3.org/2011/content#")
UT = Namespace("http://www.w3.org/2009/sparql/tests/test-update#")
HTS = Namespace("http://www.w3.org/2011/http-statusCodes#")
DATA0 = "http://kasei.us/2009/09/sparql/data/data0.rdf"
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


@pytest.fixture(scope="module")
def app(tmp_path_factory: pytest.TempPathFactory, suite_graph: Graph) -> Iterator[Flask]:
    data = tmp_path_factory.mktemp("w3c") / "data"
    graphs: dict[str, Path] = {}
    for _, node in suite_graph.subject_objects(UT.graphData):
        graphs[str(suite_graph.value(node, RDFS.label))] = Path(
            str(suite_graph.value(node, UT.graph)).removeprefix("file://")
        )
    with writing(data) as writer:
        for name, path in sorted(graphs.items()):
            writer.load(path.read_bytes(), ox.RdfFormat.N_TRIPLES, name)
        writer.oxigraph.add_graph(ox.NamedNode(DATA0))
    app = create_app(settings_for(data))
    yield app
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
def test_protocol(app: Flask, suite_graph: Graph, name: str, test: URIRef) -> None:
    if reason := skip_reason(name):
        pytest.skip(reason)
    graph = suite_graph
    action = graph.value(test, MF.action)
    client: FlaskClient = app.test_client()
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


def test_unknown_default_graph_is_refused(app: Flask) -> None:
    response = app.test_client().get(
        "/sparql",
        query_string={"query": "ASK {}", "default-graph-uri": "http://kasei.us/2009/09/sparql/data/none.rdf"},
    )
    assert response.status_code == 400
