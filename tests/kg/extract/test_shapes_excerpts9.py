"""The ninth set of excerpts (tests/kg/extract/shapes_cases_excerpts9.py): each excerpt's items, as
Markdown and as Word, and the figures the set gives as a whole.

Scored as in test_shapes.py by its ``tally``.  The figures are floors: a rule that stops reading one
of the shapes (a 目標 | 計画 対照表 with section rows, heading rows written in both columns and a
「（数値目標）」 row; a 区分 column carried down over blank cells; a 内容 column beside a measure's
name or 項目; （１） lines over 【市民の取組】 / 【市の取組】 labels after a 基本理念 label; 「推進項目１」
headings; ○ lead lines over indented text; a 経営理念 heading, a 主要事業 heading, headings named by
what is done: 更新, 改築, 実証, 購入; a list three levels deep; entries under a goal heading; a
「講じようとする施策」 heading; a 「目指す環境像」 heading; a lead-in with words between its object and
verb over ・ entries, a 「○　なお、…」 line after them) takes them below.

At first sight (7a5d5b1, before any rule was written for them), the eight excerpts gave Goal F1 0.60
(6 of 7, 13 found), Theme 0.00 (0 of 21, 4 found), Measure 0.48 (16 of 42, 25 found), item → theme
links 0 of 34, four lines named as no item read as items; the last three, written after the rules for
the others: 「講じようとする施策」 read as a theme, the 環境像 goal and the lead-in's two measures missed.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.kg.extract.shapes_cases import Case
from tests.kg.extract.shapes_cases_excerpts9 import CASES
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
    assert t.links == 39 and t.links_right == 39  # at first sight: 0 of 34 (the first eight)
    assert t.not_items == 0


WORD_MISSING: dict[str, str] = {}


@pytest.mark.parametrize("case", excerpt_params(CASES, WORD_MISSING))
def test_the_word_version_gives_the_same_items(case: Case, tmp_path: Path) -> None:
    assert_word_gives_the_markdown_items(case, tmp_path)
