"""Excerpts of Japanese plans of eight families no other set holds, in the layouts such plans use,
with the items a reader takes from them (test_shapes_excerpts.py holds the figures).

Every excerpt is invented (place names fictitious; ministries real names).  The kinds: a
配偶者暴力防止基本計画 in plain text (目次 with leaders, 第N章 / 基本目標N / （1） / ① lines, a
【現状と課題】 label over ○ lines); a 成年後見制度利用促進計画 whose 取組 table lists several ・ entries
per cell beside a 担当 column, then a KPI table; a がん対策推進計画 of 分野 headings over (1) headings
over 【現状・課題】 and 【取り組むべき施策】 labels, with a 全体目標 sentence; a 依存症対策推進計画 whose
measures are headings numbered by codes (「取組1-1」) over one sentence each; a 災害廃棄物処理計画 in plain
text of ■ lines over 【課題】 / 【対策】 labels over ・ lines, beside data tables; a 国民保護計画 of
第N編 / 第N章 / 第N / 1 headings over ○ sentences (「市は、…する。」); a 特定事業主行動計画 of 「目標N」
headings over a 現状 sentence naming its 課題 and 【取組内容】 ◆ lines; a 人材育成基本方針 of 目指す職員像
bullets and a (1) / ア outline of 具体的取組.

Conventions as in shapes_cases_excerpts10.py and shapes_cases_excerpts12.py: the cue of a label or
column decides the type where it names one (目標 a goal, 課題 an issue, 施策/取組 a measure); a heading
or line that stands over other items is a theme; a leaf line, entry, cell or sentence naming an
action a measure; a leaf heading over one sentence a measure, the sentence its text.  theme= is the
nearest enclosing theme (a goal heading is none: the items under it carry the theme over it).
Labels without numbering or marks; whole sentences keep 「。」.  目次 lines, 計画の位置付け, 計画期間,
推進体制, 進行管理, data tables, 用語, 担当 cells and KPI rows are no items.

Written before any rule was run on them.  At first sight (4be9a95): Goal F1 0.96, Theme 0.70,
Issue 0.95, Measure 0.77, item → theme links 17 of 40, three lines named as no item read as items:
a plain 「基本目標1」 line no heading, and the 「（1）」 lines after its 【現状と課題】 entries read as
that label's entries; a 「基本目標」 heading over an issue label and （1） headings read as a theme; a
measure-numbered heading (「重点施策1」) over measure-numbered ones (「取組1-1」) read as a measure; a
(1) heading over its own 【取り組むべき施策】 label read as a measure heading (「…対策」), and
【個別目標】 entries as measures; plain ■ lines over 【課題】 / 【対策】 labels no headings, and 「総則」 a
theme; 【取組内容】 no label; 「…を取り入れる。」 no action; 「人材育成の具体的取組」 a theme.  One
reading was corrected after that run, for consistency with the 国民保護計画's 「第2編」: the
災害廃棄物処理計画's 「第2章　平時の備え」, a chapter over themes, is a theme too (with it, first sight
gives Theme 0.73 and two lines named as no item read as items).  After the rules for these
(test_shapes_excerpts.py): 1.00 / 1.00 / 0.95 / 1.00, links 39 of 40; the issue left is a comparison
(「…は全国平均を上回っている」) read as a fact, as the sets before read it.
The 配偶者暴力防止基本計画's 「基本目標N」 lines were first annotated as goals; they are themes since the
plans' numbered 基本目標 are read as their areas (tests/gold/README.md), the theme of the issues under
their labels.
"""

from __future__ import annotations

from tests.kg.extract.shapes_cases import Case, Expected

# ruff: noqa: E501

