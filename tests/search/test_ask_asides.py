"""Forms of question read by rule: qualifiers and restatements in brackets, an act's kind as what was
done, what happened in a month, issues by how many items they have, what no law is linked to, and
prefectures by the number of cards.

Each rule is asked in several wordings; the expected answers are read from the seed report (line
numbers given).
"""

from __future__ import annotations

import pytest

from kg.settings import Settings
from search.ask import AskResult, answer_question
from tests.search.test_ask import seed_rows

ALL = 1000


def ask(settings: Settings, question: str) -> AskResult:
    return answer_question(settings, question, limit=ALL)


def _lines(result: AskResult) -> list[int]:
    assert result.answer.understood, result.answer.message
    return sorted(int(r["line"]) for r in seed_rows(result))


def _numbers(result: AskResult) -> set[str]:
    assert result.answer.understood, result.answer.message
    return {r["number"] for r in seed_rows(result) if "number" in r}


# ---------------------------------------------------------------------------
# brackets


@pytest.mark.parametrize(
    "question",
    [
        "【施策のみ】公的個人認証法に基づく施策",
        "公的個人認証法に依拠する施策【施策のみ】",
        "（施策に限る）公的個人認証法に基づいてる施策",
    ],
)
def test_measures_only_in_brackets(indexed: Settings, question: str) -> None:
    # line 399: 「J-LISから民間事業者等の署名検証者に…基本4情報を提供」 (measure 3.4); line 46's
    # 「公的個人認証法改正（3年5月）」 is a progress update and is left out
    assert _lines(ask(indexed, question)) == [399]


@pytest.mark.parametrize(
    "question",
    [
        "経済産業省（外局を含む）の取組",
        "経産省（外局も含めて）が関わる取組",
        "経産省が関係する取組（外局含む）",
    ],
)
def test_an_agency_with_its_bodies_in_brackets(indexed: Settings, question: str) -> None:
    # line 98: 資源エネルギー庁's 電力データ活用 (an office under 経済産業省) is its one entry
    assert _lines(ask(indexed, question)) == [98]


@pytest.mark.parametrize(
    "question", ["法務省（法制審議会を含む）が関わる取組", "法務省（審議会も含めて）の取組はどれ？"]
)
def test_an_agency_with_a_council_in_brackets(indexed: Settings, question: str) -> None:
    # line 27: 法務省の検討状況; line 28: 法制審議会に諮問
    assert _lines(ask(indexed, question)) == [27, 28]


@pytest.mark.parametrize(
    ("question", "lines"),
    [
        # line 44: 3.1 マイナポータルなどのUI・UXの最適化, two ✓ entries
        ("マイナポータルのUI改善（課題3.1）の進捗", [44, 44]),
        # line 28: 読み仮名の法制化の検討 (5.4), two ✓ entries
        ("読み仮名（課題5.4）の取組状況を教えて", [28, 28]),
    ],
)
def test_an_issue_called_by_words_then_its_number(indexed: Settings, question: str, lines: list[int]) -> None:
    result = ask(indexed, question)
    assert result.answer.kind == "issue_progress", result.answer.message
    assert _lines(result) == lines


def test_a_scope_after_the_question_stays_a_scope(indexed: Settings) -> None:
    result = ask(indexed, "根拠法のない施策（課題4.3）")
    assert result.answer.kind == "measures_without_law", result.answer.message


@pytest.mark.parametrize(
    ("question", "plain"),
    [
        ("2021年度（令和3年度）に実施された取組", "令和3年度に実施された取組"),
        ("FY2022（令和4年度）に予定されている施策", "令和4年度に予定されている施策"),
        ("令和3年度の取組（予定含む）", "令和3年度の取組"),
        ("2021年7月の取組（予定も含めて）", "2021年7月の取組"),
        ("令和4年度に予定されている（まだ実施されていない）取組", "令和4年度に予定されている取組"),
    ],
)
def test_a_period_or_a_gloss_said_twice(indexed: Settings, question: str, plain: str) -> None:
    said, expected = ask(indexed, question).answer, ask(indexed, plain).answer
    assert said.understood and expected.understood and expected.total > 0, said.message
    assert said.kind == expected.kind
    assert {r["item"].value for r in said.rows} == {r["item"].value for r in expected.rows}


def test_a_gloss_that_contradicts_is_not_read(indexed: Settings) -> None:
    """「実施された…（予定含む）」 asks for two things at once: not answered as either."""
    assert not ask(indexed, "令和3年度に実施された取組（予定含む）").answer.understood


# ---------------------------------------------------------------------------
# kinds of act


@pytest.mark.parametrize("question", ["府令改正で対応した取組", "府令の改正により措置された取組は？"])
def test_what_an_ordinances_amendment_did(indexed: Settings, question: str) -> None:
    # line 35: 児童手当 現況届 「(3年9月府令改正・4年6月施行)」
    assert _lines(ask(indexed, question)) == [35]


@pytest.mark.parametrize(
    "question",
    ["新しく法律が成立・制定された取組は？", "新たに法律が制定された取組", "法律の成立が行われた取組"],
)
def test_laws_passed(indexed: Settings, question: str) -> None:
    # line 36: 公金受取口座登録法及び預貯金口座個人番号利用申出法の成立; line 75: 標準化に関する法律の制定.
    # line 28's 「読み仮名の法制化」 is under study, not passed
    assert _lines(ask(indexed, question)) == [36, 75]


