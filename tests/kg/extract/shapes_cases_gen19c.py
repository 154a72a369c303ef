"""Excerpts of Japanese plans of eight more families, laid out as such plans are, with the items a
reader takes from them (test_shapes_excerpts.py holds the figures).

Every excerpt is invented (place names fictitious).  The kinds: a 児童虐待防止計画 of 「基本目標N」
headings over 「(N)」 headings over 【現状と課題】 ・ lines and 【主な取組】 ① lines; a ひきこもり支援計画 in
plain text, 第N chapters over 1 lines over (1) topics over ア/イ actions; a 交通政策基本計画 of
「基本方針N」 headings each over a 施策 | 主な事業 | 担当課 table whose 主な事業 cells list several ・
entries, with a KPI table; a 国土利用計画（市町村計画） in plain text whose 利用区分 table of areas is
data and whose 「措置の概要」 holds (1) topics over ・ actions; a 地籍調査事業計画 of 【目標】, 【課題】 ○ and
【取組方針】 ◆ labels with a yearly table of districts; a 公文書管理の改善計画 of 「取組N」 headings over a
課題 | 改善策 | 実施時期 table; a 動物愛護管理推進計画 whose 「柱N」 headings carry codes before ○ actions;
a 雪対策基本計画 in plain text of ■ headings over ① lines and a 用語 list.  Each holds lines that are
no item: contents, 計画の位置付け, 計画期間, data and indicator tables, 推進体制, 進行管理, 用語.

Conventions as in shapes_cases_gen19b.py: the cue of a label or column decides the type where it
names one; a heading, line or cell that stands over other items is a theme; theme= is the nearest
enclosing theme (a goal heading is none: the items under it carry the theme over it).  Labels
without numbering, codes or marks; whole sentences keep 「。」.  Written before any rule was run on
them.

At first sight (fab02d7): Goal F1 0.71, Theme 0.84, Issue 0.96, Measure 0.86, item → theme links 37 of
48, seven lines named as no item read as items.  Missed then: parts numbered 「一　…」 (a kanji numeral
and a space) read as one paragraph with the lines below them; chapters marked 「■計画の目的」 read as no
heading, so a 用語 list's 「…：…」 lines read as measures and a purpose under 「■計画の目的」 as no goal;
「支援の取組」, 「改善の取組」, 「事業の推進」 (names of action words alone) read as themes over the themes
and labels below them; a 【取組方針】 label read as no label of measures; the issue cells of a 課題 |
改善策 | 実施時期 table under a 「取組N」 heading read in no theme; 「…を目指して本計画を策定する。」 read
as no goal.  After the rules for them: Goal 1.00, Theme 0.96, Issue 0.96, Measure 0.98, links 45 of
48, none read as items.  Left (strict expected failures): a state under 【現状と課題】 whose predicate
names no problem (「…に頼っている」), and 利用区分 lines (「(1) 農用地」) under a 基本方向 over one
sentence each.
The 児童虐待防止推進計画's 基本目標 headings were first annotated as goals; they are themes since the
plans' numbered 基本目標 are read as their areas (tests/gold/README.md).
"""

from __future__ import annotations

from tests.kg.extract.shapes_cases import Case, Expected

# ruff: noqa: E501

