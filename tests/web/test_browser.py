"""The home page in headless Chromium, as a user opens it after `make run`."""

from __future__ import annotations

import shutil
import threading
from collections.abc import Iterator

import pytest

from kg.settings import Settings
from web import create_app

pytestmark = pytest.mark.browser

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
CHROMIUM_FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@pytest.fixture(scope="module")
def live_url(built: Settings) -> Iterator[str]:
    from waitress.server import create_server

    server = create_server(create_app(built), host="127.0.0.1", port=0, threads=4)
    port = server.effective_port  # type: ignore[union-attr]
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{port}/"
    finally:
        server.close()


@pytest.fixture(scope="module")
def page(live_url: str) -> Iterator[object]:
    if CHROMIUM is None:
        pytest.skip("Chromium is not installed (make test installs Debian's chromium where it can)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_FLAGS)
        try:
            yield browser.new_page()
        finally:
            browser.close()


def test_home_shows_both_titles_and_issues(page: object, live_url: str) -> None:
    from playwright.sync_api import Page, expect

    assert isinstance(page, Page)
    page.goto(live_url)
    titles = page.locator("h2.doc-title")
    expect(titles).to_have_count(2)
    expect(titles.nth(0)).to_have_text(
        "マイナンバー制度及び国と地方のデジタル基盤抜本改善ワーキンググループ報告書フォローアップ"
    )
    expect(titles.nth(1)).to_contain_text("政府相互運用性フレームワーク（GIF） 全体編")
    expect(page.locator("li[data-number='5.4']")).to_contain_text("読み仮名の法制化の検討")
    # the stylesheet loaded under the Content-Security-Policy
    color = page.locator(".brand").evaluate("el => getComputedStyle(el).color")
    assert color == "rgb(11, 92, 173)"
