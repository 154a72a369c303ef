"""How an item relates to the laws and agencies it names, read inside each sentence.

:func:`relate` takes an item's text with the law and agency mentions found in
it and says, per mention:

* for an agency, its **role**: ``"actor"`` (the agent of the action: it
  studies, decides, runs or hosts something), ``"target"`` (the body acted upon
  or addressed: what is set up, strengthened, consulted or given to) or
  ``"mentioned"`` (named without taking part, as in 「デジタル庁システム」);
* for a law, the **relations** refining pol:dependsOnLaw (``enacts``,
  ``amends``, ``enforces``, ``based_on``; none, several or one) and the
  **bundle** the sentence states it belongs to: in 「A法及びB法の成立(C関連法)」
  A and B are members of C, while in 「A法等の法律改正(C関連法)」 A is amended
  by C and is no member.

The decision is read from GiNZA's dependency parse (``ja_ginza``), and only
for sentences where it decides something: a sentence with a mention followed
by a case particle, or with a law and a cue word (成立, 改正, 施行, による …).
Other mentions are decided from the text alone: a name glued to a following
noun is only mentioned, a law with no cue keeps the hint of :mod:`kg.laws`.
The model is loaded once per thread on first use; when it cannot be loaded the
same rules run over the characters after each mention (``parsed`` False).

Rules over the parse (Universal Dependencies labels as GiNZA emits them):

* A mention's head is its token whose head lies outside it.  A head with no
  ``case`` child climbs to its own head when that is a suffix
  (「総務省・マイナンバー室」), holds the mention in brackets
  (「室(現デジタル庁)」, 「機構（J-LIS）」) or is another mention of the same
  kind (「A法及びB法の」): these share one particle.  Otherwise the name
  modifies a noun (``compound``) and the agency is only mentioned.
* The particle is the ``case`` child with its ``fixed`` children
  (に+よる = による, に+おい+て = において).  が, は, より, から, で, において,
  による and と (with, not coordination) make an actor; に, に対する, へ, を a
  target; について, に関する make a mention.  に governed by 設置 or 開催 names
  the body that hosts what is set up, which acts through it: an actor, like
  において.  と before another agency takes that agency's particle
  (「デジタル庁と総務省で」).  の depends on the noun it modifies: an act
  of making or changing a body (設置, 強化, 転換) makes a target, another act
  (検討, 調査) an actor, a thing a mention.
* A law with による or に基づく is ``based_on``; a law with の (or glued to
  the word) before 成立/制定/公布/整備, 改正 or 施行 is ``enacts``, ``amends``
  or ``enforces``.  A bundle in brackets after the predicate names the act
  passed to do it, so it is ``enacts`` whatever the predicate (「法改正を実施
  （デジタル改革関連法）」 does not amend the bundle), and the laws enacted by
  that same predicate are its members.  A 施行 that hangs on the sentence's
  root (「…の強化（3年9月施行）」) says the measure took effect when the law
  carrying it came into force: every law the item rests on is also
  ``enforces``.
"""

from __future__ import annotations

import logging
import re
import threading
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

from kg.agencies import AgencyMention
from kg.laws import LawMention, Relation
from kg.nlp import fold

__all__ = [
    "PARSER_MODEL",
    "AgencyLink",
    "LawLink",
    "Relations",
    "Role",
    "dependency_parser",
    "parse_many",
    "relate",
    "sentences",
    "sentences_to_parse",
]

log = logging.getLogger(__name__)

Role = Literal["actor", "target", "mentioned"]

PARSER_MODEL = "ja_ginza"
# The parse needs tokens, tags and dependencies; named entities and bunsetu spans decide nothing here.
_EXCLUDED = ["ner", "bunsetu_recognizer"]


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


@dataclass(slots=True)
class Relations:
    """The links of one text; ``parsed`` counts the sentences the parser read."""

    laws: list[LawLink] = field(default_factory=list)
    agencies: list[AgencyLink] = field(default_factory=list)
    parsed: int = 0


# --- the parser, one per thread ------------------------------------------------

_local = threading.local()
_UNSET = object()


def _load() -> Any:
    import spacy

    return spacy.load(PARSER_MODEL, exclude=_EXCLUDED)


def dependency_parser() -> Any | None:
    """This thread's GiNZA pipeline, or None when the model cannot be loaded."""
    nlp = getattr(_local, "parser", _UNSET)
    if nlp is _UNSET:
        try:
            nlp = _load()
        except (OSError, ImportError) as exc:
            log.warning("%s cannot be loaded (%s): relations are read from the text alone", PARSER_MODEL, exc)
            nlp = None
        _local.parser = nlp
    return nlp


# --- sentences and cues --------------------------------------------------------

_SENTENCE_END = re.compile(r"[。\n]+")


def sentences(text: str) -> list[tuple[int, int]]:
    """Offsets of the sentences of ``text`` (split after 。 and at line breaks).

    >>> sentences("設置した。検討する")
    [(0, 5), (5, 9)]
    """
    spans, start = [], 0
    for m in _SENTENCE_END.finditer(text):
        if text[start : m.end()].strip():
            spans.append((start, m.end()))
        start = m.end()
    if text[start:].strip():
        spans.append((start, len(text)))
    return spans