_ABUSE = Case(
    name="gyakutai_boshi_goal_headings_paren_topics_with_labels_and_circled_actions",
    text="""\
# かえで市児童虐待防止推進計画（抜粋）

## 目次

- 第1章　計画の策定にあたって
- 第2章　施策の展開
- 第3章　計画の推進

## 第1章　計画の策定にあたって

### 1　計画の位置付け

本計画は、児童虐待の防止等に関する法律の趣旨を踏まえ、市の子ども・子育て支援事業計画と一体のものとして定める。

### 2　計画期間

令和7年度から令和11年度までの5年間とする。

## 第2章　施策の展開

### 基本目標1　虐待の発生予防

#### (1) 妊娠期からの切れ目のない支援

【現状と課題】
・特定妊婦の把握が医療機関からの連絡に頼っている。
・産後うつの相談先が知られていない。

【主な取組】
①妊娠届出時に全ての妊婦と面談する。
②産後ケア事業の利用枠を拡大する。

#### (2) 子育ての孤立の防止

【現状と課題】
・転入した世帯が地域の子育て支援につながりにくい。

【主な取組】
①転入世帯に子育て支援員が訪問する。

### 基本目標2　早期発見と迅速な対応

#### (1) 相談体制の強化

【主な取組】
①子ども家庭センターの相談員を増員する。
②夜間と休日の相談窓口を開設する。

## 第3章　計画の推進

子ども・子育て会議において毎年度、取組の実施状況を点検する。
""",
    items=(
        Expected("Theme", "虐待の発生予防"),
        Expected("Theme", "妊娠期からの切れ目のない支援"),
        Expected(
            "Issue", "特定妊婦の把握が医療機関からの連絡に頼っている。", theme="妊娠期からの切れ目のない支援"
        ),
        Expected("Issue", "産後うつの相談先が知られていない。", theme="妊娠期からの切れ目のない支援"),
        Expected("Measure", "妊娠届出時に全ての妊婦と面談する。", theme="妊娠期からの切れ目のない支援"),
        Expected("Measure", "産後ケア事業の利用枠を拡大する。", theme="妊娠期からの切れ目のない支援"),
        Expected("Theme", "子育ての孤立の防止"),
        Expected("Issue", "転入した世帯が地域の子育て支援につながりにくい。", theme="子育ての孤立の防止"),
        Expected("Measure", "転入世帯に子育て支援員が訪問する。", theme="子育ての孤立の防止"),
        Expected("Theme", "早期発見と迅速な対応"),
        Expected("Theme", "相談体制の強化"),
        Expected("Measure", "子ども家庭センターの相談員を増員する。", theme="相談体制の強化"),
        Expected("Measure", "夜間と休日の相談窓口を開設する。", theme="相談体制の強化"),
    ),
    not_items=(
        "- 第1章　計画の策定にあたって",
        "- 第2章　施策の展開",
        "1　計画の位置付け",
        "児童虐待の防止等に関する法律の趣旨",
        "2　計画期間",
        "令和7年度から令和11年度まで",
        "## 第2章　施策の展開",
        "【現状と課題】",
        "【主な取組】",
        "子ども・子育て会議において",
    ),
)

_HIKIKOMORI = Case(
    name="hikikomori_shien_plain_chapters_numbered_lines_paren_topics_kana_actions",
    text="""\
みずほ町ひきこもり支援推進計画

第1　計画の基本的な考え方
1　計画策定の趣旨
　ひきこもりの状態にある人とその家族が、地域で安心して暮らせることを目指して本計画を策定する。
2　計画の期間
　令和8年度から令和12年度までの5年間とする。

第2　ひきこもりの現状
　町が令和6年度に行った調査では、ひきこもりの状態にある人は約120人と推計された。

第3　支援の取組
1　相談につながる仕組みづくり
(1) 相談窓口の周知
　ア　町の広報紙とホームページで相談窓口を案内する。
　イ　民生委員に相談窓口の案内カードを配る。
(2) 訪問による支援
　ア　保健師と相談員が家庭を訪問する。
2　社会参加への支援
(1) 居場所の確保
　ア　公民館の一室を居場所として週2回開放する。
(2) 就労に向けた支援
　ア　農作業の体験の機会を設ける。
　イ　ハローワークと連携して職場体験先を開拓する。

第4　推進体制
　庁内の関係課と社会福祉協議会で構成する連絡会議で支援の状況を共有する。
""",
    items=(
        Expected(
            "Goal",
            "ひきこもりの状態にある人とその家族が、地域で安心して暮らせることを目指して本計画を策定する。",
        ),
        Expected("Theme", "相談につながる仕組みづくり"),
        Expected("Theme", "相談窓口の周知", theme="相談につながる仕組みづくり"),
        Expected("Measure", "町の広報紙とホームページで相談窓口を案内する。", theme="相談窓口の周知"),
        Expected("Measure", "民生委員に相談窓口の案内カードを配る。", theme="相談窓口の周知"),
        Expected("Theme", "訪問による支援", theme="相談につながる仕組みづくり"),
        Expected("Measure", "保健師と相談員が家庭を訪問する。", theme="訪問による支援"),
        Expected("Theme", "社会参加への支援"),
        Expected("Theme", "居場所の確保", theme="社会参加への支援"),
        Expected("Measure", "公民館の一室を居場所として週2回開放する。", theme="居場所の確保"),
        Expected("Theme", "就労に向けた支援", theme="社会参加への支援"),
        Expected("Measure", "農作業の体験の機会を設ける。", theme="就労に向けた支援"),
        Expected("Measure", "ハローワークと連携して職場体験先を開拓する。", theme="就労に向けた支援"),
    ),
    not_items=(
        "第1　計画の基本的な考え方",
        "1　計画策定の趣旨",
        "2　計画の期間",
        "令和8年度から令和12年度まで",
        "第2　ひきこもりの現状",
        "約120人と推計された",
        "第3　支援の取組",
        "第4　推進体制",
        "連絡会議で支援の状況を共有する",
    ),
)

