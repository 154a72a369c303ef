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

from kg.extract.evaluate import norm
from kg.extract.extraction import Extraction, extract
from kg.read import read_document, read_string
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
    shapes_cases_excerpts13,
    shapes_cases_excerpts14,
    shapes_cases_excerpts15,
    shapes_cases_excerpts16,
    shapes_cases_gen19a,
    shapes_cases_gen19b,
    shapes_cases_gen19c,
    shapes_cases_gen19d,
    shapes_cases_gen19e,
    shapes_cases_gen20a,
    shapes_cases_gen20b,
    shapes_cases_heads20a,
    shapes_cases_issues20,
    shapes_cases_measures20,
    shapes_cases_themes19f,
    shapes_cases_themes20c,
)
from tests.kg.extract.shapes_cases import Case
from tests.kg.extract.test_shapes import (
    DATE,
    TYPES,
    _markdown,
    _word,
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
    "noshinkeikaku_plain_indented_sentences": "one indented sentence under a heading read as its explanation",
}
# Word writes the contents' 「2. 非常時優先業務」 as a numbered entry: the line the excerpt names by its
# heading's mark is then found by its text alone, the contents line (the item stands on the heading's)
WORD_MISSING10 = MISSING10 | {
    "gyomu_keizoku_keikaku_contents_and_review": "Word: the heading's line named by the contents line"
}

MISSING11 = {
    # a field heading's value (「１．政策の名称」 over 「…事業」) is not read as the item its cue names
    "seisaku_hyoka_problems_as_cases_and_forecasts": "the 政策の名称 field's value not read as a measure",
}

MISSING12 = {
    # a statement under a 現状と課題 label whose predicate names no problem by its words (a count):
    # the reader takes it for an issue
    "gan_taisaku_pillars_quoted_in_a_sentence_sections_with_labels": "「…が二つある」 read as a fact",
}

MISSING15 = {
    "shika_koku_unnumbered_topic_headings": "「…が県平均を上回っている」 read as a fact",
}

MISSING16 = {
    "bunkazai_goal_direction_measure_table_merged_down": "its 「…に関する措置」 chapter read as a theme",
}
# Word drops the spaces before a last branch (「　　└ (1) …」 under 「└ 3　…」) that give its depth
WORD_MISSING16 = MISSING16 | {"kodomo_hinkon_drawn_tree_of_measures": "Word: a branch's depth by spaces lost"}

MISSING_GEN19B: dict[str, str] = {}

# Word writes the excerpt's tables as tables: a row named by its Markdown text (「家庭部門 |」) is on no line
WORD_MISSING_GEN19B = MISSING_GEN19B | {
    "energy_vision_diamond_goals_over_circle_actions_and_project_table": "Word: a table row named by its "
    "Markdown text",
    "zaisei_kenzenka_paren_headings_over_numbered_item_tables_with_effects": "Word: a table row named by its "
    "Markdown text",
}

MISSING_GEN19A = {
    # a comparison under a 【現状・課題】 label (「…は全国平均を上回っている」) names no problem by its
    # words: read as a fact, as in the sets before (MISSING12, MISSING15)
    "gan_taisaku_field_headings_paren_sections_labels": "「…が全国平均を上回っている」 read as a fact",
}

MISSING_GEN19C = {
    # a 利用区分 (「(1) 農用地」) under a 「基本方向」 line, over one sentence of its direction: no item read
    "kokudo_riyo_plain_kanji_numbered_parts_area_table_and_measure_topics": "「(1) 農用地」 over a direction "
    "sentence read as no theme and no measure",
}
# Word keeps a line a paragraph: a lone coded line under its heading (「2-1　譲渡の推進」 under 「柱2」, one
# in its section) is then read as text, not as the heading of the ○ lines after it
WORD_MISSING_GEN19C = MISSING_GEN19C | {
    # a contents line named by its Markdown list marker (「- 第1章　…」)
    "gyakutai_boshi_goal_headings_paren_topics_with_labels_and_circled_actions": "Word: a contents line "
    "named by its Markdown marker",
    "dobutsu_aigo_coded_pillar_headings_circle_actions_and_indicator_table": "Word: a lone coded line read "
    "as text",
    # a line a paragraph: 「■…」 lines count as headings only over a sentence there (over a line of figures
    # or entries they may name an entry of their own), and two of the excerpt's are
    "yuki_taisaku_plain_square_headings_circled_lines_and_glossary": "Word: 「■計画の目的」 read as no "
    "heading",
}

