"""Measures in tables and in bullets tagged with their owner: items, themes and links, Markdown and Word.

The excerpts (tests/kg/extract/shapes_cases_tables.py) were written for these tests with their items
read off them; they are scored as in test_shapes.py by its ``tally``, as Markdown and as Word files,
and the Word file gives the items the Markdown gives.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.extract.extraction import extract
from kg.read import read_string
from tests.kg.extract.shapes_cases import Case
from tests.kg.extract.shapes_cases_tables import TABLE_SET
from tests.kg.extract.test_shapes import DATE, _markdown, assert_word_gives_the_markdown_items, tally


@pytest.mark.parametrize("case", TABLE_SET, ids=[c.name for c in TABLE_SET])
def test_the_items_of_each_table_shape_are_found_with_their_themes(case: Case) -> None:
    assert tally(case, _markdown(case)).wrong == []


@pytest.mark.parametrize("case", TABLE_SET, ids=[c.name for c in TABLE_SET])
def test_the_word_version_of_each_table_shape_gives_the_same_items(case: Case, tmp_path: Path) -> None:
    assert_word_gives_the_markdown_items(case, tmp_path)


def _items(text: str) -> list[tuple[str, str, str | None]]:
    ex = extract(read_string(text, suffix=".md"), DATE, use_parser=False)
    labels = {i.key: i.label for i in ex.items if i.cls == "Theme"}
    return [(i.cls, i.label, labels.get(i.theme) if i.theme else None) for i in ex.items if i.cls != "Target"]


def test_a_measure_heading_over_a_table_without_owner_or_dates_stays_a_measure() -> None:
    # 「重点取組1」 over rows naming only what is done and its aim: the rows are its parts, no theme
    text = """\
# 計画

## 3　重点取組

### 重点取組1　窓口の改善

| 取組項目 | 内容 |
|---|---|
| 予約制の導入 | 窓口の予約を受け付ける。 |
| 案内表示の改善 | 案内板を分かりやすくする。 |
"""
    found = _items(text)
    assert ("Measure", "窓口の改善", None) in found
    assert all(cls != "Theme" for cls, _, _ in found)


def test_a_cell_of_sentences_joined_by_commas_is_one_item() -> None:
    text = """\
# 計画

| 基本方針 | 主な取組 |
|---|---|
| 1 水辺を守る | 市、県及び漁協が連携し、川の清掃を行う |
"""
    assert ("Measure", "市、県及び漁協が連携し、川の清掃を行う", "水辺を守る") in _items(text)


def test_tagged_bullets_address_the_issue_stated_above_them_and_name_their_owner() -> None:
    text = """\
# 計画

## 1　手続の電子化

### 1.1　申請の電子化

課題：紙の申請書が多く、審査に時間がかかっている。（関連目標：目標1）

- 申請書様式の電子化（担当：総務課、根拠：行政手続法）
- 電子申請システムの改修（担当：情報政策課）
"""
    ex = extract(read_string(text, suffix=".md"), DATE, use_parser=False)
    issues = [i for i in ex.items if i.cls == "Issue"]
    assert len(issues) == 1  # the 課題： line is one issue, its note of related goals and all
    measures = {i.label: i for i in ex.items if i.cls == "Measure"}
    assert sorted(measures) == ["申請書様式の電子化", "電子申請システムの改修"]
    assert all(m.issue == issues[0].key for m in measures.values())
    owner = measures["申請書様式の電子化"].owner_span
    assert owner is not None and "総務課" in text[owner[0] : owner[1]]


_STATUS_NAMED = """\
# 手続オンライン化実施計画

## 第2章　重点分野と課題・施策

### 1　窓口手続のオンライン化

#### 1.1　申請書の電子化

課題：紙の申請書が多く、審査に時間がかかっている。

- 申請書様式の電子化（担当：総務課）
- 電子申請システムの改修（担当：情報政策課）

#### 1.2　手数料の電子納付

課題：手数料の納付が窓口での現金払いに限られている。

- キャッシュレス納付の導入（担当：会計課）

### 2　職員の人材育成

#### 2.1　研修の充実

課題：システムを企画できる職員が不足している。

- 職員向けデジタル研修の実施（担当：人事課）

#### 2.2　外部人材の登用

課題：専門人材を採用する仕組みがない。

- 任期付職員の採用（担当：人事課）

## 第3章　取組状況

| 課題 | 取組状況 | 時期 |
|---|---|---|
| 1.1 | 申請書様式の電子化に着手 | 令和6年4月 |
| 1.2 | キャッシュレス納付の試行を開始 | 令和6年7月 |
| 2.1 | 職員向け研修を3回開催 | 令和6年度 |
"""


def test_headings_a_status_table_names_are_the_issues_their_issue_lines_state() -> None:
    # 「1.1 …」 headings named by the table's 課題 column are its issues; the 「課題：」 line under each
    # states it (no second issue); 「2.2 …」, beside 「2.1 …」 but with nothing reported yet, is one too
    ex = extract(read_string(_STATUS_NAMED, suffix=".md"), DATE, use_parser=False)
    labels = {i.key: i.label for i in ex.items}
    issues = {i.label: labels.get(i.theme) if i.theme else None for i in ex.items if i.cls == "Issue"}
    assert issues == {
        "申請書の電子化": "窓口手続のオンライン化",
        "手数料の電子納付": "窓口手続のオンライン化",
        "研修の充実": "職員の人材育成",
        "外部人材の登用": "職員の人材育成",
    }
    measures = {i.label: labels.get(i.issue) if i.issue else None for i in ex.items if i.cls == "Measure"}
    assert measures == {
        "申請書様式の電子化": "申請書の電子化",
        "電子申請システムの改修": "申請書の電子化",
        "キャッシュレス納付の導入": "手数料の電子納付",
        "職員向けデジタル研修の実施": "研修の充実",
        "任期付職員の採用": "外部人材の登用",
    }
