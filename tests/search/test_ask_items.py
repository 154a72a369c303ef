"""How 施策 and 取組 are read (kg.ask.outline): 施策 of the report's outline (a theme's, an issue's, per
issue or theme) are the measures; 施策 asked through a named law, agency or period are the measures with
the progress updates linked the same way, typed; 取組 is both, asked either way; 取組状況 the progress.

Expected answers are read from the seed report (line numbers given): part II's section 3 bullets are
lines 378-405 (issue 3.2's measures lines 387-390); issue 3.2's ✓ entries are on line 45.
"""

from __future__ import annotations

import pytest

from kg.settings import Settings
from search.ask import AskResult, answer_question
from tests.search.test_ask import ISSUE_3_2, MEASURES_3_2, items, same_items, seed_rows

ALL = 1000


def ask(settings: Settings, question: str) -> AskResult:
    return answer_question(settings, question, limit=ALL)


@pytest.mark.parametrize("question", ["テーマ3の施策", "テーマ３の施策一覧", "テーマ3に属する対策"])
def test_a_themes_measures_are_measures(indexed: Settings, question: str) -> None:
    result = ask(indexed, question)
    assert result.answer.understood, result.answer.message
    rows = seed_rows(result)
    assert rows and all(r["type"] == "施策" for r in rows)
    assert all(378 <= int(r["line"]) <= 405 for r in rows)
    assert "施策のみ" in (result.answer.reading or "")


@pytest.mark.parametrize("question", ["テーマ3の取組", "テーマ３の取り組み一覧"])
def test_a_themes_efforts_are_measures_and_progress(indexed: Settings, question: str) -> None:
    rows = seed_rows(ask(indexed, question))
    lines = {int(r["line"]) for r in rows}
    assert {r["type"] for r in rows} == {"施策", "取組状況"}
    # the bullets of section 3, and the ✓ entries of status tables ③④ (lines 44-54)
    assert {387, 388, 389, 390, 45, 52} <= lines
    assert all(378 <= line <= 405 or 44 <= line <= 54 for line in lines)


@pytest.mark.parametrize("question", ["課題3.2の取組", "課題３．２に対する取り組み"])
def test_an_issues_efforts(indexed: Settings, question: str) -> None:
    result = ask(indexed, question)
    assert result.answer.kind == "issue_items", result.answer.message
    assert same_items(items(result), [*MEASURES_3_2, *ISSUE_3_2])


@pytest.mark.parametrize("question", ["課題3.2の施策", "課題3.2の対策"])
def test_an_issues_measures(indexed: Settings, question: str) -> None:
    assert same_items(items(ask(indexed, question)), MEASURES_3_2)


def test_efforts_per_theme_count_both(indexed: Settings) -> None:
    def per_theme(question: str) -> dict[str, int]:
        result = ask(indexed, question)
        assert result.answer.understood, result.answer.message
        return {
            r["number"].value: int(r["count"].value)
            for r in result.answer.rows
            if "digital-wg" in r["theme"].value
        }

    both, measures = per_theme("テーマ別の取組の件数"), per_theme("テーマ別の施策の数")
    # the ✓ entries by theme (see test_ask_starts.PROGRESS_PER_THEME)
    progress = {"1": 4, "2": 12, "3": 12, "4": 15, "5": 9, "6": 5}
    assert both == {theme: measures[theme] + progress[theme] for theme in progress}


@pytest.mark.parametrize("question", ["公的個人認証法に基づく取組", "公的個人認証法に関係する取組は？"])
def test_items_asked_through_a_law_hold_their_progress(indexed: Settings, question: str) -> None:
    result = ask(indexed, question)
    # line 399: 基本4情報の提供 (a measure); line 46: 公的個人認証法改正（3年5月） (a progress update)
    assert sorted((int(r["line"]), r["type"]) for r in seed_rows(result)) == [(46, "取組状況"), (399, "施策")]
    assert "施策・取組状況" in (result.answer.reading or "")


@pytest.mark.parametrize("question", ["公的個人認証法に基づく施策", "公的個人認証法に関係する施策は？"])
def test_measures_asked_through_a_law_leave_its_progress_out(indexed: Settings, question: str) -> None:
    result = ask(indexed, question)
    # 施策: line 399 alone, the measure line 46's progress reports on
    assert sorted((int(r["line"]), r["type"]) for r in seed_rows(result)) == [(399, "施策")]
    assert "施策（取組状況を除く）" in (result.answer.reading or "")
