"""Documents named as staff name them: by words of the title with the word of its kind said apart
(「自治体DX計画」 for 「自治体DX推進計画」); no store needed.

The documents are real public ones: 総務省「自治体DX推進計画」 and
国土交通省「インフラ分野のDXアクションプラン」.
"""

from __future__ import annotations

from datetime import date

import pytest

from kg.ask.documents import documents_named
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
