"""Goals, themes, issues and measures found by cue (kg.extract.outline) in documents of common layouts.

The documents here are short Markdown texts written for these tests in the
shapes policy documents use; the expected items are read off the texts.
"""

from __future__ import annotations

import datetime as dt

import pytest
from rdflib import RDF, Graph, URIRef

from kg.extract.extraction import Extraction, extract
from kg.extract.outline_lines import relined
from kg.rdf import iris
from kg.rdf.items import item_triples
from kg.rdf.namespaces import POL
from kg.rdf.triples import DocumentMeta
from kg.read import read_string

DATE = dt.date(2024, 4, 1)

GUIDE = """\
# データ活用ガイドブック

## 目次

- [1. はじめに](#1-はじめに)
- [2. 重点テーマ](#2-重点テーマ)

## 改訂履歴

| 版 | 日付 | 内容 |
|---|---|---|
| 1.0 | 2024年4月1日 | 初版（課題を追加） |

## 1. はじめに

本ガイドブックは、行政機関のデータ活用を進めることを目的として策定しました。

### 1.1. 課題

* 利用者が感じる課題
  * データを見つけられない
  * 更新頻度がわからない
* 公開手順が煩雑である

### 1.2. 実施手順

手順に沿って進めます。

## 2. 重点テーマ

### 2.1. データ連携

連携には多くの課題があります。

<u>よくある課題</u>

* 様式がばらばらである
* コードが統一されていない

### 2.2. 人材育成

各府省が人材の確保を進めることを目指します。

## 3. 今後の方向性

### 3.1. 共通基盤の整備

### 3.2. 研修の拡充
"""

PURPOSE = "本ガイドブックは、行政機関のデータ活用を進めることを目的として策定しました。"
AIM = "各府省が人材の確保を進めることを目指します。"

TABLE = """\
# 重点テーマと目指す姿

## 1. テーマ別の取組

| 重点テーマ | 目指す姿 | よくある課題 | 具体的施策 | 担当府省 | スケジュール |
|---|---|---|---|---|---|
| 行政手続 | 手続がオンライン完結 | ・添付書類が多い ・窓口が複数 | 書類の削減 | デジタル庁 | 2025年度 |
| 教育 | 学習データが活用される | 端末の更新が遅い | ・端末の計画更新 ・研修の実施 | 文部科学省 | 2026年度 |
"""


def at(text: str, line: str) -> int:
    """The 1-based line of ``text`` that is ``line`` (the expectations name lines by their text)."""
    return text.splitlines().index(line) + 1


def _found(text: str) -> Extraction:
    return extract(read_string(text, suffix=".md"), DATE, use_parser=False)


def _items(ex: Extraction, cls: str) -> list[tuple[int, str]]:
    return [(i.line, i.label) for i in ex.items if i.cls == cls]


@pytest.fixture(scope="module")
def guide() -> Extraction:
    return _found(GUIDE)


@pytest.fixture(scope="module")
def table() -> Extraction:
    return _found(TABLE)


def test_the_generic_profile_reads_the_guide(guide: Extraction) -> None:
    assert guide.profile is not None
    assert guide.profile.profile.name == "generic"
    assert "generic" in guide.profile.reason


def test_themes_are_the_numbered_children_of_a_theme_heading(guide: Extraction) -> None:
    assert _items(guide, "Theme") == [
        (at(GUIDE, "### 2.1. データ連携"), "データ連携"),
        (at(GUIDE, "### 2.2. 人材育成"), "人材育成"),
    ]
    assert [i.number for i in guide.of("Theme")] == ["2.1", "2.2"]


def test_issues_under_an_issue_heading_and_a_label_not_their_group_labels(guide: Extraction) -> None:
    assert _items(guide, "Issue") == [
        (at(GUIDE, "  * データを見つけられない"), "データを見つけられない"),
        (at(GUIDE, "  * 更新頻度がわからない"), "更新頻度がわからない"),
        (at(GUIDE, "* 公開手順が煩雑である"), "公開手順が煩雑である"),
        (at(GUIDE, "* 様式がばらばらである"), "様式がばらばらである"),
        (at(GUIDE, "* コードが統一されていない"), "コードが統一されていない"),
    ]


def test_goals_from_the_purpose_sentence_and_an_aim(guide: Extraction) -> None:
    assert _items(guide, "Goal") == [
        (at(GUIDE, PURPOSE), "本ガイドブックは、行政機関のデータ活用を進めることを目的として策定しました。"),
        (at(GUIDE, AIM), "各府省が人材の確保を進めることを目指します。"),
    ]


