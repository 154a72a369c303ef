"""Ten excerpts of Japanese government documents in shapes the earlier sets leave out, with the items a
reader takes from them.

Read against the extractor as it stood at c8fad79, before any fix for them, they gave Goal F1 0.86,
Theme 0.43, Issue 0.89, Measure 0.75, 7 of 32 item → theme links and no line named as no item read
as one; test_shapes_excerpts.py holds the figures they give now.  The misses were of six kinds: a
theme's number word left in its label (戦略１, 施策の方向（１）, 基本方針Ⅰ) or not known (重点項目１); a
measure heading over sentences of text alone; a 各論 chapter taken for a topic; bold numbered
lead-ins; action bullets under a theme heading directly below the document's title; a mission
(使命) heading; and a 施策 column merged over the rows of its 主な取組, read as measures.

Every excerpt is invented.  The ten shapes: a tourism plan's 戦略１ headings over 施策① headings,
a council report's 各論 topics each over （１）現状 / （２）課題 / （３）今後の方向性, a ministry's 事務連絡
(no items), a study group's 議事概要 with 主な意見 bullets (no items), a welfare plan's 取組 table with
a column for each actor's role, a 特定事業主行動計画 (目標 bullets, 取組１ headings over action
bullets), a policy whose measures are bold lead-ins of paragraphs, a 柱 | 施策 | 主な取組 table with
merged cells, 基本方針Ⅰ headings (a Roman numeral after the cue) over 施策１ headings, and a bureau's
運営方針 with its 使命 and 重点項目１ headings.

Conventions as in shapes_cases_excerpts3.py: labels without numbering or numbering words, a heading
over other items a Theme, an action a Measure, 課題 statements Issues; procedure, navigation,
table-of-contents lines, roles, opinions and dates are no items (where a role stands on the row of
a measure, it is checked as an extra item of that row, not as a line of its own).

Scored by test_shapes_excerpts.py as in test_shapes.py.  The set's figures there are floors: a rule that
stops reading one of the shapes (a 戦略１ or 基本方針Ⅰ theme, 今後の方向性 sentences, a bold lead-in, a
merged 施策 cell over its 主な取組 …) takes them below.

Read since by the sets' one reading (test_shapes.py): a 施策 cell merged over its 主な取組 is a
measure of the 柱 (so are the 取組), 「取組１」 headings are measures and their bullets of no theme.

Item → theme links at c8fad79: 7 of 32, the Themes' own links scored then.
"""

# ruff: noqa: E501
from __future__ import annotations

from tests.kg.extract.shapes_cases import Case, Expected

E = Expected

