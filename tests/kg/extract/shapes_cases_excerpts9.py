"""Excerpts of Japanese government documents in the common shapes, each in a kind and layout of its
own, with the items a reader takes from them (test_shapes_excerpts9.py holds the figures they give).

Every excerpt is invented (place names fictitious; ministries real names in invented sentences).
The kinds: a 教育委員会's 目標 | 年度計画 対照表 with 第N section rows, numbered heading rows written
in both columns and a 「（数値目標）」 row; a 辺地総合整備計画 of 施設区分 | 事業名 | 事業内容 | 事業費
with the 区分 cell left blank below; a 健康増進計画 in plain text whose （１） lines stand over
【市民の取組】 / 【市の取組】 labels after a 基本理念 label; a 業務改革 実行計画 of 「推進項目１」 headings
over 取組項目 | 取組内容 | 担当課 tables; an 地球温暖化対策実行計画 of (1) headings over ○ lead lines each
over its indented explanation, and a 「計画の推進と見直し」 heading.

Conventions (test_shapes.py and shapes_cases_excerpts8.py): the cue of a label or of its field or
column name decides the type where it names one (目標 a goal, 施策/取組/事業 a measure); a heading,
a row of one numbered heading written in each column, or a 区分 cell carried down over rows, that
stands over other items is a theme; a leaf cell, entry or sentence naming an action a measure.  A
plan column beside a goal column lists the goal's measures.  theme= is the nearest enclosing theme;
themes carry none, and goals stated beside their plan carry none.  Labels without numbering
(「推進項目１」, （１）, 1-1), marks or amounts; whole sentences keep 「。」.  Section rows of a
statute's outline (「第2　…に関する事項」), 数値目標 rows, labels naming whose actions follow
(【市の取組】), 内容 cells explaining a named measure, 担当課 and amounts are no items.
"""

# ruff: noqa: E501
from __future__ import annotations

from tests.kg.extract.shapes_cases import Case, Expected

E = Expected

