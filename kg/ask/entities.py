"""What a name in a question may stand for: an entity of the store, and a name found in the question.

Takes nothing; gives :class:`Entity` (an IRI, its kind and label), :class:`Mention` (a span of the
folded question and the entities it may name) and :func:`distinct` (entities each once).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal

Kind = Literal["law", "agency", "issue", "theme", "measure", "area", "facility", "document"]


@dataclass(frozen=True, slots=True)
class Entity:
    """One thing a name may stand for."""

    iri: str
    kind: Kind
    label: str
    bundle: bool = False


@dataclass(frozen=True, slots=True)
class Mention:
    """A name found in a folded question: [start, end) and what it may name."""

    start: int
    end: int
    text: str
    kind: Kind
    candidates: tuple[Entity, ...]
    # words said with a number that agree with none of the things so numbered (「課題1.3「○○」」 where
    # 1.3 is another issue): the user chooses, nothing is answered for the number alone
    unsure: bool = False


def distinct(found: Iterable[Entity]) -> tuple[Entity, ...]:
    """``found`` with each IRI once, in the order first found (where an IRI comes twice, its last entity)."""
    return tuple({e.iri: e for e in found}.values())