MISSING_GEN19D = {
    # a heading joining 目的 to another part (「計画の目的と期間」) names no goals: its 「…を目的とする。」
    # sentence, with no 本計画は of its own, is read as no goal
    "shiei_jutaku_numbered_issue_list_paren_headings_and_project_table": "a 「…を目的とする。」 sentence "
    "under 「計画の目的と期間」 read as no goal",
    # plain 「1　…」 lines under a Ⅳ part over 【取組】 labels and ① lines: the lines head nothing
    "jinzai_ikusei_plain_roman_parts_listed_staff_image_labels_and_course_table": "plain 「1　…」 lines over "
    "【取組】 labels read as no themes",
}

# Word writes the plain 「1.」 lines as a numbered list's entries (List Number), the 「1.1」 lines as
# paragraphs: the two levels of one outline are no longer one scheme
WORD_MISSING_GEN19D = MISSING_GEN19D | {
    "taishin_kaishu_plain_decimal_lines_goal_label_circled_issues_and_actions": "Word: 「1.」 lines as a "
    "numbered list apart from the 「1.1」 lines",
}

MISSING_GEN19E: dict[str, str] = {}
# Word: coded entries under a 「◆…」 label beside one of issues (「1-1　…の支給」) keep their codes in
# their labels; the glossary's 「- 促進区域：」 line is written as no list entry
WORD_MISSING_GEN19E = MISSING_GEN19E | {
    "bohan_machizukuri_direction_headings_diamond_labels_circled_issues_coded_measures": "Word: coded "
    "entries keep their codes in their labels",
    "saiene_target_label_figure_table_coded_bullets_and_a_heading_explained_by_prose": "Word: the "
    "glossary's 「- 促進区域：」 line is no list entry",
}

MISSING_HEADS20A: dict[str, str] = {}
# Word writes the form's 「(n) …」 lines as a numbered list's entries: 「(3) 将来の在り方」 after the ・
# issues of 「(2) 集落の課題」 is then read as one more of them
WORD_MISSING_HEADS20A = MISSING_HEADS20A | {
    # and the 「(1) 捕獲に関する方針」 lines over ・ lines, as list entries, as the themes of those lines
    "chojuhigai_boshi_form_paren_labels_naming_kinds_over_bullets": "Word: a (n) line read as the theme of "
    "the ・ lines under it",
    "shuraku_einou_form_future_state_part_over_paren_labels": "Word: a (n) line read as an entry of the "
    "list before it",
}

MISSING_GEN20A: dict[str, str] = {}
FLOORS_GEN20A = ALL_RIGHT
MISSING_THEMES20C = {
    # the older reading of a 現状と課題 list's topics (「（１）貸出サービス」: a topic of the list, no theme)
    # meets the container rule here: which one governs 「…の現状と課題」 over (1) sub-headings is open
    "chiiki_kokyo_kotsu_genjo_to_kadai_chapter_over_paren_sub_headings_with_issues": "「(1) …」 "
    "sub-headings of a 「…の現状と課題」 chapter read as topics of its issue list, no themes; a fact "
    "「…離れている。」 no issue",
}
FLOORS_THEMES20C = {"Goal": 1.0, "Theme": 0.92, "Issue": 0.86, "Measure": 1.0}
MISSING_GEN20B = {
    # a count in a 現状と課題 column (「・昨年度の転倒は86件であった」): the readers of the other sets take
    # every entry of such a column for an issue, comparisons too (excerpts14), so no rule tells it apart
    "iryo_anzen_status_and_issue_column_holding_a_count_beside_a_problem": "a count in a 現状と課題 "
    "column read as an issue",
    # a プロジェクト column alone naming the rows' measures: over a 取組内容 column the readers of gen19b
    # take it for the rows' theme, so the word alone does not say which
    "suiso_roadmap_bracketed_codes_and_basis_column_under_paren_field_headings": "a プロジェクト column "
    "alone read as no measures",
}
FLOORS_GEN20B = {"Goal": 1.0, "Theme": 0.96, "Issue": 0.98, "Measure": 0.98}

