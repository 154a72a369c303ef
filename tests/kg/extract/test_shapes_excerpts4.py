"""The fourth set of ten excerpts (tests/kg/extract/shapes_cases_excerpts4.py): each excerpt's items, as
Markdown and as Word, and the figures the set gives as a whole.

Scored as in test_shapes.py by its ``tally``.  The figures are floors: a rule that stops reading one
of the shapes (a 戦略１ or 基本方針Ⅰ theme, 今後の方向性 sentences, a bold lead-in, a merged 施策
cell over its 主な取組 …) takes them below.

Read since by the sets' one reading (test_shapes.py): a 施策 cell merged over its 主な取組 is a
measure of the 柱 (so are the 取組), 「取組１」 headings are measures and their bullets of no theme.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.kg.extract.shapes_cases import Case
from tests.kg.extract.shapes_cases_excerpts4 import CASES
from tests.kg.extract.test_shapes import (
    _markdown,
    assert_word_gives_the_markdown_items,
    set_figures,
    tally,
)


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_the_items_of_each_excerpt_are_found_with_their_themes(case: Case) -> None:
    assert tally(case, _markdown(case)).wrong == []


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_the_word_version_of_each_excerpt_gives_the_same_items(case: Case, tmp_path: Path) -> None:
    assert_word_gives_the_markdown_items(case, tmp_path)


# Per type: the F1 the set reaches (at c8fad79: Goal 0.86, Theme 0.43, Issue 0.89, Measure 0.75).
FLOORS = {"Goal": 1.0, "Theme": 1.0, "Issue": 1.0, "Measure": 1.0}


def test_the_set_keeps_its_figures() -> None:
    scores, t = set_figures(CASES)
    assert {cls: scores[cls] >= FLOORS[cls] for cls in FLOORS} == dict.fromkeys(FLOORS, True), scores
    assert t.links == 28 and t.links_right == 28  # at c8fad79: 7 of 32 (the Themes' own links scored then)
    assert t.not_items == 0
