"""Excerpts of Japanese plans of eight more families the other sets hold none of, laid out mostly in
tables as such plans are, with the items a reader takes from them (test_shapes_excerpts.py holds the
figures).

Every excerpt is invented (place names fictitious).  The kinds: a 食の安全安心推進計画 whose 施策一覧
table gives per row a numbered 施策の柱 (merged down over blank cells), a 課題 and a cell of ・ measures,
with 担当課 and 実施時期 columns; a 水素社会推進ロードマップ with 目指す将来像 bullets, (1) issue lines and a
工程表 of 分野 / 取組 rows over phase columns; a 障害者優先調達推進方針 in plain text 「1　…」 lines, its
目的 sentence and 調達目標, and a table of ・ 取組 cells per 担当 beside a data table of past orders; a
まち・ひと・しごと創生総合戦略 of 基本目標 headings over 【数値目標】 and 【具体的な施策とKPI】 tables whose
first column holds (1) measures; a 里山保全活用計画 with a SWOT table (強み / 弱み / 機会 / 脅威 cells listing
several ・ entries) and 基本方針 headings over 取組 / 実施主体 / 時期 tables; a 公共建築物等木材利用促進方針
in plain 第N / 1 / （1） lines with a 目標 sentence and a data table; a 医療安全推進計画 whose 重点項目
table numbers its rows 「3.1 …」 and lists ・ issues and ・ measures per cell; a 学校ICT環境整備計画 with
a 項目 / 現状 / 課題 table and a 事業 table of coded 「1-1 …」 entries under numbered 区分 cells (merged
down, one cell listing two coded entries) with 担当 / 時期 / 根拠 columns.  Each holds lines that are no
item: contents, 計画の位置付け, 計画期間, 対象区域, 推進体制, 進行管理, data tables, 用語.

Conventions as in shapes_cases_gen20a.py: the cue of a column, label or heading decides the type; a
numbered first-column cell over a table's rows (施策の柱, 分野, 区分 with numbers, 重点項目) is a theme
and the theme of the items of its rows, also of the rows under it left blank; KPI and 数値目標 tables
are targets (not scored here); a SWOT table's 弱み and 脅威 entries are issues.  Labels without
numbering, codes or marks; whole sentences keep 「。」.  Written before any rule was run on them.

Five more excerpts of the same families in other table layouts: a 工程表 of numbered rows under bold
pillar rows across the table with ● year marks; 事業シート of 項目 / 内容 fields (事業名, 目的, 現状と課題,
担当課, 実施時期); a 対策 table with a two-row header and ① entries in one cell; a 施策の体系 table of
基本目標 / 講ずべき施策 / 具体的な事業 / KPI cells; 【P1】-coded rows of a プロジェクト column under (1)
headings.

At first sight (8f38294), the thirteen: Goal F1 1.00, Theme 0.91, Issue 0.98, Measure 0.98, item →
theme links 62 of 65, four lines named as no item read as items.  Missed then: a plain 「4　…のための取組」
line over a table of measures read as their theme; a SWOT heading (「…の現状（SWOT分析）」) read as a
theme, and the table's second header row 「| **機会** | **脅威** |」 as an issue with the threats under it
none; a 「事業シート」 heading and each 「事業シート1」 read as themes; a 「プロジェクト」 column read as
none.  After the rules for a heading over a table of measures, a bold header row inside a table, 脅威
beside 弱み, an analysis heading and sheet headings: Theme 0.95, Measure 0.98, every other type 1.00,
links 62 of 65, no line named as no item read as an item.  A プロジェクト column read as measures read
gen19b's projects over their 取組内容 (its reader's themes) as measures: that cue was dropped, and the
【P1】 excerpt is a strict expected failure.

Two more written after those rules, each probing a table form: kind tags after a measure cell in round
brackets (「…の開催（継続）」, 「（新規）」) read into the label; a 「現状と課題」 column whose ・ entries hold a
count beside a problem (「・昨年度の転倒は86件であった」) read as two issues.  After the rules for a kind
in round brackets and for a column joining 現状 to 課題 (an entry an issue only where it states a
problem, the count no more read, the 現状と課題 column of excerpts14's 母子保健計画 lost two of its issues
(「…1割いる」, 「…県平均を上回っている」, which its reader takes for issues as the readers of the other sets
take comparisons): that rule was dropped, and the count is a strict expected failure.  After the rule
for a kind in round brackets: thirteen of fifteen read as written, links 65 of 68.

One more after that, written before it was run: a roadmap's phases as rows (「| フェーズ | 期間 | 主な取組 |」
over 「導入期」): read as themes at first; after the rule that a first column of phases names when the
rows' measures are done, no theme, read as written.
"""

from __future__ import annotations

from tests.kg.extract.shapes_cases import Case, Expected

# ruff: noqa: E501  (table rows as a converter writes them, one a line)


def _e(cls: str, label: str, theme: str | None = None, line: str | None = None) -> Expected:
    return Expected(cls, label, theme, line)


