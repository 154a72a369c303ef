"""The ontology declares every pol: term, in both languages, aligned as the contract says."""

from __future__ import annotations

import pytest
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.collection import Collection
from rdflib.compare import isomorphic

from kg.rdf import namespaces as ns
from kg.rdf.namespaces import DCTERMS, ELI, OA, ORG, OWL, POL, PROV, QB, RDF, RDFS, SCHEMA, SH, SKOS
from kg.rdf.ontology import ONTOLOGY_IRI, ontology_graph, shapes_graph, term_labels

POL_TERMS = sorted(POL.__annotations__)

DECLARATION_TYPES = {OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.NamedIndividual}


@pytest.fixture(scope="module")
def onto() -> Graph:
    return ontology_graph()


@pytest.fixture(scope="module")
def shapes() -> Graph:
    return shapes_graph()


def langs(graph: Graph, term: URIRef, prop: URIRef) -> list[str | None]:
    return sorted((o.language for o in graph.objects(term, prop) if isinstance(o, Literal)), key=str)


def test_ontology_header(onto: Graph) -> None:
    assert (ONTOLOGY_IRI, RDF.type, OWL.Ontology) in onto
    assert onto.value(ONTOLOGY_IRI, OWL.versionInfo) is not None
    assert onto.value(ONTOLOGY_IRI, OWL.versionIRI) is not None
    assert langs(onto, ONTOLOGY_IRI, DCTERMS.title) == ["en", "ja"]
    assert set(langs(onto, ONTOLOGY_IRI, DCTERMS.description)) == {"en", "ja"}
    assert onto.value(ONTOLOGY_IRI, DCTERMS.license) is not None


@pytest.mark.parametrize("name", POL_TERMS)
def test_every_pol_term_is_declared_in_both_languages(onto: Graph, name: str) -> None:
    term = POL[name]
    assert set(onto.objects(term, RDF.type)) & DECLARATION_TYPES, f"{name} has no OWL declaration"
    assert langs(onto, term, RDFS.label) == ["en", "ja"], f"{name} needs one label in ja and one in en"
    assert langs(onto, term, SKOS.definition) == ["en", "ja"], f"{name} needs a definition in ja and en"


def test_ontology_declares_nothing_the_namespace_lacks(onto: Graph) -> None:
    # Code reaches terms only through POL, so a term missing there could not be used.
    declared = {s for s in onto.subjects() if isinstance(s, URIRef) and s.startswith(str(POL._NS))}
    assert declared == {POL[name] for name in POL_TERMS}


def test_typo_in_a_term_raises() -> None:
    with pytest.raises(AttributeError):
        _ = POL.Isue


# (term, its OWL kind) for the classes and properties the contract names.
CONTRACT_TERMS = [
    (POL.Document, OWL.Class),
    (POL.Section, OWL.Class),
    (POL.Goal, OWL.Class),
    (POL.Theme, OWL.Class),
    (POL.Issue, OWL.Class),
    (POL.Measure, OWL.Class),
    (POL.ProgressUpdate, OWL.Class),
    (POL.Law, OWL.Class),
    (POL.LawBundle, OWL.Class),
    (POL.Agency, OWL.Class),
    (POL.Target, OWL.Class),
    (POL.DateExpression, OWL.Class),
    (POL.StatusTable, OWL.Class),
    (POL.StatusRow, OWL.Class),
    (POL.LinkBasis, OWL.Class),
    (POL.partOfTheme, OWL.ObjectProperty),
    (POL.addressesIssue, OWL.ObjectProperty),
    (POL.reportsOn, OWL.ObjectProperty),
    (POL.dependsOnLaw, OWL.ObjectProperty),
    (POL.involvesAgency, OWL.ObjectProperty),
    (POL.contributesToGoal, OWL.ObjectProperty),
    (POL.when, OWL.ObjectProperty),
    (POL.section, OWL.ObjectProperty),
    (POL.number, OWL.DatatypeProperty),
    (POL.line, OWL.DatatypeProperty),
    (POL.dateText, OWL.DatatypeProperty),
    (POL.start, OWL.DatatypeProperty),
    (POL.end, OWL.DatatypeProperty),
    (POL.fiscalYear, OWL.DatatypeProperty),
    (POL.openEnded, OWL.DatatypeProperty),
    (POL.planned, OWL.DatatypeProperty),
]


