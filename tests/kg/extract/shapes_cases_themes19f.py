"""Excerpts of Japanese plans whose headings are themes by a label with a letter (「分野Ａ　…」), laid out
as such plans are, with the items a reader takes from them (test_shapes_excerpts.py holds the figures).

Every excerpt is invented (place names fictitious).  The kind: a 男女共同参画計画 whose 施策の展開 holds
「分野Ａ」「分野Ｂ」 headings (a full-width letter, then a space or a colon) over 事業名 | 内容 | 担当課
tables; the letter and its cue are no part of the theme's name; and a 子育て応援プラン of 「【柱N】」 lines,
each over a 〈課題〉 label with ・ lines and an 〈アクション〉 label with 「N-M　…」 lines in the label's own
paragraph (the label's entries, measures of the 柱, not headings); and a 観光振興計画 whose
「(1) 市の概況」 over a table of figures, beside 「(2) 観光の課題」 over ・ issues, describes the place: no
theme, and the issues after it none of its; and a 高齢者福祉計画 whose chapter
「高齢者を取り巻く現状」 states an issue in prose before the chapter of its 基本目標 (a part, no theme).
Written before any rule was run on them.
"""

from __future__ import annotations

from tests.kg.extract.shapes_cases import Case, Expected

_LETTERED_FIELDS = Case(
    name="danjo_kyodo_sankaku_lettered_field_headings_over_project_tables",
    text="""\
# みずほ町男女共同参画計画（抜粋）

## 3　施策の展開

### 分野Ａ　仕事と家庭生活の両立

| 事業名 | 内容 | 担当課 |
|---|---|---|
| 男性の育児休業取得の啓発 | 町内事業所への出前講座 | 産業振興課 |
| 病児保育の実施 | 町内1か所で実施 | 子育て支援課 |

### 分野Ｂ：政策・方針決定過程への女性の参画

| 事業名 | 内容 | 担当課 |
|---|---|---|
| 審議会等委員への女性の登用促進 | 登用状況を毎年公表 | 総務課 |
""",
    items=(
        Expected("Theme", "仕事と家庭生活の両立"),
        Expected("Measure", "男性の育児休業取得の啓発", theme="仕事と家庭生活の両立"),
        Expected("Measure", "病児保育の実施", theme="仕事と家庭生活の両立"),
        Expected("Theme", "政策・方針決定過程への女性の参画"),
        Expected("Measure", "審議会等委員への女性の登用促進", theme="政策・方針決定過程への女性の参画"),
    ),
    not_items=("3　施策の展開",),
)

_CODED_ACTIONS = Case(
    name="kosodate_pillar_lines_labels_over_coded_action_lines",
    text="""\
# ふたば市子育て応援プラン

【柱1】保育の受け皿の拡大

〈課題〉
・待機児童が毎年発生している。

〈アクション〉
1-1　小規模保育事業所の整備
1-2　保育士の宿舎借り上げへの補助
1-3　一時預かりの定員の拡大

【柱2】相談体制の充実

〈課題〉
・相談窓口が分かりにくい。

〈アクション〉
2-1　子育て相談窓口の一本化
2-2　夜間の電話相談の開設
""",
    items=(
        Expected("Theme", "保育の受け皿の拡大"),
        Expected("Issue", "待機児童が毎年発生している。", theme="保育の受け皿の拡大"),
        Expected("Measure", "小規模保育事業所の整備", theme="保育の受け皿の拡大"),
        Expected("Measure", "保育士の宿舎借り上げへの補助", theme="保育の受け皿の拡大"),
        Expected("Measure", "一時預かりの定員の拡大", theme="保育の受け皿の拡大"),
        Expected("Theme", "相談体制の充実"),
        Expected("Issue", "相談窓口が分かりにくい。", theme="相談体制の充実"),
        Expected("Measure", "子育て相談窓口の一本化", theme="相談体制の充実"),
        Expected("Measure", "夜間の電話相談の開設", theme="相談体制の充実"),
    ),
    not_items=("〈アクション〉",),
)

_BACKGROUND_PARTS = Case(
    name="kanko_shinko_place_overview_beside_issue_label_no_theme",
    text="""\
# みなと市観光振興計画

## 1　観光振興の方向

(1) 市の概況

| 項目 | 数値 |
|---|---|
| 人口 | 52,000人 |
| 観光入込客数 | 120万人 |

(2) 観光の課題
・宿泊者数が伸び悩んでいる。
・観光案内の多言語化が遅れている。

(3) 観光振興の方向
港と温泉を生かした滞在型の観光地を目指す。
""",
    items=(
        Expected("Issue", "宿泊者数が伸び悩んでいる。"),
        Expected("Issue", "観光案内の多言語化が遅れている。"),
        Expected("Goal", "港と温泉を生かした滞在型の観光地を目指す。"),
    ),
    not_items=("(1) 市の概況", "人口 |"),
)

_SURROUNDINGS = Case(
    name="koreisha_fukushi_surroundings_chapter_no_theme",
    text="""\
# ひまわり市高齢者福祉計画

## 第1章　高齢者を取り巻く現状

一人暮らしの高齢者が増え、見守りの担い手が不足していることが課題です。

## 第2章　施策の展開

### 基本目標1　地域で支え合う体制づくり

- 見守りネットワークの構築
- 生活支援コーディネーターの配置
""",
    items=(
        Expected("Issue", "一人暮らしの高齢者が増え、見守りの担い手が不足していることが課題です。"),
        Expected("Theme", "地域で支え合う体制づくり"),
        Expected("Measure", "見守りネットワークの構築", theme="地域で支え合う体制づくり"),
        Expected("Measure", "生活支援コーディネーターの配置", theme="地域で支え合う体制づくり"),
    ),
    not_items=("第1章　高齢者を取り巻く現状",),
)

CASES = [_LETTERED_FIELDS, _CODED_ACTIONS, _BACKGROUND_PARTS, _SURROUNDINGS]
