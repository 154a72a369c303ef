"""One edition's items as read back from the graph: what matching and changes work on.

Takes anything that answers SPARQL SELECT (:class:`Selects`) and a document id;
gives its goals, themes, issues, measures, progress updates and targets with
their label, number, issue, line, dates, and the laws and agencies their text
names (stated links only: a link lifted from elsewhere is not the item's text).
Five queries per edition, each starting from the document, so their cost is the
edition's size, not the store's.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Protocol

import pyoxigraph as ox

from kg.errors import StoreError
from kg.rdf import iris
from kg.rdf.namespaces import PREFIXES

_DOCUMENTS = str(iris.document("x"))[: -len("x")]
TRACKED = ("Goal", "Theme", "Issue", "Measure", "ProgressUpdate", "Target")


class Selects(Protocol):
    """Anything that answers a SELECT with rows of plain strings (the graph readers do)."""

    def select(self, sparql: str) -> list[dict[str, str]]: ...


class OxigraphSelects:
    """:class:`Selects` over an open Oxigraph store (a generation being written)."""

    def __init__(self, store: ox.Store) -> None:
        self.store = store

    def select(self, sparql: str) -> list[dict[str, str]]:
        try:
            result = self.store.query(sparql, prefixes=PREFIXES)
        except (SyntaxError, ValueError, OSError) as exc:
            raise StoreError(f"query failed: {exc}") from None
        assert isinstance(result, ox.QuerySolutions)
        names = [v.value for v in result.variables]
        return [{n: t.value for n, t in zip(names, row, strict=True) if t is not None} for row in result]


@dataclass(frozen=True, slots=True)
class DateValue:
    text: str
    start: str | None
    end: str | None
    fiscal_year: str | None
    planned: bool

    @property
    def value(self) -> tuple[str | None, str | None, str | None]:
        """What the date says, without the 予定 mark (a status, not a date)."""
        return self.start, self.end, self.fiscal_year


@dataclass(slots=True)
class Version:
    """One item of one edition."""

    iri: str
    cls: str
    label: str
    line: int = 0
    number: str | None = None
    issue: str | None = None  # the number of the issue it addresses (the issue's own, for an issue)
    theme: str | None = None
    value: str | None = None
    unit: str | None = None
    dates: list[DateValue] = field(default_factory=list)
    laws: dict[str, str] = field(default_factory=dict)  # identity -> label
    agencies: dict[str, str] = field(default_factory=dict)
    surfaces: set[str] = field(default_factory=set)  # the names of its laws and agencies as written


@dataclass(slots=True)
class Snapshot:
    """An edition: its document id, title, date and items in text order."""

    doc_id: str
    title: str
    date: str | None
    items: list[Version] = field(default_factory=list)

    def of(self, cls: str) -> list[Version]:
        return [v for v in self.items if v.cls == cls]


def _written(item: str, number: str) -> str:
    """``number`` bound to ``item``'s number as its document writes it (「重点分野3」, skos:notation), else
    its number alone: what tells the series of one plan apart (「基本目標1」 and 「施策1」 are both 1)."""
    n = number.lstrip("?")
    return (
        f"OPTIONAL {{ {item} pol:number ?{n}Alone }} OPTIONAL {{ {item} skos:notation ?{n}Written }} "
        f"BIND(COALESCE(?{n}Written, ?{n}Alone) AS {number})"
    )


def _values(doc: str) -> str:
    # From the document to its items, never from a class to every item of it in the store:
    # written as a VALUES block, Oxigraph read every item of the six classes in the store
    # for each edition, so comparing a series' editions grew with the square of the corpus.
    classes = ", ".join(f"pol:{c}" for c in TRACKED)
    return f"?item prov:wasDerivedFrom <{doc}> ; a ?cls . FILTER(?cls IN ({classes}))"


def document_meta(reader: Selects, doc_id: str) -> dict[str, str] | None:
    """The stored document's title and date, or None when no such document is built."""
    rows = reader.select(
        f"""SELECT ?title ?date WHERE {{ <{iris.document(doc_id)}> a pol:Document .
            OPTIONAL {{ <{iris.document(doc_id)}> dcterms:title ?title }}
            OPTIONAL {{ <{iris.document(doc_id)}> dcterms:issued ?date }} }} LIMIT 1"""
    )
    return rows[0] if rows else None


