"""What was done in a month: the dates that place an item in that month, not a year that holds it.

A date written to the fiscal year alone (「令和3年度」, line 90's 一括計上; 「令和2、3年度」, line 61) or
running on from it (「令和3年度～」, line 38) says the work falls in that year, not in which month:
asked about a month (or a few), it is not an answer; asked about a year or more, it is.  A date that
runs on (「（2年9月～）」, line 37) counts in the month it starts, for what is in a period too.
The expected lines are read from the seed report.
"""

from __future__ import annotations

from kg.settings import Settings
from search.ask import answer_question

ALL = 1000


def _lines(settings: Settings, question: str, kind: str) -> set[int]:
    answer = answer_question(settings, question, limit=ALL).answer
    assert answer.kind == kind, answer.message
    return {int(row["line"].value) for row in answer.rows}


def _labels(settings: Settings, question: str) -> set[str]:
    answer = answer_question(settings, question, limit=ALL).answer
    assert answer.kind == "period_items", answer.message
    return {row["itemLabel"].value for row in answer.rows}


def test_a_month_holds_the_dates_written_in_it(indexed: Settings) -> None:
    # 3年5月: 成立 (line 36), オンライン申請サービスの提供が可能 (44), 法改正を実施 (45),
    # 公的個人認証法改正 (46)
    lines = _lines(indexed, "2021年5月に実施された取組", "period_done")
    assert {36, 44, 45, 46} <= lines
    # 令和3年度 (line 90), 令和2、3年度 (line 61) and 令和3年度～ (line 38) do not say May
    assert not lines & {38, 61, 90}


def test_a_fiscal_year_date_counts_for_a_year(indexed: Settings) -> None:
    lines = _lines(indexed, "令和3年度に実施された取組", "period_done")
    assert {38, 61, 90} <= lines


def test_the_same_month_asked_other_ways(indexed: Settings) -> None:
    for question in ("R3年9月に実施されたこと", "令和３年９月に行われた取組", "2021年9月に実施された取組"):
        lines = _lines(indexed, question, "period_done")
        # 3年9月: 施行 (line 25), 法制審議会に諮問 (28), 府令改正 (35), デジタル庁の設置 (89)
        assert {25, 28, 35, 89} <= lines, question
        assert not lines & {38, 61, 90}, question
    # 施策: the measures, none of which is dated in 3年9月 (all four above are status rows)
    assert _lines(indexed, "2021年9月に実施された施策", "period_done") == set()


def test_what_runs_on_counts_where_it_starts(indexed: Settings) -> None:
    # line 37: 「GIGAスクール：実証研究事業の実施(2年9月～)」 started in September 2020
    giga = "GIGAスクール：実証研究事業の実施"
    assert not any(label.startswith(giga) for label in _labels(indexed, "2021年3月の取組"))
    assert any(label.startswith(giga) for label in _labels(indexed, "2020年9月の取組"))
    # line 91's 「2年7月～3年3月」 ends in March 2021 (デジタル活用支援の実証); line 38's 令和2年度
    # does not say March
    march = _lines(indexed, "2021年3月の取組", "period_items")
    assert 91 in march
    assert not march & {38, 61}
