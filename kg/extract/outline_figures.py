"""Tables of figures (extraction stage): a row's indicator is a target, its 目標値 cell the value it sets.

Takes a table's data rows, the typed columns :mod:`kg.extract.outline_tables` read and the columns
a goal's or a KPI's cue names; gives them again where the table states figures (「| 項目 | 現状 |
目標 |」, 「| 指標 | 現状値 | 目標値 |」 over 「60%」, 「1,200件」): one target a row, named by its
indicator, and the column of the values they set; a figure alone names no goal or issue.
:func:`quantity` reads a figure and its unit.
"""

from __future__ import annotations

import re
import unicodedata

from kg.read.document import Block

__all__ = ["figures", "quantity", "statistics"]


def _plain(text: str) -> str:
    return "".join(unicodedata.normalize("NFKC", text).replace("**", "").split())


# A figure a cell states: a number and a short unit (「60%」, 「1,200件」, 「10分」, 「約3割」,
# 「200手続」, an area or a volume: 「10.0㎡」, read 「m2」, 「8.5㎡/人」), a bracketed note after it
# (「60%（令和10年度）」) left out.
_QUANTITY = re.compile(
    r"^(?:約|年間|年|月|毎年)?([0-9][0-9,]*(?:\.[0-9]+)?)((?:[^0-9\s。、]{0,6})|(?:[a-z]{1,2}[23](?:/[^0-9\s。、/]{1,2})?))$"
)
_VALUE_NOTE = re.compile(r"\([^()]*\)$")


def quantity(text: str) -> tuple[float, str | None] | None:
    """The number a cell states and its unit (a share as a percentage), else None.

    >>> quantity("60%（令和10年度）"), quantity("1,200件"), quantity("約3割"), quantity("研修の充実")
    ((60.0, 'percent'), (1200.0, '件'), (30.0, 'percent'), None)
    >>> quantity("10.0㎡"), quantity("3ha"), quantity("8.5㎡/人")
    ((10.0, 'm2'), (3.0, 'ha'), (8.5, 'm2/人'))
    """
    written = _plain(text)
    written = _VALUE_NOTE.sub("", written) or written
    m = _QUANTITY.match(written)
    if m is None:
        return None
    value, unit = float(m[1].replace(",", "")), m[2] or None
    if unit in ("%", "パーセント"):
        return value, "percent"
    if unit == "割":
        return value * 10, "percent"
    return value, unit


def _figures_in(rows: list[list[Block]], at: int) -> bool:
    """Whether every filled cell of column ``at`` states a figure (and one does)."""
    texts = [cells[at].text for cells in rows if at < len(cells) and cells[at].text.strip()]
    return bool(texts) and all(quantity(t) is not None for t in texts)


def statistics(
    rows: list[list[Block]],
    header: list[str],
    typed: list[tuple[str, int]],
    cued: list[int],
    aims: tuple[str, ...],
) -> bool:
    """Whether a table states figures none of which is aimed at (「| 地区 | 交通不便度指標 | 区分 |」 over
    「0.82」): every typed column holds figures and no such column's header names an aim (``aims``:
    「目標」 of 「目標値」, 「目標（R10）」).  An indicator's values row by row are statistics, no items.

    >>> statistics([], ["地区", "指標"], [("Target", 1)], [1], ("目標",))
    False
    """
    values = [at for at in cued if _figures_in(rows, at)]
    if not values or any(at not in values for _, at in typed):
        return False
    return not any(aim in _plain(header[at]) for at in values for aim in aims)


def figures(
    rows: list[list[Block]], typed: list[tuple[str, int]], columns: dict[str, int | None], cued: list[int]
) -> tuple[list[tuple[str, int]], int | None]:
    """A table of figures (「| 項目 | 現状 | 目標 |」, 「| 目標 | 現状値 | 目標値 |」 over numbers): each row
    one target, named by its indicator column (the KPI column, else the first that states no figures and
    no measure or issue), its value the last 目標 or 目標値 column holding figures; the goal and
    target columns of figures give no items of their own.  ``cued`` are the columns a goal's or a KPI's
    cue names; gives the typed columns and the value's."""
    values = [at for at in cued if _figures_in(rows, at)]
    if not values:
        return typed, None
    value_at = values[-1]
    kpi = [at for cls, at in typed if cls == "Target" and at not in values]
    taken = {columns["owner"], columns["schedule"]} | {at for cls, at in typed if cls in ("Measure", "Issue")}
    names = kpi or [at for at in range(value_at) if at not in taken and not _figures_in(rows, at)]
    kept = [
        (cls, at)
        for cls, at in typed
        if not (cls in ("Goal", "Target") and (at in values or at in names[:1]))
    ]
    return kept + [("Target", at) for at in names[:1]], value_at
