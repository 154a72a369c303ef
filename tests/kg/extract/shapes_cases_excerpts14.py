"""Excerpts of Japanese plans of more families the other sets do not hold, each marking its themes in
another way, with the items a reader takes from them (test_shapes_excerpts.py holds the figures).

Every excerpt is invented (place names fictitious).  The kinds: a 成年後見制度利用促進計画 whose bold
「柱N」 lines stand over ・ entries; a 水循環計画 in plain text, 「１．」 lines over 「（１）」 lines over ①
sentences; a 母子保健計画 table of 分野 | 現状と課題 | 今後の取組 with several ・ entries a cell; a
ゼロカーボン戦略 naming its 部門 in a sentence over a list, then a section for each with 「現状：」 (a fact),
「課題：」 and 「取組：」 lines; a 商工業振興ビジョン of unnumbered Markdown headings, a 基本方針 over its topics over 課題 and
主な取組 sub-headings; an 情報セキュリティ対策計画 table of 重点項目 | 対策 | 担当; a 消防力整備計画 of 「1　…」
headings over 「1-1　…」 headings each over one sentence.

Conventions as in shapes_cases_excerpts12.py.  Written after the rules for that set, before any rule
was run on them.  At first sight (72f2b9f): Theme F1 0.82 (16 of 22, 17 found: the 部門 listed in a
sentence's list not read, their sections made measures; the 重点項目 column, named by no cue and merged
over its rows, not read, its heading made a theme), Issue 1.00 (9 of 9), Measure 0.92 (28 of 30, 31
found: two 「1-1」 headings whose words name no action missed), item → theme links 28 of 39, four lines
named as no item read as items.  After the rules for them: every type 1.00, links 39 of 39.
"""

from __future__ import annotations

from tests.kg.extract.shapes_cases import Case, Expected

# ruff: noqa: E501

_GUARDIANSHIP = Case(
    name="seinen_koken_bold_pillar_lines_over_dot_entries",
    text="""\
# 第2期 みなみ市成年後見制度利用促進計画（抜粋）

## 4　施策の展開

**柱1　権利擁護支援の地域連携ネットワークづくり**

・中核機関を市社会福祉協議会に設置する。
・専門職団体との協議会を年2回開催する。

**柱2　制度の周知と相談体制の充実**

・市民向けの出前講座を地区ごとに開く。
・金融機関の窓口職員向けの研修を行う。

**柱3　担い手の育成**

・市民後見人養成講座を毎年度開催する。
""",
    items=(
        Expected("Theme", "権利擁護支援の地域連携ネットワークづくり"),
        Expected(
            "Measure",
            "中核機関を市社会福祉協議会に設置する。",
            theme="権利擁護支援の地域連携ネットワークづくり",
        ),
        Expected(
            "Measure",
            "専門職団体との協議会を年2回開催する。",
            theme="権利擁護支援の地域連携ネットワークづくり",
        ),
        Expected("Theme", "制度の周知と相談体制の充実"),
        Expected("Measure", "市民向けの出前講座を地区ごとに開く。", theme="制度の周知と相談体制の充実"),
        Expected("Measure", "金融機関の窓口職員向けの研修を行う。", theme="制度の周知と相談体制の充実"),
        Expected("Theme", "担い手の育成"),
        Expected("Measure", "市民後見人養成講座を毎年度開催する。", theme="担い手の育成"),
    ),
    not_items=("4　施策の展開",),
)

_WATER = Case(
    name="mizu_junkan_plain_three_levels",
    text="""\
あおい市水循環計画（抜粋）

第４章　施策の内容

１．健全な水循環の維持
（１）水源の保全
①水源林の間伐を森林組合と協力して進める。
②水源地域の開発行為について事前協議を求める。
（２）地下水の適正な利用
①地下水の採取量の報告を事業者に求める。
②地下水位の観測井を増設する。

２．水の有効利用
（１）雨水の活用
①雨水タンクの設置費用を補助する。
（２）節水の推進
①公共施設の水栓を節水型に更新する。
""",
    items=(
        Expected("Theme", "健全な水循環の維持"),
        Expected("Theme", "水源の保全"),
        Expected("Measure", "水源林の間伐を森林組合と協力して進める。", theme="水源の保全"),
        Expected("Measure", "水源地域の開発行為について事前協議を求める。", theme="水源の保全"),
        Expected("Theme", "地下水の適正な利用"),
        Expected("Measure", "地下水の採取量の報告を事業者に求める。", theme="地下水の適正な利用"),
        Expected("Measure", "地下水位の観測井を増設する。", theme="地下水の適正な利用"),
        Expected("Theme", "水の有効利用"),
        Expected("Theme", "雨水の活用"),
        Expected("Measure", "雨水タンクの設置費用を補助する。", theme="雨水の活用"),
        Expected("Theme", "節水の推進"),
        Expected("Measure", "公共施設の水栓を節水型に更新する。", theme="節水の推進"),
    ),
    not_items=("第４章",),
)