_SHOKU = Case(
    name="shoku_anzen_pillar_issue_measure_table_merged_down_with_owner_and_period",
    text="""\
# 北川県食の安全安心推進計画（第3次）

## 目次

第1章　計画の基本的な考え方
第2章　施策の展開
第3章　推進体制と進行管理

## 第1章　計画の基本的な考え方

### 1　計画の位置付け

本計画は、北川県食の安全安心推進条例第8条に基づく基本計画である。

### 2　計画期間

令和7年度から令和11年度までの5年間とする。

### 3　基本目標

県民が安心して食生活を送ることができる社会の実現を目指す。

## 第2章　施策の展開

| 施策の柱 | 課題 | 具体的施策 | 担当課 | 実施時期 |
|---|---|---|---|---|
| 1 生産段階の安全確保 | 農薬の適正使用の指導が行き届いていない | ・農薬使用者への講習会の開催<br>・残留農薬検査の拡充 | 農産園芸課 | 毎年度 |
| | 家畜の伝染病への備えが不十分 | ・家畜保健衛生所による巡回指導 | 畜産課 | 令和7年度～ |
| 2 食品の製造・流通段階の安全確保 | HACCPに沿った衛生管理が小規模事業者に定着していない | ・HACCP導入の相談会の開催<br>・立入検査による監視指導の強化 | 生活衛生課 | 毎年度 |
| 3 県民との信頼の構築 | 食品表示への信頼が低い | ・食品表示ウォッチャーの配置<br>・リスクコミュニケーションの開催 | 県民生活課 | 令和8年度～ |

## 第3章　推進体制と進行管理

### 1　推進体制

庁内の関係課で構成する食の安全安心推進本部が施策を総合的に推進する。

### 2　進行管理

毎年度、北川県食の安全安心推進審議会に実施状況を報告し、意見を聴く。

| 指標 | 現状値（令和5年度） | 目標値（令和11年度） |
|---|---|---|
| HACCPに沿った衛生管理の実施率 | 62％ | 90％ |
""",
    items=(
        _e("Goal", "県民が安心して食生活を送ることができる社会の実現を目指す。"),
        _e("Theme", "生産段階の安全確保"),
        _e("Issue", "農薬の適正使用の指導が行き届いていない", "生産段階の安全確保"),
        _e("Measure", "農薬使用者への講習会の開催", "生産段階の安全確保"),
        _e("Measure", "残留農薬検査の拡充", "生産段階の安全確保"),
        _e("Issue", "家畜の伝染病への備えが不十分", "生産段階の安全確保"),
        _e("Measure", "家畜保健衛生所による巡回指導", "生産段階の安全確保"),
        _e("Theme", "食品の製造・流通段階の安全確保"),
        _e(
            "Issue",
            "HACCPに沿った衛生管理が小規模事業者に定着していない",
            "食品の製造・流通段階の安全確保",
        ),
        _e("Measure", "HACCP導入の相談会の開催", "食品の製造・流通段階の安全確保"),
        _e("Measure", "立入検査による監視指導の強化", "食品の製造・流通段階の安全確保"),
        _e("Theme", "県民との信頼の構築"),
        _e("Issue", "食品表示への信頼が低い", "県民との信頼の構築"),
        _e("Measure", "食品表示ウォッチャーの配置", "県民との信頼の構築"),
        _e("Measure", "リスクコミュニケーションの開催", "県民との信頼の構築"),
    ),
    not_items=(
        "目次",
        "第1章　計画の基本的な考え方",
        "第2章　施策の展開",
        "第3章　推進体制と進行管理",
        "1　計画の位置付け",
        "条例第8条に基づく基本計画",
        "2　計画期間",
        "3　基本目標",
        "施策の柱",
        "1　推進体制",
        "食の安全安心推進本部が",
        "2　進行管理",
        "HACCPに沿った衛生管理の実施率",
    ),
)