CASES: tuple[Case, ...] = (
    # 1. tourism plan: 戦略１ headings (themes) over 施策① headings (measures), with a table of contents
    Case(
        name="kanko_keikaku_senryaku_shisaku_maru",
        text="""# ○○市観光振興計画（令和７年度～令和11年度）

## 目次

1　計画策定の趣旨
2　戦略と施策
3　計画の推進体制

## 1　計画策定の趣旨

本市を訪れる観光客の多くは日帰りであり、観光消費額が伸び悩んでいる。

## 2　戦略と施策

### 戦略１　滞在型観光の推進

#### 施策①　夜間観光コンテンツの造成

#### 施策②　宿泊施設との連携強化

### 戦略２　受入環境の整備

#### 施策③　多言語案内表示の整備

#### 施策④　二次交通の確保

## 3　計画の推進体制

観光協会、事業者及び市で構成する推進会議において、毎年度進捗を確認する。
""",
        items=(
            E("Theme", "滞在型観光の推進"),
            E("Measure", "夜間観光コンテンツの造成", theme="滞在型観光の推進"),
            E("Measure", "宿泊施設との連携強化", theme="滞在型観光の推進"),
            E("Theme", "受入環境の整備"),
            E("Measure", "多言語案内表示の整備", theme="受入環境の整備"),
            E("Measure", "二次交通の確保", theme="受入環境の整備"),
        ),
        not_items=(
            "1　計画策定の趣旨",
            "2　戦略と施策",
            "3　計画の推進体制",
            "本市を訪れる観光客の多くは日帰り",
            "観光協会、事業者及び市で構成する推進会議",
        ),
    ),
    # 2. council report: 各論 topics, each over （１）現状 / （２）課題 / （３）今後の方向性
    Case(
        name="toshin_kakuron_genjo_kadai_houkousei",
        text="""## 第２章　各論

### １　医療人材の確保

#### （１）現状

医師数は増加傾向にあるが、地域間の偏在が続いている。

#### （２）課題

へき地の診療所では、後継者の確保が困難となっている。

医師の時間外労働の上限規制への対応が求められている。

#### （３）今後の方向性

地域枠の医学生に対する修学資金の貸与を拡充する。

オンライン診療の活用を進める。

### ２　在宅医療の推進

#### （１）現状

訪問診療を受ける患者数は、10年間で約1.5倍となった。

#### （２）課題

在宅医療を担う医療機関が不足している。

#### （３）今後の方向性

在宅医療の拠点となる医療機関を各圏域に指定する。
""",
        items=(
            E("Theme", "医療人材の確保"),
            E("Issue", "へき地の診療所では、後継者の確保が困難となっている。", theme="医療人材の確保"),
            E("Issue", "医師の時間外労働の上限規制への対応が求められている。", theme="医療人材の確保"),
            E("Measure", "地域枠の医学生に対する修学資金の貸与を拡充する。", theme="医療人材の確保"),
            E("Measure", "オンライン診療の活用を進める。", theme="医療人材の確保"),
            E("Theme", "在宅医療の推進"),
            E("Issue", "在宅医療を担う医療機関が不足している。", theme="在宅医療の推進"),
            E("Measure", "在宅医療の拠点となる医療機関を各圏域に指定する。", theme="在宅医療の推進"),
        ),
        not_items=(
            "第２章　各論",
            "医師数は増加傾向にあるが",
            "訪問診療を受ける患者数は",
            "（１）現状",
            "（２）課題",
            "（３）今後の方向性",
        ),
    ),
    # 3. a ministry's 事務連絡 to prefectures: 記 over numbered notes; no items
    Case(
        name="jimu_renraku_tsuchi_no_items",
        text="""事　務　連　絡
令和６年４月１日

各都道府県介護保険担当課（室）御中

厚生労働省老健局介護保険計画課

介護保険事務処理システムの改修について

標記について、下記のとおりお知らせしますので、管内市町村への周知をお願いします。

記

１　改修の概要
（１）対象となる事務
要介護認定に係る事務
（２）改修の時期
令和６年10月

２　留意事項
改修後の帳票の様式は、別添のとおりです。

３　問い合わせ先
介護保険計画課　システム係
""",
        items=(),
        not_items=(
            "介護保険事務処理システムの改修について",
            "改修の概要",
            "対象となる事務",
            "要介護認定に係る事務",
            "改修の時期",
            "留意事項",
            "改修後の帳票の様式は",
            "問い合わせ先",
        ),
    ),
    # 4. a study group's 議事概要: dates, 議事 and 主な意見 (members' opinions); no items
    Case(
        name="gijigaiyo_shuyona_iken_no_items",
        text="""# 第３回 地域交通のあり方検討会 議事概要

１．日時　令和６年７月10日（水）14:00～16:00
２．場所　県庁本館５階　第１会議室
３．出席者　委員10名
４．議事
（１）地域交通の現状について
（２）意見交換
５．主な意見
・路線バスの減便により、通院に支障が出ている地域がある。
・デマンド交通の導入を検討すべきではないか。
・運転士不足は全国的な課題であり、県として対策を講じるべきである。
６．今後の予定
次回は、９月に開催する予定。
""",
        items=(),
        not_items=(
            "日時",
            "出席者",
            "地域交通の現状について",
            "意見交換",
            "主な意見",
            "路線バスの減便により",
            "デマンド交通の導入を検討すべき",
            "運転士不足は全国的な課題",
            "今後の予定",
            "次回は",
        ),
    ),
    # 5. welfare plan: a 取組 table with a column for each actor's role (roles are no items)
    Case(
        name="chiiki_fukushi_yakuwari_table",
        text="""## 基本目標２　支え合いの地域づくり

### 施策の方向（１）　見守り活動の充実

| 取組 | 市民の役割 | 地域の役割 | 市の役割 |
|---|---|---|---|
| 高齢者の見守りネットワークの構築 | 近所の異変に気付いたら連絡する | 民生委員と自治会が情報を共有する | 協力事業者との協定を締結する |
| 子どもの登下校時の見守り | あいさつや声かけを行う | 見守り隊の活動に参加する | 見守り隊の活動を支援する |

### 施策の方向（２）　地域活動の担い手づくり

| 取組 | 市民の役割 | 地域の役割 | 市の役割 |
|---|---|---|---|
| ボランティア養成講座の開催 | 講座に参加する | 受講者に活動の場を紹介する | 講座を開催する |
""",
        items=(
            E("Theme", "支え合いの地域づくり"),
            E("Theme", "見守り活動の充実"),
            E("Measure", "高齢者の見守りネットワークの構築", theme="見守り活動の充実"),
            E("Measure", "子どもの登下校時の見守り", theme="見守り活動の充実"),
            E("Theme", "地域活動の担い手づくり"),
            E("Measure", "ボランティア養成講座の開催", theme="地域活動の担い手づくり"),
        ),
        # The roles stand on the rows of the measures: read as items they are extras.
        not_items=(),
    ),
    # 6. 特定事業主行動計画: 計画期間, 目標 bullets, 取組１ headings over action bullets
    Case(
        name="tokutei_jigyonushi_koudou_keikaku",
        text="""# ○○県職員の女性活躍推進に関する特定事業主行動計画

## １　計画期間

令和７年４月１日から令和12年３月31日までの５年間とする。

## ２　目標

- 管理職に占める女性職員の割合を20％以上とする。
- 男性職員の育児休業取得率を85％以上とする。

## ３　目標達成に向けた取組

### 取組１　女性職員のキャリア形成支援

- 若手女性職員を対象としたキャリア研修を実施する。
- 多様な職務経験を積める人事配置を行う。

### 取組２　仕事と家庭の両立支援

- 育児休業の取得予定者と所属長との面談を実施する。
- テレワークとフレックスタイム制の利用を促進する。
""",
        items=(
            E("Goal", "管理職に占める女性職員の割合を20％以上とする。"),
            E("Goal", "男性職員の育児休業取得率を85％以上とする。"),
            E("Measure", "女性職員のキャリア形成支援"),
            E(
                "Measure",
                "若手女性職員を対象としたキャリア研修を実施する。",
            ),
            E("Measure", "多様な職務経験を積める人事配置を行う。"),
            E("Measure", "仕事と家庭の両立支援"),
            E("Measure", "育児休業の取得予定者と所属長との面談を実施する。"),
            E("Measure", "テレワークとフレックスタイム制の利用を促進する。"),
        ),
        not_items=("計画期間", "令和７年４月１日から", "目標達成に向けた取組", "特定事業主行動計画"),
    ),
    # 7. a policy whose measures are bold lead-ins of paragraphs, after a 現状と課題 list
    Case(
        name="hoshin_bold_leadin_measures",
        text="""# ○○市DX推進方針

## １　現状と課題

- 職員数が減少する一方で、行政需要は多様化している。
- 紙を前提とした事務処理が多く残っている。

## ２　重点的に取り組む施策

**（１）デジタル人材の育成**　全職員を対象に、データ活用の基礎研修を実施する。

**（２）業務プロセスの見直し**　窓口業務を中心に、業務の流れを見直し、手続の簡素化を図る。

**（３）庁内ネットワークの無線化**　会議室と執務室に無線LANを整備する。

## ３　推進体制

市長を本部長とするDX推進本部が、全庁の取組を統括する。
""",
        items=(
            E("Issue", "職員数が減少する一方で、行政需要は多様化している。"),
            E("Issue", "紙を前提とした事務処理が多く残っている。"),
            E("Measure", "デジタル人材の育成"),
            E("Measure", "業務プロセスの見直し"),
            E("Measure", "庁内ネットワークの無線化"),
        ),
        not_items=("推進体制", "市長を本部長とする", "重点的に取り組む施策"),
    ),
    # 8. a 柱 | 施策 | 主な取組 table with merged (empty) cells: 施策 and 主な取組 measures of the 柱
    Case(
        name="hashira_shisaku_torikumi_merged_table",
        text="""## 第４章　施策の展開

| 柱 | 施策 | 主な取組 | 担当課 |
|---|---|---|---|
| １　安心して子育てできる環境 | （１）保育サービスの充実 | 延長保育の拡大 | 保育課 |
| | | 病児保育施設の整備 | 保育課 |
| | （２）相談体制の強化 | こども家庭センターの運営 | 子育て支援課 |
| ２　子どもの健やかな成長 | （１）学びの支援 | 放課後学習教室の開催 | 教育総務課 |
""",
        items=(
            E("Theme", "安心して子育てできる環境"),
            E("Measure", "保育サービスの充実", theme="安心して子育てできる環境"),
            E("Measure", "延長保育の拡大", theme="安心して子育てできる環境"),
            E("Measure", "病児保育施設の整備", theme="安心して子育てできる環境"),
            E("Measure", "相談体制の強化", theme="安心して子育てできる環境"),
            E("Measure", "こども家庭センターの運営", theme="安心して子育てできる環境"),
            E("Theme", "子どもの健やかな成長"),
            E("Measure", "学びの支援", theme="子どもの健やかな成長"),
            E("Measure", "放課後学習教室の開催", theme="子どもの健やかな成長"),
        ),
        not_items=("施策の展開",),
    ),
    # 9. 基本方針Ⅰ headings (a Roman numeral after the cue) over 施策１ headings; an annex with a glossary
    Case(
        name="kihon_hoshin_roman_shisaku",
        text="""# ○○町脱炭素推進計画

## 基本方針Ⅰ　再生可能エネルギーの導入拡大

### 施策１　公共施設への太陽光発電設備の設置

### 施策２　住宅用蓄電池の導入支援

## 基本方針Ⅱ　省エネルギー行動の促進

### 施策３　省エネ家電への買替え支援

### 施策４　環境学習の推進

## 資料編

### 用語解説

- ZEH：年間のエネルギー収支をゼロ以下とすることを目指した住宅
""",
        items=(
            E("Theme", "再生可能エネルギーの導入拡大"),
            E("Measure", "公共施設への太陽光発電設備の設置", theme="再生可能エネルギーの導入拡大"),
            E("Measure", "住宅用蓄電池の導入支援", theme="再生可能エネルギーの導入拡大"),
            E("Theme", "省エネルギー行動の促進"),
            E("Measure", "省エネ家電への買替え支援", theme="省エネルギー行動の促進"),
            E("Measure", "環境学習の推進", theme="省エネルギー行動の促進"),
        ),
        not_items=("資料編", "用語解説", "ZEH：年間のエネルギー収支"),
    ),
    # 10. a bureau's 運営方針: its 使命 (a goal) and 重点項目１ headings over action bullets
    Case(
        name="unei_hoshin_shimei_juten_koumoku",
        text="""# 令和７年度　○○市消防局　運営方針

## 局の使命

市民の生命、身体及び財産を災害から守り、安全で安心なまちを実現する。

## 重点項目１　地域防災力の向上

- 自主防災組織の結成を促進する。
- 地域の防災リーダーを養成する。

## 重点項目２　消防体制の強化

- 消防団員の確保に向けた広報を強化する。
- 高機能消防指令センターを更新する。

## 前年度の主な実績

- 救急出動件数は、過去最多の２万３千件となった。
""",
        items=(
            E("Goal", "市民の生命、身体及び財産を災害から守り、安全で安心なまちを実現する。"),
            E("Theme", "地域防災力の向上"),
            E("Measure", "自主防災組織の結成を促進する。", theme="地域防災力の向上"),
            E("Measure", "地域の防災リーダーを養成する。", theme="地域防災力の向上"),
            E("Theme", "消防体制の強化"),
            E("Measure", "消防団員の確保に向けた広報を強化する。", theme="消防体制の強化"),
            E("Measure", "高機能消防指令センターを更新する。", theme="消防体制の強化"),
        ),
        not_items=("局の使命", "前年度の主な実績", "救急出動件数は"),
    ),
)
