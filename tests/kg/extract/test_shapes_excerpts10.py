"""The tenth set of excerpts (tests/kg/extract/shapes_cases_excerpts10.py): each excerpt's items, as
Markdown and as Word, and the figures the set gives as a whole.

Scored as in test_shapes.py by its ``tally``.  The figures are floors: a rule that stops reading one
of the shapes (a table whose 基本方針, 取組の方向 or 観点 column stands over the rows' goals and
measures, carried down over blank cells; a 実現方策 column of measures; 「ア」 lines over 「(ｱ)」 lines
in plain text, and □ lines over ・ entries below a ■ line, each a theme over its actions; a list of
sentences numbered 「１　…。」 under a part; 「1　基本目標」 and 「2　…基本的な方針」 under a chapter naming
方針, lists of their own; 「一、」 headings over 「第一に、」 entries; ａ / ｂ entries; two or more sentences
indented under a heading, each an entry; actions in the polite form, 「…広げます。」; a 【指標】 line
ending the entries above it; 「…の進め方」 a procedure) takes them below.

At first sight (6197b09, before any rule was written for them), the eleven excerpts of the first
batch gave Goal F1 1.00 (11 of 11), Theme 0.72 (19 of 33, 20 found), Issue 1.00 (5 of 5), Measure 0.80
(39 of 54, 43 found), item → theme links 24 of 54, two lines named as no item read as items.  The seven
of the second, written after the rules for the first, at first sight (445cf39): Goal 1.00 (3 of 3), Theme
0.67 (9 of 18, 9 found), Issue 1.00 (2 of 2), Measure 0.71 (23 of 34, 31 found), links 16 of 32, none
read as items; missed: □ lines over ・ entries, 「一、」 lines over 「第一に、」 sentences, ａ / ｂ marks
left in the measures' labels, sentences indented under their headings.  The five of the third, written
after the rules for the second, at first sight (13ecff8): Goal 1.00 (3 of 3), Theme 0.73 (4 of 7, 4
found), Issue 1.00 (4 of 4), Measure 0.79 (11 of 15, 13 found), links 6 of 11, none read as items;
missed: ◇ lines over ○ entries closed by a 【指標】 line, entries naming actions by verbs the rules did not
list (「…を受け付ける。」).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.kg.extract.shapes_cases import Case
from tests.kg.extract.shapes_cases_excerpts10 import CASES
from tests.kg.extract.test_shapes import (
    _markdown,
    assert_word_gives_the_markdown_items,
    excerpt_params,
    set_figures,
    tally,
)

# What the rules do not read as the excerpt's reader does, by excerpt.
MISSING: dict[str, str] = {
    "ritchi_tekiseika_plain_katakana_nesting": "the chapter 「誘導施策」 read as a theme over its topics",
    "gyomu_keizoku_keikaku_contents_and_review": "2.1 headings read as a manual's sections, no outline",
    "noshinkeikaku_plain_indented_sentences": "one indented sentence under a heading read as its explanation",
}


@pytest.mark.parametrize("case", excerpt_params(CASES, MISSING))
def test_the_items_of_each_excerpt_are_found_with_their_themes(case: Case) -> None:
    assert tally(case, _markdown(case)).wrong == []


def test_the_set_keeps_its_figures() -> None:
    scores, t = set_figures(CASES)
    assert scores["Goal"] == 1.0 and scores["Issue"] == 1.0
    assert scores["Theme"] >= 0.96 and scores["Measure"] >= 0.98
    assert t.links == 99 and t.links_right >= 94  # at first sight: 24 of 54, 16 of 32, 6 of 11
    assert t.not_items <= 1


WORD_MISSING: dict[str, str] = dict(MISSING)


@pytest.mark.parametrize("case", excerpt_params(CASES, WORD_MISSING))
def test_the_word_version_gives_the_same_items(case: Case, tmp_path: Path) -> None:
    assert_word_gives_the_markdown_items(case, tmp_path)
