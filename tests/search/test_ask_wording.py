"""Wordings read by rule: how many rows of a ranking pass a threshold (「交付率40%以上の都道府県はいくつ」),
how a measure's progress stands (「…、進捗どうなってる？」), the numbers of a list of issues
(「…課題の番号」), and issues a follow-up left out (「フォローアップで取り上げられなかった課題」).

The expected answers are read from the seed report (line numbers given); look-alikes that name no
figure, no list or nothing the graph holds are not answered.
"""

from __future__ import annotations

import pytest

from kg.settings import Settings
from search.ask import AskResult, answer_question
from tests.search.test_ask import NO_PROGRESS, seed_rows
from tests.search.test_ask_forms import FORTY_OR_MORE, RATES_BY_PREFECTURE


def ask(settings: Settings, question: str) -> AskResult:
    return answer_question(settings, question, limit=1000)


def _count(result: AskResult) -> int:
    assert result.answer.understood, result.answer.message
    (row,) = result.answer.rows
    return int(row["count"].value)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("交付率が４０％以上の都道府県はいくつ", len(FORTY_OR_MORE)),
        ("交付率40%以上の都道府県の数", len(FORTY_OR_MORE)),
        # the seven of lines 148-196 at 40% or more are all above 40.0% (山口県 40.6%, line 184)
        ("交付率が40%を超える都道府県は何県ありますか", len(FORTY_OR_MORE)),
        ("交付率が35%未満の県は何県", sum(1 for r in RATES_BY_PREFECTURE.values() if r < 35)),
    ],
)
def test_the_rows_past_a_threshold_are_counted(indexed: Settings, question: str, expected: int) -> None:
    result = ask(indexed, question)
    assert result.answer.kind.endswith("_cut_count"), result.answer.message
    assert _count(result) == expected


@pytest.mark.parametrize(
    "question",
    ["40%以上の都道府県はいくつ", "交付率が高い都道府県はいくつ", "交付率が40%以上になった理由はいくつ"],
)
def test_a_count_with_no_figure_or_no_threshold_is_not_answered(indexed: Settings, question: str) -> None:
    assert not ask(indexed, question).answer.understood


def test_how_a_measures_progress_stands(indexed: Settings) -> None:
    # line 53: the only entry of 在留カードとマイナンバーカードの一体化 is 「…関係省庁間で検討」
    for question in (
        "在留カードとマイナンバーカードの一体化、進捗どうなってる？",
        "在留カードとマイナンバーカードの一体化の進捗はどう",
        "在留カードとマイナンバーカードの一体化の取組状況はどうなっていますか",
    ):
        result = ask(indexed, question)
        assert result.answer.kind == "measure_progress", (question, result.answer.message)
        rows = seed_rows(result)
        assert [r["line"] for r in rows] == ["53"], question
        assert "関係省庁間で検討" in rows[0]["itemLabel"]


def test_how_an_issues_progress_stands_is_its_progress(indexed: Settings) -> None:
    plain = seed_rows(ask(indexed, "課題3.2の進捗"))
    assert plain
    assert seed_rows(ask(indexed, "課題3.2の進捗どうなってる")) == plain


@pytest.mark.parametrize(
    "question", ["どうなってる", "マイナンバーカードはどう", "交付率はどうなっていますか"]
)
def test_how_it_stands_alone_is_not_answered(indexed: Settings, question: str) -> None:
    assert not ask(indexed, question).answer.understood


@pytest.mark.parametrize(
    "question",
    [
        "フォローアップで取り上げられなかった課題の番号を教えて",
        "進捗報告に載っていない課題",
        "フォローアップで扱われなかった課題番号",
        "進捗のない課題の番号は？",
    ],
)
def test_issues_the_follow_up_left_out(indexed: Settings, question: str) -> None:
    result = ask(indexed, question)
    assert result.answer.kind == "issues_without_progress", result.answer.message
    assert {r["number"] for r in seed_rows(result)} == NO_PROGRESS


def test_how_many_issues_the_follow_up_left_out(indexed: Settings) -> None:
    # counted over every document built, the seed report's ten among them
    listed = ask(indexed, "取組状況が一つも載っていない課題")
    assert {r["number"] for r in seed_rows(listed)} == NO_PROGRESS
    assert _count(ask(indexed, "取組状況が一つも載っていない課題はいくつありますか")) == listed.answer.total


def test_the_numbers_of_an_agencys_issues(indexed: Settings) -> None:
    # line 28, issue 5.4's row: 「法制審議会に諮問（3年9月）され…」
    for question in ("法制審議会が関わる課題の番号", "法制審議会に関係する課題番号を教えて"):
        result = ask(indexed, question)
        assert result.answer.kind == "agency_issues", result.answer.message
        assert {r["number"] for r in seed_rows(result)} == {"5.4"}


@pytest.mark.parametrize(
    "question", ["新聞で取り上げられなかった課題", "取り上げられなかった施策", "課題の番号", "施策の番号"]
)
def test_look_alikes_of_left_out_issues_are_not_answered(indexed: Settings, question: str) -> None:
    assert not ask(indexed, question).answer.understood
