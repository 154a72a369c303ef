"""Excerpts whose measures stand in tables or in bullets tagged with their owner, with the items a reader
takes from them.

Written for the tests (not taken from any published document; the places are fictitious).  The shapes:
one table of a strategy whose first column names its lines (基本戦略) beside 課題, a dated 目標 and 主な行動
columns listing several items a cell (・ with line breaks, short items joined by 、), a strategy's cell
merged over the row below it; 重点施策 headings each over a 具体的な取組 | 実施主体 | 時期 table, under a
「…の利用状況と課題」 heading whose (1) lines state the issues; and a plan's numbered headings (1 / 1.1),
each 1.1 over a 「課題：…」 line and bullets that close with who carries them out and the law they rest on
(「（担当：…課、根拠：…法）」), as a Word plan's 工程表 writes them; a theme column (柱, 分野) beside a
goal column named by a goal cue (あるべき姿, 目指す将来像); a review of matters
(「| 事項 | 現状 | 課題 | 整備方針 |」, 「| 区分 | … | 対応方針 |」) whose rows stand in no theme; measure
cells whose ・ joins two names sharing one head (one measure) or two measures.

Conventions as in shapes_cases_layouts.py: labels without numbering or marks, whole sentences keep 「。」,
a heading over other items is a Theme; 担当 / 時期 cells and notes are no items.
"""

from __future__ import annotations

from tests.kg.extract.shapes_cases import Case, Expected

E = Expected

