"""Twenty-five excerpts of Japanese government documents in shapes the earlier sets leave out, with the
items a reader takes from them (test_shapes_excerpts.py holds the figures they give).

Every excerpt is invented (municipal names fictitious; ministries real names in invented sentences).
The shapes: a 閣議決定-style 重点計画 nested 第1 > 1 > (1) > ① > ア; a 政策評価書 whose 施策名 /
達成すべき目標 stand in a two-column sheet, with a 測定指標 table; a 予算案の概要 with 【新規】【拡充】 marks
before or after each 事業; a ガイドライン with 目的 / 適用範囲 / 基本的な考え方 / 推奨事項 / 留意事項; an
action plan numbered (a)/(b) over (i)/(ii); a prefecture's 政策 | 施策 | 主な事業 table with merged
(blank) cells; an 有識者会議 論点整理 whose 論点 are questions, each over 【主な意見】 bullets; a 手引き
with 手順1/手順2 procedure headings and a 課題 | 対策 table; a plain outline numbered in full width
(１．／２－１．／（１）) with a 目標とする指標 table; a strategy with 「Goal 1:」 and 「Strategy 1-1」
headings; a 目標 | 課題 | 施策 table with merged (blank) cells; a 施策体系 as a nested list; the plain
text of a PDF with page numbers between its lines; a 成果報告書 with a heading per 課 over 事業名 tables;
**基本方針1** lines in bold over ・ lines; 「■ 重点施策1」 lines over ◇ lines; 4.1 / 4.2 headings over
課題 | 対応策 | 担当 | 期限 tables; 目標1： headings over 指標： lines; a 重点テーマ | 現状 | 課題 | 今後の取組
table; ■ lines without numbers over ・ lines; ◆課題： / ◆取組： labels; a 項目 | 現状 | 課題 | 対応方針
table; English section names (Vision, Challenges, Key Actions); a 「2030年の目指す姿」 heading over
bullets; a 目標 section holding a goal and a numeric target.

Conventions as in shapes_cases_excerpts3.py: labels without numbering, marks or numbering words
(Goal 1:, Strategy 1-1, 論点1：, 【新規】); whole sentences keep 「。」; a heading over other items is a
Theme, unless its cue names another type (a 施策 cell, a 施策名 field, 「施策1-1」 and 「重点施策1」
are measures); theme is the nearest enclosing Theme, and a Theme carries none of its own (first
read with the links of inner themes and with the 施策 cells and lines as themes; changed to the
sets' one reading, test_shapes.py);
目的 / 目指す / 目標 statements of a target state are Goals, a 目標 or 指標 table of figures holds no
goal; a 論点 is an Issue; opinions
(主な意見), procedure steps (手順1), the scope, review and budget lines are no items, and explanatory
lines under a measure are left unannotated.

Scored by test_shapes_excerpts.py as in test_shapes.py.  The set's figures there are floors: a rule that
stops reading one of the shapes (「Goal 1:」 and 「Strategy 1-1」 headings, (a)/(i) numbers, ２－１．
lines of a plain outline, a heading of cue words alone 「よくある課題と対策」, 「基本施策」 over its
themes, a 推奨事項 sub-heading over its action bullets, ○ entries marked 【新規】/【拡充】, a 政策
column left of a 施策 column, 達成すべき目標 and 施策の概要 fields, a nested list of 基本目標 / 施策1-1
/ 事業, 「■ 重点施策1」 and 「**基本方針1 …**」 lines (or a ■ line without a number) over marked lines,
a 課 heading over its projects, ◆課題： labels, a 項目 column naming the rows' themes, English section
names, a (1) heading over named measures and its ① entries over ア entries …) takes them below.  At
cf99515, before the rules for them: Goal P 1.00 R 0.72 F1 0.84, Theme P 0.73 R 0.23 F1 0.35, Issue P
1.00 R 0.83 F1 0.90, Measure P 0.70 R 0.57 F1 0.63, links 16 of 97, four lines named as no item read as
one.

Read since by the sets' one reading (test_shapes.py): the 施策名 field and the 施策 cells are
measures (the 施策 cells of the row's 政策), 「- 施策1-1」 entries and 「■ 重点施策1」 lines measures
over measures of no theme; inner themes carry no theme of their own.

Item → theme links at cf99515: 16 of 97, with the Themes' own links and those of 施策 cells, bullets
and lines.
"""

# ruff: noqa: E501
from __future__ import annotations

from tests.kg.extract.shapes_cases import Case, Expected

E = Expected

