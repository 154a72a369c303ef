"""The document view: source text with line anchors and highlighted entities.

The text is the document file as the build read it (``pol:sourceFile`` under the
corpus folder, through the same readers), so the annotations' ``oa:start`` /
``oa:end`` offsets land on the characters they were taken from.  Where the file
has changed since the build, a mention is looked for again on its line; where
the file is gone, the page says so and shows the quoted lines the annotations
keep, still under their ``#L`` anchors.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from flask import Blueprint, g, render_template
from rdflib import Literal

from kg import budget
from kg.errors import NotFoundError, PolicyKGError
from kg.export.graphs import CLASSES, short_name
from kg.rdf.namespaces import sparql_prologue
from kg.rdf.ontology import class_label, class_labels
from kg.read.document import Document, line_starts
from kg.track.history import previous_edition
from web.entity_data import describe_nodes
from web.links import entity_href
from web.stores import store

bp = Blueprint("documents", __name__)

_DOC_ID = re.compile(r"^[\w.\-]{1,200}$")
# Outer highlights open first where two start together: an item before the law it names.
_OUTER_FIRST = ("Section", "Theme", "Issue", "Goal", "StatusRow", "Measure", "ProgressUpdate", "Target")


def documents() -> list[dict[str, str]]:
    """Every document of the graph, oldest first."""
    rows = store().select(
        sparql_prologue() + "SELECT ?doc ?id ?title ?issued ?file ?publisher WHERE { "
        "?doc a pol:Document ; pol:documentId ?id . OPTIONAL { ?doc rdfs:label ?title } "
        "OPTIONAL { ?doc dcterms:issued ?issued } OPTIONAL { ?doc pol:sourceFile ?file } "
        "OPTIONAL { ?doc dcterms:publisher/rdfs:label ?publisher } } ORDER BY ?issued ?id"
    )
    seen: dict[str, dict[str, str]] = {}
    for row in rows:
        seen.setdefault(row["id"], row)
    return list(seen.values())


@dataclass
class Highlight:
    """One annotation clipped to one line, with the highlights nested inside it."""

    start: int
    end: int
    iri: str
    href: str | None
    label: str
    classes: str
    children: list[Highlight] = field(default_factory=list)


def _annotations(doc_iri: str) -> list[dict[str, Any]]:
    """Every annotation of the document: its body, line, quote and offsets (-1 where it has none).

    Two plain joins rather than one with OPTIONAL: Oxigraph would build the optional
    side from every position selector of the store before giving the first row, a
    pause no budget can cut short; these give their rows as they are found.
    """
    rows = store().select(
        sparql_prologue() + "SELECT ?ann ?body ?line ?exact WHERE { "
        f"?t oa:hasSource <{doc_iri}> ; oa:hasSelector ?q . ?q oa:exact ?exact . "
        "?ann oa:hasTarget ?t ; oa:hasBody ?body ; pol:line ?line . }"
    )
    positions: dict[str, list[tuple[str, str]]] = {}
    for r in store().select(
        sparql_prologue() + "SELECT ?ann ?start ?end WHERE { "
        f"?t oa:hasSource <{doc_iri}> ; oa:hasSelector ?p . ?p oa:start ?start ; oa:end ?end . "
        "?ann oa:hasTarget ?t . }"
    ):
        positions.setdefault(r["ann"], []).append((r["start"], r["end"]))
    found = []
    seen: set[tuple[str, int, str, int, int]] = set()
    for r in rows:
        for start_text, end_text in positions.get(r["ann"], [("-1", "-1")]):
            try:
                line, start, end = int(r["line"]), int(start_text), int(end_text)
            except ValueError:
                continue
            key = (r["body"], line, r["exact"], start, end)
            if key not in seen:
                seen.add(key)
                found.append(
                    {"body": r["body"], "line": line, "exact": r["exact"], "start": start, "end": end}
                )
    return found


def _classes(kinds: list[str]) -> str:
    # Every class the ontology names (a status row too), by its local name.
    names = {CLASSES_BY_IRI.get(k, short_name(k)) for k in kinds}
    names &= {*CLASSES_BY_IRI.values(), *class_labels()}
    names.discard("Entity")  # prov:Entity, which every extracted item is too
    if "LawBundle" in names:
        names.add("Law")  # a bundle is a law too, and is coloured as one
    return " ".join(sorted(names)) or "Entity"


CLASSES_BY_IRI = {str(iri): name for name, iri in CLASSES.items()}


def _locate(text: str, line_starts: list[int], ann: dict[str, Any]) -> tuple[int, int] | None:
    """The span of an annotation in ``text``: its offsets, or its quote found again on its line."""
    start, end, exact = ann["start"], ann["end"], ann["exact"]
    if 0 <= start < end <= len(text) and text[start:end] == exact:
        return start, end
    line = ann["line"]
    if not exact or not 1 <= line <= len(line_starts):
        return None
    at = text.find(exact, line_starts[line - 1])
    return (at, at + len(exact)) if at >= 0 else None


def _nest(spans: list[Highlight], end: int) -> list[Highlight]:
    """Spans as a tree: each inside the innermost span that contains it (crossing ones are cut)."""
    order = {name: rank for rank, name in enumerate(_OUTER_FIRST)}

    def outer_rank(h: Highlight) -> int:
        return min((order.get(c, len(order)) for c in h.classes.split()), default=len(order))

    roots: list[Highlight] = []
    stack: list[Highlight] = []
    for span in sorted(spans, key=lambda h: (h.start, -h.end, outer_rank(h))):
        while stack and span.start >= stack[-1].end:
            stack.pop()
        if stack:
            span.end = min(span.end, stack[-1].end)
            if span.start >= span.end:
                continue
            stack[-1].children.append(span)
        else:
            roots.append(span)
        stack.append(span)
    return roots


def _pieces(
    text: str, start: int, end: int, spans: list[Highlight], href: str | None
) -> list[dict[str, Any]]:
    """The line ``text[start:end]`` as plain runs and highlights, for the template's macro."""
    out: list[dict[str, Any]] = []
    at = start
    for span in spans:
        if span.start > at:
            out.append({"text": text[at : span.start], "href": href})
        inner = _pieces(text, span.start, span.end, span.children, span.href)
        out.append(
            {
                "highlight": True,
                "leaf": not span.children,
                "text": text[span.start : span.end],
                "href": span.href,
                "label": span.label,
                "classes": span.classes,
                "children": inner,
            }
        )
        at = span.end
    if at < end:
        out.append({"text": text[at:end], "href": href})
    return out


