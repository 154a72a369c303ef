"""Excerpts of Japanese plans of eight families the other sets hold none of, laid out as such plans
are, with the items a reader takes from them (test_shapes_excerpts.py holds the figures).

Every excerpt is invented (place names fictitious).  The kinds: a 観光地域づくり計画 of 「柱N」 headings
over 【課題】 and 【取組】 ・ lines, one 柱 over a 取組 | 担当 table whose cell lists several entries, and a
KPI table; a 都市農業振興計画 in plain text, 第N chapters whose 課題 chapter numbers its issues as 「1　…」
lines, 基本方針N lines over (1) topics over ア actions; a 防犯まちづくり計画 of 「施策の方向N」 headings over
◆ labels, ① issues and 「1-1　…」 coded measures; a 消費生活センター機能強化計画 in plain text whose 課題
part numbers its issues 「（１）」 and whose 取組 part holds （１） topics over ○ actions, with a 【用語】 list;
a 地域包括ケア推進計画 whose 基本目標 headings hold 「現状と課題」 bullets and 「主な施策」 over (1) headings
each explained by one paragraph (the headings are the measures); a 水道広域化推進プラン in plain text with
○ issues under 「2　課題」, a data table, and (1) area topics over ・ actions beside (1) lines that are
actions themselves; a 再生可能エネルギー導入促進計画 with a 【目標】 label, a table of figures, coded
bullets under 3.1 headings and a 3.3 heading explained by one paragraph; a 日本語教育推進計画 in plain
text, 「方針N」 lines over 【課題】 ① and 【施策】 ア lines.  Each holds lines that are no item: contents,
計画の位置付け, 計画期間, background and data, 推進体制, 進行管理, 用語.

Conventions as in shapes_cases_gen19c.py: the cue of a label or heading decides the type where it
names one; a heading or line that stands over other items is a theme; a numbered heading under one
naming measures (or issues) and explained by prose alone is a measure (an issue), and its prose no
item; theme= is the nearest enclosing theme.  Labels without numbering, codes or marks; whole
sentences keep 「。」.  Written before any rule was run on them.

At first sight (0d4812d): Goal F1 1.00, Theme 0.96, Issue 1.00, Measure 0.96, item → theme links 45 of
47, two lines named as no item read as items.  Missed then: a chapter naming the plan's own measures by
the words its title ends with (「機能強化の取組」 in a 「…機能強化計画」, 「導入促進の取組」 in a 「…導入促進
計画」) read as a theme over the themes below it.  After the rule for it: Theme 1.00, none read as items.
Left then (strict expected failures): coded entries and a leaf heading naming an action by a word the
outline's list of action words lacks (「…の支給」, 「…の貸出し」, 「…の設定」), read as no measures; after
the rule for what is handed out, lent or set, read as measures (Word: the coded entries keep their codes).

Three more written after that rule, before any further rule was run on them: a 都市農業振興計画 whose
現状 chapter has (1) data headings, whose 施策の体系 previews the 基本方針 as a list, and whose themes hold
「現状」, 「課題」 and 「今後の取組」 sub-headings, with a 資料編; a 防犯まちづくり計画 in plain text whose
「重点的に取り組む施策」 holds a （１） heading explained by one sentence (a measure) beside （２） topics over
・ actions, and whose 計画の推進 part numbers its 推進体制 and 進行管理; a 日本語教育推進基本方針 of 2.N areas
under 「施策の分野」, each with a **目指す姿** line and bullets (two areas with one bullet), and PDCA steps
as 3.N headings.  At first sight: Goal F1 0.89, Theme 0.92, Issue 0.86, Measure 0.70, links 11 of 15,
one line named as no item read as an item.  Missed then: a 「現状」 heading beside a 「課題」 one under a
theme read as a measure and its sentence as an issue; an area under a list of areas over one bullet read
as no measures where its siblings list several; a 「…を目的とする。」 sentence under 「基本方針の趣旨」 read
as no goal.  After the rules for them: Goal 1.00, Issue 1.00, Measure 0.86, links 13 of 15, none read as
items.  Left then: a （２） topic over ・ actions one of which has its own subject (「…ボランティアが通学路に
立つ。」), read as a measure heading over no measures; after the rule for an action by a subject of its
own beside entries naming actions: all types 1.00, links 62 of 62.
"""

from __future__ import annotations

from tests.kg.extract.shapes_cases import Case, Expected

# ruff: noqa: E501

