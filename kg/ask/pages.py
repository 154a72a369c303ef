"""One page of an answer: how many rows it has in all, and the rows from ``offset`` on.

Takes the store, a :class:`~kg.ask.outcomes.Reading`, the page wanted (``offset``,
``limit``) and the query limits; gives a :class:`Page`.

A long list (a kind with :class:`~kg.ask.kinds.Paged` keys) is read in two
queries, so that its cost grows with the page rather than with the answer: the
keys of every row (a scan of one or two indexes, no lookups per row), sorted here
as the whole query's ``ORDER BY`` sorts them, which gives the total; then the
rows of the page's keys in one query (``VALUES``), their labels, documents and
lines looked up for those rows alone.  Any other answer (one issue's progress,
the counts) is read whole and cut here; where its order is one :mod:`kg.ask.order`
can follow, it is read unordered and sorted here (the store's sort reads every IRI
or string it compares).  Either way the page's rows are those of the reading's whole
query, in its order.

>>> Page([], total=0).last
0
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kg.ask.order import order_of
from kg.ask.outcomes import Reading
from kg.errors import QueryError, UsageError
from kg.store.backend import GraphReader
from kg.store.checks import check_query

DEFAULT_PAGE_ROWS = 100
MAX_PAGE_ROWS = 1000
# An answer read whole is read unordered and sorted here up to this many times the most rows
# it may have (the rows past that are cut only once sorted).
UNORDERED_ROWS = 4

# Columns whose values are entities (the others are text, numbers and dates).
IRI_COLUMNS = frozenset({"item", "issue", "law", "area", "theme"})
# What may stand between <> in a query (RFC 3987's excluded characters left out).
_IRI = re.compile(r'[^<>"{}|^`\\\s]+')


@dataclass(frozen=True, slots=True)
class Cell:
    """One value of a row: an IRI or a literal."""

    type: str
    value: str

    def to_json(self) -> dict[str, str]:
        return {"type": self.type, "value": self.value}


@dataclass
class Page:
    """The rows of one page, how many there are in all, and whether the whole was cut."""

    rows: list[dict[str, Cell]]
    total: int
    offset: int = 0
    truncated: bool = False  # more than ``max_rows`` rows: ``total`` counts those read

    @property
    def last(self) -> int:
        """How many rows lie before the end of this page."""
        return self.offset + len(self.rows)


def check_window(offset: int, limit: int) -> None:
    """Refuse a page that cannot be: a negative offset, or a size outside 1 … MAX_PAGE_ROWS."""
    if offset < 0:
        raise UsageError(f"offset must be a whole number from 0, not {offset}")
    if not 1 <= limit <= MAX_PAGE_ROWS:
        raise UsageError(f"limit must be a whole number from 1 to {MAX_PAGE_ROWS}, not {limit}")


def read_page(
    store: GraphReader,
    reading: Reading,
    *,
    offset: int,
    limit: int,
    max_rows: int,
    max_query_bytes: int,
) -> Page:
    """The rows ``offset`` … ``offset + limit`` of ``reading``'s answer and its total.

    A page past the end of a non-empty answer is refused (:class:`UsageError`), so
    a link followed after the graph changed says so instead of showing nothing.
    """
    check_window(offset, limit)
    if reading.key_sparql is None or reading.detail_sparql is None:
        read = _read_sorted(store, reading.sparql, max_rows, max_query_bytes)
        rows, truncated = read or run_select(store, reading.sparql, max_rows, max_query_bytes)
        shown = [_cells(row, reading.columns) for row in rows[offset : offset + limit]]
        page = Page(shown, len(rows), offset, truncated)
    else:
        page = _keyed_page(store, reading, offset, limit, max_query_bytes)
    if offset and offset >= page.total:
        raise UsageError(f"offset {offset} is past the end of the answer ({page.total} rows)")
    return page


def run_select(
    store: GraphReader, sparql: str, max_rows: int, max_query_bytes: int
) -> tuple[list[dict[str, str]], bool]:
    """At most ``max_rows`` rows of a read-only SELECT, and whether more were cut.

    The rows stay plain strings: only the page shown is made into cells.
    """
    rows = _select(store, f"{sparql}\nLIMIT {max_rows + 1}", max_query_bytes)
    return rows[:max_rows], len(rows) > max_rows


def _read_sorted(
    store: GraphReader, sparql: str, max_rows: int, max_query_bytes: int
) -> tuple[list[dict[str, str]], bool] | None:
    """The rows :func:`run_select` gives, read without the query's ``ORDER BY`` and sorted here
    (:mod:`kg.ask.order`); None where that order cannot be followed here, or the rows would be
    more than ``UNORDERED_ROWS`` times ``max_rows`` (then the store sorts them and stops)."""
    order = order_of(sparql)
    if order is None:
        return None
    most = max_rows * UNORDERED_ROWS
    rows = _select(store, f"{order.unordered}\nLIMIT {most + 1}", max_query_bytes)
    if len(rows) > most:
        return None
    rows = order.sort(rows)
    return rows[:max_rows], len(rows) > max_rows


def _select(store: GraphReader, query: str, max_query_bytes: int) -> list[dict[str, str]]:
    # The query is one of the templates with IRIs of the store and checked months put in:
    # the token check suffices (rdflib's second opinion would cost more than the answer).
    checked = check_query(query, max_query_bytes, deep=False)
    if checked.form != "SELECT":
        raise QueryError("a question is answered by a SELECT query")
    return store.select(query)


def _cells(row: dict[str, str], columns: tuple[str, ...]) -> dict[str, Cell]:
    return {c: Cell("iri" if c in IRI_COLUMNS else "literal", row[c]) for c in columns if c in row}


def _keyed_page(store: GraphReader, reading: Reading, offset: int, limit: int, max_query_bytes: int) -> Page:
    assert reading.key_sparql is not None and reading.detail_sparql is not None
    names = reading.keys
    found = _select(store, reading.key_sparql, max_query_bytes)
    # Python compares strings by code point, as SPARQL's ORDER BY compares IRIs and plain literals.
    # (One key, the usual case, is sorted as strings: tuples for tens of thousands of rows cost more.)
    if len(names) == 1:
        ordered = sorted({row.get(names[0], "") for row in found})
        total = len(ordered)
        window: list[tuple[str, ...]] = [(key,) for key in ordered[offset : offset + limit]]
    else:
        keys = sorted({tuple(row.get(n, "") for n in names) for row in found})
        total = len(keys)
        window = keys[offset : offset + limit]
    if not window:
        return Page([], total, offset)
    entities = list(dict.fromkeys(key[0] for key in window))
    for iri in entities:
        if not _IRI.fullmatch(iri):
            raise QueryError(f"not an IRI to look up: {iri[:80]!r}")
    query = reading.detail_sparql.replace("%KEYS%", " ".join(f"<{iri}>" for iri in entities))
    details: dict[str, list[dict[str, str]]] = {}
    for row in _select(store, query, max_query_bytes):
        details.setdefault(row.get(names[0], ""), []).append(row)
    rows = []
    for key in window:
        for detail in sorted(details.get(key[0], []), key=lambda r: sorted(r.items())):
            rows.append(_cells({**detail, **dict(zip(names, key, strict=True))}, reading.columns))
    return Page(rows, total, offset)