_SUISO = Case(
    name="suiso_roadmap_vision_bullets_paren_issue_lines_and_field_schedule_table",
    text="""\
# 東浜市水素社会推進ロードマップ

## 1. ロードマップの趣旨

本ロードマップは、2050年のカーボンニュートラルに向けて、市内での水素の利活用の道筋を示すものである。

## 2. 目指す将来像

- 市内の路線バスと公用車が水素で走っている
- 港湾地区で水素の受入れと供給の拠点が稼働している

## 3. 現状と課題

(1) 水素ステーションが市内に1か所しかない。
(2) 燃料電池車の車両価格が高く、事業者の導入が進まない。
(3) 水素の安全性について市民の理解が十分でない。

## 4. 分野別の取組と工程表

| 分野 | 取組 | 短期（～2027年） | 中期（～2030年） | 長期（～2040年） |
|---|---|---|---|---|
| モビリティ | 燃料電池バスの導入 | 2台導入 | 10台 | 全路線 |
| | 水素ステーションの整備支援 | 調査 | 2か所目を開設 | ― |
| 産業・港湾 | 港湾地区での水素受入拠点の整備 | 検討 | 実証 | 商用化 |
| 家庭・業務 | 純水素型燃料電池の公共施設への導入 | ― | 試行 | 拡大 |
| 普及啓発 | 水素エネルギー出前講座の開催 | 実施 | 実施 | 実施 |

## 5. 推進体制

産学官で構成する東浜市水素社会推進協議会を設置し、年2回開催する。

## 用語

- FCV：燃料電池自動車
- MCH：メチルシクロヘキサン。水素を運ぶ物質の一つ。
""",
    items=(
        _e("Goal", "市内の路線バスと公用車が水素で走っている"),
        _e("Goal", "港湾地区で水素の受入れと供給の拠点が稼働している"),
        _e("Issue", "水素ステーションが市内に1か所しかない。"),
        _e("Issue", "燃料電池車の車両価格が高く、事業者の導入が進まない。"),
        _e("Issue", "水素の安全性について市民の理解が十分でない。"),
        _e("Theme", "モビリティ"),
        _e("Measure", "燃料電池バスの導入", "モビリティ"),
        _e("Measure", "水素ステーションの整備支援", "モビリティ"),
        _e("Theme", "産業・港湾"),
        _e("Measure", "港湾地区での水素受入拠点の整備", "産業・港湾"),
        _e("Theme", "家庭・業務"),
        _e("Measure", "純水素型燃料電池の公共施設への導入", "家庭・業務"),
        _e("Theme", "普及啓発"),
        _e("Measure", "水素エネルギー出前講座の開催", "普及啓発"),
    ),
    not_items=(
        "1. ロードマップの趣旨",
        "2. 目指す将来像",
        "3. 現状と課題",
        "4. 分野別の取組と工程表",
        "短期（～2027年）",
        "5. 推進体制",
        "年2回開催する",
        "FCV：燃料電池自動車",
        "MCH：メチルシクロヘキサン",
    ),
)

_CHOTATSU = Case(
    name="yusen_chotatsu_plain_lines_purpose_target_and_action_cells_per_owner",
    text="""\
令和7年度南川市障害者就労施設等からの物品等の調達の推進を図るための方針

1　趣旨
　この方針は、障害者就労施設等の受注の機会を増やし、障害者の経済的な自立を促すことを目的とする。
2　適用範囲
　市の全ての機関が行う物品等の調達に適用する。
3　調達の目標
　令和7年度の調達目標額は、前年度実績を上回る620万円とする。
4　調達を推進するための取組

| 取組 | 担当 |
|---|---|
| ・発注できる物品・役務の一覧の各課への配布<br>・契約担当者向け説明会の開催 | 契約課 |
| ・共同受注窓口を通じた随意契約の活用<br>・庁舎清掃業務の分割発注 | 障害福祉課 |
| ・施設職員向け商品開発研修の実施 | 障害福祉課 |

5　調達実績の公表
　年度終了後、調達実績を市ホームページで公表する。

（参考）前年度の調達実績

| 品目 | 件数 | 金額 |
|---|---|---|
| 印刷 | 24件 | 210万円 |
| 清掃・施設管理 | 6件 | 280万円 |
""",
    items=(
        _e(
            "Goal",
            "この方針は、障害者就労施設等の受注の機会を増やし、障害者の経済的な自立を促すことを目的とする。",
        ),
        _e("Goal", "令和7年度の調達目標額は、前年度実績を上回る620万円とする。"),
        _e("Measure", "発注できる物品・役務の一覧の各課への配布"),
        _e("Measure", "契約担当者向け説明会の開催"),
        _e("Measure", "共同受注窓口を通じた随意契約の活用"),
        _e("Measure", "庁舎清掃業務の分割発注"),
        _e("Measure", "施設職員向け商品開発研修の実施"),
    ),
    not_items=(
        "令和7年度南川市障害者就労施設等",
        "1　趣旨",
        "2　適用範囲",
        "市の全ての機関が行う",
        "3　調達の目標",
        "4　調達を推進するための取組",
        "5　調達実績の公表",
        "市ホームページで公表する",
        "（参考）前年度の調達実績",
        "印刷",
        "清掃・施設管理",
    ),
)

