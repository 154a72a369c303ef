"""The pictures in headless Chromium: drawn, in Japanese glyphs (no tofu), with the data's numbers.

The fonts Chromium actually used for a label are read over the DevTools protocol
(CSS.getPlatformFontsForNode): every glyph of 「北海道」 must come from a font that
has Japanese, not from a fallback.  The numbers on the map and the charts are
compared with the seed report's tables read at test time.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.kg.export.test_pictures import PREFECTURE_TABLE_END, _card_rows

pytestmark = pytest.mark.browser

JAPANESE_FONT = ("IPAex", "CJK", "Noto Sans JP", "Gothic", "Hiragino", "Meiryo")


def fonts_of(page: Any, selector: str) -> list[dict[str, Any]]:
    """The platform fonts Chromium drew the first element matching ``selector`` with."""
    cdp = page.context.new_cdp_session(page)
    cdp.send("DOM.enable")
    cdp.send("CSS.enable")
    root = cdp.send("DOM.getDocument", {"depth": -1})["root"]["nodeId"]
    node = cdp.send("DOM.querySelector", {"nodeId": root, "selector": selector})["nodeId"]
    assert node, f"nothing matches {selector}"
    fonts: list[dict[str, Any]] = cdp.send("CSS.getPlatformFontsForNode", {"nodeId": node})["fonts"]
    return fonts


def assert_japanese_glyphs(page: Any, selector: str) -> None:
    text = page.eval_on_selector(selector, "el => el.textContent")
    fonts = fonts_of(page, selector)
    assert fonts, f"no font drew {text!r}"
    assert all(any(word in f["familyName"] for word in JAPANESE_FONT) for f in fonts), fonts
    assert sum(f["glyphCount"] for f in fonts) == len(text)
    width = page.eval_on_selector(selector, "el => el.getComputedTextLength()")
    size = float(page.eval_on_selector(selector, "el => el.getAttribute('font-size')"))
    # full-width glyphs are about one em each (a missing glyph box or nothing at all would differ)
    assert 0.8 * size * len(text) <= width <= 1.2 * size * len(text), (text, width)


def test_the_map_renders_with_the_source_values(page: Any, live_url: str) -> None:
    expected = {name: rate for name, _, _, rate in _card_rows("3 都道府県別", PREFECTURE_TABLE_END)}
    page.goto(f"{live_url}/id/doc/digital-wg-followup-2021-10-22/dataset/t147")
    svg = page.locator("figure.picture-map svg")
    box = svg.bounding_box()
    assert box and box["width"] > 500 and box["height"] > 400
    tiles = page.eval_on_selector_all(
        "a.map-tile",
        """els => els.map(a => [a.querySelector('title').textContent.split('：')[0],
                                a.querySelectorAll('text')[1].textContent])""",
    )
    assert len(tiles) == 47
    assert {name: float(shown.rstrip("%")) for name, shown in tiles} == expected
    assert_japanese_glyphs(page, 'a.map-tile[data-code="010006"] text')  # 北海道
    # screen readers: an image named by its title and description; the links reachable by keyboard
    assert page.eval_on_selector("figure.picture-map svg", "s => s.getAttribute('role')") == "img"
    focused = page.eval_on_selector(
        'a.map-tile[data-code="470007"]', "a => { a.focus(); return document.activeElement === a }"
    )
    assert focused


def test_the_timeline_renders_planned_items_apart(page: Any, live_url: str) -> None:
    page.goto(f"{live_url}/id/doc/digital-wg-followup-2021-10-22/issue/2.1")
    rows = page.locator("figure.picture-timeline a.timeline-item")
    assert rows.count() == 6  # not 令和3年分 or 3年9月診療分以降: periods the records cover
    diamonds = page.locator("figure.picture-timeline a.timeline-item polygon[fill='#FFFFFF']")
    assert diamonds.count() == 3  # 4年1月～ twice, 4年2月～ (予定)
    assert_japanese_glyphs(page, "figure.picture-timeline svg > text")  # the title
    page.keyboard.press("Tab")
    for _ in range(200):  # tabbing from the top of the page reaches the first item
        if page.evaluate("document.activeElement.getAttribute('class')") == "timeline-item":
            break
        page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.getAttribute('class')") == "timeline-item"


def test_a_chart_renders_with_the_source_values(page: Any, live_url: str) -> None:
    expected = [(name, rate) for name, _, _, rate in _card_rows("1 団体区分別", "2 区分別交付率上位10団体")]
    page.goto(f"{live_url}/documents/digital-wg-followup-2021-10-22")
    first = page.locator("figure.picture-chart").first
    assert (first.bounding_box() or {}).get("width", 0) > 400
    bars = first.evaluate(
        """f => Array.from(f.querySelectorAll('a.chart-bar')).map(a =>
             [a.querySelector('text').textContent, a.querySelectorAll('text')[1].textContent,
              a.querySelector('rect').getBBox().width])"""
    )
    assert [(name, float(shown.rstrip("%"))) for name, shown, _ in bars] == expected
    # bar lengths are in proportion to the values
    widths = {name: width for name, _, width in bars}
    assert widths["特別区"] / widths["町村"] == pytest.approx(42.3 / 34.7, rel=0.01)
    assert_japanese_glyphs(page, "figure.picture-chart a.chart-bar text")
