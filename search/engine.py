"""Searching the index: ranked hits with snippets, facet counts and filters.

>>> Filters.of(types=["measure", "課題"]).types
('Measure', 'Issue')
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Any
from urllib.parse import urlencode

from kg import budget
from kg.errors import SearchRequestError
from kg.rdf.ontology import class_label
from kg.settings import Settings
from search.analysis import fold
from search.highlight import render
from search.hits import Ids, common, first, top, within
from search.index import FACETS, OpenIndex, holder
from search.postings import Evaluator
from search.query import MAX_QUERY_CHARS, ParsedQuery, parse
from search.synonyms import SynonymTable

# Kinds of passage, in the order facets list them, with the names staff read: the
# ontology's class labels, and 本文 for a paragraph, which is a passage but no class.
PASSAGE_KINDS = ("Measure", "ProgressUpdate", "Issue", "Goal", "Target", "Theme", "Section")
TYPE_LABELS: dict[str, str] = {**{k: class_label(k) for k in PASSAGE_KINDS}, "Paragraph": "本文"}
MAX_PAGE_SIZE = 200
# Ranking deeper than this costs more than anyone reads.
MAX_DEPTH = 10_000
_TYPE_NAMES = {
    **{fold(k): k for k in TYPE_LABELS},
    **{fold(v): k for k, v in TYPE_LABELS.items()},
    "progress": "ProgressUpdate",
    "progress_update": "ProgressUpdate",
    # the words these kinds were shown as before
    "テーマ": "Theme",
    "見出し": "Section",
}


def _nfkc(value: str) -> str:
    return unicodedata.normalize("NFKC", value).strip()


@dataclass(frozen=True, slots=True)
class Filters:
    """Facet values a hit must have; several values of one facet mean any of them."""

    types: tuple[str, ...] = ()
    themes: tuple[str, ...] = ()
    issues: tuple[str, ...] = ()
    laws: tuple[str, ...] = ()
    agencies: tuple[str, ...] = ()
    years: tuple[str, ...] = ()

    @classmethod
    def of(
        cls,
        *,
        types: Iterable[str] = (),
        themes: Iterable[str] = (),
        issues: Iterable[str] = (),
        laws: Iterable[str] = (),
        agencies: Iterable[str] = (),
        years: Iterable[str] = (),
    ) -> Filters:
        """Filters from what a user typed; unknown types are refused."""
        resolved = []
        for value in types:
            if not value.strip():
                continue
            name = _TYPE_NAMES.get(fold(_nfkc(value)))
            if name is None:
                known = ", ".join(f"{k} ({v})" for k, v in TYPE_LABELS.items())
                raise SearchRequestError(f"unknown type {value!r}; use one of {known}")
            resolved.append(name)

        def clean(values: Iterable[str]) -> tuple[str, ...]:
            return tuple(dict.fromkeys(v for v in (_nfkc(x) for x in values) if v))

        return cls(
            tuple(dict.fromkeys(resolved)),
            clean(themes),
            clean(issues),
            clean(laws),
            clean(agencies),
            clean(years),
        )

    def by_facet(self) -> dict[str, tuple[str, ...]]:
        return {
            "type": self.types,
            "theme": self.themes,
            "issue": self.issues,
            "law": self.laws,
            "agency": self.agencies,
            "year": self.years,
        }

    def __bool__(self) -> bool:
        return any(self.by_facet().values())


@dataclass(slots=True)
class Hit:
    """One passage found."""

    iri: str
    type: str
    label: str
    document: str
    line: int
    snippet: str
    section: str
    doc_iri: str
    score: float
    laws: list[str] = field(default_factory=list)
    agencies: list[str] = field(default_factory=list)
    issues: list[str] = field(default_factory=list)
    years: list[str] = field(default_factory=list)

    @property
    def type_label(self) -> str:
        return TYPE_LABELS.get(self.type, self.type)

    def to_json(self) -> dict[str, Any]:
        return {
            "iri": self.iri,
            "type": self.type,
            "label": self.label,
            "document": self.document,
            "line": self.line,
            "snippet": self.snippet,
            "section": self.section,
            "laws": self.laws,
            "agencies": self.agencies,
            "issues": self.issues,
            "years": self.years,
            "score": round(self.score, 4),
        }


@dataclass(slots=True)
class SearchResult:
    """Hits of one page, the total, facet counts over every hit, and the synonyms searched.

    A page starts at ``offset`` (the number of hits before it) and holds at most
    ``page_size`` hits; ``next_offset`` and ``prev_offset`` are None at the ends.
    """

    query: str
    expanded: list[str]
    total: int
    hits: list[Hit]
    facets: dict[str, dict[str, int]]
    facet_labels: dict[str, dict[str, str]]
    filters: Filters
    offset: int
    page_size: int

    @property
    def page(self) -> int:
        """The page this offset falls on, counting from 1."""
        return self.offset // self.page_size + 1 if self.page_size else 1

    @property
    def pages(self) -> int:
        return max(1, -(-self.total // self.page_size)) if self.page_size else 1

    @property
    def next_offset(self) -> int | None:
        following = self.offset + self.page_size
        return following if following < self.total and following + self.page_size <= MAX_DEPTH else None

    @property
    def prev_offset(self) -> int | None:
        return max(0, self.offset - self.page_size) if self.offset > 0 else None

    def url(self, offset: int | None) -> str | None:
        """The path of this search's JSON starting at ``offset`` (None for None)."""
        if offset is None:
            return None
        pairs: list[tuple[str, str]] = [("q", self.query)] if self.query else []
        for name, values in self.filters.by_facet().items():
            pairs.extend((name, v) for v in values)
        pairs += [("offset", str(offset)), ("limit", str(self.page_size))]
        return "/search.json?" + urlencode(pairs)

    def to_json(self) -> dict[str, Any]:
        return {
            "query": self.query,
            "expanded": self.expanded,
            "total": self.total,
            "offset": self.offset,
            "limit": self.page_size,
            "next": self.url(self.next_offset),
            "prev": self.url(self.prev_offset),
            "page": self.page,
            "page_size": self.page_size,
            "pages": self.pages,
            "filters": {k: list(v) for k, v in self.filters.by_facet().items() if v},
            "hits": [h.to_json() for h in self.hits],
            "facets": self.facets,
        }