_MATERNAL = Case(
    name="boshi_hoken_field_status_issue_next_steps_table",
    text="""\
# くすのき町母子保健計画（抜粋）

## 第3章　分野別の現状と今後の取組

| 分野 | 現状と課題 | 今後の取組 |
|---|---|---|
| 妊娠期 | ・妊娠届出が妊娠11週以降となる人が1割いる<br>・妊婦の喫煙率が県平均を上回っている | ・妊娠届出時に保健師が全員と面接する<br>・禁煙支援の個別相談を行う |
| 乳幼児期 | ・乳幼児健診の未受診者の把握が遅れている | ・未受診者に家庭訪問で受診を勧める |
| 学童・思春期 | ・朝食を欠食する児童の割合が増えている | ・学校と連携して食育の授業を行う<br>・保護者向けの食生活講座を開く |
""",
    items=(
        Expected("Theme", "妊娠期"),
        Expected("Issue", "妊娠届出が妊娠11週以降となる人が1割いる", theme="妊娠期"),
        Expected("Issue", "妊婦の喫煙率が県平均を上回っている", theme="妊娠期"),
        Expected("Measure", "妊娠届出時に保健師が全員と面接する", theme="妊娠期"),
        Expected("Measure", "禁煙支援の個別相談を行う", theme="妊娠期"),
        Expected("Theme", "乳幼児期"),
        Expected("Issue", "乳幼児健診の未受診者の把握が遅れている", theme="乳幼児期"),
        Expected("Measure", "未受診者に家庭訪問で受診を勧める", theme="乳幼児期"),
        Expected("Theme", "学童・思春期"),
        Expected("Issue", "朝食を欠食する児童の割合が増えている", theme="学童・思春期"),
        Expected("Measure", "学校と連携して食育の授業を行う", theme="学童・思春期"),
        Expected("Measure", "保護者向けの食生活講座を開く", theme="学童・思春期"),
    ),
    not_items=("第3章",),
)

_ZERO_CARBON = Case(
    name="zero_carbon_fields_listed_then_sections_with_status_and_action_lines",
    text="""\
# みどり市ゼロカーボン戦略（抜粋）

## 3　部門別の取組

本戦略では、次の三つの部門で重点的に取組を進めます。

- 家庭部門
- 業務部門
- 運輸部門

### (1) 家庭部門

現状：市の二酸化炭素排出量の約3割を家庭部門が占めている。

取組：住宅用太陽光発電設備の設置費用を補助する。

### (2) 業務部門

課題：中小事業者の省エネルギー診断の受診が進んでいない。

取組：省エネルギー診断の費用を全額補助する。

### (3) 運輸部門

課題：公共交通の利用者が減り、自家用車への依存が高まっている。

取組：電気自動車の充電設備を公共施設に設置する。
""",
    items=(
        Expected("Theme", "家庭部門", line="- 家庭部門"),
        Expected("Theme", "業務部門", line="- 業務部門"),
        Expected("Theme", "運輸部門", line="- 運輸部門"),
        Expected("Measure", "住宅用太陽光発電設備の設置費用を補助する。", theme="家庭部門"),
        Expected("Issue", "中小事業者の省エネルギー診断の受診が進んでいない。", theme="業務部門"),
        Expected("Measure", "省エネルギー診断の費用を全額補助する。", theme="業務部門"),
        Expected("Issue", "公共交通の利用者が減り、自家用車への依存が高まっている。", theme="運輸部門"),
        Expected("Measure", "電気自動車の充電設備を公共施設に設置する。", theme="運輸部門"),
    ),
    not_items=("次の三つの部門", "(1) 家庭部門", "(2) 業務部門", "(3) 運輸部門", "約3割を家庭部門"),
)

