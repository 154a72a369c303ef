"""Excerpts of Japanese government documents in the common shapes, each in a kind and layout of its
own, with the items a reader takes from them (test_shapes_excerpts.py holds the figures they give).

Every excerpt is invented (place names fictitious; ministries real names in invented sentences).
The kinds: a 教育委員会's 目標 | 年度計画 対照表 with 第N section rows, numbered heading rows written
in both columns and a 「（数値目標）」 row; a 辺地総合整備計画 of 施設区分 | 事業名 | 事業内容 | 事業費
with the 区分 cell left blank below; a 健康増進計画 in plain text whose （１） lines stand over
【市民の取組】 / 【市の取組】 labels after a 基本理念 label; a 業務改革 実行計画 of 「推進項目１」 headings
over 取組項目 | 取組内容 | 担当課 tables; an 地球温暖化対策実行計画 of (1) headings over ○ lead lines each
over its indented explanation, and a 「計画の推進と見直し」 heading; a 病院経営強化プラン whose 経営理念 states a
goal and whose 主要事業 and other headings list projects named by what is done (更新, 改築, 実証, 購入);
a 食育推進計画 as a list three levels deep (bold 「Ⅰ」 entries over ① entries over actions); an
観光振興計画 概要版 of 「目標１」 headings over entries that name actions, some of them links; a
自殺対策計画 whose 「講じようとする施策」 stands over its pillars; a 緑の基本計画 whose 「目指す環境像」 states its
goal; a 議会答弁 whose lead-in (「以下の取組を…と連携して進めてまいります」) stands over its entries.

Conventions (test_shapes.py and shapes_cases_excerpts8.py): the cue of a label or of its field or
column name decides the type where it names one (目標 a goal, 施策/取組/事業 a measure); a heading,
a row of one numbered heading written in each column, or a 区分 cell carried down over rows, that
stands over other items is a theme; a leaf cell, entry or sentence naming an action a measure.  A
plan column beside a goal column lists the goal's measures.  theme= is the nearest enclosing theme;
themes carry none, and goals stated beside their plan carry none.  Labels without numbering
(「推進項目１」, （１）, 1-1), marks or amounts; whole sentences keep 「。」.  Section rows of a
statute's outline (「第2　…に関する事項」), 数値目標 rows, labels naming whose actions follow
(【市の取組】), 内容 cells explaining a named measure, 担当課 and amounts are no items.

Scored by test_shapes_excerpts.py as in test_shapes.py.  The set's figures there are floors: a rule that
stops reading one of the shapes (a 目標 | 計画 対照表 with section rows, heading rows written in both
columns and a 「（数値目標）」 row; a 区分 column carried down over blank cells; a 内容 column beside a
measure's name or 項目; （１） lines over 【市民の取組】 / 【市の取組】 labels after a 基本理念 label;
「推進項目１」 headings; ○ lead lines over indented text; a 経営理念 heading, a 主要事業 heading,
headings named by what is done: 更新, 改築, 実証, 購入; a list three levels deep; entries under a goal
heading; a 「講じようとする施策」 heading; a 「目指す環境像」 heading; a lead-in with words between its
object and verb over ・ entries, a 「○　なお、…」 line after them) takes them below.

At first sight (7a5d5b1, before any rule was written for them), the eight excerpts gave Goal F1 0.60
(6 of 7, 13 found), Theme 0.00 (0 of 21, 4 found), Measure 0.48 (16 of 42, 25 found), item → theme
links 0 of 34, four lines named as no item read as items; the last three, written after the rules for
the others: 「講じようとする施策」 read as a theme, the 環境像 goal and the lead-in's two measures missed.
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
    Case(
        name="byoin_keiei_kyoka_plan_keiei_rinen_shuyo_jigyo",
        text="""# 北浜市立病院経営強化プラン（概要）

## 1　経営理念

地域に信頼される医療を提供し続ける

## 2　主要事業

### (1) 電子カルテシステムの更新

### (2) 東病棟の改築

### (3) 院内保育所の開設に向けた基本設計

## 3　経営の効率化

### (1) 遠隔読影の実証

### (2) 医療機器の共同購入

### (3) 旧看護師宿舎の売却

## 4　患者サービスの向上

### (1) 診療予約のオンライン受付の開始

### (2) 外国人患者向け案内の多言語発信
""",
        items=(
            E("Goal", "地域に信頼される医療を提供し続ける"),
            E("Measure", "電子カルテシステムの更新"),
            E("Measure", "東病棟の改築"),
            E("Measure", "院内保育所の開設に向けた基本設計"),
            E("Theme", "経営の効率化"),
            E("Measure", "遠隔読影の実証", "経営の効率化"),
            E("Measure", "医療機器の共同購入", "経営の効率化"),
            E("Measure", "旧看護師宿舎の売却", "経営の効率化"),
            E("Theme", "患者サービスの向上"),
            E("Measure", "診療予約のオンライン受付の開始", "患者サービスの向上"),
            E("Measure", "外国人患者向け案内の多言語発信", "患者サービスの向上"),
        ),
        not_items=("経営理念", "主要事業"),
    ),
    Case(
        name="shokuiku_nested_list_three_levels",
        text="""## 第4章　施策の展開

