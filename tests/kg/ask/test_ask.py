"""Reading questions by rule: folding, names, periods and the table of kinds (no store needed)."""

from __future__ import annotations

import re
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kg.ask.counts import COUNT_KINDS
from kg.ask.entities import Entity
from kg.ask.kinds import KINDS
from kg.ask.names import Lexicon
from kg.ask.outcomes import Ambiguous, NotUnderstood, Reading, UnknownName
from kg.ask.reading import read_question
from kg.ask.text import core, fold
from kg.ask.when import PERIOD_KINDS
from kg.store.checks import check_query

LAW = Entity(
    "https://w3id.org/policykg/id/law/my-number-act",
    "law",
    "行政手続における特定の個人を識別するための番号の利用等に関する法律",
)
BUNDLE = Entity(
    "https://w3id.org/policykg/id/law/digital-reform-acts", "law", "デジタル改革関連法", bundle=True
)
OTHER = Entity("https://example.org/law/other", "law", "番号に関する別の法律")
J_LIS = Entity("https://w3id.org/policykg/id/agency/j-lis", "agency", "地方公共団体情報システム機構")
ISSUE = Entity("https://w3id.org/policykg/id/doc/d/issue/3.2", "issue", "カード機能の抜本的改善")
TODAY = date(2022, 5, 9)


def lexicon(*extra: tuple[Entity, str]) -> Lexicon:
    names = [
        (LAW, LAW.label),
        (LAW, "マイナンバー法"),
        (LAW, "番号法"),
        (BUNDLE, BUNDLE.label),
        (J_LIS, J_LIS.label),
        (J_LIS, "J-LIS"),
        *extra,
    ]
    return Lexicon(names, [(ISSUE, "3.2")])


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("デジタル改革関連法に基づく施策は？", "デジタル改革関連法に基づく施策"),
        ("J-LISが関わる取組を一覧で教えてください。", "j-lisが関わる取組"),
        ("課題３．２の進捗はありますか", "課題3.2の進捗"),
        ("教えて、令和４年度に予定されている施策を", "令和4年度に予定されている施策"),
        ("マイナンバー法 に 基づく 施策 です か ？", "マイナンバー法に基づく施策"),
        ("？", ""),
        ("マイナンバー法にもとづく施策ある？", "マイナンバー法にもとづく施策"),
        ("J-LISが関わる取組ってあります？", "j-lisが関わる取組"),
        ("法務省が関係する取組（審議会も含めて）", "法務省が関係する取組"),
        # the outline's words after the ask is cut short; how a thing has gone on is its progress
        ("課題１－２の取組実績を時系列で", "課題1-2の進捗"),
        ("J-LISの実績を教えて", "j-lisの進捗"),
        ("住民票の写しの電子交付はどう進んできた？", "住民票の写しの電子交付の進捗"),
        ("課題2.1はどのように進んでいますか", "課題2.1の進捗"),
    ],
)
def test_core_keeps_what_the_question_asks(question: str, expected: str) -> None:
    assert core(question) == expected


def test_fold_makes_one_name_of_its_spellings() -> None:
    assert fold("Ｊ－ＬＩＳ") == fold("J‐LIS") == fold("j-lis")
    assert fold("ﾏｲﾅﾝﾊﾞｰ法") == "マイナンバー法"


def test_names_are_found_longest_first() -> None:
    text = fold("電子署名等に係る地方公共団体情報システム機構の認証業務に関する法律")
    jpki = Entity("https://w3id.org/policykg/id/law/jpki-act", "law", "公的個人認証法")
    found = lexicon((jpki, text)).find_names(text)
    assert [(m.kind, m.candidates) for m in found] == [("law", (jpki,))]


def test_a_synonym_group_lends_its_entity_to_its_other_forms() -> None:
    lex = lexicon()
    assert lex.find_names(fold("地方公共団体情報システム機構")) != []
    assert lex.find_names(fold("ジェイリス")) == []
    lex.add_synonyms([("J-LIS", "ジェイリス")])
    (mention,) = lex.find_names(fold("ジェイリス"))
    assert mention.candidates == (J_LIS,)


