"""What an entity page shows, read from the store: its properties in words, its links
in and out, the lines it was mentioned on, what depends on it and related measures.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import unquote

from flask import current_app, g
from rdflib import URIRef

from kg.errors import PolicyKGError
from kg.export.formats import FORMATS as EXPORT_FORMATS
from kg.export.graphs import node_class
from kg.rdf.namespaces import OA, POL, PREFIXES, RDF, sparql_prologue
from kg.rdf.ontology import term_labels
from kg.track.history import previous_edition, versions
from web.links import RDF_SUFFIXES, entity_href, is_iri, short_iri
from web.stores import store

# A hub such as デジタル庁 is linked from and mentioned in every document: a page
# lists this many of each kind of link, mention and dependent, with the total
# and a query for the rest, so that it stays readable and fast at any corpus size.
MAX_LISTED = 100


# Incoming links the page shows elsewhere (mentions) or that belong to reifications.
_HIDDEN_INCOMING = (str(OA.hasBody), str(RDF.subject), str(RDF.object))


@dataclass
class Node:
    """What a page needs to show a linked node: its label, class and link."""

    iri: str
    label: str = ""
    classes: list[str] = field(default_factory=list)
    number: str = ""
    href: str | None = None

    @property
    def kind(self) -> str:
        return node_class(self.classes)


def _values(iris: list[str]) -> str:
    return "VALUES ?n { " + " ".join(f"<{i}>" for i in iris if is_iri(i)) + " }"


def describe_nodes(iris: list[str]) -> dict[str, Node]:
    """Label, types and number of each IRI, in a few queries however many there are."""
    nodes = {i: Node(i, href=entity_href(i)) for i in dict.fromkeys(iris)}
    ordered = list(nodes)
    for start in range(0, len(ordered), 200):
        chunk = ordered[start : start + 200]
        labels: dict[str, dict[int, str]] = defaultdict(dict)
        rows = store().select(
            sparql_prologue() + f"SELECT ?n ?l ?lang ?rank WHERE {{ {_values(chunk)} "
            "{ ?n rdfs:label ?l BIND(1 AS ?rank) } UNION { ?n pol:dateText ?l BIND(2 AS ?rank) } "
            "UNION { ?n skos:altLabel ?l BIND(3 AS ?rank) } BIND(LANG(?l) AS ?lang) }"
        )
        for row in rows:
            # Japanese labels first, then untagged, then any other language.
            lang_rank = {"ja": 0, "": 1}.get(row.get("lang", ""), 2)
            labels[row["n"]].setdefault(int(row["rank"]) * 10 + lang_rank, row["l"])
        for row in store().select(sparql_prologue() + f"SELECT ?n ?t WHERE {{ {_values(chunk)} ?n a ?t }}"):
            nodes[row["n"]].classes.append(row["t"])
        for row in store().select(
            sparql_prologue() + f"SELECT ?n ?v WHERE {{ {_values(chunk)} ?n pol:number ?v }}"
        ):
            nodes[row["n"]].number = row["v"]
        for iri in chunk:
            found = labels.get(iri)
            nodes[iri].label = found[min(found)] if found else _fallback_label(iri)
    return nodes


def _fallback_label(iri: str) -> str:
    tail = re.split(r"[/#]", iri.rstrip("/#"))[-1]
    return unquote(tail) or iri


def term_label(iri: str) -> dict[str, str]:
    """The ja/en names of an ontology term, falling back to its prefixed name."""
    ja, en = term_labels("ja").get(URIRef(iri)), term_labels("en").get(URIRef(iri))
    return {"ja": ja or short_iri(iri), "en": en or "", "iri": iri, "short": short_iri(iri)}


def outgoing_links(iri: str) -> list[dict[str, str]]:
    return store().select(
        sparql_prologue() + f"SELECT ?p ?o ?lang ?dt ?isIri WHERE {{ <{iri}> ?p ?o "
        "BIND(LANG(?o) AS ?lang) BIND(DATATYPE(?o) AS ?dt) BIND(isIRI(?o) AS ?isIri) }"
    )


def _incoming_pattern(iri: str) -> str:
    hidden = ", ".join(f"<{p}>" for p in _HIDDEN_INCOMING)
    return f"?s ?p <{iri}> FILTER(isIRI(?s)) FILTER(?p NOT IN ({hidden}))"


def incoming_links(iri: str) -> tuple[list[dict[str, str]], dict[str, int]]:
    """At most :data:`MAX_LISTED` links per property into ``iri``, and each property's total."""
    totals = {
        r["p"]: int(r["n"])
        for r in store().select(
            sparql_prologue()
            + f"SELECT ?p (COUNT(?s) AS ?n) WHERE {{ {_incoming_pattern(iri)} }} GROUP BY ?p"
        )
    }
    rows: list[dict[str, str]] = []
    for p, total in totals.items():
        limit = f" ORDER BY ?s LIMIT {MAX_LISTED}" if total > MAX_LISTED else ""
        rows.extend(
            {"s": r["s"], "p": p}
            for r in store().select(
                sparql_prologue() + f"SELECT ?s WHERE {{ ?s <{p}> <{iri}> FILTER(isIRI(?s)) }}{limit}"
            )
        )
    return rows, totals


