"""Excerpts of Japanese plans of eight families the other sets hold none of, laid out as such plans
are, with the items a reader takes from them (test_shapes_excerpts.py holds the figures).

Every excerpt is invented (place names fictitious).  The kinds: a がん対策推進計画 of 第N chapters, a
全体目標 sentence and bullets, numbered 分野 headings over 【現状と課題】 ・ and 【取り組むべき施策】 ○ lines
and a KPI table; a 歯科口腔保健推進計画 in plain text, 第N parts, 基本方針 lines 「1　…」 over 「(1)　…」
life stages over ア/イ labels; a 市民協働推進計画 of 基本目標 headings over 現状と課題 prose and 施策の方向
① lines over bullets, with an indicator table and 用語; a 公園施設長寿命化計画 of 「1.」 headings with plain
「3.1」 lines, (1) issues under a 課題 line and 基本方針 「4.1」 lines over bullets, with data tables; a
特定事業主行動計画 whose issues follow a lead-in sentence, whose 「目標N　…とする。」 headings are goals
over ＜取組内容＞ （1） lines; a 消防団充実強化計画 in plain text with ◆ parts, 【方針N】 labels over ○課題
and ○具体的な取組 labels; a 森林経営管理実施方針 whose 現状と課題 numbers its issues 「1　…」 and whose
方針 chapters hold (1) headings each explained by one sentence; a 観光危機管理計画 of 【段階】 headings
over coded 「1-1 …」 measures each explained by one sentence.  Each holds lines that are no item:
contents, 計画の位置付け, 計画期間, background and data, 推進体制, 進行管理, 用語.

Conventions as in shapes_cases_gen19e.py: the cue of a label or heading decides the type where it
names one; a heading or line that stands over other items is a theme; a numbered heading under one
naming measures and explained by prose alone is a measure, and its prose no item; theme= is the
nearest enclosing theme.  Labels without numbering, codes or marks; whole sentences keep 「。」.
Written before any rule was run on them.

At first sight (296d004): Goal F1 1.00, Theme 0.74, Issue 0.72, Measure 0.83, item → theme links 26 of
40, nine lines named as no item read as items.  Missed then: plain 「ア　現状と課題」「イ　取組」 and
「○課題」「○具体的な取組」 labels read as measures (the ○課題 ・ lines too); a chapter naming its kind
(「…の現状」「…の基本方針」「…の実施方針」) read as a theme; a 【…】 heading's label kept its brackets; ・
issue lines after a 【現状と課題】 label or a lead-in 「次の課題が明らかになった。」 read as none; a shortfall
「…にとどまっています」 and a state 「…森林となっている」 under 現状と課題 read as facts.  After the
rules for a line naming a list, a bracketed heading's name and the lead-in and lasting-state issue forms:
Theme 0.84, Issue 0.95, Measure 1.00, links 35 of 40, four lines named as no item read as items; after
the form of a share of things in a faulty state (「…の半数が、手入れが遅れた森林となっている」), Issue 0.98.
After the
rule that a chapter naming the kind of what it holds after a topic (「…の実施方針」, 「…のための基本方針」,
「…の現状」) over numbered lines holding lines of their own is their container, no theme (the plain 「4.1 …」
lines over bullets its themes): Theme 1.00, links 40 of 40, no line named as no item read as one.  Read
from Markdown only: the not-items are named by their Markdown marks.
"""

from __future__ import annotations

from tests.kg.extract.shapes_cases import Case, Expected