_SOSEI = Case(
    name="sosei_senryaku_basic_goal_headings_over_numeric_target_and_measure_kpi_tables",
    text="""\
# 西谷町まち・ひと・しごと創生総合戦略（第3期）

## 第1章　総合戦略の基本的な考え方

### 1　計画期間

令和7年度から令和11年度までの5年間とする。

## 第2章　基本目標と具体的な施策

### 基本目標1　地域に仕事をつくり、安心して働けるようにする

【数値目標】

| 指標 | 基準値（令和5年度） | 目標値（令和11年度） |
|---|---|---|
| 町内の新規雇用者数 | 35人/年 | 50人/年 |

【具体的な施策とKPI】

| 具体的な施策 | 重要業績評価指標（KPI） | 基準値 | 目標値 |
|---|---|---|---|
| (1) 農業の担い手の確保 | 新規就農者数 | 3人 | 15人（累計） |
| (2) 創業支援の強化 | 創業件数 | 4件 | 25件（累計） |
| (3) 地場産品のブランド化 | ふるさと納税の寄附額 | 1.2億円 | 2億円 |

### 基本目標2　町への新しいひとの流れをつくる

【数値目標】

| 指標 | 基準値（令和5年度） | 目標値（令和11年度） |
|---|---|---|
| 転入者数 | 310人/年 | 360人/年 |

【具体的な施策とKPI】

| 具体的な施策 | 重要業績評価指標（KPI） | 基準値 | 目標値 |
|---|---|---|---|
| (1) 移住相談体制の充実 | 移住相談件数 | 40件 | 80件 |
| (2) お試し住宅の整備 | お試し住宅の利用者数 | ― | 30組（累計） |

## 第3章　総合戦略の推進

### 1　推進体制

産官学金労言の委員で構成する西谷町総合戦略推進会議で効果を検証する。

### 2　PDCAサイクル

毎年度KPIの達成状況を検証し、必要に応じて戦略を改訂する。
""",
    items=(
        _e("Theme", "地域に仕事をつくり、安心して働けるようにする"),
        _e("Measure", "農業の担い手の確保", "地域に仕事をつくり、安心して働けるようにする"),
        _e("Measure", "創業支援の強化", "地域に仕事をつくり、安心して働けるようにする"),
        _e("Measure", "地場産品のブランド化", "地域に仕事をつくり、安心して働けるようにする"),
        _e("Theme", "町への新しいひとの流れをつくる"),
        _e("Measure", "移住相談体制の充実", "町への新しいひとの流れをつくる"),
        _e("Measure", "お試し住宅の整備", "町への新しいひとの流れをつくる"),
    ),
    not_items=(
        "第1章　総合戦略の基本的な考え方",
        "1　計画期間",
        "第2章　基本目標と具体的な施策",
        "【数値目標】",
        "町内の新規雇用者数",
        "【具体的な施策とKPI】",
        "転入者数",
        "第3章　総合戦略の推進",
        "1　推進体制",
        "総合戦略推進会議で効果を検証する",
        "2　PDCAサイクル",
        "必要に応じて戦略を改訂する",
    ),
)

_SATOYAMA = Case(
    name="satoyama_swot_cells_of_bullets_and_policy_headings_over_action_tables",
    text="""\
# 大原地区里山保全活用計画

## 1　計画の対象区域

対象区域は、大原地区の山林及び農地約120haとする。

## 2　里山の現状（SWOT分析）

| 強み | 弱み |
|---|---|
| ・棚田と雑木林が一体となった景観が残る<br>・地区の保全会が20年活動を続けている | ・竹林の拡大で雑木林が荒れている<br>・保全活動の担い手が高齢化している |
| **機会** | **脅威** |
| ・都市住民の自然体験への関心が高まっている | ・シカやイノシシによる農作物被害が増えている |

## 3　基本方針と取組

### 基本方針1　竹林の整備と雑木林の再生

| 取組 | 実施主体 | 時期 |
|---|---|---|
| 放置竹林の伐採 | 保全会・森林組合 | 令和7年度～ |
| 伐採した竹のチップ化と堆肥への利用 | 保全会・農家 | 令和8年度～ |

### 基本方針2　里山を支える人の輪づくり

| 取組 | 実施主体 | 時期 |
|---|---|---|
| 都市住民向けの里山ボランティア講座の開催 | 市・NPO | 毎年度 |
| 小学校の里山体験学習の受入れ | 保全会・小学校 | 毎年度 |

## 4　計画の推進

保全会、市、森林組合で構成する連絡会を年1回開催し、取組の進み具合を確認する。
""",
    items=(
        _e("Issue", "竹林の拡大で雑木林が荒れている"),
        _e("Issue", "保全活動の担い手が高齢化している"),
        _e("Issue", "シカやイノシシによる農作物被害が増えている"),
        _e("Theme", "竹林の整備と雑木林の再生"),
        _e("Measure", "放置竹林の伐採", "竹林の整備と雑木林の再生"),
        _e("Measure", "伐採した竹のチップ化と堆肥への利用", "竹林の整備と雑木林の再生"),
        _e("Theme", "里山を支える人の輪づくり"),
        _e("Measure", "都市住民向けの里山ボランティア講座の開催", "里山を支える人の輪づくり"),
        _e("Measure", "小学校の里山体験学習の受入れ", "里山を支える人の輪づくり"),
    ),
    not_items=(
        "1　計画の対象区域",
        "対象区域は、大原地区",
        "2　里山の現状（SWOT分析）",
        "強み",
        "機会",
        "3　基本方針と取組",
        "4　計画の推進",
        "連絡会を年1回開催",
    ),
)

