"""What starts in a period, what "a law" is, and lists by theme counted per theme.

「令和4年1月から始まる予定の…」 asks what is planned to start in that month (「から」 before a verb of
beginning), not what is dated from then on; "a law" in 「法令のない施策」 is a law or a bundle the text
names, not an act of legislation without a law's name (measure 5.4's 「戸籍における法制化」, line 460);
「テーマ別の取組状況の件数」 counts the progress updates of each theme through their issues.  The
expected answers are read from the seed report (line numbers given).
"""

from __future__ import annotations

import pytest

from kg.settings import Settings
from kg.store.reader import ReadStore
from search.ask import AskResult, answer_question
from tests.search.test_ask import SEED_ID, seed_rows

ALL = 1000


def ask(settings: Settings, question: str) -> AskResult:
    return answer_question(settings, question, limit=ALL)


def _lines_labels(result: AskResult) -> list[tuple[int, str]]:
    assert result.answer.understood, result.answer.message
    return sorted((int(r["line"]), r["itemLabel"]) for r in seed_rows(result))


@pytest.mark.parametrize(
    "question",
    [
        "令和4年1月から始まる予定のものは？",
        "2022年1月開始予定の取組",
        "４年１月より開始される予定の施策・取組",
        "令和4年1月にスタートする予定の取組を教えて",
    ],
)
def test_planned_to_start_in_a_month(indexed: Settings, question: str) -> None:
    result = ask(indexed, question)
    assert result.answer.kind == "period_begins_planned", result.answer.message
    found = _lines_labels(result)
    # line 34: 地震保険料控除証明書 「(3年10月～、4年1月～予定)」 and 寄附金控除証明書 「(4年1月～)」;
    # 医療費通知情報 starts 4年2月～ and is not asked
    assert [line for line, _ in found] == [34, 34]
    assert any("地震保険料控除証明書" in label for _, label in found)
    assert any(label.startswith("寄附金控除証明書") for _, label in found)


def test_planned_to_start_in_the_next_month(indexed: Settings) -> None:
    found = _lines_labels(ask(indexed, "令和4年2月から始まる予定の取組"))
    # line 34 医療費通知情報 (4年2月～), line 35 マイナポータル自己情報表示の前倒実現予定 (4年2月),
    # line 61 二次元コード付きの申請書等の送付 (4年2～3月実施予定)
    assert sorted({line for line, _ in found}) == [34, 35, 61]
    assert len(found) == 3


def test_from_a_month_on_is_still_a_period_running_on(indexed: Settings) -> None:
    """Without a verb of beginning, 「から」 keeps its period open: 4年2月 and 4年6月 are after 4年1月."""
    result = ask(indexed, "令和4年1月以降に予定されている取組")
    lines = {line for line, _ in _lines_labels(result)}
    assert {34, 35} <= lines


def _measures_with_a_named_law(settings: Settings) -> set[str]:
    query = (
        "SELECT DISTINCT ?m WHERE { ?m a pol:Measure ; pol:dependsOnLaw ?x .\n"
        "  { ?x a pol:Law } UNION { ?x a pol:LawBundle }\n"
        "  UNION { ?x pol:amendsLaw ?l } UNION { ?x a pol:LegislativeAction ; dcterms:isPartOf ?l } }"
    )
    return {r["m"] for r in ReadStore(settings.data_dir).select(query)}


@pytest.mark.parametrize(
    "question",
    ["根拠となる法令が示されていない施策は？", "法的根拠のない施策", "法律に基づいていない施策を一覧で"],
)
def test_an_act_without_a_laws_name_is_no_law(indexed: Settings, question: str) -> None:
    result = ask(indexed, question)
    assert result.answer.kind == "measures_without_law", result.answer.message
    labels = {label for _, label in _lines_labels(result)}
    # line 460: 「戸籍における法制化」 legislates without naming a law
    assert "戸籍における法制化" in labels
    # line 456: 「個人情報保護法制の見直し」 is read as amending 個人情報保護法
    assert "個人情報保護法制の見直し" not in labels
    assert not {row["item"].value for row in result.answer.rows} & _measures_with_a_named_law(indexed)


# The ✓ entries of the status tables (lines 21-98) by the theme of their issue: table ① lines 25-27
# theme 1 (4), line 28 (読み仮名, 5.4) theme 5 (2); ② lines 34-38 theme 2 (12); ③④ lines 44-54 theme 3
# (12); ⑤⑥ lines 60-63, 75-78, 82-83 theme 4 (15); ⑦ lines 89-91 theme 5 (7 + 2); ⑧ lines 97-98 theme 6 (5).
PROGRESS_PER_THEME = {"1": 4, "2": 12, "3": 12, "4": 15, "5": 9, "6": 5}


@pytest.mark.parametrize(
    "question", ["テーマ別の取組状況の件数", "分野ごとの進捗報告の数は？", "テーマ毎の進捗の件数を教えて"]
)
def test_progress_counted_per_theme(indexed: Settings, question: str) -> None:
    result = ask(indexed, question)
    assert result.answer.kind == "items_by_theme_count", result.answer.message
    counts = {
        r["themeNumber"].value: int(r["count"].value)
        for r in result.answer.rows
        if SEED_ID in r["theme"].value
    }
    assert counts == PROGRESS_PER_THEME
