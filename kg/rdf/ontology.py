"""The policykg ontology and SHACL shapes, loaded from the Turtle files shipped in ``ontology/``.

Each call returns a fresh graph, so callers may add to it without changing what the next
caller sees; the parsing itself happens once per process.

>>> from kg.rdf.namespaces import POL
>>> term_labels("ja")[POL.Issue]
'課題'

:func:`class_label` is the one table of class names every page, facet, graph and
export shows: the ontology's own ``rdfs:label``, Japanese first.

>>> class_label("ProgressUpdate"), class_label("ProgressUpdate", "en")
('取組状況', 'Progress update')
"""

from __future__ import annotations

import importlib.resources
from functools import cache

from rdflib import Graph, Literal, URIRef

from kg.errors import PolicyKGError
from kg.rdf.namespaces import OWL, PREFIXES, PROV, QB, RDF, RDFS

__all__ = [
    "ONTOLOGY_IRI",
    "SHAPES_IRI",
    "class_label",
    "class_labels",
    "ontology_graph",
    "shapes_graph",
    "term_labels",
]

ONTOLOGY_IRI = URIRef("https://w3id.org/policykg/ns")
SHAPES_IRI = URIRef("https://w3id.org/policykg/shapes")

_PACKAGE = "ontology"
_ONTOLOGY_FILE = "policykg.ttl"
_SHAPES_FILE = "shapes.ttl"
# Classes of standard vocabularies the graph uses; the ontology labels them for display.
_STANDARD_CLASSES = (QB.DataSet, QB.Observation, PROV.Entity)


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


def class_labels(lang: str = "ja") -> dict[str, str]:
    """Every class the graph uses, by local name (``Issue``, ``Observation``), with its label in ``lang``."""
    return dict(_class_labels(lang))


def class_label(name: str, lang: str = "ja") -> str:
    """The label of a class given by local name or IRI; the name itself where there is none.

    >>> class_label("https://w3id.org/policykg/ns#StatusRow"), class_label("Paragraph")
    ('取組状況表の行', 'Paragraph')
    """
    return _class_labels(lang).get(_local(name), name) if name else name


def _local(name: str) -> str:
    return name.rstrip("/#").rsplit("#", 1)[-1].rsplit("/", 1)[-1]


@cache
def _class_labels(lang: str) -> dict[str, str]:
    graph = _parsed(_ONTOLOGY_FILE)
    classes = [c for c in graph.subjects(RDF.type, OWL.Class) if isinstance(c, URIRef)]
    labels = _labels(lang)
    return {_local(str(c)): labels[c] for c in (*classes, *_STANDARD_CLASSES) if c in labels}


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
