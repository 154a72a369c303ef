"""Measures and progress updates related to one item, each with the reasons why.

Shared laws weigh most (a measure resting on the same act is usually part of the
same reform), then the same issue, then a shared agency; text similarity
(Whoosh's ``more_like``) adds the items the graph has no link for.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from whoosh import query as wq

from kg.settings import Settings
from search.index import holder

RELATED_TYPES = ("Measure", "ProgressUpdate")
WEIGHTS = {"law": 3.0, "issue": 2.0, "agency": 1.0}
SIMILARITY_WEIGHT = 1.5
REASON_TEXT = {"law": "同じ法律", "issue": "同じ課題", "agency": "同じ機関"}
SIMILAR = "似た内容"


@dataclass(slots=True)
class Related:
    """An item related to another, with reasons such as 「同じ法律: デジタル改革関連法」."""

    iri: str
    label: str
    type: str
    reasons: list[str]
    document: str = ""
    line: int = 0
    score: float = 0.0


@dataclass(slots=True)
class _Candidate:
    score: float = 0.0
    reasons: list[str] = field(default_factory=list)


def related(settings: Settings, iri: str, limit: int = 10) -> list[Related]:
    """Up to ``limit`` measures and progress updates related to the item ``iri`` (none if unknown)."""
    if limit <= 0:
        return []
    with holder(settings.data_dir).searcher() as (index, searcher):
        docnum = searcher.document_number(key=iri)
        if docnum is None:
            return []
        own = searcher.stored_fields(docnum)
        allowed: set[int] = set()
        for kind in RELATED_TYPES:
            allowed |= index.facet_docs["type"].get(kind, frozenset())
        candidates: dict[int, _Candidate] = defaultdict(_Candidate)
        for facet in ("law", "issue", "agency"):
            for value in [v for v in str(own.get(facet) or "").split(",") if v]:
                for other in index.facet_docs[facet].get(value, frozenset()) & allowed:
                    if other != docnum:
                        candidate = candidates[other]
                        candidate.score += WEIGHTS[facet]
                        candidate.reasons.append(f"{REASON_TEXT[facet]}: {value}")
        only_items = wq.Or([wq.Term("type", kind) for kind in RELATED_TYPES])
        similar = searcher.more_like(
            docnum, "text", text=own.get("text", ""), top=limit * 2, numterms=8, filter=only_items
        )
        best = max((hit.score for hit in similar), default=0.0) or 1.0
        for hit in similar:
            if hit.docnum != docnum:
                candidate = candidates[hit.docnum]
                candidate.score += SIMILARITY_WEIGHT * hit.score / best
                candidate.reasons.append(SIMILAR)
        ranked = sorted(candidates.items(), key=lambda kv: (-kv[1].score, kv[0]))[:limit]
        out = []
        for other, candidate in ranked:
            fields = searcher.stored_fields(other)
            out.append(
                Related(
                    iri=fields["iri"],
                    label=fields["label"],
                    type=fields["type"],
                    reasons=candidate.reasons,
                    document=fields.get("document", ""),
                    line=int(fields.get("line") or 0),
                    score=round(candidate.score, 4),
                )
            )
        return out
