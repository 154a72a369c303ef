"""Seven families of layout (tests/kg/extract/shapes_cases_families.py), as Markdown and as Word.

Scored as in test_shapes.py by its ``tally``: an item is matched when its type,
its line and its label are right, a matched item's theme must be the one the
text puts it under, nothing else of the four types may be found and no line the
excerpt names as no item may become one.

Read since by the sets' one reading (test_shapes.py): a 「基本施策2」 heading is a measure, what it
holds of no theme.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.kg.extract.shapes_cases import Case
from tests.kg.extract.shapes_cases_families import CASES
from tests.kg.extract.test_shapes import _markdown, assert_word_gives_the_markdown_items, tally


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_the_items_of_each_family_are_found_with_their_themes(case: Case) -> None:
    assert tally(case, _markdown(case)).wrong == []


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_the_word_version_of_each_family_gives_the_same_items(case: Case, tmp_path: Path) -> None:
    assert_word_gives_the_markdown_items(case, tmp_path)