_TOURISM = Case(
    name="kanko_chiiki_pillar_headings_bracket_labels_listed_cell_and_kpi",
    text="""\
# さざなみ地域観光地域づくり推進計画（抜粋）

## 目次

1. 計画の趣旨
2. 観光の現状
3. 戦略の柱と取組
4. 成果指標（KPI）
5. 推進体制

## 1. 計画の趣旨

本計画は、地域の観光資源を生かし、滞在して楽しめる観光地域をつくることを目的とする。

## 2. 観光の現状

| 区分 | 令和元年 | 令和5年 |
|---|---|---|
| 観光入込客数（万人） | 320 | 285 |
| 宿泊者数（万人） | 41 | 37 |

## 3. 戦略の柱と取組

### 柱1　滞在型観光の推進

【課題】
・日帰り客が多く、宿泊につながっていない。
・夜に楽しめる場所が少ない。

【取組】
・朝市と温泉街を巡る宿泊プランを造成する。
・夜間の港で光の演出を行う。

### 柱2　受入環境の整備

【課題】
・多言語の案内表示が不足している。

【取組】
・主要な駅とバス停の案内表示を4言語にする。

### 柱3　データに基づくマーケティング

| 取組 | 担当 |
|---|---|
| ・宿泊データの月次集計<br>・来訪者アンケートの実施 | 観光地域づくり法人 |

## 4. 成果指標（KPI）

| 指標 | 現状値（令和5年） | 目標値（令和10年） |
|---|---|---|
| 延べ宿泊者数 | 37万人 | 45万人 |
| 来訪者満足度 | 72% | 85% |

## 5. 推進体制

観光地域づくり法人が中心となり、市町、観光協会、事業者と連携して取組を進める。
""",
    items=(
        Expected(
            "Goal", "本計画は、地域の観光資源を生かし、滞在して楽しめる観光地域をつくることを目的とする。"
        ),
        Expected("Theme", "滞在型観光の推進"),
        Expected("Issue", "日帰り客が多く、宿泊につながっていない。", theme="滞在型観光の推進"),
        Expected("Issue", "夜に楽しめる場所が少ない。", theme="滞在型観光の推進"),
        Expected("Measure", "朝市と温泉街を巡る宿泊プランを造成する。", theme="滞在型観光の推進"),
        Expected("Measure", "夜間の港で光の演出を行う。", theme="滞在型観光の推進"),
        Expected("Theme", "受入環境の整備"),
        Expected("Issue", "多言語の案内表示が不足している。", theme="受入環境の整備"),
        Expected("Measure", "主要な駅とバス停の案内表示を4言語にする。", theme="受入環境の整備"),
        Expected("Theme", "データに基づくマーケティング"),
        Expected("Measure", "宿泊データの月次集計", theme="データに基づくマーケティング"),
        Expected("Measure", "来訪者アンケートの実施", theme="データに基づくマーケティング"),
    ),
    not_items=(
        "1. 計画の趣旨",
        "2. 観光の現状",
        "3. 戦略の柱と取組",
        "4. 成果指標（KPI）",
        "5. 推進体制",
        "観光入込客数（万人）",
        "宿泊者数（万人）",
        "【課題】",
        "【取組】",
        "延べ宿泊者数",
        "来訪者満足度",
        "観光地域づくり法人が中心となり",
    ),
)

_URBAN_FARMING = Case(
    name="toshi_nogyo_plain_chapters_numbered_issue_lines_policy_lines_paren_topics_kana_actions",
    text="""\
ひばり市都市農業振興基本計画

第1　計画の策定に当たって
1　計画策定の背景
　市内の農地は、この10年間で約2割減少した。
2　計画の位置付け
　本計画は、都市農業振興基本法第10条に基づく地方計画として定める。
3　計画期間
　令和8年度から令和17年度までの10年間とする。

第2　都市農業の課題
1　農地の減少
2　担い手の高齢化
3　農業への市民の理解の不足

第3　施策の展開
基本方針1　農地の保全
(1) 生産緑地の指定の推進
　ア　生産緑地の指定要件となる面積を300平方メートルに引き下げる。
　イ　特定生産緑地への指定を農業者に働きかける。
(2) 農地の貸借の促進
　ア　都市農地の貸借の円滑化に関する法律による貸付けを仲介する。
基本方針2　多様な担い手の育成
(1) 新規就農者の支援
　ア　市民農園の利用者を対象に就農講座を開く。
(2) 農福連携の推進
　ア　障害者の農作業体験を受け入れる農家に謝礼を支払う。
　イ　福祉事業所と農家の交流会を開く。

第4　計画の推進
1　推進体制
　農業委員会、農業協同組合と連携して施策を推進する。
2　進行管理
　毎年度、施策の実施状況を農業振興協議会に報告する。
""",
    items=(
        Expected("Issue", "農地の減少", line="1　農地の減少"),
        Expected("Issue", "担い手の高齢化"),
        Expected("Issue", "農業への市民の理解の不足"),
        Expected("Theme", "農地の保全"),
        Expected("Theme", "生産緑地の指定の推進", theme="農地の保全"),
        Expected(
            "Measure",
            "生産緑地の指定要件となる面積を300平方メートルに引き下げる。",
            theme="生産緑地の指定の推進",
        ),
        Expected("Measure", "特定生産緑地への指定を農業者に働きかける。", theme="生産緑地の指定の推進"),
        Expected("Theme", "農地の貸借の促進", theme="農地の保全"),
        Expected(
            "Measure", "都市農地の貸借の円滑化に関する法律による貸付けを仲介する。", theme="農地の貸借の促進"
        ),
        Expected("Theme", "多様な担い手の育成"),
        Expected("Theme", "新規就農者の支援", theme="多様な担い手の育成"),
        Expected("Measure", "市民農園の利用者を対象に就農講座を開く。", theme="新規就農者の支援"),
        Expected("Theme", "農福連携の推進", theme="多様な担い手の育成"),
        Expected("Measure", "障害者の農作業体験を受け入れる農家に謝礼を支払う。", theme="農福連携の推進"),
        Expected("Measure", "福祉事業所と農家の交流会を開く。", theme="農福連携の推進"),
    ),
    not_items=(
        "第1　計画の策定に当たって",
        "1　計画策定の背景",
        "約2割減少した",
        "2　計画の位置付け",
        "都市農業振興基本法第10条",
        "3　計画期間",
        "令和8年度から令和17年度まで",
        "第2　都市農業の課題",
        "第3　施策の展開",
        "第4　計画の推進",
        "1　推進体制",
        "農業委員会、農業協同組合と連携",
        "2　進行管理",
        "農業振興協議会に報告する",
    ),
)

