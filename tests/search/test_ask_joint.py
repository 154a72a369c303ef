"""Kinds of act as the object (「法改正を実施した取組」「府令・省令に関わる取組」) and two conditions at
once (「デジタル庁と総務省の両方が関わる施策」「進捗のない課題で、法律が関係しているもの」).

The expected answers are read from the seed report (line numbers given).
"""

from __future__ import annotations

import pytest

from kg.settings import Settings
from search.ask import AskResult, answer_question
from tests.search.test_ask import as_asked, items, same_items, seed_rows

# The progress entries that report a law amended: 「電子証明書のスマートフォンへの搭載について法改正を実施」
# (line 45), 「公的個人認証法改正」 (46), 「32の国家資格に関するマイナンバー法等の法律改正」 (54) and
# 「郵便局における…について法改正を実施」 (62).  Not line 35's 府令改正 (an ordinance), nor measure 5.3's
# 「個人情報保護法制の見直し」 (line 456, a plan), nor enactments (成立, 制定).
AMENDED = {
    (45, "電子証明書のスマートフォンへの搭載について法改正を実施"),
    (46, "公的個人認証法改正"),
    (54, "マイナンバー法等の法律改正"),
    (62, "郵便局における電子証明書の発行・更新等の可能化について法改正を実施"),
}
# Line 35: 「(3年9月府令改正・4年6月施行)」 and 「省令整備(3年7月)」.
ORDINANCES = {(35, "3年9月府令改正"), (35, "省令整備(3年7月)")}
# Both named: measure 「J-LIS…デジタル庁と総務省で共管」 (line 319) and line 35's
# 「総務省・マイナンバー室(現デジタル庁)より…」.
BOTH_AGENCIES = {(319, "デジタル庁と総務省で共管"), (35, "総務省・マイナンバー室(現デジタル庁)より")}
BOTH_AGENCY_MEASURES = {(319, "デジタル庁と総務省で共管")}  # 施策: line 35 is a status row


def ask(settings: Settings, question: str) -> AskResult:
    return answer_question(settings, question, limit=1000)


@pytest.mark.parametrize(
    "question",
    [
        "法改正を実施した取組 一覧",
        "法改正を実施した取組",
        "法律改正を行った取り組みを教えて",
        "法律の改正が行われた取組は？",
        "法改正を実施した取組のリスト",
    ],
)
def test_the_laws_amended(indexed: Settings, question: str) -> None:
    result = ask(indexed, question)
    assert result.answer.kind == "act_kind_items", result.answer.message
    assert same_items(items(result), AMENDED), items(result)


def test_an_amendment_asked_without_done_holds_the_plans_too(indexed: Settings) -> None:
    # measure 5.3 「個人情報保護法制の見直し」 (line 456) plans an amendment; 施策 are the measures alone
    found = items(ask(indexed, "法改正に関する施策"))
    assert same_items(found, {(456, "個人情報保護法制の見直し")}), found
    found = items(ask(indexed, "法改正に関する取組"))
    assert same_items(found, {*AMENDED, (456, "個人情報保護法制の見直し")}), found


@pytest.mark.parametrize(
    "question",
    [
        "府令・省令に関わる取組",
        "府令や省令に関係する取組",
        "府省令に基づく取組",
        "府令・省令関連の取組を知りたい",
    ],
)
def test_ordinances(indexed: Settings, question: str) -> None:
    result = ask(indexed, question)
    assert result.answer.kind == "act_kind_items", result.answer.message
    assert same_items(items(result), ORDINANCES), items(result)


def test_one_kind_of_ordinance(indexed: Settings) -> None:
    assert same_items(items(ask(indexed, "省令に関わる取組")), {(35, "省令整備(3年7月)")})
    assert same_items(items(ask(indexed, "府令改正に関する取組")), {(35, "3年9月府令改正")})


@pytest.mark.parametrize(
    "question",
    [
        "デジタル庁と総務省の両方が関わる施策",
        "デジタル庁と総務省が共に関与する取組",
        "デジタル庁及び総務省の双方が関わる施策",
        "デジタル庁と総務省が共管する施策",
        "総務省とデジタル庁の双方が担当する施策は？",
    ],
)
def test_two_agencies_at_once(indexed: Settings, question: str) -> None:
    result = ask(indexed, question)
    assert result.answer.understood, result.answer.message
    assert "両方" in result.answer.reading
    assert same_items(items(result), as_asked(question, BOTH_AGENCIES, BOTH_AGENCY_MEASURES)), items(result)


@pytest.mark.parametrize(
    "question",
    [
        "進捗のない課題で、法律が関係しているもの",
        "進捗のない課題のうち法令に基づくもの",
        "法律が関係している、進捗のない課題",
    ],
)
def test_issues_without_progress_that_rest_on_a_law(indexed: Settings, question: str) -> None:
    # 5.3 「情報セキュリティや個人情報保護の強化・ルールの標準化」 has no progress entry; its measure
    # 「個人情報保護法制の見直し」 rests on 個人情報保護法 (line 456)
    result = ask(indexed, question)
    assert result.answer.understood, result.answer.message
    assert {row["number"] for row in seed_rows(result)} == {"5.3"}


def test_an_agency_kept_to_issues_without_progress(indexed: Settings) -> None:
    # 総務省's items (line 319's J-LIS measure, issue 1.3; line 35, issue 2.2) serve issues with progress
    result = ask(indexed, "総務省が関わる、進捗のない課題")
    assert result.answer.understood, result.answer.message
    assert seed_rows(result) == []
    both = ask(indexed, "総務省が関わる課題")
    assert {row["number"] for row in seed_rows(both)} >= {"1.3", "2.2"}


@pytest.mark.parametrize(
    "question",
    [
        "法律の予算",
        "府令とは何か",
        "省令の書き方を教えて",
        "デジタル庁と総務省の違い",
        "デジタル庁か総務省のどちらかが関わる施策",
        "デジタル庁と総務省が関わる施策",
    ],
)
def test_near_forms_are_not_answered(indexed: Settings, question: str) -> None:
    assert not ask(indexed, question).answer.understood, question