@pytest.mark.parametrize(("term", "kind"), CONTRACT_TERMS)
def test_contract_terms_have_their_kind(onto: Graph, term: URIRef, kind: URIRef) -> None:
    assert (term, RDF.type, kind) in onto


# (class, superclass) as the contract and the alignment ask.
SUBCLASSES = [
    (POL.Law, ELI.LegalResource),
    (POL.Law, SCHEMA.Legislation),
    (POL.LawBundle, POL.Law),
    (POL.Agency, ORG.Organization),
    (POL.Agency, SCHEMA.GovernmentOrganization),
    (POL.Document, PROV.Entity),
    (POL.Issue, PROV.Entity),
    (POL.Measure, PROV.Entity),
    (POL.ProgressUpdate, PROV.Entity),
    (POL.DateExpression, ns.TIME.Interval),
    (POL.LinkBasis, SKOS.Concept),
]


@pytest.mark.parametrize(("sub", "sup"), SUBCLASSES)
def test_class_alignment(onto: Graph, sub: URIRef, sup: URIRef) -> None:
    assert (sub, RDFS.subClassOf, sup) in onto


def test_the_ways_of_depending_on_a_law(onto: Graph) -> None:
    subs = set(onto.subjects(RDFS.subPropertyOf, POL.dependsOnLaw))
    assert subs == {POL.enactsLaw, POL.amendsLaw, POL.enforcesLaw, POL.basedOnLaw}


# (our property, the ELI property it is only close to): a subproperty would type measures as laws.
CLOSE_NOT_SUB = [
    (POL.amendsLaw, ELI.changes),
    (POL.basedOnLaw, ELI.based_on),
]


@pytest.mark.parametrize(("ours", "theirs"), CLOSE_NOT_SUB)
def test_eli_relations_are_close_but_not_inherited(onto: Graph, ours: URIRef, theirs: URIRef) -> None:
    assert (ours, RDFS.subPropertyOf, theirs) not in onto
    assert (ours, RDFS.seeAlso, theirs) in onto
    assert onto.value(ours, RDFS.comment) is not None


# (property, domain classes, range) from the contract's table of properties.
DOMAINS_AND_RANGES = [
    # Widened from the contract's Issue: a goal or measure under a theme heading is part of it too.
    (POL.partOfTheme, {POL.Goal, POL.Issue, POL.Measure}, POL.Theme),
    (POL.addressesIssue, {POL.Measure, POL.ProgressUpdate}, POL.Issue),
    (POL.reportsOn, {POL.ProgressUpdate}, POL.Measure),
    (POL.dependsOnLaw, {POL.Measure, POL.ProgressUpdate, POL.Issue}, POL.Law),
    (POL.involvesAgency, {POL.Measure, POL.ProgressUpdate}, POL.Agency),
    (POL.contributesToGoal, {POL.Issue, POL.Measure}, POL.Goal),
]


def domain_classes(graph: Graph, prop: URIRef) -> set[URIRef]:
    domain = graph.value(prop, RDFS.domain)
    if isinstance(domain, BNode):
        members = graph.value(domain, OWL.unionOf)
        assert members is not None
        return {m for m in Collection(graph, members) if isinstance(m, URIRef)}
    return {domain} if isinstance(domain, URIRef) else set()


@pytest.mark.parametrize(("prop", "domain", "range_"), DOMAINS_AND_RANGES)
def test_contract_domains_and_ranges(onto: Graph, prop: URIRef, domain: set[URIRef], range_: URIRef) -> None:
    assert domain_classes(onto, prop) == domain
    assert onto.value(prop, RDFS.range) == range_


# (property, the datatypes its values may take)
DATE_RANGES = [
    (POL.start, {ns.XSD.date, ns.XSD.gYearMonth, ns.XSD.gYear}),
    (POL.end, {ns.XSD.date, ns.XSD.gYearMonth, ns.XSD.gYear}),
    (POL.fiscalYear, {ns.XSD.gYear}),
    (POL.openEnded, {ns.XSD.boolean}),
    (POL.planned, {ns.XSD.boolean}),
    (POL.line, {ns.XSD.integer}),
]


