"""Excerpts of Japanese plans of eight more families, laid out as such plans are, with the items a
reader takes from them (test_shapes_gen19b.py holds the figures).

Every excerpt is invented (place names fictitious).  The kinds: a 自転車活用推進計画 of 「目標N」 headings
each over a 施策 | 措置 | 担当課 table whose 措置 cells list several ・ entries; a 無電柱化推進計画 in plain
text, 第N chapters over 1/(1) lines, its 目標 as ・ lines and a table of routes; a 緑の基本計画 whose 【将来像】
label states its vision, over a table of 基本方針 | 施策 | 主な取組 carried down over blank cells, its
codes (「1-1」) before the labels; a 地域エネルギービジョン of ◆基本目標 lines over ○ actions, with a
project table whose 取組内容 cell joins two entries by ／; a 生涯学習推進計画 in plain text, 基本目標 over
(1) over 【現状と課題】 and 【主な取組】 labels over ア/イ lines; a 特別支援教育推進計画 of 「方向N」 headings
each over a table of 現状と課題 | 具体的な取組 whose cells number their entries ①②; a 財政健全化計画 of
(1) headings over tables of No. | 取組項目 | 内容 | 効果額; a 博物館基本計画 stating its 使命 and 目指す姿,
a table of 活動の柱 | 主な事業 and a yearly plan restating the 事業.  Each holds lines that are no
item: contents, 計画の位置付け, 計画期間, data and indicator tables, 推進体制 and 進行管理.

Conventions as in shapes_cases_excerpts12.py: the cue of a label or column decides the type where it
names one; a heading, line or cell that stands over other items is a theme; theme= is the nearest
enclosing theme (a goal stands in none, and the items under a goal heading carry the theme over it).
Labels without numbering, codes or marks; whole sentences keep 「。」.  Written before any rule was run
on them.

At first sight (4be9a95): Goal F1 0.74, Theme 0.57, Issue 0.94, Measure 0.85, item → theme links 21
of 47, five lines named as no item read as items.  The 施策 cells of the 施策 | 措置 and 基本方針 | 施策 |
主な取組 tables were first read as themes over the entries beside them; they were read again as the
other sets read a 施策 column beside its 取組 (a 工程表's, a 柱 | 施策 | 主な取組 table's): measures, of the
row's theme where a column names one (Goal 0.74, Theme 0.77, Issue 0.94, Measure 0.95, links 34 of
44).  Missed then: a figure in square metres (「10.0㎡」) read as no figure, so the 項目 | 現況 | 目標
table of indicators read as themes and goals; a vision after 【将来像】 and a 使命 after 「**使命**：」 read
with their label or not at all; two actions in a cell joined by ／ read as one; a 年次計画 heading over
its table read as a theme, and so was a chapter naming 「推進の方向と具体的な取組」 over the 方向 headings.
After the rules for them: Goal 0.89, Theme 0.86, Issue 0.94, Measure 0.98, links 36 of 44, none read as
items.  Left (strict expected failures, plain outlines and sentences, not tables): ◆基本目標 lines over
○ actions, plain (1) lines over 【現状と課題】/【主な取組】 labels, a purpose before 「本計画を策定する」, a
cost foreseen (「…と見込まれる」) as an issue.
The ◆基本目標 lines and the 生涯学習推進計画's 基本目標 lines were first annotated as goals; they are
themes since the plans' numbered 基本目標 are read as their areas (tests/gold/README.md), and the ○
actions under a ◆ line stand in it.
"""

from __future__ import annotations

from tests.kg.extract.shapes_cases import Case, Expected

# ruff: noqa: E501

