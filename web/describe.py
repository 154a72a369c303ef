"""Descriptions of the dataset for programs: the SPARQL 1.1 Service Description of ``/sparql``
and the VoID description at ``/.well-known/void``.

Takes the store (through :func:`web.stores.store`) and the site's base URL; gives
RDF in the format the client accepts (Turtle first).  The service description
says what the endpoint speaks (SPARQL 1.1 Query, its result formats, the
default graph as the union of the named graphs) and that a graph a request
names which the store does not hold is an empty graph, never fetched.  VoID
gives the triple counts, the vocabularies used, example resources, the
endpoint, and each named graph (one per document) as a subset.
"""

from __future__ import annotations

from typing import Any

from flask import Blueprint, Response, request
from rdflib import BNode, Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, FOAF, RDF, RDFS, VOID, XSD, DefinedNamespace
from werkzeug.exceptions import NotAcceptable

from kg.rdf.namespaces import ID, PREFIXES
from web.negotiation import range_quality
from web.stores import store

bp = Blueprint("describe", __name__)

FORMATS = Namespace("http://www.w3.org/ns/formats/")


class SD(DefinedNamespace):
    """SPARQL 1.1 Service Description, ``http://www.w3.org/ns/sparql-service-description#``."""

    _NS = Namespace("http://www.w3.org/ns/sparql-service-description#")
    _fail = True

    Service: URIRef
    Dataset: URIRef
    Graph: URIRef
    NamedGraph: URIRef
    endpoint: URIRef
    supportedLanguage: URIRef  # noqa: N815 (the vocabulary's own names)
    SPARQL11Query: URIRef
    resultFormat: URIRef  # noqa: N815
    feature: URIRef
    UnionDefaultGraph: URIRef
    defaultDataset: URIRef  # noqa: N815
    defaultGraph: URIRef  # noqa: N815
    namedGraph: URIRef  # noqa: N815
    name: URIRef
    graph: URIRef


# The result formats of kg.store.sparql's tables, by their W3C format IRIs.
RESULT_FORMAT_IRIS = (
    FORMATS.SPARQL_Results_JSON,
    FORMATS.SPARQL_Results_XML,
    FORMATS.SPARQL_Results_CSV,
    FORMATS.SPARQL_Results_TSV,
    FORMATS.Turtle,
    FORMATS["N-Triples"],
    FORMATS["JSON-LD"],
    FORMATS.RDF_XML,
)
UNKNOWN_GRAPHS_NOTE = (
    "A graph named in FROM, FROM NAMED, default-graph-uri or named-graph-uri that this store "
    "does not hold is taken as an empty graph; it is never fetched (no network, no file). "
    "The endpoint is read-only: updates, SERVICE and LOAD are refused."
)
REMOTE_GRAPHS_NOTE = (
    "Answered from another SPARQL server: a graph named in FROM, FROM NAMED, default-graph-uri or "
    "named-graph-uri that it does not hold is refused (400), since that server might fetch it. "
    "The endpoint is read-only: updates, SERVICE and LOAD are refused."
)
# Media types → rdflib serializer names, in the order offered.
_SERIALIZERS: dict[str, tuple[str, tuple[str, ...]]] = {
    "text/turtle": ("turtle", ("application/x-turtle", "text/n3")),
    "application/n-triples": ("nt", ()),
    "application/ld+json": ("json-ld", ("application/json",)),
    "application/rdf+xml": ("xml", ("application/xml",)),
}
_EXAMPLES = 8


def rdf_media_type(accept_all: bool = True) -> str | None:
    """The RDF type the request accepts best (Turtle on a tie or a wildcard); None if none.
    With ``accept_all`` false, only a type named in ``Accept`` counts, not ``*/*``."""
    if not request.accept_mimetypes:
        return "text/turtle" if accept_all else None
    best: tuple[float, int, str] | None = None
    for i, (media, (_, aliases)) in enumerate(_SERIALIZERS.items()):
        ranked = [range_quality(m) for m in (media, *aliases)]
        top = max(rank for rank, _ in ranked)
        if top < 0 or (top == 0 and not accept_all):
            continue
        quality = max(q for rank, q in ranked if rank == top)
        if quality > 0 and (best is None or (quality, -i) > (best[0], -best[1])):
            best = (quality, i, media)
    return best[2] if best else None


def rdf_response(graph: Graph, media: str) -> Response:
    """``graph`` serialised as ``media``."""
    fmt = _SERIALIZERS[media][0]
    for prefix, ns in (("sd", SD._NS), ("void", VOID), ("formats", FORMATS), *PREFIXES.items()):
        graph.bind(prefix, ns, override=True)
    body = graph.serialize(format=fmt, encoding="utf-8")
    text = media in {"text/turtle", "application/n-triples"}
    response = Response(body, content_type=media + ("; charset=utf-8" if text else ""))
    response.headers["Vary"] = "Accept"
    return response


