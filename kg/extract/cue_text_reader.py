"""The cue rules over the characters after each mention, for a sentence with no parse.

Extraction stage, used by :mod:`kg.extract.relations`.  Takes a folded sentence and its law and
agency mentions; gives their links (:mod:`kg.extract.cues`), and says whether the characters
settle every mention or the sentence needs GiNZA's parse (:meth:`TextReader.decides`).
"""

from __future__ import annotations

import re

from kg.extract.agencies import AgencyMention
from kg.extract.cues import (
    BASED_ON_CUES,
    ENFORCED_RE,
    HOSTING,
    LAW_CUES,
    PARTICLE_RE,
    AgencyLink,
    SentenceReader,
    action_words,
    after_mention,
    in_brackets,
    role_of_cue,
    role_of_genitive,
)
from kg.extract.laws import LawMention, Relation
from kg.extract.nlp import rule_pipeline

# に before a verb that sets a body up (HOSTING), or before what is set up there
# (「…に置かれた」, 「…に「…会議」を設置」).
_HOSTED_RE = re.compile(rf"(?:[^、。]{{0,40}}?を)?(?:{'|'.join(HOSTING)})")

_SENTENCE_TAIL_RE = re.compile(r"(?:予定)?[\s)）]*")


class TextReader(SentenceReader):
    """The rules over the characters after each mention, for when there is no parse."""

    def law_cue(self, m: LawMention) -> tuple[Relation | None, int | None]:
        pos = after_mention(self.folded, m.end)
        for mention in self._laws:  # 「A法及びB法の成立」: the cue after B is A's too
            if mention.start > m.start and re.fullmatch(
                r"(?:及び|並びに|又は|、|・)", self.folded[pos : mention.start]
            ):
                pos = after_mention(self.folded, mention.end)
        particle = PARTICLE_RE.match(self.folded, pos)
        if particle and particle.group() in BASED_ON_CUES:
            return "based_on", particle.start()
        if particle and particle.group() == "の":
            pos = particle.end()
        word = re.match(r"[一-龥]+", self.folded[pos:])
        for cue, relation in LAW_CUES:
            if word and cue in word.group():
                return relation, pos + word.group().index(cue)
        return None, None

    def bundle_predicate(self, m: LawMention) -> int | None:
        before = self.folded[: m.start].rstrip("(（")
        for cue, _ in LAW_CUES:
            if before.endswith(cue):
                return len(before) - len(cue)
        return None

    def enforced(self) -> bool:
        for m in ENFORCED_RE.finditer(self.folded):
            # Without a parse, a 施行 on the measure is one in a bracketed note or closing the sentence.
            before = self.folded[: m.start()]
            noted = max(before.rfind("("), before.rfind("（")) > max(before.rfind(")"), before.rfind("）"))
            if not noted and not _SENTENCE_TAIL_RE.fullmatch(self.folded, m.end()):
                continue
            if not any(self.law_cue(law) == ("enforces", m.start()) for law in self._laws):
                return True
        return False

    def agencies(self) -> list[AgencyLink]:
        return [self._agency(a) for a in self._agencies]

    def _agency(self, a: AgencyMention, depth: int = 0) -> AgencyLink:
        pos = after_mention(self.folded, a.end)
        m = PARTICLE_RE.match(self.folded, pos)
        if m is None:
            nxt = self._agency_at(pos)
            if nxt is not None and depth < len(self._agencies):
                return AgencyLink(a, self._agency(nxt, depth + 1).role, None)
            return AgencyLink(a, "mentioned", None)
        cue = m.group()
        if cue == "と":
            nxt = self._agency_at(m.end())
            if nxt is not None and depth < len(self._agencies):
                return AgencyLink(a, self._agency(nxt, depth + 1).role, cue)
        if cue == "に" and _HOSTED_RE.match(self.folded, m.end()):
            return AgencyLink(a, "actor", cue)
        if cue == "の":
            words = re.match(r"[一-龥ァ-ヺー]*", self.folded[m.end() :])
            return AgencyLink(a, role_of_genitive(action_words(words.group() if words else "")), cue)
        return AgencyLink(a, role_of_cue(cue), cue)

    def _agency_at(self, pos: int) -> AgencyMention | None:
        return next((x for x in self._agencies if x.start == pos), None)

    def decides(self) -> bool:
        """Whether the characters settle every mention, so that the sentence needs no parse.

        They leave a reading open, and the parse decides, where a name is listed with
        another by 「・」, 「、」 or 及び (the list's particle may come after the last name) or
        followed by a footnote's mark, a name is glued to one character (a suffix:
        「…庁内に」), a name's と quotes (「…という」), a name's の is followed by a verb or
        a word modifying the noun after it (「…省の所管する」: its subject, perhaps;
        「…省の主な取組」), a 施行 other than a law's own is not in a note closing the
        sentence or closing it itself (whether the measure took effect hangs on what 施行
        depends on), or a bundle in brackets follows no cue word while a law of the
        sentence is enacted (which predicate the bundle names).
        """
        return (
            all(self._agency_decided(a) for a in self._agencies)
            and self._enforcement_decided()
            and self._bundles_decided()
        )

    def _agency_decided(self, a: AgencyMention) -> bool:
        pos = after_mention(self.folded, a.end)
        m = PARTICLE_RE.match(self.folded, pos)
        if m is None:
            if self.folded.startswith("[^", pos):  # a footnote's mark
                return False
            listed = _LISTED_RE.match(self.folded, pos)
            if listed is not None and self._agency_at(listed.end()) is not None:
                return False
            # A one-character run before a particle may be a suffix (「…庁内に」).
            glued = _GLUED_RE.match(self.folded, pos)
            suffixed = glued is not None and len(glued.group()) == 1
            return not (suffixed and PARTICLE_RE.match(self.folded, pos + 1) is not None)
        if m.group() == "と":  # 「…という」, 「…とする」: a quotation, not a partner
            return _QUOTING_RE.match(self.folded, m.end()) is None
        if m.group() == "の":
            return not _verb_after_nouns(self.folded[m.end() : m.end() + _LOOKAHEAD])
        return True

    def _enforcement_decided(self) -> bool:
        for m in ENFORCED_RE.finditer(self.folded):
            if any(law.start <= m.start() < law.end for law in self._laws):
                return False
            if any(self.law_cue(law) == ("enforces", m.start()) for law in self._laws):
                continue
            rest = self.folded[m.end() :]
            if not (_CLOSING_NOTE_RE.fullmatch(rest) or _SENTENCE_TAIL_RE.fullmatch(rest)):
                return False
        return True

    def _bundles_decided(self) -> bool:
        for bundle in self._laws:
            if bundle.kind != "bundle" or not in_brackets(self.folded, bundle.start):
                continue
            enacted = {
                at
                for m in self._laws
                if m.kind != "bundle"
                for relation, at in [self.law_cue(m)]
                if relation == "enacts" and at is not None
            }
            if enacted and (len(enacted) > 1 or self.bundle_predicate(bundle) is None):
                return False
        return True


