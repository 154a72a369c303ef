"""What a build reads from and keeps in the store beside the documents' graphs: the content
hashes stored before, the ontology's graph, the tracking graph of a report's editions, and
the entities counted.

Takes the build's :class:`~kg.store.writer.StoreWriter` (and for tracking the corpus entries
and the report); gives what it found, or whether it changed the store.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from rdflib import Literal, URIRef
from rdflib.compare import to_isomorphic

from kg.build_documents import content_hash
from kg.build_report import BuildReport
from kg.rdf import iris
from kg.rdf.namespaces import POL
from kg.read.corpus import Entry
from kg.store.writer import StoreWriter

if TYPE_CHECKING:
    from kg.track.graph import Kept

ONTOLOGY_GRAPH = "https://w3id.org/policykg/ns"


def stored_hashes(writer: StoreWriter) -> dict[str, tuple[str, list[str]]]:
    """doc id -> (content hash, graph IRIs) of what the previous build stored."""
    found: dict[str, tuple[str, list[str]]] = {}
    # Only the build's own graphs: a loaded file cannot make a document of its own.  From
    # the content hashes (one a graph), which the store then reads in this order: from
    # the type, it read every document's triples (0.1 s at 1,000 documents, against 0.03 s).
    query = f"""
        SELECT ?g ?id ?hash WHERE {{ GRAPH ?g {{
            ?d <{POL.contentHash}> ?hash . ?d a <{POL.Document}> ; <{POL.documentId}> ?id }}
            FILTER(STRSTARTS(STR(?g), "{iris.GRAPH_PREFIX}")) }}"""
    for row in writer.oxigraph.query(query):  # type: ignore[union-attr]
        graph_iri, doc_id, digest = row[0].value, row[1].value, row[2].value
        _, graphs = found.get(doc_id, ("", []))
        found[doc_id] = (digest, [*graphs, graph_iri])
    return found


@functools.cache
def _ontology_digest() -> str:
    """The ontology's content hash, worked out once a process (0.1 s or more: a process
    that builds again and again asks at every pass)."""
    from kg.rdf.ontology import ontology_graph

    # Of the canonical form: the ontology's blank nodes get new labels in every
    # process, so a digest of its N-Triples would differ from build to build.
    canonical = to_isomorphic(ontology_graph()).graph_digest()  # type: ignore[no-untyped-call]
    return content_hash(str(canonical).encode("ascii"))


def load_ontology(writer: StoreWriter) -> bool:
    """Keep the ontology in its own named graph; True when it had to be (re)loaded."""
    from kg.rdf.ontology import ontology_graph

    digest = _ontology_digest()
    stored = writer.oxigraph.query(
        f'ASK {{ GRAPH <{ONTOLOGY_GRAPH}> {{ <{ONTOLOGY_GRAPH}> <{POL.contentHash}> "{digest}" }} }}'
    )
    if bool(stored):
        return False
    graph = ontology_graph()
    graph.add((URIRef(ONTOLOGY_GRAPH), POL.contentHash, Literal(digest)))
    writer.replace_graphs([ONTOLOGY_GRAPH], ONTOLOGY_GRAPH, graph)
    return True


def store_tracking(
    writer: StoreWriter,
    entries: list[Entry],
    report: BuildReport,
    kept: Kept | None = None,
    graphs: dict[str, str] | None = None,
) -> bool:
    """Store the series, item matches and changes of the editions built; True when they changed.

    Made from what the store holds after this build's documents (the merge is
    up to date), so a kept document still counts as an edition.  ``kept``: what
    an earlier build of this process compared and stored (see
    :mod:`kg.track.graph`); where the store still holds that graph, only the
    pairs of editions that changed are taken out and put in.
    """
    from kg.track.editions import OxigraphSelects
    from kg.track.graph import changed_lines, track_graph
    from kg.track.rdf import TRACK_GRAPH, ntriples

    tracking = track_graph(OxigraphSelects(writer.oxigraph), entries, kept, graphs)
    report.warnings.extend(tracking.plan.warnings)
    held = [g for g in writer.graphs_with_prefix(TRACK_GRAPH) if g == TRACK_GRAPH]
    if not tracking.plan.series:
        if held:
            writer.remove_graphs(held)
        if kept is not None:
            kept.stored = None
        return bool(held)

    def holds(digest: str) -> bool:
        ask = f'ASK {{ GRAPH <{TRACK_GRAPH}> {{ <{TRACK_GRAPH}> <{POL.contentHash}> "{digest}" }} }}'
        return bool(writer.oxigraph.query(ask))

    if holds(tracking.digest):
        changed = False
    elif kept is not None and kept.stored is not None and held and holds(kept.stored.digest):
        gone, came = changed_lines(kept.stored, tracking)
        writer.patch_graph(TRACK_GRAPH, ntriples(gone), ntriples(came))
        changed = True
    else:
        writer.store_ntriples(held, TRACK_GRAPH, tracking.ntriples())
        changed = True
    if kept is not None:
        kept.stored = tracking
    return changed


def count_entities(writer: StoreWriter) -> dict[str, int]:
    """Distinct subjects of each policykg class in the documents' graphs.

    The store keeps the counts of the merge up to date as graphs come and go;
    what only the ontology types (its own individuals: the link bases) is taken off.
    """
    counts = {t: n for t, n in writer.type_counts().items() if t.startswith(str(POL._NS))}
    ontology_only = f"""SELECT ?t (COUNT(?s) AS ?n) WHERE {{
        GRAPH <{ONTOLOGY_GRAPH}> {{ ?s a ?t }}
        FILTER NOT EXISTS {{ GRAPH ?g {{ ?s a ?t }} FILTER(?g != <{ONTOLOGY_GRAPH}>) }} }} GROUP BY ?t"""
    for row in writer.oxigraph.query(ontology_only):  # type: ignore[union-attr]
        if row[0].value in counts:
            counts[row[0].value] -= int(row[1].value)
    return {t.removeprefix(str(POL._NS)): n for t, n in sorted(counts.items()) if n > 0}
