"""Lifting pol:dependsOnLaw from progress lines to the measures and issues they serve.

Extraction stage.  Takes a document's items (the :class:`kg.extract.extraction.Item` list,
after their laws are attached); gives one :class:`LiftedLaw` per law a measure
or issue does not name itself but rests on through the items under it:

* a measure depends on the laws of the progress lines that report on it
  (``reports_on``); a progress line matched only to an issue serves the issue's
  one measure, or the measure whose wording its own words (the line without the
  names of its laws) cover best — the share of the measure's character bigrams
  they hold, each weighted by how rare it is among the document's measures
  (「32の国家資格に関するマイナンバー法等の法律改正」 serves 「その他の国家資格証のデジタル化」,
  not 「在留カードとマイナンバーカードとの一体化」), when that share is at least
  :data:`MIN_COVER` and ahead of the next by :data:`MIN_MARGIN`;
* a line whose own words single out no measure (「A法及びB法の成立（関連法）」,
  「…に関する法律の制定」) gives each law it names to the measures that law's name
  concerns: several statutes named together go each to the measure its name
  covers best (「公金受取口座登録法」 to 「公金受取口座の登録・利用の仕組みの創設」,
  「預貯金口座個人番号利用申出法」 to 「預貯金付番を円滑に進める仕組み…」); one
  statute goes to every measure of the issue that shares a word of its name
  (「地方公共団体情報システムの標準化に関する法律」 to both 「主要17業務の標準仕様の策定」
  and 「標準仕様に準拠したシステムの利用」); a bundle goes where its fellow statutes go;
* an issue depends on the laws of its measures (stated or lifted) and of the
  progress lines matched to it (``issue``); a measure linked to no issue serves the one issue of
  its theme when that issue has no measures of its own (a 「課題」 list and a 「施策」 list side by
  side under one heading of a 基本方針).

Each lifted link keeps the items whose stated links it comes from, so the RDF
can say ``prov:wasDerivedFrom`` those links and a query can tell a stated link
from a lifted one.

>>> from types import SimpleNamespace as N
>>> law = N(key="jpki-act")
>>> items = [N(cls="Issue", key="3.4", number="3.4", issue=None, reports_on=None, laws=[]),
...          N(cls="Measure", key="3.4-m", number=None, issue="3.4", reports_on=None, laws=[]),
...          N(cls="ProgressUpdate", key="p", number=None, issue="3.4", reports_on="3.4-m", laws=[law])]
>>> [(items[x.item].cls, x.law.key, x.sources) for x in lift_laws(items)]
[('Measure', 'jpki-act', (2,)), ('Issue', 'jpki-act', (2,))]
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from kg.extract.matching import normalise

__all__ = ["MIN_COVER", "MIN_MARGIN", "LiftedLaw", "lift_laws", "served_measure"]

MIN_COVER = 0.25
MIN_MARGIN = 0.1


@dataclass(frozen=True, slots=True)
class LiftedLaw:
    """``items[item]`` depends on ``law`` because ``items[s]`` states it, for each ``s`` in ``sources``."""

    item: int
    law: Any  # a kg.extract.laws.LawMention naming the law (the first stated one)
    sources: tuple[int, ...]


def lift_laws(items: Sequence[Any]) -> list[LiftedLaw]:
    """The lifted law links of a document's items, measures first, then issues."""
    stated: list[dict[str, Any]] = [{m.key: m for m in item.laws} for item in items]
    measures = {item.key: n for n, item in enumerate(items) if item.cls == "Measure"}
    issues = {item.key: n for n, item in enumerate(items) if item.cls == "Issue"}
    # law key → (mention, stated sources), per measure and per issue
    gathered: dict[int, dict[str, tuple[Any, list[int]]]] = {}

    def gather(target: int, law_key: str, mention: Any, sources: Sequence[int]) -> None:
        if law_key in stated[target]:
            return  # the item states it itself
        entry = gathered.setdefault(target, {}).setdefault(law_key, (mention, []))
        entry[1].extend(s for s in sources if s not in entry[1])

    for n, item in enumerate(items):
        if item.cls != "ProgressUpdate" or not stated[n]:
            continue
        target = measures.get(item.reports_on) if item.reports_on else None
        if target is None:
            target = served_measure(items, n, _own_words(item))
        if target is not None:
            for key, mention in stated[n].items():
                gather(target, key, mention, [n])
            continue
        for key, targets in _measures_by_law(items, n).items():
            for t in targets:
                gather(t, key, stated[n][key], [n])
    beside = _issues_beside(items)
    for n, item in enumerate(items):
        target = issues.get(item.issue) if item.issue else beside.get(n)
        if item.cls not in ("Measure", "ProgressUpdate") or target is None:
            continue
        for key, mention in stated[n].items():
            gather(target, key, mention, [n])
        for key, (mention, sources) in gathered.get(n, {}).items() if item.cls == "Measure" else ():
            gather(target, key, mention, sources)
    lifted = [
        LiftedLaw(target, mention, tuple(sorted(sources)))
        for target, laws in gathered.items()
        for mention, sources in laws.values()
    ]
    return sorted(lifted, key=lambda x: (items[x.item].cls != "Measure", x.item))


