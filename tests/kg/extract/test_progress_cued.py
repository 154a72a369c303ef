"""Status tables naming what they report on by cue and number (「| 施策1-1-1 | … |」), progress headings,
and item numbers written with dots (「課題1.1」, 「施策1.1.1」).

Written by reading before the rules ran on them: each row is a progress update of the measure or issue
of that number; a heading naming progress (「3 進捗状況」) is no theme; a cue keeps its whole number.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from kg.extract.extraction import Extraction, extract
from kg.read import read_document, read_string
from tests.kg.extract.markdown_word import markdown_docx

PLAN = """\
# 南丘市 窓口デジタル化計画

## 基本方針1　手続のオンライン化

### 課題1-1　紙の申請書が多い

#### 施策1-1-1　電子申請の拡大

主要な手続をオンラインで申請できるようにする。

#### 施策1-1-2　来庁予約の受付

来庁の予約をウェブで受け付ける。

## 基本方針2　職員の働き方の見直し

### 課題2-1　会議資料の印刷が多い

#### 施策2-1-1　会議のペーパーレス化

会議資料をタブレットで配る。

## 3 進捗状況

| 施策 | 時期 | 取組状況 |
|---|---|---|
| 施策1-1-1 | 2023年6月 | 子育て関係の20手続の受付を始めた。 |
| 施策1-1-1 | 2023年12月 | 受付できる手続が80手続に増えた。 |
| 施策2-1-1 | 2023年9月 | 全ての会議室でタブレットを使えるようにした。 |
"""

ISSUES = """\
# 北浜町 窓口改善計画

## 第1 窓口の課題

### 課題1　申請書の様式が多い

似た様式が部署ごとに作られている。

### 課題2　待ち時間が長い

繁忙期には1時間を超える。

## 第2 実施状況

| 課題 | 対応状況 |
|---|---|
| 課題1 | 様式を12種類から5種類に統合した。 |
| 課題2 | 番号札の発券機を導入した。 |
"""

DOTTED = """\
# 標準化の実施計画

## 1 移行の支援

### 課題1.1　移行の手順が分からない

#### 施策1.1.1　移行手順書の作成

移行の手順書を作り、各団体に配る。

#### 施策1.1.2　相談窓口の設置

移行の相談を受け付ける窓口を置く。

### 課題1.2　移行の費用が大きい

#### 施策1.2.1　移行経費の補助

移行に要する経費を補助する。
"""


def _md(text: str) -> Extraction:
    return extract(read_string(text, suffix=".md"), dt.date(2024, 3, 31), use_parser=False)


def _word(text: str, path: Path) -> Extraction:
    """The excerpt as a .docx: Markdown headings as Word headings, tables as tables."""
    return extract(read_document(markdown_docx(text, path)), dt.date(2024, 3, 31), use_parser=False)


def _reports(ex: Extraction) -> list[tuple[str, str]]:
    labels = {it.key: it.label for it in ex.items}
    return [(p.label, labels[p.reports_on or p.issue]) for p in ex.items if p.cls == "ProgressUpdate"]


def _labels(ex: Extraction, cls: str) -> list[str]:
    return [it.label for it in ex.items if it.cls == cls]


PLAN_REPORTS = [
    ("子育て関係の20手続の受付を始めた。", "電子申請の拡大"),
    ("受付できる手続が80手続に増えた。", "電子申請の拡大"),
    ("全ての会議室でタブレットを使えるようにした。", "会議のペーパーレス化"),
]
PLAN_MEASURES = ["電子申請の拡大", "来庁予約の受付", "会議のペーパーレス化"]


def test_a_row_named_by_cue_and_number_reports_on_that_measure(tmp_path: Path) -> None:
    for ex in (_md(PLAN), _word(PLAN, tmp_path / "plan.docx")):
        assert _reports(ex) == PLAN_REPORTS
        assert _labels(ex, "Measure") == PLAN_MEASURES


def test_a_row_named_by_cue_and_number_reports_on_that_issue() -> None:
    ex = _md(ISSUES)
    assert _reports(ex) == [
        ("様式を12種類から5種類に統合した。", "申請書の様式が多い"),
        ("番号札の発券機を導入した。", "待ち時間が長い"),
    ]
    assert _labels(ex, "Issue") == ["申請書の様式が多い", "待ち時間が長い"]


def test_a_heading_naming_progress_is_no_theme() -> None:
    assert _labels(_md(PLAN), "Theme") == ["手続のオンライン化", "職員の働き方の見直し"]
    assert "実施状況" not in _labels(_md(ISSUES), "Theme")


def test_a_cue_keeps_its_whole_dotted_number(tmp_path: Path) -> None:
    for ex in (_md(DOTTED), _word(DOTTED, tmp_path / "dotted.docx")):
        assert _labels(ex, "Issue") == ["移行の手順が分からない", "移行の費用が大きい"]
        assert _labels(ex, "Measure") == ["移行手順書の作成", "相談窓口の設置", "移行経費の補助"]
        numbers = {it.label: it.number for it in ex.items if it.cls in ("Issue", "Measure")}
        assert numbers["移行の費用が大きい"].endswith("1.2")
        assert numbers["移行経費の補助"].endswith("1.2.1")


MANAGED = """\
# 東浦市 行政改革推進計画

## 第1 窓口の改革

### 施策1　電子申請の拡大

主要な手続をオンラインで申請できるようにする。

## 第2 働き方の改革

### 施策2　テレワークの導入

全ての職員が在宅で勤務できるようにする。

## 第3 実施状況

### 窓口の改革

- 子育て関係の20手続で電子申請の受付を始めた。
- 申請の3割が電子申請となった。

### 働き方の改革

- 職員の半数が在宅勤務を経験した。

## 第4 推進体制と進行管理

市長を本部長とする推進本部を置く。

- 本部長は市長とする。
- 毎年度、各課の取組状況を点検する。
"""


def test_headings_naming_progress_or_management_are_no_themes() -> None:
    assert _labels(_md(MANAGED), "Theme") == ["窓口の改革", "働き方の改革"]


NAMED_ROWS = """\
# 手続オンライン化の実施計画

## 課題と施策

### 課題1　窓口での申請が多い

#### 施策1　子育て・介護手続のオンライン化

子育てと介護の手続をオンラインで申請できるようにする。

#### 施策2　窓口の混雑状況の配信

窓口の待ち人数をウェブで知らせる。

## 進捗状況

| 施策 | 時期 | 進捗 |
|---|---|---|
| 施策1 子育て・介護手続のオンライン化 | 2023年7月 | 26手続のオンライン申請を開始した。 |
| 施策2 窓口の混雑状況の配信 | 2023年9月 | 本庁舎の待ち人数の配信を始めた。 |
"""


def test_a_row_naming_a_measure_by_number_and_name_keeps_its_name_whole() -> None:
    ex = _md(NAMED_ROWS)
    assert _labels(ex, "Measure") == ["子育て・介護手続のオンライン化", "窓口の混雑状況の配信"]
    assert _reports(ex) == [
        ("26手続のオンライン申請を開始した。", "子育て・介護手続のオンライン化"),
        ("本庁舎の待ち人数の配信を始めた。", "窓口の混雑状況の配信"),
    ]