# Per type: the F1 the set reaches, where it is not 1.0 for every type.
FLOORS5 = {"Goal": 1.0, "Theme": 0.95, "Issue": 0.96, "Measure": 0.94}
FLOORS6 = {"Goal": 1.0, "Theme": 0.99, "Issue": 1.0, "Measure": 0.99}
FLOORS10 = {"Goal": 1.0, "Theme": 0.98, "Issue": 1.0, "Measure": 1.0}
FLOORS11 = {"Goal": 1.0, "Theme": 1.0, "Issue": 1.0, "Measure": 0.97}
FLOORS12 = {"Goal": 1.0, "Theme": 1.0, "Issue": 0.98, "Measure": 1.0}
FLOORS15 = {"Goal": 1.0, "Theme": 1.0, "Issue": 0.8, "Measure": 1.0}
FLOORS16 = {"Goal": 1.0, "Theme": 0.97, "Issue": 1.0, "Measure": 1.0}
FLOORS_GEN19B = ALL_RIGHT
FLOORS_GEN19A = {"Goal": 1.0, "Theme": 1.0, "Issue": 0.95, "Measure": 1.0}
FLOORS_GEN19C = {"Goal": 1.0, "Theme": 0.96, "Issue": 1.0, "Measure": 0.98}
FLOORS_GEN19D = {"Goal": 0.96, "Theme": 0.95, "Issue": 1.0, "Measure": 1.0}

MISSING_ISSUES20 = {
    # measure headings the heading rules do not read (the issues of these excerpts are all found)
    "data_health_status_and_problems_prose_with_a_shortage_and_a_small_share": "「事業1　…」 headings under "
    "「保健事業」 read as no measures",
    "hyojunka_iko_risk_list_and_a_concern_sentence_beside_the_present": "「（1）…」 headings under "
    "「移行の進め方」 read as no measures",
    "chiseki_chosa_status_sentences_leading_to_what_is_required": "「（1）…」 headings under "
    "「調査の進め方」 read as no measures",
    "kenketsu_suishin_status_labels_with_a_fact_and_an_added_kadai_sentence": "「（1）…」 headings over "
    "bullets under 「献血推進の取組」 read as measures, their bullets as none",
    # a heading over a 強み／弱み table, holding the weaknesses read as issues, is read as their theme
    "byoin_keiei_kyoka_strength_weakness_table_and_directions": "the heading over a 強み／弱み table read as "
    "a theme",
}
FLOORS_ISSUES20 = {"Goal": 1.0, "Theme": 0.0, "Issue": 1.0, "Measure": 0.69}

