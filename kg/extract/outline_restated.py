"""Measures restated in a list table (extraction stage): one measure of the text is one item.

A plan that sets out each measure under its own heading (「#### 施策1-1　行政手続のオンライン化」)
often lists them again at its end, one row each (「| 1-1 | 行政手続のオンライン化 | 市民課 |
…法律 | 令和4年度～令和6年度 |」).  The row names the measure its heading stated: the row gives
no second item, but its cells are the measure's own: the 担当 cell its owner, the スケジュール /
実施時期 cell its dates, and the law column (read by :mod:`kg.extract.item_laws` through the row
spans kept here) its laws.
"""

from __future__ import annotations

from kg.extract.outline_forms import Found, plain


def merge_restated(found: list[Found]) -> list[Found]:
    """``found`` without the table rows that restate a measure read under its heading, each row's
    cells given to that measure; the links of the others renumbered."""
    stated: dict[str, list[int]] = {}
    for n, f in enumerate(found):
        if f.cls == "Measure" and f.rule != "table_row":
            stated.setdefault(plain(f.label), []).append(n)
    into: dict[int, int] = {}
    for n, f in enumerate(found):
        if f.cls != "Measure" or f.rule != "table_row":
            continue
        same = stated.get(plain(f.label), [])
        if len(same) != 1:
            continue  # not stated, or stated twice: the row is no restatement of one measure
        measure = found[same[0]]
        measure.owner = measure.owner or f.owner
        measure.schedule = measure.schedule or f.schedule
        measure.rows += ((f.start, f.end),)
        into[n] = same[0]
    if not into:
        return found
    kept = [n for n in range(len(found)) if n not in into]
    new = {old: k for k, old in enumerate(kept)}
    new.update({old: new[target] for old, target in into.items()})

    def moved(index: int | None) -> int | None:
        return None if index is None else new.get(index)

    result = [found[n] for n in kept]
    for f in result:
        f.theme, f.issue, f.goal = moved(f.theme), moved(f.issue), moved(f.goal)
    return result
