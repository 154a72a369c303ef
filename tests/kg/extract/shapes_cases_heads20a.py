"""Excerpts of Japanese plans whose headings' role is read from their cue words, laid out as such plans
are, with the items a reader takes from them (test_shapes_excerpts.py holds the figures).

Every excerpt is invented (place names fictitious).  The kinds: a 健康づくり計画 whose 「成果目標N　…」
headings (the outcomes the plan sets, each over an indicator table and 【課題】/【取組】 labels) are
goals, and the issues and measures under them stand in no theme; a 地球温暖化対策実行計画 whose
「重点施策N　…」 headings over ・ actions are its areas (themes), the actions their measures, as are a
食育推進計画's 「重点取組N　…」 headings over ① action lines; a
鳥獣被害防止計画 written as a form, whose 「(n) …に関する方針」「(n) …に関する取組」 labels name the
kind of the ・ lines below them (measures, in no theme), no theme of their own, where a 緑の基本計画's
「1　樹林地の方針」 under 「分野別の方針」 names a field over its measures (a theme); a 集落営農計画 whose
part 「…の将来の在り方」 (the state the place should reach) over (n) lines of its state, its issues and
that state holds no area; and a
中心市街地活性化基本計画 whose lead-in 「次の事項を目標とする。」 names the goals listed after it (no
goal itself), whose chapter 「…を達成するために行う事業」 and its 「…を適用して行う事業」 part name
the kind of what they hold (no item), and whose 「①　…事業」 headings over a 【具体的な事業】 label
are projects (measures), as are the label's entries, in no theme.
Written before any rule was run on them.  At first sight the rules read them: Goal F1 0.57, Theme 0.00,
Issue 0.89, Measure 0.88, item → theme links 0 of 4 right, 7 lines named as no item read as items (the
集落営農計画, written after the others, read its part and its 「(1) …の現状」 line as themes over its items;
the 食育推進計画, written last, its 「重点取組N」 headings as measures over no theme; the 緑の基本計画,
written after the form's rule, was read right by the rules before it).
"""

from __future__ import annotations

from tests.kg.extract.shapes_cases import Case, Expected

_OUTCOME_GOALS = Case(
    name="kenko_zukuri_outcome_goal_headings_over_issue_and_action_labels",
    text="""\
# あおば市健康づくり計画（第3次）

## 3　成果目標と取組

### 成果目標１　がん検診受診率の向上

| 指標 | 現状値 | 目標値 |
|---|---|---|
| 胃がん検診受診率 | 32％ | 50％ |

【課題】
- 働く世代の受診率が低い。
- 検診の日程が平日に限られている。

【取組】
- 休日検診の回数を増やします。
- 企業と連携した受診勧奨を行います。

### 成果目標２　自殺者数の減少

【課題】
- 相談窓口の認知度が低い。

【取組】
- ゲートキーパー養成講座を開催します。
""",
    items=(
        Expected("Goal", "がん検診受診率の向上"),
        Expected("Issue", "働く世代の受診率が低い。"),
        Expected("Issue", "検診の日程が平日に限られている。"),
        Expected("Measure", "休日検診の回数を増やします。"),
        Expected("Measure", "企業と連携した受診勧奨を行います。"),
        Expected("Goal", "自殺者数の減少"),
        Expected("Issue", "相談窓口の認知度が低い。"),
        Expected("Measure", "ゲートキーパー養成講座を開催します。"),
    ),
    not_items=("3　成果目標と取組", "【課題】", "【取組】", "胃がん検診受診率"),
)

_KEY_MEASURE_AREAS = Case(
    name="ondanka_taisaku_key_measure_headings_over_action_bullets",
    text="""\
# みどり町地球温暖化対策実行計画（区域施策編）

## 第4章　重点施策

### 重点施策１　再生可能エネルギーの導入拡大

- 公共施設の屋根に太陽光発電設備を設置する。
- 住宅用蓄電池の購入費を補助する。

### 重点施策２　省エネルギー行動の促進

- 家庭向けの省エネ診断を実施する。
- 事業者向けの省エネ設備導入セミナーを開催する。
""",
    items=(
        Expected("Theme", "再生可能エネルギーの導入拡大"),
        Expected(
            "Measure", "公共施設の屋根に太陽光発電設備を設置する。", theme="再生可能エネルギーの導入拡大"
        ),
        Expected("Measure", "住宅用蓄電池の購入費を補助する。", theme="再生可能エネルギーの導入拡大"),
        Expected("Theme", "省エネルギー行動の促進"),
        Expected("Measure", "家庭向けの省エネ診断を実施する。", theme="省エネルギー行動の促進"),
        Expected("Measure", "事業者向けの省エネ設備導入セミナーを開催する。", theme="省エネルギー行動の促進"),
    ),
    not_items=("第4章　重点施策",),
)

_KEY_ACTION_AREAS = Case(
    name="shokuiku_key_action_headings_over_circled_action_lines",
    text="""\
# さくら川市食育推進計画

## 4　重点的な取組

### 重点取組１　子どもの頃からの食習慣づくり

①　保育所での野菜の栽培体験を広げる。
②　小学校で朝食の大切さを学ぶ授業を行う。

### 重点取組２　地産地消の推進

①　学校給食での市内産食材の使用割合を高める。
""",
    items=(
        Expected("Theme", "子どもの頃からの食習慣づくり"),
        Expected("Measure", "保育所での野菜の栽培体験を広げる。", theme="子どもの頃からの食習慣づくり"),
        Expected("Measure", "小学校で朝食の大切さを学ぶ授業を行う。", theme="子どもの頃からの食習慣づくり"),
        Expected("Theme", "地産地消の推進"),
        Expected("Measure", "学校給食での市内産食材の使用割合を高める。", theme="地産地消の推進"),
    ),
    not_items=("4　重点的な取組",),
)

