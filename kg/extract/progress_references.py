"""The measure a progress line names by number in brackets (extraction stage).

Takes a progress line's text, the key of the issue it stands under, the profile's measure words
(``[tables] measure``: 施策, 取組, 対策 …) and the items; gives the key of the measure the line
names at its end, 「…を改正した（施策3）」, 「…を公表した。【取組2】」, or at its start before a colon or in
brackets, 「取組2：…を拡大した。」, 「【施策1】…」, or None:

* the measure of the issue whose own number closes with that number (「施策2-1」 for 「（施策2-1）」,
  「1-2」 for 「（施策1-2）」, a number written after the issue's: 「（施策2）」 for 「施策1-2」
  under 課題1);
* else, where none of the issue's measures carries a number (an ordered list 「1. …」 under
  「### 施策」), the measure at that place in the issue's list (「（施策2）」: the second).

A number naming no measure, or several, names none: the line stays the issue's.  A line under no
issue (「### 課題1関係」 in a chapter of progress) names the one measure of the document so numbered.

>>> from types import SimpleNamespace as N
>>> items = [N(cls="Issue", key="1", number="1", issue=None),
...          N(cls="Measure", key="1-a", number=None, issue="1"),
...          N(cls="Measure", key="1-b", number=None, issue="1")]
>>> named_measure("手引きを改訂した（施策2）", "1", ("施策",), items)
'1-b'
>>> named_measure("手引きを改訂した（施策3）", "1", ("施策",), items) is None
True
>>> named_measure("取組1：窓口を増やした。", "1", ("取組",), items)
'1-a'
>>> named_measure("窓口を2か所増やした。", "1", ("取組",), items) is None
True
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping, Sequence
from typing import Any

__all__ = ["named_measure", "titled_item"]

_REFERENCE = re.compile(
    r"[（(【\[〔][ \u3000]*(?P<cue>[^\s（）()【】\[\]〔〕0-9]{1,6}?)[ \u3000]*"
    r"(?P<number>[0-9]{1,2}(?:[.\-‐ー−][0-9]{1,2})*)[ \u3000]*[）)】\]〕][。.．]?[ \u3000]*$"
)
# 「取組2：…を拡大した。」, 「【施策1】…」: the number opening the line, before a colon or in brackets.
_LEADING = re.compile(
    r"^[ \u3000]*(?:[（(【\[〔][ \u3000]*(?P<bcue>[^\s（）()【】\[\]〔〕0-9：:]{1,6}?)[ \u3000]*"
    r"(?P<bnumber>[0-9]{1,2}(?:[.\-‐ー−][0-9]{1,2})*)[ \u3000]*[）)】\]〕]"
    r"|(?P<cue>[^\s（）()【】\[\]〔〕0-9：:]{1,6}?)[ \u3000]*(?P<number>[0-9]{1,2}(?:[.\-‐ー−][0-9]{1,2})*)"
    r"[ \u3000]*[：:])"
)
_SEPARATORS = str.maketrans({"-": ".", "‐": ".", "ー": ".", "−": "."})
_TRAILING = re.compile(r"[0-9]{1,2}(?:[.\-‐ー−][0-9]{1,2})*\.?$")


def _folded(number: str | None) -> str | None:
    m = _TRAILING.search(unicodedata.normalize("NFKC", (number or "").strip()))
    return m[0].translate(_SEPARATORS).rstrip(".") if m else None


def named_measure(text: str, issue: str | None, words: Sequence[str], items: Sequence[Any]) -> str | None:
    """The key of the measure of ``issue`` that ``text`` names by number at its end, by the rule above."""
    folded = unicodedata.normalize("NFKC", text.strip())
    m = _REFERENCE.search(folded)
    if m is not None:
        cue, number = m["cue"], m["number"]
    elif (lead := _LEADING.match(folded)) is not None:
        cue, number = lead["cue"] or lead["bcue"], lead["number"] or lead["bnumber"]
    else:
        return None
    if cue not in {unicodedata.normalize("NFKC", w) for w in words}:
        return None
    number = number.translate(_SEPARATORS)
    # under no issue (a chapter of progress after the plan's issues): any measure of the document
    measures = [i for i in items if i.cls == "Measure" and (issue is None or i.issue == issue)]
    numbers = [_folded(i.number) for i in measures]
    if any(n is not None for n in numbers):
        hits = [
            i
            for i, n in zip(measures, numbers, strict=True)
            if n is not None and (n == number or n.endswith("." + number))
        ]
        exact = [i for i, n in zip(measures, numbers, strict=True) if n == number]
        chosen = exact or hits
        return chosen[0].key if len(chosen) == 1 else None
    if issue is None:
        return None
    place = int(number) if number.isdigit() else 0
    return measures[place - 1].key if 0 < place <= len(measures) else None


# 「課題1関係」, 「課題2-1について」, 「施策3関連」, 「【課題4】」: a sub-heading of a chapter of progress
# naming the item its lines report on by its cue and number.
_TITLED = re.compile(
    r"[【\[〔（(]?(?P<cue>[^\s0-9（）()【】\[\]〔〕]{1,6}?)[ \u3000]*"
    r"(?P<number>[0-9]{1,2}(?:[.\-‐ー−][0-9]{1,2})*)[】\]〕）)]?[ \u3000]*"
    r"(?P<related>関係|関連|について|分|の(?:取組|進捗)?状況)?"
)


def titled_item(
    title: str, words: Mapping[str, Sequence[str]], items: Sequence[Any], *, related: bool = False
) -> int | None:
    """The one issue (or measure) a section title names by its cue and number alone, by the rule above
    (``words``: the cue words of each class, 「課題」 for Issue, 「施策」 for Measure), else None;
    ``related``: only where the title says what it relates to (「課題1関係」, not 「課題1」).

    >>> from types import SimpleNamespace as N
    >>> items = [N(cls="Issue", number="1"), N(cls="Issue", number="2"), N(cls="Measure", number="2-1")]
    >>> words = {"Issue": ("課題",), "Measure": ("施策",)}
    >>> [titled_item(t, words, items) for t in ("課題2関係", "施策2-1について", "課題3関係", "課題2の背景")]
    [1, 2, None, None]
    """
    m = _TITLED.fullmatch(unicodedata.normalize("NFKC", title.strip()))
    if m is None or (related and not m["related"]):
        return None
    number = m["number"].translate(_SEPARATORS)
    for cls, cues in words.items():
        if m["cue"] not in {unicodedata.normalize("NFKC", w) for w in cues}:
            continue
        named = [n for n, it in enumerate(items) if it.cls == cls and _folded(it.number) == number]
        if len(named) == 1:
            return named[0]
    return None