次の体系により、市の食育を進める。

- **Ⅰ　生涯を通じた心身の健康を支える食育**
  - ① 子どもの基本的な生活習慣づくり
    - 保育所と小学校で「早寝早起き朝ごはん」の啓発週間を設ける。
    - 中学生を対象とした朝食づくり講座を開く。
  - ② 高齢者の低栄養予防
    - 通いの場に管理栄養士を派遣する。
- **Ⅱ　食の循環と環境を意識した食育**
  - ① 地産地消の推進
    - 学校給食に使う市内産野菜の品目を増やす。
  - ② 食品ロスの削減
    - 飲食店と連携して食べきり運動を進める。
    - 家庭での食品ロス量を測る調査を行う。
""",
        items=(
            E("Theme", "生涯を通じた心身の健康を支える食育"),
            E("Theme", "子どもの基本的な生活習慣づくり"),
            E(
                "Measure",
                "保育所と小学校で「早寝早起き朝ごはん」の啓発週間を設ける。",
                "子どもの基本的な生活習慣づくり",
            ),
            E("Measure", "中学生を対象とした朝食づくり講座を開く。", "子どもの基本的な生活習慣づくり"),
            E("Theme", "高齢者の低栄養予防"),
            E("Measure", "通いの場に管理栄養士を派遣する。", "高齢者の低栄養予防"),
            E("Theme", "食の循環と環境を意識した食育"),
            E("Theme", "地産地消の推進"),
            E("Measure", "学校給食に使う市内産野菜の品目を増やす。", "地産地消の推進"),
            E("Theme", "食品ロスの削減"),
            E("Measure", "飲食店と連携して食べきり運動を進める。", "食品ロスの削減"),
            E("Measure", "家庭での食品ロス量を測る調査を行う。", "食品ロスの削減"),
        ),
        not_items=("施策の展開", "次の体系により"),
    ),
    Case(
        name="kanko_shinko_gaiyo_goal_headings_over_entries",
        text="""# 南山町観光振興計画（概要版）

## 目標１　何度も訪れたくなる町

- 温泉街の景観整備
- [周遊バスの運行](/kanko/bus.html)
- 観光ガイドの育成

## 目標２　世界から選ばれる町

- 観光案内所の多言語化
- [海外向けプロモーションの強化](/kanko/promo.html)
""",
        items=(
            E("Goal", "何度も訪れたくなる町"),
            E("Measure", "温泉街の景観整備"),
            E("Measure", "周遊バスの運行"),
            E("Measure", "観光ガイドの育成"),
            E("Goal", "世界から選ばれる町"),
            E("Measure", "観光案内所の多言語化"),
            E("Measure", "海外向けプロモーションの強化"),
        ),
    ),
    Case(
        name="jisatsu_taisaku_kojiyotosuru_shisaku",
        text="""# 東雲市自殺対策計画

## 第3章　講じようとする施策

### 1　相談体制の充実

#### (1) 夜間・休日の電話相談の拡充

#### (2) SNS相談の開設

### 2　人材の養成

#### (1) ゲートキーパー養成研修の開催
""",
        items=(
            E("Theme", "相談体制の充実"),
            E("Measure", "夜間・休日の電話相談の拡充", "相談体制の充実"),
            E("Measure", "SNS相談の開設", "相談体制の充実"),
            E("Theme", "人材の養成"),
            E("Measure", "ゲートキーパー養成研修の開催", "人材の養成"),
        ),
        not_items=("講じようとする施策",),
    ),
    Case(
        name="midori_kihon_keikaku_mezasu_kankyozo",
        text="""# 北浜市緑の基本計画

## 目指す環境像

**水辺とみどりがつなぐ、歩いて楽しいまち**

## 基本方針1　公園の再整備

- 老朽化した遊具の更新
- 公園のトイレの洋式化
""",
        items=(
            E("Goal", "水辺とみどりがつなぐ、歩いて楽しいまち"),
            E("Theme", "公園の再整備"),
            E("Measure", "老朽化した遊具の更新", "公園の再整備"),
            E("Measure", "公園のトイレの洋式化", "公園の再整備"),
        ),
        not_items=("目指す環境像",),
    ),
    Case(
        name="gikai_toben_lead_in_over_entries",
        text="""令和８年第１回南山町議会定例会　一般質問答弁

【答弁】町長
○　子どもの居場所づくりについては、以下の取組を教育委員会と連携して進めてまいります。
　・　空き教室を活用した放課後の学習支援
　・　児童館の開館時間の延長
○　なお、利用の状況は年度ごとに公表いたします。
""",
        items=(
            E("Measure", "空き教室を活用した放課後の学習支援"),
            E("Measure", "児童館の開館時間の延長"),
        ),
        not_items=("【答弁】町長", "一般質問答弁", "利用の状況は年度ごとに公表"),
    ),
)
