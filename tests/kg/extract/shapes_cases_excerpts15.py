"""Excerpts of Japanese plans of more families, each marking its themes in a way the other sets do not,
with the items a reader takes from them (test_shapes_excerpts.py holds the figures).

Every excerpt is invented (place names fictitious).  The kinds: a 鳥獣被害防止計画 whose 〈ハード対策〉 and
〈ソフト対策〉 lines stand over ・ lines; a 歯科口腔保健推進計画 of unnumbered Markdown headings naming
topics over 現状と課題 and 施策の方向 sub-headings; a 公営住宅等長寿命化計画 of decimal headings (「3.1」)
over bullets; a 国際交流推進プラン in plain text nested Ⅰ / １ / （１） / ア; an 環境教育等行動計画 table
whose first column names the people each row's actions are for (対象 | 取組 | 実施主体).

Conventions as in shapes_cases_excerpts12.py.  Written after the rules of shapes_cases_excerpts14.py,
before any rule was run on them.  At first sight (b6507d1): Theme F1 0.41 (6 of 19, 10 found), Issue
0.80 (2 of 3), Measure 0.67 (12 of 20, 16 found), item → theme links 4 of 23, one line named as no item
read as an item.  After the rules for them (〈…〉 lines set apart as a theme's name, a topic's name that
ends in a measure word no list's label, unnumbered topic headings over cue sub-headings read as an
outline, a 「施策の方向」 over sentences a list of measures, a leaf over sentences at a level whose
leaves list actions alike): 0.79 / 0.80 / 1.00, links 14 of 23; decimal 「3.1」 headings (read as a
manual's) and a first column of names headed by no cue are still not read as themes.  After decimal
headings read as a plan's areas where half their groups or more hold items or actions under each
sibling, and a heading naming directions after one word (「実施方針」) the list of them: Theme 0.89,
links 19 of 23; after a first column named by no cue (「対象」) whose cells name each row alone the rows'
theme: Theme 0.97, links 22 of 23; after a heading over themes that all end in its own measure word
(「被害防止対策」 over 〈ハード対策〉) their list: Theme 1.00, no line named as no item read as one.
"""

from __future__ import annotations

from tests.kg.extract.shapes_cases import Case, Expected

_WILDLIFE = Case(
    name="choju_higai_angle_bracket_kinds_over_dot_lines",
    text="""\
# やまびこ町鳥獣被害防止計画（抜粋）

## (3) 被害防止対策

〈ハード対策〉
・侵入防止柵を集落ごとに設置する。
・設置した柵の点検を年2回行う。

〈ソフト対策〉
・狩猟免許の取得費用を補助する。
・集落ぐるみの追い払い活動を支援する。
""",
    items=(
        Expected("Theme", "ハード対策"),
        Expected("Measure", "侵入防止柵を集落ごとに設置する。", theme="ハード対策"),
        Expected("Measure", "設置した柵の点検を年2回行う。", theme="ハード対策"),
        Expected("Theme", "ソフト対策"),
        Expected("Measure", "狩猟免許の取得費用を補助する。", theme="ソフト対策"),
        Expected("Measure", "集落ぐるみの追い払い活動を支援する。", theme="ソフト対策"),
    ),
    not_items=("(3) 被害防止対策",),
)

_DENTAL = Case(
    name="shika_koku_unnumbered_topic_headings",
    text="""\
# ふたば市歯科口腔保健推進計画（抜粋）

## むし歯予防の推進

### 現状と課題

- 3歳児のむし歯の有病率が県平均を上回っている。
- フッ化物洗口を行う小学校が一部にとどまっている。

### 施策の方向

- 保育所と小学校でフッ化物洗口を実施する。
- 1歳6か月児健診で保護者に歯みがき指導を行う。

## 歯周病対策の推進

### 現状と課題

- 成人の歯周病検診の受診率が低い。

### 施策の方向

- 歯周病検診の対象年齢を拡大する。
""",
    items=(
        Expected("Theme", "むし歯予防の推進"),
        Expected("Issue", "3歳児のむし歯の有病率が県平均を上回っている。", theme="むし歯予防の推進"),
        Expected("Issue", "フッ化物洗口を行う小学校が一部にとどまっている。", theme="むし歯予防の推進"),
        Expected("Measure", "保育所と小学校でフッ化物洗口を実施する。", theme="むし歯予防の推進"),
        Expected("Measure", "1歳6か月児健診で保護者に歯みがき指導を行う。", theme="むし歯予防の推進"),
        Expected("Theme", "歯周病対策の推進"),
        Expected("Issue", "成人の歯周病検診の受診率が低い。", theme="歯周病対策の推進"),
        Expected("Measure", "歯周病検診の対象年齢を拡大する。", theme="歯周病対策の推進"),
    ),
    not_items=("現状と課題", "施策の方向"),
)

