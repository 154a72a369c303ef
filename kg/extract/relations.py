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

Only a sentence with a mention followed by a case particle, or with a law and
a cue word (成立, 改正, 施行, による …), has anything to decide.  Most are decided
from the characters after each mention (:class:`kg.extract.cue_text_reader.TextReader`):
the particle that follows a name, the noun run after its の, the cue word after
a law.  GiNZA's dependency parse (``ja_ginza``) reads the sentences those leave
open (:meth:`~kg.extract.cue_text_reader.TextReader.decides`: names listed with 「・」 or
、, a one-character suffix, a の before a verb, a 施行 inside the sentence, a
bundle after no cue word).  The model is loaded once per thread on the first
such sentence, so a build that has none never loads it; when it cannot be
loaded the characters decide these too (``parsed`` False).  Other mentions are
decided from the text alone: a name glued to a following noun is only
mentioned, a law with no cue keeps the hint of :mod:`kg.extract.laws`.

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
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from kg.extract.agencies import AgencyMention
from kg.extract.cue_parse_reader import ParsedReader
from kg.extract.cue_text_reader import TextReader
from kg.extract.cues import AgencyLink, LawLink, SentenceReader, has_cue
from kg.extract.folding import fold
from kg.extract.laws import LawMention
from kg.extract.parser import dependency_parser, sentences

__all__ = ["Relations", "relate", "sentences_to_parse"]

log = logging.getLogger(__name__)


@dataclass(slots=True)
class Relations:
    """The links of one text; ``parsed`` counts the sentences the parser read."""

    laws: list[LawLink] = field(default_factory=list)
    agencies: list[AgencyLink] = field(default_factory=list)
    parsed: int = 0


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

    >>> from kg.extract.agencies import find_agencies
    >>> text = "デジタル庁システムの改修。法制審議会に諮問。総務省・経済産業省が検討"
    >>> sentences_to_parse(text, [], find_agencies(text))
    ['総務省・経済産業省が検討']
    """
    found = []
    for start, end, s_laws, s_agencies in _mentioned_sentences(text, laws, agencies):
        if _needs_parse(fold(text[start:end]), s_laws, s_agencies):
            found.append(text[start:end])
    return found


def _needs_parse(folded: str, laws: Sequence[LawMention], agencies: Sequence[AgencyMention]) -> bool:
    """Whether a sentence has something to decide that its characters leave open."""
    return has_cue(folded, laws, agencies) and not TextReader(folded, laws, agencies).decides()


def relate(
    text: str,
    laws: Sequence[LawMention],
    agencies: Sequence[AgencyMention],
    *,
    use_parser: bool = True,
    parses: Mapping[str, Any] | None = None,
) -> Relations:
    """Roles and law relations for the mentions of ``text`` (offsets into ``text``).

    >>> from kg.extract.agencies import find_agencies
    >>> text = "法制審議会に諮問（3年9月）され"
    >>> [(a.mention.text, a.role) for a in relate(text, [], find_agencies(text), use_parser=False).agencies]
    [('法制審議会', 'target')]
    """
    result = Relations()
    for start, end, s_laws, s_agencies in _mentioned_sentences(text, laws, agencies):
        sentence = text[start:end]
        folded = fold(sentence)
        nlp = dependency_parser() if use_parser and _needs_parse(folded, s_laws, s_agencies) else None
        if nlp is not None:
            parsed = parses.get(sentence) if parses is not None else None
            if parsed is None:
                parsed = nlp(sentence)
            reader: SentenceReader = ParsedReader(folded, parsed, s_laws, s_agencies)
            result.parsed += 1
        else:
            reader = TextReader(folded, s_laws, s_agencies)
        for law_link in reader.laws():
            result.laws.append(_unshift_law(law_link, start))
        for agency_link in reader.agencies():
            m = agency_link.mention.shifted(start)
            result.agencies.append(AgencyLink(m, agency_link.role, agency_link.cue, agency_link.parsed))
    return result


def _unshift_law(link: LawLink, offset: int) -> LawLink:
    return LawLink(link.mention.shifted(offset), link.relations, link.bundle, link.parsed)
