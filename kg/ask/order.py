"""Rows sorted here as a query's ``ORDER BY`` sorts them, so the store need not.

Takes a query (a reading's whole query) and, once it has run without its ``ORDER BY``,
its rows as plain strings; gives the rows in the order the query states.

Oxigraph compares two IRIs or strings of an ``ORDER BY`` by reading both from its
dictionary of terms at every comparison, so sorting the 18,000 rows of the counts per
issue of 1,000 documents (most tied on the count and the issue's number, so compared on
the issue's IRI) cost more than the counting itself.  Read unordered, the rows come at
the cost of reading them out once, and Python sorts them.

Only an order Python can follow exactly is taken over: the query's one ``ORDER BY``, every
term a variable, ascending or ``DESC``, that a ``COUNT`` binds or that holds by its name an
item's line (compared as numbers), or IRIs or plain text (an entity,
a label, an issue's or theme's number, a document's identifier: compared by code point, as
SPARQL compares IRIs and strings); unbound first.  Rows tied on every term keep one fixed
order (by their values, in the order of the query's columns), which the query leaves open.

The statistics tables are left to the store: they sort on a figure and an area's name, both
short enough for Oxigraph to hold them in the row itself, so its sort reads no dictionary,
while reading every row out to sort it here (23,500 rows for the prefectures' rates, of which
an answer keeps 10,000) cost more.

>>> query = "SELECT ?issue (COUNT(?i) AS ?count) WHERE {} GROUP BY ?issue"
>>> order = order_of(query + " ORDER BY DESC(?count) ?issue")
>>> order.sort([{"issue": "b", "count": "2"}, {"issue": "a", "count": "10"}, {"issue": "a", "count": "2"}])
[{'issue': 'a', 'count': '10'}, {'issue': 'a', 'count': '2'}, {'issue': 'b', 'count': '2'}]
>>> order_of("SELECT ?area ?rate WHERE { } ORDER BY DESC(?rate) ?area") is None
True
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

# Columns holding IRIs (compared as their strings) or plain text, by their names in the templates:
# entities, an item's type, an issue's or theme's number, a document's identifier.
TEXT_COLUMNS = frozenset(
    {"item", "issue", "law", "area", "theme", "agency", "type", "number", "themeNumber", "document"}
)
# Columns holding numbers the build types xsd:integer (kg.rdf): an item's line.
NUMBER_COLUMNS = frozenset({"line"})

_TERM = r"(?:(?:DESC|ASC)\(\?\w+\)|\?\w+)"
_ORDER_RE = re.compile(rf"\s*\bORDER BY\s+({_TERM}(?:\s+{_TERM})*)\s*$")
_TERM_RE = re.compile(r"(DESC|ASC)?\(?\?(\w+)\)?")
_COUNT_RE = re.compile(r"\(COUNT\((?:DISTINCT\s+)?(?:\?\w+|\*)\)\s+AS\s+\?(\w+)\)")


@dataclass(frozen=True, slots=True)
class Order:
    """A query without its ``ORDER BY``, and that order: (variable, descending, numeric) terms."""

    unordered: str
    terms: tuple[tuple[str, bool, bool], ...]

    def sort(self, rows: list[dict[str, str]]) -> list[dict[str, str]]:
        """``rows`` in the query's order (a stable sort per term, the last term first)."""
        out = sorted(rows, key=lambda row: tuple(row.values()))  # ties: by their values, column by column
        for name, descending, numeric in reversed(self.terms):
            out.sort(key=_number_key(name) if numeric else _text_key(name), reverse=descending)
        return out


def split_order(sparql: str) -> tuple[str, tuple[str, ...]]:
    """``sparql`` without the ``ORDER BY`` it ends with, and that clause's terms (none: ``()``)."""
    m = _ORDER_RE.search(sparql)
    if m is None:
        return sparql, ()
    return sparql[: m.start()], tuple(t[0] for t in _TERM_RE.finditer(m[1]))


def order_of(sparql: str) -> Order | None:
    """The order ``sparql`` ends with, if Python can follow it exactly (see above), else None."""
    unordered, said = split_order(sparql)
    if not said or sparql.count("ORDER BY") > 1:
        return None  # an ordered sub-select (a cut's): its order carries into ties of the whole
    numbers = set(_COUNT_RE.findall(sparql)) | NUMBER_COLUMNS
    terms = []
    for t in map(_TERM_RE.fullmatch, said):
        assert t is not None  # each term is one _TERM_RE found
        name = t[2]
        if name not in numbers and name not in TEXT_COLUMNS and not name.endswith("Label"):
            return None
        terms.append((name, t[1] == "DESC", name in numbers))
    return Order(unordered, tuple(terms))


def _number_key(name: str) -> Callable[[dict[str, str]], tuple[bool, Decimal]]:
    return lambda row: (name in row, _number(row.get(name, "0")))


def _text_key(name: str) -> Callable[[dict[str, str]], tuple[bool, str]]:
    return lambda row: (name in row, row.get(name, ""))


def _number(value: str) -> Decimal:
    try:
        return Decimal(value)
    except InvalidOperation:
        return Decimal(0)
