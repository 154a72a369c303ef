"""Spoken and polite wordings read by rule: 「…を教えていただけますか」, 「…って全部でいくつあるの」,
「…がまだ無い」, 「…ってどうなってる」「…は今どこまで来てる」「…についてこれまでにやったこと」, a measure
named by a part of its name, progress updates with no law, and counts per theme or issue that list every theme
and name each issue.

The expected answers are read from the seed report (line numbers given).
"""

from __future__ import annotations

import pytest

from kg.settings import Settings
from search.ask import AskResult, answer_question
from tests.conftest import SEED_ID
from tests.search.test_ask import ISSUE_1_3, ISSUE_4_3, ISSUE_5_4, ISSUES_PER_THEME, NO_PROGRESS, seed_rows


def ask(settings: Settings, question: str) -> AskResult:
    return answer_question(settings, question, limit=1000)


def _lines_and_labels(result: AskResult) -> list[tuple[int, str]]:
    return sorted((int(r["line"]), r["itemLabel"]) for r in seed_rows(result))


@pytest.mark.parametrize(
    "question",
    [
        "テーマごとの課題の数を教えていただけますか",
        "分野別の課題数を教えてもらえますか",
        "テーマ別の課題数を教えていただけませんか",
    ],
)
def test_a_polite_request_is_the_question(indexed: Settings, question: str) -> None:
    result = ask(indexed, question)
    assert result.answer.kind == "issue_count_by_theme", result.answer.message
    counts = {r["number"]: int(r["count"]) for r in seed_rows(result) if SEED_ID in r["theme"]}
    assert counts == ISSUES_PER_THEME  # part II: 1.1-1.7, 2.1-2.5, 3.1-3.5, 4.1-4.7, 5.1-5.7, 6.1-6.3


@pytest.mark.parametrize(
    "question", ["課題って全部でいくつあるの", "課題って何件あるの？", "課題の数って何件"]
)
def test_a_spoken_count(indexed: Settings, question: str) -> None:
    result = ask(indexed, question)
    assert result.answer.kind == "issue_total", result.answer.message
    plain = ask(indexed, "課題の総数")
    assert result.answer.rows[0]["count"].value == plain.answer.rows[0]["count"].value


@pytest.mark.parametrize(
    "question", ["取組状況がまだない課題", "進捗がいまだに無い課題は？", "進捗報告がまだない課題の一覧"]
)
def test_not_yet_is_none(indexed: Settings, question: str) -> None:
    result = ask(indexed, question)
    assert result.answer.kind == "issues_without_progress", result.answer.message
    assert {r["number"] for r in seed_rows(result)} == NO_PROGRESS


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("課題5.4ってどうなってる？", ISSUE_5_4),
        ("課題1.3は今どこまで来てる", ISSUE_1_3),
        ("課題1.3はいまどこまできているの", ISSUE_1_3),
        ("課題4.3についてこれまでにやったこと", ISSUE_4_3),
        ("課題5.4で今までに行われた取組", ISSUE_5_4),
    ],
)
def test_how_far_it_has_come_is_its_progress(
    indexed: Settings, question: str, expected: list[tuple[int, str]]
) -> None:
    result = ask(indexed, question)
    assert result.answer.kind == "issue_progress", result.answer.message
    found = _lines_and_labels(result)
    assert [line for line, _ in found] == sorted(line for line, _ in expected)
    assert all(any(label.startswith(want[:15]) for _, label in found) for _, want in expected)


@pytest.mark.parametrize(
    "question",
    ["電子証明書の発行・更新等の可能化ってどうなってる", "電子証明書の発行・更新等の可能化の進捗は？"],
)
def test_a_measure_named_by_part_of_its_name(indexed: Settings, question: str) -> None:
    # line 419: 施策 「郵便局における電子証明書の発行・更新等の可能化」 of issue 4.3, whose title (line 417)
    # holds the words only apart; line 62 reports on it alone of the four entries of 4.3
    result = ask(indexed, question)
    assert result.answer.kind == "measure_progress", result.answer.message
    found = _lines_and_labels(result)
    assert [line for line, _ in found] == [62]
    assert found[0][1].startswith("郵便局における電子証明書の発行・更新等の可能化について法改正を実施")


@pytest.mark.parametrize(
    "question",
    ["法律と関係がない取組状況", "法令に紐づかない進捗", "取組状況のうち法令が関係しないもの"],
)
def test_progress_updates_with_no_law(indexed: Settings, question: str) -> None:
    result = ask(indexed, question)
    assert result.answer.kind == "progress_without_law", result.answer.message
    found = _lines_and_labels(result)
    lines = {line for line, _ in found}
    assert lines and max(lines) <= 98  # the progress table runs over lines 23-98, the measures after it
    labels = {label for _, label in found}
    # line 28 names no law (「戸籍における読み仮名の法制化を検討」), line 25 names デジタル社会形成整備法 and
    # line 46 公的個人認証法
    assert any(label.startswith("「氏名の読み仮名の法制化に関する研究会」") for label in labels)
    assert not any("デジタル社会形成整備法" in label or "公的個人認証法改正" in label for label in labels)


def test_the_issue_with_most_progress_is_named(indexed: Settings) -> None:
    # lines 52-54: 3.5 has five entries (two on 運転免許証, one on 在留カード, two on 国家資格), more
    # than any other issue
    result = ask(indexed, "取組状況が一番多い課題")
    assert result.answer.understood, result.answer.message
    (row,) = seed_rows(result)
    assert row["number"] == "3.5" and int(row["count"]) == 5
    assert row["issueLabel"].startswith("各種免許・国家資格等")
