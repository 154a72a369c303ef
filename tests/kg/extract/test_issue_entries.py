"""Entries under an issue's own heading that close with the law they rest on or who carries them out.

Written by reading before the rule ran on them: such entries are the issue's measures; entries that
state facts, with no note, are none.
"""

from __future__ import annotations

import datetime as dt

from kg.extract.extraction import extract
from kg.read import read_string

TAGGED = """\
# 南川町空家等対策計画

## 課題2　空き家の増加

- 空き家バンクの運営【担当：企画課】
- 老朽空き家の除却への補助【担当：建設課】
"""

FACTS = """\
# 南川町空家等対策計画

## 課題2　空き家の増加

- 空き家は10年で1.5倍に増えた。
- 所有者が町外に住む例が多い。
"""


def _items(text: str) -> list[tuple[str, str, str | None]]:
    ex = extract(read_string(text, suffix=".md"), dt.date(2024, 3, 31), use_parser=False)
    labels = {it.key: it.label for it in ex.items}
    kinds = ("Issue", "Measure")
    return [(it.cls, it.label, labels.get(it.issue or "")) for it in ex.items if it.cls in kinds]


def test_entries_with_an_owner_tag_are_the_issues_measures() -> None:
    assert _items(TAGGED) == [
        ("Issue", "空き家の増加", None),
        ("Measure", "空き家バンクの運営", "空き家の増加"),
        ("Measure", "老朽空き家の除却への補助", "空き家の増加"),
    ]


def test_entries_stating_facts_are_no_measures() -> None:
    assert _items(FACTS) == [("Issue", "空き家の増加", None)]