@pytest.mark.parametrize(("prop", "datatypes"), DATE_RANGES)
def test_datatype_ranges(onto: Graph, prop: URIRef, datatypes: set[URIRef]) -> None:
    range_ = onto.value(prop, RDFS.range)
    if isinstance(range_, BNode):
        members = onto.value(range_, OWL.unionOf)
        assert members is not None
        assert set(Collection(onto, members)) == datatypes
    else:
        assert {range_} == datatypes


def test_every_datatype_property_has_a_range(onto: Graph) -> None:
    missing = [p for p in onto.subjects(RDF.type, OWL.DatatypeProperty) if onto.value(p, RDFS.range) is None]
    assert missing == []


def test_line_belongs_to_annotations(onto: Graph) -> None:
    assert onto.value(POL.line, RDFS.domain) == OA.Annotation


@pytest.mark.parametrize(
    "basis", [POL.Stated, POL.ViaTableRow, POL.ViaTitleMatch, POL.ViaGazetteer, POL.ViaCrossReference]
)
def test_link_bases_are_individuals(onto: Graph, basis: URIRef) -> None:
    assert (basis, RDF.type, POL.LinkBasis) in onto


@pytest.mark.parametrize(
    ("prop", "kind"),
    [
        (POL.refArea, QB.DimensionProperty),
        (POL.refPeriod, QB.DimensionProperty),
        (POL.facilityType, QB.DimensionProperty),
        (POL.rolloutStage, QB.DimensionProperty),
        (POL.population, QB.MeasureProperty),
        (POL.issuedCards, QB.MeasureProperty),
        (POL.issuanceRate, QB.MeasureProperty),
        (POL.facilityCount, QB.MeasureProperty),
        (POL.facilityTotal, QB.MeasureProperty),
        (POL.facilityShare, QB.MeasureProperty),
    ],
)
def test_statistics_properties(onto: Graph, prop: URIRef, kind: URIRef) -> None:
    assert (prop, RDF.type, kind) in onto


# (term, its Japanese label): the report's own words.
JAPANESE_LABELS = [
    (POL.Issue, "課題"),
    (POL.Measure, "施策"),
    (POL.ProgressUpdate, "取組状況"),
    (POL.Law, "法令"),
    (POL.Agency, "機関"),
    (POL.Goal, "目標"),
    (POL.issuedCards, "交付枚数"),
    (POL.fiscalYear, "年度"),
]


@pytest.mark.parametrize(("term", "label"), JAPANESE_LABELS)
def test_japanese_labels_follow_the_report(term: URIRef, label: str) -> None:
    assert term_labels("ja")[term] == label


def test_term_labels_name_standard_properties_too() -> None:
    assert term_labels("ja")[DCTERMS.title] == "題名"
    assert term_labels("en")[POL.dependsOnLaw] == "depends on law"


def test_term_labels_is_a_copy() -> None:
    term_labels("en").clear()
    assert term_labels("en")[POL.Issue] == "Issue"


def test_graphs_are_fresh_copies() -> None:
    first = ontology_graph()
    first.add((POL.Issue, RDFS.comment, Literal("changed")))
    assert not isomorphic(first, ontology_graph())
    assert isomorphic(shapes_graph(), shapes_graph())


CONTRACT_CLASSES = [term for term, kind in CONTRACT_TERMS if kind == OWL.Class] + [
    OA.Annotation,
    QB.Observation,
]


@pytest.mark.parametrize("cls", CONTRACT_CLASSES)
def test_every_class_has_a_shape(shapes: Graph, cls: URIRef) -> None:
    assert set(shapes.subjects(SH.targetClass, cls))


def test_every_shape_speaks_in_words(shapes: Graph) -> None:
    nodes = set(shapes.subjects(RDF.type, SH.NodeShape)) | set(shapes.objects(None, SH.property))
    silent = [n for n in nodes if shapes.value(n, SH.message) is None]
    assert silent == []
