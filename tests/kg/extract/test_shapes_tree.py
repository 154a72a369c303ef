"""Outlines drawn by headings: topics as themes over their measures, numbering words left out of labels.

The excerpts (tests/kg/extract/shapes_cases_tree.py) were written for these tests
with their items read off them; they are scored as in test_shapes.py, as Markdown
and as Word files.

Read since by the sets' one reading (test_shapes.py): 「施策１－１」 headings under 【…】 themes are
measures of those themes, as their bullets are.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.kg.extract.shapes_cases import Case
from tests.kg.extract.shapes_cases_tree import TREE_SET
from tests.kg.extract.test_shapes import (
    _markdown,
    assert_word_gives_the_markdown_items,
    excerpt_params,
    tally,
)

# Word keeps each line of a plain outline as a paragraph of its own; these are not read alike yet.
WORD_MISSING = {
    "plain text Ⅰ / １． headings over ・ lines": "Word: one paragraph a line",
    "a plain 第１ over （課題） and （施策） ・ lines": "Word: one paragraph a line",
    "a 施策体系 drawn as a text tree": "Word drops the spaces before a branch that give its depth",
}


@pytest.mark.parametrize("case", TREE_SET, ids=[c.name for c in TREE_SET])
def test_the_items_of_each_outline_are_found_with_their_themes(case: Case) -> None:
    assert tally(case, _markdown(case)).wrong == []


@pytest.mark.parametrize(
    "case",
    excerpt_params(TREE_SET, WORD_MISSING),
)
def test_the_word_version_gives_the_same_items(case: Case, tmp_path: Path) -> None:
    assert_word_gives_the_markdown_items(case, tmp_path)
