"""Sixty questions of every kind, typed as staff type them (short and long, plain and polite, with and
without particles, full-width digits and letters, abbreviations, fragments apart by a space), each with
its answer written from the seed report before it was asked: the sets of :mod:`tests.search.test_ask`
(its constants name their lines) and the lines read here.

対策, 措置, 事業 and アクション said alone are 施策: the measures, without the progress updates.  Each
question is answered right or, where its reading would be a guess, not understood: never answered wrong.
"""

from __future__ import annotations

import pytest

from kg.settings import Settings
from search.ask import AskResult, answer_question
from tests.search.test_ask import (
    ACCOUNT_MEASURES,
    ANRE,
    DIGITAL_AGENCY_MEASURES,
    IMPROVEMENT_ACT,
    ISSUE_1_3,
    ISSUE_3_2,
    ISSUE_4_3,
    ISSUE_5_4,
    J_LIS,
    J_LIS_MEASURES,
    JPKI_ACT,
    LEGISLATIVE_COUNCIL,
    MEASURES_2_3,
    MEASURES_3_2,
    MIC,
    MIC_MEASURES,
    MOJ,
    MY_NUMBER_ACT,
    MY_NUMBER_MEASURES,
    NO_PROGRESS,
    PLANNED_FY2022,
    PLANNED_FY2022_MEASURES,
    REFORM_ACTS,
    REFORM_ISSUES,
    REFORM_MEASURES,
    STANDARDIZATION_MEASURES,
    _text_lines,
    seed_rows,
)
from tests.search.test_ask_staff import (
    THEME_ISSUES,
    Check,
    _done_2021,
    _done_fy2021,
    _gif_laws,
    _issues,
    _items,
    _lines,
    _nagano_rate,
    _per_theme,
    _progress,
    _report_themes,
    _report_without_progress,
    _themes,
    assert_tally,
)

# 5.2 (line 452): two measures on one line
MEASURES_5_2 = {
    (452, "政府情報システムの3類型化とデジタル庁による統括・監理"),
    (452, "デジタル庁への予算一括計上の推進"),
}


def _count(expected: int) -> Check:
    return lambda r: [int(row["count"]) for row in seed_rows(r)] == [expected]


def _without_law(r: AskResult) -> bool:
    # line 354 (プッシュ通知) names no law; line 456 names 個人情報保護法制
    labels = {row["itemLabel"].value for row in r.answer.rows}
    return (
        r.answer.kind == "measures_without_law"
        and "プッシュ通知" in labels
        and not any("個人情報保護法制" in label for label in labels)
    )


def _law_most(r: AskResult) -> bool:
    # seven entries name the bundle デジタル改革関連法, each other law one or two
    return [row["lawLabel"] for row in seed_rows(r)] == ["デジタル改革関連法"]


# the questions answered right when these were last changed (the others are not understood)
RIGHT_AT_LEAST = 60

