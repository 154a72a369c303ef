"""An official's title names the body the official serves: the item naming the official involves that body.

The excerpt was written for the test; the bodies are read off it by the rule
(「X大臣」, 「X審議官」 with X the stem of a ministry or agency, 「X庁長官」, and
the fixed titles of kg/data/official_titles.csv).
"""

from __future__ import annotations

import datetime as dt

from kg.extract.extraction import extract
from kg.extract.officials import find_officials
from kg.read import read_string

PLAN = """\
# 推進体制の整備

## 施策

- デジタル大臣による基本方針の決定
- 総務大臣による標準仕様の告示
- 内閣総理大臣が任命する有識者による評価
- 内閣官房長官の下での関係府省の調整
- 消費者庁長官への意見の提出
- デジタル審議官を座長とする検討チームの開催
- 経済産業大臣政務官の出席による説明会
- 各大臣への報告の取りまとめ
- 国務大臣による説明会の開催
"""

EXPECTED = {
    "デジタル大臣による基本方針の決定": {"digital-agency"},
    "総務大臣による標準仕様の告示": {"mic"},
    "内閣総理大臣が任命する有識者による評価": {"cao"},
    "内閣官房長官の下での関係府省の調整": {"cas"},
    "消費者庁長官への意見の提出": {"caa"},
    "デジタル審議官を座長とする検討チームの開催": {"digital-agency"},
    "経済産業大臣政務官の出席による説明会": {"meti"},
    "各大臣への報告の取りまとめ": set(),
    "国務大臣による説明会の開催": set(),
}


def test_each_measure_involves_the_body_of_the_official_it_names() -> None:
    ex = extract(read_string(PLAN, suffix=".md"), dt.date(2025, 4, 1), use_parser=False)
    found = {m.label: {a.key for a in m.agencies} for m in ex.of("Measure")}
    assert found == EXPECTED


def test_an_official_is_not_a_mention_of_a_body() -> None:
    ex = extract(read_string(PLAN, suffix=".md"), dt.date(2025, 4, 1), use_parser=False)
    assert not [m.text for m in ex.agencies if m.text.endswith(("大臣", "審議官", "長官", "政務官"))]


def test_the_official_is_found_where_it_stands() -> None:
    text = "議長：デジタル審議官、構成員：関係府省の局長級"
    assert [(text[o.start : o.end], o.key) for o in find_officials(text)] == [
        ("デジタル審議官", "digital-agency")
    ]
