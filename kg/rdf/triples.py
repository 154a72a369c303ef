"""Turn what was read and extracted from one document into RDF triples.

The terms follow the knowledge-graph contract: a pol:Document with its
metadata, its pol:Section tree, pol:Theme and pol:Issue nodes with numbers and
labels, and an oa:Annotation for the place each item was read from.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from rdflib import Graph, Literal, URIRef
from rdflib.term import Node

from kg import digests
from kg.extract.policy import clean_title
from kg.rdf import iris
from kg.rdf.namespaces import DCTERMS, OA, POL, PREFIXES, PROV, RDF, RDFS, XSD
from kg.read.document import Block, Document, Span

if TYPE_CHECKING:
    pass


@dataclass(frozen=True, slots=True)
class DocumentMeta:
    """What the manifest (or a guess) says about a document."""

    doc_id: str
    title: str
    publisher: str | None
    date: dt.date | None
    source: str | None
    license: str | None
    source_file: str
    content_hash: str
    guessed: bool = False


Triple = tuple[Node, Node, Node]


class TripleSink(Protocol):
    """Where triples go: an rdflib :class:`~rdflib.Graph`, or the lighter :class:`Triples`."""

    def add(self, triple: Triple, /) -> object: ...

    def __contains__(self, triple: Triple, /) -> bool: ...


class Triples:
    """An insertion-ordered set of triples that writes itself as N-Triples.

    Adding to an rdflib memory graph indexes every triple three ways (tens of
    microseconds each); a document's triples are only ever written out whole,
    so a set is all they need.  Terms compare as they do in a graph, so the
    same triples are kept.
    """

    __slots__ = ("_triples", "cut", "limit")

    def __init__(self, limit: int | None = None) -> None:
        self._triples: dict[Triple, None] = {}
        self.limit = limit
        self.cut = 0  # triples left out at the limit

    def add(self, triple: Triple, /) -> Triples:
        if self.limit is not None and len(self._triples) >= self.limit and triple not in self._triples:
            self.cut += 1
        else:
            self._triples[triple] = None
        return self

    def __contains__(self, triple: object, /) -> bool:
        return triple in self._triples

    def __len__(self) -> int:
        return len(self._triples)

    def __iter__(self) -> Iterator[Triple]:
        return iter(self._triples)

    def ntriples(self) -> bytes:
        """The triples as N-Triples, UTF-8."""
        # Written straight into one buffer of bytes: a list of lines, their join and its
        # encoding would hold the document's triples three times over.  Each term's text is
        # made once.
        terms: dict[Node, bytes] = {}
        out = bytearray()
        for s, p, o in self._triples:
            text = terms.get(s)
            if text is None:
                text = terms[s] = _nt_term(s).encode("utf-8")
            out += text
            out += b" "
            text = terms.get(p)
            if text is None:
                text = terms[p] = _nt_term(p).encode("utf-8")
            out += text
            out += b" "
            text = terms.get(o)
            if text is None:
                text = terms[o] = _nt_term(o).encode("utf-8")
            out += text
            out += b" .\n"
        return bytes(out)

    def graph(self) -> Graph:
        g = new_graph()
        for triple in self._triples:
            g.add(triple)
        return g


_NT_ESCAPES = str.maketrans({"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r"})


def _nt_term(term: Node) -> str:
    # The same text rdflib's N-Triples serializer writes for these terms.
    if isinstance(term, Literal):
        quoted = f'"{str(term).translate(_NT_ESCAPES)}"'
        if term.language:
            return f"{quoted}@{term.language}"
        if term.datatype:
            return f"{quoted}^^<{term.datatype}>"
        return quoted
    if isinstance(term, URIRef):
        return term.n3()
    raise TypeError(f"not an IRI or a literal: {term!r}")


def new_graph() -> Graph:
    g = Graph()
    for prefix, ns in PREFIXES.items():
        g.bind(prefix, ns, override=True)
    return g


def ja(text: str) -> Literal:
    return Literal(text, lang="ja")


_XSD_INTEGER = XSD.integer


@functools.lru_cache(maxsize=1 << 16)
def integer(value: int) -> Literal:
    # Made once a value (offsets, lines and orders recur through a document's annotations),
    # and from its lexical form, which Python's int writes canonically: made from the int, rdflib
    # tries each Python type it knows in turn (most of the time taken to build the triples).
    return Literal(str(value), datatype=_XSD_INTEGER, normalize=False)


# The terms of an annotation, looked up once: a document has thousands of annotations
# and each lookup through a namespace makes a new IRI.
_A, _LINE, _ANNOTATION, _HAS_BODY = RDF.type, POL.line, OA.Annotation, OA.hasBody
_MOTIVATED_BY, _IDENTIFYING = OA.motivatedBy, OA.identifying
_HAS_TARGET, _SPECIFIC_RESOURCE, _HAS_SOURCE = OA.hasTarget, OA.SpecificResource, OA.hasSource
_HAS_SELECTOR, _QUOTE_SELECTOR, _EXACT = OA.hasSelector, OA.TextQuoteSelector, OA.exact
_POSITION_SELECTOR, _START, _END = OA.TextPositionSelector, OA.start, OA.end


def annotate(g: TripleSink, meta: DocumentMeta, doc: Document, body: URIRef, block: Block | Span) -> URIRef:
    """Record where ``body`` was read: the quoted text, its offsets and line."""
    ann = iris.annotation(meta.doc_id, str(body), block.start, block.end)
    # Named, not blank, nodes: they stay stable across builds and comparing or
    # describing graphs never has to match blank nodes.
    target, quote, position = URIRef(f"{ann}#target"), URIRef(f"{ann}#quote"), URIRef(f"{ann}#position")
    add = g.add
    add((ann, _A, _ANNOTATION))
    add((ann, _HAS_BODY, body))
    add((ann, _MOTIVATED_BY, _IDENTIFYING))
    # The line of the source file: for a text assembled from markup, the markup's line.
    add((ann, _LINE, integer(doc.recorded_line(block.start, block.line))))
    add((ann, _HAS_TARGET, target))
    add((target, _A, _SPECIFIC_RESOURCE))
    add((target, _HAS_SOURCE, iris.document(meta.doc_id)))
    add((target, _HAS_SELECTOR, quote))
    add((quote, _A, _QUOTE_SELECTOR))
    add((quote, _EXACT, Literal(doc.text[block.start : block.end])))
    add((target, _HAS_SELECTOR, position))
    add((position, _A, _POSITION_SELECTOR))
    add((position, _START, integer(block.start)))
    add((position, _END, integer(block.end)))
    return ann


def document_triples(g: TripleSink, meta: DocumentMeta, doc: Document) -> URIRef:
    node = iris.document(meta.doc_id)
    g.add((node, RDF.type, POL.Document))
    g.add((node, RDF.type, PROV.Entity))
    g.add((node, RDFS.label, ja(meta.title)))
    g.add((node, DCTERMS.title, ja(meta.title)))
    g.add((node, POL.documentId, Literal(meta.doc_id)))
    g.add((node, POL.contentHash, Literal(meta.content_hash)))
    g.add((node, POL.sourceFile, Literal(meta.source_file)))
    g.add((node, POL.mediaType, Literal(doc.media_type)))
    if meta.date is not None:
        g.add((node, DCTERMS.issued, Literal(meta.date.isoformat(), datatype=XSD.date)))
    if meta.source:
        g.add((node, DCTERMS.source, Literal(meta.source)))
    if meta.license:
        g.add((node, DCTERMS.license, Literal(meta.license)))
    if meta.guessed:
        g.add((node, POL.metadataGuessed, Literal(True)))
    return node


def section_keys(doc: Document) -> dict[int, str]:
    """A stable key for each section: its number where that is unique, else number and title digest."""
    counts: dict[str, set[str]] = {}
    for section in doc.sections:
        if section.number:
            counts.setdefault(section.number, set()).add(clean_title(section.title))
    keys: dict[int, str] = {}
    for i, section in enumerate(doc.sections):
        title = clean_title(section.title)
        if section.number and len(counts[section.number]) == 1:
            keys[i] = section.number.rstrip(".")
        elif section.number:
            keys[i] = f"{section.number.rstrip('.')}-{digests.short_hash(title, length=8)}"
        else:
            keys[i] = f"h-{digests.short_hash(title, length=10)}"
    return keys


def section_triples(g: TripleSink, meta: DocumentMeta, doc: Document) -> dict[int, URIRef]:
    """One pol:Section per distinct heading; repeated page titles share one node."""
    keys = section_keys(doc)
    doc_node = iris.document(meta.doc_id)
    nodes: dict[int, URIRef] = {}
    for i, section in enumerate(doc.sections):
        node = iris.section(meta.doc_id, keys[i])
        nodes[i] = node
        if (node, RDF.type, POL.Section) in g:
            continue
        g.add((node, RDF.type, POL.Section))
        g.add((node, RDFS.label, ja(clean_title(section.title) or section.title)))
        g.add((node, PROV.wasDerivedFrom, doc_node))
        if section.number:
            g.add((node, POL.number, Literal(section.number.rstrip("."))))
        g.add((node, POL.order, integer(i)))
        annotate(g, meta, doc, node, doc.blocks[section.heading])
    for i, section in enumerate(doc.sections):
        if section.parent is not None and nodes[section.parent] != nodes[i]:
            g.add((nodes[i], POL.subsectionOf, nodes[section.parent]))
    return nodes
