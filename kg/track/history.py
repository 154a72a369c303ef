"""An item's versions across the editions of its series, and the issues no progress was reported on.

Takes a graph reader and an item IRI (or a document id); gives the item's
versions oldest edition first, each with its document, date, label and the
kinds of change stored for it; and, for an edition, its issues with no
progress update added or changed since the edition it follows.  Reads only
what the build stored (:mod:`kg.track.rdf`).
"""

from __future__ import annotations

import itertools
from typing import Any

from kg.rdf import iris
from kg.track.editions import Selects


def versions(reader: Selects, iri: str) -> list[dict[str, Any]]:
    """The versions of the item ``iri`` in every edition, oldest first (one entry when it has no other)."""
    rows = reader.select(
        f"""SELECT ?v ?id ?date ?order ?label (GROUP_CONCAT(DISTINCT ?kind; separator=" ") AS ?kinds) WHERE {{
            {{ <{iri}> prov:wasRevisionOf* ?v }} UNION {{ ?v prov:wasRevisionOf+ <{iri}> }}
            ?v prov:wasDerivedFrom ?doc ; rdfs:label ?label . ?doc pol:documentId ?id .
            OPTIONAL {{ ?doc dcterms:issued ?date }} OPTIONAL {{ ?doc pol:order ?order }}
            OPTIONAL {{ ?change pol:newVersion ?v ; pol:changeKind ?kind }}
        }} GROUP BY ?v ?id ?date ?order ?label"""
    )
    found = [
        {
            "iri": row["v"],
            "document": row["id"],
            "date": row.get("date"),
            "label": row["label"],
            "changes": sorted(row.get("kinds", "").split()),
            "current": row["v"] == iri,
        }
        for row in rows
    ]
    found.sort(key=lambda v: (v["date"] or "", v["document"]))
    for before, after in itertools.pairwise(found):
        after["previous"] = before["document"]
    return found


def previous_edition(reader: Selects, doc_id: str) -> str | None:
    """The id of the edition ``doc_id`` follows, or None."""
    rows = reader.select(
        f"""SELECT ?id WHERE {{ <{iris.document(doc_id)}> prov:wasRevisionOf ?p . ?p pol:documentId ?id }}"""
    )
    return rows[0]["id"] if rows else None


def issues_without_progress(reader: Selects, doc_id: str) -> list[dict[str, str]]:
    """Issues of the edition ``doc_id`` with no progress update added or changed since the edition before.

    Empty for a document that follows no edition.
    """
    doc = f"<{iris.document(doc_id)}>"
    rows = reader.select(
        f"""SELECT ?issue ?number ?label WHERE {{
            {doc} prov:wasRevisionOf ?previous .
            ?issue a pol:Issue ; prov:wasDerivedFrom {doc} ; pol:number ?number ; rdfs:label ?label .
            FILTER NOT EXISTS {{
                ?change a pol:Change ; pol:toEdition {doc} ; pol:newVersion ?update .
                ?update a pol:ProgressUpdate ; pol:addressesIssue ?issue }}
        }}"""
    )
    return sorted(
        ({"iri": r["issue"], "number": r["number"], "label": r["label"]} for r in rows),
        key=lambda r: tuple(int(p) if p.isdigit() else 0 for p in r["number"].split(".")),
    )