_BICYCLE = Case(
    name="jitensha_goal_headings_over_measure_tables_of_listed_steps",
    text="""\
# あさぎり市自転車活用推進計画（抜粋）

## 目次

1. 計画の位置付け
2. 計画期間
3. 目標と施策
4. 成果指標
5. 推進体制

## 1. 計画の位置付け

本計画は、自転車活用推進法第11条に基づく市町村自転車活用推進計画として策定する。

## 2. 計画期間

令和7年度から令和11年度までの5年間とする。

## 3. 目標と施策

### 目標1　自転車交通の役割拡大による良好な都市環境の形成

| 施策 | 措置 | 担当課 |
|---|---|---|
| 自転車通行空間の計画的な整備 | ・矢羽根型路面表示を幹線市道に設置する<br>・自転車ネットワーク路線を見直す | 道路課 |
| シェアサイクルの普及 | ・駅周辺にサイクルポートを増設する | 都市交通課 |

### 目標2　サイクルツーリズムの推進による観光地域づくり

| 施策 | 措置 | 担当課 |
|---|---|---|
| 広域サイクリングルートの整備 | ・ルート案内看板を設置する<br>・休憩施設にサイクルラックを置く | 観光課 |

### 目標3　自転車事故のない安全で安心な社会の実現

| 施策 | 措置 | 担当課 |
|---|---|---|
| 交通安全教育の推進 | ・中学生を対象にスタントマン方式の交通安全教室を開く<br>・高齢者向けの自転車安全講習を行う | 市民安全課 |
| ヘルメット着用の促進 | ・ヘルメットの購入費を補助する | 市民安全課 |

## 4. 成果指標

| 指標 | 基準値（R5） | 目標値（R11） |
|---|---|---|
| 自転車通行空間の整備延長 | 12km | 30km |
| 自転車乗車中の死傷者数 | 85人 | 50人 |

## 5. 推進体制

庁内の関係課で構成する自転車活用推進会議で毎年度の進捗を確認する。
""",
    items=(
        Expected("Goal", "自転車交通の役割拡大による良好な都市環境の形成"),
        Expected("Measure", "自転車通行空間の計画的な整備"),
        Expected("Measure", "矢羽根型路面表示を幹線市道に設置する"),
        Expected("Measure", "自転車ネットワーク路線を見直す"),
        Expected("Measure", "シェアサイクルの普及"),
        Expected("Measure", "駅周辺にサイクルポートを増設する"),
        Expected("Goal", "サイクルツーリズムの推進による観光地域づくり"),
        Expected("Measure", "広域サイクリングルートの整備"),
        Expected("Measure", "ルート案内看板を設置する"),
        Expected("Measure", "休憩施設にサイクルラックを置く"),
        Expected("Goal", "自転車事故のない安全で安心な社会の実現"),
        Expected("Measure", "交通安全教育の推進"),
        Expected("Measure", "中学生を対象にスタントマン方式の交通安全教室を開く"),
        Expected("Measure", "高齢者向けの自転車安全講習を行う"),
        Expected("Measure", "ヘルメット着用の促進"),
        Expected("Measure", "ヘルメットの購入費を補助する"),
    ),
    not_items=(
        "計画の位置付け",
        "目標と施策",
        "自転車活用推進法第11条",
        "令和7年度から令和11年度まで",
        "自転車通行空間の整備延長",
        "自転車乗車中の死傷者数",
        "自転車活用推進会議",
    ),
)