_TRANSPORT = Case(
    name="kotsu_seisaku_policy_headings_over_measure_tables_of_listed_projects_and_kpi",
    text="""\
# 第2次しらゆり市交通政策基本計画（抜粋）

## 1. 計画の概要

### 1.1 計画の位置付け

本計画は、交通政策基本法の理念に沿って市の交通政策の方向を定めるものであり、地域公共交通計画を包含する。

### 1.2 計画期間

2026年度から2035年度までの10年間

## 2. 交通の現状と課題

- 路線バスの利用者が10年間で3割減少し、運行便数の維持が難しくなっている。
- 運転免許を返納した高齢者の移動手段が不足している。

## 3. 基本方針と施策

### 基本方針1　誰もが移動しやすい公共交通網の形成

| 施策 | 主な事業 | 担当課 |
|---|---|---|
| 路線バスの再編 | ・幹線と支線に分けた路線に再編する<br>・駅前の乗継拠点を整備する | 交通政策課 |
| デマンド交通の導入 | ・郊外の地区で予約制の乗合タクシーを運行する | 交通政策課 |

### 基本方針2　歩いて楽しいまちなかの形成

| 施策 | 主な事業 | 担当課 |
|---|---|---|
| 歩行空間の整備 | ・中心市街地の歩道を拡幅する<br>・段差を解消する | 道路課 |

## 4. 評価指標

| 指標 | 現状値（2024） | 目標値（2035） |
|---|---|---|
| 路線バスの年間利用者数 | 210万人 | 230万人 |
| 公共交通に満足している市民の割合 | 38％ | 50％ |

## 5. 計画の推進

市地域公共交通会議において、毎年度、指標の達成状況を評価する。
""",
    items=(
        Expected("Issue", "路線バスの利用者が10年間で3割減少し、運行便数の維持が難しくなっている。"),
        Expected("Issue", "運転免許を返納した高齢者の移動手段が不足している。"),
        Expected("Theme", "誰もが移動しやすい公共交通網の形成"),
        Expected("Measure", "路線バスの再編", theme="誰もが移動しやすい公共交通網の形成"),
        Expected("Measure", "幹線と支線に分けた路線に再編する", theme="誰もが移動しやすい公共交通網の形成"),
        Expected("Measure", "駅前の乗継拠点を整備する", theme="誰もが移動しやすい公共交通網の形成"),
        Expected("Measure", "デマンド交通の導入", theme="誰もが移動しやすい公共交通網の形成"),
        Expected(
            "Measure",
            "郊外の地区で予約制の乗合タクシーを運行する",
            theme="誰もが移動しやすい公共交通網の形成",
        ),
        Expected("Theme", "歩いて楽しいまちなかの形成"),
        Expected("Measure", "歩行空間の整備", theme="歩いて楽しいまちなかの形成"),
        Expected("Measure", "中心市街地の歩道を拡幅する", theme="歩いて楽しいまちなかの形成"),
        Expected("Measure", "段差を解消する", theme="歩いて楽しいまちなかの形成"),
    ),
    not_items=(
        "1. 計画の概要",
        "1.1 計画の位置付け",
        "交通政策基本法の理念",
        "1.2 計画期間",
        "2026年度から2035年度まで",
        "2. 交通の現状と課題",
        "3. 基本方針と施策",
        "4. 評価指標",
        "路線バスの年間利用者数",
        "公共交通に満足している市民の割合",
        "市地域公共交通会議において",
    ),
)

