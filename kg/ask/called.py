"""A breakdown by themes asked in the word one plan's outline calls them by (「基本方針ごとの施策数」).

A plan that numbers its themes with its outline's word (「基本方針1」「重点分野2」) is the plan a
question saying that word per theme asks about: the other plans' themes, numbered bare or by
another word, are not 基本方針.  Takes the question as typed, the :class:`~kg.ask.outcomes.Reading`
it was read as and the :class:`~kg.ask.names.Lexicon`; gives the reading kept to the themes so
numbered, or the reading unchanged where no theme is numbered with the word (then the word is only
the asker's word for themes).  A question kept to one document asks its themes: the word is tested
there (「…計画の重点分野ごとの施策数」 over a plan whose themes are numbered 3.1, 3.2 is every theme
of it), and a list of themes said in the word (「重点分野の一覧」) is kept as a breakdown is.
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
# a list of themes said in the word: 「重点分野の一覧」「基本方針は何がある」
_LISTED_RE = re.compile(r"(?:^|の)(?P<word>" + "|".join(THEME_WORDS) + r")(?:の)?(?:一覧|リスト|は|$)")
# the whole query's group, closed before its count is grouped by theme, or its order
_GROUPED = "\n} GROUP BY ?theme"
_LISTED = "\n} ORDER BY ?number"
# the document a reading is kept to (kg.ask.documents)
_SCOPE_RE = re.compile(r"\?scope_target oa:hasSource (<[^>]+>)")


def kept_to_themes_so_called(question: str, reading: Reading, lexicon: Lexicon) -> Reading:
    """``reading`` kept to the themes numbered with the outline word the question breaks down by."""
    if "number" not in reading.columns or lexicon.select is None:
        return reading
    if _GROUPED in reading.sparql:
        m, closing = _PER_RE.search(fold(question)), _GROUPED
    elif reading.kind.startswith("theme_list") and _LISTED in reading.sparql:
        m, closing = _LISTED_RE.search(fold(question)), _LISTED
    else:
        return reading
    if m is None:
        return reading
    said = m.groupdict().get("each") or m["word"]
    word = sparql_literal(said)
    # the theme's number as its plan writes it (skos:notation 「基本方針1」; pol:number is 1 alone)
    written = "OPTIONAL { ?theme skos:notation ?themeWritten }"
    test = f"{written} FILTER(STRSTARTS(STR(?themeWritten), {word}))"
    scope = _SCOPE_RE.search(reading.sparql)
    within = f" ?a oa:hasBody ?theme ; oa:hasTarget/oa:hasSource {scope[1]} ." if scope else ""
    if not lexicon.select(f"SELECT ?theme WHERE {{\n  ?theme a pol:Theme .{within} {test}\n}} LIMIT 1"):
        return reading
    if scope:
        # a theme of the plan its outline states without a number (a table's row head) is one of them
        test = f"{written} FILTER(!BOUND(?themeWritten) || STRSTARTS(STR(?themeWritten), {word}))"
    head, _, tail = reading.sparql.rpartition(closing)
    return replace(
        reading,
        sparql=f"{head}\n  {test}{closing}{tail}",
        reading=f"{reading.reading}（「{said}」と番号の付いたテーマのみ）",
    )