@pytest.mark.parametrize(
    ("question", "kind", "reading"),
    [
        (
            "デジタル改革関連法に基づく施策",
            "law_items",
            "法令: デジタル改革関連法（構成法を含む） → 依拠する施策（取組状況を除く）",
        ),
        (
            "デジタル改革関連法に基づく取組",
            "law_items",
            "法令: デジタル改革関連法（構成法を含む） → 依拠する施策・取組状況",
        ),
        (
            "番号法に関係する取組",
            "law_items",
            f"法令: {LAW.label} → 依拠する施策・取組状況",
        ),
        (
            "J-LISが関わる取組",
            "agency_items",
            "機関: 地方公共団体情報システム機構（下部組織を含む） → 関わる施策・取組状況",
        ),
        ("課題3.2の進捗", "issue_progress", "課題: 3.2 カード機能の抜本的改善 → 取組状況（日付順）"),
        # related to a law's amendment: what rests on the law, not only what says 改正
        ("番号法の改正に関係する取組", "law_items", f"法令: {LAW.label} → 依拠する施策・取組状況"),
        (
            "番号法を改正した取組",
            "law_amends",
            f"法令: {LAW.label} → 改正する施策・取組状況（改正と書かれたもの）",
        ),
        # 実施済み and 実績 are what was done, which the progress updates report; 施策 keeps the measures
        (
            "令和3年度に実施済みの取組",
            "period_done_progress",
            "期間: 令和3年度（2021-04～2022-03） → 実施された取組状況"
            "（予定でなく、文書の日付より後に始まらない日付のもの）",
        ),
        (
            "令和3年度に実施済みの施策",
            "period_done",
            "期間: 令和3年度（2021-04～2022-03） → 実施された施策（取組状況を除く）"
            "（予定でなく、文書の日付より後に始まらない日付のもの）",
        ),
        # 施策 alone is the measures, said once in the reading; 施策と進捗 asks for both
        (
            "J-LISが担当する施策",
            "agency_items",
            "機関: 地方公共団体情報システム機構（下部組織を含む） → 関わる施策（取組状況を除く）",
        ),
        (
            "J-LISが担当する施策と進捗",
            "agency_items",
            "機関: 地方公共団体情報システム機構（下部組織を含む） → 関わる施策・取組状況",
        ),
        (
            "J-LISが担当する施策だけ",
            "agency_items",
            "機関: 地方公共団体情報システム機構（下部組織を含む） → 関わる施策（施策のみ。取組状況を除く）",
        ),
        ("J-LISが言及されている箇所", "mentions", "機関: 地方公共団体情報システム機構 → 言及されている箇所"),
    ],
)
def test_reading_in_words(question: str, kind: str, reading: str) -> None:
    outcome = read_question(question, lexicon(), TODAY)
    assert isinstance(outcome, Reading)
    assert (outcome.kind, outcome.reading) == (kind, reading)


@pytest.mark.parametrize(
    ("question", "today", "start", "end"),
    [
        ("令和4年度に予定されている施策", TODAY, "2022-04", "2023-03"),
        ("4年度に予定されている施策", TODAY, "2022-04", "2023-03"),  # the era of the latest document
        ("30年度に予定されている施策", date(2019, 10, 1), "2018-04", "2019-03"),  # 平成30年度
        ("2021年に実施された取組", TODAY, "2021-01", "2021-12"),
        ("R3年度の取組", TODAY, "2021-04", "2022-03"),
        ("2022年4月以降に予定されている施策", TODAY, "2022-04", "9999-12"),
    ],
)
def test_periods_by_the_date_reader(question: str, today: date, start: str, end: str) -> None:
    outcome = read_question(question, lexicon(), today)
    assert isinstance(outcome, Reading) and outcome.period is not None
    assert (outcome.period.start, outcome.period.end) == (start, end)
    assert f'"{start}"' in outcome.sparql and f'"{end}"' in outcome.sparql


def test_two_laws_of_one_name_are_candidates() -> None:
    outcome = read_question("番号法に基づく施策", lexicon((OTHER, "番号法")), TODAY)
    assert isinstance(outcome, Ambiguous)
    assert set(outcome.candidates) == {LAW, OTHER}
    assert outcome.message == "「番号法」に当たるものが2件あります。どれかを選んでください"


@pytest.mark.parametrize(
    ("question", "outcome"),
    [
        ("道路交通法に基づく施策", UnknownName("道路交通法", "法令")),
        ("文部科学省が関わる取組", UnknownName("文部科学省", "機関")),
        ("課題9.9の進捗", UnknownName("9.9", "課題")),
        ("デジタル改革関連法の予算", NotUnderstood()),
        ("デジタル改革関連法とマイナンバー法に基づく施策", NotUnderstood()),
        ("", NotUnderstood("質問が空です")),
    ],
)
def test_what_is_not_answered(question: str, outcome: object) -> None:
    assert read_question(question, lexicon(), TODAY) == outcome


@pytest.mark.parametrize("kind", (*KINDS, *PERIOD_KINDS, *COUNT_KINDS), ids=lambda k: k.name)
def test_every_template_is_a_checked_select_of_its_columns(kind: object) -> None:
    from kg.ask.kinds import QuestionKind

    assert isinstance(kind, QuestionKind)
    filled = re.sub(r"\$(law|agency|entity|issue)\b", "<https://w3id.org/policykg/id/x>", kind.template)
    filled = filled.replace("$start", '"2021-04"').replace("$end", '"2022-03"')
    assert "%" not in filled
    assert check_query(filled, 100_000).form == "SELECT"
    head = filled[: filled.index("WHERE")]
    # (MIN(STR(?when)) AS ?date) projects ?date
    head = re.sub(r"\((?:[^()]|\((?:[^()]|\([^()]*\))*\))*\bAS (\?\w+)\)", r"\1", head)
    projected = re.findall(r"\?(\w+)", head)
    assert projected == list(kind.columns)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=60))
def test_reading_never_raises(question: str) -> None:
    outcome = read_question(question, lexicon(), TODAY)
    assert isinstance(outcome, Reading | NotUnderstood | UnknownName | Ambiguous)