_LAND_USE = Case(
    name="kokudo_riyo_plain_kanji_numbered_parts_area_table_and_measure_topics",
    text="""\
あかね市国土利用計画（第三次）

前文
　この計画は、国土利用計画法第8条の規定に基づき、あかね市の区域における国土の利用に関して必要な事項を定めるものである。

一　市土の利用に関する基本構想
1　市土利用の基本方針
　自然環境と調和した、安全でコンパクトな市土利用を目指す。
2　利用区分別の市土利用の基本方向
(1) 農用地
　優良な農地を確保し、耕作放棄地の発生を防ぐ。
(2) 住宅地
　既成市街地の空き家を活用し、郊外への拡散を抑える。

二　市土の利用目的に応じた区分ごとの規模の目標

| 利用区分 | 令和5年（ha） | 令和17年（ha） |
|---|---|---|
| 農用地 | 2,350 | 2,280 |
| 森林 | 5,120 | 5,100 |
| 宅地 | 1,480 | 1,500 |

三　二に掲げる事項を達成するために必要な措置の概要
1　土地利用関連法制等の適切な運用
　・農業振興地域の農用地区域を適切に設定する。
　・立地適正化計画の居住誘導区域に住宅を誘導する。
2　安全で安心な市土の形成
　・土砂災害警戒区域での開発を抑える。
3　自然環境の保全
　・里山の保全活動を行う市民団体を支援する。
""",
    items=(
        Expected("Goal", "自然環境と調和した、安全でコンパクトな市土利用を目指す。"),
        Expected("Theme", "農用地", line="(1) 農用地"),
        Expected("Measure", "優良な農地を確保し、耕作放棄地の発生を防ぐ。", theme="農用地"),
        Expected("Theme", "住宅地", line="(2) 住宅地"),
        Expected("Measure", "既成市街地の空き家を活用し、郊外への拡散を抑える。", theme="住宅地"),
        Expected("Theme", "土地利用関連法制等の適切な運用"),
        Expected(
            "Measure", "農業振興地域の農用地区域を適切に設定する。", theme="土地利用関連法制等の適切な運用"
        ),
        Expected(
            "Measure",
            "立地適正化計画の居住誘導区域に住宅を誘導する。",
            theme="土地利用関連法制等の適切な運用",
        ),
        Expected("Theme", "安全で安心な市土の形成"),
        Expected("Measure", "土砂災害警戒区域での開発を抑える。", theme="安全で安心な市土の形成"),
        Expected("Theme", "自然環境の保全"),
        Expected("Measure", "里山の保全活動を行う市民団体を支援する。", theme="自然環境の保全"),
    ),
    not_items=(
        "前文",
        "国土利用計画法第8条",
        "一　市土の利用に関する基本構想",
        "1　市土利用の基本方針",
        "2　利用区分別の市土利用の基本方向",
        "二　市土の利用目的に応じた",
        "| 農用地 |",
        "| 森林 |",
        "| 宅地 |",
        "三　二に掲げる事項を達成するために",
    ),
)