_POLES = Case(
    name="mudenchuka_plain_chapters_goal_lines_and_route_table",
    text="""\
はなぶさ県無電柱化推進計画

第1　計画の位置付け
　本計画は、無電柱化の推進に関する法律第8条第1項に基づく都道府県無電柱化推進計画である。

第2　計画期間
　令和7年度から令和11年度までの5年間とする。

第3　無電柱化の推進に関する基本的な方針
　防災、安全・円滑な交通の確保、良好な景観の形成の三つの観点から無電柱化を進める。

第4　無電柱化の推進に関する目標
　・緊急輸送道路の電柱を減らし、災害時にも通行できる道路網を確保する。
　・観光地の主要な通りで電柱のない景観を実現する。

第5　無電柱化の推進に関し総合的かつ計画的に講ずべき施策
1　多様な整備手法の活用
　(1) 浅層埋設や小型ボックス活用埋設などの低コスト手法を採用する。
　(2) 既存の地中管路を活用する。
2　電線管理者との連携
　(1) 電線共同溝の整備に合わせて引込管を設ける。
3　占用制度の的確な運用
　(1) 緊急輸送道路での新たな電柱の占用を禁止する。

第6　整備予定箇所

| 路線名 | 区間延長 | 整備手法 |
|---|---|---|
| 県道港線 | 1.2km | 電線共同溝 |
| 県道城下線 | 0.8km | 浅層埋設 |

第7　推進体制
　県、市町及び電線管理者で構成する無電柱化推進協議会で進捗を管理する。
""",
    items=(
        Expected("Goal", "緊急輸送道路の電柱を減らし、災害時にも通行できる道路網を確保する。"),
        Expected("Goal", "観光地の主要な通りで電柱のない景観を実現する。"),
        Expected("Theme", "多様な整備手法の活用"),
        Expected(
            "Measure",
            "浅層埋設や小型ボックス活用埋設などの低コスト手法を採用する。",
            theme="多様な整備手法の活用",
        ),
        Expected("Measure", "既存の地中管路を活用する。", theme="多様な整備手法の活用"),
        Expected("Theme", "電線管理者との連携"),
        Expected("Measure", "電線共同溝の整備に合わせて引込管を設ける。", theme="電線管理者との連携"),
        Expected("Theme", "占用制度の的確な運用"),
        Expected("Measure", "緊急輸送道路での新たな電柱の占用を禁止する。", theme="占用制度の的確な運用"),
    ),
    not_items=(
        "第1　計画の位置付け",
        "第2　計画期間",
        "第3　無電柱化の推進に関する基本的な方針",
        "三つの観点から",
        "第4　無電柱化の推進に関する目標",
        "第5　無電柱化の推進に関し",
        "第6　整備予定箇所",
        "県道港線",
        "県道城下線",
        "無電柱化推進協議会",
    ),
)

_GREENERY = Case(
    name="midori_vision_label_indicator_table_and_coded_policy_table",
    text="""\
# ゆずりは市緑の基本計画（抜粋）

## 第1章　計画の基本的事項

### 1-1　計画の位置付け

都市緑地法第4条に基づく「市町村の緑地の保全及び緑化の推進に関する基本計画」である。

### 1-2　計画期間

令和8年度から令和22年度までの15年間とする。

## 第3章　計画の目標

【将来像】緑とともに暮らし、四季を感じるまち

| 項目 | 現況（令和5年） | 目標（令和22年） |
|---|---|---|
| 市街地の緑被率 | 18％ | 22％ |
| 市民一人当たりの都市公園面積 | 8.5㎡ | 10.0㎡ |

## 第4章　施策の展開

| 基本方針 | 施策 | 主な取組 |
|---|---|---|
| 1 緑を守る | 1-1 樹林地の保全 | ・特別緑地保全地区を指定する<br>・市民緑地制度を活用する |
|  | 1-2 農地の保全 | ・生産緑地地区の追加指定を進める |
| 2 緑をつくる | 2-1 公園の再整備 | ・老朽化した遊具を更新する<br>・公園の再編方針を定める |
|  | 2-2 民有地の緑化 | ・生垣の設置費を助成する |
| 3 緑を育てる | 3-1 協働による管理 | ・公園愛護会の活動を支援する<br>・緑のボランティアを養成する |

## 第6章　計画の推進

### 6-1　進行管理

毎年度、施策の実施状況を緑化審議会に報告する。
""",
    items=(
        Expected("Goal", "緑とともに暮らし、四季を感じるまち"),
        Expected("Theme", "緑を守る"),
        Expected("Measure", "樹林地の保全", theme="緑を守る"),
        Expected("Measure", "特別緑地保全地区を指定する", theme="緑を守る"),
        Expected("Measure", "市民緑地制度を活用する", theme="緑を守る"),
        Expected("Measure", "農地の保全", theme="緑を守る"),
        Expected("Measure", "生産緑地地区の追加指定を進める", theme="緑を守る"),
        Expected("Theme", "緑をつくる"),
        Expected("Measure", "公園の再整備", theme="緑をつくる"),
        Expected("Measure", "老朽化した遊具を更新する", theme="緑をつくる"),
        Expected("Measure", "公園の再編方針を定める", theme="緑をつくる"),
        Expected("Measure", "民有地の緑化", theme="緑をつくる"),
        Expected("Measure", "生垣の設置費を助成する", theme="緑をつくる"),
        Expected("Theme", "緑を育てる"),
        Expected("Measure", "協働による管理", theme="緑を育てる"),
        Expected("Measure", "公園愛護会の活動を支援する", theme="緑を育てる"),
        Expected("Measure", "緑のボランティアを養成する", theme="緑を育てる"),
    ),
    not_items=(
        "計画の基本的事項",
        "1-1　計画の位置付け",
        "都市緑地法第4条",
        "1-2　計画期間",
        "令和8年度から令和22年度",
        "第3章　計画の目標",
        "市街地の緑被率",
        "市民一人当たりの都市公園面積",
        "第4章　施策の展開",
        "6-1　進行管理",
        "緑化審議会に報告",
    ),
)

