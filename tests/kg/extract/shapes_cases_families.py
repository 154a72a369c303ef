"""Excerpts of seven families of layout, each in several numberings, as Markdown and plain text.

Invented for testing (not taken from any published document), in the form of
:mod:`tests.kg.extract.shapes_cases`, and annotated by reading before the
extractor was run on them.  The families:

1. KPI rows (a table of 指標 / 現状値 / 目標, 【KPI】 and ＜指標＞ lines, 【重要業績指標】 entries):
   targets, never goals, issues or measures;
2. tables keyed by ア/イ/ウ, ①②, (1)(2) in their first column: the text cell is the item,
   the key no item, and the row is part of its section's theme or its theme cell;
3. headings naming a part of the document (「計画の基本的な考え方」, 「計画の位置付け」,
   「計画期間」, 「提言」, 「まとめ」, 「おわりに」, 「参考」): no theme, even over items;
4. a procurement or commissioning 仕様書: its 「目的」 is the contract's, not a policy goal,
   and its tasks no measures;
5. 規制改革実施計画 tables (No. / 事項名 / 規制改革の内容 / 実施時期 / 所管府省): each 事項名
   a measure of the table's section theme;
6. a plan's 基本目標 → 施策の方向 → 具体的な取組, as headings or as an indented outline:
   the 基本目標 and the 施策の方向 both themes (first annotated as goals over themes: the plans'
   numbered 基本目標 are their areas, tests/gold/README.md), the inner one the measures' theme;
7. a 国土強靱化地域計画's 事前に備えるべき目標, リスクシナリオ (起きてはならない最悪の事態) and
   推進方針: goals, the issues under them and the measures under each scenario.

Conventions: a theme that stands under a goal has no theme of its own (the goal is
no theme), and one under another theme is not scored for it; a goal under a theme
heading is part of that theme only where the text puts it there.

Scored first, before any rule was written for them: goals F1 0.64 (9 of 13 right, 15
found), themes 0.62 (16 of 29, 23 found), issues 0.00 (0 of 8), measures 0.71 (37 of 60,
44 found), item → theme links 23 of 48, and ten procedure or KPI lines made items.  The
neighbours (:data:`NEIGHBOURS`, written after the first rules, before running them)
scored 14 of 33 items right, links 4 of 16, three lines made items.  The rules written
since are cue and structure rules of the generic profile, its outline reader and a
procurement profile, none naming these texts.
"""

# ruff: noqa: E501  (the excerpts are kept as written)

from __future__ import annotations

from tests.kg.extract.shapes_cases import Case, Expected

E = Expected

# 1 KPI rows -----------------------------------------------------------------

KPI_TABLE_WITH_TARGET_COLUMN = Case(
    "kpi_table_with_target_column",
    """# 第2次みなと市環境基本計画（抜粋）

## 第3章 施策の展開

### 1 脱炭素社会の実現

#### 主な取組
- 公共施設への太陽光発電設備の導入
- 電気自動車の充電設備の設置支援

#### 成果指標

| 指標 | 現状値（R5） | 目標（R12） |
|---|---|---|
| 市域の温室効果ガス排出量 | 82万t | 55万t |
| 公共施設の再生可能エネルギー電力の割合 | 12% | 60% |

### 2 循環型社会の形成

#### 主な取組
- 食品ロス削減の啓発
- 資源回収拠点の拡充

#### 成果指標

| 指標 | 現状値（R5） | 目標（R12） |
|---|---|---|
| 1人1日当たりのごみ排出量 | 880g | 800g |
""",
    (
        E("Theme", "脱炭素社会の実現"),
        E("Measure", "公共施設への太陽光発電設備の導入", "脱炭素社会の実現"),
        E("Measure", "電気自動車の充電設備の設置支援", "脱炭素社会の実現"),
        E("Theme", "循環型社会の形成"),
        E("Measure", "食品ロス削減の啓発", "循環型社会の形成"),
        E("Measure", "資源回収拠点の拡充", "循環型社会の形成"),
    ),
    (
        "施策の展開",
        "成果指標",
        "市域の温室効果ガス排出量",
        "公共施設の再生可能エネルギー電力の割合",
        "1人1日当たりのごみ排出量",
    ),
)

