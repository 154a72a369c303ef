"""Excerpts of Japanese public documents in forms of findings, field issues and glossed headings, with
the items a reader takes from them (test_shapes_excerpts.py holds the figures they give).

Every excerpt is invented (place names fictitious).  The kinds: an audit report's 【指摘N】 findings
(issues) and 【意見N】 recommendations (measures) under numbered themes; a 国別開発協力方針 whose
「基本方針（大目標）」 heading states its goal in bold, whose 「重点分野（中目標）」 heading stands over
themes (a field is no goal: its head noun decides, not the note in brackets), each with a
「開発課題：」 line (an issue) and bullets naming actions (measures); a 政策評価書 whose 「現状及び問題点」
lines state problems as cases found (「…例がある」) or losses foreseen (「…減少が見込まれる」).

Conventions as in shapes_cases_excerpts10.py: the cue of a label decides the type (課題 and 指摘 an
issue, 意見 asking for a change a measure); a heading over other items is a theme; labels without
numbering or marks; whole sentences keep 「。」; theme= is the nearest enclosing theme.

At first sight (728ea6d, before the rules for them), the three gave Goal F1 0.33 (1 of 1, 5 found:
the bullets under the 中目標 note read as goals), Theme 0.67 (2 of 4, 2 found), Issue 0.25 (1 of 7, 1
found), Measure 0.00 (0 of 8), item → theme links 0 of 11.

The second batch (written after the rules for the first): an 情報化推進計画 of 「課題N　…」 lines naming
their topic only (「…の長さ」), 「基本目標N　…」 lines in one paragraph under a 基本目標 heading, and a
年度 | 主な取組 schedule table (no items: what is done each year); a 業務継続計画 of 「課題：」 and
「対策：」 bullets under a 「課題と対策」 heading (each once, without its label); a 空家等対策計画 in plain
text whose 【…の課題】 line stands over ◆ sentences, short and long; a 人材育成基本方針 whose 目指す職員像
stands over 「１　…職員」 lines alone.  At first sight (eb7452d, with the rules for the first batch):
Goal 0.57 (2 of 4, 3 found: the 基本目標 lines read as one), Theme 1.00 (4 of 4), Issue 0.67 (3 of 6),
Measure 0.78 (9 of 9, 14 found: the schedule's rows and the 対策 bullets a second time), links 9 of 9,
two lines named as no item read as items.  The third (one excerpt): a 政策評価書 whose 「政策の内容」
field heading stands over its （１） measures, a field name and no theme; at first sight (db3de35):
Goal 1.00 (1 of 1), Measure 1 of 3 (the other two read as nothing), the heading read as a theme.
The 「基本目標N　…」 lines were first annotated as goals; they are themes since the plans' 基本目標 are
read as their areas (tests/gold/README.md).
"""

from __future__ import annotations

from tests.kg.extract.shapes_cases import Case, Expected

_AUDIT = Case(
    name="kansa_shiteki_iken_under_numbered_themes",
    text="""\
令和6年度 包括外部監査の結果報告書（概要）
テーマ：東雲町の下水道事業に係る事務の執行について

第1 監査の結果
1 使用料の賦課
【指摘1】使用料の減免申請に対する審査の記録が保存されていない。
【意見1】減免の審査基準を文書で定めることが望ましい。
2 契約事務
【指摘2】随意契約の理由が記載されていない事例があった。
【意見2】予定価格の積算根拠を担当者以外が確認する体制を整えられたい。
【意見3】長期継続契約の対象範囲を見直されたい。
""",
    items=(
        Expected("Theme", "使用料の賦課"),
        Expected("Issue", "使用料の減免申請に対する審査の記録が保存されていない。", theme="使用料の賦課"),
        Expected("Measure", "減免の審査基準を文書で定めることが望ましい。", theme="使用料の賦課"),
        Expected("Theme", "契約事務"),
        Expected("Issue", "随意契約の理由が記載されていない事例があった。", theme="契約事務"),
        Expected("Measure", "予定価格の積算根拠を担当者以外が確認する体制を整えられたい。", theme="契約事務"),
        Expected("Measure", "長期継続契約の対象範囲を見直されたい。", theme="契約事務"),
    ),
    not_items=("テーマ：東雲町の下水道事業",),
)

