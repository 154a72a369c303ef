"""Searching the index: ranked hits with snippets, facet counts and filters.

>>> Filters.of(types=["measure", "課題"]).types
('Measure', 'Issue')
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from whoosh import query as wq

from kg.errors import SearchError
from kg.settings import Settings
from search.analysis import fold
from search.highlight import snippet
from search.index import FACETS, OpenIndex, holder
from search.query import MAX_QUERY_CHARS, ParsedQuery, parse

# Kinds of passage, in the order facets list them, with the names staff read.
TYPE_LABELS: dict[str, str] = {
    "Measure": "施策",
    "ProgressUpdate": "取組状況",
    "Issue": "課題",
    "Goal": "目標",
    "Target": "目標値",
    "Theme": "テーマ",
    "Section": "見出し",
    "Paragraph": "本文",
}
MAX_PAGE_SIZE = 200
# Ranking deeper than this costs more than anyone reads.
MAX_DEPTH = 10_000
_TYPE_NAMES = {
    **{fold(k): k for k in TYPE_LABELS},
    **{fold(v): k for k, v in TYPE_LABELS.items()},
    "progress": "ProgressUpdate",
    "progress_update": "ProgressUpdate",
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
                raise SearchError(f"unknown type {value!r}; use one of {known}")
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
    """Hits of one page, the total, facet counts over every hit, and the synonyms searched."""

    query: str
    expanded: list[str]
    total: int
    hits: list[Hit]
    facets: dict[str, dict[str, int]]
    facet_labels: dict[str, dict[str, str]]
    filters: Filters
    page: int
    page_size: int

    @property
    def pages(self) -> int:
        return max(1, -(-self.total // self.page_size)) if self.page_size else 1

    def to_json(self) -> dict[str, Any]:
        return {
            "query": self.query,
            "expanded": self.expanded,
            "total": self.total,
            "page": self.page,
            "page_size": self.page_size,
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


def _filter_query(filters: Filters, meta: dict[str, Any]) -> Any:
    parts = [
        wq.Or([wq.Term(name, v) for v in values]) if len(values) > 1 else wq.Term(name, values[0])
        for name, values in _resolve(filters, meta).items()
        if values
    ]
    if not parts:
        return None
    return parts[0] if len(parts) == 1 else wq.And(parts)


def _labels(index: OpenIndex) -> dict[str, dict[str, str]]:
    meta = index.meta
    return {
        "type": dict(TYPE_LABELS),
        "theme": {k: f"{k} {v}" for k, v in meta.get("themes", {}).items()},
        "issue": {k: f"{k} {v}" for k, v in meta.get("issues", {}).items()},
    }


def facet_counts(index: OpenIndex, matched: set[int] | frozenset[int]) -> dict[str, dict[str, int]]:
    """Counts of each facet value among ``matched`` documents, most frequent first."""
    out: dict[str, dict[str, int]] = {}
    for name in FACETS:
        counts = [(value, len(docs & matched)) for value, docs in index.facet_docs.get(name, {}).items()]
        ordered = sorted((c for c in counts if c[1]), key=lambda c: (-c[1], c[0]))
        out[name] = dict(ordered)
    return out


def _hit(fields: dict[str, Any], score: float, terms: set[str]) -> Hit:
    return Hit(
        iri=fields["iri"],
        type=fields["type"],
        label=fields["label"],
        document=fields["document"],
        line=int(fields.get("line") or 0),
        snippet=snippet(fields.get("text", ""), terms),
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
) -> SearchResult:
    """Search the index of ``settings.data_dir``.

    An empty query with filters lists the filtered passages in document order;
    an empty query without filters finds nothing.
    """
    filters = filters or Filters()
    size = settings.search_page_size if page_size is None else page_size
    if len(query) > MAX_QUERY_CHARS:
        raise SearchError(f"the query is too long ({len(query)} characters; at most {MAX_QUERY_CHARS})")
    if not 1 <= size <= MAX_PAGE_SIZE:
        raise SearchError(f"page size must be between 1 and {MAX_PAGE_SIZE}")
    if page < 1 or page * size > MAX_DEPTH:
        raise SearchError(f"page must be between 1 and {MAX_DEPTH // size}")
    with holder(settings.data_dir).searcher() as (index, searcher):
        parsed = parse(query, index.synonyms) if query.strip() else ParsedQuery(None)
        restrict = _filter_query(filters, index.meta)
        result = SearchResult(query, parsed.expanded, 0, [], {}, _labels(index), filters, page, size)
        if parsed.query is None and restrict is None:
            result.facets = {name: {} for name in FACETS}
            return result
        base = parsed.query if parsed.query is not None else wq.Every()
        sortedby = None if parsed.query is not None else ["document", "line"]
        ranked = searcher.search(base, filter=restrict, limit=page * size, sortedby=sortedby)
        combined = base if restrict is None else wq.And([base, restrict])
        matched = set(searcher.docs_for_query(combined))
        result.total = len(matched)
        result.facets = facet_counts(index, matched)
        start = (page - 1) * size
        result.hits = [
            _hit(hit.fields(), hit.score if sortedby is None else 0.0, parsed.terms)
            for hit in ranked[start : start + size]
        ]
        return result
