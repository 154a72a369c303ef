"""The sets of excerpts (tests/kg/extract/shapes_cases_excerpts*.py), one line each in ``SETS``: each
excerpt's items, read from Markdown and, where the set says so, as Word; and the figures the set
gives as a whole.

Scored as in test_shapes.py by its ``tally``.  A set's figures are floors: the F1 per type, the
item → theme links read right (of the ``links`` the set scores, a count that does not move) and, as
a ceiling, the lines named as no item that are read as items.  A rule that stops reading one of the
shapes a set holds takes them below; each case module says which shapes those are and what the set
gave at first sight.  ``missing`` names the excerpts the rules do not read as the excerpt's reader
does, with the reason (strict expected failures); ``word`` the same for the Word versions (each
excerpt written as a user's word processor stores it: heading styles, list styles and levels, real
tables, giving the same items), or None where a set is read from Markdown alone.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType

import pytest

from kg.extract.extraction import extract
from kg.read import read_string
from tests.kg.extract import (
    shapes_cases_excerpts3,
    shapes_cases_excerpts4,
    shapes_cases_excerpts5,
    shapes_cases_excerpts6,
    shapes_cases_excerpts7,
    shapes_cases_excerpts8,
    shapes_cases_excerpts9,
    shapes_cases_excerpts10,
    shapes_cases_excerpts11,
    shapes_cases_excerpts12,
)
from tests.kg.extract.shapes_cases import Case
from tests.kg.extract.test_shapes import (
    DATE,
    TYPES,
    _markdown,
    assert_word_gives_the_markdown_items,
    excerpt_params,
    set_figures,
    tally,
)


@dataclass(frozen=True)
class ExcerptSet:
    """A set of excerpts, its floors, and what the rules do not read of it yet."""

    name: str
    cases: list[Case]
    floors: dict[str, float]  # F1 per type, at least
    links: int  # item → theme links the set scores
    links_right: int  # of them read right, at least
    not_items: int = 0  # lines named as no item read as items, at most
    missing: dict[str, str] = field(default_factory=dict)
    word: dict[str, str] | None = None

    @classmethod
    def of(
        cls,
        module: ModuleType,
        floors: dict[str, float],
        links: int,
        links_right: int,
        *,
        not_items: int = 0,
        missing: dict[str, str] | None = None,
        word: dict[str, str] | None = None,
    ) -> ExcerptSet:
        """The set of the cases of ``module`` (shapes_cases_excerptsN), named excerptsN."""
        name = module.__name__.rpartition("shapes_cases_")[2]
        return cls(name, module.CASES, floors, links, links_right, not_items, missing or {}, word)


ALL_RIGHT = dict.fromkeys(TYPES, 1.0)

MISSING5 = {
    # The project reads a leaf (1) heading over sentences as a measure and the sentences as its text
    # (test_shapes.py, shapes_cases_excerpts3.py); the reader here takes the heading for a theme and
    # each action sentence for a measure.  The project's reading is kept.
    "honebuto_chapter_prose": "a (1) heading over action sentences is a measure with its text, not a theme "
    "over measure sentences",
}

# Word keeps 「3.」 as the numbering of a list entry, not as text: 「推進体制」 heads no section, and the
# text under it stands in the last (b) topic, whose entries are then no list of actions alone.
WORD_MISSING7 = {"kenkyu_kaihatsu_latin_topics_field_lines": "Word: a numbered entry heads no section"}

MISSING10 = {
    # a reading of the set's own: the project reads the chapter as the theme of the topics below it
    "ritchi_tekiseika_plain_katakana_nesting": "the chapter 「誘導施策」 read as a theme over its topics",
    "gyomu_keizoku_keikaku_contents_and_review": "2.1 headings read as a manual's sections, no outline",
    "noshinkeikaku_plain_indented_sentences": "one indented sentence under a heading read as its explanation",
}

MISSING11 = {
    # a field heading's value (「１．政策の名称」 over 「…事業」) is not read as the item its cue names
    "seisaku_hyoka_problems_as_cases_and_forecasts": "the 政策の名称 field's value not read as a measure",
}

MISSING12 = {
    # statements under a 現状と課題 label whose predicate names no problem by its words (a difference,
    # a count, an action done in a state that is one): the reader takes them for issues
    "dokusho_suishin_plain_numbered_lines_over_labels": "「…によって大きく異なっている」 read as a fact",
    "gan_taisaku_pillars_quoted_in_a_sentence_sections_with_labels": "「…が二つある」 read as a fact",
    "saihan_boshi_section_headings_over_leaf_paren_measures": "「…できないまま出所している」 read as a fact",
}

# Per type: the F1 the set reaches, where it is not 1.0 for every type.
FLOORS5 = {"Goal": 1.0, "Theme": 0.95, "Issue": 0.96, "Measure": 0.94}
FLOORS6 = {"Goal": 1.0, "Theme": 0.99, "Issue": 1.0, "Measure": 0.99}
FLOORS10 = {"Goal": 1.0, "Theme": 0.96, "Issue": 1.0, "Measure": 0.98}
FLOORS11 = {"Goal": 1.0, "Theme": 1.0, "Issue": 1.0, "Measure": 0.97}
FLOORS12 = {"Goal": 1.0, "Theme": 1.0, "Issue": 0.93, "Measure": 1.0}

# A set: its cases' module, F1 floors, links scored, links right; what the rules do not read yet.
SETS = [
    ExcerptSet.of(shapes_cases_excerpts3, ALL_RIGHT, 77, 77),
    ExcerptSet.of(shapes_cases_excerpts4, ALL_RIGHT, 28, 28, word={}),
    ExcerptSet.of(shapes_cases_excerpts5, FLOORS5, 95, 86, missing=MISSING5),
    ExcerptSet.of(shapes_cases_excerpts6, FLOORS6, 78, 78, word={}),
    ExcerptSet.of(shapes_cases_excerpts7, ALL_RIGHT, 44, 44, word=WORD_MISSING7),
    ExcerptSet.of(shapes_cases_excerpts8, ALL_RIGHT, 134, 134, word={}),
    ExcerptSet.of(shapes_cases_excerpts9, ALL_RIGHT, 39, 39, word={}),
    ExcerptSet.of(
        shapes_cases_excerpts10, FLOORS10, 118, 113, not_items=1, missing=MISSING10, word=MISSING10
    ),
    ExcerptSet.of(shapes_cases_excerpts11, FLOORS11, 20, 20, missing=MISSING11),
    ExcerptSet.of(shapes_cases_excerpts12, FLOORS12, 79, 76, missing=MISSING12, word=MISSING12),
]


def _each_excerpt(*, word: bool) -> list[object]:
    """Every excerpt of every set (read as Word: of the sets that are), named by its set and its name."""
    params: list[object] = []
    for s in SETS:
        missing = s.word if word else s.missing
        if missing is not None:
            params += excerpt_params(s.cases, missing, prefix=f"{s.name}-")
    return params


@pytest.mark.parametrize("case", _each_excerpt(word=False))
def test_the_items_of_each_excerpt_are_found_with_their_themes(case: Case) -> None:
    assert tally(case, _markdown(case)).wrong == []


@pytest.mark.parametrize("excerpts", SETS, ids=[s.name for s in SETS])
def test_the_set_keeps_its_figures(excerpts: ExcerptSet) -> None:
    scores, t = set_figures(excerpts.cases)
    floors = excerpts.floors
    assert {cls: scores[cls] >= floors[cls] for cls in floors} == dict.fromkeys(floors, True), scores
    assert t.links == excerpts.links and t.links_right >= excerpts.links_right, (t.links, t.links_right)
    assert t.not_items <= excerpts.not_items, t.wrong


@pytest.mark.parametrize("case", _each_excerpt(word=True))
def test_the_word_version_gives_the_same_items(case: Case, tmp_path: Path) -> None:
    assert_word_gives_the_markdown_items(case, tmp_path)


def test_the_agencies_of_a_closing_tag_carry_out_the_measure() -> None:
    case = next(c for c in shapes_cases_excerpts7.CASES if c.name == "jikko_keikaku_tanto_tags")
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


def test_a_kpi_table_gives_one_target_a_row_named_by_its_indicator() -> None:
    text = """\