_CADASTRE = Case(
    name="chiseki_chosa_bracket_labels_circle_issues_diamond_policies_and_yearly_table",
    text="""\
# 第7次ひばり町地籍調査事業計画

## 1　計画の目的

　土地の境界を明確にし、災害からの復旧や公共事業を円滑に進めるため、町内の地籍調査を計画的に実施する。

## 2　計画期間

　令和7年度から令和16年度まで

## 3　地籍調査の現状

| 区分 | 面積（km²） | 進捗率 |
|---|---|---|
| 調査対象面積 | 85.4 | － |
| 調査済面積 | 32.1 | 37.6％ |

## 4　事業の推進

【目標】
　令和16年度までに調査の進捗率を60％に高める。

【課題】
　○土地所有者の高齢化により、境界を知る人が少なくなっている。
　○山村部では相続登記がされていない土地が多く、所有者の探索に時間がかかる。

【取組方針】
　◆航空レーザ測量を用いたリモートセンシングデータによる調査を山村部で導入する。
　◆境界の確認に地図と写真を用いて、立会いの負担を減らす。
　◆土地家屋調査士会に一筆地調査を外注する。

## 5　年度別調査計画

| 年度 | 調査地区 | 面積（km²） |
|---|---|---|
| 令和7年度 | 北谷地区 | 1.8 |
| 令和8年度 | 北谷地区・東原地区 | 2.4 |

## 6　用語

- 一筆地調査：土地の所有者、地番、地目を調査し、境界を確認すること。
""",
    items=(
        Expected(
            "Goal",
            "土地の境界を明確にし、災害からの復旧や公共事業を円滑に進めるため、町内の地籍調査を計画的に実施する。",
        ),
        Expected("Goal", "令和16年度までに調査の進捗率を60％に高める。"),
        Expected("Issue", "土地所有者の高齢化により、境界を知る人が少なくなっている。"),
        Expected("Issue", "山村部では相続登記がされていない土地が多く、所有者の探索に時間がかかる。"),
        Expected("Measure", "航空レーザ測量を用いたリモートセンシングデータによる調査を山村部で導入する。"),
        Expected("Measure", "境界の確認に地図と写真を用いて、立会いの負担を減らす。"),
        Expected("Measure", "土地家屋調査士会に一筆地調査を外注する。"),
    ),
    not_items=(
        "1　計画の目的",
        "2　計画期間",
        "令和7年度から令和16年度まで",
        "3　地籍調査の現状",
        "調査対象面積",
        "調査済面積",
        "4　事業の推進",
        "【目標】",
        "【課題】",
        "【取組方針】",
        "5　年度別調査計画",
        "北谷地区・東原地区",
        "6　用語",
        "一筆地調査：",
    ),
)

