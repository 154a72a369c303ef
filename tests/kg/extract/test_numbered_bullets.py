"""Measures written as bullets opening with their own number (「- 施策1-2 …」, 「- 取組3 …」).

The excerpts are invented, each in the way a ministry's or a city's follow-up lists its measures
under an issue or a theme heading; the expectations are read off the text: the measure is the words
after its number, up to a progress label in the same bullet, it addresses the issue whose heading it
stands under, and the laws of its own bullet and of the bullets inside it are its own.
"""

from __future__ import annotations

from kg.extract.evaluate import norm
from kg.extract.extraction import Extraction, extract
from kg.read import read_string
from tests.kg.extract.test_depends import DATE, found_links

_ISSUES = """# 子育て支援施策 令和6年度 進捗報告

## 課題1 保育の受け皿の不足

- 取組1 小規模保育事業所の整備
  - 進捗状況：市内3か所で開所（令和6年4月）
- 取組2 保育士の処遇改善
  - 進捗状況：児童福祉法に基づく処遇改善加算を拡充

## 課題2 相談窓口の分散

- 取組3 こども家庭センターの設置：実施状況 ― 全区に設置（令和6年10月）
- 取組4 オンライン相談の開始
"""

_THEME = """# 防災対策の推進について

### 1 住宅の耐震化

- 対策1-1 耐震診断の無料化
- 対策1-2 耐震改修費の補助：取組状況 ― 建築物の耐震改修の促進に関する法律に基づく計画を改定
- 施策の進め方は、地域の実情に応じて定める。
"""


def _read(text: str) -> Extraction:
    return extract(read_string(text, suffix=".md"), DATE, use_parser=False)


def _items(ex: Extraction, cls: str) -> list[tuple[int, str]]:
    return [(i.line, i.label) for i in ex.items if i.cls == cls]


def test_a_bullet_opening_with_a_measure_number_is_that_measure() -> None:
    ex = _read(_ISSUES)
    assert _items(ex, "Measure") == [
        (5, "小規模保育事業所の整備"),
        (7, "保育士の処遇改善"),
        (12, "こども家庭センターの設置"),
        (13, "オンライン相談の開始"),
    ]
    assert _items(ex, "Issue") == [(3, "保育の受け皿の不足"), (10, "相談窓口の分散")]


def test_the_measure_addresses_the_issue_it_stands_under() -> None:
    ex = _read(_ISSUES)
    labels = {i.key: i.label for i in ex.items}
    addressed = {i.label: labels.get(i.issue or "") for i in ex.items if i.cls == "Measure"}
    assert addressed == {
        "小規模保育事業所の整備": "保育の受け皿の不足",
        "保育士の処遇改善": "保育の受け皿の不足",
        "こども家庭センターの設置": "相談窓口の分散",
        "オンライン相談の開始": "相談窓口の分散",
    }


def test_a_bullet_without_a_number_stays_no_measure_and_the_theme_holds_the_measures() -> None:
    ex = _read(_THEME)
    assert _items(ex, "Measure") == [(5, "耐震診断の無料化"), (6, "耐震改修費の補助")]
    themes = {i.key: i.label for i in ex.items if i.cls == "Theme"}
    assert {themes.get(i.theme or "") for i in ex.items if i.cls == "Measure"} == {"住宅の耐震化"}


def test_the_laws_of_the_bullet_and_of_its_inner_bullets_are_the_measures() -> None:
    links = {(cls, label) for cls, label, _ in found_links(_read(_ISSUES)) | found_links(_read(_THEME))}
    assert ("Measure", norm("保育士の処遇改善")) in links
    assert ("Measure", norm("耐震改修費の補助")) in links
    assert ("Measure", norm("耐震診断の無料化")) not in links
