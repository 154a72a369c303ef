"""Targets in documents of any shape: a line named as one or a sentence that sets one, no stray share.

Written by reading before the rule ran on it: a bullet that reports a share against a target, or an
action begun with an aim, in the past (「…は目標の60%に届かなかった。」, 「…を目指した取組を…始めた。」)
sets no target; one that aims at a share by a date (「…までに…60%を目指す。」) does, as does a line
named as a target (「目標：…」).
"""

from __future__ import annotations

import datetime as dt

from kg.extract.extraction import extract
from kg.read import read_string

PLAN = """\
# 北浜市 健康増進計画

## 施策1　健診の受診促進

- 特定健診の受診率は令和4年度に38%で、目標の60%に届かなかった。
- 令和10年度までに特定健診の受診率60%を目指す。

目標：がん検診の受診率50%（令和10年度）

## 施策2　健康づくりの意識の向上

- 喫煙率は平成28年度の20%から令和4年度に15%へ下がった。
- 市民の80%が健康だと感じる社会を目指した取組を令和3年度に始めた。
"""


def test_only_named_lines_and_sentences_setting_a_target_are_targets() -> None:
    ex = extract(read_string(PLAN, suffix=".md"), dt.date(2024, 3, 31), use_parser=False)
    targets = sorted((it.line, it.value) for it in ex.items if it.cls == "Target")
    assert targets == [(6, 60.0), (8, 50.0)]