# ---------------------------------------------------------------------------
# what happened in a month


@pytest.mark.parametrize(
    "question", ["2021年5月に何があった？", "令和3年5月には何が起きた", "３年５月に何がありましたか"]
)
def test_what_happened_in_a_month(indexed: Settings, question: str) -> None:
    # 3年5月: 成立 (line 36), オンライン申請サービスの提供が可能 (44), 法改正を実施 and 技術検証の実施
    # (45), 公的個人認証法改正 (46)
    assert _lines(ask(indexed, question)) == [36, 44, 45, 45, 46]


# ---------------------------------------------------------------------------
# issues by how many items they have


@pytest.mark.parametrize(
    "question", ["施策が1つしかない課題", "施策がひとつだけの課題", "施策が１件のみの課題は？"]
)
def test_issues_with_one_measure(indexed: Settings, question: str) -> None:
    # one ・ item under each of 1.3, 1.5, 1.7, 3.4, 4.1, 4.2, 4.7 and 5.4 in the list of issues
    result = ask(indexed, question)
    assert result.answer.kind == "issues_by_tally", result.answer.message
    assert _numbers(result) == {"1.3", "1.5", "1.7", "3.4", "4.1", "4.2", "4.7", "5.4"}


@pytest.mark.parametrize("question", ["進捗が4件以上ある課題", "取組状況が4件以上の課題"])
def test_issues_with_much_progress(indexed: Settings, question: str) -> None:
    # ✓ entries: 3.5 lines 52-54 (5), 4.3 line 62 (4), 4.6 lines 75-78 (4), 6.2 line 98 (4)
    assert _numbers(ask(indexed, question)) == {"3.5", "4.3", "4.6", "6.2"}


# ---------------------------------------------------------------------------
# no law linked


@pytest.mark.parametrize(
    "question",
    [
        "テーマ3の施策で法令の紐づかないもの",
        "テーマ3の施策のうち法律と関係のないもの",
        "法律が関係しない施策（テーマ3）",
    ],
)
def test_measures_without_a_law_in_a_theme(indexed: Settings, question: str) -> None:
    result = ask(indexed, question)
    assert result.answer.kind == "measures_without_law", result.answer.message
    labels = {r["itemLabel"] for r in seed_rows(result)}
    assert "運転免許証のデジタル化" in labels  # line 403
    # 3.2's smartphone measure (デジタル改革関連法), 3.4's 基本4情報 (公的個人認証法, line 399) and 3.5's
    # 国家資格 (番号法) rest on laws
    assert not any("スマートフォンへの搭載の実現" in label or "基本4情報" in label for label in labels)
    assert not any(label.startswith("その他の国家資格証のデジタル化") for label in labels)


@pytest.mark.parametrize(
    "question", ["テーマ４で法令が関係しない課題", "テーマ4の課題で法律と紐づいていないもの"]
)
def test_issues_without_a_law_in_a_theme(indexed: Settings, question: str) -> None:
    # theme 4: 4.3 (郵便局での電子証明書, デジタル改革関連法) and 4.6 (標準化法) rest on laws
    result = ask(indexed, question)
    assert result.answer.kind == "issues_without_law", result.answer.message
    assert _numbers(result) == {"4.1", "4.2", "4.4", "4.5", "4.7"}


# ---------------------------------------------------------------------------
# cards


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # lines 160-176: 東京都 5,771,844, 神奈川県 3,818,434, 大阪府 3,519,889
        ("交付枚数の多い都道府県トップ3", ["東京都", "神奈川県", "大阪府"]),
        ("都道府県で交付枚数が多い上位3", ["東京都", "神奈川県", "大阪府"]),
    ],
)
def test_prefectures_by_cards(indexed: Settings, question: str, expected: list[str]) -> None:
    result = ask(indexed, question)
    assert result.answer.understood, result.answer.message
    assert [r["areaLabel"].value for r in result.answer.rows] == expected


@pytest.mark.parametrize("question", ["オンライン資格確認の申込率、施設の種類ごとに", "申込割合、施設種別で"])
def test_a_breakdown_after_a_comma(indexed: Settings, question: str) -> None:
    assert ask(indexed, question).answer.kind == "facility_shares"


# ---------------------------------------------------------------------------
# an issue named by words of its label, not by an aside in brackets


@pytest.mark.parametrize("question", ["マイナポイントの取組状況", "マイナポイントの進捗を教えて"])
def test_a_name_outside_the_asides(indexed: Settings, question: str) -> None:
    # 4.4 「マイナポイント、行政手続の優先処理など…」 (its status row, line 63, has two ✓ entries) against
    # 5.7 「民間利用の拡大（マイナポイントの官民連携、…）」, where it is an example in brackets
    result = ask(indexed, question)
    assert result.answer.kind == "issue_progress", result.answer.message
    assert _lines(result) == [63, 63]


def test_a_name_in_several_labels_is_asked_about(indexed: Settings) -> None:
    # マイナポータル heads 2.1 and 3.1 and is in 1.1's aside and 1.4's label: the user chooses
    answer = ask(indexed, "マイナポータルの進捗").answer
    assert not answer.understood and len(answer.candidates) >= 2
