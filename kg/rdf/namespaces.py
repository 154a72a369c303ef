"""The vocabularies policykg speaks, as namespaces that raise on typos.

``POL`` holds the project's own ontology terms (ontology/policykg.ttl declares
each of them with labels and definitions); ``ID`` is the base of every
instance IRI.  Standard vocabularies come from rdflib where it has them.

>>> str(POL.Issue)
'https://w3id.org/policykg/ns#Issue'
"""

from __future__ import annotations

from rdflib import Namespace, URIRef
from rdflib.namespace import DCTERMS, OWL, PROV, QB, RDF, RDFS, SKOS, TIME, XSD, DefinedNamespace

__all__ = [
    "DCTERMS",
    "ELI",
    "ID",
    "OA",
    "ORG",
    "OWL",
    "POL",
    "PREFIXES",
    "PROV",
    "QB",
    "RDF",
    "RDFS",
    "SCHEMA",
    "SH",
    "SKOS",
    "TIME",
    "XSD",
]


class POL(DefinedNamespace):
    """The policykg ontology, ``https://w3id.org/policykg/ns#``."""

    _NS = Namespace("https://w3id.org/policykg/ns#")
    _fail = True

    # classes (the knowledge-graph contract)
    Document: URIRef
    Section: URIRef
    Goal: URIRef
    Theme: URIRef
    Issue: URIRef
    Measure: URIRef
    ProgressUpdate: URIRef
    Law: URIRef
    LawBundle: URIRef
    Agency: URIRef
    Target: URIRef
    DateExpression: URIRef
    StatusTable: URIRef
    StatusRow: URIRef
    LinkBasis: URIRef
    DocumentSeries: URIRef
    Change: URIRef

    # relations (the knowledge-graph contract)
    partOfTheme: URIRef
    addressesIssue: URIRef
    reportsOn: URIRef
    dependsOnLaw: URIRef
    enactsLaw: URIRef
    amendsLaw: URIRef
    enforcesLaw: URIRef
    basedOnLaw: URIRef
    involvesAgency: URIRef
    contributesToGoal: URIRef
    when: URIRef
    section: URIRef
    subsectionOf: URIRef
    statusRow: URIRef
    linkBasis: URIRef

    # attributes
    number: URIRef
    line: URIRef
    endLine: URIRef
    order: URIRef
    emphasized: URIRef
    dateText: URIRef
    start: URIRef
    end: URIRef
    fiscalYear: URIRef
    openEnded: URIRef
    planned: URIRef
    coveredPeriod: URIRef
    asOf: URIRef
    targetValue: URIRef
    targetUnit: URIRef
    lawNumber: URIRef
    eGovLawId: URIRef
    documentId: URIRef
    contentHash: URIRef
    sourceFile: URIRef
    mediaType: URIRef
    metadataGuessed: URIRef

    # how an inferred link was made (the individuals of pol:LinkBasis)
    Stated: URIRef
    ViaTableRow: URIRef
    ViaTitleMatch: URIRef
    ViaGazetteer: URIRef
    ViaCrossReference: URIRef
    ViaNumber: URIRef
    ViaFuzzyTitle: URIRef
    ViaHeading: URIRef
    ViaProfileRule: URIRef

    # editions of a series and what changed between them
    editionProposed: URIRef
    matchScore: URIRef
    changeKind: URIRef
    oldVersion: URIRef
    newVersion: URIRef
    fromEdition: URIRef
    toEdition: URIRef
    changedField: URIRef
    valueBefore: URIRef
    valueAfter: URIRef
    direction: URIRef

    # statistics tables (RDF Data Cube dimensions, measures and structures)
    refArea: URIRef
    refPeriod: URIRef
    facilityType: URIRef
    rolloutStage: URIRef
    population: URIRef
    issuedCards: URIRef
    issuanceRate: URIRef
    facilityCount: URIRef
    facilityTotal: URIRef
    facilityShare: URIRef
    CardIssuanceStructure: URIRef
    localGovernmentCode: URIRef
    prefecture: URIRef
    FacilityRolloutStructure: URIRef

    # legislative actions, bodies by kind, generic references to bodies, lifted links
    LegislativeAction: URIRef
    actKind: URIRef
    actionKind: URIRef
    recognisedBy: URIRef
    Council: URIRef
    LocalGovernment: URIRef
    AgencyReference: URIRef
    ForeignBody: URIRef
    refersToBodies: URIRef
    Lifted: URIRef


OA = Namespace("http://www.w3.org/ns/oa#")
ELI = Namespace("http://data.europa.eu/eli/ontology#")
ORG = Namespace("http://www.w3.org/ns/org#")
SCHEMA = Namespace("https://schema.org/")
SH = Namespace("http://www.w3.org/ns/shacl#")
ID = Namespace("https://w3id.org/policykg/id/")

# The prefixes bound in every serialisation, the SPARQL editor and the CLI.
PREFIXES: dict[str, str] = {
    "pol": str(POL._NS),
    "id": str(ID),
    "oa": str(OA),
    "prov": str(PROV),
    "skos": str(SKOS),
    "dcterms": str(DCTERMS),
    "eli": str(ELI),
    "org": str(ORG),
    "time": str(TIME),
    "qb": str(QB),
    "rdf": str(RDF),
    "rdfs": str(RDFS),
    "owl": str(OWL),
    "xsd": str(XSD),
    "schema": str(SCHEMA),
}


def sparql_prologue() -> str:
    """PREFIX lines for every namespace in :data:`PREFIXES`."""
    return "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in PREFIXES.items())
