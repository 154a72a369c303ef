"""Text folded for matching (NFKC one character to one) and the stretches no name is found in."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from functools import lru_cache


@lru_cache(maxsize=4096)
def _fold_char(ch: str) -> str:
    folded = unicodedata.normalize("NFKC", ch)
    return folded if len(folded) == 1 else ch


def fold(text: str) -> str:
    """NFKC, one character to one, so offsets into the result are offsets into ``text``.

    >>> fold("Ｊ－ＬＩＳと（３年）")
    'J-LISと(3年)'
    """
    if text.isascii():
        return text
    return "".join(ch if ch < "\x80" else _fold_char(ch) for ch in text)


# URLs, Markdown link targets and HTML tags name no law or agency, even when they
# spell one (nisc.go.jp, #402-個人情報保護条例).
_MASK_RE = re.compile(r"https?://[^\s)）」\]>]+|\]\([^)\n]*\)|<[^>\n]*>")


def masked_spans(folded: str) -> list[tuple[int, int]]:
    """Stretches of ``folded`` where nothing may be found."""
    return [m.span() for m in _MASK_RE.finditer(folded)]


def is_masked(start: int, end: int, masks: Sequence[tuple[int, int]]) -> bool:
    return any(s < end and start < e for s, e in masks)