_CRIME = Case(
    name="bohan_machizukuri_direction_headings_diamond_labels_circled_issues_coded_measures",
    text="""\
# もみじ市防犯まちづくり推進計画

## Ⅰ　計画の概要

### 1　計画策定の趣旨

市民、事業者、市が協働して、犯罪の起きにくいまちをつくることを目的として本計画を策定する。

### 2　計画の期間

令和8年度から令和12年度までの5年間

## Ⅱ　犯罪の状況

刑法犯認知件数は、令和元年の1,240件から令和6年の860件に減少した。一方、特殊詐欺の被害額は増加している。

## Ⅲ　施策の体系

### 施策の方向1　地域の防犯力の向上

◆現状と課題
①防犯パトロールの参加者が固定化している。
②自治会に加入しない世帯が増えている。

◆主な施策
1-1　防犯ボランティア団体への活動用品の支給
1-2　青色防犯パトロール車の導入支援

### 施策の方向2　犯罪の起きにくい環境づくり

◆主な施策
2-1　通学路への防犯カメラの設置
2-2　公園の樹木の剪定による見通しの確保

### 施策の方向3　特殊詐欺の被害防止

◆主な施策
3-1　高齢者宅への自動通話録音機の貸出し

## Ⅳ　計画の推進体制

もみじ市防犯まちづくり推進協議会において、施策の進捗を年1回点検する。
""",
    items=(
        Expected(
            "Goal",
            "市民、事業者、市が協働して、犯罪の起きにくいまちをつくることを目的として本計画を策定する。",
        ),
        Expected("Theme", "地域の防犯力の向上"),
        Expected("Issue", "防犯パトロールの参加者が固定化している。", theme="地域の防犯力の向上"),
        Expected("Issue", "自治会に加入しない世帯が増えている。", theme="地域の防犯力の向上"),
        Expected("Measure", "防犯ボランティア団体への活動用品の支給", theme="地域の防犯力の向上"),
        Expected("Measure", "青色防犯パトロール車の導入支援", theme="地域の防犯力の向上"),
        Expected("Theme", "犯罪の起きにくい環境づくり"),
        Expected("Measure", "通学路への防犯カメラの設置", theme="犯罪の起きにくい環境づくり"),
        Expected("Measure", "公園の樹木の剪定による見通しの確保", theme="犯罪の起きにくい環境づくり"),
        Expected("Theme", "特殊詐欺の被害防止"),
        Expected("Measure", "高齢者宅への自動通話録音機の貸出し", theme="特殊詐欺の被害防止"),
    ),
    not_items=(
        "Ⅰ　計画の概要",
        "1　計画策定の趣旨",
        "2　計画の期間",
        "令和8年度から令和12年度まで",
        "Ⅱ　犯罪の状況",
        "刑法犯認知件数",
        "Ⅲ　施策の体系",
        "◆現状と課題",
        "◆主な施策",
        "Ⅳ　計画の推進体制",
        "推進協議会において",
    ),
)

