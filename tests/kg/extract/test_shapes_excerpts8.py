"""The eighth set of excerpts (tests/kg/extract/shapes_cases_excerpts8.py): each excerpt's items, as
Markdown and as Word, and the figures the set gives as a whole.

Scored as in test_shapes.py by its ``tally``.  The figures are floors: a rule that stops reading one
of the shapes (a 「現状と課題」 heading over numbered 「１　…」 lines or ○ lines that state a problem
「…を下回っている」, a bracketed name over ○ entries, a bold 「**１　…**」 line over ・ lines, headings
side by side over tables whose rows name no theme, a 「今後の対応」 or 「対応」 column, a heading over
a table whose rows name their own theme, a goal heading over numbered headings that name actions, an
amount after a budget line's name 「　120」 or 「　　450億円」, a 「事業名：」 heading, a 「政策・施策名」
field or column, a 「評価結果」 heading over rows) takes them below.

At first sight (0f1b7e7, before any rule was written for them), the first twenty-two excerpts gave
Goal F1 1.00, Theme 0.86 (45 of 54, 51 found), Issue 0.91 (26 of 31), Measure 0.83 (81 of 106, 89
found), item → theme links 96 of 124 (0.77), three lines named as no item read as one; the last
three, written after the rules for the others and scored on arrival: Measure 5 of 15 (two amounts
left in the names, a goal heading's measures unread), the rest right; the last two, written after
the rules for a field name's heading and field: a 「評価結果」 heading read as the theme of six rows.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.kg.extract.shapes_cases import Case
from tests.kg.extract.shapes_cases_excerpts8 import CASES
from tests.kg.extract.test_shapes import (
    TYPES,
    _markdown,
    assert_word_gives_the_markdown_items,
    excerpt_params,
    set_figures,
    tally,
)

# What the rules do not read as the excerpt's reader does, by excerpt.
MISSING: dict[str, str] = {}


@pytest.mark.parametrize("case", excerpt_params(CASES, MISSING))
def test_the_items_of_each_excerpt_are_found_with_their_themes(case: Case) -> None:
    assert tally(case, _markdown(case)).wrong == []


def test_the_set_keeps_its_figures() -> None:
    scores, t = set_figures(CASES)
    assert scores == dict.fromkeys(TYPES, 1.0)
    assert t.links == 134 and t.links_right == 134  # at first sight: 96 of 124 (the first twenty-two)
    assert t.not_items == 0


WORD_MISSING: dict[str, str] = {}


@pytest.mark.parametrize("case", excerpt_params(CASES, WORD_MISSING))
def test_the_word_version_gives_the_same_items(case: Case, tmp_path: Path) -> None:
    assert_word_gives_the_markdown_items(case, tmp_path)
