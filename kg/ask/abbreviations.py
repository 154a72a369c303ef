"""Bodies asked by a short form of their name that the documents do not write.

A Japanese short name keeps characters of the full name in their order: its first character (or
the first after the local government's name that heads it), and its last, or the first of a
three-character head such as 協議会 or 委員会 (「厚労省」 for 厚生労働省, 「○○協」 for 「○○協議会」);
or it is the name's last words (「年金機構」 for 日本年金機構).  Takes the agencies'
names; gives, for a word of a folded question, the agencies it may shorten
(:meth:`Abbreviations.at`), none where no name fits.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from kg.ask.entities import Entity

# A short name: kanji or katakana (a particle or a verb's ending is never part of one).
_WORD_CHAR = re.compile(r"[\u4e00-\u9fff々ヶ\u30a1-\u30faー]")
MIN_CHARS, MAX_CHARS = 2, 8
# 「浜松市」「静岡県」 heading a body's name: the local government's name, left out of the short form
_PLACE_HEAD = re.compile(
    r"^[\u4e00-\u9fff々ヶ]{1,4}?[都道府県市町村区](?=[\u4e00-\u9fff々ヶ\u30a1-\u30fa]{3})"
)
# 「年金機構」 for 日本年金機構: the last words of the name, four characters or more
MIN_TAIL_CHARS = 4


def _kept_in_order(short: str, name: str) -> bool:
    """Whether every character of ``short`` is in ``name``, in that order."""
    at = 0
    for char in short:
        at = name.find(char, at) + 1
        if at == 0:
            return False
    return True


def shortens(short: str, name: str) -> bool:
    """Whether ``short`` (folded) is a short form of ``name`` (folded), by the rule above."""
    if MIN_TAIL_CHARS <= len(short) < len(name) and name.endswith(short):
        return True
    for full in dict.fromkeys((name, _PLACE_HEAD.sub("", name))):
        if (
            MIN_CHARS <= len(short) < len(full)
            and short[0] == full[0]
            and short[-1] in (full[-1], full[-3] if len(full) >= 4 else full[-1])
            and _kept_in_order(short, full)
        ):
            return True
    return False


class Abbreviations:
    """The agencies by the first character of their names (and of the names after a place's)."""

    def __init__(self, names: Iterable[tuple[Entity, str]]) -> None:
        self._by_first: dict[str, list[tuple[Entity, str]]] = {}
        for entity, name in names:
            if entity.kind != "agency" or len(name) <= MIN_CHARS:
                continue
            for first in {name[0], _PLACE_HEAD.sub("", name)[0], *name[-MAX_CHARS : -MIN_TAIL_CHARS + 1]}:
                self._by_first.setdefault(first, []).append((entity, name))

    def at(self, text: str, i: int) -> tuple[int, tuple[Entity, ...]]:
        """The longest word of ``text`` starting at ``i`` that shortens some agencies' names, as its end
        and those agencies; (i, ()) where none does or ``i`` is not where a word starts."""
        if (i > 0 and _WORD_CHAR.match(text[i - 1])) or not _WORD_CHAR.match(text[i]):
            return i, ()
        names = self._by_first.get(text[i], [])
        end = i
        while end < len(text) and _WORD_CHAR.match(text[end]):
            end += 1
        if not names or not MIN_CHARS <= end - i <= MAX_CHARS:
            return i, ()
        short = text[i:end]
        found = {e.iri: e for e, name in names if shortens(short, name)}
        return (end, tuple(found.values())) if found else (i, ())
