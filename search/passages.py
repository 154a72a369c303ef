"""The passages the index holds, read from the store and the documents it was built from.

Items (measures, progress updates, issues, goals, targets, themes) come from the
graph with everything the facets need.  The rest of each document's text
(paragraphs, notes, list items, table rows, headings) is read from the corpus file
the store names, and only when its content hash still matches the stored one, so
the index never mixes two versions of a document.  A line that holds an item is
not indexed again as a paragraph.

The passages can be read for a few documents only.  Besides its own named graph
and file, a document's passages read one thing other documents can change: the
labels and bundles of the laws and agencies its items link to (every other node
a passage reaches is named under its own document).  :func:`entity_digests`
names that shared part, so that a build can tell which documents it reaches.
"""

from __future__ import annotations

import bisect
import hashlib
import json
import re
from collections import Counter, defaultdict
from collections.abc import Collection
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypedDict

from kg.errors import PolicyKGError
from kg.rdf.namespaces import sparql_prologue
from kg.store.reader import ReadStore
from search.vocabulary import DOCUMENTS, Labels, Vocabulary, clean_value, local_name, vocabulary

ITEM_TYPES = ("Measure", "ProgressUpdate", "Issue", "Goal", "Target", "Theme")
PARAGRAPH = "Paragraph"
SECTION = "Section"
_TAG = re.compile(r"<[^>]{0,400}>")
_SPACE = re.compile(r"[ \t\u3000]+")
LABEL_CHARS = 60
MAX_PASSAGE_CHARS = 20_000  # far above any paragraph of a report
# Bump when what a passage holds, or how it is read, changes: the next build reads every document.
PASSAGES_VERSION = "1"
# Where a query may be narrowed to some documents (bound to ?docIri).
_SCOPE = "#SCOPE\n"
_ITEM_SCOPE = "#ITEM_SCOPE\n"


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


class ReadLimits(TypedDict):
    """What :func:`kg.read.read_document` may read: the build's settings."""

    max_bytes: int
    max_unpacked_bytes: int


def _q(body: str) -> str:
    return sparql_prologue() + body.replace("ITEM_TYPES", " ".join(f"pol:{t}" for t in ITEM_TYPES))


