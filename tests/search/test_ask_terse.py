"""Terse questions, units ranked and the issue a measure serves, over a city's plan beside the seed
report: a publisher or a document's title with a terse word after it (「○○市　目標」「○○庁　予定」), the
units of a body ranked by the measures they are in charge of (「…が一番多い課」), and 「…はどの課題への
対応？」 for a measure named by its words.

The city's plan is the page of :mod:`tests.search.test_ask_city_plan` (its 担当課 column, its 目標
list); the expected answers are read from it and from the seed report (line numbers are its lines).
"""

from __future__ import annotations

import pytest

from kg.settings import Settings
from search.ask import AskResult, answer_question
from tests.conftest import SEED_ID
from tests.search.test_ask_city_plan import CITY_ID, plans

__all__ = ["plans"]

GOALS = {"市民の手続の負担をなくす", "地域のデジタル格差をなくす", "行政事務を効率化する"}


def ask(settings: Settings, question: str) -> AskResult:
    return answer_question(settings, question, limit=1000)


def _values(result: AskResult, column: str) -> set[str]:
    assert result.answer.understood, result.answer.message
    return {row[column].value for row in result.answer.rows}


def _counts(result: AskResult) -> dict[str, int]:
    assert result.answer.understood, result.answer.message
    return {row["agencyLabel"].value: int(row["count"].value) for row in result.answer.rows}


# 担当課 of the city's seven measures: 市民課 (1-1-2, 2-1-2) and 情報政策課 (2-2-1, 3-1-1) two each;
# デジタル推進課 (1-1-1), 長寿包括ケア課 (2-1-1) and 総務課 (3-1-2) one each
@pytest.mark.parametrize(
    "question",
    [
        "前橋市の計画で施策を一番多く担当している課",
        "前橋市の計画で最も多くの施策を所管している課は？",
        "前橋市の計画で担当施策が最も多い課",
        "前橋市の計画で施策が多い課トップ2",
        "前橋市の計画で一番多く施策を担当している部署はどこですか",
        "前橋市の計画で施策が最も多い担当課",
    ],
)
def test_the_unit_in_charge_of_the_most_measures(plans: Settings, question: str) -> None:
    result = ask(plans, question)
    assert result.answer.kind.startswith("unit_ranking"), result.answer.message
    assert _counts(result) == {"市民課": 2, "情報政策課": 2}


@pytest.mark.parametrize(
    "question",
    ["前橋市の計画で施策の数が多い部署", "前橋市の計画で担当している施策が多い担当課のランキング"],
)
def test_the_units_ranked_by_their_measures(plans: Settings, question: str) -> None:
    counts = _counts(ask(plans, question))
    assert counts == {"市民課": 2, "情報政策課": 2, "デジタル推進課": 1, "長寿包括ケア課": 1, "総務課": 1}


@pytest.mark.parametrize(
    "question",
    ["前橋市の計画で関与の多い課", "前橋市の計画で取組の多い課の順位"],
)
def test_the_units_ranked_by_their_measures_and_progress(plans: Settings, question: str) -> None:
    # the progress table's 担当課: デジタル推進課 twice (1-1-1), 長寿包括ケア課 and 市民課 once each
    counts = _counts(ask(plans, question))
    assert counts == {"デジタル推進課": 3, "市民課": 3, "情報政策課": 2, "長寿包括ケア課": 2, "総務課": 1}


def test_the_unit_in_most_items(plans: Settings) -> None:
    counts = _counts(ask(plans, "前橋市の計画でいちばん多くの取組に関わっている部署"))
    assert counts == {"デジタル推進課": 3, "市民課": 3}


def test_a_ranking_by_the_fewest_is_not_read_as_the_most(plans: Settings) -> None:
    result = ask(plans, "施策が少ない課")
    assert not (result.answer.kind or "").startswith("unit_ranking")


@pytest.mark.parametrize(
    "question",
    [
        "前橋市　目標",
        "前橋市の計画の目標",
        "デジタル推進計画　目標",
        "前橋市　目標一覧",
        "前橋市の目標一覧",
        "デジタル推進計画の目標",
    ],
)
def test_goals_asked_by_a_terse_word(plans: Settings, question: str) -> None:
    result = ask(plans, question)
    assert _values(result, "goalLabel") == GOALS
    assert _values(result, "document") == {CITY_ID}


@pytest.mark.parametrize(
    "question",
    [
        "フォローアップ報告書　予定",
        "フォローアップ報告書の予定",
        "フォローアップ報告書　今後の予定",
        "フォローアップ報告書　スケジュール",
        "フォローアップ報告書における予定一覧",
    ],
)
def test_what_is_planned_asked_by_a_terse_word(plans: Settings, question: str) -> None:
    # the report's 予定 entries: line 34 (寄附金控除証明書 …実現予定(4年1月～)), line 98 (3年10月（予定）)
    result = ask(plans, question)
    assert result.answer.kind.startswith("planned"), result.answer.message
    assert "「" in result.answer.reading and "予定されている取組" in result.answer.reading
    assert _values(result, "document") == {SEED_ID}
    assert {34, 98} <= {int(row["line"].value) for row in result.answer.rows}


@pytest.mark.parametrize("question", ["前橋市　予定", "前橋市　今後の予定"])
def test_a_plan_with_nothing_planned_ahead_says_none(plans: Settings, question: str) -> None:
    # the city's dates run until a year (「令和6年度までに」) or started before the plan (「令和4年度から」)
    result = ask(plans, question)
    assert result.answer.understood and result.answer.kind.startswith("planned"), result.answer.message
    assert result.answer.rows == []


@pytest.mark.parametrize("question", ["高崎市　予定", "高崎市　目標"])
def test_a_terse_word_after_a_place_no_document_is_of_is_not_read(plans: Settings, question: str) -> None:
    assert not ask(plans, question).answer.understood


@pytest.mark.parametrize(
    ("question", "numbers"),
    [
        ("スマホ教室の開催はどの課題への対応？", {"2-1"}),
        ("オープンデータの公開はどの課題の施策", {"3-1"}),
        ("キャッシュレス決済の導入はどの課題への対策ですか", {"1-1"}),
        ("公衆無線LAN整備はどの課題を解決するもの？", {"2-2"}),
        ("個人情報の適正な管理はどの課題への取組", {"3-1"}),
        ("マイナンバーカードの交付促進はどの課題への対応", {"2-1"}),
        ("オンライン申請の拡大はどの課題への対応", {"1-1"}),
        ("スマホ教室の開催ってどの課題に対応するもの", {"2-1"}),
        ("オープンデータの公開はどの課題への施策？", {"3-1"}),
        ("キャッシュレス決済の導入はどの課題に対応する施策", {"1-1"}),
        # the report's 5.3 (line 452) lists both (line 454); a law's name inside the words
        ("個人情報保護法制の見直しはどの課題への対応？", {"5.3"}),
        ("三層の対策の見直しはどの課題", {"5.3"}),
    ],
)
def test_the_issue_a_measure_named_by_its_words_serves(
    plans: Settings, question: str, numbers: set[str]
) -> None:
    result = ask(plans, question)
    assert result.answer.kind == "issue_of_items", result.answer.message
    assert _values(result, "number") == numbers


def test_a_measure_no_label_holds_is_not_answered(plans: Settings) -> None:
    assert not ask(plans, "ドローン配送の実証はどの課題への対応？").answer.understood
