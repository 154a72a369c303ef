"""Entity pages under /id/…, with content negotiation.

Every IRI under ``https://w3id.org/policykg/id/`` dereferences here: a deployment
at that base answers ``/id/<path>`` with the entity's page, or with its triples
as Turtle, JSON-LD or N-Triples (``Accept`` or a ``.ttl`` / ``.jsonld`` / ``.nt``
suffix).  The page names types and properties in words from the ontology's
labels, lists links both ways and quotes every line the entity was read from.

IRIs hold Japanese either as is (``agency/デジタル庁``) or percent-encoded
(``area/%E5%8C%97…``); a request path is tried in both forms, so either link
reaches the entity.
"""

from __future__ import annotations

import re
import threading
from collections import OrderedDict, defaultdict
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import quote, unquote

import pyoxigraph as ox
from flask import Blueprint, Response, current_app, g, jsonify, render_template, request
from rdflib import Graph, Literal, URIRef
from werkzeug.exceptions import HTTPException, NotAcceptable

from kg.errors import AnswerTooLargeError, NotFoundError, PolicyKGError
from kg.exports import FORMATS as EXPORT_FORMATS
from kg.graphs import node_class
from kg.iris import segment
from kg.namespaces import ID, OA, POL, PREFIXES, RDF, XSD, sparql_prologue
from kg.ontology import term_labels
from web.app import store
from web.negotiation import note_vary_accept

bp = Blueprint("entities", __name__)

BASE = str(ID)
# Suffix → (media type, rdflib serialiser).
RDF_SUFFIXES: dict[str, tuple[str, str]] = {
    ".ttl": ("text/turtle", "turtle"),
    ".jsonld": ("application/ld+json", "json-ld"),
    ".nt": ("application/n-triples", "nt"),
}
RDF_TYPES: dict[str, str] = {media: fmt for media, fmt in RDF_SUFFIXES.values()}
HTML_TYPES = ("text/html", "application/xhtml+xml")
_MAX_PATH = 2000
# A hub such as デジタル庁 is linked from and mentioned in every document: a page
# lists this many of each kind of link, mention and dependent, with the total
# and a query for the rest, so that it stays readable and fast at any corpus size.
MAX_LISTED = 100
# Characters SPARQL forbids inside <…>; a candidate IRI holding one is never queried.
_BAD_IRI_CHARS = re.compile(r'[\x00-\x20<>"{}|^`\\\x7f]')
# Kept as is when a path is percent-encoded: the sub-delimiters and what IRIs already use.
_PATH_SAFE = "/-._~()!$&'*+,;=:@#"
# Incoming links the page shows elsewhere (mentions) or that belong to reifications.
_HIDDEN_INCOMING = (str(OA.hasBody), str(RDF.subject), str(RDF.object))


# --------------------------------------------------------------------------- IRIs and links


def entity_href(iri: str) -> str | None:
    """The path of ``iri``'s page on this site, or None for IRIs outside the id base.

    Existing %XX escapes are kept and everything else a URL path cannot hold is
    escaped, so both spellings of Japanese IRIs give a working link.

    >>> entity_href("https://w3id.org/policykg/id/agency/デジタル庁")
    '/id/agency/%E3%83%87%E3%82%B8%E3%82%BF%E3%83%AB%E5%BA%81'
    """
    if not iri.startswith(BASE) or iri == BASE:
        return None
    local = quote(iri[len(BASE) :], safe=_PATH_SAFE.replace("#", "") + "%")
    return f"/id/{local}"


def candidate_iris(path: str) -> list[str]:
    """The IRIs a decoded request path may stand for, most literal first."""
    forms = [
        path,
        quote(path, safe=_PATH_SAFE),
        # the builder's own spelling: non-ASCII kept, ASCII specials escaped
        quote(path, safe=_PATH_SAFE + "".join({ch for ch in path if ord(ch) > 127})),
        # exactly as kg.iris writes each segment of an IRI it mints
        "/".join(segment(part) for part in path.split("/")),
    ]
    return [BASE + form for form in dict.fromkeys(forms) if is_iri(BASE + form)]


def is_iri(text: str) -> bool:
    """True for a well-formed absolute IRI that is safe to write between ``<`` and ``>``."""
    if _BAD_IRI_CHARS.search(text):
        return False
    try:
        ox.NamedNode(text)
    except ValueError:
        return False
    return True


