"""Documents named by their publisher, an abbreviation of it or a place, and the kind of document said
another way (「国交省の行動計画」 for 国土交通省's 「インフラ分野のDXアクションプラン」); no store needed.

The documents are real public ones: 国土交通省「インフラ分野のDXアクションプラン」, 長野県「長野県DX戦略」 and
「教育データ利活用ロードマップ」 of デジタル庁, 総務省, 文部科学省 and 経済産業省 together.
"""

from __future__ import annotations

from datetime import date

import pytest

from kg.ask.entities import Entity
from kg.ask.names import Lexicon
from kg.ask.outcomes import Reading
from kg.ask.publishers import publisher_names
from kg.ask.reading import read_question

MLIT_PLAN = "https://w3id.org/policykg/id/doc/mlit-infra-dx-action-plan"
NAGANO = "https://w3id.org/policykg/id/doc/nagano-dx-strategy"
ROADMAP = "https://w3id.org/policykg/id/doc/education-data-roadmap"
JOINT = "デジタル庁・総務省・文部科学省・経済産業省"
DOCUMENTS = [
    (MLIT_PLAN, "インフラ分野のDXアクションプラン", "mlit-infra-dx-action-plan", "国土交通省"),
    (NAGANO, "長野県DX戦略", "nagano-dx-strategy", "長野県"),
    (ROADMAP, "教育データ利活用ロードマップ", "education-data-roadmap", JOINT),
]
TODAY = date(2022, 5, 9)


def test_a_publisher_is_asked_by_its_abbreviation_and_a_prefecture_without_its_suffix() -> None:
    assert publisher_names("国土交通省") == ("国土交通省", "国交省")  # the agency gazetteer's abbreviation
    assert publisher_names("長野県") == ("長野県", "長野")
    assert publisher_names("北海道") == ("北海道",)  # 道 is part of the name
    assert "文科省" in publisher_names(JOINT)
    # a unit is asked by its body's names too
    assert publisher_names("長野県企画振興部") == ("長野県企画振興部", "長野県", "長野")
    assert publisher_names("国土交通省総合政策局")[1:] == ("国土交通省", "国交省")
    # a municipality by its name and with its prefecture, not by its prefecture alone
    assert publisher_names("長野県松本市") == ("長野県松本市", "松本市")


@pytest.mark.parametrize(
    ("question", "document", "kind"),
    [
        ("国交省の行動計画の課題", MLIT_PLAN, "issue_list_in_document"),  # 行動計画 is an アクションプラン
        ("国交省の行動計画で進捗のない課題", MLIT_PLAN, "issues_without_progress_in_document"),
        ("国土交通省のアクションプランの施策一覧", MLIT_PLAN, "items_within_in_document"),
        ("国交省の行動計画　課題", MLIT_PLAN, "issue_list_in_document"),
        ("長野県の戦略の施策", NAGANO, "items_within_in_document"),
        ("長野の戦略　目標", NAGANO, "goal_list_in_document"),
        ("文科省のロードマップの課題", ROADMAP, "issue_list_in_document"),
        ("経産省の工程表の課題", ROADMAP, "issue_list_in_document"),  # 工程表 is a ロードマップ
        # 計画 said of the one plan the publisher issued (a 戦略, a ロードマップ), none titled 計画
        ("長野県の計画の課題", NAGANO, "issue_list_in_document"),
        ("文科省の計画の課題", ROADMAP, "issue_list_in_document"),
    ],
)
def test_a_document_named_by_its_publisher(question: str, document: str, kind: str) -> None:
    outcome = read_question(question, Lexicon([], documents=DOCUMENTS), TODAY)
    assert isinstance(outcome, Reading) and outcome.kind == kind, outcome
    assert f"<{document}>" in outcome.sparql
    assert all(f"<{other}>" not in outcome.sparql for other, *_ in DOCUMENTS if other != document)


@pytest.mark.parametrize(
    "question",
    [
        "京都の戦略の課題",  # 京都 is within 東京都, but names no publisher here
    ],
)
def test_a_kind_of_document_no_title_of_the_publisher_says_is_no_document(question: str) -> None:
    documents = [*DOCUMENTS, ("https://w3id.org/policykg/id/doc/x", "東京都DX推進戦略", "x", "東京都")]
    outcome = read_question(question, Lexicon([], documents=documents), TODAY)
    assert not (isinstance(outcome, Reading) and outcome.kind.endswith("_in_document")), outcome


def test_an_agency_without_the_document_asked_for_is_no_agency_answer() -> None:
    # 国土交通省 is in the graph, but no document of it is: its plan is not its measures
    mlit = Entity("https://w3id.org/policykg/id/agency/mlit", "agency", "国土交通省")
    lexicon = Lexicon([(mlit, "国土交通省"), (mlit, "国交省")], documents=DOCUMENTS[1:])
    for question in ("国交省の行動計画の施策", "国交省の行動計画で進捗のない課題", "国交省の計画の課題"):
        assert not isinstance(read_question(question, lexicon, TODAY), Reading), question