def _split(value: Any) -> list[str]:
    return [v for v in str(value or "").split(",") if v]


def _resolve(filters: Filters, meta: dict[str, Any]) -> dict[str, tuple[str, ...]]:
    # Laws and agencies may be given by any of their names.
    laws: dict[str, str] = meta.get("laws", {})
    agencies: dict[str, str] = meta.get("agencies", {})
    out = filters.by_facet()
    out["law"] = tuple(laws.get(fold(v), v) for v in filters.laws)
    out["agency"] = tuple(agencies.get(fold(v), v) for v in filters.agencies)
    return out


def _labels(index: OpenIndex) -> dict[str, dict[str, str]]:
    meta = index.meta
    return {
        "type": dict(TYPE_LABELS),
        "theme": {k: f"{k} {v}" for k, v in meta.get("themes", {}).items()},
        "issue": {k: f"{k} {v}" for k, v in meta.get("issues", {}).items()},
    }


def facet_counts(index: OpenIndex, matched: Ids) -> dict[str, dict[str, int]]:
    """Counts of each facet value among ``matched`` documents, most frequent first."""
    return index.facets.counts(matched)


def _allowed(index: OpenIndex, filters: Filters) -> Ids | None:
    """The documents ``filters`` allow, in increasing order (None when there are no filters)."""
    allowed: Ids | None = None
    for name, values in _resolve(filters, index.meta).items():
        if not values:
            continue
        these = index.facets.documents(name, values)
        allowed = these if allowed is None else common(allowed, these)
    return allowed


@lru_cache(maxsize=1024)
def _parsed(query: str, synonyms: SynonymTable) -> ParsedQuery:
    # Parsing analyses every word and synonym with Sudachi; the result depends
    # only on the text and the generation's synonyms, and is never changed.
    return parse(query, synonyms)


