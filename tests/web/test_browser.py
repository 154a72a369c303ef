"""The home page in headless Chromium, as a user opens it after `make run`."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from kg.settings import Settings
from tests.browser import chromium, serving
from tests.conftest import needs_gif

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def live_url(built: Settings) -> Iterator[str]:
    with serving(built) as url:
        yield url + "/"


@pytest.fixture(scope="module")
def page(live_url: str) -> Iterator[object]:
    with chromium() as browser:
        yield browser.new_page()


@needs_gif
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
