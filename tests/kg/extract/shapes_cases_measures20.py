"""Excerpts of Japanese plans whose headings under a list of directions or a numbered theme are measures,
and whose measures are numbered after a Roman issue number (test_shapes_excerpts.py holds the figures).

Every excerpt is invented (place names fictitious).  The kinds: a 公共施設等総合管理計画 and a 下水道
ストックマネジメント計画 whose 「…の基本方針」 stands over sub-headings each naming an action and
explained in prose alone (the lines of action, measures under no theme); beside them a 住生活基本計画
whose 基本方針 sub-headings hold bullets of projects (themes over measures) and an 環境基本計画 whose
基本方針 sub-headings name places to be, no action, over prose (themes); a 生涯学習推進計画 whose
「基本方針1　…」 themes hold 「（1）…」 lines over 「ア　…」 lines (施策 and their 事業: measures of the
基本方針 alike); a 公共交通計画 whose 「現状と課題」 list states a limit and a share short of a tenth among
facts; and a 地域福祉計画 whose 「施策Ⅱ-1　…」 lines stand under 「課題Ⅱ　…」 headings.
Written before any rule was run on them.
"""

from __future__ import annotations

from tests.kg.extract.shapes_cases import Case, Expected

_FACILITY_DIRECTIONS = Case(
    name="kokyo_shisetsu_basic_policy_sub_headings_naming_actions_over_prose",
    text="""\
# さくらの町公共施設等総合管理計画（抜粋）

## 3　施設の現状

町の公共施設の延床面積は約9万㎡で、その半分が築30年を超えている。

## 4　公共施設等の管理に関する基本方針

### 4.1　施設総量の縮減

人口の見通しに合わせ、同じ機能を持つ施設は一つにまとめる。

### 4.2　計画的な長寿命化

定期的な点検の結果に基づき、劣化が進む前に改修を行う。

### 4.3　民間活力の活用

施設の運営に指定管理者制度の導入を検討する。
""",
    items=(
        Expected("Measure", "施設総量の縮減"),
        Expected("Measure", "計画的な長寿命化"),
        Expected("Measure", "民間活力の活用"),
    ),
    not_items=("公共施設等の管理に関する基本方針", "施設の現状", "町の公共施設の延床面積"),
)

_SEWER_DIRECTIONS = Case(
    name="gesuido_stock_basic_policy_paren_sub_headings_over_prose",
    text="""\
# みずほ市下水道ストックマネジメント計画

## 第3章　施設管理の基本方針

### （1）点検調査の効率化

腐食のおそれの大きい箇所から順に、テレビカメラで調べる。

### （2）管路の計画的な改築

調査の結果に応じて、改築の時期を年度ごとに均す。

## 第4章　計画期間

令和7年度から令和11年度までの5年間とする。
""",
    items=(
        Expected("Measure", "点検調査の効率化"),
        Expected("Measure", "管路の計画的な改築"),
    ),
    not_items=("施設管理の基本方針", "計画期間", "令和7年度から令和11年度まで"),
)

_HOUSING_DIRECTIONS = Case(
    name="jyuseikatsu_basic_policy_sub_headings_over_project_bullets",
    text="""\
# あおば町住生活基本計画（抜粋）

## 3　住宅施策の基本方針

### （1）安心して住み続けられる住まいの確保

- 町営住宅の計画的な建替え
- 高齢者世帯の住宅改修への助成

### （2）空き家の活用の促進

- 空き家バンクの運営
- 移住者向け改修費の補助
""",
    items=(
        Expected("Theme", "安心して住み続けられる住まいの確保"),
        Expected("Measure", "町営住宅の計画的な建替え", theme="安心して住み続けられる住まいの確保"),
        Expected("Measure", "高齢者世帯の住宅改修への助成", theme="安心して住み続けられる住まいの確保"),
        Expected("Theme", "空き家の活用の促進"),
        Expected("Measure", "空き家バンクの運営", theme="空き家の活用の促進"),
        Expected("Measure", "移住者向け改修費の補助", theme="空き家の活用の促進"),
    ),
    not_items=("住宅施策の基本方針",),
)

