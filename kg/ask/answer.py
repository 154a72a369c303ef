"""A question answered from the store: read, turned into SPARQL, run read-only within the limits.

Takes the read-only store (:class:`kg.store.backend.GraphReader`: the embedded store
or a remote SPARQL server), the question, the most
rows to return and, optionally, synonym groups; gives an :class:`Answer`
holding how the question was read, the query and its rows — or, when the
question was not understood, names something the graph does not hold, or
names two things at once, one line saying so (and the candidates).

The answer is one page of rows (``offset``, ``limit``) with the total number of
rows (:mod:`kg.ask.pages`: a long list is read as its keys and the page's rows).
The queries pass the same checks as ``policykg sparql`` and ``/sparql``
(:func:`kg.store.checks.check_query`: read-only, offline, at most ``max_query_bytes``);
an answer read whole is cut at ``max_rows`` (with a LIMIT, so a remote server stops too).

>>> Answer("？", False, message="質問の形を読み取れませんでした").to_json()["understood"]
False
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from kg.ask.called import kept_to_themes_so_called
from kg.ask.entities import Entity
from kg.ask.names import Lexicon
from kg.ask.outcomes import Ambiguous, NotUnderstood, Reading, UnknownName
from kg.ask.pages import DEFAULT_PAGE_ROWS, Cell, check_window, read_page
from kg.ask.reading import read_question
from kg.ask.units import kept_to_the_agency_itself
from kg.store.backend import GraphReader

__all__ = ["Answer", "Cell", "ask", "latest_document_date"]

# The documents and the dates issued each read whole and joined by hash: one lookup of the date
# per document cost 10-40 ms at 1,000 documents, on every question; this 1-2 ms.
LATEST_DATE_QUERY = (
    "SELECT (MAX(STR(?issued)) AS ?date) WHERE {\n"
    "  { SELECT ?doc WHERE { ?doc a pol:Document } }\n"
    "  { SELECT ?doc ?issued WHERE { ?doc dcterms:issued ?issued } }\n}"
)


@dataclass
class Answer:
    """What the asker says back: an answer with its query, or why there is none."""

    question: str
    understood: bool
    reading: str | None = None
    kind: str | None = None
    sparql: str | None = None
    columns: list[str] = field(default_factory=list)
    rows: list[dict[str, Cell]] = field(default_factory=list)  # one page of them
    truncated: bool = False  # the whole answer had more than max_rows rows: total counts those
    total: int = 0  # rows in the whole answer
    offset: int = 0  # rows before this page
    limit: int = DEFAULT_PAGE_ROWS  # the most rows a page holds
    message: str | None = None
    candidates: list[Entity] = field(default_factory=list)
    name: str | None = None  # the name not in the graph, or standing for several things
    entities: list[Entity] = field(default_factory=list)  # what an understood question names

    @property
    def next_offset(self) -> int | None:
        """Where the next page starts, None on the last."""
        following = self.offset + self.limit
        return following if self.understood and following < self.total else None

    @property
    def prev_offset(self) -> int | None:
        """Where the previous page starts, None on the first."""
        return max(0, self.offset - self.limit) if self.understood and self.offset > 0 else None

    def to_json(self) -> dict[str, Any]:
        """The ``ask`` JSON of docs/interface.md (without the fallback's hits)."""
        return {
            "question": self.question,
            "understood": self.understood,
            "kind": self.kind,
            "reading": self.reading,
            "message": self.message,
            "sparql": self.sparql,
            "columns": self.columns,
            "rows": [{name: cell.to_json() for name, cell in row.items()} for row in self.rows],
            "total": self.total,
            "offset": self.offset,
            "limit": self.limit,
            "truncated": self.truncated,
            "candidates": [{"iri": e.iri, "label": e.label} for e in self.candidates],
            "name": self.name,
        }


def latest_document_date(store: GraphReader) -> dt.date:
    """The date of the newest document in the store (today when none carries one)."""
    rows = store.select(LATEST_DATE_QUERY)
    value = rows[0].get("date", "") if rows else ""
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return dt.date.today()


def ask(
    store: GraphReader,
    question: str,
    *,
    max_rows: int,
    max_query_bytes: int,
    synonyms: Iterable[Iterable[str]] = (),
    lexicon: Lexicon | None = None,
    offset: int = 0,
    limit: int = DEFAULT_PAGE_ROWS,
) -> Answer:
    """Answer ``question`` from ``store``: rows ``offset`` … ``offset + limit``, the total (see above)."""
    check_window(offset, limit)
    lexicon = lexicon or Lexicon.from_store(store, synonyms)
    outcome = read_question(question, lexicon, latest_document_date(store))
    if isinstance(outcome, NotUnderstood):
        return Answer(question, False, message=outcome.message)
    if isinstance(outcome, UnknownName):
        return Answer(question, False, message=outcome.message, name=outcome.name)
    if isinstance(outcome, Ambiguous):
        return Answer(
            question, False, message=outcome.message, candidates=list(outcome.candidates), name=outcome.name
        )
    assert isinstance(outcome, Reading)
    outcome = kept_to_the_agency_itself(question, kept_to_themes_so_called(question, outcome, lexicon))
    page = read_page(
        store, outcome, offset=offset, limit=limit, max_rows=max_rows, max_query_bytes=max_query_bytes
    )
    return Answer(
        question,
        True,
        reading=outcome.reading,
        kind=outcome.kind,
        sparql=outcome.sparql,
        columns=list(outcome.columns),
        entities=list(outcome.entities),
        rows=page.rows,
        truncated=page.truncated,
        total=page.total,
        offset=offset,
        limit=limit,
    )