_GAN = Case(
    name="gan_taisaku_chapters_overall_goal_field_headings_bracket_labels_and_kpi",
    text="""\
# 青葉県がん対策推進計画（第4期）

## 目次

第1章　計画の基本的事項
第2章　全体目標
第3章　分野別施策
第4章　計画の推進体制

## 第1章　計画の基本的事項

### 1　計画の位置付け

本計画は、がん対策基本法第12条第1項に基づく都道府県がん対策推進計画として策定するものです。

### 2　計画期間

令和6年度から令和11年度までの6年間とします。

## 第2章　全体目標

誰一人取り残さないがん対策を推進し、全ての県民とがんの克服を目指します。

- がんの罹患者を減らす
- 全ての患者が適切な医療を受けられる
- がんになっても安心して暮らせる社会をつくる

## 第3章　分野別施策

### 1　がん予防

【現状と課題】
・成人の喫煙率が全国平均より高い状態が続いています。
・子宮頸がん検診の受診率が低迷しています。

【取り組むべき施策】
○学校におけるがん教育を充実します。
○職域と連携した受診勧奨を行います。

| 指標 | 現状値 | 目標値（令和11年度） |
|---|---|---|
| 成人喫煙率 | 16.2％ | 12％ |

### 2　がん医療の充実

【現状と課題】
・放射線治療を担う専門医が不足しています。

【取り組むべき施策】
○がん診療連携拠点病院の機能を強化します。
○ゲノム医療の提供体制を整えます。

## 第4章　計画の推進体制

県、市町村、医療機関が連携して計画を推進し、青葉県がん対策推進協議会で毎年度進捗を評価します。
""",
    items=(
        Expected("Goal", "誰一人取り残さないがん対策を推進し、全ての県民とがんの克服を目指します。"),
        Expected("Goal", "がんの罹患者を減らす"),
        Expected("Goal", "全ての患者が適切な医療を受けられる"),
        Expected("Goal", "がんになっても安心して暮らせる社会をつくる"),
        Expected("Theme", "がん予防", line="1　がん予防"),
        Expected("Issue", "成人の喫煙率が全国平均より高い状態が続いています。", theme="がん予防"),
        Expected("Issue", "子宮頸がん検診の受診率が低迷しています。", theme="がん予防"),
        Expected("Measure", "学校におけるがん教育を充実します。", theme="がん予防"),
        Expected("Measure", "職域と連携した受診勧奨を行います。", theme="がん予防"),
        Expected("Theme", "がん医療の充実", line="2　がん医療の充実"),
        Expected("Issue", "放射線治療を担う専門医が不足しています。", theme="がん医療の充実"),
        Expected("Measure", "がん診療連携拠点病院の機能を強化します。", theme="がん医療の充実"),
        Expected("Measure", "ゲノム医療の提供体制を整えます。", theme="がん医療の充実"),
    ),
    not_items=(
        "第1章　計画の基本的事項",
        "第3章　分野別施策",
        "1　計画の位置付け",
        "がん対策基本法第12条",
        "2　計画期間",
        "令和6年度から令和11年度",
        "## 第2章　全体目標",
        "【現状と課題】",
        "【取り組むべき施策】",
        "| 成人喫煙率",
        "## 第4章　計画の推進体制",
        "毎年度進捗を評価します",
    ),
)