_MOKUZAI = Case(
    name="mokuzai_riyo_plain_dai_parts_numbered_lines_over_full_width_paren_measures",
    text="""\
あさひ市公共建築物等における木材の利用の促進に関する方針

第1　基本的な方向
　本方針は、市が整備する公共建築物等において木材の利用を進め、森林の適正な整備と地域経済の活性化に資することを目的とする。
第2　木材の利用の促進のための施策に関する基本的事項
1　木造化の推進
（1）低層の公共建築物は、原則として木造化を図る。
（2）耐火性能が求められる建築物は、木造と非木造の混構造を検討する。
2　内装等の木質化の推進
（1）市民の目に触れる部分の内装に市産材を使う。
（2）机、椅子等の備品に木製品を導入する。
第3　木材の利用の目標
　令和11年度までに、対象となる低層の公共建築物を全て木造とすることを目標とする。
第4　推進体制
　庁内に木材利用推進会議を置き、年度ごとに木材の利用実績を取りまとめて公表する。

（参考）木材利用の実績

| 年度 | 木造化した施設 | 木材使用量 |
|---|---|---|
| 令和4年度 | 2施設 | 310㎥ |
| 令和5年度 | 1施設 | 150㎥ |
""",
    items=(
        _e(
            "Goal",
            "本方針は、市が整備する公共建築物等において木材の利用を進め、森林の適正な整備と地域経済の活性化に資することを目的とする。",
        ),
        _e("Theme", "木造化の推進"),
        _e("Measure", "低層の公共建築物は、原則として木造化を図る。", "木造化の推進"),
        _e("Measure", "耐火性能が求められる建築物は、木造と非木造の混構造を検討する。", "木造化の推進"),
        _e("Theme", "内装等の木質化の推進"),
        _e("Measure", "市民の目に触れる部分の内装に市産材を使う。", "内装等の木質化の推進"),
        _e("Measure", "机、椅子等の備品に木製品を導入する。", "内装等の木質化の推進"),
        _e("Goal", "令和11年度までに、対象となる低層の公共建築物を全て木造とすることを目標とする。"),
    ),
    not_items=(
        "あさひ市公共建築物等における",
        "第1　基本的な方向",
        "第2　木材の利用の促進のための施策に関する基本的事項",
        "第3　木材の利用の目標",
        "第4　推進体制",
        "木材利用推進会議を置き",
        "（参考）木材利用の実績",
        "令和4年度",
        "令和5年度",
    ),
)

_IRYO = Case(
    name="iryo_anzen_priority_table_numbered_rows_with_issue_and_measure_bullet_cells",
    text="""\
# 市立みどり病院 医療安全推進計画（令和7年度～令和9年度）

## 1. 計画の目的

患者と職員の安全を守り、質の高い医療を提供することを目的とする。

## 2. 医療安全管理体制

医療安全管理委員会を毎月開催し、医療安全管理室がインシデント報告を集約する。

## 3. 重点項目と対策

| 重点項目 | 現状の課題 | 対策 | 評価指標 |
|---|---|---|---|
| 3.1 転倒・転落の防止 | ・夜間の転倒が多い<br>・入院時に転倒リスクの評価が行われていない | ・入院時の転倒リスク評価の徹底<br>・離床センサーの増設 | 転倒による骨折件数 |
| 3.2 誤薬の防止 | ・持参薬の確認手順が病棟ごとに異なる | ・持参薬管理の手順の統一<br>・薬剤師の病棟配置 | 誤薬インシデント件数 |
| 3.3 患者誤認の防止 | ・検査時の本人確認が徹底されていない | ・リストバンドによる本人確認 | 患者誤認インシデント件数 |

## 4. インシデント報告の推移

| 年度 | 報告件数 | うちレベル3b以上 |
|---|---|---|
| 令和4年度 | 812件 | 9件 |
| 令和5年度 | 905件 | 7件 |

## 5. 計画の評価

各年度末に評価指標の推移を医療安全管理委員会で評価し、翌年度の重点項目を見直す。
""",
    items=(
        _e("Goal", "患者と職員の安全を守り、質の高い医療を提供することを目的とする。"),
        _e("Theme", "転倒・転落の防止"),
        _e("Issue", "夜間の転倒が多い", "転倒・転落の防止"),
        _e("Issue", "入院時に転倒リスクの評価が行われていない", "転倒・転落の防止"),
        _e("Measure", "入院時の転倒リスク評価の徹底", "転倒・転落の防止"),
        _e("Measure", "離床センサーの増設", "転倒・転落の防止"),
        _e("Theme", "誤薬の防止"),
        _e("Issue", "持参薬の確認手順が病棟ごとに異なる", "誤薬の防止"),
        _e("Measure", "持参薬管理の手順の統一", "誤薬の防止"),
        _e("Measure", "薬剤師の病棟配置", "誤薬の防止"),
        _e("Theme", "患者誤認の防止"),
        _e("Issue", "検査時の本人確認が徹底されていない", "患者誤認の防止"),
        _e("Measure", "リストバンドによる本人確認", "患者誤認の防止"),
    ),
    not_items=(
        "1. 計画の目的",
        "2. 医療安全管理体制",
        "インシデント報告を集約する",
        "3. 重点項目と対策",
        "現状の課題",
        "4. インシデント報告の推移",
        "令和4年度",
        "令和5年度",
        "5. 計画の評価",
        "翌年度の重点項目を見直す",
    ),
)