_COOPERATION = Case(
    name="kokubetsu_hoshin_glossed_headings_issue_lines",
    text="""\
# 対ミナト国 国別開発協力方針

## 1．基本方針（大目標）
**強靱な国土と人材に支えられた自立的発展を後押しする**

## 2．重点分野（中目標）
### (1) 農業の生産性向上
開発課題：灌漑施設の老朽化により、乾季の作付面積が半減している。
- 灌漑用水路の改修
- 農業普及員の育成

### (2) 教育の質の改善
開発課題：初等教育の修了率が地方部で6割にとどまっている。
- 教員研修制度の整備
- 学校施設の建設
""",
    items=(
        Expected("Goal", "強靱な国土と人材に支えられた自立的発展を後押しする"),
        Expected("Theme", "農業の生産性向上"),
        Expected("Issue", "灌漑施設の老朽化により、乾季の作付面積が半減している。", theme="農業の生産性向上"),
        Expected("Measure", "灌漑用水路の改修", theme="農業の生産性向上"),
        Expected("Measure", "農業普及員の育成", theme="農業の生産性向上"),
        Expected("Theme", "教育の質の改善"),
        Expected("Issue", "初等教育の修了率が地方部で6割にとどまっている。", theme="教育の質の改善"),
        Expected("Measure", "教員研修制度の整備", theme="教育の質の改善"),
        Expected("Measure", "学校施設の建設", theme="教育の質の改善"),
    ),
    not_items=("重点分野（中目標）",),
)

_EVALUATION = Case(
    name="seisaku_hyoka_problems_as_cases_and_forecasts",
    text="""\
政策評価書（事前評価）

１．政策の名称
林業就業者定着支援事業

２．現状及び問題点
（１）新規就業者の約3割が3年以内に離職しており、今後5年で就業者数の減少が見込まれる。
（２）高性能林業機械の操作研修を受講できない事業体がある例がある。
（３）作業道の整備が遅れている。
""",
    items=(
        Expected("Measure", "林業就業者定着支援事業"),
        Expected("Issue", "新規就業者の約3割が3年以内に離職しており、今後5年で就業者数の減少が見込まれる。"),
        Expected("Issue", "高性能林業機械の操作研修を受講できない事業体がある例がある。"),
        Expected("Issue", "作業道の整備が遅れている。"),
    ),
    not_items=("政策評価書（事前評価）",),
)

_IT_PLAN = Case(
    name="johoka_keikaku_issue_lines_goal_lines_schedule",
    text="""\
# 湖北町 情報化推進計画

## 第1章 現状と課題

### 1.1 町の課題

課題1　窓口での待ち時間の長さ
証明書の発行に平均25分を要しています。

課題2　庁内データの分散
同じ住民情報が複数の課で別々に管理されています。

## 第2章 基本目標

基本目標1　来庁しなくてよい役場
基本目標2　データでつながる役場

## 第3章 施策

### 施策1　証明書のコンビニ交付

令和6年度からコンビニエンスストアでの交付を始めます。

### 施策2　庁内データ連携基盤の構築

住民情報を一元的に参照できる基盤を整えます。

## 第4章 年次スケジュール

| 年度 | 主な取組 |
|---|---|
| 令和6年度 | コンビニ交付開始 |
| 令和7年度 | 連携基盤の設計 |
""",
    items=(
        Expected("Issue", "窓口での待ち時間の長さ"),
        Expected("Issue", "庁内データの分散"),
        Expected("Theme", "来庁しなくてよい役場"),
        Expected("Theme", "データでつながる役場"),
        Expected("Measure", "証明書のコンビニ交付"),
        Expected("Measure", "庁内データ連携基盤の構築"),
    ),
    not_items=("コンビニ交付開始", "連携基盤の設計", "年次スケジュール"),
)

