from __future__ import annotations

from pathlib import Path

import pytest
from flask import Flask

from kg.settings import Settings
from tests.conftest import needs_gif, settings_for
from web import create_app


@needs_gif
def test_home_lists_both_documents_and_the_issues(app: Flask) -> None:
    response = app.test_client().get("/")
    assert response.status_code == 200
    html = response.get_data(as_text=True)
    assert "マイナンバー制度及び国と地方のデジタル基盤抜本改善ワーキンググループ報告書フォローアップ" in html
    assert "政府相互運用性フレームワーク（GIF） 全体編" in html
    assert "マイナンバーカードの発行・運営体制の抜本的強化" in html
    assert html.count('data-number="') == 34


@needs_gif
def test_home_as_json(app: Flask) -> None:
    for response in (
        app.test_client().get("/index.json"),
        app.test_client().get("/", headers={"Accept": "application/json"}),
    ):
        assert response.status_code == 200
        data = response.get_json()
        docs = {d["id"]: d for d in data["documents"]}
        seed = docs["digital-wg-followup-2021-10-22"]
        assert seed["issued"] == "2021-10-22"
        numbers = [i["number"] for i in seed["issues"]]
        assert numbers[:8] == ["1.1", "1.2", "1.3", "1.4", "1.5", "1.6", "1.7", "2.1"]
        assert docs["gif-ds-410-overview"]["issues"] == []


def test_security_headers(app: Flask) -> None:
    response = app.test_client().get("/")
    assert "default-src 'self'" in response.headers["Content-Security-Policy"]
    assert response.headers["X-Content-Type-Options"] == "nosniff"


def test_unknown_path_gives_the_json_error_shape(app: Flask) -> None:
    response = app.test_client().get("/no/such/page", headers={"Accept": "application/json"})
    assert response.status_code == 404
    body = response.get_json()
    assert body["ok"] is False and body["status"] == 404 and body["code"] == "H404" and body["error"]


def test_unknown_path_html_has_no_traceback(app: Flask) -> None:
    response = app.test_client().get("/no/such/page")
    assert response.status_code == 404
    assert "Traceback" not in response.get_data(as_text=True)


def test_oversized_request_is_refused(built: Settings) -> None:
    app = create_app(built.replace(max_request_bytes=1000))
    response = app.test_client().post("/", data=b"x" * 5000, headers={"Accept": "application/json"})
    assert response.status_code in (405, 413)
    assert response.get_json()["ok"] is False


def test_home_before_any_build(tmp_path: Path) -> None:
    app = create_app(settings_for(tmp_path / "empty"))
    response = app.test_client().get("/")
    assert response.status_code == 200
    assert "policykg build" in response.get_data(as_text=True)


@needs_gif
def test_home_lists_a_page_of_documents_at_a_time(app: Flask, monkeypatch: pytest.MonkeyPatch) -> None:
    import web.home

    monkeypatch.setattr(web.home, "PAGE_SIZE", 1)
    client = app.test_client()
    first = client.get("/index.json").get_json()
    second = client.get("/index.json?page=2").get_json()
    assert (first["page"], first["pages"], first["total"]) == (1, 2, 2)
    assert second["page"] == 2
    ids = [first["documents"][0]["id"], second["documents"][0]["id"]]
    assert sorted(ids) == ["digital-wg-followup-2021-10-22", "gif-ds-410-overview"]
    # Each page carries the issues of its own documents only.
    counts = {d["id"]: len(d["issues"]) for d in (*first["documents"], *second["documents"])}
    assert counts == {"digital-wg-followup-2021-10-22": 34, "gif-ds-410-overview": 0}
    past = client.get("/index.json?page=99").get_json()
    assert (past["page"], past["documents"], past["total"]) == (99, [], 2)
    html = client.get("/").get_data(as_text=True)
    assert 'rel="next" href="?page=2"' in html and 'rel="prev"' not in html


@pytest.mark.parametrize("path", ["/", "/search?q=デジタル庁", "/id/agency/digital-agency"])
def test_the_brand_leads_to_the_home_page_not_its_json(app: Flask, path: str) -> None:
    html = app.test_client().get(path).get_data(as_text=True)
    assert 'class="brand" href="/"' in html