KPI_BRACKET_LINES = Case(
    "kpi_bracket_lines_among_measures",
    """## 施策の柱3　地域の防犯力の向上

### 主な取組
- 防犯カメラの設置補助
- 自主防犯団体の活動支援
- 【KPI】自主防犯団体の数　45団体→60団体
- 【重要業績指標】刑法犯認知件数の減少

### 目標値
- 防犯カメラ設置台数　500台（R10）

## 施策の柱4　消費者被害の防止

### 主な取組
- 出前講座による消費者教育
- KPI：消費生活相談の解決率 95%
""",
    (
        E("Theme", "地域の防犯力の向上"),
        E("Measure", "防犯カメラの設置補助", "地域の防犯力の向上"),
        E("Measure", "自主防犯団体の活動支援", "地域の防犯力の向上"),
        E("Theme", "消費者被害の防止"),
        E("Measure", "出前講座による消費者教育", "消費者被害の防止"),
    ),
    ("自主防犯団体の数", "刑法犯認知件数の減少", "防犯カメラ設置台数", "消費生活相談の解決率"),
)

KPI_PLAIN_INDICATORS = Case(
    "kpi_plain_indicator_lines",
    """第4章　分野別の施策

１　健康づくりの推進

（１）がん検診の受診促進
（２）食生活改善の普及啓発

＜指標＞
・がん検診受診率　45.0%→60%
・朝食を欠食する若者の割合の減少

２　地域医療の確保

（１）休日夜間診療体制の維持

＜指標＞
・住宅の耐震化率　87.2%→95%
""",
    (
        E("Theme", "健康づくりの推進"),
        E("Measure", "がん検診の受診促進", "健康づくりの推進"),
        E("Measure", "食生活改善の普及啓発", "健康づくりの推進"),
        E("Theme", "地域医療の確保"),
        E("Measure", "休日夜間診療体制の維持", "地域医療の確保"),
    ),
    ("分野別の施策", "指標", "がん検診受診率", "朝食を欠食する若者の割合の減少", "住宅の耐震化率"),
)

KPI_COLUMN_BESIDE_MEASURES = Case(
    "kpi_column_beside_measures",
    """## 重点分野2　子育て支援

| 取組 | KPI | 目標値 |
|---|---|---|
| 病児保育施設の増設 | 病児保育の定員 | 40人 |
| 子育て応援アプリの配信 | アプリの登録者数 | 5,000人 |

| KPI | 基準値 | 目標値 |
|---|---|---|
| 待機児童数 | 12人 | 0人 |
""",
    (
        E("Theme", "子育て支援"),
        E("Measure", "病児保育施設の増設", "子育て支援"),
        E("Measure", "子育て応援アプリの配信", "子育て支援"),
    ),
    ("待機児童数",),
)

# 2 tables keyed by ア/イ, ①②, (1)(2) ------------------------------------------

KEYED_SCHEDULE_TABLE = Case(
    "katakana_keyed_schedule_table",
    """## 重点分野2　中小企業の生産性向上

### 工程表

| | 取組 | 令和6年度 | 令和7年度 | 令和8年度 |
|---|---|---|---|---|
| ア | 専門家派遣による業務改善支援 | 実施 | 拡充 | 継続 |
| イ | クラウド会計導入の補助 | 制度設計 | 実施 | 継続 |
| ウ | 事業承継の相談窓口の設置 | 検討 | 設置 | 運営 |

## 重点分野3　人材の確保

### 工程表

| 項目 | 取組 | 令和6年度 | 令和7年度 | 令和8年度 |
|---|---|---|---|---|
| ア | 合同企業説明会の開催 | 実施 | 実施 | 実施 |
| イ | 奨学金返還支援制度の創設 | 検討 | 創設 | 運用 |
""",
    (
        E("Theme", "中小企業の生産性向上"),
        E("Measure", "専門家派遣による業務改善支援", "中小企業の生産性向上"),
        E("Measure", "クラウド会計導入の補助", "中小企業の生産性向上"),
        E("Measure", "事業承継の相談窓口の設置", "中小企業の生産性向上"),
        E("Theme", "人材の確保"),
        E("Measure", "合同企業説明会の開催", "人材の確保"),
        E("Measure", "奨学金返還支援制度の創設", "人材の確保"),
    ),
    ("工程表",),
)