def _bases(iri: str) -> dict[tuple[str, str, str], str]:
    """How each inferred link touching ``iri`` was made (reified with pol:linkBasis)."""
    # Two lookups by subject and by object; a FILTER over both would walk every statement.
    rows = store().select(
        sparql_prologue() + "SELECT ?s ?p ?o ?b WHERE { "
        f"{{ ?st rdf:subject <{iri}> BIND(<{iri}> AS ?s) ?st rdf:object ?o }} UNION "
        f"{{ ?st rdf:object <{iri}> BIND(<{iri}> AS ?o) ?st rdf:subject ?s }} "
        "?st rdf:predicate ?p ; pol:linkBasis ?b }"
    )
    return {(r["s"], r["p"], r["o"]): r["b"] for r in rows}


def mentions_query(iri: str) -> str:
    """The SPARQL query of every annotated place ``iri`` was read from, in document and line order."""
    return (
        sparql_prologue() + "SELECT DISTINCT ?ann ?line ?exact ?doc ?docId ?title WHERE { "
        f"?ann oa:hasBody <{iri}> ; pol:line ?line ; oa:hasTarget ?t . "
        "?t oa:hasSource ?doc ; oa:hasSelector/oa:exact ?exact . "
        "OPTIONAL { ?doc pol:documentId ?docId } OPTIONAL { ?doc rdfs:label ?title } } "
        "ORDER BY ?docId ?line ?exact"
    )


def mention_count(iri: str) -> int:
    rows = store().select(
        sparql_prologue() + f"SELECT (COUNT(?ann) AS ?n) WHERE {{ ?ann oa:hasBody <{iri}> }}"
    )
    return int(rows[0]["n"]) if rows else 0


def mentions(iri: str, limit: int | None = None) -> list[dict[str, Any]]:
    """The annotated places the entity was read from (the first ``limit``), in document and line order."""
    rows = store().select(mentions_query(iri) + (f" LIMIT {limit}" if limit is not None else ""))
    found = [
        {
            "line": int(r["line"]) if r["line"].isdigit() else 0,
            "exact": r["exact"],
            "document": r["doc"],
            "doc_id": r.get("docId", ""),
            "title": r.get("title", r["doc"]),
        }
        for r in rows
    ]
    return sorted(found, key=lambda m: (m["doc_id"], m["line"], m["exact"]))


def _dependents_pattern(iri: str) -> str:
    """Items that depend on law ``iri``, a bundle's members counting for it (the graph contract)."""
    return (
        f"{{ ?item pol:dependsOnLaw <{iri}> }} UNION "
        f"{{ ?via dcterms:isPartOf <{iri}> . ?item pol:dependsOnLaw ?via }}"
    )


def dependents_query(iri: str) -> str:
    """The SPARQL query of the items that depend on law ``iri``."""
    return (
        sparql_prologue()
        + f"SELECT DISTINCT ?item ?via WHERE {{ {_dependents_pattern(iri)} }} ORDER BY ?item ?via"
    )


def dependent_count(iri: str) -> int:
    rows = store().select(
        sparql_prologue() + f"SELECT (COUNT(DISTINCT ?item) AS ?n) WHERE {{ {_dependents_pattern(iri)} }}"
    )
    return int(rows[0]["n"]) if rows else 0


def dependents(iri: str, limit: int | None = None) -> list[dict[str, Any]]:
    """Items that depend on this law (the first ``limit`` rows), members of a bundle counting for it."""
    rows = store().select(dependents_query(iri) + (f" LIMIT {limit}" if limit is not None else ""))
    nodes = describe_nodes([r["item"] for r in rows] + [r["via"] for r in rows if "via" in r])
    items: dict[str, dict[str, Any]] = {}
    for row in rows:
        entry = items.setdefault(row["item"], {"node": nodes[row["item"]], "via": []})
        if "via" in row:
            entry["via"].append(nodes[row["via"]])
    # Measures and issues first (what a reader asks for), then the progress lines under them.
    return sorted(items.values(), key=_dependent_order)


def _dependent_order(entry: dict[str, Any]) -> tuple[int, str, str, str]:
    node = entry["node"]
    return (_DEPENDENT_ORDER.get(node.kind, len(_DEPENDENT_ORDER)), node.kind, node.number, node.label)


_DEPENDENT_ORDER = {"Measure": 0, "Issue": 1, "ProgressUpdate": 2}


