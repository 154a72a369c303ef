"""The policykg ontology and SHACL shapes, loaded from the Turtle files shipped in ``ontology/``.

Each call returns a fresh graph, so callers may add to it without changing what the next
caller sees; the parsing itself happens once per process.

>>> from kg.namespaces import POL
>>> term_labels("ja")[POL.Issue]
'課題'
"""

from __future__ import annotations

import importlib.resources
from functools import cache

from rdflib import Graph, Literal, URIRef

from kg.errors import PolicyKGError
from kg.namespaces import PREFIXES, RDFS

__all__ = ["ONTOLOGY_IRI", "SHAPES_IRI", "ontology_graph", "shapes_graph", "term_labels"]

ONTOLOGY_IRI = URIRef("https://w3id.org/policykg/ns")
SHAPES_IRI = URIRef("https://w3id.org/policykg/shapes")

_PACKAGE = "ontology"
_ONTOLOGY_FILE = "policykg.ttl"
_SHAPES_FILE = "shapes.ttl"


def ontology_graph() -> Graph:
    """The OWL ontology: every ``pol:`` term with its labels, definitions and alignments."""
    return _copy(_parsed(_ONTOLOGY_FILE))


def shapes_graph() -> Graph:
    """The SHACL shapes a built graph must satisfy."""
    return _copy(_parsed(_SHAPES_FILE))


def term_labels(lang: str) -> dict[URIRef, str]:
    """Each labelled term of the ontology with its ``rdfs:label`` in ``lang`` ("ja" or "en").

    Covers the ``pol:`` terms and the standard properties the graph uses (``dcterms:title``,
    ``oa:hasBody`` …), so pages can name properties in words.
    """
    return dict(_labels(lang))


@cache
def _labels(lang: str) -> dict[URIRef, str]:
    labels: dict[URIRef, str] = {}
    for term, label in _parsed(_ONTOLOGY_FILE).subject_objects(RDFS.label):
        if isinstance(term, URIRef) and isinstance(label, Literal) and label.language == lang:
            labels[term] = str(label)
    return labels


@cache
def _parsed(name: str) -> Graph:
    graph = Graph()
    try:
        text = importlib.resources.files(_PACKAGE).joinpath(name).read_text(encoding="utf-8")
        graph.parse(data=text, format="turtle")
    # rdflib's Turtle parser raises bare Exception subclasses of its own, so the catch is wide.
    except Exception as exc:
        raise PolicyKGError(
            f"the packaged file ontology/{name} could not be read", detail=f"{type(exc).__name__}: {exc}"
        ) from exc
    return graph


def _copy(source: Graph) -> Graph:
    graph = Graph()
    for prefix, namespace in PREFIXES.items():
        graph.bind(prefix, namespace, replace=True)
    graph.bind("polsh", str(SHAPES_IRI) + "#")
    graph += source
    return graph