CIRCLED_KEYED_THEME_TABLE = Case(
    "circled_keyed_table_with_theme_cells",
    """# 地域公共交通計画（抜粋）

## 第5章 目標を達成するための施策

| 番号 | 施策の方向 | 具体的な取組 | 担当課 |
|---|---|---|---|
| ① | 地域公共交通の確保 | デマンド交通の運行エリア拡大 | 交通政策課 |
| ② | | 高齢者の運賃助成 | 高齢福祉課 |
| ③ | 移動の安全確保 | 生活道路の速度抑制対策 | 道路課 |
""",
    (
        E("Theme", "地域公共交通の確保"),
        E("Measure", "デマンド交通の運行エリア拡大", "地域公共交通の確保"),
        E("Measure", "高齢者の運賃助成", "地域公共交通の確保"),
        E("Theme", "移動の安全確保"),
        E("Measure", "生活道路の速度抑制対策", "移動の安全確保"),
    ),
    ("目標を達成するための施策",),
)

PAREN_KEYED_TABLE = Case(
    "parenthesised_keys_in_first_column",
    """## 施策の柱3　保育人材の確保・育成

| No. | 取組内容 | 実施時期 |
|---|---|---|
| (1) | 保育士の処遇改善に向けた補助の拡充 | 令和7年度 |
| (2) | 潜在保育士の再就職支援 | 令和7年度～ |
| (3) | 保育補助者の雇上げ支援 | 令和8年度 |
""",
    (
        E("Theme", "保育人材の確保・育成"),
        E("Measure", "保育士の処遇改善に向けた補助の拡充", "保育人材の確保・育成"),
        E("Measure", "潜在保育士の再就職支援", "保育人材の確保・育成"),
        E("Measure", "保育補助者の雇上げ支援", "保育人材の確保・育成"),
    ),
)

# 3 headings naming a part of the document -------------------------------------

PLAN_PARTS_WITH_POLICIES = Case(
    "plan_parts_over_basic_policies",
    """# ひかり町地域福祉計画

## 第1章 計画の基本的な考え方

### 1 計画策定の趣旨
本計画は、誰もが住み慣れた地域で安心して暮らせる社会の実現を目的とする。

### 2 計画の位置付け
社会福祉法第107条に基づく市町村地域福祉計画として策定する。

### 3 計画期間
令和7年度から令和11年度までの5年間とする。

## 第2章 施策の展開

### 重点分野1 支え合いの地域づくり
- 地域サロンの立ち上げ支援
- 見守りネットワークの拡充

### 重点分野2 相談支援体制の充実
- 重層的支援体制整備事業の実施

## 第3章 計画の推進

### 1 推進体制
庁内の推進会議で進捗を管理する。

## 参考

### 用語解説
- 重層的支援体制整備事業：属性を問わない相談支援等を一体的に行う事業
""",
    (
        E("Goal", "本計画は、誰もが住み慣れた地域で安心して暮らせる社会の実現を目的とする。"),
        E("Theme", "支え合いの地域づくり"),
        E("Measure", "地域サロンの立ち上げ支援", "支え合いの地域づくり"),
        E("Measure", "見守りネットワークの拡充", "支え合いの地域づくり"),
        E("Theme", "相談支援体制の充実"),
        E("Measure", "重層的支援体制整備事業の実施", "相談支援体制の充実"),
    ),
    (
        "計画の基本的な考え方",
        "計画策定の趣旨",
        "計画の位置付け",
        "社会福祉法第107条",
        "計画期間",
        "令和7年度から",
        "計画の推進",
        "推進体制",
        "参考",
        "用語解説",
        "属性を問わない",
    ),
)

COUNCIL_PARTS = Case(
    "council_report_proposal_and_closing_parts",
    """# 地域の担い手確保に関する研究会 報告書

## Ⅰ 研究会の経緯
本研究会は令和6年5月に設置され、5回の会合を開いた。

## Ⅱ 提言

### 1 若者の地域参加の促進
### 2 副業・兼業人材の活用
### 3 地域運営組織への支援の強化

## Ⅲ まとめ
本報告の提言が各地域で活かされることを期待する。

## おわりに
委員各位の熱心な議論に感謝する。

## 参考
- 研究会の開催経過
- 委員名簿
""",
    (
        E("Measure", "若者の地域参加の促進"),
        E("Measure", "副業・兼業人材の活用"),
        E("Measure", "地域運営組織への支援の強化"),
    ),
    (
        "研究会の経緯",
        "本研究会は",
        "Ⅱ 提言",
        "まとめ",
        "本報告の提言が",
        "おわりに",
        "委員各位",
        "参考",
        "研究会の開催経過",
        "委員名簿",
    ),
)