_DV = Case(
    name="dv_boshi_plain_chapters_goal_lines_paren_and_circled",
    text="""\
みなせ市配偶者暴力防止及び被害者支援基本計画（第3次）

目次
第1章　計画の策定にあたって・・・・・・・・1
第2章　施策の展開・・・・・・・・・・・・・4
第3章　計画の推進・・・・・・・・・・・・・12

第1章　計画の策定にあたって
1　計画の位置付け
本計画は、配偶者からの暴力の防止及び被害者の保護等に関する法律第2条の3第3項に基づく市町村基本計画です。
2　計画の期間
令和7年度から令和11年度までの5年間とします。

第2章　施策の展開
基本目標1　暴力を許さない意識づくり
【現状と課題】
○　若い世代で交際相手からの暴力を暴力と認識していない人が多い。
（1）若年層への予防啓発
①　中学校・高等学校でデートDV防止の出前講座を行います。
②　成人式で相談先を記したリーフレットを配布します。
（2）相談窓口の周知
①　相談カードを公共施設の女性用トイレに置きます。
基本目標2　安心して相談できる体制の充実
【現状と課題】
○　相談員が少なく、夜間の相談に応じられていない。
（1）相談体制の強化
①　配偶者暴力相談支援センターの相談時間を午後8時まで延長します。
②　外国人の被害者のために通訳を派遣します。
（2）関係機関との連携
①　警察署、児童相談所と事例検討会を年2回開催します。

第3章　計画の推進
1　推進体制
庁内の関係課で構成する推進会議で進捗を確認します。
""",
    items=(
        Expected("Theme", "暴力を許さない意識づくり"),
        Expected(
            "Issue",
            "若い世代で交際相手からの暴力を暴力と認識していない人が多い。",
            theme="暴力を許さない意識づくり",
        ),
        Expected("Theme", "若年層への予防啓発"),
        Expected(
            "Measure", "中学校・高等学校でデートDV防止の出前講座を行います。", theme="若年層への予防啓発"
        ),
        Expected("Measure", "成人式で相談先を記したリーフレットを配布します。", theme="若年層への予防啓発"),
        Expected("Theme", "相談窓口の周知"),
        Expected("Measure", "相談カードを公共施設の女性用トイレに置きます。", theme="相談窓口の周知"),
        Expected("Theme", "安心して相談できる体制の充実"),
        Expected(
            "Issue", "相談員が少なく、夜間の相談に応じられていない。", theme="安心して相談できる体制の充実"
        ),
        Expected("Theme", "相談体制の強化"),
        Expected(
            "Measure", "配偶者暴力相談支援センターの相談時間を午後8時まで延長します。", theme="相談体制の強化"
        ),
        Expected("Measure", "外国人の被害者のために通訳を派遣します。", theme="相談体制の強化"),
        Expected("Theme", "関係機関との連携"),
        Expected("Measure", "警察署、児童相談所と事例検討会を年2回開催します。", theme="関係機関との連携"),
    ),
    not_items=(
        "第1章　計画の策定にあたって・・",
        "第2章　施策の展開・・",
        "1　計画の位置付け",
        "本計画は、配偶者からの暴力",
        "令和7年度から令和11年度まで",
        "【現状と課題】",
        "1　推進体制",
        "推進会議で進捗を確認します。",
    ),
)

_GUARDIANSHIP = Case(
    name="seinen_koken_torikumi_table_bullets_in_cells_and_kpi",
    text="""\
# ひのさと町成年後見制度利用促進計画

## 1 計画の趣旨

### (1) 計画の位置付け

成年後見制度の利用の促進に関する法律第14条第1項に基づく市町村計画として定めます。

### (2) 計画期間

令和7年度から令和9年度までの3年間です。

## 2 現状と課題

- 制度の内容が町民に十分に知られていない。
- 後見人の担い手となる専門職が町内に少ない。

## 3 取組の内容

| 取組の柱 | 主な取組 | 担当 |
|---|---|---|
| 制度の周知 | ・町広報紙で制度を紹介する<br>・地域包括支援センターで相談会を開く | 福祉課 |
| 中核機関の整備 | ・社会福祉協議会に中核機関を委託する<br>・専門職との協議会を設置する | 福祉課<br>社会福祉協議会 |
| 担い手の育成 | ・市民後見人養成講座を開催する | 社会福祉協議会 |

## 4 成果指標

| 指標 | 現状値（令和5年度） | 目標値（令和9年度） |
|---|---|---|
| 成年後見制度に関する相談件数 | 24件 | 50件 |
| 市民後見人の登録者数 | 0人 | 5人 |

## 用語の説明

- 中核機関：地域連携ネットワークの中心となり、相談や広報を担う機関。
""",
    items=(
        Expected("Issue", "制度の内容が町民に十分に知られていない。"),
        Expected("Issue", "後見人の担い手となる専門職が町内に少ない。"),
        Expected("Theme", "制度の周知"),
        Expected("Measure", "町広報紙で制度を紹介する", theme="制度の周知"),
        Expected("Measure", "地域包括支援センターで相談会を開く", theme="制度の周知"),
        Expected("Theme", "中核機関の整備"),
        Expected("Measure", "社会福祉協議会に中核機関を委託する", theme="中核機関の整備"),
        Expected("Measure", "専門職との協議会を設置する", theme="中核機関の整備"),
        Expected("Theme", "担い手の育成"),
        Expected("Measure", "市民後見人養成講座を開催する", theme="担い手の育成"),
    ),
    not_items=(
        "1 計画の趣旨",
        "(1) 計画の位置付け",
        "(2) 計画期間",
        "令和7年度から令和9年度までの3年間です。",
        "2 現状と課題",
        "3 取組の内容",
        "4 成果指標",
        "成年後見制度に関する相談件数",
        "用語の説明",
        "中核機関：",
    ),
)

