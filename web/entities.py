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

import threading
from collections import OrderedDict
from collections.abc import Callable
from typing import Any

from flask import Blueprint, Response, current_app, g, jsonify, render_template, request
from rdflib import Graph, Literal
from werkzeug.exceptions import HTTPException, NotAcceptable

from kg.errors import AnswerTooLargeError, NotFoundError, PolicyKGError
from kg.rdf.namespaces import PREFIXES, XSD, sparql_prologue
from web.entity_data import page_data
from web.links import BASE, RDF_SUFFIXES, entity_href, existing_iri
from web.memory import give_back_freed_memory
from web.negotiation import note_vary_accept
from web.stores import store

bp = Blueprint("entities", __name__)

RDF_TYPES: dict[str, str] = {media: fmt for media, fmt in RDF_SUFFIXES.values()}
HTML_TYPES = ("text/html", "application/xhtml+xml")


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
        self._rendering: dict[tuple[str, str, str], threading.Lock] = {}

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

    def get_or_render(self, key: tuple[str, str, str], render: Callable[[], str]) -> str:
        """The kept page, else one rendering of it however many requests want it at once.

        A hub page (デジタル庁, linked from every document) takes a few hundred
        megabytes while it renders; six threads rendering it side by side on a
        server's first requests would hold six times that, and the allocator keeps
        what a request has freed. The others wait for the first and take its page.
        """
        page = self.get(key)
        if page is not None:
            return page
        with self._lock:
            turn = self._rendering.setdefault(key, threading.Lock())
        with turn:
            page = self.get(key)
            if page is None:
                page = render()
                self.put(key, page)
                give_back_freed_memory()
        with self._lock:
            if self._rendering.get(key) is turn and not turn.locked():
                del self._rendering[key]
        return page


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
    return pages.get_or_render(key, lambda: render_template("entities/entity.html", **page_data(iri)))


@bp.app_template_filter("entity_href")
def entity_href_filter(iri: str) -> str:
    """Jinja: the page of an IRI under the id base, else the IRI itself when it is a web
    address (a ``javascript:`` or ``file:`` IRI loaded from outside is never a link)."""
    if found := entity_href(iri):
        return found
    return iri if iri.startswith(("http://", "https://")) else "#"