PLAIN_PLAN_PARTS = Case(
    "plain_plan_parts_over_a_vision",
    """第1章　計画の基本的な考え方

1　基本理念
　学び合い、支え合う　生涯学習のまち

2　計画期間
　令和7年度から令和11年度まで

第2章　施策の展開

1　学習機会の充実
　(1) 公民館講座の充実
　(2) オンライン講座の配信

2　学習成果の活用
　(1) 地域人材バンクの運営

第3章　まとめ

　計画の進捗は毎年度点検する。
""",
    (
        E("Goal", "学び合い、支え合う　生涯学習のまち"),
        E("Theme", "学習機会の充実"),
        E("Measure", "公民館講座の充実", "学習機会の充実"),
        E("Measure", "オンライン講座の配信", "学習機会の充実"),
        E("Theme", "学習成果の活用"),
        E("Measure", "地域人材バンクの運営", "学習成果の活用"),
    ),
    ("計画の基本的な考え方", "基本理念", "計画期間", "令和7年度から", "施策の展開", "まとめ", "計画の進捗は"),
)

# 4 procurement specifications ------------------------------------------------

COMMISSION_SPECIFICATION = Case(
    "commission_specification_markdown",
    """# 令和7年度 地域デジタル化支援業務 委託仕様書

## 1. 業務の目的
本業務は、市内の中小企業のデジタル化を支援し、地域経済の活性化を図ることを目的とする。

## 2. 委託期間
契約締結日から令和8年3月31日まで

## 3. 業務内容
(1) セミナーの企画・運営
(2) 個別相談会の実施
(3) 成果報告書の作成

## 4. 成果物
- 業務完了報告書 1部
""",
    (),
    (
        "業務の目的",
        "本業務は、市内の",
        "委託期間",
        "セミナーの企画・運営",
        "個別相談会の実施",
        "成果報告書の作成",
        "業務完了報告書",
    ),
)

PROCUREMENT_SPECIFICATION = Case(
    "procurement_specification_plain",
    """調達仕様書

第1　調達件名
　電子申請システム再構築業務

第2　目的
　本調達は、県民の利便性向上と事務の効率化を目的として、電子申請システムを再構築するものである。

第3　業務の範囲
ア　要件定義
イ　設計・開発
ウ　運用保守

第4　納入期限
　令和8年3月31日
""",
    (),
    ("調達件名", "第2　目的", "本調達は", "要件定義", "設計・開発", "運用保守", "納入期限"),
)

COMMISSION_PURPOSE_HEADING = Case(
    "commission_purpose_heading_without_title",
    """## 本委託業務の目的

- 観光客の動態を把握し、効果的な誘客施策の立案に資することを目的とする。

## 委託業務の内容

### （1）人流データの分析
### （2）分析結果の報告
""",
    (),
    ("本委託業務の目的", "観光客の動態を把握し", "委託業務の内容", "人流データの分析", "分析結果の報告"),
)

# 5 規制改革実施計画 tables -------------------------------------------------------

REGULATORY_REFORM_TABLES = Case(
    "regulatory_reform_plan_tables",
    """# 規制改革実施計画（抜粋）

## Ⅱ 分野別実施事項

### 1. 医療・介護分野

| No. | 事項名 | 規制改革の内容 | 実施時期 | 所管府省 |
|---|---|---|---|---|
| 1 | 医療機関以外の場所でのオンライン診療の実施 | 厚生労働省は、患者が医療機関以外の場所でオンライン診療を受けられる場所の要件を明確化し、周知する。 | 令和6年度措置 | 厚生労働省 |
| 2 | オンライン服薬指導の見直し | 厚生労働省は、薬剤師が薬局以外の場所からオンライン服薬指導を行うことを可能とする。 | 令和6年度検討開始、結論を得次第速やかに措置 | 厚生労働省 |

### 2. 地域産業活性化分野

| No. | 事項名 | 規制改革の内容 | 実施時期 | 所管府省 |
|---|---|---|---|---|
| 3 | 農地転用許可手続の迅速化 | 農林水産省は、転用許可の標準処理期間を短縮する。 | 令和7年度措置 | 農林水産省 |
""",
    (
        E("Theme", "医療・介護分野"),
        E("Measure", "医療機関以外の場所でのオンライン診療の実施", "医療・介護分野"),
        E("Measure", "オンライン服薬指導の見直し", "医療・介護分野"),
        E("Theme", "地域産業活性化分野"),
        E("Measure", "農地転用許可手続の迅速化", "地域産業活性化分野"),
    ),
    ("分野別実施事項",),
)

