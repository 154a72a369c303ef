"""Headings that hold parts of a plan, no area of their own, and the lines that end such a part.

- A plain numbered line whose title opens by pointing at another part by its number (「3　2に掲げる事項を
  達成するために必要な措置」) is a heading of its own, which ends the part above it (a 「…の目標」 part's
  lines are its goals; the lines after the new heading are not).
- A chapter naming the directions it holds (「第2章　…に関する方針」) over numbered 「基本方針1　…」
  sub-headings is their container: the sub-headings are the themes.
- A part by its number (「第2編　…」) whose sub-headings are themes numbered by one word (「分野1　…」,
  「分野2　…」) is the part the plan's areas stand in, no theme.
- Headings side by side naming what their tables list by what it is for (「…のための事業」 over a table of
  事業名 rows) name the kind of the rows' projects, no theme of theirs.
"""

from __future__ import annotations

from kg.extract.extraction import extract
from kg.read import read_string
from kg.read.structure import heading
from tests.kg.extract.test_shapes import DATE

# An invented 国土利用計画 of a town, numbered by plain 「1　」 lines.
_PLAN = """\
# さくら野町国土利用計画

1　町土の利用に関する基本構想

（1）町土利用の基本方針

　本町は、自然環境と調和した町土利用を目指す。

2　町土の利用目的に応じた区分ごとの規模の目標

| 利用区分 | 令和5年（ha） | 令和15年（ha） |
|---|---|---|
| 農地 | 900 | 880 |

3　1に定める基本方針を実現するために必要な措置

（1）土砂災害警戒区域における開発行為の抑制
（2）公有地の有効活用
"""


def test_a_line_opening_by_another_parts_number_is_a_heading() -> None:
    for line, title in (
        ("3　2に掲げる事項を達成するために必要な措置の概要", "2に掲げる事項を達成するために必要な措置の概要"),
        ("4 1で定める区域の管理", "1で定める区域の管理"),
    ):
        m = heading(line, 0, len(line))
        assert m is not None and m.number == line[0] and line[m.title_start :] == title
    # figures after a number stay none (「1 000」, 「2 30人」)
    assert all(heading(line, 0, len(line)) is None for line in ("1 000", "2 30人"))


def test_the_lines_after_such_a_heading_are_no_goals_of_the_part_above() -> None:
    ex = extract(read_string(_PLAN, suffix=".md"), DATE, use_parser=False)
    assert [g.label for g in ex.of("Goal")] == ["本町は、自然環境と調和した町土利用を目指す。"]


def _themes(text: str) -> list[str]:
    return [t.label for t in extract(read_string(text, suffix=".md"), DATE, use_parser=False).of("Theme")]


# An invented 景観計画: a chapter of directions over numbered 基本方針 with 【主な事業】 bullets.
_KEIKAN = """\
# みなと町景観計画

## 第1章　景観の形成に関する課題

課題1　沿道の看板の乱立
課題2　生垣の減少

## 第2章　良好な景観の形成に関する方針

### 基本方針1　沿道景観の整序

【主な事業】
- 屋外広告物の表示基準の策定
- 看板撤去費用の助成

### 基本方針2　緑の景観の保全

【主な事業】
- 生垣設置への補助
- 保存樹木の指定

## 第3章　計画期間

　令和8年度から令和17年度までの10年間とする。
"""

# An invented 地域防災計画: a 編 over 分野 sub-headings with 【課題】 and 【主な取組】 labels.
_BOSAI = """\
# かえで市地域防災計画

## 第1編　総則

### 第1章　計画の目的

　この計画は、市の地域に係る災害の予防、応急対策及び復旧について定める。

## 第2編　災害予防

　災害予防は、次の二つの分野に分けて取り組む。

### 分野1　防災体制の整備

【課題】
- 休日の職員参集に時間がかかる

【主な取組】
1. 参集訓練の定期的な実施
2. 防災行政無線のデジタル化

### 分野2　避難対策

【課題】
- 指定避難所の収容人数が不足している

【主な取組】
1. 民間施設との避難所協定の締結
"""


def test_a_chapter_of_directions_over_numbered_directions_is_no_theme() -> None:
    assert _themes(_KEIKAN) == ["沿道景観の整序", "緑の景観の保全"]


def test_a_part_over_areas_numbered_by_one_word_is_no_theme() -> None:
    assert _themes(_BOSAI) == ["防災体制の整備", "避難対策"]


# An invented 中心市街地活性化基本計画: headings naming the projects of each kind over tables of them.
_CHUSHIN = """\
# ひばり市中心市街地活性化基本計画

## 1. 中心市街地の課題

- 商店街の空き店舗の増加

## 2. 都市福利施設の整備のための事業

| 事業名 | 内容 | 実施主体 | 実施時期 |
|---|---|---|---|
| 子育て交流館整備事業 | 空きビルを改修した子育て交流施設の整備 | ひばり市 | R7～R8 |
| まちなか図書館運営事業 | 駅前の商業施設内での分館の運営 | ひばり市 | R8～R12 |

## 3. 商業の活性化のための事業

| 事業名 | 内容 | 実施主体 | 実施時期 |
|---|---|---|---|
| 商店街販売促進事業 | 共同の販売促進催事への補助 | ひばり商工会議所 | R7～R11 |
| 創業支援事業 | 創業者向けの家賃の一部補助 | ひばり市 | R7～R11 |
"""


def test_headings_naming_projects_by_what_they_are_for_over_tables_are_no_themes() -> None:
    ex = extract(read_string(_CHUSHIN, suffix=".md"), DATE, use_parser=False)
    assert ex.of("Theme") == []
    assert {m.label: m.theme for m in ex.of("Measure")} == {
        "子育て交流館整備事業": None,
        "まちなか図書館運営事業": None,
        "商店街販売促進事業": None,
        "創業支援事業": None,
    }