# A set: its cases' module, F1 floors, links scored, links right; what the rules do not read yet.
SETS = [
    ExcerptSet.of(shapes_cases_excerpts3, ALL_RIGHT, 90, 90),
    ExcerptSet.of(shapes_cases_excerpts4, ALL_RIGHT, 28, 28, word={}),
    ExcerptSet.of(shapes_cases_excerpts5, FLOORS5, 95, 86, missing=MISSING5),
    ExcerptSet.of(shapes_cases_excerpts6, FLOORS6, 82, 82, word={}),
    ExcerptSet.of(shapes_cases_excerpts7, ALL_RIGHT, 44, 44, word=WORD_MISSING7),
    ExcerptSet.of(shapes_cases_excerpts8, ALL_RIGHT, 133, 133, word={}),
    ExcerptSet.of(shapes_cases_excerpts9, ALL_RIGHT, 39, 39, word={}),
    ExcerptSet.of(
        shapes_cases_excerpts10, FLOORS10, 117, 116, not_items=1, missing=MISSING10, word=WORD_MISSING10
    ),
    ExcerptSet.of(shapes_cases_excerpts11, FLOORS11, 20, 20, missing=MISSING11),
    ExcerptSet.of(shapes_cases_excerpts12, FLOORS12, 79, 78, missing=MISSING12, word=MISSING12),
    ExcerptSet.of(shapes_cases_excerpts13, ALL_RIGHT, 12, 12, word={}),
    ExcerptSet.of(shapes_cases_excerpts14, ALL_RIGHT, 39, 39, word={}),
    ExcerptSet.of(shapes_cases_excerpts15, FLOORS15, 23, 22, missing=MISSING15, word=MISSING15),
    ExcerptSet.of(
        shapes_cases_excerpts16, FLOORS16, 31, 31, not_items=1, missing=MISSING16, word=WORD_MISSING16
    ),
    ExcerptSet.of(
        shapes_cases_gen19b, FLOORS_GEN19B, 48, 48, missing=MISSING_GEN19B, word=WORD_MISSING_GEN19B
    ),
    ExcerptSet.of(shapes_cases_gen19a, FLOORS_GEN19A, 42, 41, missing=MISSING_GEN19A, word=MISSING_GEN19A),
    ExcerptSet.of(
        shapes_cases_gen19c, FLOORS_GEN19C, 48, 46, missing=MISSING_GEN19C, word=WORD_MISSING_GEN19C
    ),
    ExcerptSet.of(
        shapes_cases_gen19d, FLOORS_GEN19D, 58, 54, missing=MISSING_GEN19D, word=WORD_MISSING_GEN19D
    ),
    ExcerptSet.of(shapes_cases_gen19e, ALL_RIGHT, 62, 62, missing=MISSING_GEN19E, word=WORD_MISSING_GEN19E),
    ExcerptSet.of(shapes_cases_themes19f, ALL_RIGHT, 12, 12),
    ExcerptSet.of(shapes_cases_gen20a, FLOORS_GEN20A, 40, 40, missing=MISSING_GEN20A),
    ExcerptSet.of(
        shapes_cases_gen20b, FLOORS_GEN20B, 68, 65, not_items=0, missing=MISSING_GEN20B, word=MISSING_GEN20B
    ),
    ExcerptSet.of(
        shapes_cases_heads20a, ALL_RIGHT, 10, 10, missing=MISSING_HEADS20A, word=WORD_MISSING_HEADS20A
    ),
    ExcerptSet.of(shapes_cases_measures20, ALL_RIGHT, 10, 10, word={}),
    ExcerptSet.of(
        shapes_cases_issues20,
        FLOORS_ISSUES20,
        3,
        0,
        not_items=1,
        missing=MISSING_ISSUES20,
        word=MISSING_ISSUES20,
    ),
    ExcerptSet.of(
        shapes_cases_themes20c, FLOORS_THEMES20C, 26, 22, missing=MISSING_THEMES20C, word=MISSING_THEMES20C
    ),
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


@pytest.mark.parametrize(
    "case", shapes_cases_issues20.CASES, ids=[c.name for c in shapes_cases_issues20.CASES]
)
def test_the_issues_of_each_excerpt_of_issues_stated_in_every_way_are_read(case: Case) -> None:
    # the issues alone, also where another type of the excerpt is missing (MISSING_ISSUES20)
    found = sorted(norm(i.label) for i in _markdown(case).of("Issue"))
    assert found == sorted(norm(e.label) for e in case.items if e.cls == "Issue")


@pytest.mark.parametrize("name", sorted(shapes_cases_issues20.ADDRESSED))
def test_the_measures_under_an_issue_heading_address_it_not_the_sentence_under_it(name: str) -> None:
    case = next(c for c in shapes_cases_issues20.CASES if c.name == name)
    ex = _markdown(case)
    issues = {i.key: i.label for i in ex.of("Issue")}
    addressed = {i.label: issues.get(i.issue or "") for i in ex.of("Measure")}
    assert addressed == shapes_cases_issues20.ADDRESSED[name]


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


def _excerpt13(name: str) -> Extraction:
    case = next(c for c in shapes_cases_excerpts13.CASES if c.name == name)
    return extract(read_string(case.text, suffix=".md"), DATE, use_parser=False)


def _measures(ex: Extraction) -> dict[str, tuple[list[str], list[str]]]:
    """Each measure's dates and the agencies that carry it out."""
    return {
        i.label: (
            [d.text for d in i.dates],
            sorted({a.mention.text for a in i.agency_links if a.role == "actor"}),
        )
        for i in ex.of("Measure")
    }


def test_a_roadmap_row_gives_the_measure_it_restates_the_years_it_marks_and_its_owner() -> None:
    years = ["令和7年度", "令和8年度", "令和9年度"]
    assert _measures(_excerpt13("roadmap_year_columns_restate_headed_measures")) == {
        "オンデマンド交通の導入": (years, ["交通政策課"]),
        "バス位置情報の公開": (years, ["交通政策課"]),
        "河川水位センサーの設置": (years, ["河川課"]),
        "高齢者見守りサービスの拡充": (years[1:], ["高齢福祉課"]),
        "自動運転バスの実証": (years[2:], ["交通政策課"]),
    }


def test_a_roadmap_row_with_a_note_or_a_mark_restates_the_measure_it_names() -> None:
    both = ["令和7年度", "令和8年度"]
    assert _measures(_excerpt13("roadmap_rows_restating_measures_with_notes_and_marks")) == {
        "観光ポータルサイトの多言語化": (both, ["商工観光課"]),
        "周遊バスの運行": (both, ["商工観光課"]),
        "公衆無線LANの整備": (both[:1], ["総務課"]),
        "観光案内所の機能強化": (both[1:], ["商工観光課"]),
    }


def test_a_schedule_after_a_list_table_gives_its_periods_and_owners_to_the_listed_measures() -> None:
    assert _measures(_excerpt13("list_table_then_schedule_table_of_the_same_measures")) == {
        "避難所の生活環境の改善": (["令和6年度～令和8年度"], ["危機管理課"]),
        "個別避難計画の作成支援": (["令和6年度～令和10年度"], ["福祉政策課"]),
        "防災行政無線のデジタル化": (["令和7年度～令和9年度"], ["危機管理課"]),
        "防災アプリの配信": (["令和8年度"], ["情報政策課"]),
    }


def test_a_schedule_of_items_by_number_gives_years_and_owner_to_the_listed_measures() -> None:
    assert _measures(_excerpt13("numbered_list_then_items_schedule_of_years")) == {
        "保育所の定員拡大": (["2025年度", "2026年度", "2027年度"], ["こども課"]),
        "病児保育施設の開設": (["2025年度", "2026年度"], ["健康推進課"]),
        "子育て相談窓口の一元化": (["2026年度", "2027年度"], ["こども課"]),
    }


def test_start_and_end_columns_date_the_bracketed_measures() -> None:
    assert _measures(_excerpt13("bracketed_measure_numbers_then_start_and_end_columns")) == {
        "避難所の環境改善": (["令和6年度", "令和8年度"], []),
        "要配慮者の避難支援": (["令和6年度", "令和10年度"], []),
        "防災行政無線のデジタル化": (["令和7年度", "令和9年度"], []),
    }


def _laws(ex: Extraction) -> dict[str, list[str]]:
    return {i.label: [m.text for m in i.laws] for i in ex.of("Measure")}


def test_attribute_sub_bullets_are_the_measure_s_owner_law_dates_and_target() -> None:
    ex = _excerpt13("measures_with_attribute_sub_bullets")
    assert _measures(ex) == {
        "電子申請の対象手続の拡大": (["令和6年度～令和8年度"], ["情報政策課"]),
        "窓口でのキャッシュレス決済の導入": (["令和7年度"], ["市民課"]),
        "公共施設予約システムの更新": (["令和8年度"], ["施設管理課"]),
    }
    assert _laws(ex) == {
        "電子申請の対象手続の拡大": ["情報通信技術を活用した行政の推進等に関する法律"],
        "窓口でのキャッシュレス決済の導入": ["地方自治法"],
        "公共施設予約システムの更新": [],
    }
    assert [(i.label, i.value, i.unit) for i in ex.of("Target")] == [
        ("キャッシュレス決済の利用率50％", 50.0, "percent")
    ]


def test_attribute_lines_under_a_measure_heading_are_its_owner_law_and_dates() -> None:
    ex = _excerpt13("headed_measures_with_attribute_lines")
    assert _measures(ex) == {
        "公共施設への太陽光発電設備の設置": (["令和6年度～令和9年度"], ["環境政策課"]),
        "家庭用蓄電池の購入補助": (["令和7年度から"], ["産業振興課"]),
    }
    assert _laws(ex)["公共施設への太陽光発電設備の設置"] == ["地球温暖化対策の推進に関する法律"]


def test_every_owner_column_of_a_row_names_bodies_that_carry_its_measure_out() -> None:
    assert _measures(_excerpt13("measure_table_with_ministry_and_involved_columns")) == {
        "荷待ち時間の削減に向けた荷主への要請": (["2024年度"], ["国土交通省", "経済産業省", "農林水産省"]),
        "トラック運転者の賃上げに向けた標準的運賃の改定": (
            ["2024年度～2025年度"],
            ["公正取引委員会", "国土交通省"],
        ),
        "物流拠点の自動化設備への投資支援": (["2025年度"], ["国土交通省", "経済産業省"]),
    }


def test_two_measures_of_a_cell_joined_by_nakaguro_keep_each_its_law() -> None:
    assert _laws(_excerpt13("cell_of_two_measures_joined_by_nakaguro_each_with_its_law")) == {
        "貨物自動車運送事業法に基づく標準的運賃の見直し": ["貨物自動車運送事業法"],
        "流通業務総合効率化法による計画認定の拡大": ["流通業務総合効率化法"],
        "建設業法の改正に伴う工期の適正化": ["建設業法"],
        "公共工事の品質確保の促進に関する法律に基づく発注者への指導": [
            "公共工事の品質確保の促進に関する法律"
        ],
    }


def test_a_table_of_figures_and_an_indicator_s_lines_give_one_target_each_with_the_value_it_sets() -> None:
    targets = [
        (i.label, i.value, i.unit) for i in _excerpt13("tables_of_figures_and_indicator_lines").of("Target")
    ]
    assert sorted(targets) == [
        ("オンライン申請件数", 5000.0, "件"),
        ("市民満足度", 80.0, "percent"),
        ("窓口の平均待ち時間", 10.0, "分"),
        ("電子決裁率", 95.0, "percent"),
        ("電子申請の利用率", 60.0, "percent"),
    ]


def test_issue_numbers_closed_by_a_stop_or_a_colon_are_kept_without_it() -> None:
    ex = _excerpt13("issues_numbered_with_a_stop_or_a_colon")
    # the number alone (full-width 「２」 as 2), the counting word with it as written in the notation
    assert [(i.number, i.notation, i.label) for i in ex.of("Issue")] == [
        ("1", "課題1", "窓口の待ち時間が長い"),
        ("2", "課題2", "申請書の様式が部署ごとに異なる"),
        ("3", "課題3", "手数料の支払いが現金に限られている"),
        ("1", "課題1", "職員の窓口対応の負担が大きい"),
        ("2", "課題2", "案内表示が分かりにくい"),
    ]


def test_what_was_done_under_a_measure_and_a_status_column_report_on_the_measure() -> None:
    ex = _excerpt13("progress_report_lines_marks_and_status_column")
    measures = {i.key: i.label for i in ex.of("Measure")}
    updates: dict[str, list[str]] = {}
    for p in ex.of("ProgressUpdate"):
        updates.setdefault(measures.get(p.reports_on or "", "(none)"), []).append(p.label)
    assert updates == {
        "電子申請の拡大": [
            "令和5年度に子育て関係の15手続をオンライン化した。",
            "令和6年度に介護関係の8手続を追加した。",
            "実施済",
        ],
        "窓口のキャッシュレス化": ["本庁舎の窓口に決済端末を導入済", "完了"],
        "庁内ペーパーレス化": ["全ての部局でタブレット端末による会議を開始した。"],
        "公共施設のWi-Fi整備": ["未着手"],
    }


def _stated(ex: Extraction) -> tuple[object, ...]:
    """Each measure's dates, actors and laws; the progress updates; the targets with their values."""
    measures = {
        i.label: (
            sorted(d.text for d in i.dates),
            sorted({a.mention.text for a in i.agency_links if a.role == "actor"}),
            sorted(m.text for m in i.laws),
        )
        for i in ex.of("Measure")
    }
    targets = sorted((t.label, t.value, t.unit) for t in ex.of("Target"))
    return measures, sorted(p.label for p in ex.of("ProgressUpdate")), targets


@pytest.mark.parametrize("case", shapes_cases_excerpts13.CASES, ids=lambda c: c.name)
def test_the_word_version_states_the_same_owners_dates_laws_progress_and_values(
    case: Case, tmp_path: Path
) -> None:
    word = extract(read_document(_word(case, tmp_path / "excerpt.docx")), DATE, use_parser=False)
    assert _stated(word) == _stated(_markdown(case))


def test_issue_numbers_in_brackets_or_roman_numerals_are_kept_apart_from_the_label() -> None:
    ex = _excerpt13("issues_numbered_in_brackets_and_roman_numerals")
    # 「課題（1）」: the number without its brackets; 「課題Ⅳ」: the Roman numeral as ASCII letters
    assert [(i.number, i.notation, i.label) for i in ex.of("Issue")] == [
        ("1", "課題(1)", "窓口の待ち時間が長い"),
        ("2", "課題(2)", "申請書の記入項目が多い"),
        ("3", "課題3", "手数料の支払いが現金に限られている"),
        ("IV", "課題IV", "紙の決裁が残っている"),
        ("V", "課題V", "同じ情報を複数のシステムに入力している"),
    ]


def test_a_table_of_areas_gives_one_target_a_row_with_the_area_it_sets() -> None:
    text = """\
# あおば市緑の基本計画

## 第3章 緑の目標

| 項目 | 現況（令和5年） | 目標（令和17年） |
|---|---|---|
| 都市公園の面積 | 120ha | 150ha |
| 市民一人当たりの都市公園面積 | 8.5㎡/人 | 10.0㎡/人 |
"""
    ex = extract(read_string(text, suffix=".md"), DATE, use_parser=False)
    assert sorted((t.label, t.value, t.unit) for t in ex.of("Target")) == [
        ("市民一人当たりの都市公園面積", 10.0, "m2/人"),
        ("都市公園の面積", 150.0, "ha"),
    ]
    assert [i.label for i in ex.items if i.cls in ("Goal", "Theme")] == []
