"""The cue rules over GiNZA's dependency parse of a sentence.

Extraction stage, used by :mod:`kg.extract.relations`.  Takes a folded sentence, its parse and
its law and agency mentions; gives their links (:mod:`kg.extract.cues`).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from kg.extract.agencies import AgencyMention
from kg.extract.cues import (
    BASED_ON_CUES,
    ENFORCED_RE,
    HOSTING,
    LAW_CUES,
    AgencyLink,
    SentenceReader,
    action_words,
    in_brackets,
    role_of_cue,
    role_of_genitive,
)
from kg.extract.laws import LawMention, Relation


class ParsedReader(SentenceReader):
    """The rules over GiNZA's dependency parse of the sentence."""

    parsed = True

    def __init__(
        self, folded: str, doc: Any, laws: Sequence[LawMention], agencies: Sequence[AgencyMention]
    ) -> None:
        super().__init__(folded, laws, agencies)
        self.doc = doc
        # Every token of a mention, mapped to the mention's head: a name that hangs on any
        # part of another name (「推進法及び公金受取…」) shares that name's particle.
        self._law_heads = self._owners(laws)
        self._agency_heads = self._owners(agencies)
        self._agency_at = {self._head(a.start, a.end).i: a for a in agencies}

    def _owners(self, mentions: Sequence[LawMention] | Sequence[AgencyMention]) -> dict[int, int]:
        owners: dict[int, int] = {}
        for m in mentions:
            head = self._head(m.start, m.end).i
            owners.update((t.i, head) for t in self._span(m.start, m.end))
        return owners

    def _span(self, start: int, end: int) -> Any:
        return self.doc.char_span(start, end, alignment_mode="expand")

    def _head(self, start: int, end: int) -> Any:
        span = self._span(start, end)
        outside = [t for t in span if t.head.i < span.start or t.head.i >= span.end or t.head.i == t.i]
        return (outside or list(span))[-1]

    def _climb(self, tok: Any, start: int, heads: dict[int, int]) -> Any:
        """The token whose particle a name shares, or None when it only modifies a noun."""
        seen = set()
        while _postposition(tok) is None and tok.i not in seen:
            seen.add(tok.i)
            head = tok.head
            if head.i == tok.i:
                return tok
            if head.i in heads and heads[head.i] != tok.i:
                tok = self.doc[heads[head.i]]
            elif head.tag_.startswith("接尾辞") or (head.i < tok.i and in_brackets(self.folded, start)):
                tok = head
            else:
                return None
        return tok

    # --- laws

    def law_cue(self, m: LawMention) -> tuple[Relation | None, int | None]:
        span = self._span(m.start, m.end)
        last = span[-1]
        tail = last.text[m.end - last.idx :].lstrip("等")
        for cue, relation in LAW_CUES:
            if tail.startswith(cue):
                return relation, last.i
        tok = self._climb(self._head(m.start, m.end), m.start, self._law_heads)
        if tok is None:
            # No particle: a cue word may follow as the next noun (「省令整備」, 「府令改正」).
            nxt = self.doc[span.end] if span.end < len(self.doc) else None
            return (_cue_relation(nxt.text), nxt.i) if nxt is not None else (None, None)
        particle = _postposition(tok)
        if particle in BASED_ON_CUES:
            return "based_on", tok.i
        if particle == "の" or particle is None:
            head = tok.head
            if _cue_relation(head.text) is not None:
                return _cue_relation(head.text), head.i
            nxt = self.doc[span.end] if span.end < len(self.doc) else None
            if particle is None and nxt is not None:
                return _cue_relation(nxt.text), nxt.i
        return None, None

    def bundle_predicate(self, m: LawMention) -> int | None:
        head = self._head(m.start, m.end)
        return int(head.head.i)

    def enforced(self) -> bool:
        law_tokens = {t.i for m in self._laws for t in self._span(m.start, m.end)}
        for tok in self.doc:
            if "施行" not in tok.text or tok.i in law_tokens or ENFORCED_RE.search(tok.text) is None:
                continue
            nxt = self.doc[tok.i + 1] if tok.i + 1 < len(self.doc) else None
            if nxt is not None and nxt.text[:1] in "令規":
                continue  # 施行令, 施行規則: an ordinance, not a coming into force
            root = tok.sent.root
            if tok.i != root.i and tok.head.i != root.i:
                continue
            # 「A法の施行」 already says which law; the measure's own 施行 says nothing more.
            if any(self.law_cue(m) == ("enforces", tok.i) for m in self._laws):
                continue
            return True
        return False

    # --- agencies

    def agencies(self) -> list[AgencyLink]:
        return [self._agency(a, 0) for a in self._agencies]

    def _agency(self, a: AgencyMention, depth: int) -> AgencyLink:
        tok = self._climb(self._head(a.start, a.end), a.start, self._agency_heads)
        if tok is None:
            return AgencyLink(a, "mentioned", None, True)
        cue = _postposition(tok)
        other = self._agency_at.get(self._agency_heads.get(tok.head.i, -1))
        if cue == "と" and other is not None and other is not a and depth < len(self._agencies):
            # 「デジタル庁と総務省で」: coordinated names share the last one's particle.
            return AgencyLink(a, self._agency(other, depth + 1).role, cue, True)
        if cue == "に" and tok.head.lemma_.startswith(HOSTING):
            return AgencyLink(a, "actor", cue, True)
        if cue == "の":
            head = tok.head
            words = "".join(t.text for t in head.children if t.dep_ == "compound" and t.i > tok.i) + head.text
            return AgencyLink(a, role_of_genitive(action_words(words)), cue, True)
        return AgencyLink(a, role_of_cue(cue), cue, True)


def _cue_relation(word: str) -> Relation | None:
    for cue, relation in LAW_CUES:
        if cue in word:
            return relation
    return None


def _postposition(tok: Any) -> str | None:
    """The particle a token takes: its first ``case`` child with that child's ``fixed`` words."""
    for child in tok.children:
        if child.dep_ == "case" and child.i > tok.i:
            return str(child.text) + "".join(f.text for f in child.children if f.dep_ == "fixed")
    return None