_ENVIRONMENT_AREAS = Case(
    name="kankyo_basic_policy_sub_headings_naming_places_to_be_over_prose",
    text="""\
# ひかり市環境基本計画（抜粋）

## 第2章　環境の基本方針

### 1　豊かな自然と共生するまち

市の面積の半分を森林と農地が占めている。

### 2　資源が循環するまち

1人1日当たりのごみの排出量は、この10年間で2割減った。
""",
    items=(
        Expected("Theme", "豊かな自然と共生するまち"),
        Expected("Theme", "資源が循環するまち"),
    ),
    not_items=("環境の基本方針", "市の面積の半分", "ごみの排出量"),
)

_LEARNING_POLICIES = Case(
    name="shogai_gakushu_numbered_policies_over_paren_lines_and_katakana_lines",
    text="""\
# つばき市生涯学習推進計画（抜粋）

## 第3章　施策の展開

### 基本方針1　学びの機会の充実

（1）市民講座の充実
　ア　オンライン講座の開設
　イ　講師登録制度の見直し
（2）図書館サービスの向上

### 基本方針2　学びの成果を生かす仕組みづくり

（1）地域人材バンクの運営
　ア　登録者と団体の交流会の開催
""",
    items=(
        Expected("Theme", "学びの機会の充実"),
        Expected("Measure", "市民講座の充実", theme="学びの機会の充実"),
        Expected("Measure", "オンライン講座の開設", theme="学びの機会の充実"),
        Expected("Measure", "講師登録制度の見直し", theme="学びの機会の充実"),
        Expected("Measure", "図書館サービスの向上", theme="学びの機会の充実"),
        Expected("Theme", "学びの成果を生かす仕組みづくり"),
        Expected("Measure", "地域人材バンクの運営", theme="学びの成果を生かす仕組みづくり"),
        Expected("Measure", "登録者と団体の交流会の開催", theme="学びの成果を生かす仕組みづくり"),
    ),
    not_items=("施策の展開",),
)

_TRANSPORT_LIMITS = Case(
    name="kokyo_kotsu_status_and_issues_list_with_a_limit_and_a_small_share",
    text="""\
# かえで町地域公共交通計画（抜粋）

## 2　現状と課題

1. 町内を走る路線バスは1日6往復である。
2. 駅前広場が狭く、バスの乗り入れに制約がある。
3. 高齢者のうち公共交通を日常的に使う人は2割未満である。
""",
    items=(
        Expected("Issue", "駅前広場が狭く、バスの乗り入れに制約がある。"),
        Expected("Issue", "高齢者のうち公共交通を日常的に使う人は2割未満である。"),
    ),
    not_items=("現状と課題", "町内を走る路線バスは1日6往復である。"),
)

_ROMAN_CODED_MEASURES = Case(
    name="chiiki_fukushi_roman_issue_headings_over_roman_coded_measure_lines",
    text="""\
# こだま市地域福祉計画　取組の点検

## 課題Ⅰ　地域の担い手の減少

施策Ⅰ-1　民生委員の活動の負担軽減
施策Ⅰ-2　地域の見守り活動への若い世代の参加促進

## 課題Ⅱ　相談先が分かりにくいこと

施策Ⅱ-1　福祉の総合相談窓口の設置

## 点検の結果

| 施策 | 取組の状況 |
|---|---|
| Ⅰ-1 | 民生委員の事務の一部を社会福祉協議会が担う仕組みを設けた。 |
| Ⅱ-1 | 市役所本庁舎に総合相談窓口を開設した。 |
""",
    items=(
        Expected("Issue", "地域の担い手の減少"),
        Expected("Measure", "民生委員の活動の負担軽減"),
        Expected("Measure", "地域の見守り活動への若い世代の参加促進"),
        Expected("Issue", "相談先が分かりにくいこと"),
        Expected("Measure", "福祉の総合相談窓口の設置"),
    ),
    not_items=("点検の結果", "民生委員の事務の一部", "本庁舎に総合相談窓口"),
)

CASES = [
    _FACILITY_DIRECTIONS,
    _SEWER_DIRECTIONS,
    _HOUSING_DIRECTIONS,
    _ENVIRONMENT_AREAS,
    _LEARNING_POLICIES,
    _TRANSPORT_LIMITS,
    _ROMAN_CODED_MEASURES,
]
