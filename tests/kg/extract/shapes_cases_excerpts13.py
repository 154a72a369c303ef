"""Excerpts of Japanese plans in forms of schedules, attribute lines, owner columns and figures, with
the items a reader takes from them (test_shapes_excerpts.py holds the figures they give, and the
owners, dates, laws, values and progress updates they state).

Every excerpt is invented (place names fictitious).  The kinds: a 工程表 or ロードマップ whose rows
restate the measures stated above it (under headings, in a list, as 【施策N】 lines, in a 施策一覧
table), one row a measure stated nowhere else, its columns of years marking when each is done, its
担当 or 期間 column whose; measures whose sub-bullets or lines state their attributes (「所管：…」,
「根拠法：…」, 「実施時期：…」, 「【担当】…」, 「KPI：…」); a table of measures whose columns name the
ministries in charge and those involved (所管省庁, 関係機関); a cell listing two measures joined by ・,
each naming its law; tables of figures (「| 項目 | 現状 | 目標 |」, 「| 目標 | 現状値 | 目標値 |」) and an
indicator's 「現状：」/「目標：」 lines (targets, no goals or themes); issues numbered 「課題1.」,
「課題２：」; a progress report whose measures are followed by what was done (「令和5年度に…した。」,
「✓ …導入済」, 「実績：…」, a 状況 column).

Conventions as in shapes_cases_excerpts10.py: the cue of a label decides the type; a heading over
other items is a theme; labels without numbering or marks; whole sentences keep 「。」; theme= is the
nearest enclosing theme.

At first sight (d20fedf, before the rules for them), the set gave Goal F1 0.00 (0 of 0, 5 found: the
indicators and figures of tables of figures, a 「目標：80％」 line), Theme 0.80 (4 of 4, 6 found: the
indicators of a 項目 | 現状 | 目標 table), Issue 0.91 (5 of 5, 6 found: two 「課題N：」 lines read once more
as one), Measure 0.68 (25 of 33, 41 found: the rows of a 工程表 after a 施策一覧 table, the attribute
sub-bullets in place of their measures, the 【施策N】 lines missed), links 8 of 8; 17 lines named as no
item read as items.  After them: every type 1.00, no such line.

The second batch (one excerpt, written after those rules): a 観光振興計画 whose 工程表 restates its
bulleted measures with a note in brackets after the name (「（英語・中国語）」) or a mark before it
(「【再掲】」).  At first sight (ac05325): Measure 4 of 4, 6 found (the two rows with a note read as
measures of their own), two of the four measures dated and owned.  The third (one excerpt): issues
numbered in brackets (「課題（1）」), closed by one (「課題3)」) or by a Roman numeral (「課題Ⅳ：」); at
first sight (f452440): Issue 0 of 5, 3 found (the bullets with their numbers kept in the label, the
「課題Ⅳ：」 headings read as nothing).  The fourth (one excerpt): measures numbered so (「施策（1）」,
「施策3)」); at first sight (7f3c88f): Measure 0 of 3, 3 found (their numbers kept in the labels).
"""

from __future__ import annotations

from tests.kg.extract.shapes_cases import Case, Expected

_ROADMAP = Case(
    name="roadmap_year_columns_restate_headed_measures",
    text="""\
# 浜北市 スマートシティ推進計画

## 第3章 施策の展開

### 1 移動しやすいまち

#### (1) オンデマンド交通の導入

郊外の地区で予約制の乗合タクシーを運行する。

#### (2) バス位置情報の公開

路線バスの位置情報をオープンデータとして公開する。

### 2 安心して暮らせるまち

#### (1) 河川水位センサーの設置

#### (2) 高齢者見守りサービスの拡充

## 第4章 ロードマップ

| 施策 | 令和7年度 | 令和8年度 | 令和9年度 | 担当課 |
|---|---|---|---|---|
| オンデマンド交通の導入 | 実証運行 | 本格運行 | → | 交通政策課 |
| バス位置情報の公開 | 公開 | → | → | 交通政策課 |
| 河川水位センサーの設置 | 設計 | 設置 | 運用 | 河川課 |
| 高齢者見守りサービスの拡充 | ― | 対象拡大 | → | 高齢福祉課 |
| 自動運転バスの実証 | ― | ― | 実証 | 交通政策課 |
""",
    items=(
        Expected("Theme", "移動しやすいまち"),
        Expected("Measure", "オンデマンド交通の導入", theme="移動しやすいまち"),
        Expected("Measure", "バス位置情報の公開", theme="移動しやすいまち"),
        Expected("Theme", "安心して暮らせるまち"),
        Expected("Measure", "河川水位センサーの設置", theme="安心して暮らせるまち"),
        Expected("Measure", "高齢者見守りサービスの拡充", theme="安心して暮らせるまち"),
        Expected("Measure", "自動運転バスの実証"),
    ),
    not_items=("実証運行", "運用"),
)

