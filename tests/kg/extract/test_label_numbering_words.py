"""A label's own numbering word before its text (「事業1-1　…」, 「（課題1）…」) is no part of the label;
a 「■…」 section of plain text heads the ○ lines indented under it.

Excerpts written for these tests, in the forms plans use; the expected items were read from them
before the extractor was run on them.
"""

from __future__ import annotations

import pytest

from tests.kg.extract.shapes_cases import Case, Expected
from tests.kg.extract.test_shapes import _markdown, tally

PROJECT_HEADINGS = Case(
    "事業N-N headings under 方針N headings, each over 【事業概要】 lines",
    """\
# 北浜町観光振興計画

## 3. 施策の展開

### 方針1　滞在型観光の推進

#### 事業1-1　農家民泊の受入れ支援
【事業概要】農家が民泊を始める際の改修費を補助する。

#### 事業1-2　夜間観光ツアーの造成
【事業概要】星空観察を組み込んだツアーを旅行会社と造成する。

### 方針2　情報発信の強化

#### 事業2-1　多言語観光サイトの開設
【事業概要】英語と中国語の観光サイトを開設する。
""",
    (
        Expected("Theme", "滞在型観光の推進"),
        Expected("Measure", "農家民泊の受入れ支援", "滞在型観光の推進"),
        Expected("Measure", "夜間観光ツアーの造成", "滞在型観光の推進"),
        Expected("Theme", "情報発信の強化"),
        Expected("Measure", "多言語観光サイトの開設", "情報発信の強化"),
    ),
    ("【事業概要】農家が", "【事業概要】星空", "【事業概要】英語"),
)

BRACKETED_ISSUES = Case(
    "（課題N） lines under a 現状と課題 chapter",
    """\
# 南谷市地域医療計画

## 第2章　地域医療の現状と課題

（課題1）高齢化により通院が困難な住民が増えている。
（課題2）休日に受診できる医療機関が少ない。

## 第3章　施策の展開

### 柱1　在宅医療の充実

（1）訪問診療を行う診療所の確保
（2）訪問看護師の養成
""",
    (
        Expected("Issue", "高齢化により通院が困難な住民が増えている。"),
        Expected("Issue", "休日に受診できる医療機関が少ない。"),
        Expected("Theme", "在宅医療の充実"),
        Expected("Measure", "訪問診療を行う診療所の確保", "在宅医療の充実"),
        Expected("Measure", "訪問看護師の養成", "在宅医療の充実"),
    ),
    ("地域医療の現状と課題", "施策の展開"),
)


LETTERED_PROJECTS = Case(
    "事業A-1 bullets under bold 基本方針A lines: a numbering word with a letter and a number",
    """\
# 東浦町観光振興計画

## 3. 施策の展開

**基本方針A　滞在型観光の推進**

- 事業A-1　農家民泊の受入れ支援
- 事業A-2　夜間観光ツアーの造成

**基本方針B　情報発信の強化**

- 事業B-1　多言語観光サイトの開設
""",
    (
        Expected("Theme", "滞在型観光の推進"),
        Expected("Measure", "農家民泊の受入れ支援", "滞在型観光の推進"),
        Expected("Measure", "夜間観光ツアーの造成", "滞在型観光の推進"),
        Expected("Theme", "情報発信の強化"),
        Expected("Measure", "多言語観光サイトの開設", "情報発信の強化"),
    ),
    ("施策の展開",),
)


@pytest.mark.parametrize(
    "case", [PROJECT_HEADINGS, BRACKETED_ISSUES, LETTERED_PROJECTS], ids=lambda c: c.name
)
def test_a_numbering_word_before_the_text_is_no_part_of_the_label(case: Case) -> None:
    assert tally(case, _markdown(case)).wrong == []


MARKED_SECTIONS = Case(
    "■ sections of plain text, one over ○ lines indented under it",
    """\
北川町子育て支援計画

■計画期間
　令和8年度から令和12年度まで

■目指す姿
　安心して子どもを育てられる町を目指します。

■子育ての課題
　○保育所の空きが少ない
　○相談できる場所が知られていない

■基本目標１　保育の充実
　▶具体的施策
　　○保育士の確保
　　○一時預かりの拡充
""",
    (
        Expected("Goal", "安心して子どもを育てられる町を目指します。"),
        Expected("Issue", "保育所の空きが少ない"),
        Expected("Issue", "相談できる場所が知られていない"),
        Expected("Theme", "保育の充実"),
        Expected("Measure", "保育士の確保", "保育の充実"),
        Expected("Measure", "一時預かりの拡充", "保育の充実"),
    ),
    ("■計画期間", "令和8年度から", "■目指す姿", "■子育ての課題", "▶具体的施策"),
)


def test_a_marked_section_over_entries_indented_under_it_heads_them() -> None:
    assert tally(MARKED_SECTIONS, _markdown(MARKED_SECTIONS)).wrong == []
