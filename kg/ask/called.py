"""A breakdown by themes asked in the word one plan's outline calls them by (「基本方針ごとの施策数」).

A plan that numbers its themes with its outline's word (「基本方針1」「重点分野2」) is the plan a
question saying that word per theme asks about: the other plans' themes, numbered bare or by
another word, are not 基本方針.  Takes the question as typed, the :class:`~kg.ask.outcomes.Reading`
it was read as and the :class:`~kg.ask.names.Lexicon`; gives the reading kept to the themes so
numbered, or the reading unchanged where no theme is numbered with the word (then the word is only
the asker's word for themes).
"""

from __future__ import annotations

import re
from dataclasses import replace

from kg.ask.labelled import sparql_literal
from kg.ask.names import Lexicon
from kg.ask.outcomes import Reading
from kg.ask.outline_words import THEME_WORDS
from kg.ask.text import fold

# the outline's word said per theme: 「基本方針ごと」「重点分野別」「各基本方針の」
_PER_RE = re.compile(
    r"(?:各(?P<each>" + "|".join(THEME_WORDS) + r")|(?P<word>" + "|".join(THEME_WORDS) + r")(?:ごと|毎|別))"
)
# the whole query's group, closed before its count is grouped by theme
_GROUPED = "\n} GROUP BY ?theme"


def kept_to_themes_so_called(question: str, reading: Reading, lexicon: Lexicon) -> Reading:
    """``reading`` kept to the themes numbered with the outline word the question breaks down by."""
    if "number" not in reading.columns or _GROUPED not in reading.sparql or lexicon.select is None:
        return reading
    m = _PER_RE.search(fold(question))
    if m is None:
        return reading
    word = sparql_literal(m["each"] or m["word"])
    test = f"FILTER(STRSTARTS(STR(?number), {word}))"
    if not lexicon.select(
        f"SELECT ?theme WHERE {{\n  ?theme a pol:Theme ; pol:number ?number {test}\n}} LIMIT 1"
    ):
        return reading
    head, _, tail = reading.sparql.rpartition(_GROUPED)
    return replace(
        reading,
        sparql=f"{head}\n  {test}{_GROUPED}{tail}",
        reading=f"{reading.reading}（「{m['each'] or m['word']}」と番号の付いたテーマのみ）",
    )