_ICT = Case(
    name="gakko_ict_status_issue_table_and_coded_project_table_with_owner_period_and_basis",
    text="""\
# 南浜市学校ICT環境整備計画

## 第1章　計画の概要

### 1　計画の位置付け

本計画は、南浜市教育振興基本計画の個別計画として位置付ける。

### 2　整備の目標

全ての児童生徒が、いつでもどこでも端末とネットワークを使って学べる環境を目指す。

## 第2章　現状と課題

| 項目 | 現状 | 課題 |
|---|---|---|
| 端末 | 1人1台端末を令和2年度に配備 | 端末の更新時期が令和7年度に集中する |
| ネットワーク | 全校に高速回線を整備 | 授業で一斉に接続すると通信が遅くなる |
| 教員の活用 | 活用研修を年1回実施 | 教員によって活用の度合いに差がある |

## 第3章　整備事業

| 区分 | 事業 | 担当 | 時期 | 根拠 |
|---|---|---|---|---|
| 1 端末の整備 | 1-1 児童生徒用端末の計画的な更新 | 教育総務課 | 令和7年度～令和8年度 | GIGAスクール構想 |
| | 1-2 予備機の確保 | 教育総務課 | 令和7年度 | ― |
| 2 通信環境の整備 | 2-1 校内無線LANアクセスポイントの増設 | 学校施設課 | 令和8年度 | 学校施設整備指針 |
| 3 活用の推進 | 3-1 ICT支援員の配置<br>3-2 教員向け活用研修の拡充 | 学校教育課 | 毎年度 | ― |

## 第4章　計画の進行管理

教育委員会が毎年度整備状況を点検し、南浜市総合教育会議に報告する。

## 用語

- GIGAスクール構想：児童生徒1人1台端末と高速通信ネットワークを一体的に整備する国の施策
""",
    items=(
        _e("Goal", "全ての児童生徒が、いつでもどこでも端末とネットワークを使って学べる環境を目指す。"),
        _e("Issue", "端末の更新時期が令和7年度に集中する"),
        _e("Issue", "授業で一斉に接続すると通信が遅くなる"),
        _e("Issue", "教員によって活用の度合いに差がある"),
        _e("Theme", "端末の整備"),
        _e("Measure", "児童生徒用端末の計画的な更新", "端末の整備"),
        _e("Measure", "予備機の確保", "端末の整備"),
        _e("Theme", "通信環境の整備"),
        _e("Measure", "校内無線LANアクセスポイントの増設", "通信環境の整備"),
        _e("Theme", "活用の推進"),
        _e("Measure", "ICT支援員の配置", "活用の推進"),
        _e("Measure", "教員向け活用研修の拡充", "活用の推進"),
    ),
    not_items=(
        "第1章　計画の概要",
        "1　計画の位置付け",
        "教育振興基本計画の個別計画",
        "2　整備の目標",
        "第2章　現状と課題",
        "項目",
        "第3章　整備事業",
        "区分",
        "第4章　計画の進行管理",
        "総合教育会議に報告する",
        "GIGAスクール構想：",
    ),
)

_SHOKU_KOTEI = Case(
    name="shoku_anzen_schedule_table_of_numbered_rows_under_bold_pillar_rows_with_year_marks",
    text="""\
# 北川県食の安全安心推進計画（第3次）

## 第4章　施策の工程表

| No. | 取組項目 | 所管 | R7 | R8 | R9 | R10 | R11 |
|---|---|---|---|---|---|---|---|
| **1 生産段階の安全確保** | | | | | | | |
| 1 | GAP認証の取得支援 | 農産園芸課 | ● | ● | ● | | |
| 2 | 野生鳥獣肉の衛生管理指針の策定 | 生活衛生課 | ● | | | | |
| **2 消費者への情報提供** | | | | | | | |
| 3 | 食中毒予防の出前講座 | 生活衛生課 | ● | ● | ● | ● | ● |
| 4 | 食品表示に関する相談窓口の設置 | 県民生活課 | | ● | ● | ● | ● |

※ ●は実施する年度を示す。
""",
    items=(
        _e("Theme", "生産段階の安全確保"),
        _e("Measure", "GAP認証の取得支援", "生産段階の安全確保"),
        _e("Measure", "野生鳥獣肉の衛生管理指針の策定", "生産段階の安全確保"),
        _e("Theme", "消費者への情報提供"),
        _e("Measure", "食中毒予防の出前講座", "消費者への情報提供"),
        _e("Measure", "食品表示に関する相談窓口の設置", "消費者への情報提供"),
    ),
    not_items=("北川県食の安全安心推進計画", "第4章　施策の工程表", "取組項目", "●は実施する年度を示す"),
)