def existing_iri(path: str) -> str | None:
    """The first candidate IRI for ``path`` that the graph knows, if any."""
    if not path or len(path) > _MAX_PATH:
        return None
    candidates = candidate_iris(path)
    if not candidates:
        return None
    values = " ".join(f"<{c}>" for c in candidates)
    rows = store().select(
        sparql_prologue() + f"SELECT ?c WHERE {{ VALUES ?c {{ {values} }} "
        "FILTER EXISTS { { ?c ?p ?o } UNION { ?s ?q ?c } } }"
    )
    known = {r["c"] for r in rows}
    return next((c for c in candidates if c in known), None)


def short_iri(iri: str) -> str:
    """``pol:Issue`` for an IRI in a known namespace, else the IRI itself."""
    for prefix, ns in PREFIXES.items():
        if iri.startswith(ns) and len(iri) > len(ns):
            return f"{prefix}:{iri[len(ns) :]}"
    return iri


# --------------------------------------------------------------------------- labels of nodes


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


# --------------------------------------------------------------------------- the page's data


def _outgoing(iri: str) -> list[dict[str, str]]:
    return store().select(
        sparql_prologue() + f"SELECT ?p ?o ?lang ?dt ?isIri WHERE {{ <{iri}> ?p ?o "
        "BIND(LANG(?o) AS ?lang) BIND(DATATYPE(?o) AS ?dt) BIND(isIRI(?o) AS ?isIri) }"
    )


def _incoming_pattern(iri: str) -> str:
    hidden = ", ".join(f"<{p}>" for p in _HIDDEN_INCOMING)
    return f"?s ?p <{iri}> FILTER(isIRI(?s)) FILTER(?p NOT IN ({hidden}))"


def _incoming(iri: str) -> tuple[list[dict[str, str]], dict[str, int]]:
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
    return sorted(items.values(), key=lambda e: (e["node"].kind, e["node"].number, e["node"].label))


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
    out_rows, (in_rows, in_totals) = _outgoing(iri), _incoming(iri)
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
    }


# --------------------------------------------------------------------------- RDF


def describe(iri: str, limit: int | None = None) -> Graph:
    """The entity's outgoing triples, incoming links and annotations as an rdflib graph.

    With a ``limit``, a description of more statements than that is refused
    (:class:`AnswerTooLargeError`) before it is built: serialising hundreds of
    thousands of them would hold a server thread for minutes.
    """
    where = (
        f"{{ <{iri}> ?p ?o }} UNION {{ ?s ?q <{iri}> }} UNION {{ ?ann oa:hasBody <{iri}> ; ?ap ?ao }} "
        f"UNION {{ ?ann oa:hasBody <{iri}> ; oa:hasTarget ?t . ?t ?tp ?to }} "
        f"UNION {{ ?ann oa:hasBody <{iri}> ; oa:hasTarget/oa:hasSelector ?sel . ?sel ?sp ?so }}"
    )
    # Reading up to the row past the limit costs no more than the description itself.
    if limit is not None and store().select(
        sparql_prologue() + f"SELECT * WHERE {{ {where} }} OFFSET {limit} LIMIT 1"
    ):
        raise AnswerTooLargeError(
            f"{iri} is described by more than {limit:,} statements, more than one answer may hold; "
            "ask /sparql for them part by part"
        )
    found = store().construct(
        sparql_prologue() + "CONSTRUCT { "
        f"<{iri}> ?p ?o . ?s ?q <{iri}> . ?ann ?ap ?ao . ?t ?tp ?to . ?sel ?sp ?so . }} WHERE {{ {where} }}"
    )
    graph = Graph()
    for prefix, ns in PREFIXES.items():
        graph.bind(prefix, ns, replace=True)
    # A string literal written with an explicit xsd:string is the same RDF 1.1 term as a
    # plain one; written plainly, every serialisation and every rdflib reader agrees.
    for s, p, o in found:
        if isinstance(o, Literal) and o.datatype == XSD.string:
            o = Literal(str(o))
        graph.add((s, p, o))
    return graph


def _negotiate(suffix_type: str | None) -> str:
    """The media type to answer with: a suffix decides, else Accept; 406 when nothing fits."""
    if suffix_type:
        return suffix_type
    accept = request.accept_mimetypes
    if not accept:
        return "text/html"
    offers = [*HTML_TYPES, *RDF_TYPES, "application/json"]
    best = accept.best_match(offers)
    if best is None:
        raise NotAcceptable(
            "this entity is available as text/html, text/turtle, application/ld+json "
            "and application/n-triples"
        )
    return best


