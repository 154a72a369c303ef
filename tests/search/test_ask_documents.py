"""A question kept to one document named by the words of its title or by its short name
(「ガイドブックDS-410に出てくる法令」「フォローアップ報告書で進捗が載っていない課題」), and the goals the
documents set (「目標の一覧」「…で示されている目標」).

The expected answers are read from the seed report and the GIF guidebook DS-410 (line numbers given).
"""

from __future__ import annotations

import pytest

from kg.settings import Settings
from search.ask import AskResult, answer_question
from tests.conftest import GIF_ID, HAVE_GIF, SEED_ID
from tests.search.test_ask import ISSUES_PER_THEME, NO_PROGRESS

needs_gif = pytest.mark.skipif(not HAVE_GIF, reason="the GIF guidebook is not in the test corpus")


def ask(settings: Settings, question: str) -> AskResult:
    return answer_question(settings, question, limit=1000)


def _values(result: AskResult, column: str) -> set[str]:
    return {row[column].value for row in result.answer.rows}


@pytest.mark.parametrize(
    "question",
    ["フォローアップ報告書で進捗が載っていない課題", "フォローアップ報告書では取組状況が書かれていない課題"],
)
def test_issues_without_progress_in_one_report(indexed: Settings, question: str) -> None:
    # the guidebook's issues have no progress either, but they are not the report's
    result = ask(indexed, question)
    assert result.answer.kind == "issues_without_progress_in_document", result.answer.message
    assert {r["document"].value for r in result.answer.rows} == {SEED_ID}
    assert _values(result, "number") == NO_PROGRESS


@needs_gif
@pytest.mark.parametrize(
    "question", ["GIFの課題一覧", "政府相互運用性フレームワークで課題として挙げられていること"]
)
def test_the_issues_of_the_guidebook(indexed: Settings, question: str) -> None:
    # lines 279 (organisations, people and processes left for later) and 450 (security)
    result = ask(indexed, question)
    assert result.answer.kind == "issue_list_in_document", result.answer.message
    labels = _values(result, "issueLabel")
    assert len(labels) == 2 and {r["document"].value for r in result.answer.rows} == {GIF_ID}
    assert any(label.startswith("相互運用性を確保した環境においてセキュリティ確保") for label in labels)


def test_the_issues_of_the_report_by_a_word_of_its_title(indexed: Settings) -> None:
    result = ask(indexed, "フォローアップの課題の一覧")
    assert result.answer.kind == "issue_list_in_document", result.answer.message
    assert len(_values(result, "issue")) == sum(ISSUES_PER_THEME.values())  # 1.1-6.3


@needs_gif
@pytest.mark.parametrize("question", ["ガイドブックDS-410に出てくる法令", "GIF全体編で言及されている法律は"])
def test_the_laws_a_document_mentions(indexed: Settings, question: str) -> None:
    # line 547: デジタル手続法 (情報通信技術を活用した行政の推進等に関する法律); line 303: 個人情報保護法
    result = ask(indexed, question)
    assert result.answer.kind == "document_mentions", result.answer.message
    assert _values(result, "entityLabel") == {
        "情報通信技術を活用した行政の推進等に関する法律",
        "個人情報の保護に関する法律",
    }


def test_the_councils_a_report_mentions(indexed: Settings) -> None:
    # line 28: 法制審議会 and the 研究会 on 読み仮名
    result = ask(indexed, "フォローアップ報告書に出てくる会議体")
    assert result.answer.kind == "document_mentions", result.answer.message
    assert {"法制審議会", "氏名の読み仮名の法制化に関する研究会"} <= _values(result, "entityLabel")


@needs_gif
@pytest.mark.parametrize(
    "question", ["GIFで示されている目標", "DS-410が目指していること", "GIFガイドブックの目標の一覧"]
)
def test_the_goals_of_the_guidebook(indexed: Settings, question: str) -> None:
    # lines 108, 126, 148, 194 and 221 each say what GIF is for
    result = ask(indexed, question)
    assert result.answer.kind == "goal_list_in_document", result.answer.message
    labels = _values(result, "goalLabel")
    assert len(labels) == 5
    assert any("誰でも自由に必要な時にデータが使えることを目標" in label for label in labels)  # line 194


def test_every_goal(indexed: Settings) -> None:
    # the report's overall goal (line 273) and its eleven goals (lines 280-290), and the guidebook's
    result = ask(indexed, "目標の一覧")
    assert result.answer.kind == "goal_list", result.answer.message
    seed = {r["goalLabel"].value for r in result.answer.rows if r["document"].value == SEED_ID}
    assert len(seed) == 12 and "セキュリティが大きく向上する" in seed


@pytest.mark.parametrize(
    "question",
    [
        "GIFガイドブック",
        "DS-410で触れられている予算",
        "フォローアップ報告書の担当者",
        "マイナンバーの課題の一覧",
    ],
)
def test_no_document_question(indexed: Settings, question: str) -> None:
    result = ask(indexed, question)
    assert not (result.answer.understood and result.answer.kind.endswith("_in_document")), (
        result.answer.reading
    )
