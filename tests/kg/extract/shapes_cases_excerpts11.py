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

CASES: list[Case] = [_AUDIT, _COOPERATION, _EVALUATION]