_CONSUMER = Case(
    name="shohi_seikatsu_plain_numbered_issue_headings_paren_topics_circle_actions_glossary",
    text="""\
やまびこ市消費生活センター機能強化計画

１．計画の目的
　消費者被害を未然に防ぎ、被害に遭った市民を速やかに救済できる体制を整えることを目的とする。

２．消費生活相談の状況
　令和5年度の相談件数は2,134件で、そのうち60歳以上の方からの相談が45%を占めた。

３．センターの課題
（１）相談員の確保が難しい
　相談員の多くが60歳を超え、有資格者の応募が少ない。
（２）若年者からの相談が少ない
　成年年齢の引下げ後も、20歳代の相談件数は伸びていない。
（３）相談記録の電子化が遅れている

４．機能強化の取組
（１）相談体制の充実
　○消費生活相談員の資格取得を目指す市民に受験費用を助成する。
　○弁護士による専門相談を月2回に増やす。
（２）消費者教育の推進
　○市内の高校で出前講座を年10回行う。
　○SNSで悪質商法の手口を発信する。
（３）見守りネットワークの構築
　○消費者安全確保地域協議会を設置する。

５．計画の進行管理
　消費生活審議会に毎年度の取組状況を報告し、意見を聴く。

【用語】
○消費者安全確保地域協議会：消費者安全法に基づき、高齢者等の見守りを行う関係機関のネットワーク。
""",
    items=(
        Expected(
            "Goal",
            "消費者被害を未然に防ぎ、被害に遭った市民を速やかに救済できる体制を整えることを目的とする。",
        ),
        Expected("Issue", "相談員の確保が難しい"),
        Expected("Issue", "若年者からの相談が少ない"),
        Expected("Issue", "相談記録の電子化が遅れている"),
        Expected("Theme", "相談体制の充実"),
        Expected(
            "Measure", "消費生活相談員の資格取得を目指す市民に受験費用を助成する。", theme="相談体制の充実"
        ),
        Expected("Measure", "弁護士による専門相談を月2回に増やす。", theme="相談体制の充実"),
        Expected("Theme", "消費者教育の推進"),
        Expected("Measure", "市内の高校で出前講座を年10回行う。", theme="消費者教育の推進"),
        Expected("Measure", "SNSで悪質商法の手口を発信する。", theme="消費者教育の推進"),
        Expected("Theme", "見守りネットワークの構築"),
        Expected("Measure", "消費者安全確保地域協議会を設置する。", theme="見守りネットワークの構築"),
    ),
    not_items=(
        "１．計画の目的",
        "２．消費生活相談の状況",
        "相談件数は2,134件",
        "３．センターの課題",
        "４．機能強化の取組",
        "５．計画の進行管理",
        "消費生活審議会に毎年度",
        "【用語】",
        "○消費者安全確保地域協議会：",
    ),
)

_CARE = Case(
    name="chiiki_hokatsu_goal_headings_status_bullets_measure_headings_explained_by_prose",
    text="""\
# 第9期かしわぎ町地域包括ケア推進計画（抜粋）

## 第1章　計画の策定にあたって

### 1.1 計画策定の趣旨

高齢者が住み慣れた地域で自分らしく暮らし続けられるよう、地域包括ケアシステムを深化させることを目的として本計画を策定します。

### 1.2 日常生活圏域

| 圏域 | 高齢者人口 | 高齢化率 |
|---|---|---|
| 北部圏域 | 3,210人 | 34.2% |
| 南部圏域 | 2,870人 | 38.9% |

## 第2章　目指す姿と基本目標

### 目指す姿

いつまでも住み慣れた地域で支え合いながら暮らせるまち

### 基本目標1　介護予防と健康づくりの推進

#### 現状と課題

- 通いの場に参加する高齢者が1割にとどまっている。
- 男性の参加者が少ない。

#### 主な施策

##### (1) 通いの場の拡充

各地区の集会所で週1回の体操教室を開けるよう、運営する住民団体に補助を行います。

##### (2) 男性向けの介護予防講座の開催

料理や農作業を取り入れた講座を公民館で開催します。

### 基本目標2　在宅医療と介護の連携

#### 主な施策

##### (1) 入退院時の情報共有ルールの策定

病院とケアマネジャーが共通の様式で情報を共有するルールを定めます。

## 第3章　計画の推進

### 3.1 PDCAサイクルによる進行管理

介護保険運営協議会で、毎年度、施策の実施状況を評価します。
""",
    items=(
        Expected(
            "Goal",
            "高齢者が住み慣れた地域で自分らしく暮らし続けられるよう、地域包括ケアシステムを深化させることを目的として本計画を策定します。",
        ),
        Expected("Goal", "いつまでも住み慣れた地域で支え合いながら暮らせるまち"),
        Expected("Theme", "介護予防と健康づくりの推進"),
        Expected(
            "Issue", "通いの場に参加する高齢者が1割にとどまっている。", theme="介護予防と健康づくりの推進"
        ),
        Expected("Issue", "男性の参加者が少ない。", theme="介護予防と健康づくりの推進"),
        Expected("Measure", "通いの場の拡充", theme="介護予防と健康づくりの推進"),
        Expected("Measure", "男性向けの介護予防講座の開催", theme="介護予防と健康づくりの推進"),
        Expected("Theme", "在宅医療と介護の連携"),
        Expected("Measure", "入退院時の情報共有ルールの策定", theme="在宅医療と介護の連携"),
    ),
    not_items=(
        "第1章　計画の策定にあたって",
        "1.1 計画策定の趣旨",
        "1.2 日常生活圏域",
        "北部圏域",
        "南部圏域",
        "第2章　目指す姿と基本目標",
        "現状と課題",
        "主な施策",
        "各地区の集会所で週1回",
        "料理や農作業を取り入れた",
        "病院とケアマネジャーが",
        "第3章　計画の推進",
        "3.1 PDCAサイクル",
        "介護保険運営協議会で",
    ),
)

