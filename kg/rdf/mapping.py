"""One document version as RDF: the document and section writers of :mod:`kg.rdf.triples`,
the item writers of :mod:`kg.rdf.items` and the entity writers of :mod:`kg.rdf.entities`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from rdflib import Graph

from kg.rdf.entities import entity_triples
from kg.rdf.items import item_triples
from kg.rdf.triples import DocumentMeta, Triples, TripleSink, document_triples, new_graph, section_triples
from kg.read.document import Document

if TYPE_CHECKING:
    from kg.extract.extraction import Extraction


def build_graph(meta: DocumentMeta, doc: Document, found: Extraction) -> Graph:
    """All triples of one document version, as an rdflib graph."""
    g = new_graph()
    fill(g, meta, doc, found)
    return g


def build_triples(meta: DocumentMeta, doc: Document, found: Extraction, limit: int | None = None) -> Triples:
    """The triples of :func:`build_graph`, without a graph: what the build stores.

    Past ``limit`` triples the rest are left out, and counted in ``cut``.
    """
    triples = Triples(limit)
    fill(triples, meta, doc, found)
    return triples


def fill(g: TripleSink, meta: DocumentMeta, doc: Document, found: Extraction) -> None:
    """Add all triples of one document version to ``g``."""
    document_triples(g, meta, doc)
    sections = section_triples(g, meta, doc)
    item_triples(g, meta, doc, found, sections)
    entity_triples(g, meta, doc, found)