def test_measures_are_the_sub_headings_of_a_direction_heading(guide: Extraction) -> None:
    assert _items(guide, "Measure") == [
        (at(GUIDE, "### 3.1. 共通基盤の整備"), "共通基盤の整備"),
        (at(GUIDE, "### 3.2. 研修の拡充"), "研修の拡充"),
    ]


def test_items_under_a_theme_heading_are_part_of_it(guide: Extraction) -> None:
    theme = {t.key: t.label for t in guide.of("Theme")}
    linked = {i.label: (theme[i.theme], i.theme_basis) for i in guide.items if i.theme}
    assert linked == {
        "様式がばらばらである": ("データ連携", "heading"),
        "コードが統一されていない": ("データ連携", "heading"),
        "各府省が人材の確保を進めることを目指します。": ("人材育成", "heading"),
    }


@pytest.mark.parametrize("text", ["目次", "改訂履歴", "はじめに", "実施手順", "1. はじめに", "課題", "初版"])
def test_navigation_procedure_and_contents_lines_are_no_items(guide: Extraction, text: str) -> None:
    assert not [i for i in guide.items if text in i.label and len(i.label) <= len(text) + 6]


def test_table_rows_give_items_per_bullet_with_their_theme(table: Extraction) -> None:
    assert [i.label for i in table.of("Theme")] == ["行政手続", "教育"]
    assert [i.label for i in table.of("Goal")] == ["手続がオンライン完結", "学習データが活用される"]
    assert [i.label for i in table.of("Issue")] == [
        "添付書類が多い",
        "窓口が複数",
        "端末の更新が遅い",
    ]
    assert [i.label for i in table.of("Measure")] == ["書類の削減", "端末の計画更新", "研修の実施"]
    themes = {t.key: t.label for t in table.of("Theme")}
    assert {i.label: themes[i.theme or ""] for i in table.items if i.cls == "Measure"} == {
        "書類の削減": "行政手続",
        "端末の計画更新": "教育",
        "研修の実施": "教育",
    }
    assert all(i.theme_basis == "table_row" for i in table.items if i.cls != "Theme")


def test_a_measure_in_a_row_addresses_the_row_issue_and_contributes_to_its_goal(table: Extraction) -> None:
    issues = {i.key: i.label for i in table.of("Issue")}
    goals = {i.key: i.label for i in table.of("Goal")}
    measure = next(i for i in table.of("Measure") if i.label == "研修の実施")
    assert issues[measure.issue or ""] == "端末の更新が遅い"
    assert measure.issue_basis == "table_row"
    assert goals[measure.goal or ""] == "学習データが活用される"


def test_every_item_keeps_its_exact_span(guide: Extraction, table: Extraction) -> None:
    for ex in (guide, table):
        for item in ex.items:
            if item.cls in ("Goal", "Theme", "Issue", "Measure"):
                assert item.label in ex.doc.text[item.start : item.end] or ex.doc.text[
                    item.start : item.end
                ].endswith(item.label)
                assert ex.doc.line_of(item.start) == item.line


def _graph(ex: Extraction) -> tuple[Graph, str]:
    meta = DocumentMeta("guide", "t", None, DATE, None, None, "guide.md", "0")
    g = Graph()
    item_triples(g, meta, ex.doc, ex, {})
    return g, "guide"


def test_a_rows_owner_and_schedule_cells_are_its_measures_agency_and_date(table: Extraction) -> None:
    measure = next(i for i in table.of("Measure") if i.label == "書類の削減")
    assert [(a.mention.text, a.role) for a in measure.agency_links] == [("デジタル庁", "actor")]
    assert [d.text for d in measure.dates] == ["2025年度"]
    assert [d.fiscal_year for d in measure.dates] == [2025]


def test_a_measure_beside_several_issues_addresses_none_of_them(table: Extraction) -> None:
    """Row 行政手続 lists two issues: the text does not say which one 書類の削減 addresses."""
    measure = next(i for i in table.of("Measure") if i.label == "書類の削減")
    assert measure.issue is None


def test_links_carry_their_basis_in_the_graph(table: Extraction) -> None:
    g, doc_id = _graph(table)
    measure = next(i for i in table.of("Measure") if i.label == "研修の実施")
    node = URIRef(str(iris.in_document(doc_id, "measure", measure.key)))
    theme = iris.theme(doc_id, measure.theme or "")
    assert (node, POL.partOfTheme, theme) in g
    bases = {(g.value(s, RDF.predicate), g.value(s, POL.linkBasis)) for s in g.subjects(RDF.subject, node)}
    assert (POL.partOfTheme, POL.ViaTableRow) in bases
    assert (POL.addressesIssue, POL.ViaTableRow) in bases
    assert (POL.contributesToGoal, POL.ViaTableRow) in bases