def _graph_counts() -> tuple[int, dict[str, int]]:
    reader = store()
    total = reader.select("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")
    rows = reader.select("SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g ORDER BY ?g")
    return int(total[0]["n"]) if total else 0, {r["g"]: int(r["n"]) for r in rows if "g" in r}


def service_description(endpoint: str, *, remote: bool = False) -> Graph:
    """The SPARQL 1.1 Service Description of the endpoint at ``endpoint`` (``remote``: answered
    from another SPARQL server, which refuses graphs it does not hold)."""
    graph = Graph()
    service = URIRef(endpoint + "#service")
    graph.add((service, RDF.type, SD.Service))
    graph.add((service, SD.endpoint, URIRef(endpoint)))
    graph.add((service, SD.supportedLanguage, SD.SPARQL11Query))
    for fmt in RESULT_FORMAT_IRIS:
        graph.add((service, SD.resultFormat, fmt))
    graph.add((service, SD.feature, SD.UnionDefaultGraph))
    note = REMOTE_GRAPHS_NOTE if remote else UNKNOWN_GRAPHS_NOTE
    graph.add((service, RDFS.comment, Literal(note, lang="en")))
    total, counts = _graph_counts()
    dataset = BNode()
    graph.add((service, SD.defaultDataset, dataset))
    graph.add((dataset, RDF.type, SD.Dataset))
    default = BNode()
    graph.add((dataset, SD.defaultGraph, default))
    graph.add((default, RDF.type, SD.Graph))
    graph.add((default, VOID.triples, Literal(total, datatype=XSD.integer)))
    graph.add((default, RDFS.comment, Literal("the union (merge) of every named graph", lang="en")))
    for iri, count in counts.items():
        named, inner = BNode(), BNode()
        graph.add((dataset, SD.namedGraph, named))
        graph.add((named, RDF.type, SD.NamedGraph))
        graph.add((named, SD.name, URIRef(iri)))
        graph.add((named, SD.graph, inner))
        graph.add((inner, RDF.type, SD.Graph))
        graph.add((inner, VOID.triples, Literal(count, datatype=XSD.integer)))
    return graph


def void_description(base: str) -> Graph:
    """VoID for the dataset served at ``base`` (ending in ``/``)."""
    reader = store()
    graph = Graph()
    document = URIRef(base + ".well-known/void")
    dataset = URIRef(base + ".well-known/void#dataset")
    graph.add((document, RDF.type, VOID.DatasetDescription))
    graph.add((document, FOAF.primaryTopic, dataset))
    graph.add((dataset, RDF.type, VOID.Dataset))
    graph.add((dataset, DCTERMS.title, Literal("policykg", lang="en")))
    graph.add((dataset, VOID.sparqlEndpoint, URIRef(base + "sparql")))
    graph.add((dataset, VOID.uriSpace, Literal(str(ID))))
    total, counts = _graph_counts()
    graph.add((dataset, VOID.triples, Literal(total, datatype=XSD.integer)))
    used = reader.select("SELECT DISTINCT ?t WHERE { { ?s ?t ?o } UNION { ?s a ?t } }")
    namespaces = {ns for ns in PREFIXES.values() if ns != str(ID)}
    for ns in sorted(namespaces):
        if any(row.get("t", "").startswith(ns) for row in used):
            graph.add((dataset, VOID.vocabulary, URIRef(ns)))
    examples = reader.select(
        "SELECT ?c (MIN(STR(?s)) AS ?e) WHERE { ?s a ?c "
        f'FILTER(STRSTARTS(STR(?s), "{ID}") && STRSTARTS(STR(?c), "{PREFIXES["pol"]}")) }} '
        f"GROUP BY ?c ORDER BY ?c LIMIT {_EXAMPLES}"
    )
    for row in examples:
        if "e" in row:
            graph.add((dataset, VOID.exampleResource, URIRef(row["e"])))
    for iri, count in counts.items():
        subset = URIRef(iri)
        graph.add((dataset, VOID.subset, subset))
        graph.add((subset, RDF.type, VOID.Dataset))
        graph.add((subset, VOID.triples, Literal(count, datatype=XSD.integer)))
    return graph


@bp.get("/.well-known/void")
def void() -> Any:
    media = rdf_media_type()
    if media is None:
        raise NotAcceptable("VoID is offered as " + ", ".join(_SERIALIZERS))
    response = rdf_response(void_description(request.url_root), media)
    response.headers["Access-Control-Allow-Origin"] = "*"
    return response
