"""Search pages: the query box, facets and hits.

``/search?q=…&type=…&law=…&agency=…&issue=…&theme=…&year=…&page=N`` renders
the results; the same URL with ``Accept: application/json``, or ``/search.json``,
answers the JSON of ``policykg search --json``, whose ``next`` and ``prev`` lead
through every hit (``offset=N&limit=M`` instead of ``page=N``).  Every filter is
a plain query parameter, so a results page is a shareable URL.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any
from urllib.parse import quote, urlencode

from flask import Blueprint, g, jsonify, render_template, request

from kg.errors import SearchRequestError, UsageError
from kg.rdf.namespaces import ID
from kg.rdf.ontology import class_label
from search.ask import question_words
from search.engine import MAX_PAGE_SIZE, TYPE_LABELS, Filters, SearchResult
from search.engine import search as run_search
from search.query import MAX_QUERY_CHARS
from web.ask import answer_for_search
from web.negotiation import wants_json, whole_number

bp = Blueprint("search", __name__)

FILTER_PARAMS = ("type", "theme", "issue", "law", "agency", "year")
# Facet headings: the class a facet's values belong to, by the ontology's one table of class names.
FACET_NAMES = {
    "type": "種類",
    "theme": class_label("Theme"),
    "issue": class_label("Issue"),
    "law": class_label("Law"),
    "agency": class_label("Agency"),
    "year": "年",
}
MAX_VALUES = 20
MAX_VALUE_CHARS = 200
BASE = str(ID)


def _window() -> tuple[int, int | None, int | None]:
    """The page, offset and limit asked for (page or offset, not both)."""
    page, offset = whole_number("page", least=1), whole_number("offset", least=0)
    if page is not None and offset is not None:
        raise UsageError("give page or offset, not both")
    return page or 1, offset, whole_number("limit", least=1, most=MAX_PAGE_SIZE)


def _values(name: str) -> list[str]:
    values = [v for v in request.args.getlist(name) if v.strip()]
    if len(values) > MAX_VALUES or any(len(v) > MAX_VALUE_CHARS for v in values):
        raise SearchRequestError(f"too many or too long values for {name!r}")
    return values


def _filters() -> Filters:
    return Filters.of(
        types=_values("type"),
        themes=_values("theme"),
        issues=_values("issue"),
        laws=_values("law"),
        agencies=_values("agency"),
        years=_values("year"),
    )


def entity_path(iri: str) -> str | None:
    """The path of an entity page (``/id/…``), or None for passages that are no entity."""
    if not iri.startswith(BASE) or "#" in iri:
        return None
    return "/id/" + iri[len(BASE) :]


def source_path(document: str, line: int) -> str:
    """The source text of ``document`` at ``line``."""
    return f"/documents/{quote(document, safe='')}" + (f"#L{line}" if line else "")


@lru_cache(maxsize=4096)
def _pair(name: str, value: str) -> str:
    """``name=value`` as urlencode writes it (a page links each facet value with the same pairs)."""
    return urlencode([(name, value)])


class Links:
    """URLs of this search with one thing changed, for facet links and pages."""

    def __init__(self, query: str, selected: dict[str, list[str]], limit: int | None = None) -> None:
        self.query = query
        self.selected = selected
        self.limit = limit  # kept in page links when the URL chose its own

    def _url(self, selected: dict[str, list[str]], window: list[tuple[str, str]] | None = None) -> str:
        pairs: list[tuple[str, str]] = [("q", self.query)] if self.query else []
        for name in FILTER_PARAMS:
            pairs.extend((name, v) for v in selected.get(name, []))
        pairs.extend(window or [])
        return "/search" + ("?" + "&".join(_pair(name, value) for name, value in pairs) if pairs else "")

    def is_selected(self, name: str, value: str) -> bool:
        return value in self.selected.get(name, [])

    def toggle(self, name: str, value: str) -> str:
        # Called for every facet value of a page: only the toggled facet's values are copied.
        values = list(self.selected.get(name, []))
        if value in values:
            values.remove(value)
        else:
            values.append(value)
        return self._url({**self.selected, name: values})

    def page(self, number: int) -> str:
        return self._url(self.selected, [("page", str(number))] if number > 1 else [])

    def at(self, result: SearchResult, offset: int | None) -> str | None:
        """The page of hits from ``offset``: ``page=N`` where pages line up, else ``offset=N``."""
        if offset is None:
            return None
        if self.limit is None and offset % result.page_size == 0:
            return self.page(offset // result.page_size + 1)
        window = [("offset", str(offset))]
        if self.limit is not None:
            window.append(("limit", str(self.limit)))
        return self._url(self.selected, window)

    def clear(self) -> str:
        return self._url({})


@bp.get("/search.json")
@bp.get("/search")  # registered first (the nearest decorator), so url_for gives it
def results() -> Any:
    query = request.args.get("q", "")
    if len(query) > MAX_QUERY_CHARS:
        raise SearchRequestError(
            f"the query is too long ({len(query)} characters; at most {MAX_QUERY_CHARS})"
        )
    page, offset, limit = _window()
    filters = _filters()
    result: SearchResult = run_search(g.settings, query, filters, page=page, page_size=limit, offset=offset)
    if wants_json():
        return jsonify(result.to_json())
    selected = {name: _values(name) for name in FILTER_PARAMS}
    # A question typed into the box is answered from the graph above the hits; when no
    # passage holds all its words, the hits are those holding any of them.
    answer = answer_for_search(query) if not filters else None
    searched_as = None
    if answer is not None and not result.total and (words := question_words(query, answer.answer)):
        result = run_search(g.settings, words, filters, page=page, page_size=limit, offset=offset)
        searched_as = words
    if result.offset:
        answer = None  # shown on the first page only
    return render_template(
        "search/results.html",
        result=result,
        query=query,
        links=Links(query, selected, limit),
        type_labels=TYPE_LABELS,
        facet_names=FACET_NAMES,
        entity_path=entity_path,
        source_path=source_path,
        searched=bool(query.strip()) or bool(filters),
        view=answer,
        searched_as=searched_as,
    )
