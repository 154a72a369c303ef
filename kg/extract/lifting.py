"""Lifting pol:dependsOnLaw from progress lines to the measures and issues they serve.

Extraction stage.  Takes a document's items (the :class:`kg.extract.extraction.Item` list,
after their laws are attached); gives one :class:`LiftedLaw` per law a measure
or issue does not name itself but rests on through the items under it:

* a measure depends on the laws of the progress lines that report on it
  (``reports_on``); a progress line matched only to an issue serves the issue's
  one measure, or the measure whose wording its own covers best — the share of
  the measure's character bigrams it holds, each weighted by how rare it is
  among the document's measures (「32の国家資格に関するマイナンバー法等の法律改正」
  serves 「その他の国家資格証のデジタル化」, not 「在留カードとマイナンバーカードとの一体化」),
  when that share is at least :data:`MIN_COVER` and ahead of the next by
  :data:`MIN_MARGIN`;
* an issue depends on the laws of its measures (stated or lifted) and of the
  progress lines matched to it (``issue``).

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
    issues = {item.number: n for n, item in enumerate(items) if item.cls == "Issue" and item.number}
    # law key → (mention, stated sources), per measure and per issue
    gathered: dict[int, dict[str, tuple[Any, list[int]]]] = {}

    def gather(target: int, law_key: str, mention: Any, sources: Sequence[int]) -> None:
        if law_key in stated[target]:
            return  # the item states it itself
        entry = gathered.setdefault(target, {}).setdefault(law_key, (mention, []))
        entry[1].extend(s for s in sources if s not in entry[1])

    for n, item in enumerate(items):
        if item.cls != "ProgressUpdate":
            continue
        target = measures.get(item.reports_on) if item.reports_on else None
        if target is None and stated[n]:
            target = served_measure(items, n)
        if target is not None:
            for key, mention in stated[n].items():
                gather(target, key, mention, [n])
    for n, item in enumerate(items):
        if item.cls not in ("Measure", "ProgressUpdate") or item.issue not in issues:
            continue
        target = issues[item.issue]
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


def _bigrams(text: str) -> frozenset[str]:
    return frozenset(text[i : i + 2] for i in range(len(text) - 1)) or frozenset({text})


def served_measure(items: Sequence[Any], progress: int) -> int | None:
    """The measure of its issue a progress line serves, by the rule above; None when unclear."""
    update = items[progress]
    measures = [n for n, item in enumerate(items) if item.cls == "Measure"]
    own = [n for n in measures if update.issue is not None and items[n].issue == update.issue]
    if len(own) <= 1:
        return own[0] if own else None
    grams = {n: _bigrams(normalise(items[n].label)) for n in measures}
    df: dict[str, int] = {}
    for found in grams.values():
        for gram in found:
            df[gram] = df.get(gram, 0) + 1

    def weight(gram: str) -> float:
        return math.log((len(measures) + 1) / (df.get(gram, 0) + 1))

    held = _bigrams(normalise(update.label))
    scores = sorted(
        ((sum(map(weight, grams[n] & held)) / (sum(map(weight, grams[n])) or 1.0), n) for n in own),
        reverse=True,
    )
    (best, n), (second, _) = scores[0], scores[1]
    return n if best >= MIN_COVER and best - second >= MIN_MARGIN else None