_ICT_SHEET = Case(
    name="gakko_ict_project_sheets_of_fields_name_purpose_issue_owner_and_period",
    text="""\
# 南浜市学校ICT環境整備計画

## 第5章　事業シート

### 事業シート1

| 項目 | 内容 |
|---|---|
| 事業名 | 校務支援システムの更新 |
| 目的 | 教員の事務負担を減らし、子どもと向き合う時間を確保する |
| 現状と課題 | 成績処理を学校ごとの表計算ファイルで行っており、転記の誤りが起きている |
| 担当課 | 学校教育課 |
| 実施時期 | 令和8年度 |

### 事業シート2

| 項目 | 内容 |
|---|---|
| 事業名 | 家庭学習用の通信環境の支援 |
| 目的 | 家庭の通信環境によらず、全ての児童生徒が家庭で端末を使って学べるようにする |
| 現状と課題 | 家庭に通信環境がない児童生徒が約3％いる |
| 担当課 | 教育総務課 |
| 実施時期 | 令和7年度～令和9年度 |
""",
    items=(
        _e("Measure", "校務支援システムの更新"),
        _e("Goal", "教員の事務負担を減らし、子どもと向き合う時間を確保する"),
        _e("Issue", "成績処理を学校ごとの表計算ファイルで行っており、転記の誤りが起きている"),
        _e("Measure", "家庭学習用の通信環境の支援"),
        _e("Goal", "家庭の通信環境によらず、全ての児童生徒が家庭で端末を使って学べるようにする"),
        _e("Issue", "家庭に通信環境がない児童生徒が約3％いる"),
    ),
    not_items=("第5章　事業シート", "事業シート1", "事業シート2", "学校教育課", "教育総務課", "令和8年度"),
)

_IRYO_TWO_ROW_HEADER = Case(
    name="iryo_anzen_measure_table_with_a_two_row_header_and_circled_entries_in_a_cell",
    text="""\
# 市立みどり病院 医療安全推進計画（令和7年度～令和9年度）

## 6. 院内感染対策

### 6.1 課題

- 手指衛生の実施状況が部署によって異なる。
- 耐性菌の検出数が増えている。

### 6.2 対策

| 対策 | 実施時期 | | 担当 |
|---|---|---|---|
| | 前期（R7～R8） | 後期（R9） | |
| ①手指衛生の遵守率の測定<br>②遵守率の低い部署への個別指導 | ○ | ○ | 感染対策室 |
| ③抗菌薬の適正使用の支援 | | ○ | 薬剤部 |
""",
    items=(
        _e("Issue", "手指衛生の実施状況が部署によって異なる。", "院内感染対策"),
        _e("Issue", "耐性菌の検出数が増えている。", "院内感染対策"),
        _e("Measure", "手指衛生の遵守率の測定", "院内感染対策"),
        _e("Measure", "遵守率の低い部署への個別指導", "院内感染対策"),
        _e("Measure", "抗菌薬の適正使用の支援", "院内感染対策"),
        _e("Theme", "院内感染対策"),
    ),
    not_items=("6.1 課題", "6.2 対策", "前期（R7～R8）"),
)

_SOSEI_SYSTEM = Case(
    name="sosei_senryaku_system_table_basic_goals_measures_projects_and_kpi_cells",
    text="""\
# 東谷市まち・ひと・しごと創生総合戦略

## 3　施策の体系

| 基本目標 | 講ずべき施策 | 具体的な事業 | KPI（令和11年度） |
|---|---|---|---|
| 1 しごとをつくる | (1) 企業誘致の推進 | ・工業団地の分譲<br>・サテライトオフィスの開設補助 | ・誘致企業数 5社<br>・新規雇用者数 100人 |
| | (2) 観光の振興 | ・道の駅の改修 | ・観光入込客数 50万人 |
| 2 結婚・出産・子育ての希望をかなえる | (1) 出会いの場の創出 | ・結婚支援センターの運営 | ・成婚数 20組 |
| | (2) 子育て世帯の負担の軽減 | ・第2子以降の保育料の無償化<br>・子ども医療費助成の拡大 | ・合計特殊出生率 1.55 |
""",
    items=(
        _e("Theme", "しごとをつくる"),
        _e("Measure", "企業誘致の推進", "しごとをつくる"),
        _e("Measure", "工業団地の分譲", "しごとをつくる"),
        _e("Measure", "サテライトオフィスの開設補助", "しごとをつくる"),
        _e("Measure", "観光の振興", "しごとをつくる"),
        _e("Measure", "道の駅の改修", "しごとをつくる"),
        _e("Theme", "結婚・出産・子育ての希望をかなえる"),
        _e("Measure", "出会いの場の創出", "結婚・出産・子育ての希望をかなえる"),
        _e("Measure", "結婚支援センターの運営", "結婚・出産・子育ての希望をかなえる"),
        _e("Measure", "子育て世帯の負担の軽減", "結婚・出産・子育ての希望をかなえる"),
        _e("Measure", "第2子以降の保育料の無償化", "結婚・出産・子育ての希望をかなえる"),
        _e("Measure", "子ども医療費助成の拡大", "結婚・出産・子育ての希望をかなえる"),
    ),
    not_items=("3　施策の体系", "講ずべき施策"),
)

