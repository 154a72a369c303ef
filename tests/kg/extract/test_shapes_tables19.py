"""Tables and labels that name what their rows and lines are: items, themes and links, Markdown and Word.

The excerpts (tests/kg/extract/shapes_cases_tables19.py) were written for these tests with their items
read off them; they are scored as in test_shapes.py by its ``tally``, as Markdown and as Word files.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.kg.extract.shapes_cases import Case
from tests.kg.extract.shapes_cases_tables19 import CASES
from tests.kg.extract.test_shapes import _markdown, assert_word_gives_the_markdown_items, tally


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_the_items_of_each_shape_are_found_with_their_themes(case: Case) -> None:
    assert tally(case, _markdown(case)).wrong == []


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_the_word_version_gives_the_same_items(case: Case, tmp_path: Path) -> None:
    assert_word_gives_the_markdown_items(case, tmp_path)