def related_measures(iri: str) -> list[dict[str, Any]]:
    """Measures the search index finds near this entity; empty while that part is not there."""
    try:
        from search.related import related
    except ImportError:
        return []
    try:
        hits = related(g.settings, iri, limit=10)
    except PolicyKGError:
        return []  # no search index built yet: the section is simply left out
    # A failing side panel must not take the entity's page down with it.
    except Exception:
        current_app.logger.warning("related measures failed for %s", iri, exc_info=True)
        return []
    found = []
    for hit in hits or []:
        hit_iri = str(getattr(hit, "iri", "") or "")
        if hit_iri and hit_iri != iri:
            found.append(
                {
                    "iri": hit_iri,
                    "label": str(getattr(hit, "label", "") or _fallback_label(hit_iri)),
                    "kind": str(getattr(hit, "type", "") or "Entity"),
                    "reasons": [str(r) for r in getattr(hit, "reasons", None) or []],
                    "href": entity_href(hit_iri) or hit_iri,
                }
            )
    return found


def page_data(iri: str) -> dict[str, Any]:
    """Everything the entity page shows."""
    out_rows, (in_rows, in_totals) = outgoing_links(iri), incoming_links(iri)
    bases = _bases(iri)
    linked = [r["o"] for r in out_rows if r.get("isIri") == "true"] + [r["s"] for r in in_rows]
    nodes = describe_nodes([iri, *linked])
    me = nodes[iri]

    types, properties, labels = [], defaultdict(list), []
    outgoing: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for row in out_rows:
        p, o = row["p"], row["o"]
        if p == str(RDF.type):
            types.append(term_label(o))
        elif row.get("isIri") == "true":
            basis = bases.get((iri, p, o))
            outgoing[p].append({"node": nodes[o], "basis": term_label(basis) if basis else None})
        elif p in (f"{PREFIXES['rdfs']}label", f"{PREFIXES['skos']}altLabel"):
            labels.append({"property": term_label(p), "value": o, "lang": row.get("lang", "")})
        else:
            properties[p].append({"value": o, "lang": row.get("lang", ""), "datatype": row.get("dt", "")})

    incoming: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for row in in_rows:
        s, p = row["s"], row["p"]
        basis = bases.get((s, p, iri))
        incoming[p].append({"node": nodes[s], "basis": term_label(basis) if basis else None})

    def groups(
        by_predicate: dict[str, list[dict[str, Any]]], totals: dict[str, int] | None = None
    ) -> list[dict[str, Any]]:
        found: list[dict[str, Any]] = [
            {
                "property": term_label(p),
                "items": sorted(v, key=lambda e: (e["node"].kind, e["node"].number, e["node"].label)),
                "total": (totals or {}).get(p, len(v)),
            }
            for p, v in by_predicate.items()
        ]
        return sorted(found, key=lambda grp: str(grp["property"]["ja"]))

    kind = me.kind
    is_law = kind in ("Law", "LawBundle")
    return {
        "iri": iri,
        "node": me,
        "kind": kind,
        # the entity's own class first, then its broader ones (prov:Entity)
        "types": sorted(
            types, key=lambda t: (t["short"].rpartition(":")[2] != kind, t["ja"] == t["short"], t["ja"])
        ),
        "labels": labels,
        "properties": [
            {"property": term_label(p), "entries": sorted(v, key=lambda x: x["value"])}
            for p, v in sorted(properties.items(), key=lambda kv: term_label(kv[0])["ja"])
        ],
        "outgoing": groups(outgoing),
        "incoming": groups(incoming, in_totals),
        "incoming_query": sparql_prologue()
        + f"SELECT ?s ?p WHERE {{ {_incoming_pattern(iri)} }} ORDER BY ?p ?s",
        "mentions": mentions(iri, MAX_LISTED),
        "mention_total": mention_count(iri),
        "mentions_query": mentions_query(iri),
        "dependents": dependents(iri, MAX_LISTED) if is_law else [],
        "dependent_total": dependent_count(iri) if is_law else 0,
        "dependents_query": dependents_query(iri),
        "max_listed": MAX_LISTED,
        "related": related_measures(iri),
        "export_formats": list(EXPORT_FORMATS),
        "rdf_links": {suffix: media for suffix, (media, _) in RDF_SUFFIXES.items()},
        # a document's own page leads to its text
        "document_id": next((e["value"] for e in properties.get(str(POL.documentId), [])), None),
        **_editions(iri, kind, properties),
    }


_VERSIONED = {"Goal", "Theme", "Issue", "Measure", "ProgressUpdate", "Target"}


def _editions(iri: str, kind: str, properties: dict[str, list[dict[str, Any]]]) -> dict[str, Any]:
    """An item's versions across editions; for a document, the edition it follows (to compare with)."""
    history = versions(store(), iri) if kind in _VERSIONED else []
    doc_id = next((e["value"] for e in properties.get(str(POL.documentId), [])), None)
    return {
        "history": history if len(history) > 1 else [],
        "previous_edition": previous_edition(store(), doc_id) if doc_id else None,
    }
