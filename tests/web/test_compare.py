"""The compare page and an item's history across editions, through the app and in Chromium.

Built from the seed report and its later editions (tests/kg/track/editions.py).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any
from urllib.parse import quote

import pytest
from flask import Flask
from flask.testing import FlaskClient

from kg.rdf import iris
from kg.settings import Settings
from tests.kg.track.editions import EDITS, NEXT_ID, OTHER_ID, RENUMBERED_ID, SEED_ID, build_editions
from web import create_app
from web.links import entity_href

pytestmark = pytest.mark.slow

HTML = {"Accept": "text/html"}


@pytest.fixture(scope="module")
def editions(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    return build_editions(tmp_path_factory.mktemp("web-editions"))


@pytest.fixture(scope="module")
def app(editions: Settings) -> Iterator[Flask]:
    app = create_app(editions)
    yield app
    if (sparql := app.extensions.get("policykg.sparql")) is not None:
        sparql.close()


@pytest.fixture
def client(app: Flask) -> FlaskClient:
    return app.test_client()


def test_compare_page_shows_the_summary_and_the_changes(client: FlaskClient) -> None:
    response = client.get("/compare", query_string={"from": SEED_ID, "to": NEXT_ID}, headers=HTML)
    assert response.status_code == 200
    page = response.get_data(as_text=True)
    changes = sum(len(e.expect) for e in EDITS)
    assert f"変更 {changes} 件" in page
    assert "課題 5.8 デジタル社会の実現に向けた重点計画の策定" in page
    # The reworded measure: the words added are marked, the rest is not.
    assert "プッシュ<ins>型の</ins>通知<ins>の実現</ins>" in page
    assert "3年10月 → 4年1月（後ろ倒し）" in page


def test_compare_json_is_the_diff_shape(client: FlaskClient) -> None:
    body = client.get("/compare.json", query_string={"from": SEED_ID, "to": NEXT_ID}).get_json()
    assert (body["old"], body["new"]) == (SEED_ID, NEXT_ID)
    assert sum(body["summary"].values()) == len(body["changes"]) == sum(len(e.expect) for e in EDITS)
    assert set(body["changes"][0]) >= {"kind", "type", "old", "new", "field", "before", "after"}


@pytest.mark.parametrize(
    ("query", "status", "words"),
    [
        ({"from": SEED_ID}, 400, "to: missing"),
        ({"from": SEED_ID, "to": "../etc"}, 400, "not a document id"),
        ({"from": SEED_ID, "to": "no-such-doc"}, 404, "no-such-doc"),
        ({"from": SEED_ID, "to": OTHER_ID}, 400, "not an edition of any series"),
        ({"from": SEED_ID, "to": SEED_ID}, 400, "the same document twice"),
    ],
)
def test_bad_compare_requests_are_clear_errors(
    client: FlaskClient, query: dict[str, str], status: int, words: str
) -> None:
    response = client.get("/compare.json", query_string=query)
    assert response.status_code == status
    body = response.get_json()
    assert body["ok"] is False and words in body["error"]


def test_issue_page_has_its_history(client: FlaskClient) -> None:
    href = entity_href(str(iris.issue(NEXT_ID, "3.3")))
    assert href is not None
    page = client.get(href, headers=HTML).get_data(as_text=True)
    assert "版の履歴" in page
    for doc_id in (SEED_ID, NEXT_ID, RENUMBERED_ID):
        assert doc_id in page
    assert "文言変更" in page


def test_document_page_links_to_the_comparison(client: FlaskClient) -> None:
    href = entity_href(str(iris.document(NEXT_ID)))
    assert href is not None
    page = client.get(href, headers=HTML).get_data(as_text=True)
    assert f"/compare?from={SEED_ID}&amp;to={NEXT_ID}" in page
    text = client.get(f"/documents/{NEXT_ID}", headers=HTML).get_data(as_text=True)
    assert f"/compare?from={SEED_ID}&amp;to={NEXT_ID}" in text
    first = client.get(f"/documents/{SEED_ID}", headers=HTML).get_data(as_text=True)
    assert "/compare?" not in first  # the first edition follows none


def test_issues_without_progress_example_runs(client: FlaskClient) -> None:
    from web.sparql import load_examples

    (example,) = [e for e in load_examples() if e.title == "最新版で取組状況の更新がない課題"]
    response = client.get(
        "/sparql", query_string={"query": example.query}, headers={"Accept": "application/json"}
    )
    assert response.status_code == 200
    rows = response.get_json()["results"]["bindings"]
    # The latest edition (renumbered, otherwise the seed's text) changed no progress entry of issue 1.3.
    assert {r["edition"]["value"] for r in rows} == {RENUMBERED_ID}
    assert "1.3" in {r["number"]["value"] for r in rows}


@pytest.fixture(scope="module")
def served_build(editions: Settings) -> Settings:
    """The browser serves the editions."""
    return editions


@pytest.mark.browser
def test_compare_page_and_history_in_chromium(page: Any, live_url: str) -> None:
    page.goto(f"{live_url}/compare?from={SEED_ID}&to={NEXT_ID}")
    assert page.locator("h1").inner_text().startswith("版の比較")
    assert page.locator("html").get_attribute("lang") == "ja"
    counts = page.locator("table.change-counts tr.dateMoved td").first.inner_text()
    assert counts.startswith("日付変更")
    assert page.locator("tr.change.reworded ins").count() > 0
    assert page.locator("tr.change.dropped del").count() > 0
    issue = quote(str(iris.issue(NEXT_ID, "3.3")).removeprefix("https://w3id.org/policykg"), safe="/")
    page.goto(f"{live_url}{issue}")
    timeline = page.locator("section.history ol.timeline li")
    assert timeline.count() == 3
    assert page.locator("section.history h2").inner_text().startswith("版の履歴")
    assert "文言変更" in page.locator("section.history").inner_text()
    page.locator("section.history a.compare-link").first.click()
    page.wait_for_load_state()
    assert page.locator("h1").inner_text().startswith("版の比較")


def test_measure_page_has_its_history(editions: Settings, client: FlaskClient) -> None:
    from kg.store.reader import ReadStore

    rows = ReadStore(editions.data_dir).select(
        f"""SELECT ?m WHERE {{ ?m a pol:Measure ; rdfs:label "プッシュ型の通知の実現"@ja ;
            prov:wasDerivedFrom/pol:documentId "{NEXT_ID}" }}"""
    )
    assert len(rows) == 1
    href = entity_href(rows[0]["m"])
    assert href is not None
    page = client.get(href, headers=HTML).get_data(as_text=True)
    history = page[page.index('<section class="history">') :]
    history = history[: history.index("</section>")]
    # The seed's version (its old title), this one, and the renumbered edition's (the old title again).
    assert history.count('<li class="version') == 3
    assert "プッシュ通知" in history and "文言変更" in history
