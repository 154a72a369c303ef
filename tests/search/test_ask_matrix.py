"""Paraphrases per kind of question: the synonyms of 基づく / 担当 / 予定 / 実施済み, the endings
(〜は？ 〜を教えて 〜はありますか 〜を知りたい 〜の一覧 〜はどれ 〜って何がある), plain keywords
(「総務省 施策 一覧」), full-width digits and spaces, polite and plain forms, each giving the answer
read from the seed report (the sets of tests/search/test_ask.py, line numbers given there); and what
is no question of the graph (small talk, instructions, facts the report does not hold) kept out.
"""

from __future__ import annotations

import pytest

from kg.settings import Settings
from search.ask import AskResult, answer_question
from tests.search.test_ask import (
    J_LIS,
    JPKI_ACT,
    MIC,
    MIC_MEASURES,
    NO_PROGRESS,
    PLANNED_FY2022,
    PLANNED_FY2022_MEASURES,
    REFORM_ACTS,
    REFORM_MEASURES,
    as_asked,
    items,
    same_items,
    seed_rows,
)


def ask(settings: Settings, question: str) -> AskResult:
    return answer_question(settings, question, limit=1000)


def _reform_items(question: str, found: list[tuple[int, str]]) -> bool:
    # 取組: the bundle's measures and progress, every entry of REFORM_ACTS among them; 施策: its measures
    if as_asked(question, REFORM_ACTS, REFORM_MEASURES) is REFORM_MEASURES:
        return same_items(found, REFORM_MEASURES)
    lines = {line for line, _ in found}
    return all(line in lines for line, _ in REFORM_ACTS)


ON_LAW = [
    "デジタル改革関連法に基づく施策",
    "デジタル改革関連法に依拠する施策は？",
    "デジタル改革関連法を根拠とする取組を教えて",
    "デジタル改革関連法に関連する施策はありますか",
    "デジタル改革関連法に紐づく施策",
    "デジタル改革関連法と紐づいている取組",
    "デジタル改革関連法 施策 一覧",
    "デジタル改革関連法に基づく施策を知りたい",
    "デジタル改革関連法に基づく施策の一覧",
    "デジタル改革関連法に基づく施策はどれ",
    "デジタル改革関連法に基づく施策って何がある？",
    "デジタル改革関連法にもとづく取り組み",
    "デジタル改革関連法を根拠にした施策",
    "デジタル改革関連法に基づいて実施されている取組",
]


@pytest.mark.parametrize("question", ON_LAW)
def test_based_on_a_law(indexed: Settings, question: str) -> None:
    result = ask(indexed, question)
    assert result.answer.kind == "law_items", result.answer.message
    assert _reform_items(question, items(result)), items(result)


BY_AGENCY = [
    "総務省が担当する施策",
    "総務省が所管する施策",
    "総務省が関与している取組",
    "総務省が携わる施策",
    "総務省が担う施策",
    "総務省 施策 一覧",
    "総務省が関わる施策を教えてください",
    "総務省が関係している施策は？",
    "総務省が携わっている取組はどれ",
    "総務省が手がける施策って何がある",
    "総務省が担当している施策を知りたいです",
]


@pytest.mark.parametrize("question", BY_AGENCY)
def test_by_an_agency(indexed: Settings, question: str) -> None:
    result = ask(indexed, question)
    assert result.answer.kind == "agency_items", result.answer.message
    assert same_items(items(result), as_asked(question, MIC, MIC_MEASURES)), items(result)


@pytest.mark.parametrize(
    "question",
    [
        "J-LISが関わる取組",
        "Ｊ－ＬＩＳが関与する取組は？",
        "J-LIS 取組 一覧",
        "地方公共団体情報システム機構の担う取組",
    ],
)
def test_an_agency_by_another_name(indexed: Settings, question: str) -> None:
    assert same_items(items(ask(indexed, question)), J_LIS)


