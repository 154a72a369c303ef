"""The sixth set of twenty-five excerpts (tests/kg/extract/shapes_cases_excerpts6.py): each excerpt's items,
and the figures the set gives as a whole.

Scored as in test_shapes.py by its ``tally``.  The figures are floors: a rule that stops reading one
of the shapes (「Goal 1:」 and 「Strategy 1-1」 headings, (a)/(i) numbers, ２－１． lines of a plain
outline, a heading of cue words alone 「よくある課題と対策」, 「基本施策」 over its themes, a 推奨事項
sub-heading over its action bullets, ○ entries marked 【新規】/【拡充】, a 政策 column left of a 施策
column, 達成すべき目標 and 施策の概要 fields, a nested list of 基本目標 / 施策1-1 / 事業, 「■ 重点施策1」
and 「**基本方針1 …**」 lines (or a ■ line without a number) over marked lines, a 課 heading over its
projects, ◆課題： labels, a 項目 column naming the rows' themes, English section names, a (1) heading
over named measures and its ① entries over ア entries …) takes them
below.  At cf99515, before the rules for them: Goal P 1.00 R 0.72 F1 0.84, Theme P 0.73 R 0.23 F1 0.35,
Issue P 1.00 R 0.83 F1 0.90, Measure P 0.70 R 0.57 F1 0.63, links 16 of 97, four lines named as no
item read as one.

Read since by the sets' one reading (test_shapes.py): the 施策名 field and the 施策 cells are
measures (the 施策 cells of the row's 政策), 「- 施策1-1」 entries and 「■ 重点施策1」 lines measures
over measures of no theme; inner themes carry no theme of their own.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.kg.extract.shapes_cases import Case
from tests.kg.extract.shapes_cases_excerpts6 import CASES
from tests.kg.extract.test_shapes import (
    _markdown,
    assert_word_gives_the_markdown_items,
    excerpt_params,
    set_figures,
    tally,
)

# What the rules do not read as the excerpt's reader does, by excerpt.
MISSING: dict[str, str] = {}


@pytest.mark.parametrize(
    "case",
    excerpt_params(CASES, MISSING),
)
def test_the_items_of_each_excerpt_are_found_with_their_themes(case: Case) -> None:
    assert tally(case, _markdown(case)).wrong == []


# Per type: the F1 the set reaches.
FLOORS = {"Goal": 1.0, "Theme": 0.99, "Issue": 1.0, "Measure": 0.99}


def test_the_set_keeps_its_figures() -> None:
    scores, t = set_figures(CASES)
    assert {cls: scores[cls] >= FLOORS[cls] for cls in FLOORS} == dict.fromkeys(FLOORS, True), scores
    assert t.links == 78 and t.links_right == 78  # at cf99515: 16 of 97 (with the Themes' own links and
    # those of 施策 cells, bullets and lines)
    assert t.not_items == 0


# Word: each excerpt the rules read as its reader does, written as a user's word processor stores it
# (heading styles, list styles and levels, real tables), gives the same items.
WORD_CASES = [c for c in CASES if c.name not in MISSING]


@pytest.mark.parametrize("case", WORD_CASES, ids=[c.name for c in WORD_CASES])
def test_the_word_version_gives_the_same_items(case: Case, tmp_path: Path) -> None:
    assert_word_gives_the_markdown_items(case, tmp_path)
