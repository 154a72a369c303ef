"""Pictures on the pages and under /export/timeline|map|chart, over the built sample corpus."""

from __future__ import annotations

import csv
import io
import re
import xml.etree.ElementTree as ET

import pytest
from flask import Flask

from kg.settings import Settings
from web import create_app

SEED = "https://w3id.org/policykg/id/doc/digital-wg-followup-2021-10-22"
PREFECTURES = f"{SEED}/dataset/t147"  # the 都道府県別 table starts on line 147 of the report
SVG_RE = re.compile(r"<svg .*?</svg>", re.S)


@pytest.fixture
def app(built: Settings) -> Flask:
    return create_app(built)


def _svgs(html: str) -> list[ET.Element]:
    return [ET.fromstring(found) for found in SVG_RE.findall(html)]


def test_an_issue_page_has_its_timeline(app: Flask) -> None:
    html = app.test_client().get("/id/doc/digital-wg-followup-2021-10-22/issue/2.1").get_data(as_text=True)
    (picture,) = _svgs(html)
    assert picture.get("role") == "img"
    assert picture.get("aria-labelledby") == "timeline-title timeline-desc"
    links = [a.get("href", "") for a in picture.iter("{http://www.w3.org/2000/svg}a")]
    progress = "/id/doc/digital-wg-followup-2021-10-22/progress/"
    # 8 dates of progress less two periods the records cover (令和3年分, 3年9月診療分以降)
    assert len(links) == 6 and all(h.startswith(progress) for h in links)
    assert "この図の SPARQL" in html and "pol:addressesIssue" in html
    assert "/export/timeline?" in html


def test_the_prefecture_dataset_page_has_the_map_and_its_table(app: Flask) -> None:
    html = app.test_client().get("/id/doc/digital-wg-followup-2021-10-22/dataset/t147").get_data(as_text=True)
    (picture,) = _svgs(html)
    tiles = [a for a in picture.iter("{http://www.w3.org/2000/svg}a") if a.get("class") == "map-tile"]
    assert len(tiles) == 47
    assert {a.get("href") for a in tiles} >= {"/id/lg/010006", "/id/lg/470007"}
    # the values as a table: a row per prefecture with its code and the three measures
    assert '<th scope="row"><a href="/id/lg/010006">北海道</a></th><td>010006</td>' in html
    assert "<td>5,228,732</td><td>1,800,192</td><td>34.4%</td>" in html  # 北海道, line 148 of the report


def test_the_document_page_draws_every_table(app: Flask) -> None:
    html = app.test_client().get("/documents/digital-wg-followup-2021-10-22").get_data(as_text=True)
    kinds = re.findall(r'<figure class="picture picture-(\w+)"', html)
    # 団体区分別, two 上位10団体 lists (each also mapped per prefecture), 都道府県別, three facility tables
    assert sorted(kinds) == ["chart"] * 6 + ["map"] * 3
    idents = re.findall(r'<title id="([^"]+)"', html)
    assert len(idents) == len(set(idents)) == 9


@pytest.mark.parametrize(
    ("url", "media"),
    [
        (f"/export/map?dataset={PREFECTURES}&format=svg", "image/svg+xml"),
        (f"/export/map?dataset={PREFECTURES}&format=png", "image/png"),
        ("/export/timeline?issue=2.1&format=png", "image/png"),
        (f"/export/chart?dataset={SEED}/dataset/t106&format=svg", "image/svg+xml"),
    ],
)
def test_exports(app: Flask, url: str, media: str) -> None:
    response = app.test_client().get(url)
    assert response.status_code == 200 and response.mimetype == media
    if media == "image/png":
        assert response.data.startswith(b"\x89PNG")
        assert "attachment" in response.headers["Content-Disposition"]


def test_the_csv_download_is_what_the_map_draws(app: Flask) -> None:
    response = app.test_client().get(f"/export/map?dataset={PREFECTURES}&format=csv")
    rows = list(csv.DictReader(io.StringIO(response.data.decode("utf-8-sig"))))
    assert len(rows) == 47 and response.headers["X-Picture-Count"] == "47"
    assert rows[0] == {
        "category": "北海道",
        "code": "010006",
        "period": "2021-10-01",
        "measure": "issuanceRate",
        "value": "34.4",
        "unit": "%",
        "observation": rows[0]["observation"],
    }


@pytest.mark.parametrize(
    ("url", "status", "words"),
    [
        ("/export/timeline?issue=9.9", 404, "no issue numbered 9.9"),
        ("/export/map?dataset=javascript:alert(1)", 400, "is not an IRI"),
        (f"/export/map?dataset={SEED}/dataset/t106", 400, "not per prefecture"),
        (f"/export/chart?dataset={SEED}/issue/1.1", 404, "is not a statistics dataset"),
        ("/export/chart?dataset=x&format=gif", 400, "format must be one of"),
        ("/export/chart?dataset=x&colour=red", 400, "unknown parameter 'colour'"),
        (f"/export/chart?dataset={PREFECTURES}&measure=nope", 400, "'nope' is not a measure"),
    ],
)
def test_bad_requests_are_one_clear_error(app: Flask, url: str, status: int, words: str) -> None:
    response = app.test_client().get(url, headers={"Accept": "application/json"})
    assert response.status_code == status
    body = response.get_json()
    assert body["ok"] is False and words in body["error"]
    assert "Traceback" not in response.get_data(as_text=True)