_CANCER = Case(
    name="gan_taisaku_field_headings_paren_sections_labels",
    text="""\
# 第4期 しらかば県がん対策推進計画（抜粋）

## 第3章 全体目標

「がんになっても安心して暮らせる社会の構築」を全体目標とします。

## 第4章 分野別施策

### 1 がんの予防

#### (1) たばこ対策

【現状・課題】

- 県民の喫煙率は全国平均を上回っている。

【取り組むべき施策】

- 県は、禁煙外来を行う医療機関の情報を提供します。
- 県は、飲食店の受動喫煙防止対策を指導します。

#### (2) 感染症に起因するがんの予防

【取り組むべき施策】

- 県は、肝炎ウイルス検査の受検を勧奨します。

### 2 がん医療の充実

#### (1) がん診療連携拠点病院の機能強化

【現状・課題】

- 二次医療圏のうち二つに拠点病院がない。

【取り組むべき施策】

- 県は、地域がん診療病院の指定を国に推薦します。

【個別目標】

- 全ての二次医療圏でがん医療を受けられる体制を整えることを目指します。

| 指標 | 現状値 | 目標値 |
|---|---|---|
| 成人の喫煙率 | 16.2% | 12% |
""",
    items=(
        Expected("Goal", "「がんになっても安心して暮らせる社会の構築」を全体目標とします。"),
        Expected("Theme", "がんの予防"),
        Expected("Theme", "たばこ対策"),
        Expected("Issue", "県民の喫煙率は全国平均を上回っている。", theme="たばこ対策"),
        Expected("Measure", "県は、禁煙外来を行う医療機関の情報を提供します。", theme="たばこ対策"),
        Expected("Measure", "県は、飲食店の受動喫煙防止対策を指導します。", theme="たばこ対策"),
        Expected("Theme", "感染症に起因するがんの予防"),
        Expected("Measure", "県は、肝炎ウイルス検査の受検を勧奨します。", theme="感染症に起因するがんの予防"),
        Expected("Theme", "がん医療の充実"),
        Expected("Theme", "がん診療連携拠点病院の機能強化"),
        Expected("Issue", "二次医療圏のうち二つに拠点病院がない。", theme="がん診療連携拠点病院の機能強化"),
        Expected(
            "Measure",
            "県は、地域がん診療病院の指定を国に推薦します。",
            theme="がん診療連携拠点病院の機能強化",
        ),
        Expected(
            "Goal",
            "全ての二次医療圏でがん医療を受けられる体制を整えることを目指します。",
            theme="がん診療連携拠点病院の機能強化",
        ),
    ),
    not_items=(
        "第3章 全体目標",
        "第4章 分野別施策",
        "【現状・課題】",
        "【取り組むべき施策】",
        "【個別目標】",
        "成人の喫煙率",
    ),
)

