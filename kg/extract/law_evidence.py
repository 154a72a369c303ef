"""Abbreviations of laws a document defines once, read in all of it (extraction stage).

Takes the texts of a document's blocks, in order, and the law mentions found in each: block by
block, :mod:`kg.extract.law_defined` reads the uses of 「（以下「車庫法」という。）」 only in the block
that defines it.  Gives each block's mentions with the later uses of each abbreviation defined in
a block before it (「〔根拠：車庫法〕」 in a measure listed under the paragraph that defines it), each
naming the law it stands for, and a mention of those words read by its form alone (a law unknown by
that name) given that law's key.  A use glued to a longer word (「新車庫法」) or naming an ordinance of
the act (「車庫法施行令」) is none.

>>> law = LawMention("自動車の保管場所の確保等に関する法律", 0, 19, "337AC0000000145", True, "act")
>>> short = LawMention("車庫法", 30, 33, "337AC0000000145", True, "act", basis="defined")
>>> texts = ["…（以下「車庫法」という。）", "根拠：車庫法", "車庫法施行令"]
>>> later = document_laws(texts, [[law, short], [], []])
>>> [[(m.text, m.key) for m in laws] for laws in later[1:]]
[[('車庫法', '337AC0000000145')], []]
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from kg.extract.law_defined import DEFINED
from kg.extract.law_forms import ENFORCEMENT_ORDER_RE
from kg.extract.law_mentions import LawMention

__all__ = ["document_laws"]


def _word_char(ch: str) -> bool:
    # Kana particles and punctuation end a word; kanji, katakana and Latin letters do not.
    return ("一" <= ch <= "鿿") or ("ァ" <= ch <= "ヺ") or (ch.isascii() and ch.isalnum())


def _uses(text: str, abbr: str, law: LawMention, taken: Sequence[LawMention]) -> list[LawMention]:
    """The uses of ``abbr`` in ``text`` that no mention holds, by the rule above."""
    found: list[LawMention] = []
    pos = text.find(abbr)
    while pos >= 0:
        end = pos + len(abbr)
        if (
            (pos == 0 or not _word_char(text[pos - 1]))
            and not ENFORCEMENT_ORDER_RE.match(text, end)
            and not any(m.start < end and pos < m.end for m in taken)
        ):
            found.append(
                LawMention(abbr, pos, end, law.key, law.known, law.kind, bundle=law.bundle, basis=DEFINED)
            )
        pos = text.find(abbr, end)
    return found


def document_laws(texts: Sequence[str], found: Sequence[Sequence[LawMention]]) -> list[list[LawMention]]:
    """Each block's law mentions with the uses of the abbreviations defined before it (rule above)."""
    defined: dict[str, LawMention] = {}
    result: list[list[LawMention]] = []
    for text, mentions in zip(texts, found, strict=True):
        laws = list(mentions)
        if defined:
            laws = [
                replace(m, key=law.key, known=law.known, kind=law.kind, bundle=law.bundle, basis=DEFINED)
                if (law := defined.get(m.text)) is not None and not m.known
                else m
                for m in laws
            ]
            added = [
                use for abbr, law in defined.items() if abbr in text for use in _uses(text, abbr, law, laws)
            ]
            if added:
                laws = sorted([*laws, *added], key=lambda m: (m.start, m.end))
        for m in laws:
            if m.basis == DEFINED and len(m.text) >= 2:
                defined.setdefault(m.text, m)
        result.append(laws)
    return result