def test_heading_links_are_via_heading(guide: Extraction) -> None:
    g, doc_id = _graph(guide)
    issue = next(i for i in guide.of("Issue") if i.label == "様式がばらばらである")
    node = iris.in_document(doc_id, "issue", issue.key)
    statement = next(g.subjects(RDF.subject, node))
    assert g.value(statement, POL.linkBasis) == POL.ViaHeading


PARTS = (
    "II 33の課題を解決するための取組方針\n\n2. マイナンバーの利活用の促進\n\n"
    "2.3 金融：公金受取口座の在り方の検討\n\n- ・ 口座登録の促進\n"
)


def test_roman_parts_numbered_issues_are_read_once_by_the_generic_profile() -> None:
    """Ⅰ/Ⅱ parts are a heading scheme of their own: the part naming 課題 numbers themes and issues."""
    ex = extract(read_string(PARTS, suffix=".txt"), DATE, use_parser=False)
    assert ex.profile is not None and ex.profile.profile.name == "generic"
    assert [(i.number, i.label) for i in ex.of("Theme")] == [("2", "マイナンバーの利活用の促進")]
    assert [(i.number, i.label) for i in ex.of("Issue")] == [("2.3", "金融：公金受取口座の在り方の検討")]
    assert [(i.issue, i.label) for i in ex.of("Measure")] == [("2.3", "口座登録の促進")]
    assert not ex.of("Goal")


PLAN = """\
デジタル推進計画

第1 基本方針

1 重点テーマ

（１）行政手続のオンライン化

【課題】
・添付書類が多い

【具体的施策】
① 書類の削減
② 窓口の一本化

（２）人材の育成

ア 研修の実施

第2 推進体制
"""


def test_a_plan_in_plain_text_with_chapter_and_parenthesised_headings() -> None:
    ex = extract(read_string(PLAN, suffix=".txt"), DATE, use_parser=False)
    assert [(s.number, s.title, s.level) for s in ex.doc.sections] == [
        ("第1", "基本方針", 1),
        ("1", "重点テーマ", 2),
        ("（１）", "行政手続のオンライン化", 4),
        ("（２）", "人材の育成", 4),
        ("第2", "推進体制", 1),
    ]
    # The inner theme heading (重点テーマ) names the themes, not the chapter (基本方針) over it.
    assert [(i.number, i.label) for i in ex.of("Theme")] == [
        ("1", "行政手続のオンライン化"),
        ("2", "人材の育成"),
    ]
    themes = {t.key: t.label for t in ex.of("Theme")}
    issues = {i.key: i.label for i in ex.of("Issue")}
    assert [(i.label, themes[i.theme or ""]) for i in ex.of("Issue")] == [
        ("添付書類が多い", "行政手続のオンライン化")
    ]
    # (2)'s one ア line names an action as its sibling's entries do: the measure of its theme
    assert [(i.label, issues.get(i.issue or ""), i.issue_basis) for i in ex.of("Measure")] == [
        ("書類の削減", "添付書類が多い", "heading"),
        ("窓口の一本化", "添付書類が多い", "heading"),
        ("研修の実施", None, None),
    ]
    assert themes[ex.of("Measure")[-1].theme or ""] == "人材の育成"
    assert [b.number for b in ex.doc.blocks if b.text == "研修の実施"] == ["ア"]


THEMED = """\
# 推進ガイド

## 2. 重点テーマ

### 2.1. 行政手続

### 2.2. 教育

## 3. テーマ別の目指す姿

| 重点テーマ | 目指す姿 |
|---|---|
| 行政手続 | 手続がオンライン完結 |
| 防災 | 避難情報が届く |

## 4. よくある課題

以下に課題の例を示します。

| No | 内容 | 補足 |
|---|---|---|
| 1 | 様式がばらばらである | 各府省 |
| 2 | 窓口が複数ある | 自治体 |

## 5. 成果指標

* オンライン利用率を2025年度までに8割とする
"""


@pytest.fixture(scope="module")
def themed() -> Extraction:
    return _found(THEMED)


def test_a_tables_theme_cell_links_to_the_theme_heading_of_that_name(themed: Extraction) -> None:
    themes = {t.key: t.label for t in themed.of("Theme")}
    assert sorted(themes.values()) == ["教育", "行政手続"]  # 防災 names no theme heading: no new theme
    goals = {g.label: (themes.get(g.theme or ""), g.theme_basis) for g in themed.of("Goal")}
    assert goals == {"手続がオンライン完結": ("行政手続", "table_row"), "避難情報が届く": (None, None)}