REGULATORY_REFORM_BRACKET_THEMES = Case(
    "regulatory_reform_bracket_sections",
    """## 【スタートアップ・イノベーション】

| 事項名 | 規制改革の内容 | 実施時期 | 所管府省 |
|---|---|---|---|
| 公道での自動配送ロボットの走行要件の見直し | 警察庁は、遠隔操作型小型車の走行要件を見直す。 | 令和7年度結論・措置 | 警察庁 |
| 株式報酬の発行手続の簡素化 | 法務省は、株式報酬の発行に係る手続を簡素化する。 | 令和7年度措置 | 法務省 |

## 【人への投資】

| 事項名 | 規制改革の内容 | 実施時期 | 所管府省 |
|---|---|---|---|
| 教員免許の取得要件の弾力化 | 文部科学省は、社会人が教員免許を取得しやすくするため要件を弾力化する。 | 令和8年度措置 | 文部科学省 |
""",
    (
        E("Theme", "スタートアップ・イノベーション"),
        E("Measure", "公道での自動配送ロボットの走行要件の見直し", "スタートアップ・イノベーション"),
        E("Measure", "株式報酬の発行手続の簡素化", "スタートアップ・イノベーション"),
        E("Theme", "人への投資"),
        E("Measure", "教員免許の取得要件の弾力化", "人への投資"),
    ),
)

# 6 基本目標 → 施策の方向 → 具体的な取組 (themes over themes) ---------------------------------------------

NESTED_GOAL_HEADINGS = Case(
    "basic_goal_policy_direction_headings",
    """# あおば市第3次総合計画 基本計画

## 基本目標1 子どもが健やかに育つまち

### 施策の方向1-1 子育て支援の充実

#### 具体的な取組
- 子育て世代包括支援センターの機能強化
- 一時預かり事業の拡充

### 施策の方向1-2 学校教育の充実

#### 具体的な取組
- ICTを活用した個別最適な学びの推進
- 不登校児童生徒への支援

## 基本目標2 誰もが安心して暮らせるまち

### 施策の方向2-1 地域医療体制の確保

#### 具体的な取組
- 休日診療所の運営支援
""",
    (
        E("Theme", "子どもが健やかに育つまち"),
        E("Theme", "子育て支援の充実"),
        E("Measure", "子育て世代包括支援センターの機能強化", "子育て支援の充実"),
        E("Measure", "一時預かり事業の拡充", "子育て支援の充実"),
        E("Theme", "学校教育の充実"),
        E("Measure", "ICTを活用した個別最適な学びの推進", "学校教育の充実"),
        E("Measure", "不登校児童生徒への支援", "学校教育の充実"),
        E("Theme", "誰もが安心して暮らせるまち"),
        E("Theme", "地域医療体制の確保"),
        E("Measure", "休日診療所の運営支援", "地域医療体制の確保"),
    ),
    ("具体的な取組",),
)

NESTED_GOAL_OUTLINE = Case(
    "basic_goal_policy_direction_plain_outline",
    """基本目標Ⅰ　安全・安心な暮らしを守る

　施策の方向１　防災体制の強化
　　・自主防災組織の結成促進
　　・防災行政無線のデジタル化

　施策の方向２　交通安全の推進
　　・高齢運転者の免許返納支援

基本目標Ⅱ　活力ある産業を育てる

　施策の方向１　農業の担い手確保
　　・新規就農者への研修
""",
    (
        E("Theme", "安全・安心な暮らしを守る"),
        E("Theme", "防災体制の強化"),
        E("Measure", "自主防災組織の結成促進", "防災体制の強化"),
        E("Measure", "防災行政無線のデジタル化", "防災体制の強化"),
        E("Theme", "交通安全の推進"),
        E("Measure", "高齢運転者の免許返納支援", "交通安全の推進"),
        E("Theme", "活力ある産業を育てる"),
        E("Theme", "農業の担い手確保"),
        E("Measure", "新規就農者への研修", "農業の担い手確保"),
    ),
)

NESTED_GOAL_NUMBERED_DIRECTIONS = Case(
    "basic_goal_over_numbered_directions",
    """## 基本目標３　魅力と活力にあふれるまち

### 施策の方向

#### （１）観光の振興
① 観光案内所の多言語対応
② 周遊ルートの開発

#### （２）商工業の振興
① 商店街の空き店舗活用の支援

## 基本目標４　環境にやさしいまち

### 施策の方向

#### （１）ごみの減量化
① 生ごみ堆肥化の推進
""",
    (
        E("Theme", "魅力と活力にあふれるまち"),
        E("Theme", "観光の振興"),
        E("Measure", "観光案内所の多言語対応", "観光の振興"),
        E("Measure", "周遊ルートの開発", "観光の振興"),
        E("Theme", "商工業の振興"),
        E("Measure", "商店街の空き店舗活用の支援", "商工業の振興"),
        E("Theme", "環境にやさしいまち"),
        E("Theme", "ごみの減量化"),
        E("Measure", "生ごみ堆肥化の推進", "ごみの減量化"),
    ),
    ("施策の方向",),
)