def render_lines(
    text: str, anns: list[dict[str, Any]], numbers: list[list[int]] | None = None
) -> tuple[list[dict[str, Any]], Counter[str]]:
    """Each line of ``text`` with its highlights, and how many highlights each class got.

    ``numbers`` gives each line the lines of the source file it was written from, for a text
    assembled from markup (what ``pol:line`` counts): the line is shown under the first and
    anchored at each that no earlier line holds.  By default each line is its own.
    """
    lines = text.split("\n")
    starts, at = [], 0
    for line in lines:
        starts.append(at)
        at += len(line) + 1
    if numbers is None or len(numbers) != len(lines):
        numbers = [[n] for n in range(1, len(lines) + 1)]
    holder: dict[int, int] = {}  # a source line → the (1-based) line of ``text`` anchored at it
    for index, held in enumerate(numbers, start=1):
        for number in held:
            holder.setdefault(number, index)
    nodes = describe_nodes(sorted({a["body"] for a in anns}))
    per_line: dict[int, list[Highlight]] = {}
    legend: Counter[str] = Counter()
    for n, ann in enumerate(anns):
        if n % 256 == 0:
            budget.check()  # a document of many thousands of mentions must not hold the thread
        located = _locate(text, starts, {**ann, "line": holder.get(ann["line"], 0)})
        if located is None:
            continue
        node = nodes[ann["body"]]
        classes = _classes(node.classes)
        legend[classes.split()[0]] += 1
        s, e = located
        # A multi-line mention is shown on each line it covers.
        first = _line_of(starts, s)
        for number in range(first, _line_of(starts, max(s, e - 1)) + 1):
            ls = starts[number - 1]
            le = ls + len(lines[number - 1].rstrip("\r"))
            cs, ce = max(s, ls), min(e, le)
            if cs < ce:
                per_line.setdefault(number, []).append(
                    Highlight(cs, ce, node.iri, node.href, node.label, classes)
                )
    rendered = []
    for number, line in enumerate(lines, start=1):
        if number % 256 == 0:
            budget.check()
        ls = starts[number - 1]
        le = ls + len(line.rstrip("\r"))
        rendered.append(
            {
                "number": numbers[number - 1][0],
                "anchors": [n for n in numbers[number - 1] if holder[n] == number],
                "pieces": _pieces(text, ls, le, _nest(per_line.get(number, []), le), None),
            }
        )
    if rendered and not lines[-1]:
        rendered.pop()  # the empty "line" after a final newline
    return rendered, legend