_ENERGY = Case(
    name="energy_vision_diamond_goals_over_circle_actions_and_project_table",
    text="""\
# 第2次みなと町地域エネルギービジョン（抜粋）

## 2　町のエネルギー消費の現状

| 部門 | 消費量（TJ） | 構成比 |
|---|---|---|
| 産業部門 | 1,250 | 42％ |
| 家庭部門 | 820 | 28％ |
| 運輸部門 | 880 | 30％ |

家庭部門の消費量は10年前から横ばいである。

## 3　ビジョンの基本理念と基本目標

基本理念：地域の資源でエネルギーをつくり、地域で使うまち

◆基本目標1　再生可能エネルギーの導入拡大
　○公共施設の屋根に太陽光発電設備を設置する。
　○小水力発電の適地調査を行う。

◆基本目標2　省エネルギーの推進
　○住宅の断熱改修を支援する。
　○町内の街路灯をLEDに更新する。

## 4　重点プロジェクト

| プロジェクト | 取組内容 | 実施主体 | 時期 |
|---|---|---|---|
| 木質バイオマス熱利用 | 温泉施設にチップボイラーを導入する／間伐材の集荷体制をつくる | 町・森林組合 | 短期 |
| 地域新電力の設立 | 町と民間が出資する電力会社を設立する | 町・民間事業者 | 中期 |

## 5　推進体制

町民、事業者、町で構成するエネルギービジョン推進委員会を置く。
""",
    items=(
        Expected("Goal", "地域の資源でエネルギーをつくり、地域で使うまち"),
        Expected("Theme", "再生可能エネルギーの導入拡大"),
        Expected(
            "Measure", "公共施設の屋根に太陽光発電設備を設置する。", theme="再生可能エネルギーの導入拡大"
        ),
        Expected("Measure", "小水力発電の適地調査を行う。", theme="再生可能エネルギーの導入拡大"),
        Expected("Theme", "省エネルギーの推進"),
        Expected("Measure", "住宅の断熱改修を支援する。", theme="省エネルギーの推進"),
        Expected("Measure", "町内の街路灯をLEDに更新する。", theme="省エネルギーの推進"),
        Expected("Theme", "木質バイオマス熱利用"),
        Expected("Measure", "温泉施設にチップボイラーを導入する", theme="木質バイオマス熱利用"),
        Expected("Measure", "間伐材の集荷体制をつくる", theme="木質バイオマス熱利用"),
        Expected("Theme", "地域新電力の設立"),
        Expected("Measure", "町と民間が出資する電力会社を設立する", theme="地域新電力の設立"),
    ),
    not_items=(
        "町のエネルギー消費の現状",
        "産業部門",
        "家庭部門 |",
        "家庭部門の消費量は",
        "ビジョンの基本理念と基本目標",
        "4　重点プロジェクト",
        "エネルギービジョン推進委員会",
    ),
)

