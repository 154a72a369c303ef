"""Entity pages under /id/… over the sample corpus: content, links, negotiation, hostile paths."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from urllib.parse import parse_qs, quote, urlsplit

import pytest
from bs4 import BeautifulSoup
from flask.testing import FlaskClient
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rdflib import Graph, Literal, URIRef

from kg.rdf.namespaces import DCTERMS, OA, POL, RDFS
from kg.rdf.ontology import term_labels
from kg.settings import Settings
from tests.conftest import needs_gif
from web import create_app

ID = "https://w3id.org/policykg/id/"
SEED = f"{ID}doc/digital-wg-followup-2021-10-22"
ISSUE_13 = f"{SEED}/issue/1.3"
ISSUE_PAGE = "/id/doc/digital-wg-followup-2021-10-22/issue/1.3"
BUNDLE = f"{ID}law/digital-reform-acts"
NATIONWIDE_ESCAPED = "%E5%85%A8%E5%9B%BD"  # 全国 (a row of the 団体区分別 table), as its IRI spells it
JSON_ACCEPT = {"Accept": "application/json"}


@pytest.fixture
def fresh_client(built: Settings) -> FlaskClient:
    """An app of its own: rendered pages are kept per app, so a test that changes what a page
    shows must not get one rendered for another test."""
    return create_app(built).test_client()


def soup_of(client: FlaskClient, path: str) -> BeautifulSoup:
    response = client.get(path)
    assert response.status_code == 200, response.get_data(as_text=True)[:500]
    assert response.mimetype == "text/html"
    return BeautifulSoup(response.get_data(as_text=True), "html.parser")


def texts(soup: BeautifulSoup, selector: str) -> list[str]:
    return [" ".join(el.get_text(" ", strip=True).split()) for el in soup.select(selector)]


# --------------------------------------------------------------------------- the page of issue 1.3


def test_issue_page_shows_label_number_and_type(client: FlaskClient) -> None:
    soup = soup_of(client, ISSUE_PAGE)
    assert "マイナンバーカードの発行・運営体制の抜本的強化" in soup.select_one("h1.entity-label").get_text()
    assert soup.select_one("article.entity")["data-iri"] == ISSUE_13
    # types and properties in words, from the ontology's labels
    assert term_labels("ja")[POL.Issue] in texts(soup, ".types .type")[0]
    properties = dict(zip(texts(soup, ".properties dt"), texts(soup, ".properties dd"), strict=False))
    number_label = term_labels("ja")[POL.number]
    assert any(k.startswith(number_label) and v == "1.3" for k, v in properties.items()), properties


def test_issue_page_links_its_theme(client: FlaskClient) -> None:
    soup = soup_of(client, ISSUE_PAGE)
    links = {a["href"]: a.get_text(strip=True) for a in soup.select(".outgoing dd a")}
    # 1.3 is numbered under theme 1, 「マイナンバー関連システム整備」
    assert links["/id/doc/digital-wg-followup-2021-10-22/theme/1"] == "マイナンバー関連システム整備"


def test_issue_page_lists_the_progress_updates_that_address_it(client: FlaskClient) -> None:
    soup = soup_of(client, ISSUE_PAGE)
    incoming = texts(soup, ".incoming dd")
    assert any(
        "デジタル社会形成整備法によるJ-LISに対する国のガバナンスの強化（3年9月施行）" in t for t in incoming
    )
    assert any(
        "代表者会議委員に国の委員の選出、中期目標の策定・中期計画の認可（3年9月）" in t for t in incoming
    )
    group = texts(soup, ".incoming dt")
    assert any(term_labels("ja")[POL.addressesIssue] in g for g in group)


def test_issue_page_quotes_its_source_line(client: FlaskClient) -> None:
    soup = soup_of(client, ISSUE_PAGE)
    links = soup.select(".mentions a.source-line")
    hrefs = [a["href"] for a in links]
    assert "/documents/digital-wg-followup-2021-10-22#L317" in hrefs
    quoted = links[hrefs.index("/documents/digital-wg-followup-2021-10-22#L317")].select_one("q").get_text()
    assert "マイナンバーカードの発行・運営体制の抜本的強化" in quoted


def test_issue_page_offers_exports_and_the_graph(client: FlaskClient) -> None:
    soup = soup_of(client, ISSUE_PAGE)
    formats = {a["data-format"]: a["href"] for a in soup.select(".export-menu a.export")}
    assert set(formats) == {"graphml", "gexf", "dot", "mermaid", "csv", "json", "svg", "png"}
    link = urlsplit(formats["mermaid"])
    assert link.path == "/export/graph"
    assert parse_qs(link.query) == {"entity": [ISSUE_13], "format": ["mermaid"]}
    assert client.get(formats["mermaid"]).status_code == 200
    graph_link = urlsplit(soup.select_one("a.graph-link")["href"])
    assert graph_link.path == "/graph" and parse_qs(graph_link.query) == {"focus": [ISSUE_13]}


# --------------------------------------------------------------------------- the law bundle


def test_bundle_page_lists_members_and_dependents(client: FlaskClient) -> None:
    soup = soup_of(client, "/id/law/digital-reform-acts")
    assert soup.select_one("h1.entity-label").get_text(strip=True) == "デジタル改革関連法"
    members = [a["href"] for a in soup.select(".incoming dd a")]
    for law in ("digital-society-improvement-act", "local-system-standardization-act"):
        assert f"/id/law/{law}" in members
    assert any(term_labels("ja")[DCTERMS.isPartOf] in t for t in texts(soup, ".incoming dt"))
    dependents = texts(soup, ".dependents li")
    # progress entries that name the bundle (line 36) or one of its members (line 25)
    assert any("公金受取口座登録法及び預貯金口座個人番号利用申出法の成立" in t for t in dependents)
    assert any("デジタル社会形成整備法によるJ-LISに対する国のガバナンスの強化" in t for t in dependents)
    # altLabels are shown as other names
    assert any("デジタル改革関連6法" in t for t in texts(soup, ".properties dd"))


def test_every_link_on_the_pages_resolves(client: FlaskClient) -> None:
    for page in (ISSUE_PAGE, "/id/law/digital-reform-acts", "/id/agency/digital-agency"):
        soup = soup_of(client, page)
        hrefs = {a["href"] for a in soup.select("a[href^='/id/']")}
        assert hrefs
        for href in sorted(hrefs):
            assert client.get(href).status_code == 200, (page, href)


# --------------------------------------------------------------------------- paths and IRIs


@pytest.mark.parametrize(
    "path",
    [
        "/id/law/digital-reform-acts",
        "/id/agency/digital-agency",
        "/id/area/全国",
        f"/id/area/{NATIONWIDE_ESCAPED}",
        "/id/lg/010006",  # 北海道, a statistics area by its 全国地方公共団体コード
        "/id/doc/digital-wg-followup-2021-10-22",
    ],
)
def test_entity_paths_resolve(client: FlaskClient, path: str) -> None:
    assert client.get(path).status_code == 200


def test_japanese_path_round_trips_to_the_percent_encoded_iri(client: FlaskClient) -> None:
    for path in ("/id/area/全国", f"/id/area/{NATIONWIDE_ESCAPED}"):
        soup = soup_of(client, path)
        assert soup.select_one("h1.entity-label").get_text(strip=True) == "全国"
        assert soup.select_one("article.entity")["data-iri"] == f"{ID}area/{NATIONWIDE_ESCAPED}"


@pytest.mark.parametrize(
    "path",
    [
        "/id/nope",
        "/id/law/no-such-law",
        "/id/../../etc/passwd",
        "/id/%2e%2e/%2e%2e/etc/passwd",
        "/id/%00",
        "/id/a%3Cb%3E",
        '/id/x"y',
        "/id/law/digital-reform-acts%3E%20%3Fs%20%3Fp%20%3Fo%20%7D",
        "/id/%E0%A4%A",
        "/id/%ED%A0%80",
        "/id/a%",
        "/id/" + "a" * 5000,
        "/id/law/digital-reform-acts.exe",
        "/id/law/digital-reform-acts.ttl.ttl",
    ],
)
def test_odd_paths_are_404_never_500(client: FlaskClient, path: str) -> None:
    response = client.get(path, headers=JSON_ACCEPT)
    assert response.status_code == 404
    body = response.get_json()
    assert body["ok"] is False and body["status"] == 404 and body["code"]
    assert "Traceback" not in response.get_data(as_text=True)


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(st.text(min_size=1, max_size=40))
def test_any_path_is_answered_without_a_server_error(client: FlaskClient, text: str) -> None:
    response = client.get("/id/" + quote(text, safe="/%"))
    assert response.status_code < 500, text


# --------------------------------------------------------------------------- content negotiation


RDF_CASES = [
    ("text/turtle", "turtle", "text/turtle"),
    ("application/ld+json", "json-ld", "application/ld+json"),
    ("application/n-triples", "nt", "application/n-triples"),
]


def assert_describes_issue(graph: Graph) -> None:
    issue = URIRef(ISSUE_13)
    assert (issue, RDFS.label, Literal("マイナンバーカードの発行・運営体制の抜本的強化", lang="ja")) in graph
    assert (issue, POL.number, Literal("1.3")) in graph
    assert (issue, POL.partOfTheme, URIRef(f"{SEED}/theme/1")) in graph
    # incoming links: the progress updates that address the issue
    assert len(set(graph.subjects(POL.addressesIssue, issue))) >= 2
    # the annotation that places it on line 317, with its quote
    anns = set(graph.subjects(OA.hasBody, issue))
    assert any(graph.value(a, POL.line) == Literal(317) for a in anns)
    exacts = {str(o) for o in graph.objects(None, OA.exact)}
    assert any("マイナンバーカードの発行・運営体制の抜本的強化" in e for e in exacts)


@pytest.mark.parametrize(("accept", "fmt", "mimetype"), RDF_CASES)
def test_accept_header_negotiates_rdf(client: FlaskClient, accept: str, fmt: str, mimetype: str) -> None:
    response = client.get(ISSUE_PAGE, headers={"Accept": accept})
    assert response.status_code == 200
    assert response.mimetype == mimetype
    assert "Accept" in response.headers["Vary"]
    graph = Graph().parse(data=response.get_data(as_text=True), format=fmt)
    assert_describes_issue(graph)


@pytest.mark.parametrize(
    ("suffix", "fmt", "mimetype"),
    [
        (".ttl", "turtle", "text/turtle"),
        (".jsonld", "json-ld", "application/ld+json"),
        (".nt", "nt", "application/n-triples"),
    ],
)
def test_suffix_negotiates_rdf(client: FlaskClient, suffix: str, fmt: str, mimetype: str) -> None:
    # a browser's Accept loses to an explicit suffix
    response = client.get(ISSUE_PAGE + suffix, headers={"Accept": "text/html"})
    assert response.status_code == 200
    assert response.mimetype == mimetype
    assert_describes_issue(Graph().parse(data=response.get_data(as_text=True), format=fmt))


def test_suffix_on_a_japanese_path(client: FlaskClient) -> None:
    response = client.get("/id/area/全国.ttl")
    assert response.mimetype == "text/turtle"
    graph = Graph().parse(data=response.get_data(as_text=True), format="turtle")
    assert (URIRef(f"{ID}area/{NATIONWIDE_ESCAPED}"), RDFS.label, Literal("全国", lang="ja")) in graph


def test_html_is_the_default_and_preferred_by_browsers(client: FlaskClient) -> None:
    for accept in (None, "*/*", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"):
        response = client.get(ISSUE_PAGE, headers={"Accept": accept} if accept else {})
        assert response.mimetype == "text/html", accept
    link = client.get(ISSUE_PAGE).headers["Link"]
    assert f'<{ISSUE_PAGE}.ttl>; rel="alternate"; type="text/turtle"' in link


def test_unacceptable_type_is_406_in_the_json_error_shape(client: FlaskClient) -> None:
    response = client.get(ISSUE_PAGE, headers={"Accept": "image/png"})
    assert response.status_code == 406
    body = response.get_json()
    assert body == {"ok": False, "error": body["error"], "code": "H406", "status": 406}
    assert "text/turtle" in body["error"]


@pytest.mark.parametrize("accept", ["text/turtle", "application/ld+json", "application/json"])
def test_unknown_entity_is_404_json_for_non_html_clients(client: FlaskClient, accept: str) -> None:
    response = client.get("/id/law/no-such-law", headers={"Accept": accept})
    assert response.status_code == 404
    assert response.mimetype == "application/json"
    body = response.get_json()
    assert body["ok"] is False and body["code"] == "E700" and body["status"] == 404
    assert client.get("/id/law/no-such-law.ttl").mimetype == "application/json"


def test_unknown_entity_is_an_html_page_for_browsers(client: FlaskClient) -> None:
    response = client.get("/id/law/no-such-law", headers={"Accept": "text/html"})
    assert response.status_code == 404
    assert response.mimetype == "text/html"


# --------------------------------------------------------------------------- escaping and the CSP


HOSTILE = '<script>alert("x")</script><img src=x onerror=alert(1)>'


@pytest.fixture(scope="module")
def hostile_client(built: Settings, tmp_path_factory: pytest.TempPathFactory) -> FlaskClient:
    """A copy of the built store with one entity whose label and values are markup."""
    from kg.store.loading import load_file

    data = tmp_path_factory.mktemp("hostile") / "data"
    shutil.copytree(built.data_dir, data, symlinks=True)
    settings_ = built.replace(data_dir=data)
    ttl = Path(data.parent / "hostile.ttl")
    escaped = HOSTILE.replace('"', '\\"')
    ttl.write_text(
        f'<{ID}test/hostile> a <{POL.Measure}> ; <{RDFS.label}> "{escaped}"@ja ; '
        f'<{POL.number}> "{escaped}" ; <{POL.dependsOnLaw}> <{BUNDLE}> .\n',
        encoding="utf-8",
    )
    load_file(settings_, ttl, graph_iri=None, fmt=None)
    return create_app(settings_).test_client()


def test_labels_are_escaped_on_every_page(hostile_client: FlaskClient) -> None:
    for page in ("/id/test/hostile", "/id/law/digital-reform-acts"):
        response = hostile_client.get(page)
        assert response.status_code == 200
        html = response.get_data(as_text=True)
        assert "<script>alert" not in html and "<img src=x" not in html
        assert "&lt;script&gt;alert(" in html
    soup = BeautifulSoup(hostile_client.get("/id/test/hostile").get_data(as_text=True), "html.parser")
    assert HOSTILE in soup.select_one("h1.entity-label").get_text()


def assert_csp_clean(html: str) -> None:
    """No inline script or style: the Content-Security-Policy would block it."""
    soup = BeautifulSoup(html, "html.parser")
    for script in soup.find_all("script"):
        assert script.get("src"), f"inline script: {script}"
    assert not soup.find_all("style"), "inline <style>"
    for el in soup.find_all(True):
        assert "style" not in el.attrs, f"style attribute on {el.name}"
        assert not [a for a in el.attrs if a.lower().startswith("on")], f"event handler on {el.name}"


@pytest.mark.parametrize(
    "page",
    [
        ISSUE_PAGE,
        "/id/law/digital-reform-acts",
        "/id/area/全国",
        "/documents",
        "/documents/digital-wg-followup-2021-10-22",
        pytest.param("/documents/gif-ds-410-overview", marks=needs_gif),
        "/graph",
        f"/graph?focus={quote(BUNDLE)}",
        "/id/law/no-such-law",
    ],
)
def test_pages_keep_to_the_csp(client: FlaskClient, page: str) -> None:
    response = client.get(page)
    assert response.mimetype == "text/html"
    assert "script-src 'self'" in response.headers["Content-Security-Policy"]
    assert_csp_clean(response.get_data(as_text=True))


def test_json_ld_is_json(client: FlaskClient) -> None:
    body = json.loads(client.get(ISSUE_PAGE + ".jsonld").get_data(as_text=True))
    assert "@context" in body or "@graph" in body or isinstance(body, list)


def test_document_entity_links_to_its_text(client: FlaskClient) -> None:
    soup = soup_of(client, "/id/doc/digital-wg-followup-2021-10-22")
    assert soup.select_one("a.document-link")["href"] == "/documents/digital-wg-followup-2021-10-22"


def test_related_measures_are_listed_when_search_offers_them(
    fresh_client: FlaskClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    import search.related

    measure = f"{SEED}/measure/1.3-cf8fbc3183"

    def fake_related(settings_: Settings, iri: str, limit: int = 10) -> list[search.related.Related]:
        assert iri == ISSUE_13 and limit == 10
        return [
            search.related.Related(
                iri=measure, label="J-LISの<転換>", type="Measure", reasons=["同じ課題: 1.3"]
            )
        ]

    monkeypatch.setattr(search.related, "related", fake_related)
    soup = soup_of(fresh_client, ISSUE_PAGE)
    item = soup.select_one(".related li")
    assert item.select_one("a")["href"] == "/id/doc/digital-wg-followup-2021-10-22/measure/1.3-cf8fbc3183"
    assert "J-LISの<転換>" in item.get_text() and "同じ課題: 1.3" in item.get_text()


def test_related_measures_are_left_out_when_search_fails(
    fresh_client: FlaskClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    import search.related
    from kg.errors import StoreMissingError

    def no_index(settings_: Settings, iri: str, limit: int = 10) -> list[search.related.Related]:
        raise StoreMissingError("no search index here")

    monkeypatch.setattr(search.related, "related", no_index)
    soup = soup_of(fresh_client, ISSUE_PAGE)
    assert soup.select_one(".related") is None


def _sparql_rows(client: FlaskClient, href: str) -> list[dict[str, object]]:
    query = parse_qs(urlsplit(href).query)["query"][0]
    response = client.get(
        "/sparql", query_string={"query": query}, headers={"Accept": "application/sparql-results+json"}
    )
    assert response.status_code == 200, response.data
    rows: list[dict[str, object]] = response.get_json()["results"]["bindings"]
    return rows


def test_a_hub_lists_the_first_links_and_mentions_and_leads_to_the_rest(
    fresh_client: FlaskClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    import web.entities

    monkeypatch.setattr(web.entity_data, "MAX_LISTED", 2)
    soup = BeautifulSoup(fresh_client.get("/id/agency/digital-agency").data, "html.parser")
    # デジタル庁 is named on many lines of both documents.
    assert len(soup.select(".mentions li.mention")) == 2
    heading = soup.select_one(".mentions h2").get_text()
    total = int(heading.rsplit("(", 1)[1].rstrip(")"))
    assert total > 2
    more = soup.select_one(".mentions p.more a")
    assert more is not None and f"全 {total} 件" in soup.select_one(".mentions p.more").get_text()
    rows = _sparql_rows(fresh_client, more["href"])
    assert len(rows) == total
    # The links into it: each group shows two and counts them all.
    for dt in soup.select(".incoming dt"):
        count = int(dt.get_text().rsplit("(", 1)[1].rstrip(")"))
        shown = []
        for sibling in dt.find_next_siblings(["dt", "dd"]):
            if sibling.name == "dt":
                break
            shown.append(sibling)
        items = [d for d in shown if "more" not in (d.get("class") or [])]
        assert len(items) == min(count, 2)
        if count > 2:
            link = next(d for d in shown if "more" in (d.get("class") or [])).select_one("a")
            assert link is not None and len(_sparql_rows(fresh_client, link["href"])) >= count


def test_a_law_lists_its_first_dependents(fresh_client: FlaskClient, monkeypatch: pytest.MonkeyPatch) -> None:
    client = fresh_client
    import web.entities

    monkeypatch.setattr(web.entity_data, "MAX_LISTED", 1)
    soup = BeautifulSoup(client.get("/id/law/digital-reform-acts").data, "html.parser")
    assert len(soup.select(".dependents li")) == 1
    total = int(soup.select_one(".dependents h2").get_text().rsplit("(", 1)[1].rstrip(")"))
    # The seven ✓ entries of lines 25, 35, 36, 45, 54, 62 and 75 depend on the bundle, and so do
    # the nine measures they serve (lines 36 and 75 serve two each) and the seven issues above
    # them (lifted).
    assert total == 23
    rows = _sparql_rows(client, soup.select_one(".dependents p.more a")["href"])
    assert len({r["item"]["value"] for r in rows}) == 23  # type: ignore[index]


def test_a_page_is_rendered_once_per_generation(built: Settings, monkeypatch: pytest.MonkeyPatch) -> None:
    import web.entities

    calls: list[str] = []
    real = web.entity_data.page_data

    def counted(iri: str) -> dict[str, object]:
        calls.append(iri)
        return real(iri)

    monkeypatch.setattr(web.entities, "page_data", counted)
    monkeypatch.setattr(web.entity_data, "page_data", counted)
    client = create_app(built).test_client()
    first = client.get("/id/agency/mic").data
    assert client.get("/id/agency/mic").data == first
    assert calls == [f"{ID}agency/mic"]
    # Another generation of the index (a build swapped one in) renders the page again.
    monkeypatch.setattr("search.index.current_generation", lambda data_dir: Path("gen-999999"))
    assert client.get("/id/agency/mic").data == first
    assert len(calls) == 2