_COMMERCE = Case(
    name="shokogyo_vision_unnumbered_levels_policy_topics",
    text="""\
# ひばり市商工業振興ビジョン（抜粋）

## 基本方針

### 創業しやすいまち

#### 課題

- 創業に関する相談窓口が分かれており、分かりにくい。
- 創業直後の資金調達が難しい。

#### 主な取組

- 創業相談をワンストップで受ける窓口を設ける。
- 創業者向けの利子補給制度を創設する。

### 事業を続けられるまち

#### 課題

- 経営者の高齢化が進み、後継者のいない事業者が増えている。

#### 主な取組

- 事業承継の専門家を派遣する。
""",
    items=(
        Expected("Theme", "創業しやすいまち"),
        Expected("Issue", "創業に関する相談窓口が分かれており、分かりにくい。", theme="創業しやすいまち"),
        Expected("Issue", "創業直後の資金調達が難しい。", theme="創業しやすいまち"),
        Expected("Measure", "創業相談をワンストップで受ける窓口を設ける。", theme="創業しやすいまち"),
        Expected("Measure", "創業者向けの利子補給制度を創設する。", theme="創業しやすいまち"),
        Expected("Theme", "事業を続けられるまち"),
        Expected(
            "Issue", "経営者の高齢化が進み、後継者のいない事業者が増えている。", theme="事業を続けられるまち"
        ),
        Expected("Measure", "事業承継の専門家を派遣する。", theme="事業を続けられるまち"),
    ),
    not_items=("基本方針",),
)

_SECURITY = Case(
    name="joho_security_priority_item_column",
    text="""\
# さくら町情報セキュリティ対策計画（抜粋）

## 2　重点項目と対策

| 重点項目 | 対策 | 担当 |
|---|---|---|
| 人的対策 | 全職員に標的型メール訓練を年1回実施する | 総務課 |
| | 情報セキュリティ研修を新規採用職員に行う | 総務課 |
| 技術的対策 | 端末の多要素認証を導入する | 情報政策課 |
| 物理的対策 | サーバ室の入退室を記録する | 情報政策課 |
""",
    items=(
        Expected("Theme", "人的対策"),
        Expected("Measure", "全職員に標的型メール訓練を年1回実施する", theme="人的対策"),
        Expected("Measure", "情報セキュリティ研修を新規採用職員に行う", theme="人的対策"),
        Expected("Theme", "技術的対策"),
        Expected("Measure", "端末の多要素認証を導入する", theme="技術的対策"),
        Expected("Theme", "物理的対策"),
        Expected("Measure", "サーバ室の入退室を記録する", theme="物理的対策"),
    ),
    not_items=("2　重点項目と対策",),
)

_FIRE = Case(
    name="shobo_ryoku_hyphen_numbered_leaf_headings",
    text="""\
# みなと市消防力整備計画（抜粋）

## 1　救急体制の強化

### 1-1　救急隊の増隊

救急出動件数の増加に対応するため、令和8年度に救急隊を1隊増やす。

### 1-2　救急ワークステーションの設置

病院内に救急隊の待機所を設け、医師との連携を深める。

## 2　消防施設の計画的な更新

### 2-1　北分署の建替え

老朽化した北分署を移転して建て替える。

### 2-2　消防車両の更新

更新基準に基づき、消防車両を計画的に更新する。
""",
    items=(
        Expected("Theme", "救急体制の強化"),
        Expected("Measure", "救急隊の増隊", theme="救急体制の強化"),
        Expected("Measure", "救急ワークステーションの設置", theme="救急体制の強化"),
        Expected("Theme", "消防施設の計画的な更新"),
        Expected("Measure", "北分署の建替え", theme="消防施設の計画的な更新"),
        Expected("Measure", "消防車両の更新", theme="消防施設の計画的な更新"),
    ),
    not_items=("令和8年度に救急隊を1隊", "医師との連携を深める", "移転して建て替える", "計画的に更新する。"),
)

CASES = [_GUARDIANSHIP, _WATER, _MATERNAL, _ZERO_CARBON, _COMMERCE, _SECURITY, _FIRE]