_LIFELONG = Case(
    name="shogai_gakushu_plain_goals_over_paren_topics_with_labels_and_kana_lines",
    text="""\
第3次かすみ市生涯学習推進計画

目次
第1章　計画の策定にあたって ………… 1
第2章　施策の展開 ………… 5
第3章　計画の推進 ………… 12

第1章　計画の策定にあたって
1　計画策定の趣旨
　市民一人ひとりが生涯にわたって学び続けられる環境を整えることを目的として、本計画を策定する。
2　計画の期間
　令和7年度から令和11年度までとする。

第2章　施策の展開
基本目標1　学びの機会の充実
(1) 多様な学習機会の提供
【現状と課題】
　・平日の夜間や休日に開かれる講座が少ない。
　・オンライン講座の受講環境が整っていない。
【主な取組】
　ア　公民館の講座を夜間と休日にも開く。
　イ　講座をオンラインで配信する。
(2) 学習成果の活用
【現状と課題】
　・講座の修了者が地域で活動する場が少ない。
【主な取組】
　ア　修了者を地域の講師として登録する制度をつくる。
基本目標2　学びを支える環境づくり
(1) 社会教育施設の整備
【主な取組】
　ア　公民館のWi-Fi環境を整える。
　イ　図書館と公民館の予約システムを統合する。

第3章　計画の推進
1　進行管理
　社会教育委員の会議に毎年度の実施状況を報告する。
""",
    items=(
        Expected(
            "Goal",
            "市民一人ひとりが生涯にわたって学び続けられる環境を整えることを目的として、本計画を策定する。",
        ),
        Expected("Theme", "学びの機会の充実"),
        Expected("Theme", "多様な学習機会の提供"),
        Expected("Issue", "平日の夜間や休日に開かれる講座が少ない。", theme="多様な学習機会の提供"),
        Expected("Issue", "オンライン講座の受講環境が整っていない。", theme="多様な学習機会の提供"),
        Expected("Measure", "公民館の講座を夜間と休日にも開く。", theme="多様な学習機会の提供"),
        Expected("Measure", "講座をオンラインで配信する。", theme="多様な学習機会の提供"),
        Expected("Theme", "学習成果の活用"),
        Expected("Issue", "講座の修了者が地域で活動する場が少ない。", theme="学習成果の活用"),
        Expected("Measure", "修了者を地域の講師として登録する制度をつくる。", theme="学習成果の活用"),
        Expected("Theme", "学びを支える環境づくり"),
        Expected("Theme", "社会教育施設の整備"),
        Expected("Measure", "公民館のWi-Fi環境を整える。", theme="社会教育施設の整備"),
        Expected("Measure", "図書館と公民館の予約システムを統合する。", theme="社会教育施設の整備"),
    ),
    not_items=(
        "第1章　計画の策定にあたって …",
        "第2章　施策の展開 …",
        "1　計画策定の趣旨",
        "2　計画の期間",
        "令和7年度から令和11年度まで",
        "【現状と課題】",
        "【主な取組】",
        "1　進行管理",
        "社会教育委員の会議",
    ),
)

