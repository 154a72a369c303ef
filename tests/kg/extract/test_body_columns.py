"""A table column naming the body that carries a project out (「事業主体」, 「整備主体」) names the rows'
owners, no theme of theirs.

Excerpts written for these tests, in the forms plans use; the expected items were read from them
before the extractor was run on them.
"""

from __future__ import annotations

from tests.kg.extract.shapes_cases import Case, Expected
from tests.kg.extract.test_shapes import _markdown, tally

PROJECT_BODIES = Case(
    "a project table whose first column is the 事業主体, each row a different body",
    """\
# 北台町自転車活用推進計画

## 4. 主な事業

| 事業主体 | 事業内容 | 実施時期 |
|---|---|---|
| 北台町 | 町道への自転車通行帯の整備 | 令和8年度 |
| 県 | 県道沿いの駐輪場の増設 | 令和9年度 |
""",
    (
        Expected("Measure", "町道への自転車通行帯の整備"),
        Expected("Measure", "県道沿いの駐輪場の増設"),
    ),
    ("主な事業",),
)


def test_a_column_of_project_bodies_names_no_theme() -> None:
    assert tally(PROJECT_BODIES, _markdown(PROJECT_BODIES)).wrong == []
