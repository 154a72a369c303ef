"""One mention of a law, and the rules that read mentions standing next to each other as one law.

Extraction stage, for the law ruler (:mod:`kg.extract.laws`).  Takes the mentions the ruler chose
(sorted, without overlaps) and the folded text; gives them with what their neighbours say:

* a law number in brackets right after a title (「…等の一部を改正する法律（令和5年法律第48号）」) is
  that act's number: both are one law, keyed by the gazetteer's key where either has one, else by
  the title, so an act the statute book does not list yet is one entity however it is named, and
  the same number used alone elsewhere in the document (「令和5年法律第48号附則第2条」) names it too;
* 「同法施行令」, 「同法施行規則」 after a law of the same sentence are that law's ordinances
  (「特定商取引法施行令及び同法施行規則」: key 特定商取引法施行規則).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, replace
from typing import Literal

from kg.extract.folding import fold, is_masked
from kg.extract.gazetteers import normalise_name
from kg.extract.law_forms import ENFORCEMENT_ORDER_RE
from kg.extract.law_numbers import LawNumber, parse_law_number

__all__ = [
    "LawMention",
    "MentionIndex",
    "Relation",
    "numbers_beside_titles",
    "numbers_named_by_titles",
    "same_act_ordinances",
]

Relation = Literal["enacts", "amends", "enforces", "based_on"]


@dataclass(frozen=True, slots=True)
class LawMention:
    """One mention of a law; ``key`` names it in the gazetteer or, when not ``known``, is its NFKC name.

    ``document_scoped`` marks a mention that names no particular law (a bare
    府令, an unnamed 法改正): its key is only unique within its document.
    """

    text: str
    start: int
    end: int
    key: str
    known: bool
    kind: str
    relation: Relation | None = None
    bundle: str | None = None
    document_scoped: bool = False
    #: How it was recognised: gazetteer, abbreviation, defined (by the document), form, law_number.
    basis: str = "form"
    #: An amending act named by its own title (「…法等の一部を改正する法律」): the laws its title
    #: names as those it amends, mentions inside its span.
    amended: tuple[LawMention, ...] = ()

    def shifted(self, offset: int) -> LawMention:
        return replace(
            self,
            start=self.start + offset,
            end=self.end + offset,
            amended=tuple(a.shifted(offset) for a in self.amended),
        )


def numbers_beside_titles(folded: str, mentions: list[LawMention]) -> list[LawMention]:
    """「…等の一部を改正する法律（令和5年法律第48号）」: a law number in brackets right after a title
    (an ordinance's too: 「…規則（昭和47年労働省令第32号）」) is that act's; the two are one law, by the
    gazetteer's key where either has one, else by the title."""
    out = list(mentions)
    for n in range(1, len(out)):
        title, number = out[n - 1], out[n]
        if (
            number.basis != "law_number"
            or title.basis == "law_number"
            or title.kind not in ("statute", "ordinance")
            or number.start != title.end + 1
            or folded[title.end] not in "(（"
            or not folded.startswith((")", "）"), number.end)
        ):
            continue
        # the number's relation was read from the title before it: the title's is the act's
        if title.known or not number.known:
            out[n] = replace(number, key=title.key, known=title.known, relation=title.relation)
        else:
            out[n - 1] = replace(title, key=number.key, known=True)
            out[n] = replace(number, relation=title.relation)
    return out


_SAME_ACT_ORDINANCE_RE = re.compile(r"同法(施行令|施行規則)")


def same_act_ordinances(
    text: str, folded: str, mentions: list[LawMention], masks: list[tuple[int, int]]
) -> list[LawMention]:
    """「特定商取引法施行令及び同法施行規則」: 同法施行規則 is the ordinance of the act named before it."""
    index = MentionIndex(mentions)
    added: list[LawMention] = []
    for m in _SAME_ACT_ORDINANCE_RE.finditer(folded):
        if is_masked(m.start(), m.end(), masks) or index.overlaps(m.start(), m.end()):
            continue
        before = [x for x in mentions if x.end <= m.start() and x.kind in ("statute", "ordinance")]
        if not before or "。" in folded[before[-1].end : m.start()]:
            continue  # 同法 refers to an act of this sentence, or to none the text names
        act = ENFORCEMENT_ORDER_RE.split(fold(before[-1].text))[0]
        key = normalise_name(act + m.group(1))
        added.append(LawMention(text[m.start() : m.end()], m.start(), m.end(), key, False, "ordinance"))
    return sorted(mentions + added, key=lambda x: x.start) if added else mentions


class MentionIndex:
    """Sorted, non-overlapping mentions, looked up by offset."""

    def __init__(self, mentions: list[LawMention]) -> None:
        self.mentions = list(mentions)
        self._starts = [x.start for x in self.mentions]
        self._by_end = {x.end: i for i, x in enumerate(self.mentions)}
        self._by_start = {x.start: i for i, x in enumerate(self.mentions)}

    def overlaps(self, start: int, end: int) -> bool:
        i = bisect.bisect_left(self._starts, end) - 1
        return i >= 0 and self.mentions[i].end > start

    def ending_at(self, end: int) -> LawMention | None:
        i = self._by_end.get(end)
        return None if i is None else self.mentions[i]

    def starting_at(self, start: int) -> LawMention | None:
        i = self._by_start.get(start)
        return None if i is None else self.mentions[i]

    def update(self, mention: LawMention) -> None:
        self.mentions[self._by_start[mention.start]] = mention


def _own_keys(number: LawNumber) -> tuple[str, ...]:
    egov_id = number.egov_id()
    return (str(number), egov_id) if egov_id else (str(number),)


def numbers_named_by_titles(mentions: list[LawMention]) -> list[LawMention]:
    """A document's mentions with a law number used alone keyed as the title beside the same number."""
    named: dict[LawNumber, LawMention] = {}
    for m in mentions:
        number = parse_law_number(m.text) if m.basis == "law_number" else None
        if number is not None and m.key not in _own_keys(number):
            named.setdefault(number, m)
    if not named:
        return mentions
    out = []
    for m in mentions:
        number = parse_law_number(m.text) if m.basis == "law_number" else None
        title = named.get(number) if number is not None else None
        if title is not None and number is not None and m.key in _own_keys(number):
            m = replace(m, key=title.key, known=title.known)
        out.append(m)
    return out
