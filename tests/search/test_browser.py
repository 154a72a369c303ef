"""Searching in headless Chromium: type a query, see facets and hits, follow a hit."""

from __future__ import annotations

from typing import Any

import pytest

pytestmark = pytest.mark.browser


def test_search_facets_and_follow_a_hit(page: Any, live_url: str) -> None:
    from playwright.sync_api import expect

    page.goto(live_url + "/search")
    page.fill("#search-q", "デジタル改革関連法")
    page.click(".search-box button")
    expect(page.locator(".facet[data-facet='type']")).to_be_visible()
    expect(page.locator(".facet[data-facet='law'] a", has_text="デジタル改革関連法")).to_be_visible()
    hits = page.locator("li.hit")
    assert hits.count() >= 6
    expect(hits.first.locator("mark").first).to_have_text("デジタル改革関連法")
    # narrowing by a facet keeps the query in the URL
    page.locator(".facet[data-facet='type'] a[data-value='ProgressUpdate']").click()
    assert "type=ProgressUpdate" in page.url
    expect(page.locator("li.hit[data-type='Measure']")).to_have_count(0)
    source = page.locator("li.hit a.source").first
    href = source.get_attribute("href") or ""
    assert href.startswith("/documents/digital-wg-followup-2021-10-22#L")
    page.locator("li.hit a.hit-label").first.click()
    page.wait_for_load_state()
    assert "/id/doc/digital-wg-followup-2021-10-22/progress/" in page.url
