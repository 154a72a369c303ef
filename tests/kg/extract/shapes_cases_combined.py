"""More short excerpts with their items: cells of several lines, combined headings, quoted themes.

Written for the tests (not taken from any published document), in the form of
:mod:`tests.kg.extract.shapes_cases`, with the items read off each text before
the extractor was run on it:

- a theme table whose cells list several issues or goals on lines of their own
  (a Markdown cell's ``<br>``; in Word, the cell's paragraphs), with and
  without ・;
- 「現状と課題」, 「現状及び課題」, 「課題と対応」, 「課題と今後の方向性」 and
  「現状・課題・対応策」 headings: the issues stated under them, and under a
  heading that also names what is done, the measures told apart by their words;
- theme names in quotes after 重点テーマ or 柱 (「重点テーマ１「防災」」, 『…』), in headings
  and in a sentence that lists them;
- a theme table whose first column has an empty header, each row's first cell
  naming its theme.
"""

from __future__ import annotations

from tests.kg.extract.shapes_cases import Case, Expected


def _e(cls: str, label: str, theme: str | None = None, line: str | None = None) -> Expected:
    return Expected(cls, label, theme, line)


CELL_LINES = Case(
    "theme table whose cells list several items on lines of their own",
    """\
# 窓口改善の手引き

## 1. 窓口の課題と対応の例

| テーマ | 課題 | 対応策 |
|---|---|---|
| 窓口の混雑 | 待ち時間が長い<br>案内表示がわかりにくい | 予約制の導入<br>番号札の電子化 |
| 書類の削減 | ・添付書類が多い<br>・同じ内容を何度も書く | 情報連携による添付書類の省略 |
""",
    (
        _e("Theme", "窓口の混雑"),
        _e("Issue", "待ち時間が長い", "窓口の混雑"),
        _e("Issue", "案内表示がわかりにくい", "窓口の混雑"),
        _e("Measure", "予約制の導入", "窓口の混雑"),
        _e("Measure", "番号札の電子化", "窓口の混雑"),
        _e("Theme", "書類の削減"),
        _e("Issue", "添付書類が多い", "書類の削減"),
        _e("Issue", "同じ内容を何度も書く", "書類の削減"),
        _e("Measure", "情報連携による添付書類の省略", "書類の削減"),
    ),
)

CURRENT_STATE_AND_ISSUES = Case(
    "現状と課題 and 課題と対応 sections whose bullets mix statements of fact, issues and measures",
    """\
# 市役所窓口デジタル化計画

## 1. 現状と課題

本市の窓口では、住民票の写しや税の証明書などの交付を行っている。

- 窓口の開庁時間は平日の午前8時30分から午後5時15分までである。
- 書類の記入に時間がかかり、窓口の待ち時間が長い。
- 手続ごとに様式が異なり、住民の負担が大きい。
- 職員のデジタル技術に関する知識が不足している。

## 2. 課題と対応

- 添付書類が多く、住民が書類をそろえるのに手間がかかっている。
- 住民票の写しの添付を省略するため、情報連携を活用する。
- 職員向けの研修の機会が少ない。
- 全職員を対象としたデジタル研修を実施する。
""",
    (
        _e("Issue", "書類の記入に時間がかかり、窓口の待ち時間が長い。"),
        _e("Issue", "手続ごとに様式が異なり、住民の負担が大きい。"),
        _e("Issue", "職員のデジタル技術に関する知識が不足している。"),
        _e("Issue", "添付書類が多く、住民が書類をそろえるのに手間がかかっている。"),
        _e("Measure", "住民票の写しの添付を省略するため、情報連携を活用する。"),
        _e("Issue", "職員向けの研修の機会が少ない。"),
        _e("Measure", "全職員を対象としたデジタル研修を実施する。"),
    ),
    ("本市の窓口では", "窓口の開庁時間は", "1. 現状と課題", "2. 課題と対応"),
)

COMBINED_HEADINGS = Case(
    "現状及び課題 with 【現状】/【課題】 labels, 課題と今後の方向性 and 現状・課題・対応策",
    """\
# 公共施設予約の見直し方針

## 第1 現状及び課題

【現状】

- 市内の公共施設の予約は電話と窓口で受け付けている。

【課題】

- 予約の空き状況を住民が確かめられない。

## 第2 課題と今後の方向性

- 施設ごとに予約の規則が統一されていない。
- 予約の規則を統一するための基準を策定する。
- 基準に沿って各施設の予約システムの改修を進める。

## 第3 現状・課題・対応策

- 本市の施設予約システムは2019年度に導入された。
- 予約の画面が高齢の利用者にとって使いにくい。
- 利用者の意見を踏まえて画面の改修を行う。
""",
    (
        _e("Issue", "予約の空き状況を住民が確かめられない。"),
        _e("Issue", "施設ごとに予約の規則が統一されていない。"),
        _e("Measure", "予約の規則を統一するための基準を策定する。"),
        _e("Measure", "基準に沿って各施設の予約システムの改修を進める。"),
        _e("Issue", "予約の画面が高齢の利用者にとって使いにくい。"),
        _e("Measure", "利用者の意見を踏まえて画面の改修を行う。"),
    ),
    ("電話と窓口で受け付けている", "2019年度に導入された", "【現状】"),
)