_WATER = Case(
    name="suido_kouikika_plain_chapters_circle_issues_data_table_area_topics_and_action_lines",
    text="""\
うみかぜ県水道広域化推進プラン

第1章　はじめに
1　策定の趣旨
　人口減少に伴う給水収益の減少や施設の老朽化に対応するため、県内水道事業の広域化に向けた方針を定める。
2　対象期間
　令和8年度から令和17年度まで

第2章　水道事業の現状と課題
1　現状
　県内には17の水道事業者があり、給水人口の6割を3事業者が占める。
2　課題
○管路の経年化率が全国平均を上回っている。
○技術職員が5人未満の事業者が9ある。
○料金回収率が100%を下回る事業者が増えている。

第3章　広域化のシミュレーション
| 類型 | 20年間の費用削減額 |
|---|---|
| 経営の一体化 | 約120億円 |
| 施設の共同化 | 約45億円 |

第4章　広域化の推進方針
1　圏域ごとの連携
(1) 東部圏域
　・浄水場を2か所に統合する。
　・水質検査を共同で委託する。
(2) 西部圏域
　・水道料金の徴収業務を共同で発注する。
2　県全体の基盤強化
(1) 技術職員の共同研修を年2回開く。
(2) 災害時の応援体制を協定で定める。

第5章　今後の進め方
　県と市町村で構成する水道広域化推進協議会で進捗を確認し、5年ごとにプランを見直す。
""",
    items=(
        Expected("Issue", "管路の経年化率が全国平均を上回っている。"),
        Expected("Issue", "技術職員が5人未満の事業者が9ある。"),
        Expected("Issue", "料金回収率が100%を下回る事業者が増えている。"),
        Expected("Theme", "圏域ごとの連携"),
        Expected("Theme", "東部圏域", theme="圏域ごとの連携"),
        Expected("Measure", "浄水場を2か所に統合する。", theme="東部圏域"),
        Expected("Measure", "水質検査を共同で委託する。", theme="東部圏域"),
        Expected("Theme", "西部圏域", theme="圏域ごとの連携"),
        Expected("Measure", "水道料金の徴収業務を共同で発注する。", theme="西部圏域"),
        Expected("Theme", "県全体の基盤強化"),
        Expected("Measure", "技術職員の共同研修を年2回開く。", theme="県全体の基盤強化"),
        Expected("Measure", "災害時の応援体制を協定で定める。", theme="県全体の基盤強化"),
    ),
    not_items=(
        "第1章　はじめに",
        "1　策定の趣旨",
        "人口減少に伴う給水収益",
        "2　対象期間",
        "令和8年度から令和17年度まで",
        "第2章　水道事業の現状と課題",
        "1　現状",
        "県内には17の水道事業者",
        "2　課題",
        "第3章　広域化のシミュレーション",
        "経営の一体化",
        "施設の共同化",
        "第4章　広域化の推進方針",
        "第5章　今後の進め方",
        "水道広域化推進協議会で",
    ),
)

