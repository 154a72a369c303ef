"""The search page and its JSON; bad parameters get the JSON error shape, never a 500."""

from __future__ import annotations

import re
from urllib.parse import quote

import pytest
from flask import Flask

from kg.settings import Settings
from web import create_app


@pytest.fixture
def app(indexed: Settings) -> Flask:
    return create_app(indexed)


def test_results_page_shows_facets_hits_and_expansions(app: Flask) -> None:
    response = app.test_client().get("/search?q=" + quote("デジタル改革関連法"))
    assert response.status_code == 200
    html = response.get_data(as_text=True)
    assert 'data-facet="type"' in html and 'data-facet="law"' in html
    assert "<mark>デジタル改革関連法</mark>" in html
    assert "同義語でも検索" in html
    assert 'href="/id/doc/digital-wg-followup-2021-10-22/progress/' in html
    assert re.search(r'href="/documents/digital-wg-followup-2021-10-22#L\d+"', html)
    assert "<script" not in html and "style=" not in html


def test_same_url_as_json(app: Flask) -> None:
    client = app.test_client()
    by_suffix = client.get("/search.json?q=J-LIS").get_json()
    by_accept = client.get("/search?q=J-LIS", headers={"Accept": "application/json"}).get_json()
    assert by_suffix == by_accept
    assert {"query", "expanded", "total", "hits", "facets"} <= set(by_suffix)
    assert by_suffix["total"] >= 3
    assert set(by_suffix["hits"][0]) >= {"iri", "type", "label", "document", "line", "snippet"}
    assert "地方公共団体情報システム機構" in by_suffix["expanded"]


def test_filters_and_pages_are_in_the_url(app: Flask) -> None:
    client = app.test_client()
    data = client.get("/search.json?q=" + quote("マイナンバー") + "&type=Measure&page=2").get_json()
    assert data["page"] == 2 and data["filters"] == {"type": ["Measure"]}
    assert all(h["type"] == "Measure" for h in data["hits"])
    html = client.get("/search?q=" + quote("マイナンバー")).get_data(as_text=True)
    assert 'rel="next"' in html and "page=2" in html


@pytest.mark.parametrize(
    ("query", "code"),
    [
        # page, offset and limit are read by the app's one rule for numbers (a usage error)
        ("page=abc&q=x", "E001"),
        ("page=0&q=x", "E001"),
        ("page=-1&q=x", "E001"),
        ("page=99999999999&q=x", "E001"),
        ("offset=-1&q=x", "E001"),
        ("limit=0&q=x", "E001"),
        ("limit=201&q=x", "E001"),
        ("page=2&offset=20&q=x", "E001"),
        # the rest of a bad search request is a search request error
        ("page=9999&q=x", "E510"),
        ("offset=9999&q=x", "E510"),
        ("q=x&type=nonsense", "E510"),
        ("q=" + "a" * 1200, "E510"),
        ("q=x&" + "&".join(["law=a"] * 30), "E510"),
    ],
)
def test_bad_parameters_are_400_json(app: Flask, query: str, code: str) -> None:
    response = app.test_client().get("/search.json?" + query)
    assert response.status_code == 400
    body = response.get_json()
    assert body == {"ok": False, "error": body["error"], "code": code, "status": 400}


@pytest.mark.parametrize("q", ['"', "((", "*", "~~", "NOT", "OR OR", "\x00", "<script>", "%"])
def test_odd_queries_answer(app: Flask, q: str) -> None:
    response = app.test_client().get("/search.json", query_string={"q": q})
    assert response.status_code == 200


def test_hostile_query_is_escaped_in_the_page(app: Flask) -> None:
    html = (
        app.test_client()
        .get("/search", query_string={"q": "<script>alert(1)</script>"})
        .get_data(as_text=True)
    )
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;" in html


def test_empty_search_page_has_the_box(app: Flask) -> None:
    html = app.test_client().get("/search").get_data(as_text=True)
    assert 'name="q"' in html and 'action="/search"' in html


def test_missing_index_is_404_json(tmp_path: object) -> None:
    from pathlib import Path

    from tests.conftest import settings_for

    assert isinstance(tmp_path, Path)
    client = create_app(settings_for(tmp_path / "none")).test_client()
    response = client.get("/search.json?q=x")
    assert response.status_code == 404
    assert response.get_json()["ok"] is False


def test_kinds_and_facets_are_named_by_the_ontologys_class_labels(app: Flask) -> None:
    from kg.rdf.ontology import class_label
    from search.engine import TYPE_LABELS

    for kind, word in TYPE_LABELS.items():
        assert word == (class_label(kind) if kind != "Paragraph" else "本文")
    html = app.test_client().get("/search?q=" + quote("マイナンバー")).get_data(as_text=True)
    # the theme facet is headed by the class its values are (分野), as the type facet names them
    assert '<section class="facet" data-facet="theme">\n      <h2>分野</h2>' in html
