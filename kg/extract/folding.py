"""Text folded for matching (NFKC one character to one) and the stretches no name is found in."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

#: The kanji of names in a character class: the unified ideographs and the marks written among them
#: (々 repeats, 〆 and ヶ as in 「霞ヶ関」).
KANJI = r"一-龥々〆ヶ"


class _FoldTable(dict[int, int]):
    """``str.translate`` table: each character to its NFKC form where that is one character.

    Filled as characters are met, so a text is folded in one C-level pass.
    """

    def __missing__(self, code: int) -> int:
        folded = unicodedata.normalize("NFKC", chr(code))
        self[code] = ord(folded) if len(folded) == 1 else code
        return self[code]


_FOLD_TABLE = _FoldTable()


def fold(text: str) -> str:
    """NFKC, one character to one, so offsets into the result are offsets into ``text``.

    >>> fold("Ｊ－ＬＩＳと（３年）")
    'J-LISと(3年)'
    """
    if text.isascii():
        return text
    return text.translate(_FOLD_TABLE)


# URLs, Markdown link targets and HTML tags name no law or agency, even when they
# spell one (nisc.go.jp, #402-個人情報保護条例).
_MASK_RE = re.compile(r"https?://[^\s)）」\]>]+|\]\([^)\n]*\)|<[^>\n]*>")


def masked_spans(folded: str) -> list[tuple[int, int]]:
    """Stretches of ``folded`` where nothing may be found."""
    return [m.span() for m in _MASK_RE.finditer(folded)]


def is_masked(start: int, end: int, masks: Sequence[tuple[int, int]]) -> bool:
    return any(s < end and start < e for s, e in masks)