def _line_of(starts: list[int], offset: int) -> int:
    return bisect.bisect_right(starts, offset)


def _excerpt_lines(anns: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Lines rebuilt from the annotations alone: each quoted line under its own number."""
    nodes = describe_nodes(sorted({a["body"] for a in anns}))
    by_line: dict[int, dict[str, Any]] = {}
    for ann in sorted(anns, key=lambda a: (a["line"], -len(a["exact"]))):
        entry = by_line.setdefault(ann["line"], {"number": ann["line"], "pieces": []})
        node = nodes[ann["body"]]
        if entry["pieces"]:
            entry["pieces"].append({"text": " … ", "href": None})
        entry["pieces"].append(
            {
                "highlight": True,
                "leaf": True,
                "text": ann["exact"],
                "href": node.href,
                "label": node.label,
                "classes": _classes(node.classes),
                "children": [],
            }
        )
    return [by_line[n] for n in sorted(by_line)]


def _read_source(doc: dict[str, str]) -> tuple[Document | None, str | None]:
    """``(document, None)`` read from the corpus file, or ``(None, why not)``."""
    from kg.build import content_hash
    from kg.read import read_document

    name = doc.get("file", "")
    corpus = Path(g.settings.corpus_dir).resolve()
    path = (corpus / name).resolve()
    if not name or not path.is_relative_to(corpus):
        return None, "この文書の原資料ファイルは記録されていません。"
    if not path.is_file():
        return None, f"原資料ファイル {name} がコーパスフォルダにありません。"
    try:
        read = read_document(
            path, max_bytes=g.settings.max_document_bytes, max_unpacked_bytes=g.settings.max_unpacked_bytes
        )
        changed = doc.get("hash") and content_hash(path.read_bytes()) != doc["hash"]
    except (PolicyKGError, OSError) as exc:
        return None, f"原資料ファイル {name} を読めません（{exc}）。"
    return read, (
        "ファイルはグラフの構築後に変更されています。再構築するまで強調表示がずれることがあります。"
        if changed
        else None
    )


@bp.get("/documents")
def index() -> str:
    """The documents of the graph with links to their text."""
    return render_template("documents/index.html", documents=documents())


@bp.get("/documents/<doc_id>")
def view(doc_id: str) -> str:
    """One document's text with line anchors and its entities highlighted."""
    if not _DOC_ID.match(doc_id):
        raise NotFoundError(f"no document {doc_id!r}")
    rows = store().select(
        sparql_prologue() + "SELECT ?doc ?title ?file ?hash ?media WHERE { "
        f"?doc a pol:Document ; pol:documentId {Literal(doc_id).n3()} . "
        "OPTIONAL { ?doc rdfs:label ?title } OPTIONAL { ?doc pol:sourceFile ?file } "
        "OPTIONAL { ?doc pol:contentHash ?hash } OPTIONAL { ?doc pol:mediaType ?media } }"
    )
    if not rows:
        raise NotFoundError(f"no document {doc_id!r}; see /documents for the list")
    doc = rows[0]
    anns = _annotations(doc["doc"])
    read, notice = _read_source(doc)
    excerpt = read is None
    if read is None:
        lines = _excerpt_lines(anns)
        legend = Counter(
            piece["classes"].split()[0]
            for line in lines
            for piece in line["pieces"]
            if piece.get("highlight")
        )
    else:
        numbers = None
        if read.source_lines:
            bounds = [*line_starts(read.text), len(read.text) + 1]
            numbers = [read.source_lines_within(s, e - 1) for s, e in itertools.pairwise(bounds)]
        lines, legend = render_lines(read.text, anns, numbers)
    legend_rows = [
        {"name": name, "ja": class_label(name), "en": class_label(name, "en"), "count": count}
        for name, count in sorted(legend.items())
    ]
    return render_template(
        "documents/document.html",
        doc_id=doc_id,
        iri=doc["doc"],
        href=entity_href(doc["doc"]),
        title=doc.get("title", doc_id),
        file=doc.get("file", ""),
        lines=lines,
        legend=legend_rows,
        notice=notice,
        excerpt=excerpt,
        previous_edition=previous_edition(store(), doc_id),
    )