def _issues_beside(items: Sequence[Any]) -> dict[int, int]:
    """Measure → the one issue of its theme, for measures linked to no issue, when that issue has none."""
    served = {item.issue for item in items if item.cls == "Measure" and item.issue}
    by_theme: dict[str, list[int]] = {}
    for n, item in enumerate(items):
        theme = getattr(item, "theme", None)
        if item.cls == "Issue" and theme:
            by_theme.setdefault(theme, []).append(n)
    found: dict[int, int] = {}
    for n, item in enumerate(items):
        own = by_theme.get(getattr(item, "theme", None) or "", [])
        if item.cls == "Measure" and not item.issue and len(own) == 1 and items[own[0]].key not in served:
            found[n] = own[0]
    return found


def _bigrams(text: str) -> frozenset[str]:
    return frozenset(text[i : i + 2] for i in range(len(text) - 1)) or frozenset({text})


def _own_words(item: Any) -> str:
    """A line's text without the names of the laws it states."""
    text = item.label
    for mention in item.laws:
        text = text.replace(mention.text, " ")
    return str(text)


class _Cover:
    """How much of each measure of a document a text covers, by the rule above."""

    def __init__(self, items: Sequence[Any]) -> None:
        measures = [n for n, item in enumerate(items) if item.cls == "Measure"]
        self.grams = {n: _bigrams(normalise(items[n].label)) for n in measures}
        df: dict[str, int] = {}
        for found in self.grams.values():
            for gram in found:
                df[gram] = df.get(gram, 0) + 1
        self._weights = {g: math.log((len(measures) + 1) / (k + 1)) for g, k in df.items()}

    def share(self, text: str, measure: int) -> float:
        held = _bigrams(normalise(text))
        grams = self.grams[measure]
        total = sum(self._weights[g] for g in grams) or 1.0
        return sum(self._weights[g] for g in grams & held) / total


def _own_measures(items: Sequence[Any], progress: int) -> list[int]:
    issue = items[progress].issue
    return [
        n
        for n, item in enumerate(items)
        if item.cls == "Measure" and issue is not None and item.issue == issue
    ]


def served_measure(items: Sequence[Any], progress: int, text: str | None = None) -> int | None:
    """The measure of its issue a progress line (or ``text``) serves, by the rule above; None when unclear."""
    own = _own_measures(items, progress)
    if len(own) <= 1:
        return own[0] if own else None
    cover = _Cover(items)
    held = items[progress].label if text is None else text
    scores = sorted(((cover.share(held, n), n) for n in own), reverse=True)
    (best, n), (second, _) = scores[0], scores[1]
    return n if best >= MIN_COVER and best - second >= MIN_MARGIN else None


# A bigram of a name's own word: no kana particle, bracket or mark in it.
_WORD_GRAM = re.compile(r"[一-龥々ァ-ヺーA-Za-z0-9]{2}")


def _measures_by_law(items: Sequence[Any], progress: int) -> dict[str, list[int]]:
    """The measures of its issue each law of a line that singles out none concerns, by the rule above."""
    own = _own_measures(items, progress)
    if len(own) <= 1:
        return {m.key: own for m in items[progress].laws}
    cover = _Cover(items)
    statutes = {m.key: m for m in items[progress].laws if m.kind != "bundle"}
    found: dict[str, list[int]] = {}
    if len(statutes) > 1:
        for key, mention in statutes.items():
            score, best = max((cover.share(mention.text, n), n) for n in own)
            if score > 0:
                found[key] = [best]
    for key, mention in statutes.items() if len(statutes) == 1 else ():
        words = {g for g in _bigrams(normalise(mention.text)) if _WORD_GRAM.fullmatch(g)}
        found[key] = [n for n in own if words & cover.grams[n]]
    fellows = sorted({n for targets in found.values() for n in targets})
    for mention in items[progress].laws:
        if mention.kind == "bundle" and fellows:
            found[mention.key] = fellows
    return found
