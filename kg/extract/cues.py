"""The links a sentence states, and what its two readers share.

Extraction stage.  Gives, per mention, an agency's role (:data:`Role`, in an :class:`AgencyLink`)
and a law's relations and bundle (a :class:`LawLink`), from the particles and cue words that
follow it (see the rules in :mod:`kg.extract.relations`); :class:`SentenceReader` decides the
laws from per-mention cues.  The two readers are :class:`kg.extract.cue_text_reader.TextReader`
(the characters after each mention) and :class:`kg.extract.cue_parse_reader.ParsedReader`
(GiNZA's parse).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from kg.extract.agencies import AgencyMention
from kg.extract.laws import LawMention, Relation

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
HOSTING = ("設置", "設け", "置く", "置き", "置か", "開催", "発足")


# Acts that make or change a body: 「デジタル庁の設置」, 「J-LISの体制強化」.
_CHANGES = frozenset(
    {"設置", "創設", "新設", "設立", "発足", "改組", "再編"}
    | {"統合", "廃止", "強化", "転換", "見直し", "移管"}
)


BASED_ON_CUES = frozenset({"による", "により", "によって", "に基づく", "に基づき"})


_ENACTS, _AMENDS, _ENFORCES = ("成立", "制定", "公布", "整備", "措置"), ("改正",), ("施行",)


LAW_CUES: tuple[tuple[str, Relation], ...] = (
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


PARTICLE_RE = re.compile(_POSTPOSITIONS)


ENFORCED_RE = re.compile(r"施行(?!令|規則)")


def after_mention(folded: str, end: int) -> int:
    m = _SKIP_RE.match(folded, end)
    return m.end() if m else end


def _particle_after(folded: str, end: int) -> str | None:
    m = PARTICLE_RE.match(folded, after_mention(folded, end))
    return m.group() if m else None


def has_cue(folded: str, laws: Sequence[LawMention], agencies: Sequence[AgencyMention]) -> bool:
    if laws and _LAW_CUE_RE.search(folded):
        return True
    return any(_particle_after(folded, a.end) is not None for a in agencies)


def role_of_cue(cue: str | None) -> Role:
    if cue in _ACTOR_CUES:
        return "actor"
    if cue in _TARGET_CUES:
        return "target"
    return "mentioned"


def role_of_genitive(words: str) -> Role:
    if any(w in words for w in _CHANGES):
        return "target"
    return "actor" if words else "mentioned"


def in_brackets(folded: str, start: int) -> bool:
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
            if bundle.kind != "bundle" or not in_brackets(self.folded, bundle.start):
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


# Verbal nouns a body performs (「法務省の検討状況」); what is not one names a thing.
_ACTS = frozenset(
    {"検討", "調査", "審議", "決定", "公表", "実施", "判断"}
    | {"取組", "運営", "管理", "監理", "統括", "提供"}
)


def action_words(run: str) -> str:
    return run if any(w in run for w in (*_ACTS, *_CHANGES)) else ""
