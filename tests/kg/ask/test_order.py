"""Rows sorted as a query's ORDER BY sorts them (kg/ask/order.py), checked against Oxigraph itself.

A small graph of issues with counts that tie, numbers that compare differently as text and as
numbers (「1.10」 before 「1.9」 as text), Japanese labels, one issue without a label and lines
(9 before 10): each query is run ordered by the store and unordered then sorted here, and the two must
give the same rows in the same order (no two rows here tie on every term).
"""

from __future__ import annotations

import pyoxigraph as ox
import pytest

from kg.ask.order import order_of

EX = "https://example.org/"
POL = "https://w3id.org/policykg/ontology#"
INTEGER = ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer")
LABEL = ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label")

# issue → (its number, its label or None, the items addressing it, its line)
ISSUES = {
    "i1": ("1.9", "住民票の写し", 3, "10"),
    "i2": ("1.10", "マイナンバーカード", 3, "9"),
    "i3": ("2.1", "戸籍", 10, "10"),
    "i4": ("1.10", "Ａ全角", 2, "100"),
    "i5": ("2.1", None, 2, "1"),
    "i6": ("3", "abc", 0, "010"),
}


@pytest.fixture(scope="module")
def store() -> ox.Store:
    s = ox.Store()
    for key, (number, label, items, line) in ISSUES.items():
        issue = ox.NamedNode(EX + key)
        s.add(ox.Quad(issue, ox.NamedNode(POL + "number"), ox.Literal(number)))
        s.add(ox.Quad(issue, ox.NamedNode(POL + "line"), ox.Literal(line, datatype=INTEGER)))
        s.add(ox.Quad(issue, ox.NamedNode(POL + "kind"), ox.NamedNode(POL + "Issue")))
        if label is not None:
            s.add(ox.Quad(issue, LABEL, ox.Literal(label, language="ja")))
        for n in range(items):
            s.add(ox.Quad(ox.NamedNode(f"{EX}{key}/item{n}"), ox.NamedNode(POL + "addresses"), issue))
    return s


def rows(store: ox.Store, sparql: str) -> list[dict[str, str]]:
    result = store.query(sparql, prefixes={"pol": POL, "rdfs": "http://www.w3.org/2000/01/rdf-schema#"})
    assert isinstance(result, ox.QuerySolutions)
    names = [v.value for v in result.variables]
    return [
        {n: t.value for n, t in zip(names, solution, strict=True) if t is not None} for solution in result
    ]


COUNTS = """SELECT ?issue ?number ?issueLabel (COUNT(?item) AS ?count) WHERE {
  ?issue pol:kind pol:Issue ; pol:number ?number .
  OPTIONAL { ?issue rdfs:label ?issueLabel }
  OPTIONAL { ?item pol:addresses ?issue }
} GROUP BY ?issue ?number ?issueLabel"""
LINES = """SELECT ?issue ?issueLabel ?line WHERE {
  ?issue pol:line ?line . OPTIONAL { ?issue rdfs:label ?issueLabel }
}"""


@pytest.mark.parametrize(
    "query",
    [
        COUNTS + " ORDER BY DESC(?count) ?number ?issue",
        COUNTS + " ORDER BY ?count ?issue",
        COUNTS + " ORDER BY ?number DESC(?issue)",
        COUNTS + " ORDER BY ?issueLabel",  # unbound first
        COUNTS + " ORDER BY DESC(?issueLabel)",  # unbound last
        LINES + " ORDER BY DESC(?line) ?issueLabel",  # 10 and 010 are one number
        LINES + " ORDER BY ?line ?issue",
    ],
)
def test_sorted_here_as_the_store_sorts(store: ox.Store, query: str) -> None:
    order = order_of(query)
    assert order is not None
    assert "ORDER BY" not in order.unordered
    assert order.sort(rows(store, order.unordered)) == rows(store, query)


def test_the_counts_compare_as_numbers_and_the_numbers_as_text(store: ox.Store) -> None:
    order = order_of(COUNTS + " ORDER BY DESC(?count) ?number")
    assert order is not None
    ranked = [(r["count"], r["number"]) for r in order.sort(rows(store, order.unordered))]
    assert ranked == [("10", "2.1"), ("3", "1.10"), ("3", "1.9"), ("2", "1.10"), ("2", "2.1"), ("0", "3")]


@pytest.mark.parametrize(
    "query",
    [
        LINES,  # no order at all
        LINES + " ORDER BY DESC(?rate)",  # a statistics figure: the store sorts those
        COUNTS + " ORDER BY ?date",  # a column of unknown type
        COUNTS + " ORDER BY STR(?issue)",  # an expression
        COUNTS + " ORDER BY ?count LIMIT 3",  # a limit after the order
        f"SELECT ?count WHERE {{ {{ {COUNTS} ORDER BY ?count LIMIT 2 }} }} ORDER BY ?count",  # nested order
    ],
)
def test_orders_not_followed_here_are_left_to_the_store(query: str) -> None:
    assert order_of(query) is None
