"""How a text relates to the laws it names, and 法改正 or 法制上の措置 said beside one (extraction stage).

Takes the folded text and the law ruler's mentions (:mod:`kg.extract.laws`); gives each mention the
relation the words around it state — 「…法の成立」 「…法律の制定」 enacts, 「…法改正」 「改正…法」
amends, 「…法による」 「…法に基づく」 based_on, 「…法の施行」 enforces; a cue after a list of laws is each
law's (「A法及びB法の成立」), a cue after a law's number in brackets the law's, and a cue before the
bracket a law stands in (「…を改正（…法）」) the law's — and attaches 法改正, 法律改正 and 法制上の措置
(法令上の措置) to the law named just before them or in brackets after them (「マイナンバー法等の法律改正」,
「法改正を実施（デジタル改革関連法）」); with no law beside it such a word is a legislative action
(:mod:`kg.extract.legislation`), no law.
"""

from __future__ import annotations

import re
from dataclasses import replace

from kg.extract.folding import is_masked
from kg.extract.law_mentions import LawMention, MentionIndex, Relation

__all__ = ["legal_measures", "relation"]

_MEASURE_RE = re.compile(r"法律改正|法改正|法(?:制|令)上の措置")
_AFTER_SKIP_RE = re.compile(r"(?:\[\^?[0-9A-Za-z]+\]|[\s」』”\"])*")
_COORD_RE = re.compile(r"(?:等)?(?:及び|並びに|又は|、|・|,)")
_AFTER_CUES: tuple[tuple[re.Pattern[str], Relation], ...] = (
    (re.compile(r"(?:等)?(?:の|を|が)?(?:成立|制定|公布|整備)"), "enacts"),
    (re.compile(r"(?:等)?(?:の|を)?(?:一部)?(?:法律)?改正"), "amends"),
    (re.compile(r"(?:等)?(?:の規定)?に(?:よ[るりっ]|基づ|基き|則|従)"), "based_on"),
    (re.compile(r"(?:等)?(?:の)?施行"), "enforces"),
)
_BEFORE_PAREN_RE = re.compile(r"法制上の措置|成立|制定|公布|整備|改正|施行|基づ|による")
_BEFORE_PAREN_RELATIONS: dict[str, Relation] = {
    "法制上の措置": "enacts",
    "成立": "enacts",
    "制定": "enacts",
    "公布": "enacts",
    "整備": "enacts",
    "改正": "amends",
    "施行": "enforces",
    "基づ": "based_on",
    "による": "based_on",
}
_PAREN_WINDOW = 24


def legal_measures(folded: str, mentions: list[LawMention], masks: list[tuple[int, int]]) -> list[LawMention]:
    """The mentions, each law named next to 法改正 and the like given that relation when it has none."""
    index = MentionIndex(mentions)
    for m in _MEASURE_RE.finditer(folded):
        start, end = m.span()
        if is_masked(start, end, masks) or index.overlaps(start, end):
            continue
        said: Relation = "enacts" if m.group().endswith("措置") else "amends"
        near = _law_before(folded, start, index) or _law_in_parens_after(folded, end, index)
        if near is not None:
            index.update(replace(near, relation=near.relation or said))
    return sorted(index.mentions, key=lambda x: x.start)


def _skip(folded: str, pos: int) -> int:
    m = _AFTER_SKIP_RE.match(folded, pos)
    return m.end() if m else pos


def _law_before(folded: str, start: int, index: MentionIndex) -> LawMention | None:
    gap = re.search(r"(?:等)?(?:の)?$", folded[max(0, start - 2) : start])
    for end in range(start - len(gap.group()) if gap else start, start + 1):
        found = index.ending_at(end)
        if found is not None:
            return found
    return None


_PAREN_AFTER_RE = re.compile(r"[^。\n✓（(]{0,10}?[(（]")


def _law_in_parens_after(folded: str, end: int, index: MentionIndex) -> LawMention | None:
    m = _PAREN_AFTER_RE.match(folded, end)
    return index.starting_at(m.end()) if m else None


def relation(folded: str, mention: LawMention, index: MentionIndex) -> Relation | None:
    if folded.endswith("改正", 0, mention.start):
        return "amends"
    pos = mention.end
    while True:
        pos = _skip(folded, pos)
        coord = _COORD_RE.match(folded, pos)
        nxt = index.starting_at(_skip(folded, coord.end())) if coord else None
        if nxt is None:
            break
        pos = nxt.end  # 「A法及びB法の成立」: the cue after B is A's too
    number = index.starting_at(pos + 1) if folded.startswith(("(", "（"), pos) else None
    if number is not None and number.basis == "law_number" and folded.startswith((")", "）"), number.end):
        pos = number.end + 1  # 「…法律（令和5年法律第48号）が成立」: the cue after the act's number
    for cue, relation in _AFTER_CUES:
        if cue.match(folded, pos):
            return relation
    lead = mention.start
    if lead > 0 and folded[lead - 1] in "(（":
        window = re.split(r"[。✓\n]", folded[max(0, lead - 1 - _PAREN_WINDOW) : lead - 1])[-1]
        found = list(_BEFORE_PAREN_RE.finditer(window))
        if found:
            return _BEFORE_PAREN_RELATIONS[found[-1].group()]
    return None
