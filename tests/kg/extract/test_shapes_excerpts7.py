"""The seventh set of excerpts (tests/kg/extract/shapes_cases_excerpts7.py): each excerpt's items, and
the figures the set gives as a whole.

Scored as in test_shapes.py by its ``tally``.  The figures are floors: a rule that stops setting apart
what is no part of an item's name (a closing 「【担当：…】」 or 「〔所管：…〕」 tag, a 「２－１．」 number
written in full width with a dash, the numbering words 「重点事項１」 and 「方向性２：」, a bold 「**課題**」
lead, a budget line's amount after its name 「　145（128）」) or that stops reading a shape (an English
section name glossed in Japanese 「Challenges（現状の課題）」, a plain 「２．現状と課題」 line among
numbered headings, (a) topics over 目標：/課題： lines and (i) actions under a heading that names R&D
after a modifier alone, a bold lead naming what is done over its explanation, a sheet's heading
「Sheet1 環境保全」 over its table) takes them below.

Before the rules for them: at e37e5f5, the first four excerpts: Goal F1 1.00, Theme 0.62, Issue 0.00,
Measure 0.43, links 3 of 15; at 95c47ca, the first six: Goal 0.57, Theme 0.96, Issue 0.62, Measure
0.94, links 19 of 24, two lines named as no item read as one; at 192c09a, the first seven: Goal 0.86,
Theme 0.92, Issue 0.90, Measure 0.92, links 24 of 31; at 730c66f, the first nine: Measure 0.94, links
34 of 39; at e42015a, all ten: the workbook's rows of no theme, links 37 of 46.

Read since by the sets' one reading (test_shapes.py): the budget's inner themes carry no theme of
their own (two links fewer).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.extract.extraction import extract
from kg.read import read_string
from tests.kg.extract.shapes_cases import Case
from tests.kg.extract.shapes_cases_excerpts7 import CASES
from tests.kg.extract.test_shapes import (
    DATE,
    TYPES,
    _markdown,
    assert_word_gives_the_markdown_items,
    excerpt_params,
    set_figures,
    tally,
)

# What the rules do not read as the excerpt's reader does, by excerpt.
MISSING: dict[str, str] = {}


@pytest.mark.parametrize(
    "case",
    excerpt_params(CASES, MISSING),
)
def test_the_items_of_each_excerpt_are_found_with_their_themes(case: Case) -> None:
    assert tally(case, _markdown(case)).wrong == []


def test_the_set_keeps_its_figures() -> None:
    scores, t = set_figures(CASES)
    assert scores == dict.fromkeys(TYPES, 1.0)
    assert t.links == 44 and t.links_right == 44  # at 192c09a: 24 of 31 (without the last three)
    assert t.not_items == 0


def test_the_agencies_of_a_closing_tag_carry_out_the_measure() -> None:
    case = next(c for c in CASES if c.name == "jikko_keikaku_tanto_tags")
    ex = extract(read_string(case.text, suffix=".md"), DATE, use_parser=False)
    actors = {
        i.label[:7]: sorted({a.mention.text for a in i.agency_links if a.role == "actor"})
        for i in ex.items
        if i.cls == "Measure"
    }
    assert actors == {
        "地方空港におけ": ["国土交通省"],
        "広域周遊ルート": ["観光庁", "農林水産省"],
        "宿泊施設の多言": ["観光庁"],
        "文化財の解説文": ["文化庁"],
    }


# Word keeps 「3.」 as the numbering of a list entry, not as text: 「推進体制」 heads no section, and the
# text under it stands in the last (b) topic, whose entries are then no list of actions alone.
WORD_MISSING = {
    "kenkyu_kaihatsu_latin_topics_field_lines": "Word: a numbered entry heads no section",
    **MISSING,
}


@pytest.mark.parametrize(
    "case",
    excerpt_params(CASES, WORD_MISSING),
)
def test_the_word_version_gives_the_same_items(case: Case, tmp_path: Path) -> None:
    assert_word_gives_the_markdown_items(case, tmp_path)
