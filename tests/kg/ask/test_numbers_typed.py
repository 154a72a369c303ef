"""A plan's themes and issues asked by their numbers in the forms staff type, over the graph built from
a plan that numbers them with their words (「重点分野3」, 「課題3-1」): pol:number holds the number alone,
skos:notation the number as written."""

from __future__ import annotations

import datetime as dt

import pyoxigraph as ox
import pytest

from kg.ask.names import Lexicon
from kg.ask.text import fold
from kg.extract.extraction import extract
from kg.rdf.mapping import build_graph
from kg.rdf.namespaces import POL, SKOS
from kg.rdf.triples import DocumentMeta
from kg.read import read_string
from kg.track.editions import OxigraphSelects

PLAN = """\
# 学校の情報化推進計画

## 重点分野1　端末の整備

### 課題1-1　端末の更新が遅れている

- 端末を計画的に更新する

## 重点分野2　校内ネットワークの改善

### 課題2-1　授業中の通信が遅い

- 回線の速度を測定する

## 重点分野3　教育データの活用

### 課題3-1　データが学校ごとに分かれている

- データの形式をそろえる
"""
DOC = "https://w3id.org/policykg/id/doc/school-plan"


@pytest.fixture(scope="module")
def lexicon() -> Lexicon:
    doc = read_string(PLAN, suffix=".md")
    date = dt.date(2025, 4, 1)
    meta = DocumentMeta(
        "school-plan", "学校の情報化推進計画", None, date, None, None, "plan.md", "sha256:plan"
    )
    graph = build_graph(meta, doc, extract(doc, date, use_parser=False))
    numbered = {(str(graph.value(s, SKOS.notation)), str(n)) for s, n in graph.subject_objects(POL.number)}
    # read off the plan: each number alone, with its word as written
    assert numbered == {
        ("重点分野1", "1"),
        ("重点分野2", "2"),
        ("重点分野3", "3"),
        ("課題1-1", "1-1"),
        ("課題2-1", "2-1"),
        ("課題3-1", "3-1"),
    }
    store = ox.Store()
    store.load(graph.serialize(format="nt").encode(), ox.RdfFormat.N_TRIPLES)
    return Lexicon.from_store(OxigraphSelects(store))


@pytest.mark.parametrize("question", ["重点分野3の課題", "重点分野３の課題", "分野３の課題", "テーマ3の課題"])
def test_a_theme_asked_by_its_number_with_or_without_its_word(lexicon: Lexicon, question: str) -> None:
    (found,) = lexicon.find_themes(fold(question))
    assert [e.label for e in found.candidates] == ["教育データの活用"]


@pytest.mark.parametrize(
    "question", ["課題3-1の施策", "課題３－１の施策", "3-1の施策", "３．１の施策", "3.1の施策"]
)
def test_an_issue_asked_by_its_number_in_any_form(lexicon: Lexicon, question: str) -> None:
    (found,) = lexicon.find_issues(fold(question))
    assert [e.label for e in found.candidates] == ["データが学校ごとに分かれている"]
    assert all(e.iri.startswith(DOC) for e in found.candidates)