_SUISO_CODED = Case(
    name="suiso_roadmap_bracketed_codes_and_basis_column_under_paren_field_headings",
    text="""\
# 東浜市水素社会推進ロードマップ

## 6. 重点プロジェクト

### (1) 需要の創出

| 番号 | プロジェクト | 主体 | 根拠・関連計画 |
|---|---|---|---|
| 【P1】 | 公用車への燃料電池車の率先導入 | 市 | 東浜市地球温暖化対策実行計画 |
| 【P2】 | 燃料電池フォークリフトの港湾事業者への導入支援 | 市・港湾事業者 | ― |

### (2) 供給網の構築

| 番号 | プロジェクト | 主体 | 根拠・関連計画 |
|---|---|---|---|
| 【P3】 | 臨海部での水素パイプラインの敷設の検討 | 市・エネルギー事業者 | 港湾脱炭素化推進計画 |
""",
    items=(
        _e("Theme", "需要の創出"),
        _e("Measure", "公用車への燃料電池車の率先導入", "需要の創出"),
        _e("Measure", "燃料電池フォークリフトの港湾事業者への導入支援", "需要の創出"),
        _e("Theme", "供給網の構築"),
        _e("Measure", "臨海部での水素パイプラインの敷設の検討", "供給網の構築"),
    ),
    not_items=("6. 重点プロジェクト", "根拠・関連計画"),
)

_SHOKU_TAGS = Case(
    name="shoku_anzen_direction_table_with_kind_tags_after_the_measures",
    text="""\
# 西山町食の安全安心推進計画

## 第3章　具体的施策

| 施策の方向 | 具体的施策 | 担当 |
|---|---|---|
| 1 食品の安全性の確保 | 飲食店への立入検査の強化【拡充】 | 保健所 |
| | 食品ロス削減の啓発（新規） | 環境課 |
| 2 正確な情報の提供 | 食の安全に関する講習会の開催（継続） | 保健所 |
""",
    items=(
        _e("Theme", "食品の安全性の確保"),
        _e("Measure", "飲食店への立入検査の強化", "食品の安全性の確保"),
        _e("Measure", "食品ロス削減の啓発", "食品の安全性の確保"),
        _e("Theme", "正確な情報の提供"),
        _e("Measure", "食の安全に関する講習会の開催", "正確な情報の提供"),
    ),
    not_items=("第3章　具体的施策",),
)

_IRYO_STATUS_COLUMN = Case(
    name="iryo_anzen_status_and_issue_column_holding_a_count_beside_a_problem",
    text="""\
# 北の森病院 医療安全推進計画

## 4　重点取組

| 区分 | 現状と課題 | 具体的な対策 |
|---|---|---|
| 転倒防止 | ・昨年度の転倒は86件であった<br>・夜間の見守り体制が不十分である | ・夜間巡視の回数を増やす<br>・低床ベッドを導入する |
| 誤薬防止 | ・与薬時の確認手順が守られていない | ・与薬時のダブルチェックを徹底する |
""",
    items=(
        _e("Issue", "夜間の見守り体制が不十分である"),
        _e("Measure", "夜間巡視の回数を増やす"),
        _e("Measure", "低床ベッドを導入する"),
        _e("Issue", "与薬時の確認手順が守られていない"),
        _e("Measure", "与薬時のダブルチェックを徹底する"),
    ),
    not_items=("4　重点取組",),
)

_SUISO_PHASES = Case(
    name="suiso_roadmap_phase_rows_with_periods_and_listed_measures",
    text="""\
# 西浜市水素社会推進ロードマップ

## 4　段階別の取組

| フェーズ | 期間 | 主な取組 |
|---|---|---|
| 導入期 | 2025～2027年 | ・燃料電池バスの試験運行<br>・水素ステーションの誘致 |
| 拡大期 | 2028～2035年 | ・港湾での水素発電の実証 |
""",
    items=(
        _e("Measure", "燃料電池バスの試験運行"),
        _e("Measure", "水素ステーションの誘致"),
        _e("Measure", "港湾での水素発電の実証"),
    ),
    not_items=("4　段階別の取組",),
)


CASES = [
    _SHOKU,
    _SUISO,
    _CHOTATSU,
    _SOSEI,
    _SATOYAMA,
    _MOKUZAI,
    _IRYO,
    _ICT,
    _SHOKU_KOTEI,
    _ICT_SHEET,
    _IRYO_TWO_ROW_HEADER,
    _SOSEI_SYSTEM,
    _SUISO_CODED,
    _SHOKU_TAGS,
    _IRYO_STATUS_COLUMN,
    _SUISO_PHASES,
]