_RENEWABLE = Case(
    name="saiene_target_label_figure_table_coded_bullets_and_a_heading_explained_by_prose",
    text="""\
# ほしぞら市再生可能エネルギー導入促進計画

## 1. 計画の基本的事項

### 1.1 計画の背景

2050年カーボンニュートラルの実現に向け、地域で使うエネルギーを地域でつくることが求められている。

### 1.2 計画期間

令和8年度から令和15年度まで

## 2. 導入目標

【目標】
市内の電力消費量に占める再生可能エネルギーの割合を、令和15年度までに40%にすることを目指す。

| 種別 | 現状（令和5年度） | 目標（令和15年度） |
|---|---|---|
| 太陽光発電 | 52MW | 120MW |
| 小水力発電 | 1.2MW | 2.0MW |

## 3. 導入促進の取組

### 3.1 太陽光発電の拡大

- A-1　住宅用太陽光発電設備と蓄電池の設置補助
- A-2　市有施設の屋根へのPPA方式による設置

### 3.2 地域資源を生かした発電

- B-1　農業用水路を利用した小水力発電の調査
- B-2　間伐材を燃料とする木質バイオマス熱利用の導入

### 3.3 促進区域の設定

地球温暖化対策の推進に関する法律に基づき、ため池と工業団地の屋根を促進区域に設定する。

## 4. 用語の解説

- PPA：発電事業者が需要家の屋根に設備を設置し、電気を供給する契約の方式。
- 促進区域：地域脱炭素化促進事業の対象となる区域。

## 5. 推進体制と進行管理

再生可能エネルギー推進会議を年2回開き、導入量を把握する。
""",
    items=(
        Expected(
            "Goal",
            "市内の電力消費量に占める再生可能エネルギーの割合を、令和15年度までに40%にすることを目指す。",
        ),
        Expected("Theme", "太陽光発電の拡大"),
        Expected("Measure", "住宅用太陽光発電設備と蓄電池の設置補助", theme="太陽光発電の拡大"),
        Expected("Measure", "市有施設の屋根へのPPA方式による設置", theme="太陽光発電の拡大"),
        Expected("Theme", "地域資源を生かした発電"),
        Expected("Measure", "農業用水路を利用した小水力発電の調査", theme="地域資源を生かした発電"),
        Expected("Measure", "間伐材を燃料とする木質バイオマス熱利用の導入", theme="地域資源を生かした発電"),
        Expected("Measure", "促進区域の設定", line="3.3 促進区域の設定"),
    ),
    not_items=(
        "1. 計画の基本的事項",
        "1.1 計画の背景",
        "2050年カーボンニュートラル",
        "1.2 計画期間",
        "令和8年度から令和15年度まで",
        "2. 導入目標",
        "【目標】",
        "52MW",
        "1.2MW",
        "3. 導入促進の取組",
        "ため池と工業団地の屋根を",
        "4. 用語の解説",
        "PPA：",
        "- 促進区域：",
        "5. 推進体制と進行管理",
        "推進会議を年2回開き",
    ),
)

_JAPANESE = Case(
    name="nihongo_kyoiku_plain_contents_policy_lines_bracket_labels_circled_issues_kana_actions",
    text="""\
さくら市日本語教育推進計画

目次
　1　計画の位置付け
　2　外国人住民の状況
　3　基本的な方針と施策
　4　推進体制

1　計画の位置付け
　日本語教育の推進に関する法律第11条に規定する地方公共団体の基本的な方針として定める。

2　外国人住民の状況
　外国人住民は令和6年末で4,820人となり、10年前の約2倍となった。
　国籍別では、ベトナムが最も多く、次いでフィリピン、中国の順である。

3　基本的な方針と施策
方針1　日本語を学ぶ機会の確保
【課題】
　①夜間や休日に学べる教室が少ない。
　②初級の学習者が教室に通い続けられない。
【施策】
　ア　公民館で夜間の日本語教室を開く。
　イ　オンラインで受講できる初級講座を設ける。
方針2　日本語教育を担う人材の育成
【施策】
　ア　地域日本語教育コーディネーターを配置する。
　イ　ボランティア養成講座を年2回開く。
方針3　生活に必要な情報の多言語化
【施策】
　ア　やさしい日本語による行政文書の作成の手引きを作る。

4　推進体制
　国際交流協会、日本語教室、企業、学校で構成する日本語教育推進会議を設け、年1回計画の進捗を確認する。

【用語】
地域日本語教育コーディネーター：地域の日本語教育の体制づくりを担う専門人材。
""",
    items=(
        Expected("Theme", "日本語を学ぶ機会の確保"),
        Expected("Issue", "夜間や休日に学べる教室が少ない。", theme="日本語を学ぶ機会の確保"),
        Expected("Issue", "初級の学習者が教室に通い続けられない。", theme="日本語を学ぶ機会の確保"),
        Expected("Measure", "公民館で夜間の日本語教室を開く。", theme="日本語を学ぶ機会の確保"),
        Expected("Measure", "オンラインで受講できる初級講座を設ける。", theme="日本語を学ぶ機会の確保"),
        Expected("Theme", "日本語教育を担う人材の育成"),
        Expected("Measure", "地域日本語教育コーディネーターを配置する。", theme="日本語教育を担う人材の育成"),
        Expected("Measure", "ボランティア養成講座を年2回開く。", theme="日本語教育を担う人材の育成"),
        Expected("Theme", "生活に必要な情報の多言語化"),
        Expected(
            "Measure",
            "やさしい日本語による行政文書の作成の手引きを作る。",
            theme="生活に必要な情報の多言語化",
        ),
    ),
    not_items=(
        "目次",
        "1　計画の位置付け",
        "2　外国人住民の状況",
        "3　基本的な方針と施策",
        "4　推進体制",
        "日本語教育の推進に関する法律第11条",
        "外国人住民は令和6年末で",
        "国籍別では",
        "【課題】",
        "【施策】",
        "日本語教育推進会議を設け",
        "【用語】",
        "地域日本語教育コーディネーター：",
    ),
)