TYPED: list[tuple[str, Check]] = [
    # a law's measures or entries; 対策, 措置, 事業, アクション are measures
    ("番号法に基づく対策", _items(MY_NUMBER_MEASURES)),
    ("マイナンバー法関係の措置", _items(MY_NUMBER_MEASURES)),
    ("標準化法　事業", _items(STANDARDIZATION_MEASURES)),
    ("公金受取口座登録法に基づく施策を教えてください", _items(ACCOUNT_MEASURES)),
    ("整備法の取組", _items(IMPROVEMENT_ACT)),
    ("デジタル改革関連法に基づいて実施されている施策を教えていただけますか", _items(REFORM_MEASURES)),
    ("ﾃﾞｼﾞﾀﾙ改革関連法 アクション", _items(REFORM_MEASURES)),
    ("番号法を改正した取組", _items(MY_NUMBER_ACT)),
    ("公的個人認証法に関わる取組", _items(JPKI_ACT)),
    ("標準化法を根拠とする措置", _items(STANDARDIZATION_MEASURES)),
    # a bundle
    ("デジタル改革関連法に関係する課題は何ですか", _issues(REFORM_ISSUES)),
    ("デジタル改革関連法　課題一覧", _issues(REFORM_ISSUES)),
    ("デジタル改革関連法の進捗", _items(REFORM_ACTS)),
    # an agency or a council
    ("総務省の担当する対策", _items(MIC_MEASURES)),
    ("J-LISの関わる措置を一覧で", _items(J_LIS_MEASURES)),
    ("地方公共団体情報システム機構　施策", _items(J_LIS_MEASURES)),
    ("デジタル庁が関与する事業", _items(DIGITAL_AGENCY_MEASURES)),
    ("法務省の取組", _items(MOJ)),
    ("法制審議会が関わる取組", _items(LEGISLATIVE_COUNCIL)),
    ("資源エネルギー庁の取組", _items(ANRE)),
    ("総務省が関わる取組を教えてください", _items(MIC)),
    ("J-LIS関連の取組", _items(J_LIS)),
    # progress in date order
    ("課題３．２の取組状況を時系列で", _progress(ISSUE_3_2)),
    ("課題1.3　進捗　日付順", _progress(ISSUE_1_3)),
    ("課題4.3の進捗状況", _progress(ISSUE_4_3)),
    ("課題5.4の進捗を古い順に", _progress(ISSUE_5_4)),
    ("課題5-4　実績", _progress(ISSUE_5_4)),
    ("課題3.2はどこまで進んでいますか", _progress(ISSUE_3_2)),
    # periods: 年度, era, 西暦, era letters, full-width digits
    ("令和4年度　予定の施策", _items(PLANNED_FY2022_MEASURES)),
    ("2022年度に予定されている取組", _items(PLANNED_FY2022)),
    ("R４年度予定の事業", _items(PLANNED_FY2022_MEASURES)),
    ("2021年に実施済みの取組", _done_2021),
    ("令和3年度の実績", _done_fy2021),
    ("令和４年度に予定している取組を教えてください", _items(PLANNED_FY2022)),
    # issues without progress
    ("進捗の報告がない課題", _issues(NO_PROGRESS)),
    ("取組状況なしの課題を教えて", _issues(NO_PROGRESS)),
    ("まだ進捗が無い課題はどれですか", _issues(NO_PROGRESS)),
    # measures without law
    ("根拠となる法律がない施策", _without_law),
    ("法令に基づかない対策", _without_law),
    # mentions
    ("J-LISが出てくる箇所", _lines({25, 319, 399})),
    ("番号法はどこに書いてある？", _lines({54})),
    ("デジタル庁の言及箇所を教えてください", _lines(_text_lines("デジタル庁"))),
    ("Ｊ－ＬＩＳ　言及", _lines({25, 319, 399})),
    ("マイナンバー法の記載箇所", _lines({54})),
    # counts and rankings
    ("テーマ別の課題数", _per_theme),
    ("課題の件数を重点分野ごとに", _per_theme),
    ("テーマ５の課題はいくつ", _count(7)),
    ("施策の根拠として一番多い法律", _law_most),
    ("長野県の交付率", _nagano_rate),
    # themes of a document, a theme's issues, an issue's measures
    ("デジタル庁の報告書のテーマ一覧", _report_themes),
    ("テーマの一覧", _themes),
    ("重点分野は何がありますか", _themes),
    ("課題3.2に対応する施策", _items(MEASURES_3_2)),
    ("課題２．３の対策", _items(MEASURES_2_3)),
    ("課題2.3を解決する事業", _items(MEASURES_2_3)),
    ("課題5.2　措置", _items(MEASURES_5_2)),
    ("テーマ1の課題", _issues(THEME_ISSUES["1"])),
    ("テーマ４の課題を教えてください", _issues(THEME_ISSUES["4"])),
    # documents named by their publisher or the words of their title
    ("デジタル庁の報告書で取組状況のない課題", _report_without_progress),
    ("デジタル庁のガイドブックの法令", _gif_laws),
]