def test_a_label_over_a_table_makes_its_rows_items(themed: Extraction) -> None:
    assert [(i.line, i.label) for i in themed.of("Issue")] == [
        (at(THEMED, "| 1 | 様式がばらばらである | 各府省 |"), "様式がばらばらである"),
        (at(THEMED, "| 2 | 窓口が複数ある | 自治体 |"), "窓口が複数ある"),
    ]


def test_bullets_under_a_kpi_heading_are_targets_with_their_value(themed: Extraction) -> None:
    assert [(i.label, i.value, i.unit) for i in themed.of("Target")] == [
        ("オンライン利用率を2025年度までに8割とする", 80.0, "percent")
    ]


FRAMEWORK = """\
# 行政データ連携フレームワーク（GDX） 概要編

## 1. 考え方

行政データ連携フレームワーク（GDX：DX）は、誰もがデータを使える社会を目指しています。

諸外国の取り組みは、データの自由な流通を目指しています。

GDXは、全ての手続でデータを再利用できることを目標としていますが、整備は段階的に進めます。

GDXの利用者は、業務の効率化を目的としています。

本書では用語を統一することを目的としていません。
"""


def test_a_sentence_whose_topic_is_the_documents_subject_states_a_goal() -> None:
    # The title names the subject (行政データ連携フレームワーク, GDX); other countries'
    # efforts and the framework's users are other topics.
    ex = _found(FRAMEWORK)
    assert _items(ex, "Goal") == [
        (5, "行政データ連携フレームワーク（GDX：DX）は、誰もがデータを使える社会を目指しています。"),
        (9, "GDXは、全ての手続でデータを再利用できることを目標としていますが、整備は段階的に進めます。"),
    ]
    assert all(g.overall for g in ex.items if g.cls == "Goal")


STATED_ISSUES = """\
# 連携の手引き

## 1. 現状

連携の仕組みは整いつつあります。安全な認証の確保は重要な課題です。

組織の体制づくりは今後の検討課題です。

以下に示すのは次の課題です。

古い様式が残っているのは、利用者にとってなおさら難しい問題です。

問題ありません。
"""


def test_a_sentence_that_calls_its_topic_an_issue_is_one() -> None:
    # Sentences ending 「…は重要な課題です」 / 「…が…難しい問題です」 state an issue;
    # 「次の課題です」 points at a list and 「問題ありません」 denies one.
    ex = _found(STATED_ISSUES)
    assert _items(ex, "Issue") == [
        (5, "安全な認証の確保は重要な課題です。"),
        (7, "組織の体制づくりは今後の検討課題です。"),
        (11, "古い様式が残っているのは、利用者にとってなおさら難しい問題です。"),
    ]


# An outline written without heading marks: the lines a Markdown reader joins into paragraphs.
PLAIN_OUTLINE = """\
# 行財政改革の基本方針

1 目的
市民サービスの質を維持・向上させることを目的とする。

2 基本方針
(1) 業務の効率化
　ア 定型業務へのRPA導入を進める。
(2) 財源の確保
【課題】
- 未利用地が多い。
"""


def test_a_plain_outline_in_paragraphs_is_read_as_its_headings_with_exact_spans() -> None:
    doc = read_string(PLAIN_OUTLINE, suffix=".md")
    result = relined(doc, lambda line: line == "【課題】")
    assert result is not None
    lined, origin = result
    assert lined.text == doc.text
    assert all(lined.text[b.start : b.end] == b.text for b in lined.blocks)
    titles = [s.title for s in lined.sections]
    assert titles == ["行財政改革の基本方針", "目的", "基本方針", "業務の効率化", "財源の確保"]
    parents = {s.title: lined.sections[s.parent].title for s in lined.sections if s.parent is not None}
    assert parents["業務の効率化"] == "基本方針" and parents["基本方針"] == "行財政改革の基本方針"
    assert set(origin) == {0}  # every new section stands in the document's one section
    entry = next(b for b in lined.blocks if b.text == "定型業務へのRPA導入を進める。")
    assert entry.line == 8
    ex = extract(doc, DATE, use_parser=False)
    got = {(i.cls, i.label, i.line) for i in ex.items if i.cls in ("Goal", "Theme", "Measure", "Issue")}
    assert ("Theme", "業務の効率化", 7) in got
    assert ("Measure", "定型業務へのRPA導入を進める。", 8) in got
    assert ("Issue", "未利用地が多い。", 11) in got


def test_a_document_without_plain_outlines_is_left_as_read() -> None:
    doc = read_string("# 手引き\n\n## 1. 目的\n\n本書は手順を示す。\n次の行に続く文です。\n", suffix=".md")
    assert relined(doc, lambda line: False) is None