_HOUSING_STOCK = Case(
    name="koei_jutaku_decimal_headings_over_bullets",
    text="""\
# ことぶき町公営住宅等長寿命化計画（抜粋）

## 3 実施方針

### 3.1 点検の実施方針

- 全団地で法定点検を3年ごとに行う。
- 法定点検の対象外の住棟も日常点検の対象とする。

### 3.2 計画修繕の実施方針

- 外壁と屋上防水の修繕を周期に合わせて行う。
- 修繕の履歴をデータベースに記録する。

### 3.3 建替えの実施方針

- 耐用年限を過ぎた木造住棟を集約して建て替える。
""",
    items=(
        Expected("Theme", "点検の実施方針"),
        Expected("Measure", "全団地で法定点検を3年ごとに行う。", theme="点検の実施方針"),
        Expected("Measure", "法定点検の対象外の住棟も日常点検の対象とする。", theme="点検の実施方針"),
        Expected("Theme", "計画修繕の実施方針"),
        Expected("Measure", "外壁と屋上防水の修繕を周期に合わせて行う。", theme="計画修繕の実施方針"),
        Expected("Measure", "修繕の履歴をデータベースに記録する。", theme="計画修繕の実施方針"),
        Expected("Theme", "建替えの実施方針"),
        Expected("Measure", "耐用年限を過ぎた木造住棟を集約して建て替える。", theme="建替えの実施方針"),
    ),
    not_items=("3 実施方針",),
)

_INTERNATIONAL = Case(
    name="kokusai_koryu_plain_four_levels",
    text="""\
うみかぜ市国際交流推進プラン（抜粋）

Ⅰ　多文化共生の地域づくり
１　外国人住民への情報提供
（１）多言語での情報発信
ア　市の広報紙をやさしい日本語で発行する。
イ　ごみの出し方の案内を5言語で作成する。
（２）相談窓口の充実
ア　外国人相談窓口に通訳を配置する。
２　日本語学習の支援
（１）日本語教室の運営
ア　地域の日本語教室に運営費を補助する。

Ⅱ　国際交流の推進
１　姉妹都市との交流
（１）青少年の相互派遣
ア　中学生の派遣団を毎年送る。
""",
    items=(
        Expected("Theme", "多文化共生の地域づくり"),
        Expected("Theme", "外国人住民への情報提供"),
        Expected("Theme", "多言語での情報発信"),
        Expected("Measure", "市の広報紙をやさしい日本語で発行する。", theme="多言語での情報発信"),
        Expected("Measure", "ごみの出し方の案内を5言語で作成する。", theme="多言語での情報発信"),
        Expected("Theme", "相談窓口の充実"),
        Expected("Measure", "外国人相談窓口に通訳を配置する。", theme="相談窓口の充実"),
        Expected("Theme", "日本語学習の支援"),
        Expected("Theme", "日本語教室の運営"),
        Expected("Measure", "地域の日本語教室に運営費を補助する。", theme="日本語教室の運営"),
        Expected("Theme", "国際交流の推進"),
        Expected("Theme", "姉妹都市との交流"),
        Expected("Theme", "青少年の相互派遣"),
        Expected("Measure", "中学生の派遣団を毎年送る。", theme="青少年の相互派遣"),
    ),
    not_items=("うみかぜ市国際交流推進プラン",),
)

_ENV_EDUCATION = Case(
    name="kankyo_kyoiku_target_group_column",
    text="""\
# つばさ市環境教育等行動計画（抜粋）

## 第4章　対象ごとの取組

| 対象 | 取組 | 実施主体 |
|---|---|---|
| 幼児期 | 園庭での自然遊びの指導者を派遣する | 環境政策課 |
| 学齢期 | 小学4年生の全員が浄水場を見学する | 学校教育課 |
| 成人 | 環境講座を公民館で年4回開く | 生涯学習課 |
""",
    items=(
        Expected("Theme", "幼児期"),
        Expected("Measure", "園庭での自然遊びの指導者を派遣する", theme="幼児期"),
        Expected("Theme", "学齢期"),
        Expected("Measure", "小学4年生の全員が浄水場を見学する", theme="学齢期"),
        Expected("Theme", "成人"),
        Expected("Measure", "環境講座を公民館で年4回開く", theme="成人"),
    ),
    not_items=("第4章",),
)

CASES = [_WILDLIFE, _DENTAL, _HOUSING_STOCK, _INTERNATIONAL, _ENV_EDUCATION]