_BCP = Case(
    name="gyomu_keizoku_labelled_issue_and_measure_bullets",
    text="""\
# 湖北町業務継続計画

## 3 業務継続のための課題と対策
### (1) 電力
- 課題：停電時に庁舎の照明が6時間しか維持できない。
- 対策：非常用発電機の燃料タンクを増設する。
### (2) 執務環境
- 課題：書庫の耐震固定がされていない。
- 対策：書庫を壁に固定する。
- 対策：重要書類を電子化して保管する。

""",
    items=(
        Expected("Theme", "電力"),
        Expected("Issue", "停電時に庁舎の照明が6時間しか維持できない。", theme="電力"),
        Expected("Measure", "非常用発電機の燃料タンクを増設する。", theme="電力"),
        Expected("Theme", "執務環境"),
        Expected("Issue", "書庫の耐震固定がされていない。", theme="執務環境"),
        Expected("Measure", "書庫を壁に固定する。", theme="執務環境"),
        Expected("Measure", "重要書類を電子化して保管する。", theme="執務環境"),
    ),
    not_items=("業務継続のための課題と対策",),
)

_VACANT_HOUSES = Case(
    name="akiya_bracketed_issue_label_over_marked_lines",
    text="""\
湖北町空家等対策計画

【計画期間】令和6年度から令和10年度まで

【空家対策の課題】
◆相続人が多数に上り、所有者の同意を得られない空家がある。
◆解体費用の負担が重く、除却が進まない。

【基本方針1】発生の抑制
◇相続登記の啓発
◇空き家相談会の開催
""",
    items=(
        Expected("Issue", "相続人が多数に上り、所有者の同意を得られない空家がある。"),
        Expected("Issue", "解体費用の負担が重く、除却が進まない。"),
        Expected("Theme", "発生の抑制"),
        Expected("Measure", "相続登記の啓発", theme="発生の抑制"),
        Expected("Measure", "空き家相談会の開催", theme="発生の抑制"),
    ),
    not_items=("【空家対策の課題】", "【計画期間】"),
)

_PERSONNEL = Case(
    name="jinzai_ikusei_aimed_staff_lines",
    text="""\
湖北町人材育成基本方針

Ⅰ 目指す職員像
  １ 町民に寄り添い、丁寧に説明できる職員
  ２ 前例にとらわれず、改善に挑む職員

Ⅱ 具体的方策
  １ 研修による育成
    (ｱ) 新任係長研修の新設
    (ｲ) 外部講師による接遇研修
""",
    items=(
        Expected("Goal", "町民に寄り添い、丁寧に説明できる職員"),
        Expected("Goal", "前例にとらわれず、改善に挑む職員"),
        Expected("Theme", "研修による育成"),
        Expected("Measure", "新任係長研修の新設", theme="研修による育成"),
        Expected("Measure", "外部講師による接遇研修", theme="研修による育成"),
    ),
    not_items=("具体的方策",),
)

_EVALUATION_CONTENT = Case(
    name="seisaku_hyoka_content_field_over_measures",
    text="""\
政策評価書（事前評価）

１．政策の目的
漁業就業者の減少に歯止めをかけ、沿岸漁村の活力を維持する。

２．政策の内容
（１）新規就業者の長期研修に対する給付金
（２）中古漁船の取得に対する利子補給
（３）漁協による就業相談会の開催

３．政策評価の結果
（１）必要性：就業者の確保は全国的な課題であり、国が関与する必要がある。
""",
    items=(
        Expected("Goal", "漁業就業者の減少に歯止めをかけ、沿岸漁村の活力を維持する。"),
        Expected("Measure", "新規就業者の長期研修に対する給付金"),
        Expected("Measure", "中古漁船の取得に対する利子補給"),
        Expected("Measure", "漁協による就業相談会の開催"),
    ),
    not_items=("政策の内容", "政策評価の結果", "必要性："),
)

CASES: list[Case] = [
    _AUDIT,
    _COOPERATION,
    _EVALUATION,
    _IT_PLAN,
    _BCP,
    _VACANT_HOUSES,
    _PERSONNEL,
    _EVALUATION_CONTENT,
]
