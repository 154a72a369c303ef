"""Excerpts in more layouts of plans, white papers and sheets, with the items a reader takes from them.

Written for the tests (not taken from any published document).  Each case shows one
way a document states its items: issue sentences under a 課題 heading that one of them
names as such, a body's own 取組 heading that is no theme, a 施策 heading numbered as a
measure over 現状と課題 and 主な事業 labels, a 重点施策 over (1) measures and a KPI table,
a plain outline whose 現状と課題 states its issues as （１） lines, a pillar over a 取組
heading with ア lines, 課題と対応方針 over topics with two-column tables, a 施策体系 drawn
under a 基本理念, an evaluation sheet's 政策体系 field, 【…】 names over ■ projects with
notes between them, a leaf heading whose bullets are an evaluation's criteria, and a body's
mission under its （前文） label.
"""

from __future__ import annotations

from tests.kg.extract.shapes_cases import Case, Expected

E = Expected

LAYOUT_SET = (
    Case(
        "a white paper's 節 over 課題 sentences and a ministry's 取組 over (1) actions",
        """\
## 第3節　海洋プラスチックごみ対策の推進

### 1　海洋ごみの現状

沿岸に漂着するごみの約半分はプラスチック類である。

### 2　海洋ごみ対策の課題

漂着ごみの回収を担う地域の人手が不足している。
発生源が広域にわたるため、上流の自治体との連携が欠かせないことが課題となっている。

### 3　環境省における取組

#### （1）漂着ごみの回収・処理への支援

#### （2）使い捨てプラスチックの削減
""",
        (
            E("Theme", "海洋プラスチックごみ対策の推進"),
            E(
                "Issue",
                "漂着ごみの回収を担う地域の人手が不足している。",
                theme="海洋プラスチックごみ対策の推進",
            ),
            E(
                "Issue",
                "発生源が広域にわたるため、上流の自治体との連携が欠かせないことが課題となっている。",
                theme="海洋プラスチックごみ対策の推進",
            ),
            E("Measure", "漂着ごみの回収・処理への支援", theme="海洋プラスチックごみ対策の推進"),
            E("Measure", "使い捨てプラスチックの削減", theme="海洋プラスチックごみ対策の推進"),
        ),
        ("海洋ごみの現状", "沿岸に漂着するごみの約半分", "環境省における取組"),
    ),
    Case(
        "a 施策 heading numbered as a measure over **現状と課題** bullets and **主な事業** bullets",
        """\
## 基本目標３　安全で快適に暮らせるまち

### 施策３－１　災害に強い地域づくり

**現状と課題**

- 木造住宅の密集する地区が市の中心部に残っています。
- 自主防災組織の役員の担い手が減っています。

**主な事業**

- 木造住宅耐震改修補助事業
- 自主防災組織活動支援事業
""",
        (
            E("Theme", "安全で快適に暮らせるまち"),
            E("Measure", "災害に強い地域づくり", theme="安全で快適に暮らせるまち"),
            E(
                "Issue",
                "木造住宅の密集する地区が市の中心部に残っています。",
                theme="安全で快適に暮らせるまち",
            ),
            E("Issue", "自主防災組織の役員の担い手が減っています。", theme="安全で快適に暮らせるまち"),
            E("Measure", "木造住宅耐震改修補助事業", theme="安全で快適に暮らせるまち"),
            E("Measure", "自主防災組織活動支援事業", theme="安全で快適に暮らせるまち"),
        ),
        ("現状と課題", "主な事業"),
    ),
    Case(
        "a **目指す姿** without a colon and a 重点施策 over (1) headings and a KPI table",
        """\
# △△県観光振興アクションプラン

**目指す姿**　国内外から訪れた人が何度でも来たくなる△△県

## 第２章　重点施策

### 重点施策１　受入環境の整備

#### (1) 観光案内所の多言語対応の強化

#### (2) 二次交通の充実

| KPI | 現状値 | 目標値 |
|---|---|---|
| 外国人宿泊者数 | 12万人 | 30万人 |
""",
        (
            E("Goal", "国内外から訪れた人が何度でも来たくなる△△県"),
            E("Measure", "受入環境の整備"),
            E("Measure", "観光案内所の多言語対応の強化"),
            E("Measure", "二次交通の充実"),
        ),
        ("第２章　重点施策", "外国人宿泊者数"),
    ),
    Case(
        "plain text: 現状と課題 over （１）…こと lines, a pillar over a 取組 heading with ア lines, 数値目標",
        """\
□□市地域公共交通計画（概要）

第１　現状と課題
　（１）地域の路線バスの利用者が減少していること
　（２）交通事業者の運転者が不足していること

第２　施策の展開
　１　移動手段の確保
　　（１）地域における取組の支援
　　　ア　乗合タクシーの運行支援
　　　イ　ボランティア輸送の担い手研修
　　（２）デマンド交通の導入

第３　数値目標
　路線バスの年間利用者数　令和１０年度までに５０万人
""",
        (
            E("Issue", "地域の路線バスの利用者が減少していること"),
            E("Issue", "交通事業者の運転者が不足していること"),
            E("Theme", "移動手段の確保"),
            E("Theme", "地域における取組の支援"),
            E("Measure", "乗合タクシーの運行支援", theme="地域における取組の支援"),
            E("Measure", "ボランティア輸送の担い手研修", theme="地域における取組の支援"),
            E("Measure", "デマンド交通の導入", theme="移動手段の確保"),
        ),
        ("現状と課題", "施策の展開", "路線バスの年間利用者数", "数値目標"),
    ),
    Case(
        "課題と対応方針 over numbered topics, each over a 課題 / 対応方針 table",
        """\
## 第３章　課題と対応方針

### 1. 図書館サービスの充実

| 課題 | 対応方針 |
|---|---|
| 開館時間が短く、働く世代が利用しにくい。 | 平日の開館時間を午後８時まで延長する。 |

### 2. 学校図書館との連携

| 課題 | 対応方針 |
|---|---|
| 学校図書館の蔵書が古くなっている。 | 市立図書館から学校へ団体貸出を行う。 |
""",
        (
            E("Theme", "図書館サービスの充実"),
            E("Issue", "開館時間が短く、働く世代が利用しにくい。", theme="図書館サービスの充実"),
            E("Measure", "平日の開館時間を午後８時まで延長する。", theme="図書館サービスの充実"),
            E("Theme", "学校図書館との連携"),
            E("Issue", "学校図書館の蔵書が古くなっている。", theme="学校図書館との連携"),
            E("Measure", "市立図書館から学校へ団体貸出を行う。", theme="学校図書館との連携"),
        ),
        ("課題と対応方針",),
    ),
    Case(
        "a 基本理念 line over its statement and 基本方針 lines each over a drawn branch list",
        """\
第３章　施策の体系

　基本理念
　　みどり豊かで住み続けたいまち

　基本方針１　自然環境の保全
　　├─ 施策(1)　里山の保全活動の支援
　　└─ 施策(2)　希少な動植物の保護
　基本方針２　循環型社会の形成
　　├─ 施策(1)　ごみの分別の徹底
　　└─ 施策(2)　食品ロスの削減
""",
        (
            E("Goal", "みどり豊かで住み続けたいまち"),
            E("Theme", "自然環境の保全"),
            E("Measure", "里山の保全活動の支援", theme="自然環境の保全"),
            E("Measure", "希少な動植物の保護", theme="自然環境の保全"),
            E("Theme", "循環型社会の形成"),
            E("Measure", "ごみの分別の徹底", theme="循環型社会の形成"),
            E("Measure", "食品ロスの削減", theme="循環型社会の形成"),
        ),
        ("施策の体系",),
    ),
    Case(
        "an evaluation sheet whose 政策体系 field names a 施策 within a 政策",
        """\
| 項目 | 内容 |
|---|---|
| 事業名 | 空き店舗活用支援事業 |
| 政策体系 | 政策３　産業・雇用 ＞ 施策３－２　にぎわいのある商店街づくり |
| 事業の目的 | 商店街の空き店舗を減らし、来街者を増やす。 |
| 課題 | 補助を受けた店舗の３年後の営業継続率が低い。 |
| 改善内容 | 開業後の経営相談を補助の要件に加える。 |
| 事業費 | 5,000千円 |
""",
        (
            E("Measure", "空き店舗活用支援事業", theme="にぎわいのある商店街づくり"),
            E("Theme", "産業・雇用"),
            E("Theme", "にぎわいのある商店街づくり"),
            E("Goal", "商店街の空き店舗を減らし、来街者を増やす。", theme="にぎわいのある商店街づくり"),
            E("Issue", "補助を受けた店舗の３年後の営業継続率が低い。", theme="にぎわいのある商店街づくり"),
            E("Measure", "開業後の経営相談を補助の要件に加える。", theme="にぎわいのある商店街づくり"),
        ),
        ("5,000千円",),
    ),
    Case(
        "【…】 names over ■ projects and grants, with budget lines and a ※ note between them",
        """\
令和７年度　当初予算の主な事業

【健康づくりの推進】
■ がん検診受診率向上対策
　予算額　３，２００千円
　※対象は４０歳以上の市民
■ 健康ポイント事業
　予算額　１，５００千円

【農業の振興】
■ 新規就農者支援補助金
　予算額　６，０００千円
""",
        (
            E("Theme", "健康づくりの推進"),
            E("Measure", "がん検診受診率向上対策", theme="健康づくりの推進"),
            E("Measure", "健康ポイント事業", theme="健康づくりの推進"),
            E("Theme", "農業の振興"),
            E("Measure", "新規就農者支援補助金", theme="農業の振興"),
        ),
        ("予算額　３，２００千円", "対象は４０歳以上の市民", "当初予算の主な事業"),
    ),
    Case(
        "（１） measures under a topic, the last over an evaluation's 【評価軸】 bullets",
        """\
## 第２　研修事業の質の向上に関する目標を達成するためとるべき措置

### １．研修事業の充実

（１）自治体職員向けオンライン研修の拡充
（２）研修教材の公開

【評価軸】
・受講者の満足度が高い水準にあるか。
""",
        (
            E("Theme", "研修事業の質の向上に関する目標を達成するためとるべき措置"),
            E("Theme", "研修事業の充実"),
            E("Measure", "自治体職員向けオンライン研修の拡充", theme="研修事業の充実"),
            E("Measure", "研修教材の公開", theme="研修事業の充実"),
        ),
        ("【評価軸】", "受講者の満足度が高い水準にあるか。"),
    ),
    Case(
        "a （前文） label over the body's mission, stated as what it contributes to",
        """\
○○市文化振興財団の第３期経営計画

（前文）
財団は、市民の文化活動の支援を通じて、心豊かな地域社会の実現に寄与する。

公演事業の収入は、令和５年度に前年度比１割増加した。
""",
        (E("Goal", "財団は、市民の文化活動の支援を通じて、心豊かな地域社会の実現に寄与する。"),),
        ("前文", "公演事業の収入は", "第３期経営計画"),
    ),
)