_LIST_THEN_SCHEDULE = Case(
    name="list_table_then_schedule_table_of_the_same_measures",
    text="""\
# 港南市 地域防災計画 重点施策編

## 3 重点施策

| 施策 | 概要 |
|---|---|
| 避難所の生活環境の改善 | 間仕切りや簡易ベッドを備蓄する |
| 個別避難計画の作成支援 | 避難行動要支援者ごとに計画を作成する |
| 防災行政無線のデジタル化 | 屋外拡声子局を更新する |

## 4 工程表

| 施策 | 実施期間 | 担当 |
|---|---|---|
| 避難所の生活環境の改善 | 令和6年度～令和8年度 | 危機管理課 |
| 個別避難計画の作成支援 | 令和6年度～令和10年度 | 福祉政策課 |
| 防災行政無線のデジタル化 | 令和7年度～令和9年度 | 危機管理課 |
| 防災アプリの配信 | 令和8年度 | 情報政策課 |
""",
    items=(
        Expected("Measure", "避難所の生活環境の改善"),
        Expected("Measure", "個別避難計画の作成支援"),
        Expected("Measure", "防災行政無線のデジタル化"),
        Expected("Measure", "防災アプリの配信"),
    ),
    not_items=("令和6年度～令和8年度", "令和6年度～令和10年度"),
)

_NUMBERED_LIST_SCHEDULE = Case(
    name="numbered_list_then_items_schedule_of_years",
    text="""\
# 東山町 子育て支援事業計画（概要）

## 第2章 施策の展開

1. 保育所の定員拡大
2. 病児保育施設の開設
3. 子育て相談窓口の一元化

## 第3章 スケジュール

| 項目 | 2025年度 | 2026年度 | 2027年度 | 担当 |
|---|---|---|---|---|
| 1. 保育所の定員拡大 | ○ | ○ | ○ | こども課 |
| 2. 病児保育施設の開設 | 準備 | 開設 | ― | 健康推進課 |
| 3. 子育て相談窓口の一元化 | ― | 検討 | 実施 | こども課 |
""",
    items=(
        Expected("Measure", "保育所の定員拡大"),
        Expected("Measure", "病児保育施設の開設"),
        Expected("Measure", "子育て相談窓口の一元化"),
    ),
    not_items=("こども課", "健康推進課"),
)

_BRACKETED_MEASURES = Case(
    name="bracketed_measure_numbers_then_start_and_end_columns",
    text="""\
# 中央区 地域防災強化プラン

## 施策

【施策1】避難所の環境改善

【施策2】要配慮者の避難支援

【施策3】防災行政無線のデジタル化

## スケジュール

| 取組 | 開始 | 完了 |
|---|---|---|
| 施策1 避難所の環境改善 | 令和6年度 | 令和8年度 |
| 施策2 要配慮者の避難支援 | 令和6年度 | 令和10年度 |
| 施策3 防災行政無線のデジタル化 | 令和7年度 | 令和9年度 |
""",
    items=(
        Expected("Measure", "避難所の環境改善", line="【施策1】"),
        Expected("Measure", "要配慮者の避難支援", line="【施策2】"),
        Expected("Measure", "防災行政無線のデジタル化", line="【施策3】"),
    ),
    not_items=("令和8年度", "令和10年度"),
)

_ATTRIBUTE_BULLETS = Case(
    name="measures_with_attribute_sub_bullets",
    text="""\
# 北浜市 情報化推進計画

## 第4章 主な取組

1. 電子申請の対象手続の拡大
   - 所管：情報政策課
   - 根拠法：情報通信技術を活用した行政の推進等に関する法律
   - 実施時期：令和6年度～令和8年度
2. 窓口でのキャッシュレス決済の導入
   - 担当：市民課
   - 関係法令：地方自治法
   - 時期：令和7年度
   - KPI：キャッシュレス決済の利用率50％
3. 公共施設予約システムの更新
   - 所管：施設管理課
   - 実施時期：令和8年度
""",
    items=(
        Expected("Measure", "電子申請の対象手続の拡大"),
        Expected("Measure", "窓口でのキャッシュレス決済の導入"),
        Expected("Measure", "公共施設予約システムの更新"),
    ),
    not_items=(
        "所管：情報政策課",
        "根拠法：",
        "実施時期：令和6年度",
        "担当：市民課",
        "関係法令：",
        "時期：令和7年度",
    ),
)

