"""Councils named in the report's entries, rates kept to a region or a prefecture, and what is planned
toward a year.

The expected answers are read from the seed report (line numbers given); the regions are the eight
of kg/data/regions.csv (八地方区分).
"""

from __future__ import annotations

import pytest

from kg.settings import Settings
from search.ask import AskResult, answer_question
from tests.search.test_ask import PLANNED_FY2022, items, same_items, seed_rows
from tests.search.test_ask_forms import RATES_BY_PREFECTURE

# Named in an entry: the スマホ搭載 検討会 (line 45), the 読み仮名 研究会 and 法制審議会 (line 28), the
# 電力システム 小委員会 and 電力データ 検討会 (line 98).  The working group itself and デジタル・ガバメント
# 閣僚会議 are named in the report but no entry is theirs.
COUNCILS = {
    "マイナンバーカード機能のスマートフォン搭載等に関する検討会",
    "氏名の読み仮名の法制化に関する研究会",
    "法制審議会",
    "持続可能な電力システム構築小委員会",
    "電力データ活用の在り方検討会",
}
KANTO = {"茨城県", "栃木県", "群馬県", "埼玉県", "千葉県", "東京都", "神奈川県"}
# The 上位10団体 tables (lines 117-141): 兵庫県養父市 64.6% (121), 兵庫県三田市 52.5% (127),
# 兵庫県香美町 64.5% (135).
HYOGO = {"兵庫県養父市": 64.6, "兵庫県三田市": 52.5, "兵庫県香美町": 64.5}


def ask(settings: Settings, question: str) -> AskResult:
    return answer_question(settings, question, limit=1000)


def _labels(result: AskResult, column: str) -> set[str]:
    assert result.answer.understood, result.answer.message
    return {row[column] for row in seed_rows(result)}


@pytest.mark.parametrize(
    "question",
    [
        "取組に名前が出てくる審議会・研究会・検討会・小委員会の一覧",
        "審議会・研究会・検討会・小委員会の一覧",
        "会議体の一覧",
        "施策に登場する会議体のリスト",
    ],
)
def test_the_councils_named_in_entries(indexed: Settings, question: str) -> None:
    # 施策: the measures of part II (lines 294-460), which name no council
    expected = set() if question.startswith("施策") else COUNCILS
    assert _labels(ask(indexed, question), "agencyLabel") == expected


def test_one_kind_of_council(indexed: Settings) -> None:
    assert _labels(ask(indexed, "検討会の一覧"), "agencyLabel") == {
        "マイナンバーカード機能のスマートフォン搭載等に関する検討会",
        "電力データ活用の在り方検討会",
    }


@pytest.mark.parametrize(
    "question",
    ["関東の都県の交付率", "関東地方の交付率", "関東の都道府県別の交付率", "関東の各県の交付率を教えて"],
)
def test_a_region(indexed: Settings, question: str) -> None:
    result = ask(indexed, question)
    rates = {row["areaLabel"]: float(row["rate"]) for row in seed_rows(result)}
    assert rates == {p: RATES_BY_PREFECTURE[p] for p in KANTO}


def test_a_region_lowest_first(indexed: Settings) -> None:
    # 近畿: 三重 滋賀 京都 大阪 兵庫 奈良 和歌山; 和歌山県 is the lowest of them
    result = ask(indexed, "近畿地方で交付率が低い県")
    assert seed_rows(result)[0]["areaLabel"] == "和歌山県"
    assert len(seed_rows(result)) == 7


def test_a_prefectures_towns_and_cities(indexed: Settings) -> None:
    result = ask(indexed, "兵庫県内の市町村の交付率")
    rates = {row["areaLabel"]: float(row["rate"]) for row in seed_rows(result)}
    assert rates == HYOGO


@pytest.mark.parametrize("question", ["令和4年度に向けた取組", "令和4年度を目指す取組"])
def test_toward_a_year_is_planned_for_it(indexed: Settings, question: str) -> None:
    result = ask(indexed, question)
    assert result.answer.kind == "period_planned", result.answer.message
    assert same_items(items(result), PLANNED_FY2022), items(result)


@pytest.mark.parametrize("question", ["関東の天気", "関東の施策の予算", "中国の交付率", "北陸の交付率"])
def test_a_region_outside_the_tables_is_not_answered(indexed: Settings, question: str) -> None:
    assert not ask(indexed, question).answer.understood, question
