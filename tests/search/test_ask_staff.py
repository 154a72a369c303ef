"""Questions typed the way staff type them into a search box, written before the readers were extended
for them: a name and its ask apart by a full-width space (「番号法　施策」「R4年度　予定」), a mention
asked tersely (「J-LIS　どこ」「マイナンバー法　言及」), the words of a plan's outline used for its class
(重点分野, 施策の柱, 柱, 政策 for themes; アクション, 事業 for measures; 実績 for progress), a document named
by its publisher (「デジタル庁の報告書の課題」), full-width digits and era letters.

The expected answers are the sets read from the seed report in :mod:`tests.search.test_ask` (its
constants name their lines) and, for the guidebook DS-410, in :mod:`tests.search.test_ask_documents`.
:func:`score` sorts a question's answer into understood and right, understood and wrong, or not
understood, so that the figures of a batch can be read before and after a change.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Literal

import pytest

from kg.settings import Settings
from search.ask import AskResult, answer_question
from tests.conftest import SEED_ID
from tests.search.test_ask import (
    ANRE,
    DIGITAL_AGENCY_MEASURES,
    ISSUE_1_3,
    ISSUE_3_2,
    ISSUE_4_3,
    ISSUE_5_4,
    ISSUES_PER_THEME,
    J_LIS,
    J_LIS_MEASURES,
    JPKI_MEASURES,
    MEASURES_3_2,
    MIC_MEASURES,
    MY_NUMBER_ACT,
    MY_NUMBER_MEASURES,
    NO_PROGRESS,
    PLANNED_FY2022,
    PLANNED_FY2022_MEASURES,
    REFORM_ACTS,
    REFORM_ISSUES,
    REFORM_MEASURES,
    STANDARDIZATION_ACT,
    _text_lines,
    items,
    same_items,
    seed_rows,
)
from tests.search.test_ask_families import _stated

Check = Callable[[AskResult], bool]
# the issues of each theme of part II (1.1-1.7, 2.1-2.5, …)
THEME_ISSUES = {t: {f"{t}.{n}" for n in range(1, count + 1)} for t, count in ISSUES_PER_THEME.items()}
# J-LIS's progress: the status-table row at line 25 (lines 319 and 399 are measures of part II)
J_LIS_PROGRESS = {(25, "デジタル社会形成整備法によるJ-LISに対する国のガバナンスの強化")}
# the laws the guidebook DS-410 names (lines 303 and 547)
GIF_LAWS = {"情報通信技術を活用した行政の推進等に関する法律", "個人情報の保護に関する法律"}


def _items(expected: set[tuple[int, str]]) -> Check:
    return lambda r: same_items(_stated(r, expected), expected)


def _progress(expected: list[tuple[int, str]]) -> Check:
    def check(r: AskResult) -> bool:
        found = items(r)
        in_order = bool(found) and expected[0][1] in found[0][1]  # oldest first
        return r.answer.kind == "issue_progress" and same_items(found, expected) and in_order

    return check


def _issues(expected: set[str]) -> Check:
    return lambda r: sorted(str(row["number"]) for row in seed_rows(r)) == sorted(expected)


def _lines(expected: set[int] | list[int]) -> Check:
    def check(r: AskResult) -> bool:
        found = [int(row["line"]) for row in seed_rows(r)]
        return r.answer.kind == "mentions" and (
            sorted(found) == expected if isinstance(expected, list) else set(found) == expected
        )

    return check


def _themes(r: AskResult) -> bool:
    return r.answer.kind == "theme_list" and {row["number"] for row in seed_rows(r)} == set(ISSUES_PER_THEME)


def _per_theme(r: AskResult) -> bool:
    return {row["number"]: int(row["count"]) for row in seed_rows(r)} == ISSUES_PER_THEME


def _report_issues(r: AskResult) -> bool:
    # every issue of part II (1.1-6.3), and only the report's
    docs = {row["document"].value for row in r.answer.rows if "document" in row}
    numbers = {row["number"].value for row in r.answer.rows}
    return docs == {SEED_ID} and numbers == set().union(*THEME_ISSUES.values())


def _report_without_progress(r: AskResult) -> bool:
    docs = {row["document"].value for row in r.answer.rows}
    return docs == {SEED_ID} and {row["number"].value for row in r.answer.rows} == NO_PROGRESS


def _reported(r: AskResult) -> bool:
    return r.answer.total > 0 and all(row["type"].value == "取組状況" for row in r.answer.rows)


def _done_2021(r: AskResult) -> bool:
    # 「2021年の実績」 is what was done in 2021 (a period's own words), as the progress updates report it
    return r.answer.kind == "period_done_progress" and "2021-01" in r.answer.reading and _reported(r)


def _done_fy2021(r: AskResult) -> bool:
    # 「実施済み」: done, as the progress updates report it
    return r.answer.kind == "period_done_progress" and "2021-04～2022-03" in r.answer.reading and _reported(r)


def _report_themes(r: AskResult) -> bool:
    # the six themes of part II, and only the report's (a theme's IRI is within its document's)
    themes = [row["theme"].value for row in r.answer.rows]
    in_report = all(f"/doc/{SEED_ID}/" in theme for theme in themes)
    return in_report and {row["number"].value for row in r.answer.rows} == set(ISSUES_PER_THEME)


def _nagano_rate(r: AskResult) -> bool:
    # line 167: 長野県 2,072,219 683,810 33.0%
    rows = [(row["areaLabel"].value, float(row["rate"].value)) for row in r.answer.rows]
    return r.answer.kind == "area_rate" and rows == [("長野県", 33.0)]


def _gif_laws(r: AskResult) -> bool:
    laws = {row["entityLabel"].value for row in r.answer.rows}
    # the laws it mentions, or the list of laws kept to it: one set
    return r.answer.kind in ("document_mentions", "law_list_in_document") and laws == GIF_LAWS


# (question, how its answer is checked); each expectation written from the lines named above
ANSWERED: list[tuple[str, Check]] = [
    # a name and its ask apart by a full-width space, or said with a noun for the relation
    ("デジタル改革関連法　施策", _items(REFORM_MEASURES)),
    ("番号法　施策", _items(MY_NUMBER_MEASURES)),
    ("マイナンバー法　取組", _items(MY_NUMBER_ACT)),
    ("J-LIS　取組", _items(J_LIS)),
    ("Ｊ－ＬＩＳ　関連施策", _items(J_LIS_MEASURES)),
    ("総務省　担当施策", _items(MIC_MEASURES)),
    ("法務省　施策一覧", _items(set())),
    ("標準化法　関連取組", _items(STANDARDIZATION_ACT)),
    ("公的個人認証法　措置", _items(JPKI_MEASURES)),
    ("デジタル庁　関わる施策", _items(DIGITAL_AGENCY_MEASURES)),
    ("エネ庁　取組", _items(ANRE)),
    # the words of an outline for measures
    ("デジタル改革関連法に基づくアクション", _items(REFORM_MEASURES)),
    ("総務省の事業", _items(MIC_MEASURES)),
    ("J-LISのアクション一覧", _items(J_LIS_MEASURES)),
    # periods with era letters, full-width digits, the ask after a space
    ("R4年度　予定", _items(PLANNED_FY2022)),
    ("令和４年度　予定", _items(PLANNED_FY2022)),
    ("Ｒ４年度に予定している取組", _items(PLANNED_FY2022)),
    ("2022年度　予定施策", _items(PLANNED_FY2022_MEASURES)),
    # progress said as 実績 or after a space
    ("課題3.2　進捗", _progress(ISSUE_3_2)),
    ("課題３．２の実績", _progress(ISSUE_3_2)),
    ("課題4.3　取組状況", _progress(ISSUE_4_3)),
    ("課題1.3の実績は", _progress(ISSUE_1_3)),
    ("課題5.4　実績", _progress(ISSUE_5_4)),
    # issues
    ("進捗がない課題　一覧", _issues(NO_PROGRESS)),
    ("実績のない課題", _issues(NO_PROGRESS)),
    ("デジタル改革関連法　課題", _issues(REFORM_ISSUES)),
    ("重点分野1の課題", _issues(THEME_ISSUES["1"])),
    ("柱2の課題", _issues(THEME_ISSUES["2"])),
    ("施策の柱3の課題一覧", _issues(THEME_ISSUES["3"])),
    # mentions asked tersely
    ("J-LIS 出てくる箇所", _lines({25, 319, 399})),
    ("J-LIS　どこ", _lines({25, 319, 399})),
    ("マイナンバー法　言及", _lines({54})),
    ("マイナンバー法 言及箇所", _lines({54})),
    ("デジタル庁　どこ", _lines(_text_lines("デジタル庁"))),
    ("デジタル庁 出てくるところ", _lines(_text_lines("デジタル庁"))),
    ("デジタル庁　言及", _lines(_text_lines("デジタル庁"))),
    # the words of an outline for themes
    ("重点分野の一覧", _themes),
    ("施策の柱は？", _themes),
    ("柱の一覧", _themes),
    ("政策の一覧", _themes),
    ("重点分野ごとの課題数", _per_theme),
    ("柱別の課題の数", _per_theme),
    ("施策の柱ごとの課題の件数", _per_theme),
    # a document named by its publisher and the kind of document
    ("デジタル庁の報告書の課題", _report_issues),
    ("デジタル庁の報告書で進捗がない課題", _report_without_progress),
    ("デジタル庁のガイドブックで言及されている法令", _gif_laws),
    ("デジタル庁のガイドブック　出てくる法律", _gif_laws),
    # written after the first figures were taken: an era's initial with no 年, 実績 and アクション after a
    # name and a space
    ("R4　予定", _items(PLANNED_FY2022)),
    ("J-LIS　実績", _items(J_LIS_PROGRESS)),
    ("J-LISの実績", _items(J_LIS_PROGRESS)),
    ("課題3.2　アクション", _items(MEASURES_3_2)),
    ("2021年の実績", _done_2021),
    ("デジタル改革関連法　取組状況", _items(REFORM_ACTS)),  # every entry of the set is a status-table row
    ("課題３．２　施策", _items(MEASURES_3_2)),
    ("R3　実施済み", _done_fy2021),
    ("デジタル庁の報告書の重点分野", _report_themes),
    ("デジタル庁の報告書　課題一覧", _report_issues),
    # fragments apart by a space, the ask first or last, read as said with の
    ("GIF　法令", _gif_laws),
    ("DS-410の法律", _gif_laws),
    ("長野　交付率", _nagano_rate),
    ("交付率　長野県", _nagano_rate),
    ("課題一覧　テーマ1", _issues(THEME_ISSUES["1"])),
    ("フォローアップ　進捗なし課題", _report_without_progress),
]

# Questions that must not be answered with confidence: a body the graph does not hold, a kind of
# document that neither of the publisher's titles says, a place that published nothing here.
NOT_ANSWERED = [
    "国交省　どこ",
    "国交省の行動計画の施策",
    "デジタル庁の計画の課題",
    "長野県の計画の課題",
    "文科省のロードマップの課題",
]

Score = Literal["right", "wrong", "not understood"]


def score(settings: Settings, question: str, check: Check | None) -> Score:
    """How ``question`` fares: understood and right (``check`` holds, or, where there is no check, not
    understood as it should be), understood and wrong, or not understood."""
    result = answer_question(settings, question, limit=1000)
    if not result.answer.understood:
        return "right" if check is None else "not understood"
    return "right" if check is not None and check(result) else "wrong"


def assert_tally(settings: Settings, asked: list[tuple[str, Check]], total: int, right_at_least: int) -> None:
    """``total`` questions, none answered wrong and at least ``right_at_least`` answered right."""
    scores = [score(settings, question, check) for question, check in asked]
    missed = [(q, s) for (q, _), s in zip(asked, scores, strict=True) if s != "right"]
    assert len(asked) == total
    assert scores.count("wrong") == 0, missed
    assert scores.count("right") >= right_at_least, missed


@pytest.mark.parametrize(("question", "check"), ANSWERED, ids=[q for q, _ in ANSWERED])
def test_staff_phrasings(indexed: Settings, question: str, check: Check) -> None:
    result = answer_question(indexed, question, limit=1000)
    assert result.answer.understood, (question, result.answer.message)
    assert check(result), (question, result.answer.kind, result.answer.reading)


@pytest.mark.parametrize("question", NOT_ANSWERED)
def test_staff_phrasings_not_answered_with_confidence(indexed: Settings, question: str) -> None:
    result = answer_question(indexed, question, limit=1000)
    assert not result.answer.understood, (question, result.answer.kind, result.answer.reading)