_ATTRIBUTE_LINES = Case(
    name="headed_measures_with_attribute_lines",
    text="""\
# 南川県 再生可能エネルギー導入促進プラン

## 4 施策

### 施策1　公共施設への太陽光発電設備の設置

県有施設の屋根に太陽光発電設備を設置する。

所管：環境政策課
根拠法：地球温暖化対策の推進に関する法律
実施時期：令和6年度～令和9年度

### 施策2　家庭用蓄電池の購入補助

【担当】産業振興課
【時期】令和7年度から
""",
    items=(
        Expected("Measure", "公共施設への太陽光発電設備の設置"),
        Expected("Measure", "家庭用蓄電池の購入補助"),
    ),
    not_items=("所管：環境政策課", "根拠法：地球温暖化", "【担当】産業振興課", "【時期】"),
)

_OWNER_COLUMNS = Case(
    name="measure_table_with_ministry_and_involved_columns",
    text="""\
# 物流革新に向けた政策パッケージ（工程表）

## 施策一覧

| 施策 | 所管省庁 | 関係機関 | 実施時期 |
|---|---|---|---|
| 荷待ち時間の削減に向けた荷主への要請 | 経済産業省 | 国土交通省、農林水産省 | 2024年度 |
| トラック運転者の賃上げに向けた標準的運賃の改定 | 国土交通省 | 公正取引委員会 | 2024年度～2025年度 |
| 物流拠点の自動化設備への投資支援 | 経済産業省 | 国土交通省 | 2025年度 |
""",
    items=(
        Expected("Measure", "荷待ち時間の削減に向けた荷主への要請"),
        Expected("Measure", "トラック運転者の賃上げに向けた標準的運賃の改定"),
        Expected("Measure", "物流拠点の自動化設備への投資支援"),
    ),
)

_JOINED_CELL = Case(
    name="cell_of_two_measures_joined_by_nakaguro_each_with_its_law",
    text="""\
# 働き方改革推進プラン

## 分野別の取組

| 分野 | 施策 |
|---|---|
| 物流 | ・貨物自動車運送事業法に基づく標準的運賃の見直し・流通業務総合効率化法による計画認定の拡大 |
| 建設 | ・建設業法の改正に伴う工期の適正化・公共工事の品質確保の促進に関する法律に基づく発注者への指導 |
""",
    items=(
        Expected("Theme", "物流"),
        Expected("Measure", "貨物自動車運送事業法に基づく標準的運賃の見直し", theme="物流"),
        Expected("Measure", "流通業務総合効率化法による計画認定の拡大", theme="物流"),
        Expected("Theme", "建設"),
        Expected("Measure", "建設業法の改正に伴う工期の適正化", theme="建設"),
        Expected("Measure", "公共工事の品質確保の促進に関する法律に基づく発注者への指導", theme="建設"),
    ),
)

_FIGURES = Case(
    name="tables_of_figures_and_indicator_lines",
    text="""\
# 北浜市 行政改革プラン

## 第5章 成果指標

| 項目 | 現状（令和5年度） | 目標（令和10年度） |
|---|---|---|
| 電子申請の利用率 | 20% | 60% |
| 窓口の平均待ち時間 | 30分 | 10分 |

## 第6章 数値目標

| 目標 | 現状値 | 目標値 |
|---|---|---|
| オンライン申請件数 | 1,200件 | 5,000件 |
| 電子決裁率 | 45% | 95% |

## 第7章 重点指標

### 市民満足度

現状：62％（令和5年度）

目標：80％（令和10年度）
""",
    items=(),
    not_items=(
        "20%",
        "30分",
        "1,200件",
        "45%",
        "市民満足度",
        "現状：62％",
        "目標：80％",
    ),
)

_ISSUE_NUMBERS = Case(
    name="issues_numbered_with_a_stop_or_a_colon",
    text="""\
# 北浜市 窓口改革方針

## 1 主な課題

- 課題1. 窓口の待ち時間が長い
- 課題２：申請書の様式が部署ごとに異なる
- 課題3．手数料の支払いが現金に限られている

## 2 課題と対応

課題１：職員の窓口対応の負担が大きい
課題２：案内表示が分かりにくい

## 3 取組

【施策1】書かない窓口の導入
【施策2】キャッシュレス決済の導入
""",
    items=(
        Expected("Issue", "窓口の待ち時間が長い"),
        Expected("Issue", "申請書の様式が部署ごとに異なる"),
        Expected("Issue", "手数料の支払いが現金に限られている"),
        Expected("Issue", "職員の窓口対応の負担が大きい"),
        Expected("Issue", "案内表示が分かりにくい"),
        Expected("Measure", "書かない窓口の導入"),
        Expected("Measure", "キャッシュレス決済の導入"),
    ),
)

