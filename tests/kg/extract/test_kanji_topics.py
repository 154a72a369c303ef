"""Topics numbered by a kanji numeral in brackets (「（一）…」) under parts numbered 「一」, 「二」, over
indented 「ア」 entries, and a 「現状と課題：」 line stating the part's issue.

The excerpt is invented (place name fictitious); its items were written from reading it, before any
rule was run on it.  Conventions as in shapes_cases_gen19e.py: a numbered topic over entries is a
theme within its part, a leaf topic a measure, theme= the nearest enclosing theme.
"""

from __future__ import annotations

from tests.kg.extract.shapes_cases import Case, Expected
from tests.kg.extract.test_shapes import _markdown, tally

_GENDER_EQUALITY = Case(
    name="kanji_bracketed_topics_over_kana_entries",
    text="""\
# 第2次ひなた町男女共同参画推進計画

## 第1章　計画の概要

### 一　計画の趣旨

社会情勢の変化に対応するため、本計画を策定する。

## 第2章　施策の展開

### 基本目標一　あらゆる分野における女性の活躍

現状と課題：管理職に占める女性の割合が低く、登用の促進が課題である。

（一）女性の職業生活における活躍の推進
　ア　女性管理職の登用に向けた研修の実施
　イ　再就職を希望する女性への相談支援
（二）政策・方針決定過程への女性の参画拡大

### 基本目標二　安全で安心して暮らせる社会づくり

（一）配偶者等からの暴力の防止
　ア　相談窓口の周知
（二）困難を抱える女性への支援
""",
    items=(
        Expected("Theme", "あらゆる分野における女性の活躍"),
        Expected("Theme", "安全で安心して暮らせる社会づくり"),
        Expected(
            "Issue",
            "管理職に占める女性の割合が低く、登用の促進が課題である。",
            theme="あらゆる分野における女性の活躍",
        ),
        Expected("Theme", "女性の職業生活における活躍の推進", theme="あらゆる分野における女性の活躍"),
        Expected("Measure", "女性管理職の登用に向けた研修の実施", theme="女性の職業生活における活躍の推進"),
        Expected("Measure", "再就職を希望する女性への相談支援", theme="女性の職業生活における活躍の推進"),
        Expected("Measure", "政策・方針決定過程への女性の参画拡大", theme="あらゆる分野における女性の活躍"),
        Expected("Theme", "配偶者等からの暴力の防止", theme="安全で安心して暮らせる社会づくり"),
        Expected("Measure", "相談窓口の周知", theme="配偶者等からの暴力の防止"),
        Expected("Measure", "困難を抱える女性への支援", theme="安全で安心して暮らせる社会づくり"),
    ),
    not_items=("計画の概要", "計画の趣旨", "社会情勢の変化に対応するため", "施策の展開"),
)

# A topic naming what is carried out (「…の実施」) is a measure like its siblings, no step of a procedure.
_WELFARE = Case(
    name="topics_naming_what_is_carried_out",
    text="""\
# みずほ市地域福祉計画

## 第3章　施策の展開

### 基本目標1　地域で支え合う仕組みづくり

（１）訪問による相談支援の実施
　ア　民生委員による戸別訪問
　イ　相談員の増員
（２）見守りネットワークの構築
（３）災害時要配慮者の避難訓練の実施
""",
    items=(
        Expected("Theme", "地域で支え合う仕組みづくり"),
        Expected("Theme", "訪問による相談支援の実施", theme="地域で支え合う仕組みづくり"),
        Expected("Measure", "民生委員による戸別訪問", theme="訪問による相談支援の実施"),
        Expected("Measure", "相談員の増員", theme="訪問による相談支援の実施"),
        Expected("Measure", "見守りネットワークの構築", theme="地域で支え合う仕組みづくり"),
        Expected("Measure", "災害時要配慮者の避難訓練の実施", theme="地域で支え合う仕組みづくり"),
    ),
    not_items=("施策の展開",),
)


def test_kanji_bracketed_topics_and_their_entries_are_read() -> None:
    assert tally(_GENDER_EQUALITY, _markdown(_GENDER_EQUALITY)).wrong == []


def test_topics_naming_what_is_carried_out_are_read() -> None:
    assert tally(_WELFARE, _markdown(_WELFARE)).wrong == []