_SHIKA = Case(
    name="shika_koku_plain_parts_policy_lines_over_paren_stages_and_katakana_labels",
    text="""\
みなと市歯科口腔保健推進計画

第1　計画の概要
1　計画策定の趣旨
　本計画は、市民が生涯にわたり自分の歯で食べる喜びを持ち続けられることを目的とする。
2　計画の期間
　令和7年度から令和12年度までとする。

第2　基本方針
1　ライフステージに応じた歯科口腔保健の推進
(1)　乳幼児期・学齢期
ア　現状と課題
　・3歳児のむし歯有病率が県平均より高い。
　・フッ化物洗口を実施する小学校が少ない。
イ　取組
　・保育所でのフッ化物洗口を支援する。
　・小学校での歯みがき指導を行う。
(2)　成人期・高齢期
ア　現状と課題
　・歯周病検診の受診率が低い。
イ　取組
　・歯周病検診の対象年齢を拡大する。
　・通いの場でオーラルフレイル予防の講話を行う。
2　定期的に歯科検診を受けにくい者への支援
ア　現状と課題
　・障害者施設で定期的な歯科検診を受けている人が少ない。
イ　取組
　・施設への訪問歯科健診を実施する。

第3　計画の推進
1　推進体制
　市民、歯科医師会、行政が役割を分担して計画を推進する。
2　進行管理
　毎年度、みなと市歯科口腔保健推進会議において評価を行う。
""",
    items=(
        Expected(
            "Goal", "本計画は、市民が生涯にわたり自分の歯で食べる喜びを持ち続けられることを目的とする。"
        ),
        Expected("Theme", "ライフステージに応じた歯科口腔保健の推進"),
        Expected("Theme", "乳幼児期・学齢期"),
        Expected("Issue", "3歳児のむし歯有病率が県平均より高い。", theme="乳幼児期・学齢期"),
        Expected("Issue", "フッ化物洗口を実施する小学校が少ない。", theme="乳幼児期・学齢期"),
        Expected("Measure", "保育所でのフッ化物洗口を支援する。", theme="乳幼児期・学齢期"),
        Expected("Measure", "小学校での歯みがき指導を行う。", theme="乳幼児期・学齢期"),
        Expected("Theme", "成人期・高齢期"),
        Expected("Issue", "歯周病検診の受診率が低い。", theme="成人期・高齢期"),
        Expected("Measure", "歯周病検診の対象年齢を拡大する。", theme="成人期・高齢期"),
        Expected("Measure", "通いの場でオーラルフレイル予防の講話を行う。", theme="成人期・高齢期"),
        Expected("Theme", "定期的に歯科検診を受けにくい者への支援"),
        Expected(
            "Issue",
            "障害者施設で定期的な歯科検診を受けている人が少ない。",
            theme="定期的に歯科検診を受けにくい者への支援",
        ),
        Expected(
            "Measure", "施設への訪問歯科健診を実施する。", theme="定期的に歯科検診を受けにくい者への支援"
        ),
    ),
    not_items=(
        "みなと市歯科口腔保健推進計画",
        "第1　計画の概要",
        "1　計画策定の趣旨",
        "2　計画の期間",
        "令和7年度から令和12年度",
        "第2　基本方針",
        "ア　現状と課題",
        "イ　取組",
        "第3　計画の推進",
        "1　推進体制",
        "役割を分担して",
        "2　進行管理",
        "評価を行う",
    ),
)

