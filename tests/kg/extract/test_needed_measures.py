"""A statutory plan's part named for the measures it needs (「…を達成するために必要な措置」) holds measures,
whatever goal its title names.

Excerpts written for these tests, in the forms plans use; the expected items were read from them
before the extractor was run on them.
"""

from __future__ import annotations

import pytest

from tests.kg.extract.shapes_cases import Case, Expected
from tests.kg.extract.test_shapes import _markdown, tally

NEEDED_MEASURES = Case(
    "plain 1/（1） outline, a part of the 必要な措置 for the goal over numbered lines",
    """\
# 南浜市国土利用計画

1　市土利用の基本方針

　本市は、安全で潤いのある市土の利用を目指す。

2　1に掲げる事項を達成するために必要な措置の概要

（1）空き家の除却と跡地の活用
（2）農用地区域の保全
（3）河川沿いの緑地の確保
""",
    (
        Expected("Goal", "本市は、安全で潤いのある市土の利用を目指す。"),
        Expected("Measure", "空き家の除却と跡地の活用"),
        Expected("Measure", "農用地区域の保全"),
        Expected("Measure", "河川沿いの緑地の確保"),
    ),
    ("1　市土利用の基本方針", "2　1に掲げる事項を達成するために必要な措置の概要"),
)


NEEDED_MEASURES_UNDER_AIMS = Case(
    "a 必要な措置 part after the plan's aims, its (N) lines each an action",
    """\
# 北川村森林整備計画

1　森林整備の基本的な考え方

　森林の有する多面的機能を高度に発揮させることを目指す。

2　1に掲げる事項を達成するために必要な措置

（1）間伐の計画的な実施
（2）林道の適切な維持管理
""",
    (
        Expected("Goal", "森林の有する多面的機能を高度に発揮させることを目指す。"),
        Expected("Measure", "間伐の計画的な実施"),
        Expected("Measure", "林道の適切な維持管理"),
    ),
    ("1　森林整備の基本的な考え方", "2　1に掲げる事項を達成するために必要な措置"),
)


@pytest.mark.parametrize("case", [NEEDED_MEASURES, NEEDED_MEASURES_UNDER_AIMS], ids=lambda c: c.name)
def test_the_lines_under_a_part_of_needed_measures_are_measures(case: Case) -> None:
    assert tally(case, _markdown(case)).wrong == []
