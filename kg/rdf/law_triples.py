"""RDF for the legislative actions an item states, and for the law links lifted to measures and issues.

RDF stage.  Takes an item's node and its :class:`kg.extract.legislation.LegislativeAction`
list; gives per action a node under the item (``…/action/<n>``) typed
pol:LegislativeAction with its wording, pol:actKind and pol:actionKind,
pol:amendsLaw or pol:enactsLaw to each law the text names with it,
dcterms:isPartOf the bundle the text marks, pol:when the item's date node
written next to it, and the annotation of where it was read.  The item
pol:dependsOnLaw the action, through the caller's ``link`` (so the link has its
rdf:Statement with pol:linkBasis like every other).

:func:`lifted_triples` writes each :class:`kg.extract.lifting.LiftedLaw` as
pol:dependsOnLaw from the measure or issue to the law, whose rdf:Statement has
pol:linkBasis pol:Lifted and prov:wasDerivedFrom the statements of the stated
links it comes from.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from rdflib import Literal, URIRef

from kg import digests
from kg.extract.legislation import LegislativeAction
from kg.extract.lifting import LiftedLaw
from kg.rdf import iris
from kg.rdf.namespaces import DCTERMS, POL, PROV, RDF, RDFS
from kg.rdf.triples import DocumentMeta, TripleSink, annotate, ja
from kg.read.document import Document, Span

__all__ = ["action_iri", "action_triples", "lifted_triples"]

Link = Callable[[TripleSink, URIRef, URIRef, URIRef, str], URIRef]

_LAW_PREDICATE = {
    "amendment": POL.amendsLaw,
    "revision": POL.amendsLaw,
    "enactment": POL.enactsLaw,
    "legal_measure": POL.enactsLaw,
    "bill": POL.enactsLaw,
}


def action_iri(item_node: URIRef, n: int) -> URIRef:
    return URIRef(f"{item_node}/action/{n}")


def action_triples(
    g: TripleSink,
    meta: DocumentMeta,
    doc: Document,
    item_node: URIRef,
    actions: Sequence[LegislativeAction],
    link: Link,
    scoped: Mapping[str, URIRef] | None = None,
) -> None:
    """The item's actions; ``scoped`` maps the keys of laws scoped to the document to their nodes."""
    for n, action in enumerate(actions):
        node = action_iri(item_node, n)
        g.add((node, RDF.type, POL.LegislativeAction))
        g.add((node, RDFS.label, ja(action.text)))
        if action.act_kind:  # 「法制上の措置」 says no kind of act
            g.add((node, POL.actKind, Literal(action.act_kind)))
        g.add((node, POL.actionKind, Literal(action.kind)))
        for key in action.laws:
            link(g, node, _LAW_PREDICATE[action.kind], (scoped or {}).get(key) or iris.law(key), "stated")
        if action.bundle:
            link(g, node, DCTERMS.isPartOf, iris.law(action.bundle), "stated")
        if action.date is not None:
            g.add((node, POL.when, URIRef(f"{item_node}/when/{action.date}")))
        if action.planned:  # 「…を改正する予定」: intended, not done
            g.add((node, POL.planned, Literal(True)))
        link(g, item_node, POL.dependsOnLaw, node, "stated")
        annotate(g, meta, doc, node, Span(action.start, action.end, doc.line_of(action.start)))


def stated_statement(subject: URIRef, predicate: URIRef, obj: URIRef) -> URIRef:
    """The rdf:Statement IRI ``link`` gives a link of ``subject`` (kg.rdf.items.link, unscoped)."""
    return URIRef(f"{subject}#link-{digests.short_hash(str(predicate), str(obj), length=10)}")


def lifted_triples(
    g: TripleSink,
    nodes: Sequence[URIRef],
    lifted: Sequence[LiftedLaw],
    law_node: Callable[[Any], URIRef],
    link: Link,
) -> None:
    """pol:dependsOnLaw lifted to measures and issues; ``nodes[i]`` is the node of item ``i``."""
    for found in lifted:
        law = law_node(found.law)
        statement = link(g, nodes[found.item], POL.dependsOnLaw, law, "lifted")
        for source in found.sources:
            g.add((statement, PROV.wasDerivedFrom, stated_statement(nodes[source], POL.dependsOnLaw, law)))