# Particles and postpositions as they follow a name, longest first so に対する is not に.
_POSTPOSITIONS = (
    "において|に対して|に対する|に対し|によって|により|による|に基づく|に基づき|について|に関する|に関して"
    "|に係る|として|にて|より|から|では|とで|で|が|は|と|へ|を|に|の"
)
_ACTOR_CUES = frozenset(
    {"が", "は", "より", "から", "で", "では", "とで", "と"}
    | {"において", "にて", "による", "により", "によって"}
)
_TARGET_CUES = frozenset({"に", "に対する", "に対し", "に対して", "へ", "を"})
# Verbs whose に names the body something is set up in: the body that runs it.
_HOSTING = ("設置", "設け", "置く", "置き", "置か", "開催", "発足")
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
# What may stand between a name and its particle: brackets, 等, the rest of an office's name.
_SKIP_RE = re.compile(
    r"(?:[)）]|\s*[（(][^（()）]{0,30}[)）]|等|[・･][^\s、。（(「」・]{1,12}?(?:室|課|局|部|班|本部|チーム))*"
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


def _has_cue(folded: str, laws: Sequence[LawMention], agencies: Sequence[AgencyMention]) -> bool:
    if laws and _LAW_CUE_RE.search(folded):
        return True
    return any(_particle_after(folded, a.end) is not None for a in agencies)


# --- entry point ----------------------------------------------------------------


def _mentioned_sentences(
    text: str, laws: Sequence[LawMention], agencies: Sequence[AgencyMention]
) -> Iterator[tuple[int, int, list[LawMention], list[AgencyMention]]]:
    for start, end in sentences(text):
        s_laws = [m.shifted(-start) for m in laws if start <= m.start and m.end <= end]
        s_agencies = [a.shifted(-start) for a in agencies if start <= a.start and a.end <= end]
        if s_laws or s_agencies:
            yield start, end, s_laws, s_agencies


def sentences_to_parse(text: str, laws: Sequence[LawMention], agencies: Sequence[AgencyMention]) -> list[str]:
    """The sentences of ``text`` that :func:`relate` reads from a parse, so they can be parsed together.

    >>> from kg.agencies import find_agencies
    >>> text = "デジタル庁システムの改修。法制審議会に諮問"
    >>> sentences_to_parse(text, [], find_agencies(text))
    ['法制審議会に諮問']
    """
    found = []
    for start, end, s_laws, s_agencies in _mentioned_sentences(text, laws, agencies):
        if _has_cue(fold(text[start:end]), s_laws, s_agencies):
            found.append(text[start:end])
    return found


def parse_many(texts: Iterable[str]) -> dict[str, Any]:
    """Each distinct text parsed once, in one ``nlp.pipe`` stream; empty without the model.

    The parser's per-call overhead and its small matrix products dominate a
    sentence at a time; a batch shares both.
    """
    unique = list(dict.fromkeys(texts))
    nlp = dependency_parser() if unique else None
    if nlp is None:
        return {}
    return dict(zip(unique, nlp.pipe(unique, batch_size=_PARSE_BATCH), strict=True))


_PARSE_BATCH = 64


def relate(
    text: str,
    laws: Sequence[LawMention],
    agencies: Sequence[AgencyMention],
    *,
    use_parser: bool = True,
    parses: Mapping[str, Any] | None = None,
) -> Relations:
    """Roles and law relations for the mentions of ``text`` (offsets into ``text``).

    >>> from kg.agencies import find_agencies
    >>> text = "法制審議会に諮問（3年9月）され"
    >>> [(a.mention.text, a.role) for a in relate(text, [], find_agencies(text), use_parser=False).agencies]
    [('法制審議会', 'target')]
    """
    result = Relations()
    for start, end, s_laws, s_agencies in _mentioned_sentences(text, laws, agencies):
        sentence = text[start:end]
        folded = fold(sentence)
        nlp = dependency_parser() if use_parser and _has_cue(folded, s_laws, s_agencies) else None
        if nlp is not None:
            parsed = parses.get(sentence) if parses is not None else None
            if parsed is None:
                parsed = nlp(sentence)
            reader: _Reader = _ParsedReader(folded, parsed, s_laws, s_agencies)
            result.parsed += 1
        else:
            reader = _TextReader(folded, s_laws, s_agencies)
        for law_link in reader.laws():
            result.laws.append(_unshift_law(law_link, start))
        for agency_link in reader.agencies():
            m = agency_link.mention.shifted(start)
            result.agencies.append(AgencyLink(m, agency_link.role, agency_link.cue, agency_link.parsed))
    return result


def _unshift_law(link: LawLink, offset: int) -> LawLink:
    return LawLink(link.mention.shifted(offset), link.relations, link.bundle, link.parsed)


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


class _Reader:
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


class _TextReader(_Reader):
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
        if cue == "に" and re.match(rf"[^、。]{{0,40}}?を(?:{'|'.join(_HOSTING)})", self.folded[m.end() :]):
            return AgencyLink(a, "actor", cue)
        if cue == "の":
            words = re.match(r"[一-龥ァ-ヺー]*", self.folded[m.end() :])
            return AgencyLink(a, _role_of_genitive(_action_words(words.group() if words else "")), cue)
        return AgencyLink(a, _role_of_cue(cue), cue)

    def _agency_at(self, pos: int) -> AgencyMention | None:
        return next((x for x in self._agencies if x.start == pos), None)


# Verbal nouns a body performs (「法務省の検討状況」); what is not one names a thing.
_ACTS = frozenset(
    {"検討", "調査", "審議", "決定", "公表", "実施", "判断"}
    | {"取組", "運営", "管理", "監理", "統括", "提供"}
)


def _action_words(run: str) -> str:
    return run if any(w in run for w in (*_ACTS, *_CHANGES)) else ""


class _ParsedReader(_Reader):
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
