"""Document series and their editions, from the manifest and the documents' metadata.

Takes every document's id, title, publisher and date (and the manifest's
``series`` and ``follows`` keys); gives each series its editions in order and
each edition the one it follows.  Where the manifest is silent, a document with
the title and publisher of another is proposed as its next edition, and a
warning says so (and how to confirm it).

>>> docs = [Edition("a", "報告書", "庁", "2021-10-22"), Edition("b", "報告書", "庁", "2022-10-21")]
>>> plan = plan_series(docs)
>>> plan.previous["b"], plan.proposed
('a', ['b'])
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from kg.digests import short_hash

# Years and era years vary from edition to edition of the same report.
_YEARS = re.compile(r"(?:令和|平成)?[0-9元]{1,4}年度?|[（(][^（()）]*[）)]|第[0-9]+回|\s+")


@dataclass(frozen=True, slots=True)
class Edition:
    """One stored document as a possible edition: its metadata and what the manifest says."""

    doc_id: str
    title: str | None
    publisher: str | None
    date: str | None  # ISO date (or year-month, year) as stored
    series: str | None = None
    follows: str | None = None


@dataclass(slots=True)
class SeriesPlan:
    """Each series' editions, oldest first, and each edition's predecessor."""

    series: dict[str, list[str]] = field(default_factory=dict)
    series_of: dict[str, str] = field(default_factory=dict)
    previous: dict[str, str] = field(default_factory=dict)
    proposed: list[str] = field(default_factory=list)  # editions the manifest did not state
    warnings: list[str] = field(default_factory=list)
    titles: dict[str, str] = field(default_factory=dict)  # series id -> title of its latest edition


def title_key(title: str | None, publisher: str | None) -> tuple[str, str] | None:
    """What two editions of one report share: the title without years and spaces, and the publisher.

    >>> title_key("報告書フォローアップ（2021年）", "デジタル庁")
    ('報告書フォローアップ', 'デジタル庁')
    """
    if not title:
        return None
    norm = _YEARS.sub("", unicodedata.normalize("NFKC", title))
    return norm, unicodedata.normalize("NFKC", publisher or "").strip()


class _Groups:
    """Union-find over document ids."""

    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, x: str) -> str:
        self.parent.setdefault(x, x)
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def _order(members: list[Edition]) -> list[Edition]:
    return sorted(members, key=lambda e: (e.date or "", e.doc_id))


def plan_series(editions: list[Edition]) -> SeriesPlan:
    """Group ``editions`` into series and order them (see the module docstring)."""
    plan = SeriesPlan()
    by_id = {e.doc_id: e for e in editions}
    groups = _Groups()
    named: dict[str, str] = {}  # series name -> a member
    stated: set[str] = set()
    for e in editions:
        if e.follows is not None:
            if e.follows not in by_id:
                plan.warnings.append(
                    f"{e.doc_id}: follows {e.follows!r}, which is not a built document; ignored"
                )
            elif e.follows == e.doc_id:
                plan.warnings.append(f"{e.doc_id}: follows itself; ignored")
            else:
                groups.union(e.doc_id, e.follows)
                stated |= {e.doc_id, e.follows}
        if e.series is not None:
            stated.add(e.doc_id)
            if e.series in named:
                groups.union(e.doc_id, named[e.series])
            named[e.series] = e.doc_id
    # Where the manifest is silent: the title and publisher of a stated edition, or of another silent one.
    keyed: dict[tuple[str, str], list[str]] = {}
    for e in _order(editions):
        key = title_key(e.title, e.publisher)
        if key is not None:
            keyed.setdefault(key, []).append(e.doc_id)
    for ids in keyed.values():
        for doc_id in ids[1:]:
            if doc_id not in stated or ids[0] not in stated:
                groups.union(doc_id, ids[0])
    components: dict[str, list[Edition]] = {}
    for e in editions:
        components.setdefault(groups.find(e.doc_id), []).append(e)
    for members in components.values():
        if len(members) < 2 and not any(m.series for m in members):
            continue
        ordered = _order(members)
        names = sorted({m.series for m in members if m.series})
        if len(names) > 1:
            plan.warnings.append(
                f"{ordered[0].doc_id}: one chain of editions is named as the series {', '.join(names)}; "
                f"taken as {names[0]!r}"
            )
        key = title_key(ordered[0].title, ordered[0].publisher)
        series_id = names[0] if names else "auto-" + short_hash(*(key or (ordered[0].doc_id,)), length=10)
        _chain(plan, series_id, ordered, stated)
    return plan


def _chain(plan: SeriesPlan, series_id: str, ordered: list[Edition], stated: set[str]) -> None:
    """Order one series: a stated ``follows`` wins, otherwise the date decides."""
    chain: list[str] = []
    for e in ordered:
        if e.follows in chain:
            # Right after what it follows (a later edition dated earlier is the manifest's word).
            chain.insert(chain.index(e.follows) + 1, e.doc_id)
        else:
            chain.append(e.doc_id)
    by_id = {e.doc_id: e for e in ordered}
    plan.series[series_id] = chain
    plan.titles[series_id] = by_id[chain[-1]].title or chain[-1]
    for n, doc_id in enumerate(chain):
        plan.series_of[doc_id] = series_id
        if n == 0:
            continue
        plan.previous[doc_id] = chain[n - 1]
        if doc_id not in stated:
            plan.proposed.append(doc_id)
            plan.warnings.append(
                f"{doc_id}: proposed as the next edition of {chain[n - 1]} (same title and publisher); "
                f'say follows = "{chain[n - 1]}" (or another series) in manifest.toml'
            )
