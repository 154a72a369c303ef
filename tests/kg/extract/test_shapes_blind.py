"""The sixteen excerpts written blind (tests/kg/extract/shapes_cases_blind.py), as Markdown and as Word.

Scored as in test_shapes.py by its ``tally``: an item is matched when its type,
its line and its label are right, a matched item's theme must be the one the
text puts it under, nothing else of the four types may be found and no line the
excerpt names as no item may become one.

Read since by the sets' one reading (test_shapes.py): the prefectural plan's 「(1)」 headings over
「①」 sentences are themes and the sentences theirs (they were measures of the pillar above).
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from tests.kg.extract.shapes_cases import Case
from tests.kg.extract.shapes_cases_blind import CASES
from tests.kg.extract.test_shapes import _markdown, assert_word_gives_the_markdown_items, tally


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_the_items_of_each_blind_excerpt_are_found_with_their_themes(case: Case) -> None:
    assert tally(case, _markdown(case)).wrong == []


# The Word conversion of test_shapes.py writes 「1. …」 as a List Number paragraph whose number the
# reader does not see (the template's style has no numbering): the cabinet policy's numbered pillars
# under Ⅱ are plain bullets there, a shape the conversion does not keep.
WORD_CASES = [c for c in CASES if c.name != "cabinet_basic_policy_roman_and_bracket_sections"]


def _word_lines(case: Case) -> Case:
    """The case with a table row it names as no item (「| 第1版 |」) named as the Word text writes the
    row: its cells one after another, a tab after each but the last."""
    return replace(
        case, not_items=tuple(p.strip("| ") + "\t" if p.startswith("|") else p for p in case.not_items)
    )


@pytest.mark.parametrize("case", WORD_CASES, ids=[c.name for c in WORD_CASES])
def test_the_word_version_of_each_blind_excerpt_gives_the_same_items(case: Case, tmp_path: Path) -> None:
    case = _word_lines(case)
    assert_word_gives_the_markdown_items(case, tmp_path)
