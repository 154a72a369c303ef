"""A question answered from the store: read, turned into SPARQL, run read-only within the limits.

Takes the read-only store (:class:`kg.store.backend.GraphReader`: the embedded store
or a remote SPARQL server), the question, the most
rows to return and, optionally, synonym groups; gives an :class:`Answer`
holding how the question was read, the query and its rows — or, when the
question was not understood, names something the graph does not hold, or
names two things at once, one line saying so (and the candidates).

The query passes the same checks as ``policykg sparql`` and ``/sparql``
(:func:`kg.store.checks.check_query`: read-only, offline, at most ``max_query_bytes``)
and its rows are cut at ``max_rows`` (with a LIMIT, so a remote server stops too).

>>> Answer("？", False, message="質問の形を読み取れませんでした").to_json()["understood"]
False
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from kg.ask.names import Entity, Lexicon
from kg.ask.reading import Ambiguous, NotUnderstood, Reading, UnknownName, read_question
from kg.errors import QueryError
from kg.store.backend import GraphReader
from kg.store.checks import check_query

LATEST_DATE_QUERY = (
    "SELECT (MAX(STR(?issued)) AS ?date) WHERE { ?doc a pol:Document ; dcterms:issued ?issued }"
)


@dataclass(frozen=True, slots=True)
class Cell:
    """One value of a row: an IRI or a literal."""

    type: str
    value: str

    def to_json(self) -> dict[str, str]:
        return {"type": self.type, "value": self.value}


@dataclass
class Answer:
    """What the asker says back: an answer with its query, or why there is none."""

    question: str
    understood: bool
    reading: str | None = None
    kind: str | None = None
    sparql: str | None = None
    columns: list[str] = field(default_factory=list)
    rows: list[dict[str, Cell]] = field(default_factory=list)
    truncated: bool = False
    message: str | None = None
    candidates: list[Entity] = field(default_factory=list)
    name: str | None = None  # the name not in the graph, or standing for several things
    entities: list[Entity] = field(default_factory=list)  # what an understood question names

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


# Columns whose values are entities (the others are text, numbers and dates).
IRI_COLUMNS = frozenset({"item", "issue", "law", "area", "theme"})


def run_select(
    store: GraphReader, sparql: str, columns: tuple[str, ...], max_rows: int, max_query_bytes: int
) -> tuple[list[dict[str, Cell]], bool]:
    """At most ``max_rows`` rows of a read-only SELECT, and whether more were cut."""
    query = f"{sparql}\nLIMIT {max_rows + 1}"
    # The query is one of the templates with IRIs of the store and checked months put in:
    # the token check suffices (rdflib's second opinion would cost more than the answer).
    checked = check_query(query, max_query_bytes, deep=False)
    if checked.form != "SELECT":
        raise QueryError("a question is answered by a SELECT query")
    rows = [
        {c: Cell("iri" if c in IRI_COLUMNS else "literal", row[c]) for c in columns if c in row}
        for row in store.select(query)
    ]
    return rows[:max_rows], len(rows) > max_rows


def ask(
    store: GraphReader,
    question: str,
    *,
    max_rows: int,
    max_query_bytes: int,
    synonyms: Iterable[Iterable[str]] = (),
    lexicon: Lexicon | None = None,
) -> Answer:
    """Answer ``question`` from ``store``; see the module docstring."""
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
    rows, truncated = run_select(store, outcome.sparql, outcome.columns, max_rows, max_query_bytes)
    return Answer(
        question,
        True,
        reading=outcome.reading,
        kind=outcome.kind,
        sparql=outcome.sparql,
        columns=list(outcome.columns),
        entities=list(outcome.entities),
        rows=rows,
        truncated=truncated,
    )
