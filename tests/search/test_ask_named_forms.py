"""Sixty more questions, phrased in ways the other sets do not use: a law by its full title, after
「いわゆる」 or before 「等」; a body with its parent body before it (「法務省の法制審議会」), by its
full name with its short one in brackets, or cut short (「法制審」「資源エネ庁」); a unit of a body
(「総務省マイナンバー室」); other verbs (担う, 推進する, 携わる, 実施する) and particles (による,
に係る, にもとづく); the ask first (「施策のうち…もの」); two bodies that work together (共管, 共同で);
terse fragments and long polite forms (「…をお示しください」).

Each expectation was written from the seed report before the question was asked (the constants of
:mod:`tests.search.test_ask` name their lines).  A question is answered right or, where the graph does
not hold what it names, not understood: never answered wrong.
"""

from __future__ import annotations

import pytest

from kg.settings import Settings
from search.ask import AskResult, answer_question
from tests.search.test_ask import (
    ACCOUNT_MEASURES,
    ANRE,
    DIGITAL_AGENCY_MEASURES,
    IMPROVEMENT_MEASURES,
    ISSUE_1_3,
    ISSUE_3_2,
    ISSUE_4_3,
    ISSUE_5_4,
    J_LIS,
    J_LIS_MEASURES,
    JPKI_MEASURES,
    LEGISLATIVE_COUNCIL,
    MEASURES_2_3,
    MEASURES_3_2,
    MIC_MEASURES,
    MOJ,
    MY_NUMBER_ACT,
    MY_NUMBER_MEASURES,
    NO_PROGRESS,
    PLANNED_FY2022,
    PLANNED_FY2022_MEASURES,
    REFORM_AMENDMENTS,
    REFORM_ISSUES,
    REFORM_MEASURES,
    STANDARDIZATION_MEASURES,
    _text_lines,
)
from tests.search.test_ask_staff import (
    THEME_ISSUES,
    Check,
    _issues,
    _items,
    _lines,
    _per_theme,
    _progress,
    _report_themes,
    _report_without_progress,
    _themes,
    assert_tally,
)
from tests.search.test_ask_typed import _count, _law_most, _without_law

# Line 35: 「総務省・マイナンバー室(現デジタル庁)より…」, the one entry that names the unit.
NUMBER_OFFICE = {(35, "総務省・マイナンバー室(現デジタル庁)より")}
# Line 319: 「…J-LIS…を国と地方公共団体が共同で管理する法人へ転換（デジタル庁と総務省で共管）」
JOINT = {(319, "デジタル庁と総務省で共管")}
J_LIS_LINES = {25, 319, 399}


def _done_2021_both(r: AskResult) -> bool:
    # 取組 is both classes: the measures and the progress updates dated in 2021 and done
    types = {row["type"].value for row in r.answer.rows}
    return (
        r.answer.kind == "period_done"
        and "2021-01～2021-12" in r.answer.reading
        and types == {"施策", "取組状況"}
    )


# the questions answered right when these were last changed (the others are not understood)
RIGHT_AT_LEAST = 60