_FORM_LABELS = Case(
    name="chojuhigai_boshi_form_paren_labels_naming_kinds_over_bullets",
    text="""\
# 鳥獣被害防止計画

| 計画主体 | 計画期間 | 対象鳥獣 |
|---|---|---|
| かすみ町 | 令和7年度～令和9年度 | イノシシ、ニホンジカ |

## 1　被害の現状と課題

・イノシシによる水稲の被害が山際の水田で続いている。
・捕獲の担い手が高齢化している。

## 2　被害防止対策の方針

(1) 捕獲に関する方針
・わなの設置数を増やし、通年で捕獲を行う。
・捕獲した個体の処理施設を整備する。

(2) 侵入防止柵の整備に関する取組
・集落ごとに電気柵を設置する。

(3) 生息環境管理に関する取組
・耕作放棄地の草刈りを集落ぐるみで行う。
""",
    items=(
        Expected("Issue", "イノシシによる水稲の被害が山際の水田で続いている。"),
        Expected("Issue", "捕獲の担い手が高齢化している。"),
        Expected("Measure", "わなの設置数を増やし、通年で捕獲を行う。"),
        Expected("Measure", "捕獲した個体の処理施設を整備する。"),
        Expected("Measure", "集落ごとに電気柵を設置する。"),
        Expected("Measure", "耕作放棄地の草刈りを集落ぐるみで行う。"),
    ),
    not_items=(
        "計画主体",
        "2　被害防止対策の方針",
        "(1) 捕獲に関する方針",
        "(2) 侵入防止柵の整備に関する取組",
        "(3) 生息環境管理に関する取組",
    ),
)

_FIELD_POLICIES = Case(
    name="midori_kihon_keikaku_field_policy_headings_over_bullets_stay_themes",
    text="""\
# かえで市緑の基本計画

## 第3章　分野別の方針

### 1　樹林地の方針

- 市街地に残る樹林地を特別緑地保全地区に指定する。
- 所有者による間伐に要する費用を助成する。

### 2　都市公園の方針

- 街区公園の遊具を計画的に更新する。
""",
    items=(
        Expected("Theme", "樹林地の方針"),
        Expected("Measure", "市街地に残る樹林地を特別緑地保全地区に指定する。", theme="樹林地の方針"),
        Expected("Measure", "所有者による間伐に要する費用を助成する。", theme="樹林地の方針"),
        Expected("Theme", "都市公園の方針"),
        Expected("Measure", "街区公園の遊具を計画的に更新する。", theme="都市公園の方針"),
    ),
    not_items=("第3章　分野別の方針",),
)

_FORM_FUTURE = Case(
    name="shuraku_einou_form_future_state_part_over_paren_labels",
    text="""\
# ひがし谷集落営農計画

## 1　集落の農業の将来の在り方

(1) 集落の現状
水田面積は48haで、耕作者の平均年齢は71歳である。

(2) 集落の課題
・後継者のいない農家が半数を超えている。
・共同利用の機械が更新時期を迎えている。

(3) 将来の在り方
集落営農法人が地区の水田の大半を担う姿を目指す。
""",
    items=(
        Expected("Issue", "後継者のいない農家が半数を超えている。"),
        Expected("Issue", "共同利用の機械が更新時期を迎えている。"),
        Expected("Goal", "集落営農法人が地区の水田の大半を担う姿を目指す。"),
    ),
    not_items=("1　集落の農業の将来の在り方", "(1) 集落の現状", "(3) 将来の在り方", "水田面積は48ha"),
)

_PROJECT_TEMPLATE = Case(
    name="chushin_shigaichi_goal_lead_in_project_chapter_and_concrete_project_labels",
    text="""\
# みなみ台市中心市街地活性化基本計画

## 3　中心市街地活性化の目標

本計画では、次の事項を目標とする。
- 商店街の空き店舗の解消
- 駅周辺の歩行者通行量の回復

## 4　目標を達成するために行う事業

### 4-1　国の支援措置を適用して行う事業

#### ①　にぎわいを生み出す事業

【具体的な事業】
- 空き店舗への出店者に対する改装費の補助
- 駅前広場での定期市の開催

#### ②　まちなか居住を促す事業

【具体的な事業】
- 共同住宅の建設に対する補助
""",
    items=(
        Expected("Goal", "商店街の空き店舗の解消"),
        Expected("Goal", "駅周辺の歩行者通行量の回復"),
        Expected("Measure", "にぎわいを生み出す事業"),
        Expected("Measure", "空き店舗への出店者に対する改装費の補助"),
        Expected("Measure", "駅前広場での定期市の開催"),
        Expected("Measure", "まちなか居住を促す事業"),
        Expected("Measure", "共同住宅の建設に対する補助"),
    ),
    not_items=(
        "本計画では、次の事項を目標とする。",
        "4　目標を達成するために行う事業",
        "国の支援措置を適用して行う事業",
        "【具体的な事業】",
    ),
)

CASES = [
    _OUTCOME_GOALS,
    _KEY_MEASURE_AREAS,
    _KEY_ACTION_AREAS,
    _FORM_LABELS,
    _FIELD_POLICIES,
    _FORM_FUTURE,
    _PROJECT_TEMPLATE,
]