PLANNED = [
    "令和4年度に予定されている施策",
    "令和4年度に予定の施策",
    "令和4年度に計画されている施策",
    "令和4年度に実施見込みの施策",
    "令和４年度に予定されている施策は？",
    "R4年度予定の施策",
    "2022年度に予定されている取組",
    "令和4年度に行う予定の施策",
    "令和4年度に実施が見込まれる施策",
    "令和 4 年度に予定されている取組を教えて",
]


@pytest.mark.parametrize("question", PLANNED)
def test_planned(indexed: Settings, question: str) -> None:
    result = ask(indexed, question)
    assert result.answer.kind == "period_planned", result.answer.message
    expected = as_asked(question, PLANNED_FY2022, PLANNED_FY2022_MEASURES)
    assert same_items(items(result), expected), items(result)


# Done in May 2021 (3年5月): 成立 (line 36), オンライン申請 (44), 法改正を実施 (45), 公的個人認証法改正 (46).
DONE_MAY_2021 = {36, 44, 45, 46}
DONE = [
    "2021年5月に実施された取組",
    "2021年5月に実施済みの取組",
    "2021年5月に完了した取組",
    "2021年5月に行われた取組",
    "2021年5月に終わった取組",
    "２０２１年５月に実施された取組",
    "R3.5に実施された取組",
    "令和3年5月に実施した取組は？",
    "2021年5月 実施 取組",
]


@pytest.mark.parametrize("question", DONE)
def test_done(indexed: Settings, question: str) -> None:
    result = ask(indexed, question)
    # 実施済み: the progress updates (all four lines above are status rows)
    kind = "period_done_progress" if "実施済" in question else "period_done"
    assert result.answer.kind == kind, result.answer.message
    assert {line for line, _ in items(result)} >= DONE_MAY_2021
    assert not {line for line, _ in items(result)} & {38, 61, 90}  # 令和3年度 alone says no month


@pytest.mark.parametrize(
    "question",
    [
        "進捗のない課題",
        "進捗がない課題は？",
        "進捗が報告されていない課題",
        "進捗なしの課題",
        "進捗報告のない課題を教えて",
        "進捗のない課題の一覧",
        "進捗がない課題はどれ",
        "進捗が無い課題って何がある",
    ],
)
def test_no_progress(indexed: Settings, question: str) -> None:
    result = ask(indexed, question)
    assert {row["number"] for row in seed_rows(result)} == NO_PROGRESS


@pytest.mark.parametrize(
    "question",
    ["公的個人認証法を改正した取組", "公的個人認証法の改正に関する取組", "公的個人認証法改正の取組"],
)
def test_amending(indexed: Settings, question: str) -> None:
    assert same_items(items(ask(indexed, question)), JPKI_ACT)


@pytest.mark.parametrize(
    ("question", "line"),
    [
        # line 62: 「郵便局における電子証明書の発行・更新等の可能化について法改正を実施」 restates measure
        # 4.3's name (line 419 of part II) whole
        ("郵便局での電子証明書の発行・更新の可能化 進み具合", 62),
        ("郵便局における電子証明書の発行・更新等の可能化の進捗状況", 62),
    ],
)
def test_a_measure_named_loosely_with_a_progress_word(indexed: Settings, question: str, line: int) -> None:
    result = ask(indexed, question)
    assert result.answer.kind == "measure_progress", result.answer.message
    assert [found for found, _ in items(result)] == [line]


NOT_QUESTIONS = [
    "こんにちは",
    "ありがとう",
    "今日の天気は？",
    "この検索の使い方を教えて",
    "デジタル庁の予算はいくら？",
    "マイナンバーカードの作り方",
    "マイナンバーカードを作るべきですか",
    "大阪市の交付率",
    "おすすめの施策は？",
    "施策を要約して",
    "デジタル庁の長官は誰",
    "次回のフォローアップはいつ",
    "総務省の電話番号",
    "番号法の条文を見せて",
    "交付率を上げるにはどうすればいい？",
    "法律とは",
    "研究会",
]


@pytest.mark.parametrize("question", NOT_QUESTIONS)
def test_what_is_no_question_of_the_graph(indexed: Settings, question: str) -> None:
    assert not ask(indexed, question).answer.understood, question