_SPECIAL_NEEDS = Case(
    name="tokubetsu_shien_direction_headings_over_issue_and_measure_cells_numbered",
    text="""\
# やまびこ県特別支援教育推進計画（第3期）（抜粋）

## 第1章　計画の概要

### 1　計画の位置付け

本計画は、やまびこ県教育振興基本計画の個別計画として位置付ける。

### 2　計画の期間

令和7年度から令和11年度までの5年間

## 第3章　推進の方向と具体的な取組

### 方向1　早期からの一貫した支援

| 現状と課題 | 具体的な取組 |
|---|---|
| ①就学前の相談から就学先決定までの情報が引き継がれていない<br>②個別の教育支援計画の作成率が小中学校で低い | ①相談支援ファイルを全市町村に普及する<br>②個別の教育支援計画の作成研修を行う |

### 方向2　教員の専門性の向上

| 現状と課題 | 具体的な取組 |
|---|---|
| ①特別支援学校教諭免許状の保有率が低い | ①免許法認定講習の定員を増やす<br>②特別支援学校と小中学校の人事交流を進める |

## 第4章　成果指標

| 指標 | 現状値 | 目標値 |
|---|---|---|
| 個別の教育支援計画の作成率（小中学校） | 78％ | 100％ |

## 第5章　計画の推進体制

特別支援教育推進協議会で毎年度の進捗を点検する。
""",
    items=(
        Expected("Theme", "早期からの一貫した支援"),
        Expected(
            "Issue",
            "就学前の相談から就学先決定までの情報が引き継がれていない",
            theme="早期からの一貫した支援",
        ),
        Expected("Issue", "個別の教育支援計画の作成率が小中学校で低い", theme="早期からの一貫した支援"),
        Expected("Measure", "相談支援ファイルを全市町村に普及する", theme="早期からの一貫した支援"),
        Expected("Measure", "個別の教育支援計画の作成研修を行う", theme="早期からの一貫した支援"),
        Expected("Theme", "教員の専門性の向上"),
        Expected("Issue", "特別支援学校教諭免許状の保有率が低い", theme="教員の専門性の向上"),
        Expected("Measure", "免許法認定講習の定員を増やす", theme="教員の専門性の向上"),
        Expected("Measure", "特別支援学校と小中学校の人事交流を進める", theme="教員の専門性の向上"),
    ),
    not_items=(
        "第1章　計画の概要",
        "1　計画の位置付け",
        "個別計画として位置付ける",
        "2　計画の期間",
        "第3章　推進の方向と具体的な取組",
        "作成率（小中学校）",
        "特別支援教育推進協議会",
    ),
)

_FINANCE = Case(
    name="zaisei_kenzenka_paren_headings_over_numbered_item_tables_with_effects",
    text="""\
# さざなみ市財政健全化計画（令和7年度～令和11年度）

## 1　計画策定の目的

歳入に見合った歳出構造への転換を図り、持続可能な財政運営を確立することを目的とする。

## 2　財政の現状と課題

| 年度 | 歳入総額（億円） | 財政調整基金残高（億円） |
|---|---|---|
| 令和3年度 | 412 | 38 |
| 令和5年度 | 398 | 21 |

- 扶助費が毎年増え続けている。
- 財政調整基金の残高が減少している。
- 公共施設の更新費用が今後30年間で約1,200億円と見込まれる。

## 3　健全化の目標

| 財政指標 | 令和5年度 | 目標（令和11年度） |
|---|---|---|
| 経常収支比率 | 96.2％ | 90％以下 |
| 財政調整基金残高 | 21億円 | 40億円以上 |

## 4　具体的な取組

### (1) 歳入の確保

| No. | 取組項目 | 内容 | 効果額（百万円） |
|---|---|---|---|
| 1 | 市税の徴収強化 | 滞納整理を専門に行う班を設ける | 120 |
| 2 | 未利用地の売却 | 旧学校跡地を売却する | 300 |

### (2) 歳出の削減

| No. | 取組項目 | 内容 | 効果額（百万円） |
|---|---|---|---|
| 3 | 公共施設の再編 | 類似施設を統合する | 250 |
| 4 | 補助金の見直し | 終期を設定し、効果の低い補助金を廃止する | 80 |

## 5　進行管理

毎年度の決算を踏まえて取組の実績を公表する。
""",
    items=(
        Expected(
            "Goal", "歳入に見合った歳出構造への転換を図り、持続可能な財政運営を確立することを目的とする。"
        ),
        Expected("Issue", "扶助費が毎年増え続けている。"),
        Expected("Issue", "財政調整基金の残高が減少している。"),
        Expected("Issue", "公共施設の更新費用が今後30年間で約1,200億円と見込まれる。"),
        Expected("Theme", "歳入の確保"),
        Expected("Measure", "市税の徴収強化", theme="歳入の確保"),
        Expected("Measure", "未利用地の売却", theme="歳入の確保"),
        Expected("Theme", "歳出の削減"),
        Expected("Measure", "公共施設の再編", theme="歳出の削減"),
        Expected("Measure", "補助金の見直し", theme="歳出の削減"),
    ),
    not_items=(
        "1　計画策定の目的",
        "2　財政の現状と課題",
        "| 令和3年度 |",
        "| 令和5年度 |",
        "3　健全化の目標",
        "経常収支比率",
        "| 財政調整基金残高 |",
        "4　具体的な取組",
        "5　進行管理",
        "決算を踏まえて",
    ),
)

