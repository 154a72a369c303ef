"""A question typed into the search box in headless Chromium: the answer above the hits."""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import urlencode

import pytest

pytestmark = pytest.mark.browser


def test_question_in_the_search_box(page: Any, live_url: str) -> None:
    from playwright.sync_api import expect

    page.goto(live_url + "/search")
    page.fill("#search-q", "デジタル改革関連法に基づく取組は？")
    page.click(".search-box button")
    answer = page.locator("#answer")
    expect(answer).to_be_visible()
    expect(answer.locator(".reading")).to_contain_text(
        "法令: デジタル改革関連法（構成法を含む） → 依拠する施策・取組状況"
    )
    # The seven entries of the report that name the bundle or one of its acts, and the measures
    # they serve (lifted: tests/search/test_ask.py checks which).
    expect(answer.locator(".answer-table tbody tr", has_text="取組状況")).to_have_count(7)
    # Above the full-text hits, which are still there.
    answer_box = answer.bounding_box()
    first_hit = page.locator("li.hit").first.bounding_box()
    assert answer_box is not None and first_hit is not None
    assert answer_box["y"] + answer_box["height"] <= first_hit["y"]
    # The query is shown, and opens in the editor.
    answer.locator("summary").click()
    expect(answer.locator("pre")).to_contain_text("pol:dependsOnLaw")
    answer.locator("a.open-in-editor").click()
    page.wait_for_load_state()
    assert "/sparql?" in page.url
    expect(page.locator("#sparql-query")).to_have_value(re.compile("digital-reform-acts"))
    # Back on the answer, an item's link leads to its page.
    page.go_back()
    page.locator("#answer .answer-table tbody tr", has_text="取組状況").locator(
        "a[href^='/id/']"
    ).first.click()
    page.wait_for_load_state()
    assert "/id/doc/digital-wg-followup-2021-10-22/progress/" in page.url


def test_plain_search_shows_no_answer(page: Any, live_url: str) -> None:
    from playwright.sync_api import expect

    page.goto(live_url + "/search?q=" + "マイナンバーカード")
    expect(page.locator("li.hit").first).to_be_visible()
    expect(page.locator("#answer")).to_have_count(0)


def test_answer_pages_follow_one_another(page: Any, live_url: str) -> None:
    from playwright.sync_api import expect

    page.goto(live_url + "/ask?" + urlencode({"q": "デジタル改革関連法に基づく取組", "limit": "3"}))
    answer = page.locator("#answer")
    count = answer.locator(".answer-count")
    expect(count).to_have_text(re.compile(r"^\d+ 件（1–3 件目を表示）$"))
    total = int(count.inner_text().split(" ")[0])
    assert total >= 7  # the seven entries on the bundle, and the measures they serve
    seen = answer.locator(".answer-table tbody tr").all_inner_texts()
    expect(answer.locator("a.answer-prev")).to_have_count(0)
    while answer.locator("a.answer-next").count():
        answer.locator("a.answer-next").click()
        page.wait_for_load_state()
        rows = answer.locator(".answer-table tbody tr").all_inner_texts()
        assert rows and not set(rows) & set(seen)
        seen += rows
        expect(answer.locator("a.answer-prev")).to_be_visible()
    assert len(seen) == total
    expect(count).to_have_text(re.compile(rf"^{total} 件（{(total - 1) // 3 * 3 + 1}–{total} 件目を表示）$"))
