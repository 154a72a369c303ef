"""The home page in headless Chromium, as a user opens it after `make run`."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import needs_gif

pytestmark = pytest.mark.browser


@needs_gif
def test_home_shows_both_titles_and_issues(page: Any, live_url: str) -> None:
    from playwright.sync_api import expect

    page.goto(live_url + "/")
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