def load_snapshot(reader: Selects, doc_id: str) -> Snapshot:
    """The tracked items of the stored document ``doc_id`` (raise StoreError where it is not built)."""
    meta = document_meta(reader, doc_id)
    if meta is None:
        raise StoreError(f"{doc_id}: no such document in the store (see `policykg build`)")
    doc = str(iris.document(doc_id))
    snap = Snapshot(doc_id, meta.get("title", doc_id), meta.get("date"))
    items: dict[str, Version] = {}
    for row in reader.select(
        f"""SELECT ?item ?cls ?label ?number ?issue ?theme ?value ?unit (MIN(?ln) AS ?line) WHERE {{
            {_values(doc)} ?item rdfs:label ?label .
            {_written("?item", "?number")}
            OPTIONAL {{ ?item pol:addressesIssue ?i . {_written("?i", "?issue")} }}
            OPTIONAL {{ ?item pol:partOfTheme ?t . {_written("?t", "?theme")} }}
            OPTIONAL {{ ?item pol:targetValue ?value }} OPTIONAL {{ ?item pol:targetUnit ?unit }}
            OPTIONAL {{ ?ann oa:hasBody ?item ; pol:line ?ln }}
        }} GROUP BY ?item ?cls ?label ?number ?issue ?theme ?value ?unit"""
    ):
        if row["item"] in items:
            continue
        cls = row["cls"].rsplit("#", 1)[-1]
        number = row.get("number")
        items[row["item"]] = Version(
            iri=row["item"],
            cls=cls,
            label=row["label"],
            line=int(row.get("line", 0)),
            number=number,
            issue=number if cls == "Issue" else row.get("issue"),
            theme=row.get("theme") or (number if cls == "Theme" else None),
            value=row.get("value"),
            unit=row.get("unit"),
        )
    for row in reader.select(
        f"""SELECT ?item ?node ?text ?start ?end ?fy ?planned WHERE {{
            {_values(doc)} ?item pol:when ?node . ?node pol:dateText ?text .
            OPTIONAL {{ ?node pol:start ?start }} OPTIONAL {{ ?node pol:end ?end }}
            OPTIONAL {{ ?node pol:fiscalYear ?fy }} OPTIONAL {{ ?node pol:planned ?planned }}
        }} ORDER BY ?item ?node"""
    ):
        if (version := items.get(row["item"])) is not None:
            version.dates.append(
                DateValue(
                    row["text"], row.get("start"), row.get("end"), row.get("fy"), row.get("planned") == "true"
                )
            )
    for prop, slot in (("dependsOnLaw", "laws"), ("involvesAgency", "agencies")):
        for row in reader.select(
            f"""SELECT ?item ?e ?label ?surface WHERE {{
                {_values(doc)} ?item pol:{prop} ?e .
                ?st rdf:subject ?item ; rdf:predicate pol:{prop} ; rdf:object ?e ; pol:linkBasis pol:Stated .
                OPTIONAL {{ ?e rdfs:label ?label FILTER(LANG(?label) = "ja" || LANG(?label) = "") }}
                OPTIONAL {{ ?e rdfs:label|skos:altLabel ?surface }}
            }}"""
        ):
            if (version := items.get(row["item"])) is None:
                continue
            # An unnamed ordinance or amendment (「府令改正」「法改正」) is scoped to its document and
            # names no law: it cannot be told apart across editions, nor is it a law added or removed.
            if slot == "laws" and row["e"].startswith(_DOCUMENTS):
                continue
            identity = row["e"]
            names: dict[str, str] = getattr(version, slot)
            names.setdefault(identity, row.get("label") or identity)
            if row.get("surface"):
                version.surfaces.add(row["surface"])
    snap.items = sorted(items.values(), key=lambda v: (v.line, TRACKED.index(v.cls), v.label))
    return snap
