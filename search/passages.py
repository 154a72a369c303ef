"""The passages the index holds, read from the store and the documents it was built from.

Items (measures, progress updates, issues, goals, targets, themes) come from the
graph with everything the facets need.  The rest of each document's text
(paragraphs, notes, list items, table rows, headings) is read from the corpus file
the store names, and only when its content hash still matches the stored one, so
the index never mixes two versions of a document.  A line that holds an item is
not indexed again as a paragraph.
"""

from __future__ import annotations

import bisect
import re
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from kg.errors import PolicyKGError
from kg.namespaces import sparql_prologue
from kg.store import ReadStore

ITEM_TYPES = ("Measure", "ProgressUpdate", "Issue", "Goal", "Target", "Theme")
PARAGRAPH = "Paragraph"
SECTION = "Section"
_TAG = re.compile(r"<[^>]{0,400}>")
_SPACE = re.compile(r"[ \t\u3000]+")
LABEL_CHARS = 60


@dataclass(slots=True)
class Passage:
    """One searchable unit with the values of every facet."""

    key: str
    iri: str
    type: str
    label: str
    text: str
    document: str
    doc_iri: str
    line: int
    section: str = ""
    themes: list[str] = field(default_factory=list)
    issues: list[str] = field(default_factory=list)
    laws: list[str] = field(default_factory=list)
    law_iris: list[str] = field(default_factory=list)
    agencies: list[str] = field(default_factory=list)
    years: list[str] = field(default_factory=list)


@dataclass(slots=True)
class Vocabulary:
    """Names the search needs besides the passages: synonyms, filter aliases, facet labels."""

    groups: list[list[str]] = field(default_factory=list)
    laws: dict[str, str] = field(default_factory=dict)
    agencies: dict[str, str] = field(default_factory=dict)
    themes: dict[str, str] = field(default_factory=dict)
    issues: dict[str, str] = field(default_factory=dict)
    documents: dict[str, str] = field(default_factory=dict)


def _q(body: str) -> str:
    return sparql_prologue() + body.replace("ITEM_TYPES", " ".join(f"pol:{t}" for t in ITEM_TYPES))


