"""The /export/graph route over the sample corpus."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import networkx as nx
import pytest
from flask import Flask

from tests.conftest import settings_for
from web import create_app

SEED = "https://w3id.org/policykg/id/doc/digital-wg-followup-2021-10-22/"
JSON = {"Accept": "application/json"}


def test_issue_slice_as_graphml(app: Flask, tmp_path: Path) -> None:
    response = app.test_client().get("/export/graph?issue=1.3&depth=2&format=graphml")
    assert response.status_code == 200
    assert response.mimetype == "application/graphml+xml"
    disposition = response.headers["Content-Disposition"]
    assert disposition.startswith("attachment;") and ".graphml" in disposition
    path = tmp_path / "slice.graphml"
    path.write_bytes(response.data)
    graph = nx.read_graphml(path)
    # Theme 1 of the report numbers the issues 1.1 to 1.7; 1.3 is one of them.
    assert {f"{SEED}issue/1.{n}" for n in range(1, 8)} | {SEED + "theme/1"} <= set(graph)
    assert graph.nodes[SEED + "issue/1.3"]["label"] == "マイナンバーカードの発行・運営体制の抜本的強化"
    assert graph.nodes[SEED + "theme/1"]["class"] == "Theme"


def _structure(document: dict[str, list[dict[str, str]]]) -> set[str]:
    """The issues and themes of a JSON export (what the report's numbering fixes)."""
    return {n["id"] for n in document["nodes"] if n["class"] in ("Issue", "Theme")}


def test_depth_one_is_the_issue_and_its_theme(app: Flask) -> None:
    response = app.test_client().get("/export/graph?issue=1.3&depth=1&format=json")
    assert response.status_code == 200
    document = json.loads(response.data)
    assert _structure(document) == {SEED + "issue/1.3", SEED + "theme/1"}
    assert (SEED + "issue/1.3", SEED + "theme/1", "partOfTheme") in {
        (e["source"], e["target"], e["relation"]) for e in document["links"]
    }
    assert {n["distance"] for n in document["nodes"]} <= {0, 1}


def test_agency_slice_as_a_csv_download(app: Flask) -> None:
    response = app.test_client().get("/export/graph?agency=デジタル庁&format=csv")
    assert response.status_code == 200
    assert response.mimetype == "text/csv"
    disposition = response.headers["Content-Disposition"]
    assert disposition.startswith("attachment;")
    # RFC 6266: the Japanese name percent-encoded in filename*, an ASCII one beside it.
    assert "filename*=UTF-8''policykg-graph-%E3%83%87%E3%82%B8%E3%82%BF%E3%83%AB%E5%BA%81.csv" in disposition
    assert response.data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(response.data.decode("utf-8-sig"))))
    digital = "https://w3id.org/policykg/id/agency/digital-agency"
    assert {r["target_label"] for r in rows if r["target"] == digital} == {"デジタル庁"}
    assert {r["relation"] for r in rows if r["target"] == digital} >= {"involvesAgency"}


@pytest.mark.parametrize(
    ("fmt", "mimetype", "start"),
    [
        ("gexf", "application/gexf+xml", b"<?xml"),
        ("dot", "text/vnd.graphviz", b"digraph"),
        ("mermaid", "text/plain", b"---"),
        ("svg", "image/svg+xml", b"<?xml"),
        ("png", "image/png", b"\x89PNG"),
    ],
)
def test_every_format(app: Flask, fmt: str, mimetype: str, start: bytes) -> None:
    response = app.test_client().get(f"/export/graph?issue=1.3&depth=1&format={fmt}")
    assert response.status_code == 200
    assert response.mimetype == mimetype
    assert response.data.startswith(start)


def test_entity_focus(app: Flask) -> None:
    response = app.test_client().get(
        "/export/graph", query_string={"entity": SEED + "theme/2", "format": "json"}
    )
    assert response.status_code == 200
    # Theme 2 (マイナンバーの利活用の促進) numbers the issues 2.1 to 2.5.
    expected = {SEED + "theme/2"} | {f"{SEED}issue/2.{n}" for n in range(1, 6)}
    assert _structure(json.loads(response.data)) == expected


@pytest.mark.parametrize(
    ("query", "status"),
    [
        ("format=graphml", 400),  # no focus
        ("issue=1.3&law=デジタル改革関連法&format=json", 400),  # two foci
        ("issue=1.3&format=pdf", 400),
        ("issue=1.3&depth=two&format=json", 400),
        ("issue=1.3&depth=99&format=json", 400),
        ("issue=1.3&depth=-1&format=json", 400),
        ("issue=1.3&relations=dependsOn&format=json", 400),
        ("issue=1.3&classes=Bill&format=json", 400),
        ("issue=1.3&max_nodes=0&format=json", 400),
        ("issue=1.3&colour=red&format=json", 400),
        ("issue=９９.９&format=json", 404),
        ("issue=abc&format=json", 400),
        ("law=存在しない法&format=json", 404),
        ("agency=財務省&format=json", 404),
        ("entity=https://w3id.org/policykg/id/none&format=json", 404),
        ("entity=javascript:alert(1)&format=json", 400),
        ("entity=https://x/<script>&format=json", 400),
    ],
)
def test_bad_requests_answer_the_error_shape(app: Flask, query: str, status: int) -> None:
    response = app.test_client().get(f"/export/graph?{query}", headers=JSON)
    assert response.status_code == status
    body = response.get_json()
    assert body["ok"] is False and body["status"] == status
    assert body["code"].startswith("E") and body["error"]
    assert "Traceback" not in response.get_data(as_text=True)


def test_browser_errors_are_pages_not_500(app: Flask) -> None:
    response = app.test_client().get(
        "/export/graph?law=存在しない法&format=png", headers={"Accept": "text/html"}
    )
    assert response.status_code == 404
    assert "存在しない法" in response.get_data(as_text=True)


def test_no_store_yet(tmp_path: Path) -> None:
    app = create_app(settings_for(tmp_path / "empty"))
    response = app.test_client().get("/export/graph?issue=1.3&format=json", headers=JSON)
    assert response.status_code == 404
    assert response.get_json()["ok"] is False