# 湖北町 情報化推進計画

## 第5章 成果指標

| 指標 | 現状値（令和5年度） | 目標値（令和10年度） |
|---|---|---|
| 電子申請できる手続の数 | 40手続 | 200手続 |
| 窓口の平均待ち時間 | 25分 | 10分 |
"""
    ex = extract(read_string(text, suffix=".md"), DATE, use_parser=False)
    assert {i.label for i in ex.items if i.cls == "Target"} == {
        "電子申請できる手続の数",
        "窓口の平均待ち時間",
    }


_RESTATED = """\
# 湖北町 情報化推進計画

## 第3章 施策

### 施策1　証明書のコンビニ交付

コンビニエンスストアでの交付を始めます。

### 施策2　庁内データ連携基盤の構築

住民情報を一元的に参照できる基盤を整えます。

## 第4章 施策一覧

| 施策番号 | 施策名 | 担当課 | 実施時期 |
|---|---|---|---|
| 1 | 証明書のコンビニ交付 | 住民課 | 令和6年度 |
| 2 | 庁内データ連携基盤の構築 | 企画課 | 令和7年度～令和8年度 |

KPI：電子申請できる手続の数を令和10年度までに200手続とする。
"""


def test_a_measure_restated_in_a_list_table_is_one_item_with_the_row_s_dates() -> None:
    ex = extract(read_string(_RESTATED, suffix=".md"), DATE, use_parser=False)
    measures = {i.label: [d.text for d in i.dates] for i in ex.items if i.cls == "Measure"}
    assert measures == {
        "証明書のコンビニ交付": ["令和6年度"],
        "庁内データ連携基盤の構築": ["令和7年度～令和8年度"],
    }


def test_a_kpi_sentence_is_a_target() -> None:
    ex = extract(read_string(_RESTATED, suffix=".md"), DATE, use_parser=False)
    assert [i.label for i in ex.items if i.cls == "Target"] == [
        "電子申請できる手続の数を令和10年度までに200手続とする。"
    ]