# 7 国土強靱化地域計画 ---------------------------------------------------------------

RESILIENCE_HEADINGS = Case(
    "resilience_plan_goal_scenario_headings",
    """# みさき市国土強靱化地域計画（抜粋）

## 第4章 推進方針

### 事前に備えるべき目標1 直接死を最大限防ぐ

#### リスクシナリオ1-1 住宅・建物等の複合的・大規模倒壊による多数の死傷者の発生

【推進方針】
- 住宅の耐震診断・耐震改修への補助
- 空き家の除却の促進
- 【重要業績指標】住宅の耐震化率　87.2%（R5）→95%（R12）

#### リスクシナリオ1-2 市街地等の長期的な浸水による多数の死傷者の発生

【推進方針】
- 雨水排水施設の整備
- 洪水ハザードマップの周知

### 事前に備えるべき目標2 救助・救急、医療活動が迅速に行われる

#### リスクシナリオ2-1 被災地での食料・飲料水等、生命に関わる物資供給の長期停止

【推進方針】
- 家庭における備蓄の啓発
- 災害時応援協定の締結拡大
""",
    (
        E("Goal", "直接死を最大限防ぐ"),
        E("Issue", "住宅・建物等の複合的・大規模倒壊による多数の死傷者の発生"),
        E("Measure", "住宅の耐震診断・耐震改修への補助"),
        E("Measure", "空き家の除却の促進"),
        E("Issue", "市街地等の長期的な浸水による多数の死傷者の発生"),
        E("Measure", "雨水排水施設の整備"),
        E("Measure", "洪水ハザードマップの周知"),
        E("Goal", "救助・救急、医療活動が迅速に行われる"),
        E("Issue", "被災地での食料・飲料水等、生命に関わる物資供給の長期停止"),
        E("Measure", "家庭における備蓄の啓発"),
        E("Measure", "災害時応援協定の締結拡大"),
    ),
    ("第4章 推進方針", "【推進方針】", "住宅の耐震化率"),
)

RESILIENCE_TABLE = Case(
    "resilience_plan_scenario_table",
    """## 2 リスクシナリオの設定

本計画では、次のとおり起きてはならない最悪の事態を設定した。

| 事前に備えるべき目標 | 起きてはならない最悪の事態（リスクシナリオ） |
|---|---|
| 1 直接死を最大限防ぐ | 1-1 地震による住宅・建築物の倒壊や火災による死傷者の発生<br>1-2 津波による多数の死傷者の発生 |
| 2 ライフラインの機能を維持する | 2-1 上水道の長期間にわたる供給停止 |
""",
    (
        E("Goal", "直接死を最大限防ぐ"),
        E("Issue", "地震による住宅・建築物の倒壊や火災による死傷者の発生"),
        E("Issue", "津波による多数の死傷者の発生"),
        E("Goal", "ライフラインの機能を維持する"),
        E("Issue", "上水道の長期間にわたる供給停止"),
    ),
    ("リスクシナリオの設定", "本計画では、次のとおり"),
)

RESILIENCE_PLAIN = Case(
    "resilience_plan_plain_scenarios",
    """目標３　必要不可欠な行政機能を確保する

（起きてはならない最悪の事態３－１）
市職員・施設等の被災による行政機能の大幅な低下

（推進方針）
・業務継続計画の見直し
・庁舎の非常用電源の確保

（起きてはならない最悪の事態３－２）
情報通信機能の停止による災害情報の伝達不能

（推進方針）
・防災情報の伝達手段の多重化
""",
    (
        E("Goal", "必要不可欠な行政機能を確保する"),
        E("Issue", "市職員・施設等の被災による行政機能の大幅な低下"),
        E("Measure", "業務継続計画の見直し"),
        E("Measure", "庁舎の非常用電源の確保"),
        E("Issue", "情報通信機能の停止による災害情報の伝達不能"),
        E("Measure", "防災情報の伝達手段の多重化"),
    ),
    ("起きてはならない最悪の事態３－１", "（推進方針）"),
)

