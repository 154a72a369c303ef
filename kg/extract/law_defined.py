"""Abbreviations a text defines for a law it names: 「…に関する法律（以下「温対法」という。）」.

Extraction stage.  Given the law candidates chosen in a text, gives a candidate for the
abbreviation in the brackets right after a law and one for each later use of it in the same
text, each paired with the candidate of the law it stands for (its key is that law's).  An
abbreviation is taken only when it reads as an act's name (ending in 法, 法律, 条例, 令 or 規則):
「（以下「本計画」という。）」 defines no law.  Each use is found by searching for that one word,
not by a loop over names.

>>> law = Candidate(0, 2, "a", "form")
>>> [(c.start, c.end) for c, _ in defined_uses("A法（以下「B法」という。）に基づくB法の", [law])]
[(6, 8), (18, 20)]
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace

from kg.extract.gazetteers import Candidate, select_longest
from kg.extract.law_forms import ENFORCEMENT_ORDER_RE
from kg.extract.law_mentions import LawMention

__all__ = ["DEFINED", "as_defined", "defined_uses", "with_defined"]

DEFINED = "defined"
_DEFINITION_RE = re.compile(
    r"[(（][^()（）\n]{0,30}?以下[、,]?[「『](?P<abbr>[^「」『』()（）。、\n]{1,20}?(?:法|法律|条例|令|規則))[」』]という"
)


def defined_uses(
    folded: str, chosen: Sequence[Candidate], boundary: Callable[[str, int], bool] = lambda _t, _s: True
) -> list[tuple[Candidate, Candidate]]:
    """(abbreviation, law) pairs: the definition in brackets and each later use, in text order.

    ``boundary(folded, start)`` says a use may start there (not glued to the end of a longer word).
    """
    pairs: list[tuple[Candidate, Candidate]] = []
    for law in chosen:
        m = _DEFINITION_RE.match(folded, law.end)
        if m is None or len(m["abbr"]) < 2:
            continue
        abbr, pos = m["abbr"], m.start("abbr")
        while pos >= 0:
            end = pos + len(abbr)
            if suffix := ENFORCEMENT_ORDER_RE.match(folded, end):  # 「温対法施行令」: an ordinance of its own
                pairs.append((Candidate(pos, suffix.end(), None, "ordinance", priority=1), law))
            elif pos == m.start("abbr") or boundary(folded, pos):
                pairs.append((Candidate(pos, end, law.key, DEFINED, priority=1), law))
            pos = folded.find(abbr, pos + len(abbr))
    return pairs


def with_defined(
    folded: str, chosen: list[Candidate], boundary: Callable[[str, int], bool]
) -> tuple[list[Candidate], list[tuple[Candidate, Candidate]]]:
    """The candidates chosen with the abbreviations defined among them (a longer name kept), and the pairs."""
    pairs = defined_uses(folded, chosen, boundary)
    return (select_longest([*chosen, *(c for c, _ in pairs)]) if pairs else chosen), pairs


def as_defined(mentions: list[LawMention], pairs: Sequence[tuple[Candidate, Candidate]]) -> list[LawMention]:
    """The mentions with each abbreviation's key, kind and bundle those of the law it stands for."""
    by_span = {(m.start, m.end): m for m in mentions}
    stands_for = {(c.start, c.end): (x.start, x.end) for c, x in pairs if c.kind == DEFINED}
    out = []
    for m in mentions:
        law = by_span.get(stands_for.get((m.start, m.end), (-1, -1)))
        if law is not None and law is not m:
            m = replace(m, key=law.key, known=law.known, kind=law.kind, bundle=law.bundle, basis=DEFINED)
        out.append(m)
    return out