ITEMS = _q(
    """
SELECT ?item ?type ?label ?docIri ?docId ?number ?sectionLabel WHERE {
  #SCOPE
  VALUES ?type { ITEM_TYPES }
  ?item a ?type ; rdfs:label ?label ; prov:wasDerivedFrom ?docIri .
  ?docIri pol:documentId ?docId .
  OPTIONAL { ?item pol:number ?alone } OPTIONAL { ?item skos:notation ?written }
  BIND(COALESCE(?written, ?alone) AS ?number)
  OPTIONAL { ?item pol:section/rdfs:label ?sectionLabel }
}"""
)
LINES = _q(
    """
SELECT ?item (MIN(?l) AS ?line) WHERE {
  #ITEM_SCOPE
  VALUES ?type { ITEM_TYPES }
  ?item a ?type . ?ann oa:hasBody ?item ; pol:line ?l .
} GROUP BY ?item"""
)
# Members of a bundle count for the bundle, as in the graph contract's query.  Read
# as three small queries joined here: the store's plan for the one-query form
# (a UNION over dcterms:isPartOf) grows with every part-of link in the graph
# (33 s at 100 documents, against milliseconds for these).
LAWS = _q(
    """
SELECT ?item ?law WHERE {
  #ITEM_SCOPE
  ?item pol:dependsOnLaw ?law
}"""
)
BUNDLE_MEMBERS = _q(
    """
SELECT ?member ?bundle WHERE { ?bundle a pol:LawBundle . ?member dcterms:isPartOf ?bundle }"""
)
LAW_LABELS = _q(
    """
SELECT ?law ?label WHERE {
  { SELECT DISTINCT ?law WHERE {
      { [] pol:dependsOnLaw ?law } UNION { ?law a pol:LawBundle }
      FILTER NOT EXISTS { ?law a pol:LegislativeAction } } }
  ?law rdfs:label ?label
}"""
)
# The labels of the laws a few documents' items link to (and of their bundles): of the
# rows of LAW_LABELS, those a read of these documents looks up, without walking every
# law link in the graph (0.6 s at 1,000 documents).
LAW_LABELS_OF = _q(
    """
SELECT ?law ?label WHERE {
  #LAWS
  FILTER NOT EXISTS { ?law a pol:LegislativeAction }
  ?law rdfs:label ?label
}"""
)
AGENCIES = _q(
    """
SELECT ?item ?label WHERE {
  #ITEM_SCOPE
  ?item pol:involvesAgency/rdfs:label ?label
}"""
)
ISSUES = _q(
    """
SELECT ?item ?number ?theme WHERE {
  #ITEM_SCOPE
  # an issue's and theme's number as written (「課題1-2」「重点分野3」, skos:notation), else alone
  { ?item pol:addressesIssue ?issue } UNION { ?item a pol:Issue . BIND(?item AS ?issue) }
  ?issue pol:number ?alone . OPTIONAL { ?issue skos:notation ?written }
  BIND(COALESCE(?written, ?alone) AS ?number)
  OPTIONAL { ?issue pol:partOfTheme ?t . ?t pol:number ?tAlone OPTIONAL { ?t skos:notation ?tWritten } }
  BIND(COALESCE(?tWritten, ?tAlone) AS ?theme)
}"""
)
YEARS = _q(
    """
SELECT ?item ?start ?fy WHERE {
  #ITEM_SCOPE
  ?item pol:when ?d . OPTIONAL { ?d pol:start ?start } OPTIONAL { ?d pol:fiscalYear ?fy }
}"""
)
SECTIONS = _q(
    """
SELECT ?sec ?label ?number ?docIri (MIN(?l) AS ?line) WHERE {
  #SCOPE
  ?sec a pol:Section ; rdfs:label ?label ; prov:wasDerivedFrom ?docIri .
  OPTIONAL { ?sec pol:number ?number }
  ?ann oa:hasBody ?sec ; pol:line ?l .
} GROUP BY ?sec ?label ?number ?docIri"""
)
_PART_OF = "http://purl.org/dc/terms/isPartOf"
# What a passage reads of a law or an agency: its labels and the bundles it is part of.
# The entities first: with the properties first, the store's plan walks every
# label in the graph (2.5 s at 1,000 documents, against 0.04 s).
ENTITIES = _q(
    """
SELECT ?x ?p ?o WHERE {
  { SELECT DISTINCT ?x WHERE { VALUES ?kind { pol:Law pol:LawBundle pol:Agency } ?x a ?kind } }
  { ?x rdfs:label ?o BIND(rdfs:label AS ?p) } UNION { ?x dcterms:isPartOf ?o BIND(dcterms:isPartOf AS ?p) }
}"""
)
# Documents whose items link to a law or an agency, as the passage queries follow links.
MENTIONS = _q(
    """
SELECT DISTINCT ?id WHERE {
  #ENTITIES
  { ?item pol:dependsOnLaw ?x } UNION { ?item pol:involvesAgency ?x }
  ?item prov:wasDerivedFrom ?doc . ?doc pol:documentId ?id .
}"""
)


def _iris(values: Collection[str]) -> str:
    return " ".join(f"<{v}>" for v in sorted(values))


def _scoped(query: str, doc_iris: Collection[str] | None) -> str:
    """``query`` for the documents ``doc_iris`` only (all documents for None)."""
    if doc_iris is None:
        return query.replace(_SCOPE, "").replace(_ITEM_SCOPE, "")
    # The VALUES come first so that the store starts from the few documents asked for.
    values = f"VALUES ?docIri {{ {_iris(doc_iris)} }}\n"
    item_values = values + "?item prov:wasDerivedFrom ?docIri .\n"
    return query.replace(_SCOPE, values).replace(_ITEM_SCOPE, item_values)


def _law_labels(links: list[dict[str, str]], bundles: dict[str, list[str]]) -> str:
    """LAW_LABELS for the laws of ``links`` (rows of LAWS) and their ``bundles`` only."""
    laws = {law for row in links for law in (row["law"], *bundles.get(row["law"], ()))}
    return LAW_LABELS_OF.replace("#LAWS\n", f"VALUES ?law {{ {_iris(laws)} }}\n")


def _short(text: str) -> str:
    text = _SPACE.sub(" ", text).strip()
    return text if len(text) <= LABEL_CHARS else text[: LABEL_CHARS - 1] + "…"