ITEMS = _q(
    """
SELECT ?item ?type ?label ?docIri ?docId ?number ?sectionLabel WHERE {
  VALUES ?type { ITEM_TYPES }
  ?item a ?type ; rdfs:label ?label ; prov:wasDerivedFrom ?docIri .
  ?docIri pol:documentId ?docId .
  OPTIONAL { ?item pol:number ?number }
  OPTIONAL { ?item pol:section/rdfs:label ?sectionLabel }
}"""
)
LINES = _q(
    """
SELECT ?item (MIN(?l) AS ?line) WHERE {
  VALUES ?type { ITEM_TYPES }
  ?item a ?type . ?ann oa:hasBody ?item ; pol:line ?l .
} GROUP BY ?item"""
)
# Members of a bundle count for the bundle, as in the graph contract's query.
LAWS = _q(
    """
SELECT ?item ?law ?label WHERE {
  { ?item pol:dependsOnLaw ?law } UNION { ?item pol:dependsOnLaw ?member . ?member dcterms:isPartOf ?law }
  ?law rdfs:label ?label .
}"""
)
AGENCIES = _q("SELECT ?item ?label WHERE { ?item pol:involvesAgency/rdfs:label ?label }")
ISSUES = _q(
    """
SELECT ?item ?number ?theme WHERE {
  { ?item pol:addressesIssue ?issue } UNION { ?item a pol:Issue . BIND(?item AS ?issue) }
  ?issue pol:number ?number .
  OPTIONAL { ?issue pol:partOfTheme/pol:number ?theme }
}"""
)
THEMES = _q("SELECT ?number ?label WHERE { ?t a pol:Theme ; pol:number ?number ; rdfs:label ?label }")
ISSUE_LABELS = _q("SELECT ?number ?label WHERE { ?i a pol:Issue ; pol:number ?number ; rdfs:label ?label }")
YEARS = _q(
    """
SELECT ?item ?start ?fy WHERE {
  ?item pol:when ?d . OPTIONAL { ?d pol:start ?start } OPTIONAL { ?d pol:fiscalYear ?fy }
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
SECTIONS = _q(
    """
SELECT ?sec ?label ?number ?docIri (MIN(?l) AS ?line) WHERE {
  ?sec a pol:Section ; rdfs:label ?label ; prov:wasDerivedFrom ?docIri .
  OPTIONAL { ?sec pol:number ?number }
  ?ann oa:hasBody ?sec ; pol:line ?l .
} GROUP BY ?sec ?label ?number ?docIri"""
)


def _local(iri: str) -> str:
    return iri.rsplit("#", 1)[-1]


def _short(text: str) -> str:
    text = _SPACE.sub(" ", text).strip()
    return text if len(text) <= LABEL_CHARS else text[: LABEL_CHARS - 1] + "…"


def _clean(value: str) -> str:
    # Facet values travel in comma-separated keyword fields.
    return value.replace(",", "，").strip()


def vocabulary(store: ReadStore) -> Vocabulary:
    """Synonym groups, filter aliases and facet labels from the graph."""
    vocab = Vocabulary()
    names: dict[str, tuple[str, str, list[str]]] = {}
    for row in store.select(NAMES):
        kind, label, forms = names.setdefault(row["x"], (_local(row["kind"]), row["label"], []))
        if "alt" in row and row["alt"] not in forms:
            forms.append(row["alt"])
    from search.analysis import fold

    for kind, label, alts in names.values():
        vocab.groups.append([label, *alts])
        aliases = vocab.agencies if kind == "Agency" else vocab.laws
        for form in (label, *alts):
            aliases.setdefault(fold(form), _clean(label))
    vocab.themes = {r["number"]: r["label"] for r in store.select(THEMES)}
    vocab.issues = {r["number"]: r["label"] for r in store.select(ISSUE_LABELS)}
    vocab.documents = {r["id"]: r["title"] for r in store.select(DOCUMENTS)}
    return vocab


def _add(values: list[str], value: str) -> None:
    value = _clean(value)
    if value and value not in values:
        values.append(value)


def items(store: ReadStore) -> list[Passage]:
    """Every measure, progress update, issue, goal, target and theme, with facet values."""
    lines = {r["item"]: int(r["line"]) for r in store.select(LINES)}
    found: dict[str, Passage] = {}
    for row in store.select(ITEMS):
        iri = row["item"]
        if iri in found:
            continue
        kind = _local(row["type"])
        label = row["label"]
        text = f"{row['number']} {label}" if kind in ("Issue", "Theme") and "number" in row else label
        found[iri] = Passage(
            key=iri,
            iri=iri,
            type=kind,
            label=label,
            text=text,
            document=row["docId"],
            doc_iri=row["docIri"],
            line=lines.get(iri, 0),
            section=row.get("sectionLabel", ""),
        )
        if kind == "Theme" and "number" in row:
            found[iri].themes.append(row["number"])
    for row in store.select(LAWS):
        if passage := found.get(row["item"]):
            _add(passage.laws, row["label"])
            if row["law"] not in passage.law_iris:
                passage.law_iris.append(row["law"])
    for row in store.select(AGENCIES):
        if passage := found.get(row["item"]):
            _add(passage.agencies, row["label"])
    for row in store.select(ISSUES):
        if passage := found.get(row["item"]):
            _add(passage.issues, row["number"])
            if "theme" in row:
                _add(passage.themes, row["theme"])
    for row in store.select(YEARS):
        if passage := found.get(row["item"]):
            value = row.get("start") or row.get("fy") or ""
            if re.match(r"^\d{4}", value):
                _add(passage.years, value[:4])
    return sorted(found.values(), key=lambda p: (p.document, p.line, p.key))


def paragraphs(
    store: ReadStore, corpus_dir: Path, covered: set[tuple[str, int]]
) -> tuple[list[Passage], list[str]]:
    """The text of each document that no item covers, and warnings for documents not read."""
    from kg.build import content_hash
    from kg.document import BlockKind
    from kg.readers import read_document

    kinds = {BlockKind.PARAGRAPH, BlockKind.NOTE, BlockKind.LIST_ITEM, BlockKind.CHECK_ITEM, BlockKind.ROW}
    sections: dict[str, list[tuple[int, str, str]]] = defaultdict(list)
    for row in store.select(SECTIONS):
        title = f"{row['number']} {row['label']}" if "number" in row else row["label"]
        sections[row["docIri"]].append((int(row["line"]), title, row["sec"]))
    out: list[Passage] = []
    warnings: list[str] = []
    for doc in store.select(DOCUMENTS):
        doc_id, doc_iri = doc["id"], doc["doc"]
        path = corpus_dir / doc.get("file", "")
        try:
            raw = path.read_bytes() if "file" in doc and path.is_file() else None
        except OSError:
            raw = None
        if raw is None or content_hash(raw) != doc.get("hash"):
            warnings.append(
                f"{doc_id}: {path} is missing or changed since the build; only its items are indexed"
            )
            continue
        try:
            document = read_document(path)
        except PolicyKGError as exc:
            warnings.append(f"{doc_id}: {exc.message}; only its items are indexed")
            continue
        heads = sorted(sections.get(doc_iri, []))
        starts = [line for line, _, _ in heads]
        for line, title, sec in heads:
            if (doc_id, line) not in covered:
                out.append(Passage(sec, sec, SECTION, title, title, doc_id, doc_iri, line, section=title))
        for block in document.blocks:
            if block.kind not in kinds:
                continue
            if block.parent is not None and document.blocks[block.parent].kind == BlockKind.LIST_ITEM:
                continue
            raw_text = block.text
            if (doc_id, block.line) in covered:
                # A status-table row holds progress items; its first cell names the row
                # (運転免許証のデジタル化), which no item repeats.
                cells = [c for c in document.children_of(block.index) if c.kind == BlockKind.CELL]
                if block.kind != BlockKind.ROW or not cells:
                    continue
                raw_text = cells[0].text
            text = _SPACE.sub(" ", _TAG.sub(" ", raw_text)).replace("**", "").strip()
            if not text:
                continue
            at = bisect.bisect_right(starts, block.line) - 1
            section = heads[at][1] if at >= 0 else ""
            key = f"{doc_iri}#L{block.line}"
            if out and out[-1].key == key:
                continue
            out.append(Passage(key, key, PARAGRAPH, _short(text), text, doc_id, doc_iri, block.line, section))
    return out, warnings


def collect(store: ReadStore, corpus_dir: Path) -> tuple[list[Passage], Vocabulary, list[str]]:
    """Every passage of the store's current generation, the vocabulary and any warnings."""
    found = items(store)
    covered = {(p.document, p.line) for p in found if p.line}
    rest, warnings = paragraphs(store, corpus_dir, covered)
    return found + rest, vocabulary(store), warnings