_KYODO = Case(
    name="kyodo_suishin_basic_goal_headings_prose_issues_circled_directions_over_bullets",
    text="""\
# 第3次ひばり野市市民協働推進計画

## 1　計画の趣旨

市民と市が対等な立場で地域の課題を解決するまちを目指します。

## 2　計画の位置付け

本計画は、ひばり野市総合計画の分野別計画であり、ひばり野市市民協働推進条例第8条に基づく計画です。

## 3　施策の展開

### 基本目標1　協働を担う人づくり

#### 現状と課題

市民活動に参加したことがある市民は3割にとどまっています。また、活動団体では担い手の高齢化が課題となっています。

#### 施策の方向

① 市民活動への参加のきっかけづくり
- 市民活動団体の体験会を開催します。
- 大学と連携して学生のボランティア参加を促します。

② 協働を進める職員の育成
- 職員向けの協働研修を実施します。

### 基本目標2　協働の仕組みづくり

#### 現状と課題

- 市民提案型協働事業の応募件数が減少しています。
- 活動団体同士の交流の場が不足しています。

#### 施策の方向

① 協働事業制度の見直し
- 提案の受付を通年にします。

② 中間支援機能の強化
- 市民活動支援センターの相談機能を強化します。

| 成果指標 | 現状値（令和6年度） | 目標値（令和11年度） |
|---|---|---|
| 市民活動に参加したことがある市民の割合 | 31％ | 40％ |

## 4　用語の解説

- 中間支援：市民活動団体と行政や企業の間に立って活動を支えること。
""",
    items=(
        Expected("Goal", "市民と市が対等な立場で地域の課題を解決するまちを目指します。"),
        Expected("Theme", "協働を担う人づくり"),
        Expected(
            "Issue", "市民活動に参加したことがある市民は3割にとどまっています。", theme="協働を担う人づくり"
        ),
        Expected(
            "Issue", "また、活動団体では担い手の高齢化が課題となっています。", theme="協働を担う人づくり"
        ),
        Expected("Theme", "市民活動への参加のきっかけづくり"),
        Expected("Measure", "市民活動団体の体験会を開催します。", theme="市民活動への参加のきっかけづくり"),
        Expected(
            "Measure",
            "大学と連携して学生のボランティア参加を促します。",
            theme="市民活動への参加のきっかけづくり",
        ),
        Expected("Theme", "協働を進める職員の育成"),
        Expected("Measure", "職員向けの協働研修を実施します。", theme="協働を進める職員の育成"),
        Expected("Theme", "協働の仕組みづくり"),
        Expected("Issue", "市民提案型協働事業の応募件数が減少しています。", theme="協働の仕組みづくり"),
        Expected("Issue", "活動団体同士の交流の場が不足しています。", theme="協働の仕組みづくり"),
        Expected("Theme", "協働事業制度の見直し"),
        Expected("Measure", "提案の受付を通年にします。", theme="協働事業制度の見直し"),
        Expected("Theme", "中間支援機能の強化"),
        Expected("Measure", "市民活動支援センターの相談機能を強化します。", theme="中間支援機能の強化"),
    ),
    not_items=(
        "1　計画の趣旨",
        "2　計画の位置付け",
        "総合計画の分野別計画",
        "3　施策の展開",
        "#### 現状と課題",
        "#### 施策の方向",
        "| 市民活動に参加したことがある市民の割合",
        "4　用語の解説",
        "中間支援：",
    ),
)

_KOEN = Case(
    name="koen_chojumyoka_decimal_headings_plain_sub_lines_paren_issues_policy_lines_over_bullets",
    text="""\
# すずかけ市公園施設長寿命化計画

## 1. 計画の目的

本計画は、公園施設の計画的な維持管理により、安全性の確保とライフサイクルコストの縮減を図ることを目的とする。

## 2. 計画の対象

| 公園種別 | 公園数 | 面積（ha） |
|---|---|---|
| 街区公園 | 182 | 35.4 |
| 近隣公園 | 21 | 28.1 |

## 3. 公園施設の現状

3.1 健全度調査の結果
健全度判定の結果、遊具の約4割がC判定またはD判定であった。

3.2 課題
(1) 設置後30年を超える施設が半数を超えている。
(2) 劣化の進行を把握する点検記録が統一されていない。
(3) 更新費用が特定の年度に集中する見込みである。

## 4. 長寿命化のための基本方針

4.1 予防保全型管理への転換
- 主要な遊具とトイレを予防保全型管理の対象とする。
- 日常点検に加え、年1回の定期点検を専門技術者が行う。

4.2 更新費用の平準化
- 健全度と利用状況から更新の優先順位を定める。
- 更新時期を分散させ、年度ごとの費用を平準化する。

## 5. 計画期間

令和7年度から令和16年度までの10年間とする。

## 6. 用語

- 健全度：施設の劣化の程度をA〜Dの4段階で示したもの。
""",
    items=(
        Expected(
            "Goal",
            "本計画は、公園施設の計画的な維持管理により、安全性の確保とライフサイクルコストの縮減を図ることを目的とする。",
        ),
        Expected("Issue", "設置後30年を超える施設が半数を超えている。"),
        Expected("Issue", "劣化の進行を把握する点検記録が統一されていない。"),
        Expected("Issue", "更新費用が特定の年度に集中する見込みである。"),
        Expected("Theme", "予防保全型管理への転換"),
        Expected(
            "Measure", "主要な遊具とトイレを予防保全型管理の対象とする。", theme="予防保全型管理への転換"
        ),
        Expected(
            "Measure", "日常点検に加え、年1回の定期点検を専門技術者が行う。", theme="予防保全型管理への転換"
        ),
        Expected("Theme", "更新費用の平準化"),
        Expected("Measure", "健全度と利用状況から更新の優先順位を定める。", theme="更新費用の平準化"),
        Expected("Measure", "更新時期を分散させ、年度ごとの費用を平準化する。", theme="更新費用の平準化"),
    ),
    not_items=(
        "1. 計画の目的",
        "2. 計画の対象",
        "| 街区公園",
        "3. 公園施設の現状",
        "3.1 健全度調査の結果",
        "遊具の約4割",
        "3.2 課題",
        "4. 長寿命化のための基本方針",
        "5. 計画期間",
        "令和7年度から令和16年度",
        "健全度：",
    ),
)

