"""Excerpts of Japanese plans of more families the other sets do not hold, in the layouts such plans
use, with the items a reader takes from them (test_shapes_excerpts.py holds the figures).

Every excerpt is invented (place names fictitious).  The kinds: a 下水道ビジョン of decimal headings
(「4.1」) each over 【課題】 and 【施策】 lines; a 農村振興計画 whose decimal headings are prose under one
chapter (the state of things) and action bullets under another, then a table whose first column
names the districts each row's action is for (地区 | 主な取組), a header no cue names; a
図書館基本計画 numbered 「政策1」 over 「施策1-1」 over bullets; a 子どもの貧困対策推進計画 whose 施策体系
is a tree drawn with ├ and └; a 文化財保存活用地域計画 table of 基本目標 | 施策の方向 | 具体的施策,
its first two columns merged down over their rows.

Conventions as in shapes_cases_excerpts12.py.  Written after the rules of shapes_cases_excerpts15.py,
before any rule was run on them.  At first sight (fb1e7f7): Goal F1 1.00, Theme 0.67, Issue 1.00,
Measure 0.76, item → theme links 22 of 31, one line named as no item read as an item: the 「3.1」
headings over action bullets read as a manual's sections (though those over 【課題】/【施策】 lines are
read by the labels), the 地区 column named by no cue read as no theme, the drawn tree's numbers kept in
its labels, a chapter naming the 措置 of its table read as a theme over the table's goals.  After
decimal headings read as a plan's areas where half their groups or more hold items or actions under
each sibling, a heading naming directions after one word (「振興の方針」) the list of them, and a
sentence with no subject ending in a verb after its object (「…を貸し出す」) an action: Theme 0.71,
Measure 0.82, links 24 of 31; after a first column named by no cue (「地区」) whose cells name each row
alone the rows' theme: Theme 0.79, links 26 of 31; after a drawn tree's branches labelled without
their numbers (「1　」, 「(1) 」): Theme 0.97, Measure 1.00, links 31 of 31.
"""

from __future__ import annotations

from tests.kg.extract.shapes_cases import Case, Expected

_SEWERAGE = Case(
    name="gesuido_vision_decimal_headings_over_labelled_lines",
    text="""\
# はやせ市下水道ビジョン（抜粋）

## 4 施策の展開

### 4.1 施設の老朽化対策

【課題】
- 標準耐用年数を超える管渠が増えている。

【施策】
- 管渠の点検をテレビカメラ調査で計画的に行う。
- 老朽化した管渠を優先度に応じて更新する。

### 4.2 浸水対策

【課題】
- 短時間の大雨による市街地の浸水被害が相次いでいる。

【施策】
- 雨水幹線と雨水貯留施設を整備する。
- 内水ハザードマップを公表する。

### 4.3 経営基盤の強化

【課題】
- 人口の減少で下水道使用料の収入が減っている。

【施策】
- 下水道使用料の水準を5年ごとに見直す。
""",
    items=(
        Expected("Theme", "施設の老朽化対策"),
        Expected("Issue", "標準耐用年数を超える管渠が増えている。", theme="施設の老朽化対策"),
        Expected("Measure", "管渠の点検をテレビカメラ調査で計画的に行う。", theme="施設の老朽化対策"),
        Expected("Measure", "老朽化した管渠を優先度に応じて更新する。", theme="施設の老朽化対策"),
        Expected("Theme", "浸水対策"),
        Expected("Issue", "短時間の大雨による市街地の浸水被害が相次いでいる。", theme="浸水対策"),
        Expected("Measure", "雨水幹線と雨水貯留施設を整備する。", theme="浸水対策"),
        Expected("Measure", "内水ハザードマップを公表する。", theme="浸水対策"),
        Expected("Theme", "経営基盤の強化"),
        Expected("Issue", "人口の減少で下水道使用料の収入が減っている。", theme="経営基盤の強化"),
        Expected("Measure", "下水道使用料の水準を5年ごとに見直す。", theme="経営基盤の強化"),
    ),
    not_items=("4 施策の展開", "【課題】", "【施策】"),
)

_RURAL = Case(
    name="noson_shinko_decimal_prose_and_action_sections_district_column",
    text="""\
# みずなし町農村振興計画（抜粋）

## 2 農村の現状

### 2.1 人口と農家数

町の人口は令和2年に8,200人となり、販売農家は420戸である。

### 2.2 農地の状況

水田が農地の7割を占めている。

## 3 振興の方針

### 3.1 担い手の確保

- 新規就農者に研修農場を貸し出す。
- 集落営農の法人化を支援する。

### 3.2 農地の保全

- 耕作放棄地の再生に要する費用を補助する。
- 中山間地域の棚田の保全活動を支援する。

## 4 地区別の取組

| 地区 | 主な取組 |
|---|---|
| 北部地区 | 農産物直売所を拡張する |
| 南部地区 | 耕作放棄地を市民農園に転用する |
""",
    items=(
        Expected("Theme", "担い手の確保"),
        Expected("Measure", "新規就農者に研修農場を貸し出す。", theme="担い手の確保"),
        Expected("Measure", "集落営農の法人化を支援する。", theme="担い手の確保"),
        Expected("Theme", "農地の保全"),
        Expected("Measure", "耕作放棄地の再生に要する費用を補助する。", theme="農地の保全"),
        Expected("Measure", "中山間地域の棚田の保全活動を支援する。", theme="農地の保全"),
        Expected("Theme", "北部地区"),
        Expected("Measure", "農産物直売所を拡張する", theme="北部地区"),
        Expected("Theme", "南部地区"),
        Expected("Measure", "耕作放棄地を市民農園に転用する", theme="南部地区"),
    ),
    not_items=("農村の現状", "人口と農家数", "農地の状況", "振興の方針", "地区別の取組"),
)

