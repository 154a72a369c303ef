"""A unit named alone right after the date that opens a city's progress line is the one acting
(「令和6年1月　○○課において…」): a body, and in the city's own plan a unit of the city.

The sentences were written for this test; before the rule none of their units was found.
"""

from __future__ import annotations

import datetime as dt

import pytest

from kg.extract.extraction import extract
from kg.read import read_string
from tests.kg.extract.test_generality import bodies

SENTENCES = [
    ("令和6年1月　情報政策課において、電子申請の受付を開始した。", {"情報政策課"}),
    ("令和5年10月、子育て支援課で相談窓口を開設した。", {"子育て支援課"}),
    ("2024年4月 市民課が窓口の予約制を始めた。", {"市民課"}),
    ("- 令和6年度　危機管理室と連携し、避難訓練を行った。", {"危機管理室"}),
    # a word for units taken together, a part of the area, and a unit with no date before it: none
    ("令和6年1月　各課において研修を行った。", set()),
    ("令和6年度　中心部では空き店舗が増えた。", set()),
    ("情報政策課において受付を開始した。", set()),
]


@pytest.mark.parametrize(("text", "want"), SENTENCES, ids=[t for t, _ in SENTENCES])
def test_a_unit_after_a_progress_lines_date_is_a_body(text: str, want: set[str]) -> None:
    assert bodies(text) == want


PLAN = """\
# 沼津市デジタル化推進計画　進捗状況

## 施策1　行政手続のオンライン化

- 取組状況：令和6年1月　情報政策課において、電子申請の受付を開始した。
"""


def test_in_a_citys_plan_the_unit_is_the_citys() -> None:
    ex = extract(read_string(PLAN, suffix=".md"), dt.date(2025, 4, 1), use_parser=False)
    (city,) = {a.key for a in ex.agencies if a.text == "沼津市"}
    assert [(a.kind, a.parent) for a in ex.agencies if a.text == "情報政策課"] == [("unit", city)]
    (line,) = ex.of("ProgressUpdate")
    assert [a.text for a in line.agencies] == ["情報政策課"]
