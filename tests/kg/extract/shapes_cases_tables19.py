"""Excerpts of plans whose tables and labels name what their rows and lines are, with the items a reader
takes from them (test_shapes_tables19.py scores them).

Every excerpt is invented (place names fictitious), written before any rule was run on it.  The forms:
a table of what was done and what is left (「| | これまでに講じた対策 | 課題 |」) whose row heads only
group the rows by the kind of action (「…に関する取組」): no themes, nor the heading over it that restates
its column (「（1）これまでに講じた対策」); a table of an indicator's values by
area (「| 地区 | …指標 | 区分 |」): statistics, no items; 分野 headings over a label of what the
lines describe (「【現状】」, 「【近年の変化】」: no items) and a label naming a kind of 対策
(「【支援策】」: measures); a heading naming only the kind of what follows (「…のための取組」 over its
「(1)」 measures, 「…の実施」 ones too; 「課題と方針」; 「講ずべき措置」 over one 措置 table per 方針):
no theme, its items in the theme above it or none.
"""

from __future__ import annotations

from tests.kg.extract.shapes_cases import Case, Expected


def _e(cls: str, label: str, theme: str | None = None, line: str | None = None) -> Expected:
    return Expected(cls, label, theme, line)


GROUPED_ROWS = Case(
    "akiya_taisaku_done_and_left_table_grouped_by_kind_of_action",
    """\
# 北浦町空家等対策計画

## 1　計画の目的

空家等の発生を抑え、安全で住みよいまちを目指す。

## 2　これまでの取組

### （1）これまでに講じた対策

| | これまでに講じた対策 | 課題 |
|---|---|---|
| 発生の予防に関する取組 | 所有者向け相談会の開催 | 相談会の参加者が少ない |
| 適正な管理に関する取組 | 管理不全の空家の所有者への指導 | 所有者の所在が分からない物件が多い |
""",
    (
        _e("Goal", "空家等の発生を抑え、安全で住みよいまちを目指す。"),
        _e("Measure", "所有者向け相談会の開催"),
        _e("Issue", "相談会の参加者が少ない"),
        _e("Measure", "管理不全の空家の所有者への指導"),
        _e("Issue", "所有者の所在が分からない物件が多い"),
    ),
    ("これまでに講じた対策",),
)


STATISTICS = Case(
    "kokyo_kotsu_indicator_values_by_area_then_measures",
    """\
# 南野市地域公共交通計画

## 1　地区ごとの状況

| 地区 | 交通不便度指標 | 区分 |
|---|---|---|
| 北地区 | 0.82 | 重点地区 |
| 東地区 | 0.35 | ― |

## 2　主な取組

- デマンド交通の導入
- 路線バスの再編
""",
    (
        _e("Measure", "デマンド交通の導入"),
        _e("Measure", "路線バスの再編"),
    ),
    ("北地区", "東地区", "地区ごとの状況"),
)


FACT_LABELS = Case(
    "nogyo_shinko_field_headings_fact_labels_and_support_measure_labels",
    """\
# 西川町農業振興計画

## 1　計画の目的

本計画は、町の農業を次の世代へ引き継ぐことを目的とする。

## 2　分野別の現状と施策

### (1) 水田農業

【現状】
・水稲の作付面積は約800haである
・担い手への農地の集積率は45％である

【支援策】
・スマート農機の導入補助
・共同乾燥施設の更新

### (2) 畜産

【近年の変化】
・配合飼料の価格が上がり続けている
・飼養戸数は10年で3割減った

【支援策】
・飼料用米の地域内での流通の促進
・家畜防疫体制の強化
""",
    (
        _e("Goal", "本計画は、町の農業を次の世代へ引き継ぐことを目的とする。"),
        _e("Theme", "水田農業"),
        _e("Measure", "スマート農機の導入補助", "水田農業"),
        _e("Measure", "共同乾燥施設の更新", "水田農業"),
        _e("Theme", "畜産"),
        _e("Measure", "飼料用米の地域内での流通の促進", "畜産"),
        _e("Measure", "家畜防疫体制の強化", "畜産"),
    ),
    (
        "【現状】",
        "水稲の作付面積",
        "担い手への農地の集積率",
        "【支援策】",
        "【近年の変化】",
        "配合飼料の価格",
        "飼養戸数は10年で",
    ),
)


PURPOSE_NAMED_MEASURES = Case(
    "shokuiku_purpose_named_heading_over_paren_measure_headings",
    """\
# 東原市食育推進計画

## 1　計画の目的

本計画は、市民が生涯にわたって健全な食生活を送れるようにすることを目的とする。

## 2　食育を進めるための取組

### (1) 保育所での食育指導

### (2) 学校給食での地場産物の活用

### (3) 親子料理教室の実施

### (4) 食品ロス削減講座の実施
""",
    (
        _e("Goal", "本計画は、市民が生涯にわたって健全な食生活を送れるようにすることを目的とする。"),
        _e("Measure", "保育所での食育指導"),
        _e("Measure", "学校給食での地場産物の活用"),
        _e("Measure", "親子料理教室の実施"),
        _e("Measure", "食品ロス削減講座の実施"),
    ),
    ("食育を進めるための取組",),
)


MEASURE_CHAPTER = Case(
    "keikan_issue_and_direction_chapter_then_measure_tables_per_direction",
    """\
# 北山町景観計画

## 第1章　計画の目的

本計画は、町の優れた景観を守り育てることを目的とする。

## 第2章　課題と方針

### 1　課題

- 沿道の屋外広告物が増えている
- 空き家の増加で集落の景観が損なわれている

### 2　方針

二つの方針を定め、第3章に措置を示す。

## 第3章　講ずべき措置

### 方針1　眺望を守る

| No. | 措置 | 実施主体 |
|---|---|---|
| 1 | 屋外広告物の規制区域の見直し | 町 |
| 2 | 眺望点の案内板の設置 | 町・観光協会 |

### 方針2　集落の景観を育てる

| No. | 措置 | 実施主体 |
|---|---|---|
| 3 | 空き家の外観修景への補助 | 町 |
| 4 | 生垣づくりへの補助 | 町 |
""",
    (
        _e("Goal", "本計画は、町の優れた景観を守り育てることを目的とする。"),
        _e("Issue", "沿道の屋外広告物が増えている"),
        _e("Issue", "空き家の増加で集落の景観が損なわれている"),
        _e("Theme", "眺望を守る"),
        _e("Measure", "屋外広告物の規制区域の見直し", "眺望を守る"),
        _e("Measure", "眺望点の案内板の設置", "眺望を守る"),
        _e("Theme", "集落の景観を育てる"),
        _e("Measure", "空き家の外観修景への補助", "集落の景観を育てる"),
        _e("Measure", "生垣づくりへの補助", "集落の景観を育てる"),
    ),
    ("課題と方針", "二つの方針を定め", "講ずべき措置"),
)


CASES = [GROUPED_ROWS, STATISTICS, FACT_LABELS, PURPOSE_NAMED_MEASURES, MEASURE_CHAPTER]