# A name listed before another (「総務省・経済産業省が」, 「A庁、B庁及びC庁は」).
_LISTED_RE = re.compile(r"(?:[・･、,]|及び|並びに|又は|や)")

# The noun run a name is glued to (「デジタル庁システム」).
_GLUED_RE = re.compile(r"[一-龥ァ-ヺー]+")

# What follows a quoting と (いう, いった, する, した, なる, され).
_QUOTING_RE = re.compile(r"[いしすなさ]")

_LOOKAHEAD = 24


def _verb_after_nouns(text: str) -> bool:
    """Whether the nouns at the start of ``text`` (SudachiPy's tokens) are followed by a verb or an
    adjective (「所管する」, 「手がける」, 「定める」: the の before them may mark the clause's
    subject) or begin with a word that modifies the noun the の hangs on (「主な取組」, 「新たな」)."""
    for token in rule_pipeline().tokenizer(text):
        if not token.tag_.startswith(("名詞", "接頭辞", "接尾辞")):
            return bool(token.tag_.startswith(("動詞", "形容詞", "助動詞", "連体詞", "形状詞")))
    return False


# After a 施行: the rest of its note, then only other notes, to the sentence's end.
_CLOSING_NOTE_RE = re.compile(r"[^()（）]*[)）](?:\s*[(（][^()（）]*[)）])*\s*")