_RECORDS = Case(
    name="kobunsho_kaizen_numbered_efforts_over_issue_remedy_tables_with_periods",
    text="""\
# さざなみ市公文書管理改善計画

## 第1　趣旨

本計画は、公文書等の管理に関する法律第34条の趣旨に沿って、市の公文書管理を改善するための取組を定める。

## 第2　計画期間

令和8年4月1日から令和11年3月31日まで

## 第3　改善の取組

### 取組1　文書の作成と整理の徹底

| 課題 | 改善策 | 実施時期 |
|---|---|---|
| 意思決定の経緯が文書に残っていない | 打合せ記録の様式を定める | 令和8年度 |
| ファイルの名称が担当者ごとに異なる | ・ファイル名の付け方の基準を定める<br>・基準に沿って既存のファイルを整理する | 令和8年度～令和9年度 |

### 取組2　電子決裁への移行

| 課題 | 改善策 | 実施時期 |
|---|---|---|
| 紙の決裁が全体の半数を占めている | 電子決裁を原則とする | 令和9年度 |

### 取組3　職員の意識の向上

| 課題 | 改善策 | 実施時期 |
|---|---|---|
| 保存期間満了時の手続が知られていない | 全職員に研修を行う | 毎年度 |

## 第4　点検と監査

総務課が毎年度、各課の取組の状況を点検し、結果を公表する。
""",
    items=(
        Expected("Theme", "文書の作成と整理の徹底"),
        Expected("Issue", "意思決定の経緯が文書に残っていない", theme="文書の作成と整理の徹底"),
        Expected("Measure", "打合せ記録の様式を定める", theme="文書の作成と整理の徹底"),
        Expected("Issue", "ファイルの名称が担当者ごとに異なる", theme="文書の作成と整理の徹底"),
        Expected("Measure", "ファイル名の付け方の基準を定める", theme="文書の作成と整理の徹底"),
        Expected("Measure", "基準に沿って既存のファイルを整理する", theme="文書の作成と整理の徹底"),
        Expected("Theme", "電子決裁への移行"),
        Expected("Issue", "紙の決裁が全体の半数を占めている", theme="電子決裁への移行"),
        Expected("Measure", "電子決裁を原則とする", theme="電子決裁への移行"),
        Expected("Theme", "職員の意識の向上"),
        Expected("Issue", "保存期間満了時の手続が知られていない", theme="職員の意識の向上"),
        Expected("Measure", "全職員に研修を行う", theme="職員の意識の向上"),
    ),
    not_items=(
        "第1　趣旨",
        "公文書等の管理に関する法律第34条",
        "第2　計画期間",
        "令和8年4月1日から",
        "第3　改善の取組",
        "第4　点検と監査",
        "総務課が毎年度",
    ),
)

_ANIMALS = Case(
    name="dobutsu_aigo_coded_pillar_headings_circle_actions_and_indicator_table",
    text="""\
# こまち県動物愛護管理推進計画（令和8年度～令和17年度）

## Ⅰ　計画の基本的事項

本計画は、動物の愛護及び管理に関する法律第6条に基づき、国の基本指針に即して定める。

## Ⅱ　基本理念

人と動物が共生する、思いやりのある社会を目指す。

## Ⅲ　施策の柱と具体的な取組

### 柱1　適正飼養の推進

1-1　飼い主の責任の徹底
　○犬の登録と狂犬病予防注射の実施を呼びかける。
　○猫の室内飼養を広報する。

1-2　多頭飼育問題への対応
　○福祉部局と情報を共有し、多頭飼育の世帯を早期に把握する。

### 柱2　殺処分の削減

2-1　譲渡の推進
　○動物愛護センターで譲渡会を毎月開く。
　○譲渡ボランティアの登録制度を設ける。

### 柱3　災害への備え

3-1　同行避難の体制づくり
　○市町村と避難所でのペットの受入れ方法を定める。

## Ⅳ　数値目標

| 項目 | 現状（令和6年度） | 目標（令和17年度） |
|---|---|---|
| 犬猫の殺処分数 | 420頭 | 100頭 |
| マイクロチップの装着率 | 55％ | 90％ |

## Ⅴ　計画の推進体制

県動物愛護推進協議会で毎年度、計画の進捗を確認する。
""",
    items=(
        Expected("Goal", "人と動物が共生する、思いやりのある社会を目指す。"),
        Expected("Theme", "適正飼養の推進"),
        Expected("Theme", "飼い主の責任の徹底", theme="適正飼養の推進"),
        Expected("Measure", "犬の登録と狂犬病予防注射の実施を呼びかける。", theme="飼い主の責任の徹底"),
        Expected("Measure", "猫の室内飼養を広報する。", theme="飼い主の責任の徹底"),
        Expected("Theme", "多頭飼育問題への対応", theme="適正飼養の推進"),
        Expected(
            "Measure",
            "福祉部局と情報を共有し、多頭飼育の世帯を早期に把握する。",
            theme="多頭飼育問題への対応",
        ),
        Expected("Theme", "殺処分の削減"),
        Expected("Theme", "譲渡の推進", theme="殺処分の削減"),
        Expected("Measure", "動物愛護センターで譲渡会を毎月開く。", theme="譲渡の推進"),
        Expected("Measure", "譲渡ボランティアの登録制度を設ける。", theme="譲渡の推進"),
        Expected("Theme", "災害への備え"),
        Expected("Theme", "同行避難の体制づくり", theme="災害への備え"),
        Expected("Measure", "市町村と避難所でのペットの受入れ方法を定める。", theme="同行避難の体制づくり"),
    ),
    not_items=(
        "Ⅰ　計画の基本的事項",
        "動物の愛護及び管理に関する法律第6条",
        "Ⅱ　基本理念",
        "Ⅲ　施策の柱と具体的な取組",
        "Ⅳ　数値目標",
        "犬猫の殺処分数",
        "マイクロチップの装着率",
        "Ⅴ　計画の推進体制",
        "県動物愛護推進協議会",
    ),
)