TABLE_SET = (
    Case(
        "a strategy's one table: 基本戦略 | 課題 | 目標 | 主な行動, several items a cell",
        """\
# みずほ川町水辺環境戦略

## 戦略の体系

| 基本戦略 | 課題 | 2035年目標 | 主な行動 |
|---|---|---|---|
| 1 水辺を守る | ・ごみの投棄<br>・湧水の減少 | 水質基準を満たす | ・河川清掃の実施<br>・湧水地の保全 |
| | ・外来魚の増加 | 在来魚の生息地を10か所にする | 外来魚の駆除、産卵場所の整備 |
| 2 水辺に親しむ | ・水辺に近づける場所が少ない | 親水公園を5か所にする | ・親水公園の整備 |

## 推進体制

町の環境審議会が毎年度、行動の進み具合を点検します。
""",
        (
            E("Theme", "水辺を守る"),
            E("Issue", "ごみの投棄", "水辺を守る"),
            E("Issue", "湧水の減少", "水辺を守る"),
            E("Goal", "水質基準を満たす", "水辺を守る"),
            E("Measure", "河川清掃の実施", "水辺を守る"),
            E("Measure", "湧水地の保全", "水辺を守る"),
            E("Issue", "外来魚の増加", "水辺を守る"),
            E("Goal", "在来魚の生息地を10か所にする", "水辺を守る"),
            E("Measure", "外来魚の駆除", "水辺を守る"),
            E("Measure", "産卵場所の整備", "水辺を守る"),
            E("Theme", "水辺に親しむ"),
            E("Issue", "水辺に近づける場所が少ない", "水辺に親しむ"),
            E("Goal", "親水公園を5か所にする", "水辺に親しむ"),
            E("Measure", "親水公園の整備", "水辺に親しむ"),
        ),
        ("推進体制", "行動の進み具合を点検します"),
    ),
    Case(
        "重点施策 headings over 具体的な取組 | 実施主体 | 時期 tables, under a 利用状況と課題 of (1) lines",
        """\
# さくら台市自転車活用推進計画

## 1　計画の目的

本計画は、自転車を安全に使えるまちをつくることを目的とします。

## 2　自転車の利用状況と課題

市内の通勤・通学の約12％が自転車です。課題として、次の点が挙げられます。

(1) 駅前の駐輪場が不足している
(2) 自転車が関わる事故の件数が増えている

## 3　重点施策

### 重点施策1　走行空間の整備

| 具体的な取組 | 実施主体 | 時期 |
|---|---|---|
| ・自転車専用通行帯の設置<br>・路面表示の延伸 | 市・県 | 令和7年度～ |
| ・駅前駐輪場の増設 | 市 | 令和8年度 |

### 重点施策2　交通安全教育の充実

| 具体的な取組 | 実施主体 | 時期 |
|---|---|---|
| ・小学校での自転車教室の開催 | 市・警察署 | 毎年度 |
| ・高齢者向け講習会の開催 | 市 | 令和7年度～ |
""",
        (
            E("Goal", "本計画は、自転車を安全に使えるまちをつくることを目的とします。"),
            E("Issue", "駅前の駐輪場が不足している"),
            E("Issue", "自転車が関わる事故の件数が増えている"),
            E("Theme", "走行空間の整備"),
            E("Measure", "自転車専用通行帯の設置", "走行空間の整備"),
            E("Measure", "路面表示の延伸", "走行空間の整備"),
            E("Measure", "駅前駐輪場の増設", "走行空間の整備"),
            E("Theme", "交通安全教育の充実"),
            E("Measure", "小学校での自転車教室の開催", "交通安全教育の充実"),
            E("Measure", "高齢者向け講習会の開催", "交通安全教育の充実"),
        ),
        ("3　重点施策", "通勤・通学の約12％"),
    ),
    Case(
        "numbered headings 1 / 1.1 over a 課題： line and bullets closing with （担当：…、根拠：…）",
        """\
# 行政手続オンライン化実施計画

## 第2章　重点分野と課題・施策

本計画では、二つの重点分野の下に課題を置き、課題ごとに施策を定める。

### 1　窓口手続のオンライン化

#### 1.1　申請書の電子化

課題：紙の申請書が多く残り、審査に時間がかかっている。

- 申請書様式の電子化（担当：総務課、根拠：情報通信技術を活用した行政の推進等に関する法律）
- 電子申請システムの改修（担当：情報政策課）

#### 1.2　手数料の電子納付

課題：手数料の納付が窓口での現金払いに限られている。

- キャッシュレス納付の導入（担当：会計課、連携：情報政策課）

### 2　職員の人材育成

#### 2.1　研修の充実

課題：システムを企画できる職員が不足している。

- 職員向けデジタル研修の実施（担当：人事課）
- 民間企業への派遣研修（担当：人事課）
""",
        (
            E("Theme", "窓口手続のオンライン化"),
            E("Theme", "申請書の電子化"),
            E("Issue", "紙の申請書が多く残り、審査に時間がかかっている。", "申請書の電子化"),
            E("Measure", "申請書様式の電子化", "申請書の電子化"),
            E("Measure", "電子申請システムの改修", "申請書の電子化"),
            E("Theme", "手数料の電子納付"),
            E("Issue", "手数料の納付が窓口での現金払いに限られている。", "手数料の電子納付"),
            E("Measure", "キャッシュレス納付の導入", "手数料の電子納付"),
            E("Theme", "職員の人材育成"),
            E("Theme", "研修の充実"),
            E("Issue", "システムを企画できる職員が不足している。", "研修の充実"),
            E("Measure", "職員向けデジタル研修の実施", "研修の充実"),
            E("Measure", "民間企業への派遣研修", "研修の充実"),
        ),
        ("本計画では、二つの重点分野",),
    ),
    Case(
        "a plan's one table: 基本目標 | 課題 | 主な取組, each 基本目標 the theme of its row",
        """\
# こもれび町健康づくり計画

## 施策の体系

| 基本目標 | 課題 | 主な取組 |
|---|---|---|
| Ⅰ 生涯を通じた健康づくり | ・特定健診の受診率が低い | ・受診勧奨はがきの送付<br>・休日健診の実施 |
| Ⅱ 地域で支え合う体制 | ・見守りの担い手が不足している | ・見守り協力員の養成 |
""",
        (
            E("Theme", "生涯を通じた健康づくり"),
            E("Issue", "特定健診の受診率が低い", "生涯を通じた健康づくり"),
            E("Measure", "受診勧奨はがきの送付", "生涯を通じた健康づくり"),
            E("Measure", "休日健診の実施", "生涯を通じた健康づくり"),
            E("Theme", "地域で支え合う体制"),
            E("Issue", "見守りの担い手が不足している", "地域で支え合う体制"),
            E("Measure", "見守り協力員の養成", "地域で支え合う体制"),
        ),
        ("施策の体系",),
    ),
    Case(
        "a theme column beside a goal column named by a goal cue (あるべき姿), 課題 and 取組内容",
        """\
# 第2次ひばり野町上下水道ビジョン

## 施策の体系

| 柱 | あるべき姿 | 課題 | 取組内容 |
|---|---|---|---|
| 安全な水 | 安心して飲める水が届く町 | ・水源の水質が悪化している | ・浄水設備の更新<br>・水質検査の拡充 |
| 強い施設 | 地震の後も水が止まらない町 | ・基幹管路の耐震化が遅れている | ・基幹管路の耐震化 |
""",
        (
            E("Theme", "安全な水"),
            E("Goal", "安心して飲める水が届く町", "安全な水"),
            E("Issue", "水源の水質が悪化している", "安全な水"),
            E("Measure", "浄水設備の更新", "安全な水"),
            E("Measure", "水質検査の拡充", "安全な水"),
            E("Theme", "強い施設"),
            E("Goal", "地震の後も水が止まらない町", "強い施設"),
            E("Issue", "基幹管路の耐震化が遅れている", "強い施設"),
            E("Measure", "基幹管路の耐震化", "強い施設"),
        ),
        ("施策の体系",),
    ),
    Case(
        "a 分野 column beside 目指す将来像 and 主な施策 columns",
        """\
# 北瀬市農業振興計画

## 分野別の方向

| 分野 | 目指す将来像 | 主な施策 |
|---|---|---|
| 担い手 | 若い農業者が地域に定着している | 新規就農者への研修農場の貸与 |
| 農地 | 優良な農地が次の世代に引き継がれている | 農地の集積・集約化の推進 |
""",
        (
            E("Theme", "担い手"),
            E("Goal", "若い農業者が地域に定着している", "担い手"),
            E("Measure", "新規就農者への研修農場の貸与", "担い手"),
            E("Theme", "農地"),
            E("Goal", "優良な農地が次の世代に引き継がれている", "農地"),
            E("Measure", "農地の集積・集約化の推進", "農地"),
        ),
        ("分野別の方向",),
    ),
    Case(
        "a 事項 | 現状 | 課題 | 整備方針 table: each row's 事項 a topic, no theme; several 方針 a cell",
        """\
# みさと台市公共施設整備計画

## 3　施設の現状と整備方針

| 事項 | 現状 | 課題 | 整備方針 |
|---|---|---|---|
| 学校施設 | 12校 | 校舎の半数が築50年を超えている | ・校舎の長寿命化改修<br>・体育館への空調設備の設置 |
| 市営住宅 | 640戸 | 空き住戸が増えている | 用途廃止住棟の除却 |
""",
        (
            E("Issue", "校舎の半数が築50年を超えている"),
            E("Measure", "校舎の長寿命化改修"),
            E("Measure", "体育館への空調設備の設置"),
            E("Issue", "空き住戸が増えている"),
            E("Measure", "用途廃止住棟の除却"),
        ),
        ("施設の現状と整備方針",),
    ),
    Case(
        "a 区分 | 現状 | 課題 | 対応方針 table: the 区分 names a topic, no theme",
        """\
# 令和8年度 あさひ町事務改善の方針

## 2　区分別の状況

| 区分 | 現状 | 課題 | 対応方針 |
|---|---|---|---|
| 文書事務 | 決裁の大半を紙で行っている。 | 決裁に日数がかかっている。 | 電子決裁を全課に広げる。 |
| 会計事務 | 支払の処理を手作業で行っている。 | 入力の誤りが多い。 | 会計システムの入力の自動化 |
""",
        (
            E("Issue", "決裁に日数がかかっている。"),
            E("Measure", "電子決裁を全課に広げる。"),
            E("Issue", "入力の誤りが多い。"),
            E("Measure", "会計システムの入力の自動化"),
        ),
        ("区分別の状況",),
    ),
    Case(
        "a measure cell whose ・ joins two names sharing one head, and one whose ・ joins two measures",
        """\
# やまぶき市行政デジタル化計画

## 施策分野と取組

| 施策分野 | 主な取組 | 担当 |
|---|---|---|
| 窓口のデジタル化 | 市税の証明書交付・口座振替申込の電子化 | 税務課 |
| 施設の保全 | 公民館の耐震化・図書館の長寿命化 | 施設管理課 |
""",
        (
            E("Theme", "窓口のデジタル化"),
            E("Measure", "市税の証明書交付・口座振替申込の電子化", "窓口のデジタル化"),
            E("Theme", "施設の保全"),
            E("Measure", "公民館の耐震化", "施設の保全"),
            E("Measure", "図書館の長寿命化", "施設の保全"),
        ),
        ("施策分野と取組",),
    ),
)
