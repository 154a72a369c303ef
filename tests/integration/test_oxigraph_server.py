"""The graph pushed to a real Oxigraph server answers as the embedded store does.

Expectations come from the knowledge-graph contract and the seed report's
text (corpus/digital-wg-followup-2021-10-22.txt):

- デジタル改革関連法 is the bundle of six 2021 acts (デジタル社会形成基本法, デジタル庁設置法,
  デジタル社会形成整備法, 公金受取口座登録法, 預貯金口座個人番号利用申出法, 標準化法).  The
  progress entries that name the bundle or a member: line 25 (デジタル社会形成整備法), 35, 36
  (公金受取口座登録法 and 預貯金口座個人番号利用申出法), 45, 54, 62 and 75 (each marked
  （デジタル改革関連法）).  Line 46 names 公的個人認証法, which is not a member.
- デジタル庁 is written on lines 7, 35, 89, 90 (twice), 319, 448 and 452 (twice) of
  the seed report, and on line 7 of the GIF overview.
- theme 5 of the seed report has the issues 5.1 … 5.7.
"""

from __future__ import annotations

import csv
import io
import json
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox
import pytest
from flask import Flask
from flask.testing import FlaskClient
from rdflib import Graph
from rdflib.compare import isomorphic
from SPARQLWrapper import JSON, POST, SPARQLWrapper

from kg.rdf.namespaces import sparql_prologue
from kg.settings import Settings
from kg.store.reader import ReadStore
from kg.store.remote import RemoteStore
from tests.conftest import HAVE_GIF, settings_for
from tests.integration.conftest import Server, push
from web import create_app

LAW_QUERY = """
SELECT ?item ?label WHERE {
  ?law rdfs:label|skos:altLabel "デジタル改革関連法"@ja .
  { ?item pol:dependsOnLaw ?law } UNION { ?m dcterms:isPartOf ?law . ?item pol:dependsOnLaw ?m }
  ?item rdfs:label ?label }
"""
AGENCY_QUERY = """
SELECT ?line ?exact WHERE {
  ?a rdfs:label "デジタル庁"@ja . ?ann oa:hasBody ?a ; pol:line ?line ;
     oa:hasTarget/oa:hasSelector/oa:exact ?exact }
"""
# One fragment of each expected progress entry's text, with its line in the seed report.
BUNDLE_ITEMS = {
    25: "デジタル社会形成整備法によるJ-LISに対する国のガバナンスの強化",
    35: "療育手帳のマイナンバーによる情報連携の法制上の措置",
    36: "公金受取口座登録法及び預貯金口座個人番号利用申出法の成立",
    45: "電子証明書のスマートフォンへの搭載について法改正を実施",
    54: "32の国家資格に関するマイナンバー法等の法律改正",
    62: "郵便局における電子証明書の発行・更新等の可能化について法改正を実施",
    75: "地方公共団体情報システムの標準化に関する法律の制定",
}
# デジタル庁 in the seed report, and on line 7 of the GIF guidebook where the tests build it.
AGENCY_LINES = Counter({7: 1, 35: 1, 89: 1, 90: 2, 319: 1, 448: 1, 452: 2}) + Counter({7: int(HAVE_GIF)})
TITLES = (
    "マイナンバー制度及び国と地方のデジタル基盤抜本改善ワーキンググループ報告書フォローアップ",
    "政府相互運用性フレームワーク（GIF） 全体編（デジタル社会推進実践ガイドブック DS-410）",
)
THEME5 = 'SELECT ?n WHERE { ?i a pol:Issue ; pol:number ?n ; pol:partOfTheme/pol:number "5" } ORDER BY ?n'
THEME5_NUMBERS = ["5.1", "5.2", "5.3", "5.4", "5.5", "5.6", "5.7"]
THEMES_GRAPH = (
    "CONSTRUCT { ?t pol:number ?n ; rdfs:label ?l } WHERE { ?t a pol:Theme ; pol:number ?n ; rdfs:label ?l }"
)
ALL_QUADS = "SELECT (COUNT(*) AS ?n) WHERE { { ?s ?p ?o } UNION { GRAPH ?g { ?s ?p ?o } } }"


def live_select(server: Server, query: str) -> list[dict[str, str]]:
    """A SELECT on the server's query endpoint, through SPARQLWrapper as a researcher would send it."""
    client = SPARQLWrapper(server.query)
    client.setQuery(sparql_prologue() + query)
    client.setMethod(POST)
    client.setReturnFormat(JSON)
    result = client.queryAndConvert()
    assert isinstance(result, dict)
    return [{k: v["value"] for k, v in b.items()} for b in result["results"]["bindings"]]


def embedded_select(settings: Settings, query: str) -> list[dict[str, str]]:
    return ReadStore(settings.data_dir).select(sparql_prologue() + query)