def _add(values: list[str], value: str) -> None:
    value = clean_value(value)
    if value and value not in values:
        values.append(value)


def items(store: ReadStore, doc_iris: Collection[str] | None = None) -> list[Passage]:
    """Every measure, progress update, issue, goal, target and theme, with facet values.

    Only those of the documents ``doc_iris`` when given.
    """
    lines = {r["item"]: int(r["line"]) for r in store.select(_scoped(LINES, doc_iris))}
    found: dict[str, Passage] = {}
    for row in store.select(_scoped(ITEMS, doc_iris)):
        iri = row["item"]
        if iri in found:
            continue
        kind = local_name(row["type"])
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
    bundles: dict[str, list[str]] = defaultdict(list)
    for row in store.select(BUNDLE_MEMBERS):
        bundles[row["member"]].append(row["bundle"])
    links = store.select(_scoped(LAWS, doc_iris))
    labels: dict[str, list[str]] = defaultdict(list)
    for row in store.select(LAW_LABELS if doc_iris is None else _law_labels(links, bundles)):
        labels[row["law"]].append(row["label"])
    for row in links:
        if passage := found.get(row["item"]):
            for law in (row["law"], *bundles.get(row["law"], ())):
                if law not in labels:
                    continue  # as in the one-query form: a law without a label is left out
                for label in labels[law]:
                    _add(passage.laws, label)
                if law not in passage.law_iris:
                    passage.law_iris.append(law)
    for row in store.select(_scoped(AGENCIES, doc_iris)):
        if passage := found.get(row["item"]):
            _add(passage.agencies, row["label"])
    for row in store.select(_scoped(ISSUES, doc_iris)):
        if passage := found.get(row["item"]):
            _add(passage.issues, row["number"])
            if "theme" in row:
                _add(passage.themes, row["theme"])
    for row in store.select(_scoped(YEARS, doc_iris)):
        if passage := found.get(row["item"]):
            value = row.get("start") or row.get("fy") or ""
            if re.match(r"^\d{4}", value):
                _add(passage.years, value[:4])
    for passage in found.values():
        # Rows come in the order of the store's query plan, which differs between
        # a read of every document and of a few; sorted, both give equal passages.
        for values in (
            passage.themes,
            passage.issues,
            passage.laws,
            passage.law_iris,
            passage.agencies,
            passage.years,
        ):
            values.sort()
    return sorted(found.values(), key=lambda p: (p.document, p.line, p.key))


def file_stamp(path: Path) -> str:
    """Changes whenever the file is written again or replaced; empty for a missing file."""
    try:
        st = path.stat()
    except OSError:
        return ""
    return f"{st.st_ino}:{st.st_size}:{st.st_mtime_ns}"


