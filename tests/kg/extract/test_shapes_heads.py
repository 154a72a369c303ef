"""Headings and plain outlines of further shapes: number words and codes before a label, sections
over cue-word sub-headings, parenthesised labels with owner lines, text over numbered entries.

Written for the tests (not taken from any published document); the items were read off each
excerpt before the rules ran on it:

- a theme heading that opens with another type's number word (「基本目標Ⅱ　…」) is labelled by the
  title after it, and an entry's code (「B-2　…」) is no part of its label;
- a section whose sub-headings all name its lists (「1　課題」, 「2　目指すべき方向」, 「3　施策の方向」)
  is the theme of what stands in them, and a 「施策の方向」 over leaf entries lists measures;
- 「（課題）」, 「(現状と課題)」 over a sentence and 「（施策）」 over ア lines, each followed by a
  「【担当府省】…」 line, give the issue and every measure; a part 「第2部　…計画」 over them is no theme;
- a paragraph of text over 「(1) …」 lines gives the lines as entries, and issues under a heading
  joining 現状 and 課題 where they state a problem; 「課題として、次の点が…」 labels
  them; 「…を将来像とする。」 states a goal; 「…などの対策を講じる。」 is a measure;
- a heading naming an action over 【現状と課題】 and 【主な取組】 bullets is their theme, not a measure.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.kg.extract.shapes_cases import Case, Expected
from tests.kg.extract.test_shapes import _markdown, assert_word_gives_the_markdown_items, tally


def _e(cls: str, label: str, theme: str | None = None, line: str | None = None) -> Expected:
    return Expected(cls, label, theme, line)


NUMBER_WORDS_AND_CODES = Case(
    "基本目標 headings over 【課題】 / 【主な取組】 bullets; 柱 headings over coded bullets",
    """\
# 北浦町地域福祉計画

## 1　計画の位置付け

本計画は、社会福祉法第107条に基づく市町村地域福祉計画です。

## 2　施策の展開

### 基本目標Ⅰ　支え合いの地域づくり

【課題】
・見守り活動の担い手が減っている
・近所付き合いが希薄になっている

【主な取組】
・自治会による見守り訪問を支援します
・地域サロンの開設を補助します

### 基本目標Ⅱ　相談支援体制の充実

【課題】
・相談窓口が分野ごとに分かれている

【主な取組】
・福祉の総合相談窓口を設置します
""",
    (
        _e("Theme", "支え合いの地域づくり"),
        _e("Issue", "見守り活動の担い手が減っている", "支え合いの地域づくり"),
        _e("Issue", "近所付き合いが希薄になっている", "支え合いの地域づくり"),
        _e("Measure", "自治会による見守り訪問を支援します", "支え合いの地域づくり"),
        _e("Measure", "地域サロンの開設を補助します", "支え合いの地域づくり"),
        _e("Theme", "相談支援体制の充実"),
        _e("Issue", "相談窓口が分野ごとに分かれている", "相談支援体制の充実"),
        _e("Measure", "福祉の総合相談窓口を設置します", "相談支援体制の充実"),
    ),
    ("計画の位置付け", "社会福祉法第107条"),
)

CODED_ENTRIES = Case(
    "柱 headings over bullets opening with a code (A-1, B-2)",
    """\
# 南浜市商業振興プラン

## 施策の柱

### 柱1　商店街のにぎわい創出

- A-1　空き店舗への出店支援
- A-2　商店街イベントへの補助

### 柱2　事業者の経営力強化

- B-1　経営相談会の開催
""",
    (
        _e("Theme", "商店街のにぎわい創出"),
        _e("Measure", "空き店舗への出店支援", "商店街のにぎわい創出"),
        _e("Measure", "商店街イベントへの補助", "商店街のにぎわい創出"),
        _e("Theme", "事業者の経営力強化"),
        _e("Measure", "経営相談会の開催", "事業者の経営力強化"),
    ),
)

CUE_SUBHEADINGS = Case(
    "第N節 sections over 課題 / 目指すべき方向 / 施策の方向 sub-headings",
    """\
# 東山県健康増進計画（抜粋）

## 第4章　分野別の取組

### 第1節　栄養・食生活

#### 1　現状

朝食を食べる県民の割合は全国と同程度である。

#### 2　課題

(1) 20歳代の野菜摂取量が少ない。

#### 3　目指すべき方向

- 望ましい食習慣の定着

#### 4　施策の方向

- 飲食店と連携した減塩メニューの提供
- 学校での食育授業の実施

### 第2節　歯と口腔の健康

#### 1　課題

(1) 歯科健診を受ける成人が少ない。

#### 2　施策の方向

