"""A heading naming the plan's own measures by the words its title ends with is no theme."""

from __future__ import annotations

from kg.extract.extraction import extract
from kg.extract.outline_plan_subject import names_plan_subject, title_subject
from kg.read import read_string
from tests.kg.extract.test_shapes import DATE


def test_the_subject_is_the_title_before_the_kind_of_plan() -> None:
    assert title_subject("# 第2次あおば市自転車活用推進計画（案）\n") == "第2次あおば市自転車活用"
    assert title_subject("みどり町空き家対策計画\n\n第1　目的") == "みどり町空き家対策"
    assert title_subject("# はじめに\n") == ""


def test_a_topic_is_the_plan_s_subject_only_where_the_title_ends_with_it() -> None:
    assert names_plan_subject("空き家対策", "みどり町空き家対策")
    assert names_plan_subject("活用推進", "第2次あおば市自転車活用")
    assert not names_plan_subject("自転車", "第2次あおば市自転車活用")
    assert not names_plan_subject("通学路の安全", "第2次あおば市自転車活用")


_PLAN = """\
# さくら町図書館サービス充実計画

## 1　計画の目的

町民が身近な場所で必要な本と情報を得られることを目的とする。

## 2　サービス充実の取組

### (1) 子どもの読書活動の推進

- 乳幼児健診で絵本を手渡す。
- 学校図書館に司書を巡回させる。

### (2) 来館が難しい人へのサービス

- 高齢者施設に本を届ける。
"""


def test_a_chapter_named_for_the_plan_s_subject_holds_themes_and_is_none() -> None:
    ex = extract(read_string(_PLAN, suffix=".md"), DATE, use_parser=False)
    themes = {i.key: i.label for i in ex.of("Theme")}
    assert set(themes.values()) == {"来館が難しい人へのサービス", "子どもの読書活動の推進"}
    assert {i.label: themes.get(i.theme or "") for i in ex.of("Measure")} == {
        "乳幼児健診で絵本を手渡す。": "子どもの読書活動の推進",
        "学校図書館に司書を巡回させる。": "子どもの読書活動の推進",
        "高齢者施設に本を届ける。": "来館が難しい人へのサービス",
    }