_PROGRESS = Case(
    name="progress_report_lines_marks_and_status_column",
    text="""\
# 北浜市 DX推進計画 令和6年度進捗報告

## 施策

### 施策1　電子申請の拡大

オンラインで申請できる手続を増やす。

- 令和5年度に子育て関係の15手続をオンライン化した。
- 令和6年度に介護関係の8手続を追加した。

### 施策2　窓口のキャッシュレス化

窓口で電子マネーを使えるようにする。

✓ 本庁舎の窓口に決済端末を導入済

### 施策3　庁内ペーパーレス化

会議資料を電子化する。

実績：全ての部局でタブレット端末による会議を開始した。

## 取組一覧

| 施策 | 担当 | 状況 |
|---|---|---|
| 電子申請の拡大 | 情報政策課 | 実施済 |
| 窓口のキャッシュレス化 | 市民課 | ✓ 完了 |
| 公共施設のWi-Fi整備 | 施設課 | 未着手 |
""",
    items=(
        Expected("Measure", "電子申請の拡大"),
        Expected("Measure", "窓口のキャッシュレス化"),
        Expected("Measure", "庁内ペーパーレス化"),
        Expected("Measure", "公共施設のWi-Fi整備"),
    ),
    not_items=("令和5年度に子育て関係", "本庁舎の窓口に決済端末", "実績：全ての部局"),
)

_ROADMAP_NOTES = Case(
    name="roadmap_rows_restating_measures_with_notes_and_marks",
    text="""\
# 西浦町 観光振興計画

## 第4章 施策

### 1 誘客の推進

- 観光ポータルサイトの多言語化
- 周遊バスの運行

### 2 受入環境の整備

- 公衆無線LANの整備
- 観光案内所の機能強化

## 第5章 工程表

| 施策 | 令和7年度 | 令和8年度 | 担当 |
|---|---|---|---|
| 観光ポータルサイトの多言語化（英語・中国語） | 改修 | 運用 | 商工観光課 |
| 【再掲】周遊バスの運行 | 試行 | 本格運行 | 商工観光課 |
| 公衆無線LANの整備（主要観光地） | 整備 | ― | 総務課 |
| 観光案内所の機能強化 | ― | 改修 | 商工観光課 |
""",
    items=(
        Expected("Theme", "誘客の推進"),
        Expected("Measure", "観光ポータルサイトの多言語化", theme="誘客の推進"),
        Expected("Measure", "周遊バスの運行", theme="誘客の推進"),
        Expected("Theme", "受入環境の整備"),
        Expected("Measure", "公衆無線LANの整備", theme="受入環境の整備"),
        Expected("Measure", "観光案内所の機能強化", theme="受入環境の整備"),
    ),
    not_items=("英語・中国語", "主要観光地"),
)

_ISSUE_NUMBER_FORMS = Case(
    name="issues_numbered_in_brackets_and_roman_numerals",
    text="""\
# 東浜市 窓口サービス改善計画

## 第2章 現状の課題

- 課題（1）窓口の待ち時間が長い
- 課題（2）申請書の記入項目が多い
- 課題3)手数料の支払いが現金に限られている

### 課題Ⅳ：紙の決裁が残っている

### 課題Ⅴ：同じ情報を複数のシステムに入力している
""",
    items=(
        Expected("Issue", "窓口の待ち時間が長い"),
        Expected("Issue", "申請書の記入項目が多い"),
        Expected("Issue", "手数料の支払いが現金に限られている"),
        Expected("Issue", "紙の決裁が残っている"),
        Expected("Issue", "同じ情報を複数のシステムに入力している"),
    ),
)

_MEASURE_NUMBER_FORMS = Case(
    name="measures_numbered_in_brackets",
    text="""\
# 東浜市 窓口サービス改善計画（取組編）

## 第3章 取組

- 施策（1）書かない窓口の導入
- 施策（2）キャッシュレス決済の導入
- 施策3)オンライン予約の導入
""",
    items=(
        Expected("Measure", "書かない窓口の導入"),
        Expected("Measure", "キャッシュレス決済の導入"),
        Expected("Measure", "オンライン予約の導入"),
    ),
)

CASES = [
    _ROADMAP,
    _LIST_THEN_SCHEDULE,
    _NUMBERED_LIST_SCHEDULE,
    _BRACKETED_MEASURES,
    _ATTRIBUTE_BULLETS,
    _ATTRIBUTE_LINES,
    _OWNER_COLUMNS,
    _JOINED_CELL,
    _FIGURES,
    _ISSUE_NUMBERS,
    _PROGRESS,
    _ROADMAP_NOTES,
    _ISSUE_NUMBER_FORMS,
    _MEASURE_NUMBER_FORMS,
]