- 成人歯科健診の受診勧奨
""",
    (
        _e("Theme", "栄養・食生活", line="第1節"),
        _e("Issue", "20歳代の野菜摂取量が少ない。", "栄養・食生活"),
        _e("Goal", "望ましい食習慣の定着", "栄養・食生活"),
        _e("Measure", "飲食店と連携した減塩メニューの提供", "栄養・食生活"),
        _e("Measure", "学校での食育授業の実施", "栄養・食生活"),
        _e("Theme", "歯と口腔の健康", line="第2節"),
        _e("Issue", "歯科健診を受ける成人が少ない。", "歯と口腔の健康"),
        _e("Measure", "成人歯科健診の受診勧奨", "歯と口腔の健康"),
    ),
    # the chapter names the list of measures by field (分野別の取組), no topic of its own
    ("分野別の取組", "1　現状", "2　課題", "3　目指すべき方向", "4　施策の方向", "朝食を食べる県民"),
)

PARENTHESISED_LABELS = Case(
    "柱 sections with （課題） over a sentence and （施策） over ア lines, each with a 【担当府省】 line",
    """\
# 海洋政策年次計画

## 第1部　計画の考え方

本計画は、基本計画の柱ごとに今年度の施策を示すものである。

## 第2部　令和7年度の実施計画

### 柱1　海洋環境の保全

（課題）
沿岸域に漂着するごみの量が増えている。
（施策）
ア　漂着ごみの回収を行う地方公共団体を支援する。
【担当府省】環境省
イ　海洋プラスチックごみの実態調査を行う。
【担当府省】環境省、水産庁

### 柱2　海洋産業の振興

（課題）
洋上風力発電の導入が遅れている。
（施策）
ア　洋上風力発電の促進区域の指定を進める。
【担当府省】経済産業省、国土交通省
""",
    (
        _e("Theme", "海洋環境の保全"),
        _e("Issue", "沿岸域に漂着するごみの量が増えている。", "海洋環境の保全"),
        _e("Measure", "漂着ごみの回収を行う地方公共団体を支援する。", "海洋環境の保全"),
        _e("Measure", "海洋プラスチックごみの実態調査を行う。", "海洋環境の保全"),
        _e("Theme", "海洋産業の振興"),
        _e("Issue", "洋上風力発電の導入が遅れている。", "海洋産業の振興"),
        _e("Measure", "洋上風力発電の促進区域の指定を進める。", "海洋産業の振興"),
    ),
    ("令和7年度の実施計画", "【担当府省】環境省", "本計画は、基本計画の柱ごとに"),
)

PLAIN_OUTLINE = Case(
    "a plain outline 1 / ア with text over (1) lines, and a 対策 sentence",
    """\
# 西谷村農業振興地域整備計画

1　現状と課題

本村の農用地は村土の2割を占める。
(1) 耕作されない農地が増えている。
(2) 鳥獣による農作物の被害が拡大している。

2　施策の方向

ア　農地中間管理機構を通じた農地の集積
イ　担い手への農業機械導入の支援

3　鳥獣被害の防止に関する事項

集落ごとに侵入防止柵を設置し、捕獲と組み合わせるなどの対策を講じる。
""",
    (
        _e("Issue", "耕作されない農地が増えている。"),
        _e("Issue", "鳥獣による農作物の被害が拡大している。"),
        _e("Measure", "農地中間管理機構を通じた農地の集積"),
        _e("Measure", "担い手への農業機械導入の支援"),
        _e("Measure", "集落ごとに侵入防止柵を設置し、捕獲と組み合わせるなどの対策を講じる。"),
    ),
    ("本村の農用地は", "2　施策の方向", "鳥獣被害の防止に関する事項"),
)

LEAD_INS = Case(
    "a 課題 lead-in over (1) lines, a 将来像 sentence, a 政策 heading over an issue sentence and (1) lines",
    """\
# 北原市スポーツ推進計画

## 1　スポーツをめぐる状況と課題

市民の週1回以上のスポーツ実施率は52％です。課題として、次の点が挙げられます。

(1) 働く世代のスポーツ実施率は3割台にとどまる
(2) 地域のスポーツ指導者が不足している

## 2　施策の体系

本計画では、「誰もが生涯スポーツを楽しむまち」を将来像とする。

### 政策1　する機会の拡大

市内の運動施設の老朽化は、今後の大きな課題です。
(1) 企業と連携したウォーキング大会の開催
(2) 学校体育館の夜間開放の拡大
""",
    (
        _e("Issue", "働く世代のスポーツ実施率は3割台にとどまる"),
        _e("Issue", "地域のスポーツ指導者が不足している"),
        _e("Goal", "本計画では、「誰もが生涯スポーツを楽しむまち」を将来像とする。"),
        _e("Theme", "する機会の拡大"),
        _e("Issue", "市内の運動施設の老朽化は、今後の大きな課題です。", "する機会の拡大"),
        _e("Measure", "企業と連携したウォーキング大会の開催", "する機会の拡大"),
        _e("Measure", "学校体育館の夜間開放の拡大", "する機会の拡大"),
    ),
    ("週1回以上のスポーツ実施率は52％", "2　施策の体系"),
)

LABELLED_TOPICS = Case(
    "(1) headings naming an action over 【現状と課題】 and 【主な取組】 labels, under 基本方針 headings",
    """\
# 東町環境基本計画

## 第3章　施策の展開

### 基本方針1　脱炭素社会の実現

