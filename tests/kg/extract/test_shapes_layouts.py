"""More layouts of plans, white papers and sheets: their goals, themes, issues and measures with links.

The excerpts (tests/kg/extract/shapes_cases_layouts.py) were written for these tests
with their items read off them; they are scored as in test_shapes.py by its ``tally``,
as Markdown and as Word files.

Read since by the sets' one reading (test_shapes.py): 「施策３－１」 and 「重点施策１」 headings are
measures, what they hold of no theme; inner themes carry no theme of their own.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.kg.extract.shapes_cases import Case
from tests.kg.extract.shapes_cases_layouts import LAYOUT_SET
from tests.kg.extract.test_shapes import _markdown, assert_word_gives_the_markdown_items, tally


@pytest.mark.parametrize("case", LAYOUT_SET, ids=[c.name for c in LAYOUT_SET])
def test_the_items_of_each_layout_are_found_with_their_themes(case: Case) -> None:
    assert tally(case, _markdown(case)).wrong == []


@pytest.mark.parametrize("case", LAYOUT_SET, ids=[c.name for c in LAYOUT_SET])
def test_the_word_version_of_each_layout_gives_the_same_items(case: Case, tmp_path: Path) -> None:
    assert_word_gives_the_markdown_items(case, tmp_path)
