"""The home page: the documents of the graph and their numbered issues."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from flask import Blueprint, jsonify, render_template, request

from kg.errors import StoreMissingError
from kg.namespaces import sparql_prologue
from web.app import store

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

ISSUES = (
    sparql_prologue()
    + """
SELECT ?doc ?issue ?number ?label ?themeNumber ?themeLabel WHERE {
  ?issue a pol:Issue ; pol:number ?number ; rdfs:label ?label ; prov:wasDerivedFrom ?doc .
  OPTIONAL { ?issue pol:partOfTheme ?theme . ?theme pol:number ?themeNumber ; rdfs:label ?themeLabel }
}
"""
)


def _issue_key(number: str) -> tuple[int, ...]:
    return tuple(int(p) for p in number.split(".") if p.isdigit())


def home_data() -> dict[str, Any]:
    """Documents with their numbered issues, in reading order."""
    try:
        current = store()
    except StoreMissingError as exc:
        return {"documents": [], "message": exc.message}
    issues: dict[str, list[dict[str, str]]] = defaultdict(list)
    for row in current.select(ISSUES):
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
        for row in current.select(DOCUMENTS)
    ]
    return {"documents": documents, "message": None}


@bp.get("/")
@bp.get("/index.json")
def index() -> Any:
    data = home_data()
    if request.path.endswith(".json") or request.accept_mimetypes.best == "application/json":
        return jsonify(data)
    return render_template("home/index.html", **data)