_JIGYONUSHI = Case(
    name="tokutei_jigyonushi_lead_in_issues_numbered_goal_headings_over_paren_actions",
    text="""\
# あさひ町特定事業主行動計画

## 1　計画の趣旨

この計画は、次世代育成支援対策推進法及び女性の職業生活における活躍の推進に関する法律に基づき、あさひ町長、あさひ町議会議長及びあさひ町教育委員会が策定する特定事業主行動計画である。

## 2　計画期間

令和7年4月1日から令和12年3月31日までの5年間とする。

## 3　現状の把握と課題分析

| 項目 | 令和5年度 |
|---|---|
| 採用した職員に占める女性の割合 | 42.1％ |
| 男性職員の育児休業取得率 | 18.0％ |
| 管理職に占める女性の割合 | 9.5％ |

課題分析の結果、次の課題が明らかになった。
・男性職員の育児休業の取得が進んでいない。
・管理職に占める女性職員の割合が低い。
・時間外勤務が特定の部署に偏っている。

## 4　目標と取組内容

### 目標1　男性職員の育児休業取得率を令和11年度までに50％以上とする。

＜取組内容＞
（1）子の出生を届け出た男性職員に、所属長が取得計画の作成を働きかける。
（2）育児休業中の職員に庁内の情報を定期的に提供する。

### 目標2　管理職に占める女性職員の割合を令和11年度までに15％以上とする。

＜取組内容＞
（1）係長級の女性職員を対象としたキャリア研修を実施する。
（2）女性職員と管理職の意見交換会を開催する。

## 5　推進体制

各任命権者の人事担当課で構成する推進委員会を設け、毎年度、取組の実施状況を公表する。
""",
    items=(
        Expected("Issue", "男性職員の育児休業の取得が進んでいない。"),
        Expected("Issue", "管理職に占める女性職員の割合が低い。"),
        Expected("Issue", "時間外勤務が特定の部署に偏っている。"),
        Expected("Goal", "男性職員の育児休業取得率を令和11年度までに50％以上とする。"),
        Expected("Measure", "子の出生を届け出た男性職員に、所属長が取得計画の作成を働きかける。"),
        Expected("Measure", "育児休業中の職員に庁内の情報を定期的に提供する。"),
        Expected("Goal", "管理職に占める女性職員の割合を令和11年度までに15％以上とする。"),
        Expected("Measure", "係長級の女性職員を対象としたキャリア研修を実施する。"),
        Expected("Measure", "女性職員と管理職の意見交換会を開催する。"),
    ),
    not_items=(
        "1　計画の趣旨",
        "特定事業主行動計画である",
        "2　計画期間",
        "令和7年4月1日から",
        "3　現状の把握と課題分析",
        "| 男性職員の育児休業取得率",
        "次の課題が明らかになった",
        "4　目標と取組内容",
        "＜取組内容＞",
        "5　推進体制",
        "実施状況を公表する",
    ),
)

