"""Questions said politely or with the order of their rows after them; no store needed."""

from __future__ import annotations

from datetime import date

from kg.ask.entities import Entity
from kg.ask.names import Lexicon
from kg.ask.outcomes import Reading
from kg.ask.reading import read_question

TODAY = date(2024, 5, 9)
LAW = Entity("https://w3id.org/policykg/id/law/road-traffic-act", "law", "道路交通法")
ISSUE = Entity("https://w3id.org/policykg/id/doc/a/issue/1.2", "issue", "二次交通の予約の電子化")


def test_where_a_law_is_written_asked_politely() -> None:
    outcome = read_question(
        "道交法はどこに書いてありますか", Lexicon([(LAW, "道路交通法"), (LAW, "道交法")]), TODAY
    )
    assert isinstance(outcome, Reading) and outcome.kind == "mentions", outcome


def test_the_results_of_an_issue_in_date_order() -> None:
    # 実績 after an issue's number is its progress, the order of the rows said after it
    outcome = read_question("課題１－２の取組実績を時系列で", Lexicon([], [(ISSUE, "1.2")]), TODAY)
    assert isinstance(outcome, Reading) and outcome.kind == "issue_progress", outcome