_ADDICTION = Case(
    name="izonsho_taisaku_coded_measure_headings_over_one_sentence",
    text="""\
# かわせ県ギャンブル等依存症対策推進計画

## 第1章 計画の基本的事項

### 1 計画策定の趣旨

ギャンブル等依存症対策基本法第13条第1項に基づく都道府県計画として策定します。

### 2 計画の期間

令和7年度から令和9年度までの3年間とします。

## 第2章 基本理念

ギャンブル等依存症である者とその家族が、日常生活及び社会生活を円滑に営むことができる社会の実現を目指します。

## 第3章 具体的な取組

### 重点施策1 発生の予防

#### 取組1-1 学校における予防教育

高等学校の保健の授業で、ギャンブル等依存症の予防教育を行います。

#### 取組1-2 広告の自主規制の要請

競技施行者に、広告の表現を自主的に見直すよう要請します。

### 重点施策2 相談・治療・回復支援

#### 取組2-1 相談拠点の設置

精神保健福祉センターを相談拠点とし、専門の相談員を置きます。

#### 取組2-2 専門医療機関の選定

依存症専門医療機関を県内に2か所以上選定します。

#### 取組2-3 自助グループへの支援

自助グループが行う家族向けの講座に会場を提供します。

## 第4章 推進体制と進行管理

ギャンブル等依存症対策推進会議で、毎年度、取組の実施状況を確認します。
""",
    items=(
        Expected(
            "Goal",
            "ギャンブル等依存症である者とその家族が、日常生活及び社会生活を円滑に営むことができる社会の実現を目指します。",
        ),
        Expected("Theme", "発生の予防"),
        Expected("Measure", "学校における予防教育", theme="発生の予防"),
        Expected("Measure", "広告の自主規制の要請", theme="発生の予防"),
        Expected("Theme", "相談・治療・回復支援"),
        Expected("Measure", "相談拠点の設置", theme="相談・治療・回復支援"),
        Expected("Measure", "専門医療機関の選定", theme="相談・治療・回復支援"),
        Expected("Measure", "自助グループへの支援", theme="相談・治療・回復支援"),
    ),
    not_items=(
        "第1章 計画の基本的事項",
        "1 計画策定の趣旨",
        "都道府県計画として策定します。",
        "2 計画の期間",
        "令和7年度から令和9年度までの3年間とします。",
        "第2章 基本理念",
        "第3章 具体的な取組",
        "第4章 推進体制と進行管理",
        "取組の実施状況を確認します。",
    ),
)

_DISASTER_WASTE = Case(
    name="saigai_haikibutsu_plain_squares_over_labels_and_data_tables",
    text="""\
ふじみ町災害廃棄物処理計画

第1章　総則
1．計画の目的
本計画は、災害時に発生する廃棄物を適正かつ迅速に処理し、生活環境の保全を図ることを目的とする。
2．計画の位置付け
本計画は、環境省の災害廃棄物対策指針に基づき、ふじみ町地域防災計画を補う計画として定める。
3．想定する災害
表1　想定地震による災害廃棄物の発生量

| 種類 | 発生量（t） |
|---|---|
| 可燃物 | 12,000 |
| 不燃物 | 35,000 |
| コンクリートがら | 48,000 |

第2章　平時の備え
■仮置場の確保
【課題】
・候補地となる町有地の多くが浸水想定区域にある。
【対策】
・浸水のおそれのない候補地を民有地も含めて選定する。
・仮置場の配置図をあらかじめ作成する。
■収集運搬体制の整備
【課題】
・町の収集車両だけでは災害時の収集量に対応できない。
【対策】
・県の産業資源循環協会と災害時の支援協定を結ぶ。
■職員の教育訓練
【対策】
・災害廃棄物の処理を想定した図上訓練を毎年行う。

第3章　計画の見直し
本計画は、地域防災計画の見直しに合わせて適宜改定する。

用語
仮置場：災害廃棄物を一時的に集積する場所
""",
    items=(
        Expected(
            "Goal",
            "本計画は、災害時に発生する廃棄物を適正かつ迅速に処理し、生活環境の保全を図ることを目的とする。",
        ),
        Expected("Theme", "平時の備え"),
        Expected("Theme", "仮置場の確保"),
        Expected("Issue", "候補地となる町有地の多くが浸水想定区域にある。", theme="仮置場の確保"),
        Expected("Measure", "浸水のおそれのない候補地を民有地も含めて選定する。", theme="仮置場の確保"),
        Expected("Measure", "仮置場の配置図をあらかじめ作成する。", theme="仮置場の確保"),
        Expected("Theme", "収集運搬体制の整備"),
        Expected("Issue", "町の収集車両だけでは災害時の収集量に対応できない。", theme="収集運搬体制の整備"),
        Expected("Measure", "県の産業資源循環協会と災害時の支援協定を結ぶ。", theme="収集運搬体制の整備"),
        Expected("Theme", "職員の教育訓練"),
        Expected("Measure", "災害廃棄物の処理を想定した図上訓練を毎年行う。", theme="職員の教育訓練"),
    ),
    not_items=(
        "第1章　総則",
        "1．計画の目的",
        "2．計画の位置付け",
        "地域防災計画を補う計画として定める。",
        "表1　想定地震",
        "可燃物",
        "【課題】",
        "【対策】",
        "第3章　計画の見直し",
        "適宜改定する。",
        "仮置場：災害廃棄物を一時的に",
    ),
)