#### (1) 再生可能エネルギーの導入

【現状と課題】
- 公共施設への太陽光発電の導入が進んでいない
- 燃料の価格が高止まりしている

【主な取組】
- 公共施設への太陽光発電設備の設置
- 住宅用蓄電池の購入への補助

#### (2) 省エネルギーの推進

【主な取組】
- 庁舎照明のLED化
""",
    (
        _e("Theme", "脱炭素社会の実現"),
        _e("Theme", "再生可能エネルギーの導入"),
        _e("Issue", "公共施設への太陽光発電の導入が進んでいない", "再生可能エネルギーの導入"),
        _e("Issue", "燃料の価格が高止まりしている", "再生可能エネルギーの導入"),
        _e("Measure", "公共施設への太陽光発電設備の設置", "再生可能エネルギーの導入"),
        _e("Measure", "住宅用蓄電池の購入への補助", "再生可能エネルギーの導入"),
        _e("Theme", "省エネルギーの推進"),
        _e("Measure", "庁舎照明のLED化", "省エネルギーの推進"),
    ),
    ("第3章　施策の展開", "【現状と課題】", "【主な取組】"),
)

PLAIN_TOPICS = Case(
    "a plain outline 第2 / 1 / (1) 現状と課題 / (2) 主な取組 / ア, and 施策N-N headings over bullets",
    """\
# 東浜市地域防災計画（概要）

第2　災害予防

1　防災意識の向上

(1) 現状と課題

自主防災組織の活動が停滞している地区がある。

(2) 主な取組

ア　自主防災組織のリーダー研修の実施

## 施策3-1　避難所の機能強化

- 避難所の非常用電源の増設
- 防災倉庫の備蓄品の刷新
""",
    (
        _e("Theme", "災害予防"),
        _e("Theme", "防災意識の向上"),
        _e("Issue", "自主防災組織の活動が停滞している地区がある。", "防災意識の向上"),
        _e("Measure", "自主防災組織のリーダー研修の実施", "防災意識の向上"),
        # a heading numbered as a measure is one, and so is each of its entries
        _e("Measure", "避難所の機能強化"),
        _e("Measure", "避難所の非常用電源の増設"),
        _e("Measure", "防災倉庫の備蓄品の刷新"),
    ),
    ("(1) 現状と課題", "(2) 主な取組"),
)

SET_APART_LABELS = Case(
    "基本目標 headings over (現状と課題) / (主な取組) with 所管 lines and 〔課題〕 / 〔取組〕 labels",
    """\
# 山手市男女共同参画計画

## 基本目標1　働く場における男女共同参画

(現状と課題)
女性の管理職の割合が県平均より低い。

(主な取組)
・女性リーダー育成研修の実施
所管：人事課
・事業所向けセミナーの開催
所管：商工観光課

## 基本目標2　暴力の根絶

〔課題〕
DVの相談件数が増加している。

〔取組〕
① 相談窓口の周知
② 緊急一時保護の体制整備
""",
    (
        _e("Theme", "働く場における男女共同参画"),
        _e("Issue", "女性の管理職の割合が県平均より低い。", "働く場における男女共同参画"),
        _e("Measure", "女性リーダー育成研修の実施", "働く場における男女共同参画"),
        _e("Measure", "事業所向けセミナーの開催", "働く場における男女共同参画"),
        _e("Theme", "暴力の根絶"),
        _e("Issue", "DVの相談件数が増加している。", "暴力の根絶"),
        _e("Measure", "相談窓口の周知", "暴力の根絶"),
        _e("Measure", "緊急一時保護の体制整備", "暴力の根絶"),
    ),
    ("(現状と課題)", "(主な取組)", "所管：人事課", "〔課題〕"),
)

CASES = [
    NUMBER_WORDS_AND_CODES,
    CODED_ENTRIES,
    CUE_SUBHEADINGS,
    PARENTHESISED_LABELS,
    PLAIN_OUTLINE,
    LEAD_INS,
    LABELLED_TOPICS,
    PLAIN_TOPICS,
    SET_APART_LABELS,
]


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_the_items_of_each_heading_shape_are_found_with_their_themes(case: Case) -> None:
    assert tally(case, _markdown(case)).wrong == []


def test_a_theme_keeps_its_numeral_alone_as_its_number_and_an_entry_its_code() -> None:
    # 「基本目標Ⅰ」: the number is the Roman numeral (NFKC: I); the counting word stays in the notation
    ex = _markdown(NUMBER_WORDS_AND_CODES)
    assert [(i.number, i.notation) for i in ex.of("Theme")] == [("I", "基本目標I"), ("II", "基本目標II")]
    assert [i.key for i in ex.of("Theme")] == ["基本目標I", "基本目標II"]  # the IRI key as before
    coded = _markdown(CODED_ENTRIES)
    assert [i.number for i in coded.of("Measure")] == ["A-1", "A-2", "B-1"]


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_the_word_version_gives_the_same_items(case: Case, tmp_path: Path) -> None:
    assert_word_gives_the_markdown_items(case, tmp_path)