_SHOBODAN = Case(
    name="shobodan_plain_diamond_parts_bracket_policy_labels_over_circle_labels",
    text="""\
かえで町消防団充実強化計画

◆計画策定の背景
　消防団を中核とした地域防災力の充実強化に関する法律の施行から10年が経過し、団員数は減少を続けている。

◆計画期間
　令和7年度～令和11年度

◆団員数の推移

| 年度 | 条例定数 | 実員数 |
|---|---|---|
| 令和2年度 | 450人 | 402人 |
| 令和6年度 | 450人 | 371人 |

◆基本方針
【方針1】団員の確保
　○課題
　　・20歳代の入団者がほとんどいない。
　　・被用者団員が平日の昼間に出動できない。
　○具体的な取組
　　・大学生団員の認証制度を導入する。
　　・事業所に消防団協力事業所表示制度への参加を呼びかける。
【方針2】装備と訓練の充実
　○課題
　　・小型動力ポンプ付積載車の3割が更新時期を過ぎている。
　○具体的な取組
　　・積載車を年2台ずつ計画的に更新する。
　　・女性団員による応急手当普及員の育成を進める。

◆計画の進行管理
　毎年度、消防団幹部会議で取組状況を確認し、必要に応じて計画を見直す。
""",
    items=(
        Expected("Theme", "団員の確保"),
        Expected("Issue", "20歳代の入団者がほとんどいない。", theme="団員の確保"),
        Expected("Issue", "被用者団員が平日の昼間に出動できない。", theme="団員の確保"),
        Expected("Measure", "大学生団員の認証制度を導入する。", theme="団員の確保"),
        Expected("Measure", "事業所に消防団協力事業所表示制度への参加を呼びかける。", theme="団員の確保"),
        Expected("Theme", "装備と訓練の充実"),
        Expected("Issue", "小型動力ポンプ付積載車の3割が更新時期を過ぎている。", theme="装備と訓練の充実"),
        Expected("Measure", "積載車を年2台ずつ計画的に更新する。", theme="装備と訓練の充実"),
        Expected("Measure", "女性団員による応急手当普及員の育成を進める。", theme="装備と訓練の充実"),
    ),
    not_items=(
        "かえで町消防団充実強化計画",
        "◆計画策定の背景",
        "団員数は減少を続けている",
        "◆計画期間",
        "令和7年度～令和11年度",
        "◆団員数の推移",
        "| 令和2年度",
        "◆基本方針",
        "○課題",
        "○具体的な取組",
        "◆計画の進行管理",
        "必要に応じて計画を見直す",
    ),
)

_SHINRIN = Case(
    name="shinrin_keiei_kanri_numbered_issue_lines_policy_chapters_paren_headings_with_one_sentence",
    text="""\
# やまなみ村森林経営管理実施方針

## 第1　目的

この方針は、森林経営管理法に基づき、村内の経営管理が行われていない森林の集積・集約化を進めるための基本的な事項を定めることを目的とする。

## 第2　現状と課題

1　村の人工林の半数が、間伐などの手入れが遅れた森林となっている。
2　森林所有者の高齢化と不在村化により、境界が不明確な森林が増えている。
3　林業経営体の担い手が不足している。

## 第3　意向調査の実施方針

(1) 実施区域の優先順位付け
　人工林率の高い地区から優先して意向調査を実施する。
(2) 境界の明確化
　航空レーザ測量の成果を用いて、所有者の立会いを省いた境界案を作成する。

## 第4　経営管理権集積計画の作成方針

(1) 林業経営者への再委託
　林業経営に適した森林は、意欲と能力のある林業経営者に経営管理実施権を配分する。
(2) 村による直接管理
　林業経営に適さない森林は、村が自ら間伐を行い、針広混交林へ誘導する。

## 第5　森林環境譲与税の使途

| 使途 | 令和7年度予算（千円） |
|---|---|
| 意向調査 | 12,000 |
| 間伐 | 30,000 |

## 第6　実施体制

村は、地域林政アドバイザーを配置し、森林組合と連携して業務を行う。
""",
    items=(
        Expected(
            "Goal",
            "この方針は、森林経営管理法に基づき、村内の経営管理が行われていない森林の集積・集約化を進めるための"
            "基本的な事項を定めることを目的とする。",
        ),
        Expected("Issue", "村の人工林の半数が、間伐などの手入れが遅れた森林となっている。"),
        Expected("Issue", "森林所有者の高齢化と不在村化により、境界が不明確な森林が増えている。"),
        Expected("Issue", "林業経営体の担い手が不足している。"),
        Expected("Measure", "実施区域の優先順位付け"),
        Expected("Measure", "境界の明確化"),
        Expected("Measure", "林業経営者への再委託"),
        Expected("Measure", "村による直接管理"),
    ),
    not_items=(
        "## 第1　目的",
        "## 第2　現状と課題",
        "## 第3　意向調査の実施方針",
        "人工林率の高い地区から",
        "航空レーザ測量",
        "## 第4　経営管理権集積計画の作成方針",
        "意欲と能力のある",
        "針広混交林へ誘導する",
        "## 第5　森林環境譲与税の使途",
        "| 意向調査",
        "## 第6　実施体制",
        "地域林政アドバイザー",
    ),
)

