"""Excerpts whose headings draw the outline: topics over actions, numbering words before titles.

Written for the tests (not taken from any published document), in the form of
:mod:`tests.kg.extract.shapes_cases`, with the items read off each text before
the extractor was run on it:

- a heading (of any numbering: 第２節, Ⅱ, １．, （１）, 【…】, 施策１－１) over item headings,
  rows or bullets is a theme, and the items below it are part of it; a section at the top
  of an excerpt is the theme of everything in it, its issues too;
- a leaf heading of a numbered outline that names an action is a measure;
- a number word before a title (重点施策１, 基本方針１, 施策(1), 政策２：) is no part of it;
- a line setting a number to reach by a date is no measure.
"""

from __future__ import annotations

from tests.kg.extract.shapes_cases import Case
from tests.kg.extract.shapes_cases import Expected as E  # noqa: N817

TREE_SET = (
    Case(
        "a 節 at the top of an excerpt over a 課題 list and numbered topics with (1) actions",
        """\
## 第２節　持続可能な地域公共交通の実現に向けて

### １　地域公共交通をめぐる課題

- 利用者の減少により路線の維持が困難となっている
- 運転者の不足が深刻である

### ２　利便性の高い移動サービスの確保

#### （１）デマンド交通の導入を促進する

#### （２）MaaSの普及を推進する

### ３　担い手の確保

#### （１）運転者の確保に向けた支援

#### （２）自動運転の社会実装
""",
        (
            E("Theme", "持続可能な地域公共交通の実現に向けて"),
            E(
                "Issue",
                "利用者の減少により路線の維持が困難となっている",
                "持続可能な地域公共交通の実現に向けて",
            ),
            E("Issue", "運転者の不足が深刻である", "持続可能な地域公共交通の実現に向けて"),
            E("Theme", "利便性の高い移動サービスの確保"),
            E("Measure", "デマンド交通の導入を促進する", "利便性の高い移動サービスの確保"),
            E("Measure", "MaaSの普及を推進する", "利便性の高い移動サービスの確保"),
            E("Theme", "担い手の確保"),
            E("Measure", "運転者の確保に向けた支援", "担い手の確保"),
            E("Measure", "自動運転の社会実装", "担い手の確保"),
        ),
        not_items=("地域公共交通をめぐる課題",),
    ),
    Case(
        "a council report's Ⅱ part over １． topics over (1) actions",
        """\
# 地域医療構想の推進に関する検討会報告書

## Ⅱ　医療提供体制の再構築

### １．外来医療の機能分化

#### (1) かかりつけ医機能の明確化

#### (2) 紹介受診重点医療機関の公表

### ２．在宅医療の充実

#### (1) 訪問看護ステーションの大規模化の支援

#### (2) 24時間対応体制の構築
""",
        (
            E("Theme", "医療提供体制の再構築"),
            E("Theme", "外来医療の機能分化"),
            E("Measure", "かかりつけ医機能の明確化", "外来医療の機能分化"),
            E("Measure", "紹介受診重点医療機関の公表", "外来医療の機能分化"),
            E("Theme", "在宅医療の充実"),
            E("Measure", "訪問看護ステーションの大規模化の支援", "在宅医療の充実"),
            E("Measure", "24時間対応体制の構築", "在宅医療の充実"),
        ),
        not_items=("地域医療構想の推進に関する検討会報告書",),
    ),
    Case(
        "plain text 第１ / １ / （１） outline of topics and actions",
        """\
みなと市地域活性化計画

第１　地域の魅力の向上
１　観光振興
（１）観光地域づくり法人の体制強化を図る。
（２）多言語案内板の整備を進める。
２　移住の促進
（１）移住相談窓口を一元化する。
（２）お試し居住の費用を助成する。

第２　暮らしの安心の確保
１　地域医療の確保
（１）オンライン診療の導入を支援する。
""",
        (
            E("Theme", "地域の魅力の向上"),
            E("Theme", "観光振興"),
            E("Measure", "観光地域づくり法人の体制強化を図る。", "観光振興"),
            E("Measure", "多言語案内板の整備を進める。", "観光振興"),
            E("Theme", "移住の促進"),
            E("Measure", "移住相談窓口を一元化する。", "移住の促進"),
            E("Measure", "お試し居住の費用を助成する。", "移住の促進"),
            E("Theme", "暮らしの安心の確保"),
            E("Theme", "地域医療の確保"),
            E("Measure", "オンライン診療の導入を支援する。", "地域医療の確保"),
        ),
        not_items=("みなと市地域活性化計画",),
    ),
    Case(
        "【…】 headings over 施策１－１ headings, each over its bullets",
        """\
# 安全安心推進プラン

## 【安全・安心なまちづくり】

### 施策１－１　防災体制の強化

- 自主防災組織の結成を支援する
- 避難所の環境を改善する

### 施策１－２　交通安全の推進

- 通学路の合同点検を行う

## 【健康で暮らせるまちづくり】

### 施策２－１　健康づくりの推進

- 特定健診の受診勧奨を強化する
""",
        (
            E("Theme", "安全・安心なまちづくり"),
            E("Theme", "防災体制の強化"),
            E("Measure", "自主防災組織の結成を支援する", "防災体制の強化"),
            E("Measure", "避難所の環境を改善する", "防災体制の強化"),
            E("Theme", "交通安全の推進"),
            E("Measure", "通学路の合同点検を行う", "交通安全の推進"),
            E("Theme", "健康で暮らせるまちづくり"),
            E("Theme", "健康づくりの推進"),
            E("Measure", "特定健診の受診勧奨を強化する", "健康づくりの推進"),
        ),
    ),
    Case(
        "重点施策１ headings: the number word is no part of the label",
        """\
# 行政DX推進方針

## 重点施策１　行政サービスのデジタル化

## 重点施策２　データ利活用の推進

## 重点施策３　デジタル人材の育成
""",
        (
            E("Measure", "行政サービスのデジタル化"),
            E("Measure", "データ利活用の推進"),
            E("Measure", "デジタル人材の育成"),
        ),
    ),
    Case(
        "基本方針１ headings over 施策(1) headings",
        """\
# 農業振興計画

## 基本方針１　担い手の確保・育成

### 施策(1)　新規就農者の定着支援

### 施策(2)　農業法人の経営力強化

## 基本方針２　農地の有効活用

### 施策(3)　農地の集積・集約化の推進
""",
        (
            E("Theme", "担い手の確保・育成"),
            E("Measure", "新規就農者の定着支援", "担い手の確保・育成"),
            E("Measure", "農業法人の経営力強化", "担い手の確保・育成"),
            E("Theme", "農地の有効活用"),
            E("Measure", "農地の集積・集約化の推進", "農地の有効活用"),
        ),
    ),
    Case(
        "政策２： and 取組３： lines",
        """\
政策２：観光の振興
取組３：観光案内所の機能強化
取組４：周遊バスの運行
""",
        (
            E("Theme", "観光の振興"),
            E("Measure", "観光案内所の機能強化", "観光の振興"),
            E("Measure", "周遊バスの運行", "観光の振興"),
        ),
    ),
    Case(
        "(1) headings each over a 課題 | 主な取組 | 担当 | 実施時期 table",
        """\
## ４　主な取組

### (1) 中小企業のデジタル化支援

| 課題 | 主な取組 | 担当 | 実施時期 |
|---|---|---|---|
| IT人材が不足している | ・専門家派遣を行う<br>・オンライン研修を実施する | 商工課 | 令和7年度 |
| 導入費用の負担が大きい | IT導入補助金を上乗せする | 商工課 | 令和7年度 |

### (2) 創業の促進

| 課題 | 主な取組 | 担当 | 実施時期 |
|---|---|---|---|
| 創業後の資金繰りが厳しい | 創業融資の利子を補給する | 商工課 | 令和8年度 |
""",
        (
            E("Theme", "中小企業のデジタル化支援"),
            E("Issue", "IT人材が不足している", "中小企業のデジタル化支援"),
            E("Measure", "専門家派遣を行う", "中小企業のデジタル化支援"),
            E("Measure", "オンライン研修を実施する", "中小企業のデジタル化支援"),
            E("Issue", "導入費用の負担が大きい", "中小企業のデジタル化支援"),
            E("Measure", "IT導入補助金を上乗せする", "中小企業のデジタル化支援"),
            E("Theme", "創業の促進"),
            E("Issue", "創業後の資金繰りが厳しい", "創業の促進"),
            E("Measure", "創業融資の利子を補給する", "創業の促進"),
        ),
    ),
    Case(
        "a 課題 | 対応方針 table under a numbered topic",
        """\
## 第２　分野別の対応

### １．消費者教育の推進

| 課題 | 対応方針 |
|---|---|
| 若年者の消費者被害が増えている | 高校での出前講座を拡充する |
| 教材が更新されていない | 教材を毎年改訂する |
""",
        (
            E("Theme", "消費者教育の推進"),
            E("Issue", "若年者の消費者被害が増えている", "消費者教育の推進"),
            E("Measure", "高校での出前講座を拡充する", "消費者教育の推進"),
            E("Issue", "教材が更新されていない", "消費者教育の推進"),
            E("Measure", "教材を毎年改訂する", "消費者教育の推進"),
        ),
    ),
    Case(
        "a 実施方針: 目的 sentence and 1) 取組 lines",
        """\
# 令和７年度 広報活動実施方針

## 目的

市政情報を必要な人に確実に届けることを目的とする。

## 取組

1) SNSによる発信の強化
2) 広報紙のユニバーサルデザイン化
3) 外国人向けのやさしい日本語による発信
""",
        (
            E("Goal", "市政情報を必要な人に確実に届けることを目的とする。"),
            E("Measure", "SNSによる発信の強化"),
            E("Measure", "広報紙のユニバーサルデザイン化"),
            E("Measure", "外国人向けのやさしい日本語による発信"),
        ),
    ),
    Case(
        "課題 lines ending in こと",
        """\
## 課題

- 相談窓口の認知度を高めること
- 関係機関の連携を強めること
""",
        (
            E("Issue", "相談窓口の認知度を高めること"),
            E("Issue", "関係機関の連携を強めること"),
        ),
    ),
    Case(
        "plain text 第１ / １ / （１） with ア lines under some （１）",
        """\
第１　防災対策の推進
１　地域防災力の強化
（１）自主防災組織の育成
ア　資機材の購入を補助する。
イ　リーダー研修を行う。
（２）防災訓練の充実
""",
        (
            E("Theme", "防災対策の推進"),
            E("Theme", "地域防災力の強化"),
            E("Theme", "自主防災組織の育成"),
            E("Measure", "資機材の購入を補助する。", "自主防災組織の育成"),
            E("Measure", "リーダー研修を行う。", "自主防災組織の育成"),
            E("Measure", "防災訓練の充実", "地域防災力の強化"),
        ),
    ),
    Case(
        "a target line among the bullets under a topic",
        """\
## １　ごみの減量化

### (1) 食品ロスの削減

- フードドライブを定期的に開催する。
- 家庭系食品ロスを令和１１年度までに１，２００トン削減する。
""",
        (
            E("Theme", "ごみの減量化"),
            E("Theme", "食品ロスの削減"),
            E("Measure", "フードドライブを定期的に開催する。", "食品ロスの削減"),
        ),
        not_items=("１，２００トン",),
    ),
)