CASES: tuple[Case, ...] = (
    Case(
        name="kyoiku_mokuhyo_nendo_keikaku_taishohyo",
        text="""# 北浜市教育委員会　令和８年度 教育目標・年度計画対照表

左欄は教育委員会が定めた教育目標、右欄は各課が作成した年度計画である。

| 教育目標 | 年度計画 |
|---|---|
| 第1　学校教育に関する事項 | 第1　学校教育に関する計画 |
| 1　学力の向上 | 1　学力の向上 |
| 児童生徒一人一人に基礎的な学力を確実に身に付けさせること。 | ・放課後学習教室を全小学校で開く。<br>・算数の少人数指導を3年生まで広げる。 |
| 2　いじめの防止 | 2　いじめの防止 |
| いじめを早期に発見し、組織的に対応すること。 | ・年3回のアンケート調査を実施する。<br>・スクールカウンセラーの配置日数を増やす。 |
| 第2　社会教育に関する事項 | 第2　社会教育に関する計画 |
| 1　生涯学習の機会の充実 | 1　生涯学習の機会の充実 |
| 市民が生涯にわたり学び続けられる環境を整えること。 | ・公民館講座のオンライン配信を始める。 |
| （数値目標） | 放課後学習教室の参加児童数　1,200人 |
""",
        items=(
            E("Theme", "学力の向上"),
            E("Goal", "児童生徒一人一人に基礎的な学力を確実に身に付けさせること。"),
            E("Measure", "放課後学習教室を全小学校で開く。", "学力の向上"),
            E("Measure", "算数の少人数指導を3年生まで広げる。", "学力の向上"),
            E("Theme", "いじめの防止"),
            E("Goal", "いじめを早期に発見し、組織的に対応すること。"),
            E("Measure", "年3回のアンケート調査を実施する。", "いじめの防止"),
            E("Measure", "スクールカウンセラーの配置日数を増やす。", "いじめの防止"),
            E("Theme", "生涯学習の機会の充実"),
            E("Goal", "市民が生涯にわたり学び続けられる環境を整えること。"),
            E("Measure", "公民館講座のオンライン配信を始める。", "生涯学習の機会の充実"),
        ),
        not_items=(
            "第1　学校教育に関する事項",
            "第2　社会教育に関する事項",
            "（数値目標）",
            "左欄は教育委員会が定めた教育目標",
        ),
    ),
    Case(
        name="henchi_sogo_seibi_kubun_carried_down",
        text="""## 南山町辺地総合整備計画（令和８年度～令和12年度）

### 3　公共的施設の整備計画

| 施設区分 | 事業名 | 事業内容 | 事業費（千円） |
|---|---|---|---|
| 1 道路 | 町道奥沢線改良事業 | 幅員4mの区間を延長800mにわたり拡幅する。 | 120,000 |
| | 町道峰線舗装事業 | 砂利道を舗装する。 | 45,000 |
| 2 飲料水供給施設 | 奥沢簡易給水施設更新事業 | 老朽化した配水管を更新する。 | 30,000 |
| 3 集会施設 | 峰地区集会所改修事業 | 屋根と外壁を改修する。 | 18,000 |
| | 奥沢地区集会所耐震化事業 | | 22,000 |

※ 事業費は概算である。
""",
        items=(
            E("Theme", "道路"),
            E("Measure", "町道奥沢線改良事業", "道路"),
            E("Measure", "町道峰線舗装事業", "道路"),
            E("Theme", "飲料水供給施設"),
            E("Measure", "奥沢簡易給水施設更新事業", "飲料水供給施設"),
            E("Theme", "集会施設"),
            E("Measure", "峰地区集会所改修事業", "集会施設"),
            E("Measure", "奥沢地区集会所耐震化事業", "集会施設"),
        ),
        not_items=("事業費は概算である",),
    ),
    Case(
        name="kenko_zoshin_plain_shimin_shi_no_torikumi",
        text="""東雲市健康増進計画（第３次）

基本理念
「みんなで育む　笑顔と健康のまち」

（１）栄養・食生活
【市民の取組】
・朝食を毎日食べるようにします。
【市の取組】
・減塩メニューの料理教室を開催します。
・学校給食で地場産の野菜を使う日を増やします。

（２）身体活動・運動
【市民の取組】
・今より１日10分多く歩きます。
【市の取組】
・ウォーキングマップを作成し、配布します。

（３）歯と口の健康
【市の取組】
・妊婦歯科健診の受診を勧奨します。
""",
        items=(
            E("Goal", "「みんなで育む　笑顔と健康のまち」"),
            E("Theme", "栄養・食生活"),
            E("Measure", "朝食を毎日食べるようにします。", "栄養・食生活"),
            E("Measure", "減塩メニューの料理教室を開催します。", "栄養・食生活"),
            E("Measure", "学校給食で地場産の野菜を使う日を増やします。", "栄養・食生活"),
            E("Theme", "身体活動・運動"),
            E("Measure", "今より１日10分多く歩きます。", "身体活動・運動"),
            E("Measure", "ウォーキングマップを作成し、配布します。", "身体活動・運動"),
            E("Theme", "歯と口の健康"),
            E("Measure", "妊婦歯科健診の受診を勧奨します。", "歯と口の健康"),
        ),
        not_items=("【市民の取組】", "【市の取組】", "基本理念"),
    ),
    Case(
        name="gyomu_kaikaku_suishin_komoku_tables",
        text="""# 湖南市業務改革実行計画

## 推進項目１　窓口業務の改善

| 番号 | 取組項目 | 取組内容 | 担当課 |
|---|---|---|---|
| 1-1 | 証明書のコンビニ交付の拡大 | 交付できる証明書の種類を増やす。 | 市民課 |
| 1-2 | 書かない窓口の導入 | 職員が聞き取った内容で申請書を作成する。 | 市民課 |

## 推進項目２　内部事務の効率化

| 番号 | 取組項目 | 取組内容 | 担当課 |
|---|---|---|---|
| 2-1 | 電子決裁の全庁導入 | | 総務課 |
| 2-2 | 会議資料のペーパーレス化 | タブレット端末で資料を共有する。 | 総務課 |
""",
        items=(
            E("Theme", "窓口業務の改善"),
            E("Measure", "証明書のコンビニ交付の拡大", "窓口業務の改善"),
            E("Measure", "書かない窓口の導入", "窓口業務の改善"),
            E("Theme", "内部事務の効率化"),
            E("Measure", "電子決裁の全庁導入", "内部事務の効率化"),
            E("Measure", "会議資料のペーパーレス化", "内部事務の効率化"),
        ),
        not_items=(),
    ),
    Case(
        name="ondanka_jikko_keikaku_lead_lines",
        text="""# 湖南市地球温暖化対策実行計画（区域施策編）

## 2　施策の展開

### (1) 再生可能エネルギーの導入

○ 公共施設への太陽光発電設備の設置
　小中学校の屋根に太陽光発電設備を設置し、災害時の非常用電源としても活用する。

○ 住宅用蓄電池の設置費補助
　太陽光発電設備と併せて蓄電池を設置する世帯に、費用の一部を補助する。

### (2) 省エネルギーの推進

○ 街路灯のLED化
　市が管理する街路灯を令和10年度までにすべてLEDに替える。

## 3　計画の推進と見直し

本計画は、進捗を毎年度点検し、必要に応じて見直す。
""",
        items=(
            E("Theme", "再生可能エネルギーの導入"),
            E("Measure", "公共施設への太陽光発電設備の設置", "再生可能エネルギーの導入"),
            E("Measure", "住宅用蓄電池の設置費補助", "再生可能エネルギーの導入"),
            E("Theme", "省エネルギーの推進"),
            E("Measure", "街路灯のLED化", "省エネルギーの推進"),
        ),
        not_items=("計画の推進と見直し", "進捗を毎年度点検し", "施策の展開"),
    ),
)