_SNOW = Case(
    name="yuki_taisaku_plain_square_headings_circled_lines_and_glossary",
    text="""\
しろがね市雪対策基本計画

■計画の目的
　冬期間も市民が安全で快適に暮らせる雪に強いまちづくりを目的とする。

■計画期間
　令和8年度から令和12年度までの5年間

■雪対策の現状と課題
①除雪の担い手の高齢化が進み、除雪車のオペレーターが不足している。
②高齢者世帯では屋根の雪下ろしができない世帯が増えている。
③歩道の除雪が追いつかず、通学路の安全が確保できていない。

■施策の体系
基本方針1　道路除雪の充実
　①除雪計画路線を見直し、生活道路の除雪を早める。
　②除雪車のオペレーターを育成する研修を行う。
基本方針2　地域の除雪の支援
　①町内会が行う除雪に小型除雪機を貸し出す。
　②高齢者世帯の雪下ろしに要する費用を助成する。
基本方針3　雪の利用
　①雪冷房を公共施設に導入する。

■用語の説明
・流雪溝：道路の側溝に水を流し、投げ入れた雪を運ぶ施設。
・消雪パイプ：路面に地下水をまいて雪を消す設備。

■計画の進行管理
　雪対策推進会議で冬期ごとに除雪の状況を検証し、計画を見直す。
""",
    items=(
        Expected("Goal", "冬期間も市民が安全で快適に暮らせる雪に強いまちづくりを目的とする。"),
        Expected("Issue", "除雪の担い手の高齢化が進み、除雪車のオペレーターが不足している。"),
        Expected("Issue", "高齢者世帯では屋根の雪下ろしができない世帯が増えている。"),
        Expected("Issue", "歩道の除雪が追いつかず、通学路の安全が確保できていない。"),
        Expected("Theme", "道路除雪の充実"),
        Expected("Measure", "除雪計画路線を見直し、生活道路の除雪を早める。", theme="道路除雪の充実"),
        Expected("Measure", "除雪車のオペレーターを育成する研修を行う。", theme="道路除雪の充実"),
        Expected("Theme", "地域の除雪の支援"),
        Expected("Measure", "町内会が行う除雪に小型除雪機を貸し出す。", theme="地域の除雪の支援"),
        Expected("Measure", "高齢者世帯の雪下ろしに要する費用を助成する。", theme="地域の除雪の支援"),
        Expected("Theme", "雪の利用"),
        Expected("Measure", "雪冷房を公共施設に導入する。", theme="雪の利用"),
    ),
    not_items=(
        "■計画の目的",
        "■計画期間",
        "令和8年度から令和12年度まで",
        "■雪対策の現状と課題",
        "■施策の体系",
        "■用語の説明",
        "流雪溝：",
        "消雪パイプ：",
        "■計画の進行管理",
        "雪対策推進会議で",
    ),
)

CASES = [_ABUSE, _HIKIKOMORI, _TRANSPORT, _LAND_USE, _CADASTRE, _RECORDS, _ANIMALS, _SNOW]
