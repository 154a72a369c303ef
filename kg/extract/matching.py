"""Match the titles of status-table rows to the numbered issues they report on.

The tables (①–⑧) and section II name the same issues in slightly different
words: 「マイナンバーカードの発行・運営体制の抜本的強化（J-LISの体制強化）」 is
issue 1.3 plus a parenthetical, 「学校健診データの活用、 GIGAスクール…」 drops
the 「教育：」 lead of 2.4, and a row may name one measure of an issue
(「運転免許証のデジタル化」 is a bullet of 3.5).  A row may also point at another
theme outright: 「（5.デジタル化に関する制度関連項目）」.

Scores are character-bigram Dice coefficients over normalised titles, with
containment counting as a full match; candidates of the row's own theme (or
the theme a cross-reference names) are preferred.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass

_BRACKETED = re.compile(r"[（(][^（）()]*[）)]")
_CROSS_REF = re.compile(r"[（(]\s*([0-9]+)\s*[.．]\s*[^（）()]*?関連項目\s*[）)]")
_LEAD = re.compile(r"^[^：:]{1,12}[：:]")
_NOISE = re.compile(r"[\s、。・「」『』“”\"'*]+")
MIN_SCORE = 0.45


@functools.lru_cache(maxsize=8192)  # every row is compared with every issue title
def normalise(title: str, *, drop_brackets: bool = True) -> str:
    """A title reduced to what identifies it.

    >>> normalise("教育：学校健診データの活用、GIGAスクール")
    '学校健診データの活用gigaスクール'
    """
    text = unicodedata.normalize("NFKC", title).lower()
    if drop_brackets:
        previous = None
        while previous != text:
            previous, text = text, _BRACKETED.sub("", text)
    text = _LEAD.sub("", text)
    return _NOISE.sub("", text)


def cross_reference(title: str) -> str | None:
    """The theme number a row title points at, if it says 「（N.…関連項目）」."""
    m = _CROSS_REF.search(unicodedata.normalize("NFKC", title))
    return m[1] if m else None


@functools.lru_cache(maxsize=8192)
def _bigrams(text: str) -> frozenset[str]:
    return frozenset(text[i : i + 2] for i in range(len(text) - 1)) or frozenset({text})


def similarity(a: str, b: str) -> float:
    """Dice coefficient of character bigrams; 1.0 when one contains the other."""
    if not a or not b:
        return 0.0
    if a in b or b in a:
        return 1.0
    x, y = _bigrams(a), _bigrams(b)
    return 2 * len(x & y) / (len(x) + len(y))


@dataclass(frozen=True, slots=True)
class Candidate:
    """Something a row may report on: an issue, or a measure under an issue."""

    issue: str
    theme: str
    title: str
    measure: int | None = None  # index into the caller's measure list


@dataclass(frozen=True, slots=True)
class Match:
    issue: str
    score: float
    basis: str  # "cross_reference" | "title_match" | "measure_match"
    measure: int | None = None


def match_row(title: str, theme: str | None, candidates: list[Candidate]) -> Match | None:
    """The issue a status-table row reports on, or None when nothing is close enough."""
    target_theme = cross_reference(title) or theme
    key = normalise(_CROSS_REF.sub("", unicodedata.normalize("NFKC", title)))
    full_key = normalise(title, drop_brackets=False)
    best: tuple[float, int, Candidate] | None = None
    for candidate in candidates:
        score = max(
            similarity(key, normalise(candidate.title)), similarity(full_key, normalise(candidate.title))
        )
        # Prefer the row's own theme, then whole issues over single measures.
        rank = (candidate.theme == target_theme) * 2 + (candidate.measure is None)
        if best is None or (score, rank) > (best[0], best[1]):
            best = (score, rank, candidate)
    if best is None:
        return None
    in_theme = [c for c in candidates if c.theme == target_theme]
    if target_theme is not None and in_theme and best[2].theme != target_theme:
        # A clearly better match in another theme wins only by a margin.
        own = max(
            (
                (max(similarity(key, normalise(c.title)), similarity(full_key, normalise(c.title))), c)
                for c in in_theme
            ),
            key=lambda pair: (pair[0], pair[1].measure is None),
        )
        if own[0] >= MIN_SCORE and own[0] + 0.15 >= best[0]:
            best = (own[0], 0, own[1])
    score, _, chosen = best
    if score < MIN_SCORE:
        return None
    if cross_reference(title):
        basis = "cross_reference"
    elif chosen.measure is not None:
        basis = "measure_match"
    else:
        basis = "title_match"
    return Match(chosen.issue, round(score, 3), basis, chosen.measure)