# Written after the sixty: the laws said as 関係法令 where none is written (line 354 names none).
NO_LAW_SAID = ["関係法令が示されていない施策", "関連する法律の記載がない対策", "関係法令の記載がない施策"]


@pytest.mark.parametrize("question", NO_LAW_SAID)
def test_no_law_said_as_related_laws(indexed: Settings, question: str) -> None:
    result = answer_question(indexed, question, limit=1000)
    assert result.answer.understood, (question, result.answer.message)
    assert _without_law(result), (question, result.answer.kind)


# Written after the sixty: rankings said with 対策, 措置 or 事業 count the measures, as with 施策.  The
# bundle has the most (nine measures, test_ask); デジタル庁 is named in the most measures (319, 448 and
# the two of 452), J-LIS in two, 総務省 in one.
def _laws_bundle_first(r: AskResult) -> bool:
    laws = [row["lawLabel"] for row in seed_rows(r)]
    return (
        r.answer.kind == "law_ranking"
        and "取組状況を除く" in r.answer.reading
        and laws[:1] == ["デジタル改革関連法"]
    )


def _digital_agency_first(r: AskResult) -> bool:
    rows = seed_rows(r)
    return r.answer.kind == "agency_ranking_cut" and [row["agencyLabel"] for row in rows] == ["デジタル庁"]


RANKED: list[tuple[str, Check]] = [
    ("依拠する措置が最も多い法令", _law_most),
    ("対策の多い法令", _laws_bundle_first),
    ("法令別の事業の件数", _laws_bundle_first),
    ("最も多くの事業に関わっている機関", _digital_agency_first),
    ("対策に最も多く関わっている省庁", _digital_agency_first),
]


@pytest.mark.parametrize(("question", "check"), RANKED, ids=[q for q, _ in RANKED])
def test_rankings_said_with_other_words_for_measures(indexed: Settings, question: str, check: Check) -> None:
    result = answer_question(indexed, question, limit=1000)
    assert result.answer.understood, (question, result.answer.message)
    assert check(result), (question, result.answer.kind, seed_rows(result))


# 対策, 事業 or 措置 said with the progress (「…事業と進捗」) are both classes, as 「…施策と進捗」 is.
BOTH_SAID: list[tuple[str, Check]] = [
    ("デジタル改革関連法に基づく事業と進捗", _items(REFORM_MEASURES | REFORM_ACTS)),
    ("総務省の対策と取組状況", _items(MIC)),
]


@pytest.mark.parametrize(("question", "check"), BOTH_SAID, ids=[q for q, _ in BOTH_SAID])
def test_measures_said_with_their_progress(indexed: Settings, question: str, check: Check) -> None:
    result = answer_question(indexed, question, limit=1000)
    assert result.answer.understood, (question, result.answer.message)
    assert check(result), (question, result.answer.kind, result.answer.reading)


# Names the seed does not hold, an issue number it does not have: said so, not answered.
NOT_ANSWERED = ["国交省　事業", "課題9.1の進捗", "文科省が担当する対策"]


@pytest.mark.parametrize("question", NOT_ANSWERED)
def test_names_not_held_are_not_answered(indexed: Settings, question: str) -> None:
    result = answer_question(indexed, question, limit=1000)
    assert not result.answer.understood, (question, result.answer.kind, result.answer.reading)


def test_sixty_questions_mostly_answered_right(indexed: Settings) -> None:
    assert_tally(indexed, TYPED, 60, RIGHT_AT_LEAST)


@pytest.mark.parametrize(("question", "check"), TYPED, ids=[q for q, _ in TYPED])
def test_typed_questions_are_never_answered_wrong(indexed: Settings, question: str, check: Check) -> None:
    result = answer_question(indexed, question, limit=1000)
    if result.answer.understood:
        assert check(result), (question, result.answer.kind, result.answer.reading)