NAMED: list[tuple[str, Check]] = [
    # a law by its full title, with いわゆる, with 等, with other particles and verbs, the ask first
    (
        "行政手続における特定の個人を識別するための番号の利用等に関する法律に基づく施策",
        _items(MY_NUMBER_MEASURES),
    ),
    ("地方公共団体情報システムの標準化に関する法律に基づく事業", _items(STANDARDIZATION_MEASURES)),
    ("デジタル社会の形成を図るための関係法律の整備に関する法律に基づく施策", _items(IMPROVEMENT_MEASURES)),
    (
        "公的個人認証法（電子署名等に係る地方公共団体情報システム機構の認証業務に関する法律）を根拠とする施策",
        _items(JPKI_MEASURES),
    ),
    ("いわゆる番号法に基づく施策", _items(MY_NUMBER_MEASURES)),
    ("マイナンバー法等に基づく対策", _items(MY_NUMBER_MEASURES)),
    ("標準化法によって進められている施策はどれ？", _items(STANDARDIZATION_MEASURES)),
    ("施策のうち番号法に基づくもの", _items(MY_NUMBER_MEASURES)),
    ("番号法が根拠になっている施策を挙げてください", _items(MY_NUMBER_MEASURES)),
    ("公金受取口座登録法に係る施策", _items(ACCOUNT_MEASURES)),
    ("公的個人認証法にもとづく施策", _items(JPKI_MEASURES)),
    ("デジタル改革関連法で改正された取組はどれですか", _items(REFORM_AMENDMENTS)),
    ("番号法の改正を行った取組", _items(MY_NUMBER_ACT)),
    ("デジタル改革関連法と関係のある課題を教えていただけますか", _issues(REFORM_ISSUES)),
    ("デジタル改革関連法に基づき進められている施策の一覧をお示しください", _items(REFORM_MEASURES)),
    # a body with its parent, by full name with its short one, cut short, a unit of a body
    ("法務省の法制審議会が関わる取組", _items(LEGISLATIVE_COUNCIL)),
    ("経済産業省資源エネルギー庁の取組", _items(ANRE)),
    ("法務省法制審議会　取組", _items(LEGISLATIVE_COUNCIL)),
    ("地方公共団体情報システム機構（J-LIS）の施策", _items(J_LIS_MEASURES)),
    ("J-LIS（地方公共団体情報システム機構）が関わる取組", _items(J_LIS)),
    ("法制審の取組", _items(LEGISLATIVE_COUNCIL)),
    ("資源エネ庁の取組", _items(ANRE)),
    ("総務省マイナンバー室の取組", _items(NUMBER_OFFICE)),
    ("マイナンバー室が関わる取組", _items(NUMBER_OFFICE)),
    # other verbs and particles, the ask first, polite forms
    ("総務省が所管している施策はどれでしょうか", _items(MIC_MEASURES)),
    ("デジタル庁が担っている施策", _items(DIGITAL_AGENCY_MEASURES)),
    ("J-LISが実施する施策", _items(J_LIS_MEASURES)),
    ("デジタル庁が推進している施策", _items(DIGITAL_AGENCY_MEASURES)),
    ("法務省が携わる取組", _items(MOJ)),
    ("総務省による施策", _items(MIC_MEASURES)),
    ("施策のうち総務省が担当するもの", _items(MIC_MEASURES)),
    ("地方公共団体情報システム機構が関係している取組を一覧で見せてください", _items(J_LIS)),
    # two bodies that work together
    ("総務省とデジタル庁が共同で担当する施策", _items(JOINT)),
    ("デジタル庁・総務省共管の施策", _items(JOINT)),
    ("総務省とJ-LISの両方が関わる施策", _items(JOINT)),
    # progress in date order
    ("課題3.2の進み具合", _progress(ISSUE_3_2)),
    ("課題４．３　これまでの取組状況", _progress(ISSUE_4_3)),
    ("課題1.3の進捗を日付の古い順に並べて", _progress(ISSUE_1_3)),
    ("進捗状況（課題5.4）", _progress(ISSUE_5_4)),
    ("課題5.4について、これまでの進捗を教えていただけますでしょうか", _progress(ISSUE_5_4)),
    # periods
    ("2022年度中に実施予定の施策", _items(PLANNED_FY2022_MEASURES)),
    ("令和四年度に予定されている施策", _items(PLANNED_FY2022_MEASURES)),
    ("令和3年に実施された取組", _done_2021_both),
    ("令和4年度に予定されている取組を一覧にしてください", _items(PLANNED_FY2022)),
    # issues without progress, measures without a law
    ("取組状況が報告されていない課題", _issues(NO_PROGRESS)),
    ("進捗が一件もない課題はありますか", _issues(NO_PROGRESS)),
    ("法的根拠のない施策", _without_law),
    ("どの法律にも基づいていない施策", _without_law),
    # mentions, a body or a law by its full name
    ("地方公共団体情報システム機構について書かれている箇所", _lines(J_LIS_LINES)),
    ("行政手続における特定の個人を識別するための番号の利用等に関する法律の記載箇所", _lines({54})),
    ("デジタル庁が登場する箇所を教えてください", _lines(_text_lines("デジタル庁"))),
    # counts and rankings
    ("課題数をテーマごとに教えてください", _per_theme),
    ("最も多くの施策の根拠となっている法律は？", _law_most),
    ("テーマ3に課題は何件ありますか", _count(5)),
    # themes, a theme's issues, an issue's measures, a document by its publisher
    ("テーマ２に属する課題", _issues(THEME_ISSUES["2"])),
    ("課題2.3に紐づく施策", _items(MEASURES_2_3)),
    ("課題3-2の施策", _items(MEASURES_3_2)),
    ("テーマを全部教えて", _themes),
    ("デジタル庁の報告で進捗のない課題", _report_without_progress),
    ("デジタル庁作成の報告書のテーマ", _report_themes),
]

# Names the seed does not hold, a body before one that the graph does not hold under it, two names of
# different things in brackets: said so, not answered.
NOT_ANSWERED = [
    "文部科学省初等中等教育局の施策",
    "課題7.1の施策",
    "国土交通省道路局の事業",
    "デジタル庁の法制審議会が関わる取組",
    "総務省（J-LIS）の施策",
    "番号法（標準化法）に基づく施策",
]


@pytest.mark.parametrize("question", NOT_ANSWERED)
def test_names_not_held_are_not_answered(indexed: Settings, question: str) -> None:
    result = answer_question(indexed, question, limit=1000)
    assert not result.answer.understood, (question, result.answer.kind, result.answer.reading)


def test_sixty_named_questions_mostly_answered_right(indexed: Settings) -> None:
    assert_tally(indexed, NAMED, 60, RIGHT_AT_LEAST)


@pytest.mark.parametrize(("question", "check"), NAMED, ids=[q for q, _ in NAMED])
def test_named_questions_are_never_answered_wrong(indexed: Settings, question: str, check: Check) -> None:
    result = answer_question(indexed, question, limit=1000)
    if result.answer.understood:
        assert check(result), (question, result.answer.kind, result.answer.reading)


def test_a_body_said_under_one_it_is_not_held_under_is_said_not_in_the_graph(indexed: Settings) -> None:
    # 法制審議会 is 法務省's council (line 28): under デジタル庁 the graph holds no such body
    result = answer_question(indexed, "デジタル庁の法制審議会が関わる取組", limit=1000)
    assert not result.answer.understood
    assert result.answer.message == "名前「デジタル庁の法制審議会」はグラフにありません"