def _wants_html_error() -> bool:
    if any(request.path.endswith(s) for s in RDF_SUFFIXES):
        return False
    note_vary_accept()
    accept = request.accept_mimetypes
    if not accept:
        return True
    best = accept.best_match([*HTML_TYPES, "application/json", *RDF_TYPES])
    return best in HTML_TYPES


@bp.errorhandler(PolicyKGError)
@bp.errorhandler(HTTPException)
def entity_error(exc: Exception) -> tuple[Any, int, dict[str, str]]:
    """The app's error shape, as JSON for every client that did not ask for HTML."""
    if isinstance(exc, PolicyKGError):
        body, status = exc.to_json(), exc.status
    else:
        assert isinstance(exc, HTTPException)
        status = exc.code or 500
        body = {"ok": False, "error": exc.description or exc.name, "code": f"H{status}", "status": status}
    # A spent budget is worth trying again later (a 413 is not).
    headers = {"Retry-After": "10"} if status == 503 else {}
    if _wants_html_error():
        return render_template("errors/error.html", error=body), status, headers
    return jsonify(body), status, headers


@bp.get("/id/<path:path>")
def entity(path: str) -> Any:
    """The page of an entity, or its triples in the negotiated RDF format."""
    iri = existing_iri(path)
    suffix_type = None
    if iri is None:
        for suffix, (media, _) in RDF_SUFFIXES.items():
            if path.endswith(suffix):
                iri, suffix_type = existing_iri(path[: -len(suffix)]), media
                break
    if iri is None:
        raise NotFoundError(f"no entity {BASE}{path} in the graph")
    media = _negotiate(suffix_type)
    if media in HTML_TYPES:
        response = Response(_page(iri), mimetype="text/html")
    else:
        fmt = RDF_TYPES.get(media, "json-ld")
        graph = describe(iri, g.settings.max_description_triples)
        if fmt == "json-ld":
            body = graph.serialize(format="json-ld", context=dict(PREFIXES), auto_compact=True)
        else:
            body = graph.serialize(format=fmt)
        response = Response(body, content_type=f"{media}; charset=utf-8")
    response.headers["Vary"] = "Accept"
    href = entity_href(iri)
    response.headers["Link"] = ", ".join(
        f'<{href}{s}>; rel="alternate"; type="{m}"' for s, (m, _) in RDF_SUFFIXES.items()
    )
    return response


class PageCache:
    """Rendered pages by (store generation, index generation, IRI), least recently used out first.

    A generation never changes, so a page rendered from it stays right for as
    long as it is current; a build makes new keys and the old pages age out.
    """

    def __init__(self, budget: int) -> None:
        self.budget = budget
        self._pages: OrderedDict[tuple[str, str, str], str] = OrderedDict()
        self._size = 0
        self._lock = threading.Lock()

    def get(self, key: tuple[str, str, str]) -> str | None:
        with self._lock:
            page = self._pages.get(key)
            if page is not None:
                self._pages.move_to_end(key)
            return page

    def put(self, key: tuple[str, str, str], page: str) -> None:
        size = len(page)
        if size > self.budget:
            return
        with self._lock:
            if key in self._pages:
                return
            self._pages[key] = page
            self._size += size
            while self._size > self.budget:
                _, old = self._pages.popitem(last=False)
                self._size -= len(old)


PAGE_CACHE_CHARS = 32 * 1024**2  # rendered entity pages kept per app (characters, about 2,000 hub pages)
_PAGES = "policykg.entity_pages"


def _page(iri: str) -> str:
    """The entity's HTML page, rendered once per store and index generation."""
    generation = getattr(store(), "generation", None)
    if generation is None:  # a remote endpoint: it may change at any time
        return render_template("entities/entity.html", **page_data(iri))
    from search.index import current_generation as index_generation

    key = (str(generation), str(index_generation(g.settings.data_dir)), iri)
    pages: PageCache = current_app.extensions.setdefault(_PAGES, PageCache(PAGE_CACHE_CHARS))
    page = pages.get(key)
    if page is None:
        page = render_template("entities/entity.html", **page_data(iri))
        pages.put(key, page)
    return page


@bp.app_template_filter("entity_href")
def entity_href_filter(iri: str) -> str:
    """Jinja: the page of an IRI under the id base, else the IRI itself when it is a web
    address (a ``javascript:`` or ``file:`` IRI loaded from outside is never a link)."""
    if found := entity_href(iri):
        return found
    return iri if iri.startswith(("http://", "https://")) else "#"