_MUSEUM = Case(
    name="hakubutsukan_mission_pillar_table_and_yearly_plan_restating",
    text="""\
# 市立かえで歴史博物館基本計画（抜粋）

## 目次

- 第1章　博物館の現状
- 第2章　使命と目指す姿
- 第3章　活動計画
- 第4章　年次計画

## 第1章　博物館の現状

| 区分 | 令和3年度 | 令和5年度 |
|---|---|---|
| 入館者数 | 21,400人 | 18,900人 |
| 収蔵資料数 | 52,000点 | 53,100点 |

## 第2章　使命と目指す姿

**使命**：地域の歴史を伝える資料を収集・保存し、次の世代に引き継ぐ。

目指す姿として、市民が地域の歴史を学び、語り合える博物館を目指す。

## 第3章　活動計画

| 活動の柱 | 主な事業 |
|---|---|
| Ⅰ 収集・保存 | ・収蔵資料のデジタル目録を整備する<br>・外部収蔵庫を確保する |
| Ⅱ 調査研究 | ・市内の民俗資料の調査を進める |
| Ⅲ 展示・教育普及 | ・常設展示をリニューアルする<br>・小学校向けの出前授業を行う |

## 第4章　年次計画

| 事業 | R7 | R8 | R9 |
|---|---|---|---|
| 収蔵資料のデジタル目録を整備する | ● | ● | ● |
| 常設展示をリニューアルする |  | ● | ● |
""",
    items=(
        Expected("Goal", "地域の歴史を伝える資料を収集・保存し、次の世代に引き継ぐ。"),
        Expected("Goal", "目指す姿として、市民が地域の歴史を学び、語り合える博物館を目指す。"),
        Expected("Theme", "収集・保存", line="Ⅰ 収集・保存"),
        Expected("Measure", "収蔵資料のデジタル目録を整備する", theme="収集・保存"),
        Expected("Measure", "外部収蔵庫を確保する", theme="収集・保存"),
        Expected("Theme", "調査研究"),
        Expected("Measure", "市内の民俗資料の調査を進める", theme="調査研究"),
        Expected("Theme", "展示・教育普及"),
        Expected("Measure", "常設展示をリニューアルする", theme="展示・教育普及"),
        Expected("Measure", "小学校向けの出前授業を行う", theme="展示・教育普及"),
    ),
    not_items=(
        "第1章　博物館の現状",
        "第3章　活動計画",
        "入館者数",
        "収蔵資料数",
        "第2章　使命と目指す姿",
        "第4章　年次計画",
    ),
)

CASES = [_BICYCLE, _POLES, _GREENERY, _ENERGY, _LIFELONG, _SPECIAL_NEEDS, _FINANCE, _MUSEUM]
