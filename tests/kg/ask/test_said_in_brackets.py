"""A document or the whole said in brackets after a question: its publisher (「（国土交通省）」) where
its identifier is long, a body's Latin initials (「（TF）」 for 「…タスクフォース…」), and 「（全部）」;
no store needed.

The documents are real public ones: 国土交通省「インフラ分野のDXアクションプラン」 and
「データ戦略タスクフォース 第一次とりまとめ」.
"""

from __future__ import annotations

from datetime import date

from kg.ask.documents import documents_named
from kg.ask.names import Lexicon
from kg.ask.outcomes import Reading
from kg.ask.reading import read_question
from kg.ask.text import core

MLIT_PLAN = "https://w3id.org/policykg/id/doc/mlit-infrastructure-dx-action-plan-2022-03-31"
DATA_TF = "https://w3id.org/policykg/id/doc/data-strategy-tf-2020-12"
DOCUMENTS = [
    (
        MLIT_PLAN,
        "インフラ分野のDXアクションプラン",
        "mlit-infrastructure-dx-action-plan-2022-03-31",
        "国土交通省",
    ),
    (DATA_TF, "データ戦略タスクフォース第一次とりまとめ", "data-strategy-tf-2020-12", "デジタル庁"),
]
TODAY = date(2022, 5, 9)


def test_a_publisher_in_brackets_keeps_the_question_to_a_document_with_a_long_identifier() -> None:
    outcome = read_question("法改正の取組（国土交通省）", Lexicon([], documents=DOCUMENTS), TODAY)
    assert isinstance(outcome, Reading) and outcome.kind.endswith("_in_document"), outcome
    assert f"<{MLIT_PLAN}>" in outcome.sparql and f"<{DATA_TF}>" not in outcome.sparql


def test_a_body_said_by_its_latin_initials() -> None:
    lexicon = Lexicon([], documents=DOCUMENTS)
    (found,) = documents_named("tfとりまとめ", lexicon.documents, lexicon.publishers)
    assert found.iri == DATA_TF
    outcome = read_question("法改正の取組一覧（TF）", lexicon, TODAY)
    assert isinstance(outcome, Reading) and outcome.kind.endswith("_in_document"), outcome
    assert f"<{DATA_TF}>" in outcome.sparql and f"<{MLIT_PLAN}>" not in outcome.sparql
    # initials no title's body has name no document
    assert documents_named("wgとりまとめ", lexicon.documents, lexicon.publishers) == ()


def test_all_in_brackets_asks_for_the_list_whole() -> None:
    assert core("デジタル庁が関わる取組（全部）") == "デジタル庁が関わる取組"
    said = "地方公共団体情報システム機構が関与する施策"
    assert core(f"{said}（すべて）") == said
