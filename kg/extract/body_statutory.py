"""Public bodies that an Act of the statute book sets up, named after the Act's title.

Extraction stage.  Takes the statute book (:func:`kg.extract.statutes.statute_book`, every
Act in force, from e-Gov's list) and a folded text; gives the names of the bodies the Acts
establish and candidate spans where a text names one.  A body is read off an Act's title by
its form:

* 「独立行政法人X法」, 「国立研究開発法人X法」 → X, an incorporated administrative agency
  (「独立行政法人国際協力機構法」 → 国際協力機構), where X ends in a word for an organisation
  (…機構, …局, …館, …所, …センター, …基金, …会: not 「独立行政法人通則法」);
* 「X機構法」 → X機構, a corporation the Act sets up (「日本年金機構法」), unless the title
  starts with a company's form (株式会社…: a company, not a public body);
* 「国立X法」 → 国立X, a national institution (「国立国会図書館法」 → 国立国会図書館; one
  ending in 委員会 or 会議 is a council), unless X is a kind of corporation (国立大学法人).

A …機構 that no Act sets up and that carries no public legal form (「国際標準化機構」) is not
a public body by its form alone: many private and international organisations are called
…機構 too.

>>> statutory_bodies()["国立国会図書館"], statutory_bodies()["国際協力機構"]
('agency', 'incorporated_administrative_agency')
>>> [(c.start, c.end, c.kind) for c in statutory_candidates("国立国会図書館の納本と日本年金機構")]
[(0, 7, 'agency'), (11, 17, 'corporation')]
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

import ahocorasick

from kg.extract.folding import fold
from kg.extract.gazetteers import Candidate
from kg.extract.statutes import statute_book

__all__ = ["names_statutory_body", "statutory_bodies", "statutory_candidates"]

_IAA = re.compile(r"^(?:独立行政法人|国立研究開発法人)(.+)法$")
_CORPORATION = re.compile(r"^(?!株式会社)(.+機構)法$")
_NATIONAL = re.compile(r"^(国立.+?)法$")
_KANJI = r"一-龥々〆ヶ"
# The name of a body ends in a word for an organisation or an institution; 「独立行政法人通則法」
# is the Act of general rules for all of them, not a body's.
_ORGANISATION = re.compile(r"(?:機構|局|館|所|校|基金|会|センター|公庫|金庫|事業団|園)$")


def _body(title: str) -> tuple[str, str] | None:
    found = _read(title)
    return found if found is not None and _ORGANISATION.search(found[0]) else None


def _read(title: str) -> tuple[str, str] | None:
    if m := _IAA.match(title):
        return m.group(1), "incorporated_administrative_agency"
    if m := _CORPORATION.match(title):
        return m.group(1), "corporation"
    if (m := _NATIONAL.match(title)) and not m.group(1).endswith("法人"):
        name = m.group(1)
        return name, "council" if name.endswith(("委員会", "会議")) else "agency"
    return None


@lru_cache(maxsize=1)
def statutory_bodies() -> dict[str, str]:
    """The bodies the statute book's Acts set up: folded name → kind."""
    bodies = {}
    for statute in statute_book():
        found = _body(fold(statute.title))
        if found is not None and "・" not in found[0][:1]:
            bodies[found[0]] = found[1]
    return bodies


@lru_cache(maxsize=1)
def _automaton() -> ahocorasick.Automaton:
    automaton = ahocorasick.Automaton()
    for name in statutory_bodies():
        automaton.add_word(name, name)
    automaton.make_automaton()
    return automaton


def names_statutory_body(folded: str) -> bool:
    """Whether a body of :func:`statutory_bodies` may be named in ``folded`` (one automaton pass)."""
    return next(iter(_automaton().iter(folded)), None) is not None


def statutory_candidates(folded: str) -> Iterator[Candidate]:
    """The bodies of :func:`statutory_bodies` named in ``folded`` (one automaton pass)."""
    kinds = statutory_bodies()
    for last, name in _automaton().iter(folded):
        start = last + 1 - len(name)
        if start > 0 and re.match(rf"[{_KANJI}ァ-ヺー]", folded[start - 1]):
            continue  # glued to a word before it (「独立行政法人…」 is found whole by its form)
        yield Candidate(start, last + 1, None, kinds[name], priority=1)
