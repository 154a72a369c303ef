"""The links a sentence states, and the two readers that find them: from GiNZA's parse, or
from the characters after each mention.

Both say, per mention, an agency's role (:data:`Role`, in an :class:`AgencyLink`) and a
law's relations and bundle (a :class:`LawLink`), from the particles and cue words that
follow it (see the rules in :mod:`kg.extract.relations`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Literal

from kg.extract.agencies import AgencyMention
from kg.extract.laws import LawMention, Relation
from kg.extract.nlp import rule_pipeline

Role = Literal["actor", "target", "mentioned"]


@dataclass(frozen=True, slots=True)
class AgencyLink:
    """An agency mention with its role; ``cue`` is the particle that decided it, if any."""

    mention: AgencyMention
    role: Role
    cue: str | None = None
    parsed: bool = False


@dataclass(frozen=True, slots=True)
class LawLink:
    """A law mention with the relations the sentence states and the bundle it names it part of."""

    mention: LawMention
    relations: tuple[Relation, ...] = ()
    bundle: str | None = None
    parsed: bool = False


# Particles and postpositions as they follow a name, longest first so に対する is not に.
_POSTPOSITIONS = (
    "において|における|に対して|に対する|に対し|によって|により|による|に基づく|に基づき|について|に関する|に関して"
    "|に係る|として|にて|より|から|では|とで|で|が|は|と|へ|を|に|の"
)


_ACTOR_CUES = frozenset(
    {"が", "は", "より", "から", "で", "では", "とで", "と"}
    | {"において", "にて", "による", "により", "によって"}
)


_TARGET_CUES = frozenset({"に", "に対する", "に対し", "に対して", "へ", "を"})


# Verbs whose に names the body something is set up in: the body that runs it.
_HOSTING = ("設置", "設け", "置く", "置き", "置か", "開催", "発足")


# に before one of those verbs, or before what is set up there (「…に置かれた」, 「…に「…会議」を設置」).
_HOSTED_RE = re.compile(rf"(?:[^、。]{{0,40}}?を)?(?:{'|'.join(_HOSTING)})")


# Acts that make or change a body: 「デジタル庁の設置」, 「J-LISの体制強化」.
_CHANGES = frozenset(
    {"設置", "創設", "新設", "設立", "発足", "改組", "再編"}
    | {"統合", "廃止", "強化", "転換", "見直し", "移管"}
)


_BASED_ON_CUES = frozenset({"による", "により", "によって", "に基づく", "に基づき"})


_ENACTS, _AMENDS, _ENFORCES = ("成立", "制定", "公布", "整備", "措置"), ("改正",), ("施行",)


_LAW_CUES: tuple[tuple[str, Relation], ...] = (
    *((cue, "enacts") for cue in _ENACTS),
    *((cue, "amends") for cue in _AMENDS),
    *((cue, "enforces") for cue in _ENFORCES),
)


_LAW_CUE_RE = re.compile(r"成立|制定|公布|整備|改正|施行|法制上の措置|によ[るりっ]|に基づ")


# What may stand between a name and its particle: brackets, the close of a quoted name, 等, the
# rest of an office's name, a law's article (「第11条」, 「第49条の10第1項」).
_NUMBER = "[0-9０-９一二三四五六七八九十百]+"
_ARTICLE = rf"第{_NUMBER}条(?:の{_NUMBER})*(?:第{_NUMBER}[項号])*"
_SKIP_RE = re.compile(
    r"(?:[)）」』]|\s*[（(][^（()）]{0,30}[)）]|等|[・･][^\s、。（(「」・]{1,12}?(?:室|課|局|部|班|本部|チーム)"
    rf"|{_ARTICLE})*"
)


_PARTICLE_RE = re.compile(_POSTPOSITIONS)


_ENFORCED_RE = re.compile(r"施行(?!令|規則)")


_SENTENCE_TAIL_RE = re.compile(r"(?:予定)?[\s)）]*")


def _after(folded: str, end: int) -> int:
    m = _SKIP_RE.match(folded, end)
    return m.end() if m else end


def _particle_after(folded: str, end: int) -> str | None:
    m = _PARTICLE_RE.match(folded, _after(folded, end))
    return m.group() if m else None


def has_cue(folded: str, laws: Sequence[LawMention], agencies: Sequence[AgencyMention]) -> bool:
    if laws and _LAW_CUE_RE.search(folded):
        return True
    return any(_particle_after(folded, a.end) is not None for a in agencies)


def _role_of_cue(cue: str | None) -> Role:
    if cue in _ACTOR_CUES:
        return "actor"
    if cue in _TARGET_CUES:
        return "target"
    return "mentioned"


def _role_of_genitive(words: str) -> Role:
    if any(w in words for w in _CHANGES):
        return "target"
    return "actor" if words else "mentioned"


def _in_brackets(folded: str, start: int) -> bool:
    before = folded[:start].rstrip("現旧元前")
    return before.endswith(("(", "（"))


class SentenceReader:
    """The shared half of both readers: laws are decided from per-mention cues and the sentence."""

    parsed = False

    def __init__(self, folded: str, laws: Sequence[LawMention], agencies: Sequence[AgencyMention]) -> None:
        self.folded = folded
        self._laws, self._agencies = list(laws), list(agencies)

    # Overridden: the relation a law's own words give it, and an id of the word that gave it.
    def law_cue(self, m: LawMention) -> tuple[Relation | None, int | None]:
        raise NotImplementedError

    def bundle_predicate(self, m: LawMention) -> int | None:
        raise NotImplementedError

    def enforced(self) -> bool:
        raise NotImplementedError

    def agencies(self) -> list[AgencyLink]:
        raise NotImplementedError

    def laws(self) -> list[LawLink]:
        cues = {m.start: self.law_cue(m) for m in self._laws}
        relations: dict[int, list[Relation]] = {}
        bundles: dict[int, str] = {}
        for m in self._laws:
            relation = cues[m.start][0] or m.relation
            relations[m.start] = [relation] if relation else []
        for bundle in self._laws:
            if bundle.kind != "bundle" or not _in_brackets(self.folded, bundle.start):
                continue
            # The bundle names the act passed to do what the predicate says.
            relations[bundle.start] = ["enacts"]
            predicate = self.bundle_predicate(bundle)
            for m in self._laws:
                relation, at = cues[m.start]
                if m.kind != "bundle" and relation == "enacts" and at is not None and at == predicate:
                    bundles[m.start] = bundle.key
        if self.enforced():
            for rels in relations.values():
                if rels and "enforces" not in rels:
                    rels.append("enforces")
        return [LawLink(m, tuple(relations[m.start]), bundles.get(m.start), self.parsed) for m in self._laws]


class TextReader(SentenceReader):
    """The rules over the characters after each mention, for when there is no parse."""

    def law_cue(self, m: LawMention) -> tuple[Relation | None, int | None]:
        pos = _after(self.folded, m.end)
        for mention in self._laws:  # 「A法及びB法の成立」: the cue after B is A's too
            if mention.start > m.start and re.fullmatch(
                r"(?:及び|並びに|又は|、|・)", self.folded[pos : mention.start]
            ):
                pos = _after(self.folded, mention.end)
        particle = _PARTICLE_RE.match(self.folded, pos)
        if particle and particle.group() in _BASED_ON_CUES:
            return "based_on", particle.start()
        if particle and particle.group() == "の":
            pos = particle.end()
        word = re.match(r"[一-龥]+", self.folded[pos:])
        for cue, relation in _LAW_CUES:
            if word and cue in word.group():
                return relation, pos + word.group().index(cue)
        return None, None

    def bundle_predicate(self, m: LawMention) -> int | None:
        before = self.folded[: m.start].rstrip("(（")
        for cue, _ in _LAW_CUES:
            if before.endswith(cue):
                return len(before) - len(cue)
        return None

    def enforced(self) -> bool:
        for m in _ENFORCED_RE.finditer(self.folded):
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
        pos = _after(self.folded, a.end)
        m = _PARTICLE_RE.match(self.folded, pos)
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
            return AgencyLink(a, _role_of_genitive(_action_words(words.group() if words else "")), cue)
        return AgencyLink(a, _role_of_cue(cue), cue)

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
        pos = _after(self.folded, a.end)
        m = _PARTICLE_RE.match(self.folded, pos)
        if m is None:
            if self.folded.startswith("[^", pos):  # a footnote's mark
                return False
            listed = _LISTED_RE.match(self.folded, pos)
            if listed is not None and self._agency_at(listed.end()) is not None:
                return False
            # A one-character run before a particle may be a suffix (「…庁内に」).
            glued = _GLUED_RE.match(self.folded, pos)
            suffixed = glued is not None and len(glued.group()) == 1
            return not (suffixed and _PARTICLE_RE.match(self.folded, pos + 1) is not None)
        if m.group() == "と":  # 「…という」, 「…とする」: a quotation, not a partner
            return _QUOTING_RE.match(self.folded, m.end()) is None
        if m.group() == "の":
            return not _verb_after_nouns(self.folded[m.end() : m.end() + _LOOKAHEAD])
        return True

    def _enforcement_decided(self) -> bool:
        for m in _ENFORCED_RE.finditer(self.folded):
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
            if bundle.kind != "bundle" or not _in_brackets(self.folded, bundle.start):
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


# Verbal nouns a body performs (「法務省の検討状況」); what is not one names a thing.
_ACTS = frozenset(
    {"検討", "調査", "審議", "決定", "公表", "実施", "判断"}
    | {"取組", "運営", "管理", "監理", "統括", "提供"}
)


def _action_words(run: str) -> str:
    return run if any(w in run for w in (*_ACTS, *_CHANGES)) else ""


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
            elif head.tag_.startswith("接尾辞") or (head.i < tok.i and _in_brackets(self.folded, start)):
                tok = head
            else:
                return None
        return tok

    # --- laws

    def law_cue(self, m: LawMention) -> tuple[Relation | None, int | None]:
        span = self._span(m.start, m.end)
        last = span[-1]
        tail = last.text[m.end - last.idx :].lstrip("等")
        for cue, relation in _LAW_CUES:
            if tail.startswith(cue):
                return relation, last.i
        tok = self._climb(self._head(m.start, m.end), m.start, self._law_heads)
        if tok is None:
            # No particle: a cue word may follow as the next noun (「省令整備」, 「府令改正」).
            nxt = self.doc[span.end] if span.end < len(self.doc) else None
            return (_cue_relation(nxt.text), nxt.i) if nxt is not None else (None, None)
        particle = _postposition(tok)
        if particle in _BASED_ON_CUES:
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
            if "施行" not in tok.text or tok.i in law_tokens or _ENFORCED_RE.search(tok.text) is None:
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
        if cue == "に" and tok.head.lemma_.startswith(_HOSTING):
            return AgencyLink(a, "actor", cue, True)
        if cue == "の":
            head = tok.head
            words = "".join(t.text for t in head.children if t.dep_ == "compound" and t.i > tok.i) + head.text
            return AgencyLink(a, _role_of_genitive(_action_words(words)), cue, True)
        return AgencyLink(a, _role_of_cue(cue), cue, True)


def _cue_relation(word: str) -> Relation | None:
    for cue, relation in _LAW_CUES:
        if cue in word:
            return relation
    return None


def _postposition(tok: Any) -> str | None:
    """The particle a token takes: its first ``case`` child with that child's ``fixed`` words."""
    for child in tok.children:
        if child.dep_ == "case" and child.i > tok.i:
            return str(child.text) + "".join(f.text for f in child.children if f.dep_ == "fixed")
    return None
