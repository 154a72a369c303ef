"""A status table naming each measure by its number and a short name of its own (「| 2-1-1 窓口予約 | … |
令和5年9月 |」), in an HTML plan whose measures are list entries with a second line of fields
(「施策2-1-1　…<br>担当：…課」).

Written by reading before the rules ran on them: each row reports on the measure of its number, the
date of its 時期 cell on the update, and a measure's label stops before its 担当 line.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from kg.extract.extraction import Extraction, extract
from kg.read import read_document, read_string
from tests.kg.extract.markdown_word import markdown_docx

PLAN = """\
<!DOCTYPE html>
<html lang="ja">
<head><meta charset="utf-8"><title>北浜町 行政手続デジタル化計画</title></head>
<body>
<h1>北浜町 行政手続デジタル化計画</h1>
<h2>第2章　施策</h2>
<h3>基本方針1　窓口に来なくてよい町</h3>
<h4>課題1-1　申請の多くが紙で行われている</h4>
<p>町の手続のうちオンラインで申請できるものは3割にとどまる。</p>
<ul>
<li>施策1-1-1　転入・転出に伴う手続のオンライン申請の導入<br>担当：住民課　根拠法令：住民基本台帳法</li>
<li>施策1-1-2　各種証明書のコンビニ交付の開始<br>担当：住民課、税務課</li>
</ul>
<h3>基本方針2　待たない窓口</h3>
<h4>課題2-1　窓口の待ち時間が長い</h4>
<p>繁忙期には窓口で1時間以上待つことがある。</p>
<ul>
<li>施策2-1-1　窓口の来庁予約システムの導入<br>担当：総務課</li>
<li>施策2-1-2　住民課と税務課の窓口の統合<br>担当：住民課、税務課</li>
</ul>
<h2>第3章　これまでの取組状況</h2>
<table>
<thead><tr><th>施策</th><th>取組状況</th><th>時期</th></tr></thead>
<tbody>
<tr><td>1-1-1 転入手続</td><td>転出届のオンライン受付を開始</td><td>令和5年4月</td></tr>
<tr><td>1-1-1 転入手続</td><td>オンライン転出届の件数が300件に達した</td><td>令和5年度</td></tr>
<tr><td>1-1-2 コンビニ交付</td><td>住民票の写しのコンビニ交付を開始</td><td>令和5年10月</td></tr>
<tr><td>2-1-1 窓口予約</td><td>来庁予約の試行を本庁舎で実施</td><td>令和5年9月</td></tr>
<tr><td>2-1-2 窓口統合</td><td>統合後の窓口の配置を検討</td><td>令和5年度</td></tr>
</tbody>
</table>
</body>
</html>
"""


def _html(text: str) -> Extraction:
    return extract(read_string(text, suffix=".html"), dt.date(2024, 3, 31), use_parser=False)


def test_a_status_row_naming_a_measure_by_number_and_short_name_reports_on_it() -> None:
    ex = _html(PLAN)
    numbers = {it.key: it.number for it in ex.items if it.cls == "Measure"}
    reports = [(p.label, numbers.get(p.reports_on or "")) for p in ex.items if p.cls == "ProgressUpdate"]
    assert reports == [
        ("転出届のオンライン受付を開始", "1-1-1"),
        ("オンライン転出届の件数が300件に達した", "1-1-1"),
        ("住民票の写しのコンビニ交付を開始", "1-1-2"),
        ("来庁予約の試行を本庁舎で実施", "2-1-1"),
        ("統合後の窓口の配置を検討", "2-1-2"),
    ]
    assert sorted(numbers.values()) == ["1-1-1", "1-1-2", "2-1-1", "2-1-2"]


def test_a_status_rows_date_cell_dates_its_update() -> None:
    doc = read_string(PLAN, suffix=".html")
    ex = extract(doc, dt.date(2024, 3, 31), use_parser=False)
    spans = [p.schedule_span for p in ex.items if p.cls == "ProgressUpdate"]
    assert [doc.text[s[0] : s[1]].strip() if s else None for s in spans] == [
        "令和5年4月",
        "令和5年度",
        "令和5年10月",
        "令和5年9月",
        "令和5年度",
    ]


def test_a_measures_label_stops_before_its_line_of_fields() -> None:
    ex = _html(PLAN)
    assert [it.label for it in ex.items if it.cls == "Measure"] == [
        "転入・転出に伴う手続のオンライン申請の導入",
        "各種証明書のコンビニ交付の開始",
        "窓口の来庁予約システムの導入",
        "住民課と税務課の窓口の統合",
    ]


# A Word plan whose measures are paragraphs numbered with a circled numeral after the number
# (「施策1-1-①」), and a status table naming them by that number and a short name.
WORD_PLAN = """\
# 西原村 窓口改善工程表

## 重点分野1 手続のオンライン化

### 課題1-1 申請書の記入に時間がかかる

来庁者の多くが申請書の記入に10分以上を要している。

施策1-1-① 申請書の作成を支援する書かない窓口の導入

施策1-1-② 村税の口座振替のオンライン申込の開始

## 重点分野2 職員の体制

### 課題2-1 窓口職員の異動が多い

窓口職員の3割が毎年異動している。

施策2-1-① 窓口業務の手順書の電子化

## 取組状況

| 施策 | 取組状況 | 時期 |
|---|---|---|
| 1-1-① 書かない窓口 | 本庁舎で書かない窓口の試行を開始 | 令和5年6月 |
| 1-1-② 口座振替 | 口座振替のオンライン申込の受付を開始 | 令和5年10月 |
| 2-1-① 手順書 | 窓口業務の手順書を共有フォルダに掲載 | 令和6年1月 |
"""


def test_a_word_plans_measures_numbered_with_a_circled_numeral_and_their_status_rows(tmp_path: Path) -> None:
    path = markdown_docx(WORD_PLAN, tmp_path / "plan.docx")
    ex = extract(read_document(path), dt.date(2024, 3, 31), use_parser=False)
    measures = {it.key: it.label for it in ex.items if it.cls == "Measure"}
    assert sorted(measures.values()) == [
        "村税の口座振替のオンライン申込の開始",
        "申請書の作成を支援する書かない窓口の導入",
        "窓口業務の手順書の電子化",
    ]
    assert [(p.label, measures.get(p.reports_on or "")) for p in ex.items if p.cls == "ProgressUpdate"] == [
        ("本庁舎で書かない窓口の試行を開始", "申請書の作成を支援する書かない窓口の導入"),
        ("口座振替のオンライン申込の受付を開始", "村税の口座振替のオンライン申込の開始"),
        ("窓口業務の手順書を共有フォルダに掲載", "窓口業務の手順書の電子化"),
    ]
