"""Who carries a measure out and when (extraction stage): its attribute lines and its rows' cells.

Takes a read document, its profile (``[tree] owner_lines``, ``schedule_lines``; ``[tables] owner``,
``schedule``) and the items with their mentions attached; gives each measure

* the lines under it that state one of its attributes rather than a measure of their own: its
  「所管：…」, 「担当：…」, 「実施主体：…」 lines (their agencies carry it out) and its 「実施時期：…」,
  「時期：…」 lines (their dates are its), as bullets nested in its bullet or as lines under its heading,
  up to the next item (:func:`kg.extract.item_laws.item_bodies`);
* the cells of the rows that state or restate it (a list, a 工程表 or a スケジュール table; a row
  restates a measure when it holds it, or when a cell names it by its label, its number left out):
  every owner column's agencies (担当, 所管省庁, 関係機関, 実施主体) carry it out, every schedule
  column's dates (時期, 期間, 開始, 完了) are its, and so are the dates that head the columns of
  years (「| 令和6年度 | 令和7年度 |」) in which its row marks something (a cell not blank, not 「―」).

A law line (「根拠法：…」, 「関係法令：…」) gives its laws by :mod:`kg.extract.item_laws`; a
「KPI：…」 line is a target (:mod:`kg.extract.outline`).

>>> import datetime as dt
>>> from kg.extract.extraction import extract
>>> from kg.read import read_string
>>> text = "## 施策\\n\\n1. 電子申請の拡大\\n   - 所管：総務省\\n   - 時期：令和7年度\\n"
>>> ex = extract(read_string(text, suffix=".md"), dt.date(2025, 4, 1), use_parser=False)
>>> [(i.label, [a.mention.text for a in i.agency_links], [d.text for d in i.dates]) for i in ex.items]
[('電子申請の拡大', ['総務省'], ['令和7年度'])]
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from kg.extract.cues import AgencyLink
from kg.extract.item_laws import item_bodies
from kg.extract.outline_forms import plain, split_title
from kg.extract.outline_progress import ATTRIBUTES, attribute_line
from kg.extract.outline_restated import named
from kg.extract.profiles import Profile
from kg.extract.progress_lines import table_rows
from kg.read.document import Block, Document

__all__ = ["attribute_lines", "give_attributes"]

_BRACKETED_TAIL = re.compile(r"\([^()]*\)$")
# A cell that marks nothing in its column: blank, a dash, a cross.
_BLANK = frozenset({"", "―", "－", "-", "—", "ー", "‐", "─", "×", "✕", "…", "・"})


def attribute_lines(text: str, start: int, end: int, profile: Profile) -> Iterator[tuple[str, int, int]]:
    """(kind, start, end) of each line of ``text[start:end]`` that states an attribute."""
    at = start
    for line in text[start:end].split("\n"):
        kind = attribute_line(line, profile)
        if kind is not None:
            yield kind, at, at + len(line)
        at += len(line) + 1


def _header(cell: Block) -> str:
    text = plain(cell.text)
    return _BRACKETED_TAIL.sub("", text) or text


def _row_measures(cells: list[Block], items: Sequence[Any], labels: dict[str, list[int]],
                  profile: Profile) -> list[int]:  # fmt: skip
    """The measures a row states or restates: those standing in it (or restated by it, their
    ``rows``), else the one a cell names by its label (「1. 保育所の定員拡大」, its number left out)."""
    start, end = cells[0].start, cells[-1].end
    inside = [
        n
        for n, it in enumerate(items)
        if it.cls == "Measure"
        and any(start <= s and e <= end for s, e in ((it.start, it.end), *getattr(it, "rows", ())))
    ]
    if inside:
        return inside
    numbers = (*profile.item_numbers.get("measure", ()), *profile.numbers)
    for cell in cells:
        same = labels.get(named(split_title(cell.text.strip(), numbers)[1]), [])
        if len(same) == 1:
            return same
    return []


def _row_cells(doc: Document, items: Sequence[Any], profile: Profile,
               dates: Sequence[Any]) -> Iterator[tuple[int, str, int, int]]:  # fmt: skip
    """(measure, kind, start, end) of each owner, schedule and marked year cell of its rows."""
    owner = frozenset(plain(c) for c in profile.tables.get("owner", ()))
    schedule = frozenset(plain(c) for c in profile.tables.get("schedule", ()))
    labels: dict[str, list[int]] = {}
    for n, it in enumerate(items):
        if it.cls == "Measure":
            labels.setdefault(named(it.label), []).append(n)
    for _table, rows in table_rows(doc):
        if len(rows) < 2 or not rows[0]:
            continue
        header = rows[0]
        kinds: dict[int, tuple[str, int, int]] = {}
        for at, cell in enumerate(header):
            name = _header(cell)
            if name in owner:
                kinds[at] = ("owner", -1, -1)
            elif name in schedule:
                kinds[at] = ("schedule", -1, -1)
            elif name and any(cell.start <= d.start and d.end <= cell.end for d in dates):
                kinds[at] = ("year", cell.start, cell.end)  # a column headed by its year
        for cells in rows[1:] if kinds else ():
            measures = _row_measures(cells, items, labels, profile) if cells else []
            for at, (kind, hs, he) in kinds.items():
                if at >= len(cells):
                    continue
                if kind == "year":
                    if plain(cells[at].text) not in _BLANK:
                        yield from ((m, "schedule", hs, he) for m in measures)
                else:
                    yield from ((m, kind, cells[at].start, cells[at].end) for m in measures)


def _act(item: Any, found: Iterable[Any]) -> None:
    for a in found:
        if a not in item.agencies:
            item.agencies.append(a)
        item.agency_links = [x for x in item.agency_links if x.mention.start != a.start]
        item.agency_links.append(AgencyLink(a, "actor", "担当"))


def _dated(item: Any, found: Iterable[Any]) -> None:
    item.dates.extend(d for d in found if d not in item.dates)


def give_attributes(doc: Document, profile: Profile, items: Sequence[Any], agencies: Sequence[Any],
                    dates: Sequence[Any]) -> None:  # fmt: skip
    """Give each measure the agencies (as actors) and the dates its attribute lines and rows state."""
    stated: list[tuple[int, str, int, int]] = list(_row_cells(doc, items, profile, dates))
    if any(profile.tree.get(k) for k in ATTRIBUTES):
        held = [(it.start, it.end) for it in items]
        for n, s, e in item_bodies(doc, items):
            if items[n].cls != "Measure":
                continue
            for kind, ls, le in attribute_lines(doc.text, s, e, profile):
                if not any(hs <= ls and le <= he for k, (hs, he) in enumerate(held) if k != n):
                    stated.append((n, kind.removesuffix("_lines"), ls, le))  # not another item's text
    for n, kind, s, e in stated:
        if kind == "owner":
            _act(items[n], (a for a in agencies if s <= a.start and a.end <= e))
        elif kind == "schedule":
            _dated(items[n], (d for d in dates if s <= d.start and d.end <= e))
