"""RDF for the policy items of one document: goals, themes, issues, measures,
progress updates, targets, status tables, dates and statistics.

Every link between items is also recorded as an rdf:Statement carrying its
pol:linkBasis, so a query can tell what the text states (pol:Stated) from what
was inferred (pol:ViaTitleMatch, pol:ViaCrossReference, pol:ViaTableRow …).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from rdflib import Graph, Literal, URIRef

from kg import iris
from kg.dates import DateMention
from kg.document import Document, Span
from kg.entities import law_iri
from kg.namespaces import ID, POL, PROV, QB, RDF, RDFS, XSD
from kg.triples import DocumentMeta, annotate, integer, ja

if TYPE_CHECKING:
    from kg.extract import Extraction, Item
    from kg.statistics import Dataset

ITEM_KINDS = {
    "Goal": "goal",
    "Theme": "theme",
    "Issue": "issue",
    "Measure": "measure",
    "ProgressUpdate": "progress",
    "Target": "target",
}

BASIS = {
    "stated": POL.Stated,
    "section": POL.Stated,  # a bullet printed under the issue's heading
    "title_match": POL.ViaTitleMatch,
    "measure_match": POL.ViaTitleMatch,
    "cross_reference": POL.ViaCrossReference,
    "table_row": POL.ViaTableRow,
    "gazetteer": POL.ViaGazetteer,
}

LAW_RELATIONS = {
    "enacts": POL.enactsLaw,
    "amends": POL.amendsLaw,
    "enforces": POL.enforcesLaw,
    "based_on": POL.basedOnLaw,
}


def item_iri(doc_id: str, cls: str, key: str) -> URIRef:
    return iris.in_document(doc_id, ITEM_KINDS[cls], key)


def link(g: Graph, subject: URIRef, predicate: URIRef, obj: URIRef, basis: str) -> None:
    """Add a link and the statement that records how it was made."""
    g.add((subject, predicate, obj))
    statement = URIRef(f"{subject}#link-{iris.short_hash(str(predicate), str(obj), length=10)}")
    g.add((statement, RDF.type, RDF.Statement))
    g.add((statement, RDF.subject, subject))
    g.add((statement, RDF.predicate, predicate))
    g.add((statement, RDF.object, obj))
    g.add((statement, POL.linkBasis, BASIS[basis]))


def _date_literal(value: tuple[str, str]) -> Literal:
    lexical, kind = value
    return Literal(
        lexical, datatype={"date": XSD.date, "gYearMonth": XSD.gYearMonth, "gYear": XSD.gYear}[kind]
    )


def date_triples(
    g: Graph, meta: DocumentMeta, doc: Document, owner: URIRef, n: int, mention: DateMention
) -> URIRef:
    """A pol:DateExpression for one date written in the text."""
    node = URIRef(f"{owner}/when/{n}")
    g.add((node, RDF.type, POL.DateExpression))
    g.add((node, POL.dateText, Literal(mention.text)))
    if mention.start_value is not None:
        g.add((node, POL.start, _date_literal(mention.start_value.xsd())))
    if mention.end_value is not None:
        g.add((node, POL.end, _date_literal(mention.end_value.xsd())))
    if mention.fiscal_year is not None:
        g.add((node, POL.fiscalYear, Literal(str(mention.fiscal_year), datatype=XSD.gYear)))
    g.add((node, POL.openEnded, Literal(mention.open_ended)))
    g.add((node, POL.planned, Literal(mention.planned)))
    value = mention.start_value or mention.end_value
    if mention.as_of and value is not None:
        g.add((node, POL.asOf, _date_literal(value.xsd())))
    g.add((owner, POL.when, node))
    annotate(g, meta, doc, node, Span(mention.start, mention.end, doc.line_of(mention.start)))
    return node


def _item(g: Graph, meta: DocumentMeta, doc: Document, item: Item, sections: dict[int, URIRef]) -> URIRef:
    node = item_iri(meta.doc_id, item.cls, item.key)
    doc_node = iris.document(meta.doc_id)
    g.add((node, RDF.type, getattr(POL, item.cls)))
    g.add((node, RDF.type, PROV.Entity))
    g.add((node, RDFS.label, ja(item.label)))
    g.add((node, PROV.wasDerivedFrom, doc_node))
    if item.number:
        g.add((node, POL.number, Literal(item.number)))
    if item.section is not None and item.section in sections:
        g.add((node, POL.section, sections[item.section]))
    if item.emphasized:
        g.add((node, POL.emphasized, Literal(True)))
    if item.value is not None:
        g.add((node, POL.targetValue, Literal(item.value, datatype=XSD.decimal)))
    if item.unit:
        g.add((node, POL.targetUnit, Literal(item.unit)))
    annotate(g, meta, doc, node, Span(item.start, item.end, item.line))
    return node


def item_triples(
    g: Graph, meta: DocumentMeta, doc: Document, ex: Extraction, sections: dict[int, URIRef]
) -> None:
    doc_id = meta.doc_id
    issues = {i.number for i in ex.of("Issue")}
    rows = {row.key: row for row in ex.rows}
    for row in ex.rows:
        row_node = iris.in_document(doc_id, "row", row.key)
        g.add((row_node, RDF.type, POL.StatusRow))
        g.add((row_node, RDFS.label, ja(row.title)))
        annotate(g, meta, doc, row_node, row.title_block)
        table = iris.in_document(doc_id, "status-table", str(row.table + 1))
        g.add((table, RDF.type, POL.StatusTable))
        label = "これまでの主な取組状況について" + (row.table_number or str(row.table + 1))
        g.add((table, RDFS.label, ja(label)))
        g.add((table, POL.statusRow, row_node))
    for item in ex.items:
        node = _item(g, meta, doc, item, sections)
        if item.cls == "Issue" and item.theme:
            g.add((node, POL.partOfTheme, iris.theme(doc_id, item.theme)))
        if item.cls in ("Measure", "ProgressUpdate") and item.issue is not None and item.issue in issues:
            link(g, node, POL.addressesIssue, iris.issue(doc_id, item.issue), item.issue_basis or "stated")
        if item.cls == "ProgressUpdate" and item.row in rows:
            g.add((node, POL.statusRow, iris.in_document(doc_id, "row", item.row)))
        if item.reports_on:
            link(g, node, POL.reportsOn, item_iri(doc_id, "Measure", item.reports_on), "measure_match")
        for law in item.laws:
            law_node = law_iri(doc_id, law)
            link(g, node, POL.dependsOnLaw, law_node, "stated")
            if law.relation in LAW_RELATIONS:
                link(g, node, LAW_RELATIONS[law.relation], law_node, "stated")
        if item.cls in ("Measure", "ProgressUpdate"):
            for agency in item.agencies:
                link(g, node, POL.involvesAgency, iris.agency(agency.key), "stated")
        for n, mention in enumerate(item.dates):
            date_triples(g, meta, doc, node, n, mention)
    _section_dates(g, meta, doc, ex, sections)
    for dataset in ex.datasets:
        dataset_triples(g, meta, doc, dataset)


def _section_dates(
    g: Graph, meta: DocumentMeta, doc: Document, ex: Extraction, sections: dict[int, URIRef]
) -> None:
    """Dates outside any item (headings, table headers, notes) belong to their section."""
    spans = [(i.start, i.end) for i in ex.items]
    counters: dict[URIRef, int] = {}
    for n, mention in enumerate(ex.dates):
        if any(s <= mention.start and mention.end <= e for s, e in spans):
            continue
        section = ex.date_sections.get(n)
        owner = sections.get(section) if section is not None else None
        owner = owner or iris.document(meta.doc_id)
        k = counters.get(owner, 0)
        counters[owner] = k + 1
        date_triples(g, meta, doc, owner, k, mention)


_INTEGER_MEASURES = {"population", "issuedCards", "facilityCount", "facilityTotal"}


def dataset_triples(g: Graph, meta: DocumentMeta, doc: Document, dataset: Dataset) -> None:
    """A statistics table as a qb:DataSet of qb:Observations."""
    node = iris.in_document(meta.doc_id, "dataset", dataset.key)
    g.add((node, RDF.type, QB.DataSet))
    g.add((node, RDFS.label, ja(dataset.label)))
    g.add((node, QB.structure, getattr(POL, dataset.structure)))
    g.add((node, PROV.wasDerivedFrom, iris.document(meta.doc_id)))
    for obs in dataset.observations:
        obs_node = iris.in_document(meta.doc_id, "obs", f"{dataset.key}-{obs.key}")
        g.add((obs_node, RDF.type, QB.Observation))
        g.add((obs_node, QB.dataSet, node))
        for dimension, value in obs.dimensions.items():
            kind = {"refArea": "area", "facilityType": "facility-type", "rolloutStage": "rollout-stage"}[
                dimension
            ]
            target = URIRef(f"{ID}{kind}/{iris.segment(value)}")
            g.add((target, RDFS.label, ja(value)))
            g.add((obs_node, getattr(POL, dimension), target))
        if obs.period:
            g.add((obs_node, POL.refPeriod, Literal(obs.period, datatype=XSD.date)))
        for measure, figure in obs.measures.items():
            if measure in _INTEGER_MEASURES:
                g.add((obs_node, getattr(POL, measure), integer(int(figure))))
            else:
                g.add((obs_node, getattr(POL, measure), Literal(str(figure), datatype=XSD.decimal)))
        annotate(g, meta, doc, obs_node, obs.block)