# Neighbours: the same families in forms the excerpts above do not use ------------

KPI_EVALUATION_INDICATORS = Case(
    "evaluation_indicator_table_and_numeric_target_heading",
    """## 基本施策2　高齢者福祉の充実

### 施策の内容
- 介護予防教室の開催
- 認知症カフェの運営支援

| 評価指標 | 現状値 | 目標値（令和12年度） |
|---|---|---|
| 介護予防教室の参加者数 | 1,200人 | 2,000人 |

### 数値目標
- 要介護認定率　18.5%以下

| 施策 | 目標 |
|---|---|
| 見守り訪問の実施 | 一人暮らし高齢者の孤立を防ぐ |
""",
    (
        E("Measure", "高齢者福祉の充実"),
        E("Measure", "介護予防教室の開催"),
        E("Measure", "認知症カフェの運営支援"),
        E("Measure", "見守り訪問の実施"),
        E("Goal", "一人暮らし高齢者の孤立を防ぐ"),
    ),
    ("評価指標", "介護予防教室の参加者数", "数値目標", "要介護認定率"),
)

KEYED_BY_BRACKETED_KANA = Case(
    "bracketed_kana_and_roman_keys",
    """## 施策の柱1　観光客の受入環境整備

| 区分 | 主な取組 | 担当 |
|---|---|---|
| （ア） | 観光案内板の多言語化 | 観光課 |
| （イ） | 公衆無線LANの整備 | 情報政策課 |

## 施策の柱2　農林業の振興

| | 具体的施策 | 実施年度 |
|---|---|---|
| Ⅰ | スマート農業機器の導入支援 | R7 |
| Ⅱ | 林道の計画的な改良 | R7～R9 |
""",
    (
        E("Theme", "観光客の受入環境整備"),
        E("Measure", "観光案内板の多言語化", "観光客の受入環境整備"),
        E("Measure", "公衆無線LANの整備", "観光客の受入環境整備"),
        E("Theme", "農林業の振興"),
        E("Measure", "スマート農業機器の導入支援", "農林業の振興"),
        E("Measure", "林道の計画的な改良", "農林業の振興"),
    ),
)

PLAN_FRAME_PARTS = Case(
    "plan_frame_parts_background_and_relations",
    """# 第2次しずく市男女共同参画プラン

## 第1章 プランの策定にあたって

### 1 計画策定の背景
国は第5次男女共同参画基本計画を策定した。

### 2 他の計画との関係
本プランは、市総合計画の部門別計画である。

### 3 計画の対象期間
令和7年度から令和11年度まで

## 第2章 施策の展開

### 基本方針1 あらゆる分野における女性の参画拡大
- 審議会等委員への女性の登用促進
- 女性の起業支援

## あとがき
プランの推進には市民の皆様の協力が欠かせません。
""",
    (
        E("Theme", "あらゆる分野における女性の参画拡大"),
        E("Measure", "審議会等委員への女性の登用促進", "あらゆる分野における女性の参画拡大"),
        E("Measure", "女性の起業支援", "あらゆる分野における女性の参画拡大"),
    ),
    (
        "プランの策定にあたって",
        "計画策定の背景",
        "国は第5次",
        "他の計画との関係",
        "本プランは、市総合計画",
        "計画の対象期間",
        "あとがき",
        "プランの推進には",
    ),
)

PROPOSAL_GUIDELINES = Case(
    "proposal_call_guidelines",
    """# 移住促進プロモーション業務委託 公募型プロポーザル実施要領

## 1 目的
本要領は、移住促進プロモーション業務の受託者を公募型プロポーザル方式により選定するため、必要な事項を定めることを目的とする。

## 2 業務の概要
- 移住ポータルサイトの運営
- 移住相談会の開催

## 3 参加資格
- 市の入札参加資格者名簿に登載されていること。
""",
    (),
    (
        "1 目的",
        "本要領は",
        "業務の概要",
        "移住ポータルサイトの運営",
        "移住相談会の開催",
        "参加資格",
        "入札参加資格者名簿",
    ),
)