_CIVIL_PROTECTION = Case(
    name="kokumin_hogo_parts_chapters_dai_sections_over_circle_sentences",
    text="""\
# みなと市国民保護計画

## 第1編 総論

### 第1章 市の責務

市は、武力攻撃事態等において、国民保護法その他の法令に基づき、住民の生命、身体及び財産を保護する責務を有する。

## 第2編 平素からの備えや予防

### 第1 組織・体制の整備

○ 市は、国民保護措置を的確に実施するため、各部局の事務分掌を定める。
○ 市は、24時間即応できるよう、当直体制を整備する。

### 第2 関係機関との連携体制の整備

○ 市は、近接する市町村と応援に関する協定を締結する。

### 第3 避難に関する平素からの備え

○ 市は、避難施設の一覧を作成し、住民に周知する。
○ 市は、高齢者、障害者等の避難を支援する体制を整える。

### 第4 物資及び資材の備蓄

○ 市は、国民保護措置に必要な物資を、防災のための備蓄と兼ねて備蓄する。

表　職員の参集基準

| 体制 | 参集する職員 | 主な活動 |
|---|---|---|
| 警戒体制 | 危機管理課職員 | 情報の収集 |
| 対策本部体制 | 全職員 | 国民保護措置の実施 |
""",
    items=(
        Expected("Theme", "平素からの備えや予防"),
        Expected("Theme", "組織・体制の整備"),
        Expected(
            "Measure",
            "市は、国民保護措置を的確に実施するため、各部局の事務分掌を定める。",
            theme="組織・体制の整備",
        ),
        Expected("Measure", "市は、24時間即応できるよう、当直体制を整備する。", theme="組織・体制の整備"),
        Expected("Theme", "関係機関との連携体制の整備"),
        Expected(
            "Measure",
            "市は、近接する市町村と応援に関する協定を締結する。",
            theme="関係機関との連携体制の整備",
        ),
        Expected("Theme", "避難に関する平素からの備え"),
        Expected(
            "Measure", "市は、避難施設の一覧を作成し、住民に周知する。", theme="避難に関する平素からの備え"
        ),
        Expected(
            "Measure",
            "市は、高齢者、障害者等の避難を支援する体制を整える。",
            theme="避難に関する平素からの備え",
        ),
        Expected("Theme", "物資及び資材の備蓄"),
        Expected(
            "Measure",
            "市は、国民保護措置に必要な物資を、防災のための備蓄と兼ねて備蓄する。",
            theme="物資及び資材の備蓄",
        ),
    ),
    not_items=(
        "第1編 総論",
        "第1章 市の責務",
        "保護する責務を有する。",
        "表　職員の参集基準",
        "危機管理課職員",
        "全職員",
    ),
)