def paragraphs(
    store: ReadStore,
    corpus_dir: Path,
    covered: set[tuple[str, int]],
    documents: Collection[str] | None = None,
    stamps: dict[str, str] | None = None,
    limits: ReadLimits | None = None,
) -> tuple[list[Passage], list[str]]:
    """The text of each document that no item covers, and warnings for documents not read.

    Only the documents ``documents`` (ids) when given.  ``stamps`` gets the
    :func:`file_stamp` of each file read, taken before it was read, so that a
    later write shows.  ``limits``: the build's reading limits (the readers'
    defaults when None).
    """
    from kg.build import content_hash
    from kg.read import read_document
    from kg.read.document import BlockKind

    kinds = {BlockKind.PARAGRAPH, BlockKind.NOTE, BlockKind.LIST_ITEM, BlockKind.CHECK_ITEM, BlockKind.ROW}
    sections: dict[str, list[tuple[int, str, str]]] = defaultdict(list)
    rows = [d for d in store.select(DOCUMENTS) if documents is None or d["id"] in documents]
    scope = None if documents is None else {d["doc"] for d in rows}
    for row in store.select(_scoped(SECTIONS, scope)):
        title = f"{row['number']} {row['label']}" if "number" in row else row["label"]
        sections[row["docIri"]].append((int(row["line"]), title, row["sec"]))
    out: list[Passage] = []
    warnings: list[str] = []
    for doc in rows:
        doc_id, doc_iri = doc["id"], doc["doc"]
        path = corpus_dir / doc.get("file", "")
        stamp = file_stamp(path)
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
            if limits is None:
                document = read_document(path)
            else:
                document = read_document(
                    path, max_bytes=limits["max_bytes"], max_unpacked_bytes=limits["max_unpacked_bytes"]
                )
        except PolicyKGError as exc:
            warnings.append(f"{doc_id}: {exc.message}; only its items are indexed")
            continue
        if stamps is not None and stamp:
            stamps[doc_id] = stamp
        heads = sorted(sections.get(doc_iri, []))
        starts = [line for line, _, _ in heads]
        for line, title, sec in heads:
            if (doc_id, line) not in covered:
                out.append(Passage(sec, sec, SECTION, title, title, doc_id, doc_iri, line, section=title))
        # The line a passage names is the source file's (as pol:line is): for an HTML page, the
        # line of the markup, which several blocks may share (a page written on one line); a
        # block sharing its line is indexed whatever item stands there, lest its text be lost.
        lines = [document.source_line_of(b.start) for b in document.blocks]
        shared = Counter(lines[b.index] for b in document.blocks if b.kind in kinds)
        for block in document.blocks:
            if block.kind not in kinds:
                continue
            if block.parent is not None and document.blocks[block.parent].kind == BlockKind.LIST_ITEM:
                continue
            raw_text = block.text
            line = lines[block.index]
            if (doc_id, line) in covered and shared[line] == 1:
                # A status-table row holds progress items; its first cell names the row
                # (運転免許証のデジタル化), which no item repeats.
                cells = [c for c in document.children_of(block.index) if c.kind == BlockKind.CELL]
                if block.kind != BlockKind.ROW or not cells:
                    continue
                raw_text = cells[0].text
            # One block of a whole book's length (a file of one line) is indexed by its
            # beginning: its every word would swell the index and each snippet cut from it.
            text = _SPACE.sub(" ", _TAG.sub(" ", raw_text[:MAX_PASSAGE_CHARS])).replace("**", "").strip()
            if not text:
                continue
            at = bisect.bisect_right(starts, line) - 1
            section = heads[at][1] if at >= 0 else ""
            key = f"{doc_iri}#L{block.line}"
            if out and out[-1].key == key:
                continue
            out.append(Passage(key, key, PARAGRAPH, _short(text), text, doc_id, doc_iri, line, section))
    return out, warnings


def collect(
    store: ReadStore,
    corpus_dir: Path,
    *,
    documents: Collection[str] | None = None,
    stamps: dict[str, str] | None = None,
    limits: ReadLimits | None = None,
    labels: Labels | None = None,
) -> tuple[list[Passage], Vocabulary, list[str]]:
    """Every passage of the store's current generation, the vocabulary and any warnings.

    Only the passages of ``documents`` (ids) when given; the vocabulary is always
    the whole store's.  ``stamps`` gets the file stamp of each document whose
    file was read (see :func:`paragraphs`); ``labels``: see :func:`vocabulary`.
    """
    doc_iris = None
    if documents is not None:
        doc_iris = {d["doc"] for d in store.select(DOCUMENTS) if d["id"] in documents}
    found = items(store, doc_iris)
    covered = {(p.document, p.line) for p in found if p.line}
    rest, warnings = paragraphs(store, corpus_dir, covered, documents, stamps, limits)
    return found + rest, vocabulary(store, labels), warnings


def entity_digests(store: ReadStore) -> dict[str, str]:
    """A digest of what the passages read of each law and agency, by IRI.

    A law's digest covers its bundles' labels too, as a passage linking to the
    law takes them; so a document is affected by a change elsewhere exactly when
    the digest of a law or agency it links to differs.
    """
    own: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for row in store.select(ENTITIES):
        own[row["x"]].append((row["p"], row["o"]))
    digests: dict[str, str] = {}
    for iri, facts in own.items():
        parts = sorted({o for p, o in facts if p == _PART_OF})
        payload = [sorted(set(facts)), [(b, sorted(set(own.get(b, [])))) for b in parts]]
        text = json.dumps(payload, ensure_ascii=False)
        digests[iri] = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
    return digests


def linking_documents(store: ReadStore, entities: Collection[str]) -> set[str]:
    """Ids of the documents with an item that links to any of ``entities`` (law or agency IRIs)."""
    if not entities:
        return set()
    query = MENTIONS.replace("#ENTITIES\n", f"VALUES ?x {{ {_iris(entities)} }}\n")
    return {row["id"] for row in store.select(query)}