_FARMING_SYSTEM = Case(
    name="toshi_nogyo_measure_system_preview_and_themes_with_status_issue_action_subheadings",
    text="""\
# かすみ市都市農業振興計画

## 第1章　計画の概要

### 1　計画策定の目的

市民に新鮮な農産物を届け、災害時の避難空間ともなる都市農地を次の世代に引き継ぐことを目的とする。

### 2　計画の期間

令和8年度から令和12年度まで

## 第2章　都市農業の現状

### (1) 農家数の推移

販売農家は令和2年の412戸から令和7年の356戸に減った。

### (2) 農地面積

| 区分 | 令和2年 | 令和7年 |
|---|---|---|
| 田 | 38ha | 31ha |
| 畑 | 126ha | 114ha |

## 第3章　施策の体系

- 基本方針1：農地を守る
- 基本方針2：農業を担う人を育てる

## 第4章　施策の展開

### 基本方針1　農地を守る

#### 現状

宅地への転用が毎年約3haずつ進んでいる。

#### 課題

- 相続税の負担を理由に農地が売却されている。
- 耕作されていない生産緑地がある。

#### 今後の取組

- 相続税納税猶予制度の説明会を開く。
- 耕作されていない生産緑地の所有者に貸付けを勧める。

### 基本方針2　農業を担う人を育てる

#### 課題

- 後継者が決まっていない農家が6割を超える。

#### 今後の取組

- 援農ボランティアを養成する講座を開く。

## 資料編

### 1　策定の経過

| 年月日 | 内容 |
|---|---|
| 令和7年6月10日 | 第1回都市農業振興計画策定委員会 |
| 令和7年11月20日 | 第2回都市農業振興計画策定委員会 |
""",
    items=(
        Expected(
            "Goal",
            "市民に新鮮な農産物を届け、災害時の避難空間ともなる都市農地を次の世代に引き継ぐことを目的とする。",
        ),
        Expected("Theme", "農地を守る", line="基本方針1　農地を守る"),
        Expected("Issue", "相続税の負担を理由に農地が売却されている。", theme="農地を守る"),
        Expected("Issue", "耕作されていない生産緑地がある。", theme="農地を守る"),
        Expected("Measure", "相続税納税猶予制度の説明会を開く。", theme="農地を守る"),
        Expected("Measure", "耕作されていない生産緑地の所有者に貸付けを勧める。", theme="農地を守る"),
        Expected("Theme", "農業を担う人を育てる", line="基本方針2　農業を担う人を育てる"),
        Expected("Issue", "後継者が決まっていない農家が6割を超える。", theme="農業を担う人を育てる"),
        Expected("Measure", "援農ボランティアを養成する講座を開く。", theme="農業を担う人を育てる"),
    ),
    not_items=(
        "第1章　計画の概要",
        "1　計画策定の目的",
        "2　計画の期間",
        "第2章　都市農業の現状",
        "(1) 農家数の推移",
        "販売農家は令和2年",
        "(2) 農地面積",
        "38ha",
        "126ha",
        "第3章　施策の体系",
        "基本方針1：農地を守る",
        "基本方針2：農業を担う人を育てる",
        "第4章　施策の展開",
        "宅地への転用が毎年",
        "資料編",
        "1　策定の経過",
        "第1回都市農業振興計画策定委員会",
        "第2回都市農業振興計画策定委員会",
    ),
)