_EMPLOYER = Case(
    name="tokutei_jigyonushi_goal_headings_issue_sentence_diamond_lines",
    text="""\
# おおた市特定事業主行動計画（女性活躍推進・次世代育成支援）

## 1 計画の目的

この計画は、職員が仕事と家庭生活を両立し、性別にかかわりなく活躍できる職場をつくることを目的とする。

## 2 計画期間

令和7年4月1日から令和12年3月31日までの5年間とする。

## 3 職員の状況

| 項目 | 令和5年度 |
|---|---|
| 係長級以上に占める女性職員の割合 | 18.5% |
| 男性職員の育児休業取得率 | 32.0% |

## 4 目標と取組

### 目標1 男性職員の育児休業取得率を令和11年度までに85%以上とする

男性職員が育児休業を取りにくい職場の雰囲気があることが課題である。

【取組内容】

◆ 子どもが生まれる職員に、所属長が休業の取得計画を面談で確認する。
◆ 育児休業中の職員の業務を補う代替職員を配置する。

### 目標2 係長級以上に占める女性職員の割合を令和11年度までに25%以上とする

昇任を望む女性職員が少ないことが課題である。

【取組内容】

◆ 女性職員を対象としたキャリア研修を実施する。
◆ 先輩職員が助言するメンター制度を設ける。

## 5 推進体制

人事課が毎年度、取組の実施状況と数値を公表する。
""",
    items=(
        Expected(
            "Goal",
            "この計画は、職員が仕事と家庭生活を両立し、性別にかかわりなく活躍できる職場をつくることを目的とする。",
        ),
        Expected("Goal", "男性職員の育児休業取得率を令和11年度までに85%以上とする"),
        Expected("Issue", "男性職員が育児休業を取りにくい職場の雰囲気があることが課題である。"),
        Expected("Measure", "子どもが生まれる職員に、所属長が休業の取得計画を面談で確認する。"),
        Expected("Measure", "育児休業中の職員の業務を補う代替職員を配置する。"),
        Expected("Goal", "係長級以上に占める女性職員の割合を令和11年度までに25%以上とする"),
        Expected("Issue", "昇任を望む女性職員が少ないことが課題である。"),
        Expected("Measure", "女性職員を対象としたキャリア研修を実施する。"),
        Expected("Measure", "先輩職員が助言するメンター制度を設ける。"),
    ),
    not_items=(
        "1 計画の目的",
        "2 計画期間",
        "令和7年4月1日から",
        "3 職員の状況",
        "18.5%",
        "32.0%",
        "4 目標と取組",
        "【取組内容】",
        "5 推進体制",
        "取組の実施状況と数値を公表する。",
    ),
)

_HUMAN_RESOURCES = Case(
    name="jinzai_ikusei_plain_staff_image_bullets_paren_and_katakana",
    text="""\
くすのき市人材育成基本方針（改定版）

1　改定の趣旨
行政需要の多様化に対応するため、平成18年に定めた方針を改定するものである。
2　目指す職員像
・市民の声に耳を傾け、市民の立場で考える職員
・前例にとらわれず、課題の解決に挑戦する職員
・高い倫理観を持ち、市民から信頼される職員
3　職層ごとに求められる能力

| 職層 | 求められる能力 |
|---|---|
| 係員 | 業務知識、コミュニケーション力 |
| 係長 | 調整力、部下の指導力 |
| 課長 | 組織運営力、判断力 |

4　人材育成の具体的取組
（1）職員研修の充実
ア　階層別研修に政策形成の演習を取り入れる。
イ　国や民間企業への派遣研修を拡大する。
（2）職場における人材育成
ア　所属長が部下と年2回、育成面談を行う。
イ　職場研修の手引きを作成する。
（3）人事制度との連携
ア　本人の希望を聞く自己申告制度を見直す。
5　進行管理
人事課が毎年度、研修の受講状況を点検し、方針の見直しに反映する。
""",
    items=(
        Expected("Goal", "市民の声に耳を傾け、市民の立場で考える職員"),
        Expected("Goal", "前例にとらわれず、課題の解決に挑戦する職員"),
        Expected("Goal", "高い倫理観を持ち、市民から信頼される職員"),
        Expected("Theme", "職員研修の充実"),
        Expected("Measure", "階層別研修に政策形成の演習を取り入れる。", theme="職員研修の充実"),
        Expected("Measure", "国や民間企業への派遣研修を拡大する。", theme="職員研修の充実"),
        Expected("Theme", "職場における人材育成"),
        Expected("Measure", "所属長が部下と年2回、育成面談を行う。", theme="職場における人材育成"),
        Expected("Measure", "職場研修の手引きを作成する。", theme="職場における人材育成"),
        Expected("Theme", "人事制度との連携"),
        Expected("Measure", "本人の希望を聞く自己申告制度を見直す。", theme="人事制度との連携"),
    ),
    not_items=(
        "1　改定の趣旨",
        "方針を改定するものである。",
        "2　目指す職員像",
        "3　職層ごとに求められる能力",
        "業務知識、コミュニケーション力",
        "部下の指導力",
        "4　人材育成の具体的取組",
        "5　進行管理",
        "方針の見直しに反映する。",
    ),
)

CASES = [
    _DV,
    _GUARDIANSHIP,
    _CANCER,
    _ADDICTION,
    _DISASTER_WASTE,
    _CIVIL_PROTECTION,
    _EMPLOYER,
    _HUMAN_RESOURCES,
]
