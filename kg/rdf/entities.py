"""RDF for the laws and agencies a document mentions, and an annotation per mention.

A law or agency is one entity across documents: its IRI comes from the
gazetteer key (``id:law/my-number-act``, ``id:agency/j-lis``), every surface
form becomes a skos:altLabel, and the official name is the rdfs:label.  Names
not in a gazetteer still become entities, keyed by their normalised name.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from rdflib import Literal, URIRef

from kg.extract.agencies import agency_gazetteer, publisher_key
from kg.extract.law_numbers import parse_law_number
from kg.extract.laws import LawMention, law_gazetteer
from kg.extract.local_governments import local_government
from kg.extract.statutes import egov_page, statute_book
from kg.rdf import iris
from kg.rdf.namespaces import DCTERMS, ELI, ORG, POL, RDF, RDFS, SCHEMA, SKOS
from kg.rdf.triples import DocumentMeta, TripleSink, annotate, ja
from kg.read.document import Document, Span

if TYPE_CHECKING:
    from kg.extract.extraction import Extraction

_ENGLISH = "en"


def law_iri(doc_id: str, mention: LawMention) -> URIRef:
    """A law's IRI; an unnamed ordinance (「府令改正」) is scoped to its document."""
    if mention.document_scoped:
        return iris.in_document(doc_id, "law", mention.key)
    return iris.law(mention.key)


def _law(g: TripleSink, node: URIRef, mention: LawMention) -> None:
    entry = law_gazetteer().get(mention.key)
    statute, entry_name = None, mention.text
    bundle = (entry.bundle if entry else None) or mention.bundle
    is_bundle = (entry.kind if entry else mention.kind) == "bundle"
    g.add((node, RDF.type, POL.LawBundle if is_bundle else POL.Law))
    g.add((node, RDF.type, ELI.LegalResource))
    g.add((node, RDF.type, SCHEMA.Legislation))
    if entry is not None:
        g.add((node, RDFS.label, ja(entry.name)))
        for name in entry.short_names:
            g.add((node, SKOS.altLabel, ja(name)))
        if entry.number:
            g.add((node, POL.lawNumber, Literal(entry.number)))
        if entry.egov_id:
            g.add((node, POL.eGovLawId, Literal(entry.egov_id)))
        if entry.egov_id:
            g.add((node, RDFS.seeAlso, URIRef(egov_page(entry.egov_id))))
        if entry.english:
            g.add((node, SKOS.altLabel, Literal(entry.english, lang=_ENGLISH)))
    elif (statute := statute_book().get(mention.key)) is not None:
        # An act of the statute book: its key is its e-Gov law ID.
        g.add((node, RDFS.label, ja(statute.title)))
        for name in statute.abbreviations:
            g.add((node, SKOS.altLabel, ja(name)))
        g.add((node, POL.lawNumber, Literal(statute.number)))
        g.add((node, POL.eGovLawId, Literal(statute.egov_id)))
        g.add((node, RDFS.seeAlso, URIRef(egov_page(statute.egov_id))))
        entry_name = statute.title
    else:
        number = parse_law_number(mention.text) if mention.basis == "law_number" else None
        # 「…法律（令和5年法律第48号）」: a number beside a title the law is keyed by names it second
        by_title = number is not None and mention.key not in (str(number), number.egov_id())
        g.add((node, SKOS.altLabel if by_title else RDFS.label, ja(mention.text)))
        if number is not None and number.egov_id():
            g.add((node, POL.lawNumber, Literal(str(number))))
            g.add((node, POL.eGovLawId, Literal(number.egov_id())))
            g.add((node, RDFS.seeAlso, URIRef(egov_page(str(number.egov_id())))))
    if mention.text != (entry.name if entry else entry_name if statute else mention.text):
        g.add((node, SKOS.altLabel, ja(mention.text)))
    if bundle and not is_bundle:
        bundle_node = iris.law(bundle)
        g.add((node, DCTERMS.isPartOf, bundle_node))
        bundle_entry = law_gazetteer().get(bundle)
        g.add((bundle_node, RDF.type, POL.LawBundle))
        g.add((bundle_node, RDF.type, ELI.LegalResource))
        g.add((bundle_node, RDFS.label, ja(bundle_entry.name if bundle_entry else bundle)))


_FINER_CLASSES = {
    "council": POL.Council,
    "conference": POL.Council,
    "local_government": POL.LocalGovernment,
    "unit": ORG.OrganizationalUnit,
}


