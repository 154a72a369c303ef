"""The measure of a list that a progress line after the whole list names by its words (extraction stage).

Takes a document's items and the progress lines found for it, each with the measure it stands
after; gives, for each line after a run of measures listed together — two or more in one section,
no progress line between them (「施策：」 over 「・…」 lines, then 「進捗：」 over 「✓ …」 lines) — the
measure of the run its own words name, where they name one (the names of the laws it rests on are
among its words: a measure named after its law is named by them too):

* the measure whose label the line holds whole (「…の活用に向けて…を設定した」 names 「…の活用」);
* else the measure whose wording the line covers best — the share of the measure's character
  bigrams it holds, each weighted by how rare it is among the run's measures (「…計画を作成した」
  names 「…計画の作成」) — when that share is at least :data:`MIN_SHARE` and ahead of the next by
  :data:`MIN_MARGIN`.

A line naming none stays on the measure it stands after.

>>> from types import SimpleNamespace as N
>>> ms = [N(cls="Measure", label="窓口の予約制の導入", section=0, start=0, end=9),
...       N(cls="Measure", label="申請書の様式の簡素化", section=0, start=10, end=20)]
>>> named_in_run(ms, [0, 1], 1, 0, [], "窓口の予約制を導入した")
0
>>> named_in_run(ms, [0, 1], 1, 0, [], "説明会を開いた") is None
True
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any

from kg.extract.matching import normalise

__all__ = ["MIN_MARGIN", "MIN_SHARE", "measure_run", "named_in_run"]

MIN_SHARE = 0.4
MIN_MARGIN = 0.2


def measure_run(
    items: Sequence[Any], order: Sequence[int], at: int, section: int | None, lines: Sequence[int]
) -> list[int]:
    """The measures listed together up to ``order[at]`` (indices into ``items``): going back while each is
    a measure of ``section`` and no progress line (their starts, ``lines``) stands between two of them."""
    run = [order[at]]
    for k in range(at - 1, -1, -1):
        n = order[k]
        item, after = items[n], items[run[-1]]
        if item.cls != "Measure" or item.section != section:
            break
        if any(item.end <= s < after.start for s in lines):
            break
        run.append(n)
    return run[::-1]


def _bigrams(text: str) -> frozenset[str]:
    return frozenset(text[i : i + 2] for i in range(len(text) - 1)) or frozenset({text})


def _named(items: Sequence[Any], run: Sequence[int], text: str) -> int | None:
    if len(run) < 2:
        return None
    own = normalise(text)
    whole = [n for n in run if (label := normalise(items[n].label)) and label in own]
    if len(whole) == 1:
        return whole[0]
    grams = {n: _bigrams(normalise(items[n].label)) for n in run}
    df: dict[str, int] = {}
    for found in grams.values():
        for g in found:
            df[g] = df.get(g, 0) + 1
    weight = {g: math.log((len(run) + 1) / (k + 1)) for g, k in df.items()}
    held = _bigrams(own)

    def share(n: int) -> float:
        total = sum(weight[g] for g in grams[n]) or 1.0
        return sum(weight[g] for g in grams[n] & held) / total

    scores = sorted(((share(n), n) for n in run), reverse=True)
    (best, n), (second, _) = scores[0], scores[1]
    return n if best >= MIN_SHARE and best - second >= MIN_MARGIN else None


def named_in_run(
    items: Sequence[Any], order: Sequence[int], at: int, section: int | None, lines: Sequence[int], text: str
) -> int | None:
    """The measure of the run ending at ``order[at]`` (see :func:`measure_run`) that a line's ``text``
    names by the rule above, or None."""
    return _named(items, measure_run(items, order, at, section, lines), text)
