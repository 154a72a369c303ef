"""RDF for the policy items of one document: goals, themes, issues, measures,
progress updates, targets, status tables, dates and statistics.

Every link between items is also recorded as an rdf:Statement carrying its
pol:linkBasis, so a query can tell what the text states (pol:Stated) from what
was inferred (pol:ViaTitleMatch, pol:ViaCrossReference, pol:ViaTableRow …).
Bundle membership (dcterms:isPartOf) is recorded the same way: pol:Stated when
the sentence says it (「A法の成立（B関連法）」), pol:ViaGazetteer when only the
list of known laws does.

The statement of a pol:involvesAgency link carries the agency's role in the
item as prov:hadRole: ``id:role/actor``, ``id:role/target`` or
``id:role/mentioned`` (each a prov:Role with labels).  The ontology has no role
property of its own; prov:hadRole is PROV-O's word for the part an agent or
entity played in an influence, which is what the statement records.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from rdflib import Literal, URIRef

from kg import digests
from kg.extract.cues import LawLink, Role
from kg.extract.dates import DateMention
from kg.extract.laws import law_gazetteer
from kg.rdf import areas, iris
from kg.rdf.entities import law_iri
from kg.rdf.law_triples import action_triples, lifted_triples
from kg.rdf.namespaces import DCTERMS, ID, POL, PROV, QB, RDF, RDFS, SKOS, XSD
from kg.rdf.triples import DocumentMeta, TripleSink, annotate, integer, ja
from kg.read.document import Document, Span

if TYPE_CHECKING:
    from kg.extract.extraction import Extraction, Item
    from kg.extract.statistics import Dataset

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
    "heading": POL.ViaHeading,  # the item stands under the theme's (or issue's) heading
    "profile_rule": POL.ViaProfileRule,  # a structure rule of the document's profile
    "lifted": POL.Lifted,
}

LAW_RELATIONS = {
    "enacts": POL.enactsLaw,
    "amends": POL.amendsLaw,
    "enforces": POL.enforcesLaw,
    "based_on": POL.basedOnLaw,
}


# An agency's part in an item, strongest first: a decided role hides "mentioned".
ROLE_ORDER: tuple[Role, ...] = ("actor", "target", "mentioned")
ROLE_LABELS: dict[Role, tuple[str, str, str, str]] = {
    "actor": (
        "行為主体",
        "actor",
        "項目の行為を行う機関（「総務省より…調査の実施」「デジタル庁と総務省で共管」）。",
        "The body that carries out the item's action.",
    ),
    "target": (
        "対象",
        "target",
        "項目の行為が向けられる機関（「J-LISに対する…強化」「法制審議会に諮問」）。",
        "The body the item's action is aimed at, changes or addresses.",
    ),
    "mentioned": (
        "言及",
        "mentioned",
        "行為に加わらず名前だけが挙がる機関（「デジタル庁システム」）。",
        "A body the item names without taking part in its action.",
    ),
}


def role_iri(role: Role) -> URIRef:
    return URIRef(f"{ID}role/{role}")


def item_iri(doc_id: str, cls: str, key: str) -> URIRef:
    return iris.in_document(doc_id, ITEM_KINDS[cls], key)


def link(
    g: TripleSink, subject: URIRef, predicate: URIRef, obj: URIRef, basis: str, scope: URIRef | None = None
) -> URIRef:
    """Add a link and the statement that records how it was made; return the statement.

    ``scope`` names the statement under a document's node rather than the
    subject's, for a subject shared by every document (a law) whose link one
    document states and another only infers.
    """
    g.add((subject, predicate, obj))
    if scope is None:
        statement = URIRef(f"{subject}#link-{digests.short_hash(str(predicate), str(obj), length=10)}")
    else:
        key = digests.short_hash(str(subject), str(predicate), str(obj), length=10)
        statement = URIRef(f"{scope}#link-{key}")
    g.add((statement, RDF.type, RDF.Statement))
    g.add((statement, RDF.subject, subject))
    g.add((statement, RDF.predicate, predicate))
    g.add((statement, RDF.object, obj))
    g.add((statement, POL.linkBasis, BASIS[basis]))
    return statement


def _role(g: TripleSink, role: Role) -> URIRef:
    node = role_iri(role)
    ja_label, en_label, ja_text, en_text = ROLE_LABELS[role]
    g.add((node, RDF.type, PROV.Role))
    g.add((node, RDFS.label, ja(ja_label)))
    g.add((node, RDFS.label, Literal(en_label, lang="en")))
    g.add((node, SKOS.definition, ja(ja_text)))
    g.add((node, SKOS.definition, Literal(en_text, lang="en")))
    return node


def _law_links(g: TripleSink, doc_id: str, node: URIRef, item: Item) -> None:
    links = item.law_links or [LawLink(m, (m.relation,) if m.relation else ()) for m in item.laws]
    for law_link in links:
        law_node = law_iri(doc_id, law_link.mention)
        link(g, node, POL.dependsOnLaw, law_node, "stated")
        for relation in law_link.relations:
            link(g, node, LAW_RELATIONS[relation], law_node, "stated")


def _agency_links(g: TripleSink, node: URIRef, item: Item) -> None:
    roles: dict[str, set[Role]] = {}
    for agency_link in item.agency_links:
        roles.setdefault(agency_link.mention.key, set()).add(agency_link.role)
    for agency in item.agencies:
        roles.setdefault(agency.key, {"mentioned"})
    for key, found in roles.items():
        statement = link(g, node, POL.involvesAgency, iris.agency(key), "stated")
        decided = found - {"mentioned"} or found
        for role in sorted(decided, key=ROLE_ORDER.index):
            g.add((statement, PROV.hadRole, _role(g, role)))


def _memberships(g: TripleSink, doc_id: str, ex: Extraction) -> None:
    """dcterms:isPartOf between a law and its bundle, with where the link comes from."""
    gazetteer = law_gazetteer()
    stated = {
        (link_.mention.key, link_.bundle) for item in ex.items for link_ in item.law_links if link_.bundle
    }
    done: set[tuple[str, str]] = set()
    for mention in ex.laws:
        entry = gazetteer.get(mention.key) if mention.known else None
        bundles = {b for b in (entry.bundle if entry else None, mention.bundle) if b}
        bundles |= {b for k, b in stated if k == mention.key}
        for bundle in bundles:
            if (mention.key, bundle) in done or mention.key == bundle:
                continue
            done.add((mention.key, bundle))
            basis = "stated" if (mention.key, bundle) in stated else "gazetteer"
            law_node = law_iri(doc_id, mention)
            link(g, law_node, DCTERMS.isPartOf, iris.law(bundle), basis, scope=iris.document(doc_id))


def _date_literal(value: tuple[str, str]) -> Literal:
    lexical, kind = value
    return Literal(
        lexical, datatype={"date": XSD.date, "gYearMonth": XSD.gYearMonth, "gYear": XSD.gYear}[kind]
    )


def date_triples(
    g: TripleSink, meta: DocumentMeta, doc: Document, owner: URIRef, n: int, mention: DateMention
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
    if mention.covered:
        g.add((node, POL.coveredPeriod, Literal(True)))
    value = mention.start_value or mention.end_value
    if mention.as_of and value is not None:
        g.add((node, POL.asOf, _date_literal(value.xsd())))
    g.add((owner, POL.when, node))
    annotate(g, meta, doc, node, Span(mention.start, mention.end, doc.line_of(mention.start)))
    return node


def _item(
    g: TripleSink, meta: DocumentMeta, doc: Document, item: Item, sections: dict[int, URIRef]
) -> URIRef:
    node = item_iri(meta.doc_id, item.cls, item.key)
    doc_node = iris.document(meta.doc_id)
    g.add((node, RDF.type, getattr(POL, item.cls)))
    g.add((node, RDF.type, PROV.Entity))
    g.add((node, RDFS.label, ja(item.label)))
    g.add((node, PROV.wasDerivedFrom, doc_node))
    if item.number:
        g.add((node, POL.number, Literal(item.number)))
    if item.notation:
        # the number as written (「重点分野3」): what tells a document's two series apart
        g.add((node, SKOS.notation, Literal(item.notation)))
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
    g: TripleSink, meta: DocumentMeta, doc: Document, ex: Extraction, sections: dict[int, URIRef]
) -> None:
    doc_id = meta.doc_id
    issues = {i.key for i in ex.of("Issue")}
    goals = {i.key for i in ex.of("Goal")}
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
    nodes: list[URIRef] = []
    for item in ex.items:
        node = _item(g, meta, doc, item, sections)
        nodes.append(node)
        if item.cls == "Issue" and item.theme and item.theme_basis is None:
            g.add((node, POL.partOfTheme, iris.theme(doc_id, item.theme)))
        elif item.cls in ("Goal", "Issue", "Measure") and item.theme and item.theme_basis:
            link(g, node, POL.partOfTheme, iris.theme(doc_id, item.theme), item.theme_basis)
        if item.cls in ("Issue", "Measure") and item.goal in goals and item.goal_basis:
            link(g, node, POL.contributesToGoal, item_iri(doc_id, "Goal", item.goal), item.goal_basis)
        if item.cls in ("Measure", "ProgressUpdate") and item.issue is not None and item.issue in issues:
            link(g, node, POL.addressesIssue, iris.issue(doc_id, item.issue), item.issue_basis or "stated")
        if item.cls == "ProgressUpdate" and item.row in rows:
            g.add((node, POL.statusRow, iris.in_document(doc_id, "row", item.row)))
        if item.reports_on:
            basis = item.reports_basis or "measure_match"
            link(g, node, POL.reportsOn, item_iri(doc_id, "Measure", item.reports_on), basis)
        _law_links(g, doc_id, node, item)
        scoped = {m.key: law_iri(doc_id, m) for m in item.laws if m.document_scoped}
        action_triples(g, meta, doc, node, item.actions, link, scoped)
        if item.cls in ("Measure", "ProgressUpdate"):
            _agency_links(g, node, item)
            for key in dict.fromkeys(ref.key for ref in item.references):
                link(g, node, POL.refersToBodies, iris.body_reference(key), "stated")
        for n, mention in enumerate(item.dates):
            date_triples(g, meta, doc, node, n, mention)
    lifted_triples(g, nodes, ex.lifted, lambda mention: law_iri(doc_id, mention), link)
    _memberships(g, doc_id, ex)
    _section_dates(g, meta, doc, ex, sections)
    for dataset in ex.datasets:
        dataset_triples(g, meta, doc, dataset)


def _section_dates(
    g: TripleSink, meta: DocumentMeta, doc: Document, ex: Extraction, sections: dict[int, URIRef]
) -> None:
    """Dates outside any item (headings, table headers, notes) belong to their section."""
    spans = [(i.start, i.end) for i in ex.items] + [i.schedule_span for i in ex.items if i.schedule_span]
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


def dataset_triples(g: TripleSink, meta: DocumentMeta, doc: Document, dataset: Dataset) -> None:
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
            body = areas.resolve(value) if dimension == "refArea" else None
            if body is not None:  # a prefecture or municipality: its resource by code
                target = areas.area_triples(g, body)
            else:
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
