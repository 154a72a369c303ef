"""More ways of saying the questions the kinds read: a plan said as a state (「予定になっている」), the
work done at a body (「…検討会での検討状況」「総務省での取組」), progress said not to be reported
(「…のうち、進捗が報告されていないもの」), the first of a ranking said as a noun (「…がトップなのは」), and
both classes of item named in a ranking (「依拠する施策・取組が多い法令トップ3」), and an ordinance
said to be revised by the word the report uses (「省令整備」 is a revision: 「省令を改正した進捗」).

The expected answers are read from the seed report (line numbers are its lines), as in
:mod:`tests.search.test_ask`.
"""

from __future__ import annotations

import pytest

from kg.settings import Settings
from tests.search.test_ask import (
    MIC,
    NO_PROGRESS,
    PLANNED_FY2022,
    ask,
    items,
    same_items,
    seed_rows,
)
from tests.search.test_ask_joint import ORDINANCES

# 課題3.2's status row (line 45): the council's study, its only entry naming it.
SMARTPHONE_COUNCIL = {(45, "マイナンバーカード機能のスマートフォン搭載等に関する検討会における検討")}


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("令和4年度に予定になっている取組", PLANNED_FY2022),
        ("令和4年度に予定となっている施策・取組", PLANNED_FY2022),
        ("令和４年度の計画になっている取組を全部", PLANNED_FY2022),
        ("マイナンバーカード機能のスマートフォン搭載等に関する検討会での検討状況", SMARTPHONE_COUNCIL),
        ("マイナンバーカード機能のスマートフォン搭載等に関する検討会での取組状況は？", SMARTPHONE_COUNCIL),
        ("総務省での取組", MIC),
        ("総務省での施策・取組を教えて", MIC),
        # line 35: 「省令整備(3年7月)」 and 「(3年9月府令改正・4年6月施行)」, both done
        ("府令・省令を改正した進捗", ORDINANCES),
        ("省令を改正した取組", {(35, "省令整備(3年7月)")}),
        ("府令を改正した取組状況", {(35, "3年9月府令改正")}),
    ],
)
def test_items_said_otherwise(indexed: Settings, question: str, expected: set[tuple[int, str]]) -> None:
    result = ask(indexed, question)
    assert result.answer.understood, result.answer.message
    assert same_items(items(result), expected), items(result)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("分野1の課題のうち、進捗が報告されていないものはありますか", {"1.1", "1.2", "1.5", "1.6"}),
        ("テーマ5の課題で取組状況が記載されていないもの", {"5.3", "5.5", "5.7"}),
        ("課題のうち進捗の報告がないもの", NO_PROGRESS),
        ("進捗が報告されていない課題", NO_PROGRESS),
    ],
)
def test_issues_without_progress_said_otherwise(indexed: Settings, question: str, expected: set[str]) -> None:
    result = ask(indexed, question)
    assert result.answer.kind == "issues_without_progress", result.answer.message
    assert {row["number"] for row in seed_rows(result)} == expected


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # 【町村】 (lines 132-141): 姫島村 and 粟島浦村 tie at 75.6%
        ("町村で交付率がトップなのは", {"大分県姫島村", "新潟県粟島浦村"}),
        ("町村で交付率が一番高いのは", {"大分県姫島村", "新潟県粟島浦村"}),
        # lines 148-196: 宮崎県 49.8% the highest
        ("都道府県で交付率がトップなのは？", {"宮崎県"}),
    ],
)
def test_the_first_said_as_a_noun(indexed: Settings, question: str, expected: set[str]) -> None:
    result = ask(indexed, question)
    assert result.answer.understood, result.answer.message
    assert {row["areaLabel"] for row in seed_rows(result)} == expected


@pytest.mark.parametrize(
    "question",
    ["依拠する施策・取組が多い法令トップ3", "依拠する施策や取組が最も多い法令", "施策・取組が多い法令"],
)
def test_law_ranking_of_both_classes(indexed: Settings, question: str) -> None:
    """The bundle first: seven entries name it (lines 25-75), each other act one or two."""
    result = ask(indexed, question)
    assert result.answer.kind in {"law_ranking", "law_ranking_cut"}, result.answer.message
    rows = seed_rows(result)
    assert rows[0]["lawLabel"] == "デジタル改革関連法"
    assert all(int(r["count"]) < int(rows[0]["count"]) for r in rows[1:])


def test_agency_ranking_of_both_classes(indexed: Settings) -> None:
    """デジタル庁 is named by more entries and measures than any other agency (lines 35-90, 448-452)."""
    result = ask(indexed, "関与する施策や取組が最も多い機関")
    assert result.answer.kind == "agency_ranking_cut", result.answer.message
    assert [row["agencyLabel"] for row in seed_rows(result)] == ["デジタル庁"]