def as_multiset(rows: list[dict[str, str]]) -> Counter[tuple[tuple[str, str], ...]]:
    return Counter(tuple(sorted(row.items())) for row in rows)


def embedded_quad_count(settings: Settings, graph: ox.NamedNode | ox.DefaultGraph) -> int:
    store = ReadStore(settings.data_dir).oxigraph
    return sum(1 for _ in store.quads_for_pattern(None, None, None, graph))


# -- push ---------------------------------------------------------------------


def test_push_reports_every_graph(pushed: str, built: Settings) -> None:
    for iri in ReadStore(built.data_dir).named_graphs():
        assert f"to {iri}\n" in pushed
    assert "to the default graph" in pushed


def test_server_holds_each_graph_and_the_merge(pushed: str, oxigraph: Server, built: Settings) -> None:
    graphs = ReadStore(built.data_dir).named_graphs()
    assert RemoteStore(oxigraph.query).named_graphs() == graphs
    for iri in graphs:
        rows = live_select(oxigraph, f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{iri}> {{ ?s ?p ?o }} }}")
        assert int(rows[0]["n"]) == embedded_quad_count(built, ox.NamedNode(iri)), iri
    rows = live_select(oxigraph, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")
    assert int(rows[0]["n"]) == embedded_quad_count(built, ox.DefaultGraph())


def test_pushing_twice_leaves_the_same_triples(
    pushed: str, oxigraph: Server, built: Settings, tmp_path: Path
) -> None:
    before = int(live_select(oxigraph, ALL_QUADS)[0]["n"])
    store = ReadStore(built.data_dir)
    assert before == len(store) + embedded_quad_count(built, ox.DefaultGraph())
    again = push(built, oxigraph.store, tmp_path)
    assert again.returncode == 0, again.stderr
    assert int(live_select(oxigraph, ALL_QUADS)[0]["n"]) == before


def test_push_to_the_query_endpoint_is_refused_in_one_line(
    oxigraph: Server, built: Settings, tmp_path: Path
) -> None:
    done = push(built, oxigraph.query, tmp_path)
    assert done.returncode == 2
    assert done.stderr.count("\n") == 1
    assert "/store" in done.stderr
    assert "Traceback" not in done.stderr


def test_push_to_a_path_the_server_does_not_have(oxigraph: Server, built: Settings, tmp_path: Path) -> None:
    done = push(built, f"{oxigraph.base}/nothing-here", tmp_path)
    assert done.returncode == 1
    assert done.stderr.count("\n") == 1
    assert "HTTP 404" in done.stderr
    assert "Graph Store HTTP Protocol" in done.stderr


# -- the contract's queries -----------------------------------------------------


def test_bundle_query_answers_as_the_embedded_store(pushed: str, oxigraph: Server, built: Settings) -> None:
    live = live_select(oxigraph, LAW_QUERY)
    assert as_multiset(live) == as_multiset(embedded_select(built, LAW_QUERY))
    # The progress lines; the measures they serve and the issues above them depend on it too (lifted).
    labels = {row["item"]: row["label"] for row in live if "/progress/" in row["item"]}
    for line, fragment in BUNDLE_ITEMS.items():
        matching = [item for item, label in labels.items() if fragment in label]
        assert len(matching) == 1, f"line {line}: {fragment}"
    assert len(labels) == len(BUNDLE_ITEMS), sorted(labels.values())
    lifted = {row["item"] for row in live if "/measure/" in row["item"] or "/issue/" in row["item"]}
    assert len(lifted) == 16  # 9 measures and 7 issues, listed in tests/kg/rdf/test_contract.py
    assert not any("公的個人認証法改正" in label for label in labels.values())


def test_agency_query_answers_as_the_embedded_store(pushed: str, oxigraph: Server, built: Settings) -> None:
    live = live_select(oxigraph, AGENCY_QUERY)
    assert as_multiset(live) == as_multiset(embedded_select(built, AGENCY_QUERY))
    assert Counter(int(row["line"]) for row in live) == AGENCY_LINES
    assert {row["exact"] for row in live} == {"デジタル庁"}


# -- RemoteStore against the live server -----------------------------------------


def test_remote_store_reads_as_the_embedded_store(pushed: str, oxigraph: Server, built: Settings) -> None:
    remote = RemoteStore(oxigraph.query, timeout_s=10)
    embedded = ReadStore(built.data_dir)
    # No PREFIX lines: both stores know the project's prefixes.
    assert as_multiset(remote.select(AGENCY_QUERY)) == as_multiset(embedded.select(AGENCY_QUERY))
    assert [r["n"] for r in remote.select(THEME5)] == THEME5_NUMBERS
    assert remote.ask('ASK { ?b a pol:LawBundle ; rdfs:label "デジタル改革関連法"@ja }')
    assert not remote.ask('ASK { ?b rdfs:label "存在しない法律"@ja }')
    assert isomorphic(remote.construct(THEMES_GRAPH), embedded.construct(THEMES_GRAPH))
    assert remote.is_stale() is False


# -- the web app answering from the server ----------------------------------------


@pytest.fixture(scope="module")
def remote_app(pushed: str, oxigraph: Server, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Flask]:
    # An empty data folder: whatever the app shows can only have come from the server.
    empty = tmp_path_factory.mktemp("no-store") / "data"
    app = create_app(settings_for(empty).replace(sparql_endpoint=oxigraph.query, max_result_rows=5))
    yield app
    app.extensions["policykg.sparql"].close()


@pytest.fixture
def client(remote_app: Flask) -> FlaskClient:
    return remote_app.test_client()


def test_home_page_lists_both_documents(client: FlaskClient) -> None:
    response = client.get("/")
    assert response.status_code == 200
    page = response.get_data(as_text=True)
    for title in TITLES if HAVE_GIF else TITLES[:1]:
        assert title in page


def test_sparql_select_is_forwarded(client: FlaskClient) -> None:
    response = client.get("/sparql", query_string={"query": THEME5})
    assert response.status_code == 200
    assert response.mimetype == "application/sparql-results+json"
    bindings = json.loads(response.data)["results"]["bindings"]
    assert [b["n"]["value"] for b in bindings] == THEME5_NUMBERS[:5]  # max_result_rows=5
    assert response.headers["X-PolicyKG-Truncated"] == "true"


def test_sparql_csv_ask_and_construct_are_forwarded(client: FlaskClient, built: Settings) -> None:
    query = THEME5 + " LIMIT 3"
    response = client.post("/sparql", data={"query": query}, headers={"Accept": "text/csv"})
    assert response.status_code == 200
    assert list(csv.reader(io.StringIO(response.get_data(as_text=True)))) == [
        ["n"],
        ["5.1"],
        ["5.2"],
        ["5.3"],
    ]

    ask = client.post(
        "/sparql",
        data=b'ASK { ?t a pol:Theme ; pol:number "6" }',
        content_type="application/sparql-query",
        headers={"Accept": "application/sparql-results+json"},
    )
    assert ask.status_code == 200
    assert json.loads(ask.data)["boolean"] is True

    graph = client.get("/sparql", query_string={"query": THEMES_GRAPH}, headers={"Accept": "text/turtle"})
    assert graph.status_code == 200
    assert graph.mimetype == "text/turtle"
    served = Graph().parse(data=graph.get_data(as_text=True), format="turtle")
    assert len(served) == 5  # six themes × two triples, cut at max_result_rows
    expected = ReadStore(built.data_dir).construct(THEMES_GRAPH)
    # Turtle writes an xsd:string literal bare, and rdflib reads it back without the datatype.
    assert {(s, p, str(o)) for s, p, o in served} <= {(s, p, str(o)) for s, p, o in expected}


@pytest.mark.parametrize(
    ("query", "says"),
    [
        ("SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }", "SERVICE"),
        ("LOAD <http://127.0.0.1:9/data.ttl>", "LOAD"),
        ("DROP ALL", "read-only"),
        (
            "SELECT * FROM <https://w3id.org/policykg/id/graph/none> WHERE { ?s ?p ?o }",
            "not a graph of this store",
        ),
    ],
)
def test_refused_queries_never_reach_the_server(
    client: FlaskClient, oxigraph: Server, query: str, says: str
) -> None:
    before = live_select(oxigraph, ALL_QUADS)
    response = client.post("/sparql", data={"query": query})
    assert response.status_code == 400
    assert says in response.get_json()["error"]
    assert live_select(oxigraph, ALL_QUADS) == before


def test_a_query_the_server_rejects_is_one_line(client: FlaskClient, oxigraph: Server) -> None:
    response = client.get("/sparql", query_string={"query": "SELECT ?x WHERE { ?x ?y }"})
    assert response.status_code == 400
    body = response.get_json()
    assert body["ok"] is False
    assert oxigraph.query in body["error"]
    assert "\n" not in body["error"]


def test_an_unreachable_server_is_a_clear_error(tmp_path: Path, oxigraph: Server) -> None:
    # The server's own port with a path it does not serve, and a port nobody listens on.
    for endpoint in (f"{oxigraph.base}/nothing-here", "http://127.0.0.1:9/query"):
        app = create_app(settings_for(tmp_path / "data").replace(sparql_endpoint=endpoint))
        client = app.test_client()
        try:
            response = client.get("/sparql", query_string={"query": "ASK {}"})
            body = response.get_json()
            assert body["ok"] is False
            assert endpoint in body["error"]
            page = client.get("/", headers={"Accept": "text/html"}).get_data(as_text=True)
            assert "Traceback" not in page
            assert endpoint in page
        finally:
            app.extensions["policykg.sparql"].close()
