"""The graph explorer page and its neighbours API."""

from __future__ import annotations

import subprocess
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pytest
from bs4 import BeautifulSoup
from flask.testing import FlaskClient

ID = "https://w3id.org/policykg/id/"
BUNDLE = f"{ID}law/digital-reform-acts"
MEMBER = f"{ID}law/digital-society-improvement-act"
ROOT = Path(__file__).resolve().parents[2]


def neighbours(client: FlaskClient, query: str) -> tuple[int, dict[str, Any]]:
    response = client.get(f"/graph/neighbours.json?{query}")
    assert response.mimetype == "application/json"
    return response.status_code, response.get_json()


def split(body: dict[str, Any]) -> tuple[dict[str, dict[str, Any]], list[dict[str, Any]]]:
    nodes = {e["data"]["id"]: e["data"] for e in body["elements"] if e["group"] == "nodes"}
    edges = [e["data"] for e in body["elements"] if e["group"] == "edges"]
    return nodes, edges


def test_neighbours_of_the_bundle(client: FlaskClient) -> None:
    status, body = neighbours(client, f"iri={quote(BUNDLE)}")
    assert status == 200 and body["ok"] is True and body["focus"] == BUNDLE
    nodes, edges = split(body)
    assert nodes[BUNDLE]["class"] == "LawBundle"
    assert nodes[BUNDLE]["label"] == "デジタル改革関連法"
    assert nodes[BUNDLE]["href"] == "/id/law/digital-reform-acts"
    # members of the bundle, tied to it by dcterms:isPartOf
    assert nodes[MEMBER]["class"] == "Law"
    assert {"source": MEMBER, "target": BUNDLE, "relation": "isPartOf"} in [
        {k: e[k] for k in ("source", "target", "relation")} for e in edges
    ]
    # items that depend on the bundle's laws
    assert any(n["class"] == "ProgressUpdate" for n in nodes.values())
    # every edge joins two nodes of the answer, with its relation named in words
    for edge in edges:
        assert edge["source"] in nodes and edge["target"] in nodes
        assert edge["label"]


def test_filter_by_relation(client: FlaskClient) -> None:
    _, body = neighbours(client, f"iri={quote(BUNDLE)}&relations=isPartOf")
    nodes, edges = split(body)
    assert edges and {e["relation"] for e in edges} == {"isPartOf"}
    # laws, and the legislative actions the text marks part of the bundle
    assert {n["class"] for n in nodes.values()} <= {"Law", "LawBundle", "LegislativeAction"}

    _, body = neighbours(client, f"iri={quote(MEMBER)}&relations=dependsOnLaw")
    nodes, edges = split(body)
    assert edges and "isPartOf" not in {e["relation"] for e in edges}
    assert BUNDLE not in nodes


@pytest.mark.parametrize(
    ("query", "status"),
    [
        ("", 400),
        ("iri=", 400),
        ("iri=not-an-iri", 400),
        (f"iri={quote(ID)}x%3E%20%3Fs", 400),
        (f"iri={quote(ID)}%25E0%25A", 400),
        (f"iri={quote(ID)}law/no-such-law", 404),
        (f"iri={quote(BUNDLE)}&relations=bogus", 400),
        (f"iri={quote(BUNDLE)}&relations=", 400),
    ],
)
def test_bad_requests_are_4xx_json(client: FlaskClient, query: str, status: int) -> None:
    got, body = neighbours(client, query)
    assert got == status
    assert body["ok"] is False and body["status"] == status and body["code"]


def test_explorer_page_for_the_bundle(client: FlaskClient) -> None:
    response = client.get("/graph?focus=デジタル改革関連法")
    assert response.status_code == 200
    soup = BeautifulSoup(response.get_data(as_text=True), "html.parser")
    explorer = soup.select_one("#explorer")
    assert explorer["data-focus"] == BUNDLE
    assert explorer["data-neighbours-url"] == "/graph/neighbours.json"
    scripts = [s["src"] for s in soup.select("script[src]")]
    assert "/static/graph.js" in scripts
    # the relation filter, in words
    relations = {i["value"] for i in soup.select("input[name=relation]")}
    assert {"dependsOnLaw", "isPartOf", "involvesAgency", "addressesIssue"} <= relations
    # the neighbours as plain links, and the export menu
    assert "/id/law/digital-society-improvement-act" in [a["href"] for a in soup.select(".neighbour-list a")]
    assert {a["data-format"] for a in soup.select(".export-menu a.export")} >= {"graphml", "png", "mermaid"}


def test_explorer_without_focus_shows_the_form(client: FlaskClient) -> None:
    response = client.get("/graph")
    assert response.status_code == 200
    soup = BeautifulSoup(response.get_data(as_text=True), "html.parser")
    assert soup.select_one("form.focus-form input[name=focus]") is not None
    assert soup.select_one("#explorer") is None


@pytest.mark.parametrize(
    ("focus", "status"), [("存在しない法律名", 404), ("<script>", 404), (f"{ID}%E0%A", 400)]
)
def test_explorer_with_an_unknown_focus_says_so(client: FlaskClient, focus: str, status: int) -> None:
    response = client.get(f"/graph?focus={quote(focus)}")
    assert response.status_code == status
    soup = BeautifulSoup(response.get_data(as_text=True), "html.parser")
    assert soup.select_one("p.error").get_text(strip=True)
    assert "<script>" not in response.get_data(as_text=True).split("</header>", 1)[1]


def test_explorer_says_when_the_library_is_missing(
    client: FlaskClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    import web.graph

    monkeypatch.setattr(web.graph, "VENDOR_ASSET", "vendor/not-installed.js")
    soup = BeautifulSoup(client.get(f"/graph?focus={quote(BUNDLE)}").get_data(as_text=True), "html.parser")
    missing = soup.select_one("#graph-missing")
    assert missing is not None and not missing.has_attr("hidden")
    assert "install-web-assets.sh" in missing.get_text()
    assert not [s for s in soup.select("script[src]") if "vendor/" in s["src"]]
    assert soup.select(".neighbour-list a")  # the list still works


def test_install_script_is_valid_bash() -> None:
    script = ROOT / "scripts" / "install-web-assets.sh"
    assert subprocess.run(["bash", "-n", str(script)], check=False).returncode == 0
