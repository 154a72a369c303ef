"""The third set of sixteen excerpts (tests/kg/extract/shapes_cases_excerpts3.py): each excerpt's items,
and the figures the set gives as a whole.

Scored as in test_shapes.py by its ``tally``.  The figures are floors: a rule that stops
reading one of the shapes (a 施策 heading over 課題 bullets, a 政策体系 field, a text tree
under its 基本方針 line, 課題 / 対応方針 rows under their topic …) takes them below.

Read since by the sets' one reading (test_shapes.py): 「施策１－１」 and 「重点施策１」 headings are
measures, what they hold of no theme; inner themes carry no theme of their own.
"""

from __future__ import annotations

import pytest

from tests.kg.extract.shapes_cases import Case
from tests.kg.extract.shapes_cases_excerpts3 import CASES
from tests.kg.extract.test_shapes import _markdown, excerpt_params, set_figures, tally

# What the rules do not read yet, by excerpt.
MISSING: dict[str, str] = {}


@pytest.mark.parametrize(
    "case",
    excerpt_params(CASES, MISSING),
)
def test_the_items_of_each_excerpt_are_found_with_their_themes(case: Case) -> None:
    assert tally(case, _markdown(case)).wrong == []


# Per type: the F1 the set reaches (at 1949d1b: Goal 0.57, Theme 0.25, Issue 0.76, Measure 0.62).
FLOORS = {"Goal": 1.0, "Theme": 1.0, "Issue": 1.0, "Measure": 1.0}


def test_the_set_keeps_its_figures() -> None:
    scores, t = set_figures(CASES)
    assert {cls: scores[cls] >= FLOORS[cls] for cls in FLOORS} == dict.fromkeys(FLOORS, True), scores
    assert t.links == 77 and t.links_right == 77  # at 1949d1b: 9 of 98 (before the Themes' own and the
    # 施策 headings' links were no longer scored)
    assert t.not_items == 0
