"""The series, the editions' order, the item matches and the changes, as one RDF graph.

Takes a :class:`~kg.track.series.SeriesPlan` and, for each edition and the one
it follows, the matching and changes; gives the graph the build stores as the
named graph :data:`TRACK_GRAPH`:

- ``id:series/<id>`` a pol:DocumentSeries; each edition ``dcterms:isVersionOf`` it,
  a later edition ``prov:wasRevisionOf`` the earlier (``pol:editionProposed``
  true where the manifest did not say so);
- a later item ``prov:wasRevisionOf`` its earlier version, the link recorded as an
  rdf:Statement with ``pol:matchScore`` and ``pol:linkBasis`` (pol:ViaTitleMatch,
  pol:ViaNumber or pol:ViaFuzzyTitle);
- one pol:Change per change: ``pol:changeKind`` ("dateMoved" …), ``pol:oldVersion`` /
  ``pol:newVersion`` (the item in each edition, where it has one),
  ``pol:fromEdition`` / ``pol:toEdition``, and ``pol:changedField``,
  ``pol:valueBefore``, ``pol:valueAfter``, ``pol:direction`` where they apply.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Protocol

import pyoxigraph as ox
from rdflib import Literal, URIRef
from rdflib.term import Node

from kg.digests import short_hash
from kg.rdf import iris
from kg.rdf.iris import GRAPH_PREFIX
from kg.rdf.namespaces import DCTERMS, ID, POL, PROV, RDF, RDFS, XSD
from kg.track.changes import Change
from kg.track.matching import Matching
from kg.track.series import SeriesPlan

# Not a document id (they start with a letter or digit), so it never names a document's graph.
TRACK_GRAPH = GRAPH_PREFIX + "_series"
MATCH_BASIS = {"title": POL.ViaTitleMatch, "number": POL.ViaNumber, "fuzzy": POL.ViaFuzzyTitle}


class Adds(Protocol):
    """Where triples go: an rdflib graph or :class:`Lines`."""

    def add(self, triple: tuple[Node, Node, Node], /) -> object: ...


def _term(node: Node) -> ox.NamedNode | ox.Literal:
    if isinstance(node, Literal):
        if node.language:
            return ox.Literal(str(node), language=node.language)
        datatype = ox.NamedNode(str(node.datatype)) if node.datatype else None
        return ox.Literal(str(node), datatype=datatype)
    return ox.NamedNode(str(node))


class Lines:
    """Triples written straight to N-Triples lines, without a graph.

    A series of a thousand editions has a million tracking triples: an rdflib
    graph of them costs gigabytes and most of the comparison's time, lines a
    tenth of both.
    """

    def __init__(self) -> None:
        self.triples: list[ox.Triple] = []

    def add(self, triple: tuple[Node, Node, Node], /) -> None:
        s, p, o = triple
        self.triples.append(ox.Triple(_term(s), _term(p), _term(o)))  # type: ignore[arg-type]

    def lines(self) -> list[bytes]:
        """The triples as N-Triples lines, each once, sorted."""
        data = ox.serialize(self.triples, format=ox.RdfFormat.N_TRIPLES)
        assert data is not None
        return sorted(set(data.splitlines()))


def ntriples(lines: Iterable[bytes]) -> bytes:
    return b"".join(line + b"\n" for line in lines)


def series_iri(series_id: str) -> URIRef:
    return URIRef(f"{ID}series/{iris.segment(series_id)}")


def change_iri(new_doc: str, change: Change) -> URIRef:
    key = short_hash(
        change.kind,
        change.old.iri if change.old else "",
        change.new.iri if change.new else "",
        change.field or "",
        change.before or "",
        change.after or "",
    )
    return URIRef(f"{iris.document(new_doc)}/change/{key}")


def series_triples(g: Adds, plan: SeriesPlan) -> None:
    for series_id, chain in plan.series.items():
        node = series_iri(series_id)
        g.add((node, RDF.type, POL.DocumentSeries))
        g.add((node, DCTERMS.identifier, Literal(series_id)))
        g.add((node, RDFS.label, Literal(plan.titles[series_id], lang="ja")))
        for n, doc_id in enumerate(chain):
            doc = iris.document(doc_id)
            g.add((doc, DCTERMS.isVersionOf, node))
            g.add((doc, POL.order, Literal(n + 1, datatype=XSD.integer)))
            if doc_id in plan.previous:
                g.add((doc, PROV.wasRevisionOf, iris.document(plan.previous[doc_id])))
            if doc_id in plan.proposed:
                g.add((doc, POL.editionProposed, Literal(True)))


def match_triples(g: Adds, matching: Matching) -> None:
    for pair in matching.pairs:
        new, old = URIRef(pair.new.iri), URIRef(pair.old.iri)
        g.add((new, PROV.wasRevisionOf, old))
        statement = URIRef(f"{new}#revision-{short_hash(str(old), length=10)}")
        g.add((statement, RDF.type, RDF.Statement))
        g.add((statement, RDF.subject, new))
        g.add((statement, RDF.predicate, PROV.wasRevisionOf))
        g.add((statement, RDF.object, old))
        g.add((statement, POL.linkBasis, MATCH_BASIS[pair.basis]))
        g.add((statement, POL.matchScore, Literal(f"{pair.score:.3f}", datatype=XSD.decimal)))


def change_triples(g: Adds, old_doc: str, new_doc: str, found: list[Change]) -> None:
    for change in found:
        node = change_iri(new_doc, change)
        g.add((node, RDF.type, POL.Change))
        g.add((node, POL.changeKind, Literal(change.kind)))
        g.add((node, POL.fromEdition, iris.document(old_doc)))
        g.add((node, POL.toEdition, iris.document(new_doc)))
        if change.old is not None:
            g.add((node, POL.oldVersion, URIRef(change.old.iri)))
        if change.new is not None:
            g.add((node, POL.newVersion, URIRef(change.new.iri)))
        if change.field:
            g.add((node, POL.changedField, Literal(change.field)))
        if change.before is not None:
            g.add((node, POL.valueBefore, Literal(change.before)))
        if change.after is not None:
            g.add((node, POL.valueAfter, Literal(change.after)))
        if change.direction:
            g.add((node, POL.direction, Literal(change.direction)))