_KANKO_KIKI = Case(
    name="kanko_kiki_kanri_phase_bracket_headings_over_coded_measures_with_one_sentence",
    text="""\
# しおさい市観光危機管理計画

## 目次

1 計画の基本的な考え方 …… 1
2 平常時の取組 …… 3
3 危機発生時の対応 …… 8

## 1 計画の基本的な考え方

### 1.1 計画の目的

本計画は、自然災害や感染症などの危機が発生した際に、観光客の安全を確保し、観光産業の早期回復を図ることを目的とする。

### 1.2 想定する危機

| 区分 | 主な危機 |
|---|---|
| 自然災害 | 地震・津波、台風、豪雨 |
| 健康危機 | 感染症の流行 |

## 2 平常時の取組

### 【減災】

1-1 観光施設の耐震化の促進
　宿泊施設の耐震改修に要する費用を補助する。
1-2 津波避難ビルの指定拡大
　沿岸部のホテルと協定を結び、津波避難ビルに指定する。

### 【危機への備え】

2-1 多言語による避難情報の発信
　外国人観光客向けに多言語で避難情報を配信する仕組みを整える。
2-2 観光事業者の事業継続計画の策定支援
　宿泊・交通事業者を対象に事業継続計画の策定講習会を開く。

## 3 危機発生時の対応

危機発生時の対応は、別に定める観光危機対応マニュアルによる。

## 4 計画の見直し

本計画は、訓練の結果や国の指針の改定を踏まえ、おおむね3年ごとに見直す。
""",
    items=(
        Expected(
            "Goal",
            "本計画は、自然災害や感染症などの危機が発生した際に、観光客の安全を確保し、観光産業の早期回復を図ることを目的とする。",
        ),
        Expected("Theme", "減災"),
        Expected("Measure", "観光施設の耐震化の促進", theme="減災"),
        Expected("Measure", "津波避難ビルの指定拡大", theme="減災"),
        Expected("Theme", "危機への備え"),
        Expected("Measure", "多言語による避難情報の発信", theme="危機への備え"),
        Expected("Measure", "観光事業者の事業継続計画の策定支援", theme="危機への備え"),
    ),
    not_items=(
        "## 目次",
        "1 計画の基本的な考え方 ……",
        "2 平常時の取組 ……",
        "3 危機発生時の対応 ……",
        "### 1.1 計画の目的",
        "### 1.2 想定する危機",
        "| 自然災害",
        "## 2 平常時の取組",
        "宿泊施設の耐震改修",
        "沿岸部のホテル",
        "## 3 危機発生時の対応",
        "観光危機対応マニュアル",
        "## 4 計画の見直し",
        "おおむね3年ごとに見直す",
    ),
)

CASES = [_GAN, _SHIKA, _KYODO, _KOEN, _JIGYONUSHI, _SHOBODAN, _SHINRIN, _KANKO_KIKI]
