"""Cells of several lines, combined 現状と課題 headings, quoted themes and blank theme headers.

The excerpts (tests/kg/extract/shapes_cases_combined.py) were written for these
tests with their items read off them; they are scored as in test_shapes.py, as
Markdown and as Word files.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.kg.extract.shapes_cases import Case
from tests.kg.extract.shapes_cases_combined import SIXTH_SET
from tests.kg.extract.test_shapes import _markdown, assert_word_gives_the_markdown_items, tally


@pytest.mark.parametrize("case", SIXTH_SET, ids=[c.name for c in SIXTH_SET])
def test_the_items_of_each_shape_are_found_with_their_themes(case: Case) -> None:
    assert tally(case, _markdown(case)).wrong == []


@pytest.mark.parametrize("case", SIXTH_SET, ids=[c.name for c in SIXTH_SET])
def test_the_word_version_gives_the_same_items(case: Case, tmp_path: Path) -> None:
    assert_word_gives_the_markdown_items(case, tmp_path)