STATE_BY_TOPIC = Case(
    "a 現状と課題 chapter divided by topic, its bullets under the topics' headings",
    """\
# 図書館サービス改善計画

## 第2 現状と課題

### （１）貸出サービス

- 貸出の手続は窓口でのみ行っている。
- 予約した本の受取場所が中央館に限られている。

### （２）情報発信

- 開館時間の変更が利用者に十分に伝わっていない。
""",
    (
        _e("Issue", "予約した本の受取場所が中央館に限られている。"),
        _e("Issue", "開館時間の変更が利用者に十分に伝わっていない。"),
    ),
    ("貸出の手続は窓口でのみ", "（１）貸出サービス", "（２）情報発信", "第2 現状と課題"),
)

QUOTED_THEMES = Case(
    "重点テーマ and 柱 headings naming their theme in 「…」 or 『…』",
    """\
# 地域デジタル化推進方針

## 1. 重点テーマ１「防災のデジタル化」

### 課題

- 避難所の開設状況を住民に伝える手段が限られている。

## 2. 重点テーマ２「行政手続のオンライン化」

### 課題

- 申請の多くが紙で行われている。

## 3. 柱『デジタル人材の育成』

### 主な取組

- 全職員向けの研修
""",
    (
        _e("Theme", "防災のデジタル化"),
        _e("Issue", "避難所の開設状況を住民に伝える手段が限られている。", "防災のデジタル化"),
        _e("Theme", "行政手続のオンライン化"),
        _e("Issue", "申請の多くが紙で行われている。", "行政手続のオンライン化"),
        _e("Theme", "デジタル人材の育成"),
        _e("Measure", "全職員向けの研修", "デジタル人材の育成"),
    ),
)

QUOTED_THEME_SENTENCE = Case(
    "a sentence naming the 重点テーマ in quotes, with a section for each",
    """\
# 観光振興計画

## 1. 計画の概要

本計画の重点テーマは、「観光情報の発信」及び「受入環境の整備」の二つである。

## 2. 観光情報の発信

### 課題

- 多言語の案内が少ない。

## 3. 受入環境の整備

### 課題

- 公衆無線LANを利用できる場所が限られている。
""",
    (
        _e("Theme", "観光情報の発信", line="本計画の重点テーマは"),
        _e("Theme", "受入環境の整備", line="本計画の重点テーマは"),
        _e("Issue", "多言語の案内が少ない。", "観光情報の発信"),
        _e("Issue", "公衆無線LANを利用できる場所が限られている。", "受入環境の整備"),
    ),
    ("2. 観光情報の発信", "3. 受入環境の整備"),
)

BLANK_THEME_HEADER = Case(
    "theme table whose first column has an empty header and names a theme in each row",
    """\
# 子育て・福祉のデジタル化計画

## 1. 取り組む事項

|  | 課題 | 目指す姿 |
|---|---|---|
| 子育て支援 | 保育所の申込みに何度も来庁が必要 | 申込みから結果の通知までオンラインで完結する |
| 高齢者福祉 | 介護サービスの情報が探しにくい | 必要な情報に一か所でたどり着ける |

## 2. 参考：相談件数

|  | 相談件数 | 課題 |
|---|---|---|
| 1 | 120件 | 受付時間が短い |
""",
    (
        _e("Theme", "子育て支援"),
        _e("Issue", "保育所の申込みに何度も来庁が必要", "子育て支援"),
        _e("Goal", "申込みから結果の通知までオンラインで完結する", "子育て支援"),
        _e("Theme", "高齢者福祉"),
        _e("Issue", "介護サービスの情報が探しにくい", "高齢者福祉"),
        _e("Goal", "必要な情報に一か所でたどり着ける", "高齢者福祉"),
        _e("Issue", "受付時間が短い"),
    ),
)

SIXTH_SET = (
    CELL_LINES,
    CURRENT_STATE_AND_ISSUES,
    COMBINED_HEADINGS,
    STATE_BY_TOPIC,
    QUOTED_THEMES,
    QUOTED_THEME_SENTENCE,
    BLANK_THEME_HEADER,
)