_LIBRARY = Case(
    name="toshokan_policy_numbers_over_measure_numbers_over_bullets",
    text="""\
# みのり市図書館基本計画（抜粋）

## 第4章　施策の展開

### 政策1　誰もが利用しやすい図書館

#### 施策1-1　サービス網の充実

- 移動図書館車の巡回先を増やす。
- 駅前に返却ポストを設置する。

#### 施策1-2　障害のある人へのサービスの充実

- 大活字本と録音図書を増やす。

### 政策2　地域の情報拠点となる図書館

#### 施策2-1　地域資料の収集と保存

- 郷土資料をデジタル化して公開する。
""",
    items=(
        Expected("Theme", "誰もが利用しやすい図書館"),
        Expected("Measure", "サービス網の充実", theme="誰もが利用しやすい図書館"),
        Expected("Measure", "移動図書館車の巡回先を増やす。", theme="誰もが利用しやすい図書館"),
        Expected("Measure", "駅前に返却ポストを設置する。", theme="誰もが利用しやすい図書館"),
        Expected("Measure", "障害のある人へのサービスの充実", theme="誰もが利用しやすい図書館"),
        Expected("Measure", "大活字本と録音図書を増やす。", theme="誰もが利用しやすい図書館"),
        Expected("Theme", "地域の情報拠点となる図書館"),
        Expected("Measure", "地域資料の収集と保存", theme="地域の情報拠点となる図書館"),
        Expected("Measure", "郷土資料をデジタル化して公開する。", theme="地域の情報拠点となる図書館"),
    ),
    not_items=("第4章",),
)

_CHILD_POVERTY = Case(
    name="kodomo_hinkon_drawn_tree_of_measures",
    text="""\
# かすみ市子どもの貧困対策推進計画（抜粋）

## 第3章　施策の体系

基本理念：すべての子どもが夢と希望を持って成長できるまち

├ 1　教育の支援
│　├ (1) 学習支援教室の開設
│　└ (2) 就学援助制度の周知
├ 2　生活の支援
│　├ (1) 子ども食堂への運営費の補助
│　└ (2) ひとり親家庭への家事支援員の派遣
└ 3　経済的支援
　　└ (1) 児童扶養手当の相談窓口の一元化
""",
    items=(
        Expected("Goal", "すべての子どもが夢と希望を持って成長できるまち"),
        Expected("Theme", "教育の支援"),
        Expected("Measure", "学習支援教室の開設", theme="教育の支援"),
        Expected("Measure", "就学援助制度の周知", theme="教育の支援"),
        Expected("Theme", "生活の支援"),
        Expected("Measure", "子ども食堂への運営費の補助", theme="生活の支援"),
        Expected("Measure", "ひとり親家庭への家事支援員の派遣", theme="生活の支援"),
        Expected("Theme", "経済的支援"),
        Expected("Measure", "児童扶養手当の相談窓口の一元化", theme="経済的支援"),
    ),
    not_items=("施策の体系",),
)

_CULTURAL_PROPERTIES = Case(
    name="bunkazai_goal_direction_measure_table_merged_down",
    text="""\
# いずみ町文化財保存活用地域計画（抜粋）

## 第6章　文化財の保存・活用に関する措置

| 基本目標 | 施策の方向 | 具体的施策 |
|---|---|---|
| 文化財を知る | 調査の推進 | 未指定の文化財の悉皆調査を行う |
|  |  | 古文書の目録を作成する |
|  | 情報の発信 | 文化財マップを作成して配布する |
| 文化財を守り伝える | 保存環境の整備 | 収蔵庫の防火設備を更新する |
|  | 担い手の育成 | 祭礼の囃子の後継者講座を開く |
""",
    items=(
        Expected("Goal", "文化財を知る"),
        Expected("Theme", "調査の推進"),
        Expected("Measure", "未指定の文化財の悉皆調査を行う", theme="調査の推進"),
        Expected("Measure", "古文書の目録を作成する", theme="調査の推進"),
        Expected("Theme", "情報の発信"),
        Expected("Measure", "文化財マップを作成して配布する", theme="情報の発信"),
        Expected("Goal", "文化財を守り伝える"),
        Expected("Theme", "保存環境の整備"),
        Expected("Measure", "収蔵庫の防火設備を更新する", theme="保存環境の整備"),
        Expected("Theme", "担い手の育成"),
        Expected("Measure", "祭礼の囃子の後継者講座を開く", theme="担い手の育成"),
    ),
    not_items=("第6章",),
)

CASES = [_SEWERAGE, _RURAL, _LIBRARY, _CHILD_POVERTY, _CULTURAL_PROPERTIES]