CASES: tuple[Case, ...] = (
    # 1. 閣議決定-style plan: 第N (generic) > 1 (theme) > (1) (theme) > ① (theme over ア, or measure) > ア (measure);
    # an inner theme carries no theme of its own
    Case(
        name="kakugi_juuten_keikaku_dai_maru_kana",
        text="""# 孤独・孤立対策の重点計画

## 第1 基本的な考え方

### 1 目指す社会

誰もが地域の中に居場所を持ち、困ったときに支援を求められる社会を目指す。

## 第2 重点的に取り組む施策

### 1 相談支援体制の整備

#### (1) 相談窓口の充実

① 電話による相談

ア 24時間対応の電話相談の実施

イ 多言語による電話相談の実施

② SNSによる相談

ア SNSを活用した相談の拡充

#### (2) 支援機関の連携

① 地域の支援機関による連絡会議の設置

② 支援情報の一元的な提供

### 2 居場所づくりの推進

#### (1) 地域の居場所の確保

① 公民館等の空きスペースの活用

② 居場所を運営する民間団体への助成

## 第3 推進体制

関係府省による推進会議において、施策の実施状況を毎年度確認する。
""",
        items=(
            E("Goal", "誰もが地域の中に居場所を持ち、困ったときに支援を求められる社会を目指す。"),
            E("Theme", "相談支援体制の整備"),
            E("Theme", "相談窓口の充実"),
            E("Theme", "電話による相談"),
            E("Measure", "24時間対応の電話相談の実施", "電話による相談"),
            E("Measure", "多言語による電話相談の実施", "電話による相談"),
            E("Theme", "SNSによる相談"),
            E("Measure", "SNSを活用した相談の拡充", "SNSによる相談"),
            E("Theme", "支援機関の連携"),
            E("Measure", "地域の支援機関による連絡会議の設置", "支援機関の連携"),
            E("Measure", "支援情報の一元的な提供", "支援機関の連携"),
            E("Theme", "居場所づくりの推進"),
            E("Theme", "地域の居場所の確保"),
            E("Measure", "公民館等の空きスペースの活用", "地域の居場所の確保"),
            E("Measure", "居場所を運営する民間団体への助成", "地域の居場所の確保"),
        ),
        not_items=(
            "第1 基本的な考え方",
            "1 目指す社会",
            "第2 重点的に取り組む施策",
            "第3 推進体制",
            "推進会議において",
        ),
    ),
    # 2. 政策評価書: a two-column sheet (施策名 / 施策の概要 / 達成すべき目標), 測定指標 table, 課題 and 今後の方向性
    Case(
        name="seisaku_hyoka_sheet_sokutei_shihyo",
        text="""# 令和6年度 政策評価書（事後評価）

| 施策名 | 中小企業の生産性向上 |
|---|---|
| 施策の概要 | 中小企業のデジタル化と設備投資を支援する。 |
| 達成すべき目標 | 中小企業の労働生産性を高め、大企業との格差を縮小する。 |
| 担当部局名 | 中小企業庁経営支援部 |

## 測定指標

| 測定指標 | 基準値 | 目標値 | 実績値 |
|---|---|---|---|
| 中小企業の労働生産性の伸び率 | 1.0% | 2.0% | 1.4% |
| ITツールを導入した事業者数 | 3万者 | 10万者 | 8万者 |

## 評価結果

目標に向けて一定の進展があった。

## 課題

- ITツールを導入した事業者の多くで、導入後の活用が定着していない。
- 支援制度の認知度が小規模事業者で低い。

## 今後の方向性

- 導入後の活用を支える専門家の派遣を拡充する。
- 商工会等を通じた制度の周知を強化する。
""",
        items=(
            E("Measure", "中小企業の生産性向上"),
            E("Goal", "中小企業の労働生産性を高め、大企業との格差を縮小する。"),
            E("Issue", "ITツールを導入した事業者の多くで、導入後の活用が定着していない。"),
            E("Issue", "支援制度の認知度が小規模事業者で低い。"),
            E("Measure", "導入後の活用を支える専門家の派遣を拡充する。"),
            E("Measure", "商工会等を通じた制度の周知を強化する。"),
        ),
        not_items=(
            "担当部局名",
            "中小企業の労働生産性の伸び率",
            "ITツールを導入した事業者数",
            "目標に向けて一定の進展",
            "測定指標",
        ),
    ),
    # 3. 予算案の概要: 1． headings (themes) over ○ 事業 lines marked 【新規】/【拡充】 before or after, budget lines
    Case(
        name="yosan_gaiyo_shinki_kakuju_marks",
        text="""# 令和7年度 こども家庭庁予算案の概要

## 1．こどもの居場所づくりの推進

令和7年度予算案：15億円（令和6年度予算額：10億円）

○ 地域の居場所づくり支援事業【拡充】

　居場所を立ち上げる民間団体に対し、開設に要する経費を補助する。

○ 【新規】居場所づくりコーディネーターの配置支援

　市町村が地域の居場所をつなぐコーディネーターを置く経費を補助する。

## 2．児童虐待防止対策の強化

令和7年度予算案：1,650億円の内数

○ 児童相談所の体制強化【拡充】

○ 【新規】一時保護施設の環境改善

○ 要保護児童対策地域協議会の機能強化

（参考）【新規】は新たに計上する事業、【拡充】は前年度から拡充する事業を示す。
""",
        items=(
            E("Theme", "こどもの居場所づくりの推進"),
            E("Measure", "地域の居場所づくり支援事業", "こどもの居場所づくりの推進"),
            E("Measure", "居場所づくりコーディネーターの配置支援", "こどもの居場所づくりの推進"),
            E("Theme", "児童虐待防止対策の強化"),
            E("Measure", "児童相談所の体制強化", "児童虐待防止対策の強化"),
            E("Measure", "一時保護施設の環境改善", "児童虐待防止対策の強化"),
            E("Measure", "要保護児童対策地域協議会の機能強化", "児童虐待防止対策の強化"),
        ),
        not_items=("令和7年度予算案：15億円", "1,650億円の内数", "（参考）"),
    ),
    # 4. ガイドライン: 目的 (goal), 適用範囲 / 基本的な考え方 / 留意事項 (no items), 推奨事項 by phase (themes over measures)
    Case(
        name="guideline_mokuteki_suisho_ryui",
        text="""# 行政機関におけるクラウドサービス利用ガイドライン

## 1. 総則

### 1.1 目的

本ガイドラインは、行政機関がクラウドサービスを安全かつ効果的に利用できるようにすることを目的とする。

### 1.2 適用範囲

本ガイドラインは、国の行政機関が調達するクラウドサービスに適用する。

## 2. 基本的な考え方

クラウドサービスの利用にあたっては、事業者と利用者の責任の分担を明らかにすることが基本となる。

## 3. 推奨事項

### 3.1 サービスの調達

- 安全性の評価を受けて登録されたサービスから選定する。
- 契約において、データの保存場所と準拠法を明記する。

### 3.2 サービスの運用

- 管理者のアカウントには多要素認証を設定する。
- 操作の記録を一年以上保存する。

## 4. 留意事項

- 本ガイドラインは、技術の動向等を踏まえ、必要に応じて見直す。
- 個別の製品の選定については、各府省の判断による。
""",
        items=(
            E(
                "Goal",
                "本ガイドラインは、行政機関がクラウドサービスを安全かつ効果的に利用できるようにすることを目的とする。",
            ),
            E("Theme", "サービスの調達"),
            E("Measure", "安全性の評価を受けて登録されたサービスから選定する。", "サービスの調達"),
            E("Measure", "契約において、データの保存場所と準拠法を明記する。", "サービスの調達"),
            E("Theme", "サービスの運用"),
            E("Measure", "管理者のアカウントには多要素認証を設定する。", "サービスの運用"),
            E("Measure", "操作の記録を一年以上保存する。", "サービスの運用"),
        ),
        not_items=(
            "1.2 適用範囲",
            "国の行政機関が調達する",
            "責任の分担を明らかにする",
            "必要に応じて見直す",
            "各府省の判断による",
            "3. 推奨事項",
            "4. 留意事項",
        ),
    ),
    # 5. 行動計画: 計画の目標 (goal), (a)/(b)/(c) headings (themes) over (i)/(ii) lines (measures), 指標 bullets
    Case(
        name="action_plan_alpha_roman_lower",
        text="""# 海洋ごみ対策行動計画

## 1. 計画の目標

2030年までに、海洋に流出するプラスチックごみの量を2020年比で半減させる。

## 2. 具体的な取組

### (a) 発生の抑制

(i) 使い捨てプラスチック製品の使用削減

(ii) 詰め替え製品の普及促進

### (b) 回収と処理

(i) 海岸漂着物の回収への支援

(ii) 河川を通じたごみの流出防止

(iii) 漁業者による海洋ごみの持ち帰りの推進

### (c) 実態の把握

(i) 海洋ごみの分布調査の実施

## 3. 指標

- 海岸漂着物の回収量（2030年度：年間5万トン）
- 河川における清掃活動の参加者数（2030年度：年間20万人）
""",
        items=(
            E("Goal", "2030年までに、海洋に流出するプラスチックごみの量を2020年比で半減させる。"),
            E("Theme", "発生の抑制"),
            E("Measure", "使い捨てプラスチック製品の使用削減", "発生の抑制"),
            E("Measure", "詰め替え製品の普及促進", "発生の抑制"),
            E("Theme", "回収と処理"),
            E("Measure", "海岸漂着物の回収への支援", "回収と処理"),
            E("Measure", "河川を通じたごみの流出防止", "回収と処理"),
            E("Measure", "漁業者による海洋ごみの持ち帰りの推進", "回収と処理"),
            E("Theme", "実態の把握"),
            E("Measure", "海洋ごみの分布調査の実施", "実態の把握"),
        ),
        not_items=("1. 計画の目標", "2. 具体的な取組", "海岸漂着物の回収量", "清掃活動の参加者数"),
    ),
    # 6. prefecture 総合計画: 政策 | 施策 | 主な事業 table, 政策 and 施策 merged (blank) over several rows;
    # a 施策 cell is a measure of its row's 政策, as the 主な事業 are
    Case(
        name="pref_sogo_keikaku_seisaku_shisaku_jigyo_table",
        text="""# 東雲県総合計画 第4章 政策の体系

| 政策 | 施策 | 主な事業 |
|---|---|---|
| 1 安心して子どもを産み育てられる県づくり | 1-1 結婚・出産の希望の実現 | 結婚支援センターの運営 |
| | | 不妊治療費の助成 |
| | 1-2 子育て家庭への支援 | 病児保育施設の整備への補助 |
| | | 子ども医療費の助成 |
| 2 産業の活力あふれる県づくり | 2-1 ものづくり産業の振興 | 中小企業の設備投資への補助 |
| | 2-2 農林水産業の成長産業化 | スマート農業機械の導入支援 |
| | | 県産木材の販路拡大 |
""",
        items=(
            E("Theme", "安心して子どもを産み育てられる県づくり"),
            E("Measure", "結婚・出産の希望の実現", "安心して子どもを産み育てられる県づくり"),
            E("Measure", "結婚支援センターの運営", "安心して子どもを産み育てられる県づくり"),
            E("Measure", "不妊治療費の助成", "安心して子どもを産み育てられる県づくり"),
            E("Measure", "子育て家庭への支援", "安心して子どもを産み育てられる県づくり"),
            E("Measure", "病児保育施設の整備への補助", "安心して子どもを産み育てられる県づくり"),
            E("Measure", "子ども医療費の助成", "安心して子どもを産み育てられる県づくり"),
            E("Theme", "産業の活力あふれる県づくり"),
            E("Measure", "ものづくり産業の振興", "産業の活力あふれる県づくり"),
            E("Measure", "中小企業の設備投資への補助", "産業の活力あふれる県づくり"),
            E("Measure", "農林水産業の成長産業化", "産業の活力あふれる県づくり"),
            E("Measure", "スマート農業機械の導入支援", "産業の活力あふれる県づくり"),
            E("Measure", "県産木材の販路拡大", "産業の活力あふれる県づくり"),
        ),
        not_items=("東雲県総合計画 第4章 政策の体系",),
    ),
    # 7. 有識者会議 論点整理: topic headings (themes) over 論点N： questions (issues), 【主な意見】 bullets (no items)
    Case(
        name="yushikisha_ronten_seiri_questions_opinions",
        text="""# 地域交通のあり方に関する有識者会議 論点整理

## 1. 本論点整理の位置付け

本論点整理は、これまで5回の会議における議論を整理したものである。

## 2. 地方部の路線バス

### 論点1：利用者の減少が続く中で、路線バスをどう維持するか

【主な意見】

- 自治体による運行費の補助には限界がある。
- 需要に応じて運行するデマンド交通への転換も選択肢となる。

### 論点2：不足する運転者をどう確保するか

【主な意見】

- 二種免許の取得費用の支援が有効である。
- 賃金水準の引上げが欠かせない。

## 3. 都市部の交通

### 論点3：新たな移動サービスと既存の公共交通をどう組み合わせるか

【主な意見】

- 乗継ぎの運賃を通算できる仕組みが必要である。

## 4. 今後の進め方

本論点整理を踏まえ、年内に中間とりまとめを行う。
""",
        items=(
            E("Theme", "地方部の路線バス"),
            E("Issue", "利用者の減少が続く中で、路線バスをどう維持するか", "地方部の路線バス"),
            E("Issue", "不足する運転者をどう確保するか", "地方部の路線バス"),
            E("Theme", "都市部の交通"),
            E("Issue", "新たな移動サービスと既存の公共交通をどう組み合わせるか", "都市部の交通"),
        ),
        not_items=(
            "本論点整理の位置付け",
            "これまで5回の会議",
            "運行費の補助には限界",
            "デマンド交通への転換",
            "二種免許の取得費用",
            "賃金水準の引上げ",
            "乗継ぎの運賃を通算",
            "年内に中間とりまとめ",
            "4. 今後の進め方",
        ),
    ),
    # 8. 手引き: はじめに, 手順1/手順2 procedure headings (no items), a 課題 | 対策 table (issues and measures)
    Case(
        name="tebiki_tejun_headings_kadai_taisaku_table",
        text="""# オープンデータ公開の手引き

## はじめに

本手引きは、市町村の担当者がオープンデータを公開する際の手順を説明するものです。

## 1. 公開の手順

### 手順1　公開するデータを選ぶ

庁内で保有するデータの一覧を作り、公開の優先度を決めます。

### 手順2　利用条件を決める

原則として、出典を示せば自由に利用できる条件とします。

### 手順3　データを公開する

ポータルサイトにデータを登録し、更新日を記載します。

## 2. よくある課題と対策

| 課題 | 対策 |
|---|---|
| 公開したデータが更新されない | 更新の担当課と頻度を台帳に記録する |
| ファイルの形式が機械判読に適さない | CSV形式での公開を標準とする |
| 個人情報が含まれていないか確認する手間が大きい | 公開前の確認項目を一覧にして点検する |
""",
        items=(
            E("Issue", "公開したデータが更新されない"),
            E("Measure", "更新の担当課と頻度を台帳に記録する"),
            E("Issue", "ファイルの形式が機械判読に適さない"),
            E("Measure", "CSV形式での公開を標準とする"),
            E("Issue", "個人情報が含まれていないか確認する手間が大きい"),
            E("Measure", "公開前の確認項目を一覧にして点検する"),
        ),
        not_items=(
            "はじめに",
            "本手引きは",
            "1. 公開の手順",
            "手順1",
            "手順2",
            "手順3",
            "庁内で保有するデータ",
            "出典を示せば",
            "ポータルサイトにデータを登録",
        ),
    ),
    # 9. plain outline in full-width numbers: １．/２－１．/（１）, 基本目標 (goal), 目標とする指標 table (no goal)
    Case(
        name="plain_fullwidth_numbering_kanko_keikaku",
        text="""東浦市観光振興計画

１．計画の基本目標

　何度も訪れたくなる、滞在型観光のまちを目指す。

２．基本施策

２－１．観光資源の磨き上げ

（１）歴史的な街並みの保全と活用

（２）体験型観光プログラムの開発

２－２．受入環境の整備

（１）多言語による案内表示の整備

（２）駅から観光地までの二次交通の確保

３．目標とする指標

| 指標 | 現状（令和5年） | 目標（令和11年） |
|---|---|---|
| 観光入込客数 | 120万人 | 150万人 |
| 宿泊者数 | 30万人 | 45万人 |

４．計画の推進

　毎年度、観光動向調査により施策の進み具合を確認する。
""",
        items=(
            E("Goal", "何度も訪れたくなる、滞在型観光のまちを目指す。"),
            E("Theme", "観光資源の磨き上げ"),
            E("Measure", "歴史的な街並みの保全と活用", "観光資源の磨き上げ"),
            E("Measure", "体験型観光プログラムの開発", "観光資源の磨き上げ"),
            E("Theme", "受入環境の整備"),
            E("Measure", "多言語による案内表示の整備", "受入環境の整備"),
            E("Measure", "駅から観光地までの二次交通の確保", "受入環境の整備"),
        ),
        not_items=(
            "１．計画の基本目標",
            "２．基本施策",
            "３．目標とする指標",
            "観光入込客数",
            "宿泊者数",
            "４．計画の推進",
            "観光動向調査",
        ),
    ),
    # 10. strategy with English-style headings: Goal N: (goals) > Strategy N-N (themes) > action bullets; KPI table
    Case(
        name="english_goal_strategy_headings",
        text="""# 国際頭脳循環推進戦略

## Goal 1: 世界から優秀な留学生が集まる大学をつくる

### Strategy 1-1 受入れ環境の整備

- 英語で学位を取得できるプログラムを拡充する。
- 留学生向けの宿舎を確保する。

### Strategy 1-2 卒業後の国内定着

- 国内企業でのインターンシップの機会を増やす。

## Goal 2: 日本人学生の海外留学を倍増させる

### Strategy 2-1 経済的な支援

- 給付型奨学金の支給枠を拡大する。
- 大学間の授業料相互免除協定を増やす。

## Key Performance Indicators

| 指標 | 現状 | 目標 |
|---|---|---|
| 外国人留学生数 | 28万人 | 40万人 |
| 日本人学生の海外留学者数 | 11万人 | 22万人 |
""",
        items=(
            E("Goal", "世界から優秀な留学生が集まる大学をつくる"),
            E("Theme", "受入れ環境の整備"),
            E("Measure", "英語で学位を取得できるプログラムを拡充する。", "受入れ環境の整備"),
            E("Measure", "留学生向けの宿舎を確保する。", "受入れ環境の整備"),
            E("Theme", "卒業後の国内定着"),
            E("Measure", "国内企業でのインターンシップの機会を増やす。", "卒業後の国内定着"),
            E("Goal", "日本人学生の海外留学を倍増させる"),
            E("Theme", "経済的な支援"),
            E("Measure", "給付型奨学金の支給枠を拡大する。", "経済的な支援"),
            E("Measure", "大学間の授業料相互免除協定を増やす。", "経済的な支援"),
        ),
        not_items=("Key Performance Indicators", "外国人留学生数", "日本人学生の海外留学者数"),
    ),
    # 11. 目標 | 課題 | 施策 table, 目標 and 課題 cells merged (blank) over the rows below them
    Case(
        name="mokuhyo_kadai_shisaku_merged_table",
        text="""## 5. 施策の体系

| 目標 | 課題 | 施策 |
|---|---|---|
| 災害に強いまちをつくる | 木造住宅の耐震化が遅れている | 耐震診断・改修費用の補助 |
| | | 戸別訪問による耐震化の啓発 |
| | 避難所の備蓄が不足している | 備蓄品の計画的な購入 |
| 誰もが安心して移動できるまちをつくる | 歩道の段差が多い | 歩道の段差の解消 |
| | 高齢者の移動手段が限られている | デマンド交通の導入 |
""",
        items=(
            E("Goal", "災害に強いまちをつくる"),
            E("Issue", "木造住宅の耐震化が遅れている"),
            E("Measure", "耐震診断・改修費用の補助"),
            E("Measure", "戸別訪問による耐震化の啓発"),
            E("Issue", "避難所の備蓄が不足している"),
            E("Measure", "備蓄品の計画的な購入"),
            E("Goal", "誰もが安心して移動できるまちをつくる"),
            E("Issue", "歩道の段差が多い"),
            E("Measure", "歩道の段差の解消"),
            E("Issue", "高齢者の移動手段が限られている"),
            E("Measure", "デマンド交通の導入"),
        ),
        not_items=("5. 施策の体系",),
    ),
    # 12. 施策体系 as nested Markdown bullets: 基本目標 (theme) > 施策1-1 (measure) > 事業 (measure)
    Case(
        name="nested_bullets_shisaku_taikei",
        text="""## 第3章 施策の体系

- 基本目標1　誰もが健康に暮らせるまち
  - 施策1-1　健康づくりの推進
    - 特定健診の受診勧奨
    - ウォーキング教室の開催
  - 施策1-2　地域医療の確保
    - 休日夜間急患診療所の運営
- 基本目標2　安全で快適に暮らせるまち
  - 施策2-1　防災力の向上
    - 自主防災組織への活動助成
    - 防災行政無線のデジタル化
""",
        items=(
            E("Theme", "誰もが健康に暮らせるまち"),
            E("Measure", "健康づくりの推進", theme="誰もが健康に暮らせるまち"),
            E("Measure", "特定健診の受診勧奨", theme="誰もが健康に暮らせるまち"),
            E("Measure", "ウォーキング教室の開催", theme="誰もが健康に暮らせるまち"),
            E("Measure", "地域医療の確保", theme="誰もが健康に暮らせるまち"),
            E("Measure", "休日夜間急患診療所の運営", theme="誰もが健康に暮らせるまち"),
            E("Theme", "安全で快適に暮らせるまち"),
            E("Measure", "防災力の向上", theme="安全で快適に暮らせるまち"),
            E("Measure", "自主防災組織への活動助成", theme="安全で快適に暮らせるまち"),
            E("Measure", "防災行政無線のデジタル化", theme="安全で快適に暮らせるまち"),
        ),
        not_items=("第3章 施策の体系",),
    ),
    # 13. plain text of a PDF: 第１章 / １　/ ア　/ （１） lines, page numbers 「－ 1 －」 between them
    Case(
        name="plain_pdf_text_page_numbers_akiya",
        text="""第１章　計画の基本的な考え方

１　計画の目的

　本計画は、市内の空き家の適正な管理と利活用を進め、安全で良好な住環境を守ることを目的とする。

２　計画期間

　令和7年度から令和11年度までの5年間とする。

－ 1 －

第２章　空き家対策の取組

１　空き家の発生の予防

ア　固定資産税の納税通知書への啓発文書の同封
イ　相続に関する相談会の開催

２　空き家の利活用の促進

（１）空き家バンクの運営
（２）空き家の改修費用への補助

－ 2 －
""",
        items=(
            E(
                "Goal",
                "本計画は、市内の空き家の適正な管理と利活用を進め、安全で良好な住環境を守ることを目的とする。",
            ),
            E("Theme", "空き家の発生の予防"),
            E("Measure", "固定資産税の納税通知書への啓発文書の同封", "空き家の発生の予防"),
            E("Measure", "相続に関する相談会の開催", "空き家の発生の予防"),
            E("Theme", "空き家の利活用の促進"),
            E("Measure", "空き家バンクの運営", "空き家の利活用の促進"),
            E("Measure", "空き家の改修費用への補助", "空き家の利活用の促進"),
        ),
        not_items=(
            "第１章　計画の基本的な考え方",
            "１　計画の目的",
            "２　計画期間",
            "令和7年度から令和11年度まで",
            "－ 1 －",
            "第２章　空き家対策の取組",
            "－ 2 －",
        ),
    ),
    # 14. 主要な施策の成果報告書: a heading per 課 (the owner, no theme) over 事業名 | 決算額 | 事業の成果 tables
    Case(
        name="seika_hokokusho_ka_headings_jigyo_tables",
        text="""# 令和6年度 主要な施策の成果に関する報告書

## 1 子育て支援課

| 事業名 | 決算額（千円） | 事業の成果 |
|---|---|---|
| 子育て短期支援事業 | 3,420 | 延べ52人が利用した。 |
| ファミリー・サポート・センター事業 | 8,150 | 会員数が前年度から40人増加した。 |

## 2 道路課

| 事業名 | 決算額（千円） | 事業の成果 |
|---|---|---|
| 通学路安全対策事業 | 45,600 | 危険箇所12か所に防護柵を設置した。 |
""",
        items=(
            E("Measure", "子育て短期支援事業"),
            E("Measure", "ファミリー・サポート・センター事業"),
            E("Measure", "通学路安全対策事業"),
        ),
        not_items=("1 子育て支援課", "2 道路課"),
    ),
    # 15. an outline of bold lines (no Markdown headings): **基本方針1　…** over ・ lines
    Case(
        name="bold_lines_kihon_hoshin_over_bullets",
        text="""# 第2次東浦町環境基本計画（概要）

**基本方針1　脱炭素のまちづくり**

・公共施設へのＬＥＤ照明の導入
・電気自動車の充電設備の設置

**基本方針2　循環型社会の形成**

・生ごみの堆肥化の推進
・フードドライブの実施
""",
        items=(
            E("Theme", "脱炭素のまちづくり"),
            E("Measure", "公共施設へのＬＥＤ照明の導入", "脱炭素のまちづくり"),
            E("Measure", "電気自動車の充電設備の設置", "脱炭素のまちづくり"),
            E("Theme", "循環型社会の形成"),
            E("Measure", "生ごみの堆肥化の推進", "循環型社会の形成"),
            E("Measure", "フードドライブの実施", "循環型社会の形成"),
        ),
    ),
    # 16. ■ 重点施策N lines (themes) over ◇ lines (measures) under a Ⅲ heading
    Case(
        name="square_juuten_shisaku_lines_diamond_entries",
        text="""## Ⅲ 重点施策

■ 重点施策1　観光客の受入れ体制の強化

◇ 観光案内所の機能の拡充
◇ 宿泊施設の多言語化への支援

■ 重点施策2　地域産品の販路拡大

◇ 首都圏でのアンテナショップの運営
◇ 通信販売サイトへの出店支援
""",
        items=(
            E("Measure", "観光客の受入れ体制の強化"),
            E("Measure", "観光案内所の機能の拡充"),
            E("Measure", "宿泊施設の多言語化への支援"),
            E("Measure", "地域産品の販路拡大"),
            E("Measure", "首都圏でのアンテナショップの運営"),
            E("Measure", "通信販売サイトへの出店支援"),
        ),
        not_items=("Ⅲ 重点施策",),
    ),
    # 17. 分野別の課題と対応策: 4.1 / 4.2 headings (themes) over 課題 | 対応策 | 担当 | 期限 tables, 課題 merged
    Case(
        name="decimal_field_headings_issue_measure_tables",
        text="""## 4. 分野別の課題と対応策

### 4.1 窓口業務

| 課題 | 対応策 | 担当 | 期限 |
|---|---|---|---|
| 申請書の記入に時間がかかる | 書かない窓口の導入 | 市民課 | 令和7年度 |
| | 申請書の様式の統一 | 総務課 | 令和8年度 |
| 窓口での待ち時間が長い | 窓口の予約制の導入 | 市民課 | 令和7年度 |

### 4.2 内部事務

| 課題 | 対応策 | 担当 | 期限 |
|---|---|---|---|
| 紙による決裁が残っている | 電子決裁の全庁導入 | 情報政策課 | 令和7年度 |
""",
        items=(
            E("Theme", "窓口業務"),
            E("Issue", "申請書の記入に時間がかかる", "窓口業務"),
            E("Measure", "書かない窓口の導入", "窓口業務"),
            E("Measure", "申請書の様式の統一", "窓口業務"),
            E("Issue", "窓口での待ち時間が長い", "窓口業務"),
            E("Measure", "窓口の予約制の導入", "窓口業務"),
            E("Theme", "内部事務"),
            E("Issue", "紙による決裁が残っている", "内部事務"),
            E("Measure", "電子決裁の全庁導入", "内部事務"),
        ),
        not_items=("4. 分野別の課題と対応策",),
    ),
    # 18. 目標N： headings (goals), each over its 指標： line (no item), then a 主な取組 list
    Case(
        name="numbered_goal_headings_indicator_lines",
        text="""## 2. 計画の目標

### 目標1：全ての児童生徒が端末を日常的に活用できる

指標：授業で週3回以上端末を活用する児童生徒の割合（令和5年度 45％ → 令和10年度 90％）

### 目標2：教員のICT活用指導力を高める

指標：ICT活用指導力の研修を受講した教員の割合（令和5年度 60％ → 令和10年度 100％）

## 3. 主な取組

- 学習用端末の更新
- 校内ネットワークの増強
- ICT支援員の配置
""",
        items=(
            E("Goal", "全ての児童生徒が端末を日常的に活用できる"),
            E("Goal", "教員のICT活用指導力を高める"),
            E("Measure", "学習用端末の更新"),
            E("Measure", "校内ネットワークの増強"),
            E("Measure", "ICT支援員の配置"),
        ),
        not_items=("2. 計画の目標", "指標：授業で", "指標：ICT活用", "3. 主な取組"),
    ),
    # 19. 重点テーマ | 現状 | 課題 | 今後の取組 table: 現状 cells are no items
    Case(
        name="theme_status_issue_measure_table",
        text="""## 5. 重点テーマ別の現状と課題

| 重点テーマ | 現状 | 課題 | 今後の取組 |
|---|---|---|---|
| 地域公共交通 | 路線バスの利用者は10年で3割減少した。 | 運行の維持に必要な補助金が増えている。 | デマンド交通への転換を進める。 |
| 買い物支援 | 市内の食料品店は5年で8店減った。 | 移動手段のない高齢者が買い物に困っている。 | 移動販売車の運行を支援する。 |
""",
        items=(
            E("Theme", "地域公共交通"),
            E("Issue", "運行の維持に必要な補助金が増えている。", "地域公共交通"),
            E("Measure", "デマンド交通への転換を進める。", "地域公共交通"),
            E("Theme", "買い物支援"),
            E("Issue", "移動手段のない高齢者が買い物に困っている。", "買い物支援"),
            E("Measure", "移動販売車の運行を支援する。", "買い物支援"),
        ),
        not_items=("5. 重点テーマ別の現状と課題",),
    ),
    # 20. ■ lines without numbers (themes) over ・ lines (measures), as a PDF of a town's plan reads
    Case(
        name="square_unnumbered_lines_over_dots",
        text="""## 4. 施策の展開

■ 地域公共交通の確保

・コミュニティバスの路線の再編
・乗合タクシーの運行区域の拡大

■ 中心市街地の活性化

・空き店舗への出店に対する家賃の補助
・商店街のイベントへの支援
""",
        items=(
            E("Theme", "地域公共交通の確保"),
            E("Measure", "コミュニティバスの路線の再編", "地域公共交通の確保"),
            E("Measure", "乗合タクシーの運行区域の拡大", "地域公共交通の確保"),
            E("Theme", "中心市街地の活性化"),
            E("Measure", "空き店舗への出店に対する家賃の補助", "中心市街地の活性化"),
            E("Measure", "商店街のイベントへの支援", "中心市街地の活性化"),
        ),
        not_items=("4. 施策の展開",),
    ),
    # 21. ◆課題： / ◆取組： inline labels under numbered topic headings
    Case(
        name="diamond_inline_labels_under_topics",
        text="""## 2. 分野別の取組

### (1) 子育て支援

◆課題：保育所の入所を待つ児童が市の中心部に集中している。

◆取組：中心部での小規模保育事業所の開設を支援する。

### (2) 高齢者福祉

◆課題：一人暮らしの高齢者の見守りの担い手が不足している。

◆取組：配食事業者と連携した見守りの仕組みをつくる。
""",
        items=(
            E("Theme", "子育て支援"),
            E("Issue", "保育所の入所を待つ児童が市の中心部に集中している。", "子育て支援"),
            E("Measure", "中心部での小規模保育事業所の開設を支援する。", "子育て支援"),
            E("Theme", "高齢者福祉"),
            E("Issue", "一人暮らしの高齢者の見守りの担い手が不足している。", "高齢者福祉"),
            E("Measure", "配食事業者と連携した見守りの仕組みをつくる。", "高齢者福祉"),
        ),
        not_items=("2. 分野別の取組",),
    ),
    # 22. 項目 | 現状 | 課題 | 対応方針 table: the 項目 column names each row's matter, no theme; 現状 cells no
    # items
    Case(
        name="item_column_status_issue_policy_table",
        text="""## 3. 現状・課題と対応方針

| 項目 | 現状 | 課題 | 対応方針 |
|---|---|---|---|
| 文書管理 | 紙の文書を各課で保管している。 | 保管場所が不足している。 | 文書の電子化を進める。 |
| 会議運営 | 会議資料を紙で配布している。 | 資料の印刷に職員の時間がとられている。 | タブレット端末による資料の共有を導入する。 |
""",
        items=(
            E("Issue", "保管場所が不足している。"),
            E("Measure", "文書の電子化を進める。"),
            E("Issue", "資料の印刷に職員の時間がとられている。"),
            E("Measure", "タブレット端末による資料の共有を導入する。"),
        ),
        not_items=("3. 現状・課題と対応方針",),
    ),
    # 23. English section names: Vision (goal), Challenges (issues), Key Actions (measures)
    Case(
        name="english_vision_challenges_key_actions",
        text="""# スマートシティ推進方針

## Vision

市民一人ひとりがデータの恩恵を実感できる、暮らしやすいまちを目指す。

## Challenges

- 部署ごとにデータの形式が異なり、組み合わせて使えない。
- 市民がオンラインで手続できるサービスが少ない。

## Key Actions

- 都市データ連携基盤の構築
- オンライン申請の対象手続の拡大
""",
        items=(
            E("Goal", "市民一人ひとりがデータの恩恵を実感できる、暮らしやすいまちを目指す。"),
            E("Issue", "部署ごとにデータの形式が異なり、組み合わせて使えない。"),
            E("Issue", "市民がオンラインで手続できるサービスが少ない。"),
            E("Measure", "都市データ連携基盤の構築"),
            E("Measure", "オンライン申請の対象手続の拡大"),
        ),
        not_items=("Vision", "Challenges", "Key Actions"),
    ),
    # 24. 「2030年の目指す姿」 heading over bullets of target states (goals)
    Case(
        name="dated_vision_heading_bullets",
        text="""# 農業振興ビジョン

## 1. 2030年の目指す姿

- 若い担い手が農業で安定した収入を得ている。
- 地域の農産物が県外の消費者に選ばれている。

## 2. 取組の方向

- 新規就農者への研修と農地のあっせん
- 農産物のブランド化と販路の開拓
""",
        items=(
            E("Goal", "若い担い手が農業で安定した収入を得ている。"),
            E("Goal", "地域の農産物が県外の消費者に選ばれている。"),
            E("Measure", "新規就農者への研修と農地のあっせん"),
            E("Measure", "農産物のブランド化と販路の開拓"),
        ),
        not_items=("1. 2030年の目指す姿", "2. 取組の方向"),
    ),
    # 25. a 目標 section holding a stated goal and a numeric target sentence (the target is no goal)
    Case(
        name="goal_section_statement_and_numeric_target",
        text="""## 第2 計画の目標

全ての市民が、時間や場所を選ばずに行政サービスを利用できる市を目指す。

令和10年度までに、電子申請の利用率を70％に引き上げる。

## 第3 施策

### 1 手続のオンライン化

- 住民票の写しの交付申請のオンライン化
- 施設予約システムの刷新
""",
        items=(
            E("Goal", "全ての市民が、時間や場所を選ばずに行政サービスを利用できる市を目指す。"),
            E("Theme", "手続のオンライン化"),
            E("Measure", "住民票の写しの交付申請のオンライン化", "手続のオンライン化"),
            E("Measure", "施設予約システムの刷新", "手続のオンライン化"),
        ),
        not_items=("第2 計画の目標", "電子申請の利用率を70％", "第3 施策"),
    ),
)