def _agency(
    g: TripleSink, node: URIRef, key: str, text: str, kind: str = "", parent: str | None = None
) -> None:
    entry = agency_gazetteer().get(key)
    g.add((node, RDF.type, POL.Agency))
    g.add((node, RDF.type, ORG.Organization))
    if kind in _FINER_CLASSES:
        g.add((node, RDF.type, _FINER_CLASSES[kind]))
    if parent and entry is None:
        g.add((node, ORG.subOrganizationOf, iris.agency(parent)))
        _parent(g, parent)
        for name in _parent_names(parent):  # 「文化庁著作権課」: the unit is named with its body too
            if not text.startswith(name):
                g.add((node, SKOS.altLabel, ja(name + text)))
    body = local_government(key)
    if body is not None:
        g.add((node, RDFS.label, ja(body.label)))
        g.add((node, ORG.identifier, Literal(body.code)))
        if text != body.label:
            g.add((node, SKOS.altLabel, ja(text)))
        return
    if entry is not None:
        g.add((node, RDFS.label, ja(entry.name)))
        for name in entry.alt_names:
            g.add((node, SKOS.altLabel, ja(name)))
        if entry.english:
            g.add((node, SKOS.altLabel, Literal(entry.english, lang=_ENGLISH)))
        if entry.parent:
            g.add((node, ORG.subOrganizationOf, iris.agency(entry.parent)))
            _parent(g, entry.parent)
    else:
        g.add((node, RDFS.label, ja(text)))
    if entry is None or text != entry.name:
        g.add((node, SKOS.altLabel, ja(text)))


def _parent_names(key: str) -> tuple[str, ...]:
    """The names of a unit's body said before the unit's own: 「文化庁」, 「静岡県浜松市」 and 「浜松市」."""
    entry = agency_gazetteer().get(key)
    body = local_government(key)
    if entry is not None:
        return (entry.name,)
    if body is not None:
        return (body.label, body.name) if body.label != body.name else (body.name,)
    return () if key.startswith("lg-") else (key,)


def _parent(g: TripleSink, key: str) -> None:
    """The body a unit belongs to, typed and named, though the text names it only inside the unit's."""
    node = iris.agency(key)
    g.add((node, RDF.type, POL.Agency))
    g.add((node, RDF.type, ORG.Organization))
    entry = agency_gazetteer().get(key)
    body = local_government(key)
    if entry is not None:
        g.add((node, RDFS.label, ja(entry.name)))
    elif body is not None:
        g.add((node, RDF.type, POL.LocalGovernment))
        g.add((node, RDFS.label, ja(body.label)))
        g.add((node, ORG.identifier, Literal(body.code)))
    else:
        g.add((node, RDFS.label, ja(key)))


def entity_triples(g: TripleSink, meta: DocumentMeta, doc: Document, ex: Extraction) -> None:
    for mention in ex.laws:
        node = law_iri(meta.doc_id, mention)
        _law(g, node, mention)
        ann = annotate(g, meta, doc, node, Span(mention.start, mention.end, doc.line_of(mention.start)))
        g.add((ann, POL.recognisedBy, Literal(mention.basis)))
        for amended in mention.amended:  # 「健康保険法等の一部を改正する法律」 changes 健康保険法
            amended_node = law_iri(meta.doc_id, amended)
            _law(g, amended_node, amended)
            g.add((node, ELI.changes, amended_node))
            span = Span(amended.start, amended.end, doc.line_of(amended.start))
            g.add((annotate(g, meta, doc, amended_node, span), POL.recognisedBy, Literal(amended.basis)))
    for agency in ex.agencies:
        node = iris.agency(agency.key)
        _agency(g, node, agency.key, agency.text, agency.kind, agency.parent)
        annotate(g, meta, doc, node, Span(agency.start, agency.end, doc.line_of(agency.start)))
    # A body known here only through its official's title (デジタル審議官): its node, without a mention.
    mentioned = {a.key for a in ex.agencies}
    for key in sorted({a.key for i in ex.items for a in i.agencies} - mentioned):
        entry = agency_gazetteer().get(key)
        if entry is not None:
            _agency(g, iris.agency(key), key, entry.name, entry.kind, entry.parent)
    for body in ex.foreign:  # 英国政府, 欧州委員会: named, but no agency of the facet of Japan's bodies
        node = iris.foreign_body(body.key)
        g.add((node, RDF.type, POL.ForeignBody))
        g.add((node, RDF.type, ORG.Organization))
        g.add((node, RDFS.label, ja(body.text)))
        annotate(g, meta, doc, node, Span(body.start, body.end, doc.line_of(body.start)))
    for ref in ex.references:
        node = iris.body_reference(ref.key)
        g.add((node, RDF.type, POL.AgencyReference))
        g.add((node, RDFS.label, ja(ref.key)))
        annotate(g, meta, doc, node, Span(ref.start, ref.end, doc.line_of(ref.start)))
    if meta.publisher:
        _publisher(g, meta.publisher, iris.document(meta.doc_id))


def _publisher(g: TripleSink, name: str, document: URIRef) -> None:
    """The manifest's publisher of ``document``: the node of the body the text names by the same
    rules (「前橋市」 and 「群馬県前橋市」 are one), labelled alike; else a node of its own, as written."""
    key = publisher_key(name)
    node = iris.agency(key or name)
    g.add((document, DCTERMS.publisher, node))
    if key is not None:
        _agency(g, node, key, name.strip())
    else:
        g.add((node, RDF.type, POL.Agency))
        g.add((node, RDFS.label, ja(name)))
