"""Status tables naming the items they report on by number alone (「| 施策 | 状況 |」 over 「| 1-1 | … |」).

Written by reading before the rule ran on them: each row is a progress update of the measure or issue
of that number in the document, its rows no items of their own.
"""

from __future__ import annotations

import datetime as dt

from kg.extract.extraction import extract
from kg.read import read_string

MEASURES = """\
# 東山市 DX推進計画

## 基本方針1　行政手続のデジタル化

### 施策1-1　電子申請の拡大

オンラインで申請できる手続を増やす。

### 施策1-2　窓口のキャッシュレス化

窓口で電子マネーを使えるようにする。

## 基本方針2　庁内業務の効率化

### 施策2-1　庁内ペーパーレス化

会議資料を電子化する。

## 令和6年度の状況

| 施策 | 状況 |
|---|---|
| 1-1 | 子育て関係の15手続をオンライン化 |
| 1-2 | 本庁舎の窓口に決済端末を導入済 |
| 2-1 | 未着手 |
"""

ISSUES = """\
# 西川町 窓口改善計画

## 課題1　申請書の様式が多い

似た様式が部署ごとに作られている。

## 課題2　待ち時間が長い

繁忙期には1時間を超える。

## 対応状況

| 課題 | 対応状況 |
|---|---|
| 1 | 様式を12種類から5種類に統合した |
| 2 | 番号札の発券機を導入した |
"""


def _reports(text: str) -> list[tuple[str, str]]:
    ex = extract(read_string(text, suffix=".md"), dt.date(2024, 3, 31), use_parser=False)
    labels = {it.key: it.label for it in ex.items}
    return [(p.label, labels[p.reports_on or p.issue]) for p in ex.items if p.cls == "ProgressUpdate"]


def _labels(text: str, cls: str) -> list[str]:
    ex = extract(read_string(text, suffix=".md"), dt.date(2024, 3, 31), use_parser=False)
    return [it.label for it in ex.items if it.cls == cls]


def test_a_row_reports_on_the_measure_of_its_number() -> None:
    assert _reports(MEASURES) == [
        ("子育て関係の15手続をオンライン化", "電子申請の拡大"),
        ("本庁舎の窓口に決済端末を導入済", "窓口のキャッシュレス化"),
        ("未着手", "庁内ペーパーレス化"),
    ]
    assert _labels(MEASURES, "Measure") == ["電子申請の拡大", "窓口のキャッシュレス化", "庁内ペーパーレス化"]


def test_a_row_reports_on_the_issue_of_its_number() -> None:
    assert _reports(ISSUES) == [
        ("様式を12種類から5種類に統合した", "申請書の様式が多い"),
        ("番号札の発券機を導入した", "待ち時間が長い"),
    ]
    assert _labels(ISSUES, "Issue") == ["申請書の様式が多い", "待ち時間が長い"]


TIMED = """\
# 地域防災DX工程表

## 施策1　避難所受付のデジタル化

避難所の受付をマイナンバーカードで行う。

## 施策2　被災者台帳の整備

被災者台帳システムを導入する。

## 取組状況

| 施策 | 時期 | 担当 | 取組状況 |
|---|---|---|---|
| 1 | 令和5年6月 | デジタル庁 | 実証を行った |
| 2 | 令和5年10月 | 内閣府 | 仕様書を作成した |
"""


def test_a_rows_time_and_owner_cells_date_and_carry_out_its_update() -> None:
    """The 時期 and 担当 cells are no updates of their own: they give the row's update its date and body."""
    ex = extract(read_string(TIMED, suffix=".md"), dt.date(2024, 3, 31), use_parser=False)
    updates = [p for p in ex.items if p.cls == "ProgressUpdate"]
    assert [(p.label, [d.text for d in p.dates], [a.text for a in p.agencies]) for p in updates] == [
        ("実証を行った", ["令和5年6月"], ["デジタル庁"]),
        ("仕様書を作成した", ["令和5年10月"], ["内閣府"]),
    ]
