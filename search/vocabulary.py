"""What the search needs of the graph besides the passages: synonym groups, the aliases of
laws and agencies for filters, the facet labels of themes and issues, documents' titles.

Takes a store (anything that answers SELECT); gives a :class:`Vocabulary`.  The
facet labels are chosen from counts of each number's labels over the documents
(:func:`item_labels`), which a build that changed a few documents can bring up to
date from theirs alone (:func:`add_labels`).
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, field

from kg.rdf.namespaces import sparql_prologue
from kg.track.editions import Selects


def _q(body: str) -> str:
    return sparql_prologue() + body


# "Issue" and "Theme" -> number -> label -> how many items of the documents have it.
Labels = dict[str, dict[str, dict[str, int]]]


@dataclass(slots=True)
class Vocabulary:
    """Names the search needs besides the passages: synonyms, filter aliases, facet labels."""

    groups: list[list[str]] = field(default_factory=list)
    laws: dict[str, str] = field(default_factory=dict)
    agencies: dict[str, str] = field(default_factory=dict)
    themes: dict[str, str] = field(default_factory=dict)
    issues: dict[str, str] = field(default_factory=dict)
    documents: dict[str, str] = field(default_factory=dict)
    # What the facet labels of themes and issues are chosen from (see :func:`item_labels`).
    labels: Labels = field(default_factory=dict)


# The issues and themes of documents, each with its number and label.  A build that
# changes a few documents reads theirs only and keeps the counts of the others (reading
# every issue's label cost a second at 1,000 documents).
LABELLED = _q(
    """
SELECT ?kind ?number ?label WHERE {
  #SCOPE
  VALUES ?kind { pol:Issue pol:Theme }
  ?item prov:wasDerivedFrom ?docIri ; a ?kind ; pol:number ?number ; rdfs:label ?label .
  ?docIri pol:documentId ?docId .
}"""
)
NAMES = _q(
    """
SELECT ?x ?kind ?label ?alt WHERE {
  VALUES ?kind { pol:Law pol:LawBundle pol:Agency }
  ?x a ?kind ; rdfs:label ?label . OPTIONAL { ?x skos:altLabel ?alt }
}"""
)
DOCUMENTS = _q(
    """
SELECT ?doc ?id ?title ?file ?hash WHERE {
  ?doc a pol:Document ; pol:documentId ?id ; rdfs:label ?title .
  OPTIONAL { ?doc pol:sourceFile ?file } OPTIONAL { ?doc pol:contentHash ?hash }
}"""
)


def local_name(iri: str) -> str:
    return iri.rsplit("#", 1)[-1]


def clean_value(value: str) -> str:
    # Facet values travel in comma-separated keyword fields.
    return value.replace(",", "，").strip()


def _scoped(doc_iris: Collection[str] | None) -> str:
    """LABELLED for the documents ``doc_iris`` only (all documents for None)."""
    if doc_iris is None:
        return LABELLED.replace("#SCOPE\n", "")
    values = " ".join(f"<{iri}>" for iri in sorted(doc_iris))
    return LABELLED.replace("#SCOPE\n", f"VALUES ?docIri {{ {values} }}\n")


def item_labels(store: Selects, doc_iris: Collection[str] | None = None) -> Labels:
    """How many issues and themes of each number have each label: of every document, or of ``doc_iris``."""
    found: Labels = {"Issue": {}, "Theme": {}}
    for row in store.select(_scoped(doc_iris)):
        by_label = found[local_name(row["kind"])].setdefault(row["number"], {})
        by_label[row["label"]] = by_label.get(row["label"], 0) + 1
    return found


def add_labels(into: Labels, other: Labels, sign: int = 1) -> None:
    """Add (``sign`` 1) or take away (-1) the counts ``other`` to or from ``into``."""
    for kind, numbers in other.items():
        kept = into.setdefault(kind, {})
        for number, by_label in numbers.items():
            counts = kept.setdefault(number, {})
            for label, n in by_label.items():
                if (left := counts.get(label, 0) + sign * n) > 0:
                    counts[label] = left
                else:
                    counts.pop(label, None)
            if not counts:
                del kept[number]


def chosen_labels(numbers: dict[str, dict[str, int]]) -> dict[str, str]:
    """Each number's facet label: the label most of its items have (the first in code point
    order among equals), so that it depends on what the graph holds, not on the order rows come in."""
    return {n: min(counts.items(), key=lambda c: (-c[1], c[0]))[0] for n, counts in sorted(numbers.items())}


def vocabulary(store: Selects, labels: Labels | None = None) -> Vocabulary:
    """Synonym groups, filter aliases and facet labels from the graph.

    ``labels``: the counts of :func:`item_labels` where the caller has them.
    """
    vocab = Vocabulary()
    names: dict[str, tuple[str, str, list[str]]] = {}
    for row in store.select(NAMES):
        kind, label, forms = names.setdefault(row["x"], (local_name(row["kind"]), row["label"], []))
        if "alt" in row and row["alt"] not in forms:
            forms.append(row["alt"])
    from search.analysis import fold

    for kind, label, alts in names.values():
        vocab.groups.append([label, *alts])
        aliases = vocab.agencies if kind == "Agency" else vocab.laws
        for form in (label, *alts):
            aliases.setdefault(fold(form), clean_value(label))
    vocab.labels = item_labels(store) if labels is None else labels
    vocab.themes = chosen_labels(vocab.labels.get("Theme", {}))
    vocab.issues = chosen_labels(vocab.labels.get("Issue", {}))
    vocab.documents = {r["id"]: r["title"] for r in store.select(DOCUMENTS)}
    return vocab
