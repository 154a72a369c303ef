"""Facet counts agree with counts taken from the graph by SPARQL, and with counts over every hit."""

from __future__ import annotations

from collections import Counter

import pytest

from kg.rdf.namespaces import sparql_prologue
from kg.settings import Settings
from kg.store.reader import ReadStore
from search.engine import Filters, search
from search.index import FACETS, holder
from search.query import parse

ITEMS = "VALUES ?type { pol:Measure pol:ProgressUpdate pol:Issue pol:Goal pol:Target pol:Theme }"


def _select(settings: Settings, body: str) -> list[dict[str, str]]:
    return ReadStore(settings.data_dir).select(sparql_prologue() + body)


def test_type_counts_of_all_items_match_the_graph(indexed: Settings) -> None:
    rows = _select(
        indexed, f"SELECT ?type (COUNT(DISTINCT ?x) AS ?n) WHERE {{ {ITEMS} ?x a ?type }} GROUP BY ?type"
    )
    expected = {r["type"].rsplit("#", 1)[-1]: int(r["n"]) for r in rows}
    for kind, count in expected.items():
        result = search(indexed, "", Filters.of(types=[kind]), page_size=1)
        assert result.total == count, kind
        assert result.facets["type"] == {kind: count}


def test_law_counts_match_the_graph(indexed: Settings) -> None:
    # the graph contract: members of a bundle count for the bundle
    rows = _select(
        indexed,
        """SELECT ?label (COUNT(DISTINCT ?item) AS ?n) WHERE {
             { ?item pol:dependsOnLaw ?law } UNION { ?item pol:dependsOnLaw ?m . ?m dcterms:isPartOf ?law }
             ?law rdfs:label ?label FILTER NOT EXISTS { ?law a pol:LegislativeAction } } GROUP BY ?label""",
    )
    expected = {r["label"]: int(r["n"]) for r in rows}
    result = search(indexed, "", Filters.of(types=["Measure", "ProgressUpdate", "Issue"]), page_size=1)
    assert result.facets["law"] == {k: v for k, v in expected.items() if v}
    assert result.facets["law"]["デジタル改革関連法"] >= 6


def test_counts_for_a_query_match_the_graph(indexed: Settings) -> None:
    result = search(indexed, "デジタル改革関連法", Filters.of(types=["ProgressUpdate"]), page_size=50)
    iris = {h.iri for h in result.hits}
    assert len(iris) == result.total
    values = " ".join(f"<{i}>" for i in iris)
    rows = _select(
        indexed,
        f"""SELECT ?label (COUNT(DISTINCT ?x) AS ?n) WHERE {{ VALUES ?x {{ {values} }}
              ?x pol:involvesAgency/rdfs:label ?label }} GROUP BY ?label""",
    )
    assert result.facets["agency"] == {r["label"]: int(r["n"]) for r in rows}
    rows = _select(
        indexed,
        f"""SELECT ?n (COUNT(DISTINCT ?x) AS ?c) WHERE {{ VALUES ?x {{ {values} }}
              ?x pol:addressesIssue/pol:number ?n }} GROUP BY ?n""",
    )
    assert result.facets["issue"] == {r["n"]: int(r["c"]) for r in rows}


def test_year_counts_match_the_graph(indexed: Settings) -> None:
    rows = _select(
        indexed,
        f"""SELECT ?y (COUNT(DISTINCT ?x) AS ?n) WHERE {{ {ITEMS} ?x a ?type ; pol:when/pol:start ?s
              BIND(SUBSTR(STR(?s), 1, 4) AS ?y) }} GROUP BY ?y""",
    )
    expected = {r["y"]: int(r["n"]) for r in rows}
    result = search(
        indexed, "", Filters.of(types=["Measure", "ProgressUpdate", "Issue", "Goal", "Target", "Theme"])
    )
    assert result.facets["year"] == expected


def _stored_counts(settings: Settings, docnums: set[int]) -> dict[str, dict[str, int]]:
    """Each facet value counted over the stored fields of ``docnums``, one document at a time."""
    counts: dict[str, Counter[str]] = {name: Counter() for name in FACETS}
    with holder(settings.data_dir).searcher() as (_, searcher):
        for docnum in docnums:
            stored = searcher.stored_fields(docnum)
            for name in FACETS:
                counts[name].update(v for v in str(stored.get(name) or "").split(",") if v)
    return {name: dict(c) for name, c in counts.items()}


@pytest.mark.parametrize("query", ["マイナンバー", "デジタル庁", "登記", "健診 -学校"])
def test_counts_for_a_query_equal_a_count_over_every_hit(indexed: Settings, query: str) -> None:
    with holder(indexed.data_dir).searcher() as (index, searcher):
        matched = {
            docnum for _, docnum in searcher.search(parse(query, index.synonyms).query, limit=None).top_n
        }
    result = search(indexed, query, page_size=1)
    assert result.total == len(matched) > 0
    assert result.facets == _stored_counts(indexed, matched)


@pytest.mark.parametrize(
    "kinds",
    [
        ["Measure"],
        ["Paragraph", "Section"],
        # more than half of all passages: counted as the totals less the passages left out
        ["Paragraph", "Section", "Measure", "ProgressUpdate", "Issue", "Goal", "Target", "Theme"],
    ],
)
def test_counts_for_filters_equal_a_count_over_every_passage_they_allow(
    indexed: Settings, kinds: list[str]
) -> None:
    with holder(indexed.data_dir).searcher() as (_, searcher):
        everything = searcher.doc_count_all()
        allowed = {d for d in range(everything) if searcher.stored_fields(d)["type"] in kinds}
    result = search(indexed, "", Filters.of(types=kinds), page_size=1)
    assert result.total == len(allowed) > 0
    assert result.facets == _stored_counts(indexed, allowed)
    if len(kinds) > 2:
        assert 2 * len(allowed) > everything