GOAL_OVER_PARENTHESISED_DIRECTIONS = Case(
    "basic_goal_headings_over_parenthesised_directions",
    """## 基本目標２　誰もが学び続けられるまち

### （１）生涯学習の推進
- 市民大学講座の開設
- 図書館の開館時間の延長

### （２）スポーツに親しむ環境づくり
- 総合型地域スポーツクラブの育成支援

## 基本目標３　文化を次世代につなぐまち

### （１）文化財の保存と活用
- 文化財のデジタルアーカイブ化
""",
    (
        E("Theme", "誰もが学び続けられるまち"),
        E("Theme", "生涯学習の推進"),
        E("Measure", "市民大学講座の開設", "生涯学習の推進"),
        E("Measure", "図書館の開館時間の延長", "生涯学習の推進"),
        E("Theme", "スポーツに親しむ環境づくり"),
        E("Measure", "総合型地域スポーツクラブの育成支援", "スポーツに親しむ環境づくり"),
        E("Theme", "文化を次世代につなぐまち"),
        E("Theme", "文化財の保存と活用"),
        E("Measure", "文化財のデジタルアーカイブ化", "文化財の保存と活用"),
    ),
)

DIRECTION_OF_MEASURES_NUMBERED = Case(
    "policy_direction_numbered_with_suffix",
    """## 政策目標1 安心して子育てができる環境をつくる

### 施策の方向性1 保育の受け皿の確保
#### 主な取組
- 小規模保育事業所の設置促進

### 施策の方向性2 子育ての孤立防止
#### 主な取組
- 子育て広場の増設
""",
    (
        E("Goal", "安心して子育てができる環境をつくる"),
        E("Theme", "保育の受け皿の確保"),
        E("Measure", "小規模保育事業所の設置促進", "保育の受け皿の確保"),
        E("Theme", "子育ての孤立防止"),
        E("Measure", "子育て広場の増設", "子育ての孤立防止"),
    ),
    ("主な取組",),
)

RESILIENCE_LABELS = Case(
    "resilience_scenario_labels_and_bullets",
    """## 事前に備えるべき目標５　経済活動を機能不全に陥らせない

＜起きてはならない最悪の事態＞
- サプライチェーンの寸断等による企業の生産力低下
- 基幹的交通ネットワークの機能停止

■推進方針
- 事業継続計画の策定支援
- 緊急輸送道路の無電柱化
""",
    (
        E("Goal", "経済活動を機能不全に陥らせない"),
        E("Issue", "サプライチェーンの寸断等による企業の生産力低下"),
        E("Issue", "基幹的交通ネットワークの機能停止"),
        E("Measure", "事業継続計画の策定支援"),
        E("Measure", "緊急輸送道路の無電柱化"),
    ),
    ("起きてはならない最悪の事態", "推進方針"),
)

NEIGHBOURS = (
    KPI_EVALUATION_INDICATORS,
    KEYED_BY_BRACKETED_KANA,
    PLAN_FRAME_PARTS,
    PROPOSAL_GUIDELINES,
    GOAL_OVER_PARENTHESISED_DIRECTIONS,
    DIRECTION_OF_MEASURES_NUMBERED,
    RESILIENCE_LABELS,
)

KPI_ROWS = (KPI_TABLE_WITH_TARGET_COLUMN, KPI_BRACKET_LINES, KPI_PLAIN_INDICATORS, KPI_COLUMN_BESIDE_MEASURES)
KEYED_TABLES = (KEYED_SCHEDULE_TABLE, CIRCLED_KEYED_THEME_TABLE, PAREN_KEYED_TABLE)
DOCUMENT_PARTS = (PLAN_PARTS_WITH_POLICIES, COUNCIL_PARTS, PLAIN_PLAN_PARTS)
PROCUREMENT = (COMMISSION_SPECIFICATION, PROCUREMENT_SPECIFICATION, COMMISSION_PURPOSE_HEADING)
REGULATORY_REFORM = (REGULATORY_REFORM_TABLES, REGULATORY_REFORM_BRACKET_THEMES)
NESTED_GOALS = (NESTED_GOAL_HEADINGS, NESTED_GOAL_OUTLINE, NESTED_GOAL_NUMBERED_DIRECTIONS)
RESILIENCE = (RESILIENCE_HEADINGS, RESILIENCE_TABLE, RESILIENCE_PLAIN)

FAMILIES: dict[str, tuple[Case, ...]] = {
    "kpi_rows": KPI_ROWS,
    "keyed_tables": KEYED_TABLES,
    "document_parts": DOCUMENT_PARTS,
    "procurement": PROCUREMENT,
    "regulatory_reform": REGULATORY_REFORM,
    "nested_goals": NESTED_GOALS,
    "resilience": RESILIENCE,
    "neighbours": NEIGHBOURS,
}
CASES: tuple[Case, ...] = tuple(c for family in FAMILIES.values() for c in family)