_CRIME_PLAIN = Case(
    name="bohan_plain_roman_parts_paren_measures_explained_and_numbered_promotion_system",
    text="""\
あさひ町防犯まちづくり計画

Ⅰ　計画の基本的な考え方
　町民が犯罪の不安を感じることなく暮らせるまちを目指す。

Ⅱ　町の犯罪の現状
（１）犯罪の件数
　令和6年の刑法犯認知件数は215件で、5年前より3割減った。
（２）犯罪の種類
　自転車盗が全体の4割を占め、次いで万引きが多い。

Ⅲ　重点的に取り組む施策
（１）自転車盗難の防止
　駅の駐輪場に防犯カメラと照明を設置する。
（２）子どもの見守り
　・登下校の時間帯に見守りボランティアが通学路に立つ。
　・子ども110番の家の協力店を増やす。
（３）高齢者の消費者被害の防止
　・特殊詐欺の手口を伝える出前講座を開く。

Ⅳ　計画の推進
（１）推進体制
　町、警察署、防犯協会で構成する防犯まちづくり会議を置く。
（２）進行管理
　・毎年度、犯罪の件数と取組の実施状況を会議に報告する。
　・計画の最終年度に町民アンケートを行い、計画を見直す。
""",
    items=(
        Expected("Goal", "町民が犯罪の不安を感じることなく暮らせるまちを目指す。"),
        Expected("Measure", "自転車盗難の防止", line="（１）自転車盗難の防止"),
        Expected("Theme", "子どもの見守り"),
        Expected("Measure", "登下校の時間帯に見守りボランティアが通学路に立つ。", theme="子どもの見守り"),
        Expected("Measure", "子ども110番の家の協力店を増やす。", theme="子どもの見守り"),
        Expected("Theme", "高齢者の消費者被害の防止"),
        Expected("Measure", "特殊詐欺の手口を伝える出前講座を開く。", theme="高齢者の消費者被害の防止"),
    ),
    not_items=(
        "Ⅰ　計画の基本的な考え方",
        "Ⅱ　町の犯罪の現状",
        "（１）犯罪の件数",
        "刑法犯認知件数は215件",
        "（２）犯罪の種類",
        "自転車盗が全体の4割",
        "Ⅲ　重点的に取り組む施策",
        "駅の駐輪場に防犯カメラ",
        "Ⅳ　計画の推進",
        "（１）推進体制",
        "防犯まちづくり会議を置く",
        "（２）進行管理",
        "犯罪の件数と取組の実施状況を会議に報告する",
        "町民アンケートを行い",
    ),
)

_JAPANESE_MD = Case(
    name="nihongo_kyoiku_markdown_decimal_areas_goal_per_area_and_pdca_steps",
    text="""\
# みなと市日本語教育推進基本方針

## 1. 基本方針の趣旨

外国人住民が日本語で円滑に意思疎通し、地域社会の一員として暮らせるようにすることを目的とする。

## 2. 施策の分野

### 2.1 生活者としての外国人への日本語教育

**目指す姿**：来日して間もない人が日常の用を日本語で足せる。

- 初期集中講座を年3期開く。
- 子ども連れで参加できる託児付きの教室を設ける。

### 2.2 外国人の子どもへの日本語指導

**目指す姿**：日本語指導が必要な児童生徒が授業に参加できる。

- 日本語指導員を小中学校に派遣する。

### 2.3 就労する外国人への日本語教育

- 企業が行う日本語研修の費用を補助する。

## 3. 進行管理

### 3.1 Plan（計画）

毎年度の実施計画を日本語教育推進会議で定める。

### 3.2 Do（実行）

関係課と国際交流協会が実施計画に沿って事業を行う。

### 3.3 Check（評価）

受講者数と修了者アンケートで成果を確かめる。

### 3.4 Action（改善）

評価の結果を次年度の実施計画に反映する。
""",
    items=(
        Expected(
            "Goal",
            "外国人住民が日本語で円滑に意思疎通し、地域社会の一員として暮らせるようにすることを目的とする。",
        ),
        Expected("Theme", "生活者としての外国人への日本語教育"),
        Expected(
            "Goal",
            "来日して間もない人が日常の用を日本語で足せる。",
            theme="生活者としての外国人への日本語教育",
        ),
        Expected("Measure", "初期集中講座を年3期開く。", theme="生活者としての外国人への日本語教育"),
        Expected(
            "Measure",
            "子ども連れで参加できる託児付きの教室を設ける。",
            theme="生活者としての外国人への日本語教育",
        ),
        Expected("Theme", "外国人の子どもへの日本語指導"),
        Expected(
            "Goal", "日本語指導が必要な児童生徒が授業に参加できる。", theme="外国人の子どもへの日本語指導"
        ),
        Expected("Measure", "日本語指導員を小中学校に派遣する。", theme="外国人の子どもへの日本語指導"),
        Expected("Theme", "就労する外国人への日本語教育"),
        Expected("Measure", "企業が行う日本語研修の費用を補助する。", theme="就労する外国人への日本語教育"),
    ),
    not_items=(
        "1. 基本方針の趣旨",
        "2. 施策の分野",
        "3. 進行管理",
        "3.1 Plan（計画）",
        "毎年度の実施計画を",
        "3.2 Do（実行）",
        "関係課と国際交流協会が",
        "3.3 Check（評価）",
        "受講者数と修了者アンケート",
        "3.4 Action（改善）",
        "評価の結果を次年度",
    ),
)

CASES = [
    _TOURISM,
    _URBAN_FARMING,
    _CRIME,
    _CONSUMER,
    _CARE,
    _WATER,
    _RENEWABLE,
    _JAPANESE,
    _FARMING_SYSTEM,
    _CRIME_PLAIN,
    _JAPANESE_MD,
]
