"""Documents named as staff name them: by words of the title with the word of its kind said apart
(「自治体DX計画」 for 「自治体DX推進計画」); no store needed.

The documents are real public ones: 総務省「自治体DX推進計画」 and
国土交通省「インフラ分野のDXアクションプラン」.
"""

from __future__ import annotations

from datetime import date

import pytest

from kg.ask.documents import documents_named
from kg.ask.entities import Entity
from kg.ask.names import Lexicon
from kg.ask.outcomes import Reading
from kg.ask.reading import read_question

LOCAL_DX = "https://w3id.org/policykg/id/doc/local-dx-plan"
MLIT_PLAN = "https://w3id.org/policykg/id/doc/mlit-infra-dx-action-plan"
DOCUMENTS = [
    (LOCAL_DX, "自治体DX推進計画", "local-dx-plan", "総務省"),
    (MLIT_PLAN, "インフラ分野のDXアクションプラン", "mlit-infra-dx-action-plan", "国土交通省"),
]
TODAY = date(2022, 5, 9)


def test_a_word_of_the_kind_said_straight_after_the_title_words() -> None:
    lexicon = Lexicon([], documents=DOCUMENTS)
    (found,) = documents_named("自治体dx計画", lexicon.documents, lexicon.publishers)
    assert found.iri == LOCAL_DX
    # words no title holds name no document
    assert documents_named("自治体防災計画", lexicon.documents, lexicon.publishers) == ()


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("自治体DX計画の課題", "issue_list_in_document"),
        ("自治体DX計画で進捗のない課題", "issues_without_progress_in_document"),
    ],
)
def test_a_document_named_by_title_words_and_its_kind(question: str, kind: str) -> None:
    outcome = read_question(question, Lexicon([], documents=DOCUMENTS), TODAY)
    assert isinstance(outcome, Reading) and outcome.kind == kind, outcome
    assert f"<{LOCAL_DX}>" in outcome.sparql and f"<{MLIT_PLAN}>" not in outcome.sparql


def test_the_legislative_actions_of_a_document() -> None:
    lexicon = Lexicon([], documents=DOCUMENTS)
    for question in (
        "自治体DX計画の法制上の措置",
        "自治体DX推進計画で法改正や立法措置として書かれているものは？",
    ):
        outcome = read_question(question, lexicon, TODAY)
        assert isinstance(outcome, Reading) and outcome.kind == "act_list_in_document", question
        assert "pol:LegislativeAction" in outcome.sparql and f"<{LOCAL_DX}>" in outcome.sparql
    # the class alone, typed with no word asking for a list, is a word to search for
    assert not isinstance(read_question("法改正", lexicon, TODAY), Reading)


def test_a_ranking_cut_short_within_a_document() -> None:
    # the first within the plan: its items counted, and the first taken among the plan's counts too
    outcome = read_question(
        "自治体DX計画で最も多くの施策に関わっている省庁", Lexicon([], documents=DOCUMENTS), TODAY
    )
    assert isinstance(outcome, Reading) and outcome.kind == "agency_ranking_cut_in_document", outcome
    assert outcome.sparql.count(f"<{LOCAL_DX}>") == 2 and "AS ?cut)" in outcome.sparql


def test_a_ranking_by_how_often_a_body_takes_part() -> None:
    outcome = read_question("自治体DX計画で関与の多い省庁ランキング", Lexicon([], documents=DOCUMENTS), TODAY)
    assert isinstance(outcome, Reading) and outcome.kind == "agency_ranking_in_document", outcome


def test_a_document_named_by_its_publisher_just_before_the_class() -> None:
    # 総務省 publishes one plan here: 「…に関係する総務省の施策」 is that plan's
    law = Entity(
        "https://w3id.org/policykg/id/law/local-gov-systems",
        "law",
        "地方公共団体情報システムの標準化に関する法律",
    )
    lexicon = Lexicon([(law, law.label), (law, "自治体システム標準化法")], documents=DOCUMENTS)
    outcome = read_question("自治体システム標準化法に関係する総務省の施策", lexicon, TODAY)
    assert isinstance(outcome, Reading) and outcome.kind.endswith("_in_document"), outcome
    assert f"<{LOCAL_DX}>" in outcome.sparql and f"<{law.iri}>" in outcome.sparql


@pytest.mark.parametrize(
    "question", ["デジタル改革関連法って、どの法律が入ってるの", "デジタル改革関連法ってどの法律？"]
)
def test_a_bundle_asked_as_which_laws_it_is(question: str) -> None:
    bundle = Entity(
        "https://w3id.org/policykg/id/law/digital-reform-acts", "law", "デジタル改革関連法", bundle=True
    )
    outcome = read_question(question, Lexicon([(bundle, bundle.label)]), TODAY)
    assert isinstance(outcome, Reading) and outcome.kind == "law_members", outcome


def test_the_basic_goals_of_a_document_are_its_goals() -> None:
    outcome = read_question("自治体DX推進計画の基本目標は", Lexicon([], documents=DOCUMENTS), TODAY)
    assert isinstance(outcome, Reading) and outcome.kind == "goal_list_in_document", outcome
