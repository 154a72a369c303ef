"""The home page: the documents of the graph and their numbered issues, a page at a time.

An archive of a thousand reports holds tens of thousands of issues; one page
lists :data:`PAGE_SIZE` documents with theirs (``?page=N``, read by the same rule as
search's pages; a page past the last is empty).
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from flask import Blueprint, jsonify, render_template

from kg.errors import StoreMissingError
from kg.rdf.namespaces import sparql_prologue
from web.negotiation import wants_json, whole_number
from web.stores import store

bp = Blueprint("home", __name__)

DOCUMENTS = (
    sparql_prologue()
    + """
SELECT ?doc ?id ?title ?issued ?publisher WHERE {
  ?doc a pol:Document ; pol:documentId ?id ; rdfs:label ?title .
  OPTIONAL { ?doc dcterms:issued ?issued }
  OPTIONAL { ?doc dcterms:publisher/rdfs:label ?publisher }
} ORDER BY ?issued ?id
"""
)

PAGE_SIZE = 20

ISSUES = (
    sparql_prologue()
    + """
SELECT ?doc ?issue ?number ?label ?themeNumber ?themeLabel WHERE {
  #DOCS
  ?issue a pol:Issue ; pol:number ?number ; rdfs:label ?label ; prov:wasDerivedFrom ?doc .
  OPTIONAL { ?issue pol:partOfTheme ?theme . ?theme pol:number ?themeNumber ; rdfs:label ?themeLabel }
}
"""
)


def _issue_key(number: str) -> tuple[int, ...]:
    return tuple(int(p) for p in number.split(".") if p.isdigit())


def home_data(page: int = 1) -> dict[str, Any]:
    """One page of the documents, with their numbered issues, in reading order."""
    try:
        current = store()
    except StoreMissingError as exc:
        return {"documents": [], "message": exc.message, "page": 1, "pages": 1, "total": 0}
    rows = current.select(DOCUMENTS)
    pages = max(1, -(-len(rows) // PAGE_SIZE))
    shown = rows[(page - 1) * PAGE_SIZE : page * PAGE_SIZE]
    issues: dict[str, list[dict[str, str]]] = defaultdict(list)
    if shown:
        docs = "VALUES ?doc { " + " ".join(f"<{r['doc']}>" for r in shown) + " }"
        for row in current.select(ISSUES.replace("#DOCS", docs)):
            issues[row["doc"]].append(
                {
                    "iri": row["issue"],
                    "number": row["number"],
                    "label": row["label"],
                    "theme": row.get("themeNumber", ""),
                    "theme_label": row.get("themeLabel", ""),
                }
            )
    documents: list[dict[str, Any]] = [
        {
            "iri": row["doc"],
            "id": row["id"],
            "title": row["title"],
            "issued": row.get("issued", ""),
            "publisher": row.get("publisher", ""),
            "issues": sorted(issues.get(row["doc"], []), key=lambda i: _issue_key(i["number"])),
        }
        for row in shown
    ]
    return {"documents": documents, "message": None, "page": page, "pages": pages, "total": len(rows)}


@bp.get("/index.json")
@bp.get("/")  # registered first (the nearest decorator), so url_for gives "/"
def index() -> Any:
    data = home_data(whole_number("page", least=1) or 1)
    if wants_json():
        return jsonify(data)
    return render_template("home/index.html", **data)