def _hit(fields: dict[str, Any], score: float, spans: list[tuple[int, int]]) -> Hit:
    return Hit(
        iri=fields["iri"],
        type=fields["type"],
        label=fields["label"],
        document=fields["document"],
        line=int(fields.get("line") or 0),
        snippet=render(fields.get("text", ""), spans),
        section=fields.get("section", ""),
        doc_iri=fields.get("doc_iri", ""),
        score=float(score or 0.0),
        laws=_split(fields.get("law")),
        agencies=_split(fields.get("agency")),
        issues=_split(fields.get("issue")),
        years=_split(fields.get("year")),
    )


def search(
    settings: Settings,
    query: str,
    filters: Filters | None = None,
    *,
    page: int = 1,
    page_size: int | None = None,
    offset: int | None = None,
) -> SearchResult:
    """Search the index of ``settings.data_dir``: the hits from ``offset`` (or of ``page``) on.

    An empty query with filters lists the filtered passages in document order;
    an empty query without filters finds nothing.  Hits are ranked by score,
    ties by index order, so consecutive pages never repeat or skip a hit.
    """
    filters = filters or Filters()
    size = settings.search_page_size if page_size is None else page_size
    if len(query) > MAX_QUERY_CHARS:
        raise SearchRequestError(
            f"the query is too long ({len(query)} characters; at most {MAX_QUERY_CHARS})"
        )
    if not 1 <= size <= MAX_PAGE_SIZE:
        raise SearchRequestError(f"limit must be between 1 and {MAX_PAGE_SIZE}, not {size}")
    if offset is None:
        if page < 1 or page * size > MAX_DEPTH:
            raise SearchRequestError(f"page must be between 1 and {MAX_DEPTH // size}, not {page}")
        offset = (page - 1) * size
    elif offset < 0 or offset + size > MAX_DEPTH:
        raise SearchRequestError(f"offset must be between 0 and {MAX_DEPTH - size}, not {offset}")
    start = offset
    with holder(settings.data_dir).searcher() as (index, searcher):
        # A generation never changes, so neither does the answer to the same search of it.
        # A page of hits with its facet counts is a few tens of kilobytes.
        index.results.resize(settings.search_results_kept)
        key = (query, filters, start, size)
        budget.check()  # a spent budget or a client gone is answered so, kept result or not
        kept: SearchResult | None = index.results.get(key)
        if kept is None:
            kept = _search(index, searcher, query, filters, start, size)
            index.results.put(key, kept, 1)
        # The caller may change what it is given; the kept result stays as it was.
        return replace(
            kept,
            expanded=list(kept.expanded),
            hits=[replace(h) for h in kept.hits],
            facets={name: dict(counts) for name, counts in kept.facets.items()},
        )


def _search(
    index: OpenIndex, searcher: Any, query: str, filters: Filters, start: int, size: int
) -> SearchResult:
    """The result of one search, worked out afresh."""
    end = start + size
    parsed = _parsed(query, index.synonyms) if query.strip() else ParsedQuery(None)
    allowed = _allowed(index, filters)
    result = SearchResult(query, list(parsed.expanded), 0, [], {}, _labels(index), filters, start, size)
    if parsed.query is None and allowed is None:
        result.facets = {name: {} for name in FACETS}
        return result
    evaluator = Evaluator(index.postings, searcher)
    if parsed.query is None:
        assert allowed is not None
        matched = allowed
        listed = first(allowed, index.order.rank(searcher), end)
        page_hits = [(docnum, 0.0) for docnum in listed[start:]]
    else:
        hits = evaluator.scores(parsed.query)
        if allowed is not None:
            hits = within(hits, allowed)
        matched = hits.ids
        page_hits = top(hits, end)[start:]
    result.total = len(matched)
    result.facets = facet_counts(index, matched)
    spans = evaluator.spans([d for d, _ in page_hits], sorted(parsed.terms))
    budget.check()
    result.hits = []
    for d, score in page_hits:
        budget.check()  # a snippet from a very long passage is the costly part
        result.hits.append(_hit(searcher.stored_fields(d), score, spans[d]))
    return result
