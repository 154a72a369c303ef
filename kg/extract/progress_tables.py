"""The rows of tables that report progress (extraction stage): which item a row reports on.

Takes a read document and the items found so far; gives each table with its rows' cells, the one
measure (else issue) a row holds or restates, the one its first cell names by label or by number and
title, the updates of a progress cell, and the item of a row whose first cell repeats the row above
(a merged cell read again in each row, 「| 1-1 電子申請 | …を開始 |」 over 「| 1-1 電子申請 | …件に
増加 |」).  Shared by :mod:`kg.extract.progress_lines`, :mod:`kg.extract.progress_numbered` and
:mod:`kg.extract.item_laws`.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator, Sequence
from typing import Any

from kg.extract import outline_forms as forms
from kg.extract.outline_cells import cell_entries
from kg.read.document import Block, BlockKind, Document

__all__ = ["OWNERS", "cell_updates", "in_table", "named_owner", "repeated_owner", "row_owner", "table_rows"]

OWNERS = ("Measure", "Issue")
_IN_TABLE = frozenset({BlockKind.TABLE, BlockKind.ROW, BlockKind.CELL})
# A row's first cell naming an item by its number and title (「1.1　端末の更新」, 「課題2-3 相談窓口の拡充」).
_NUMBERED_NAME = re.compile(
    r"(?P<number>[^0-9\s]{0,4}?[0-9]{1,2}(?:[.\-‐ー−][0-9]{1,2})*)[.．]?[ \u3000:：]+(?P<title>\S.*)"
)


def table_rows(doc: Document) -> Iterator[tuple[Block, list[list[Block]]]]:
    """Each table with its rows' cells (the header row first)."""
    children: dict[int, list[Block]] = {}
    for b in doc.blocks:
        if b.parent is not None and b.kind in (BlockKind.ROW, BlockKind.CELL):
            children.setdefault(b.parent, []).append(b)
    for table in doc.blocks_of(BlockKind.TABLE):
        rows = [r for r in children.get(table.index, []) if r.kind == BlockKind.ROW]
        yield table, [[c for c in children.get(r.index, []) if c.kind == BlockKind.CELL] for r in rows]


def row_owner(items: Sequence[Any], start: int, end: int) -> int | None:
    """The one measure standing in ``[start, end)`` (a row, a table), else its one issue."""
    for cls in OWNERS:
        inside = [
            n
            for n, it in enumerate(items)
            if it.cls == cls
            and (
                (start <= it.start and it.end <= end)
                # a measure restated by a list row (「| 1-1 | 行政手続のオンライン化 | … |」)
                or any(start <= s and e <= end for s, e in getattr(it, "rows", ()))
            )
        ]
        if len(inside) == 1:
            return inside[0]
        if inside:
            return None
    return None


def named_owner(items: Sequence[Any], name: str) -> int | None:
    """The one measure (else issue) whose label is ``name`` as written (spaces and emphasis aside):
    what a status table's row names in its first cell (「| 項目 | 取組状況 |」 over
    「| 電子申請の拡大 | ✓ … |」) when the item stands elsewhere in the document."""
    wanted = forms.plain(name)
    if not wanted:
        return None
    # 「| 1.1　端末の更新 | ✓ … |」: the item named by its number and title, as its heading states them
    numbered = _NUMBERED_NAME.fullmatch(unicodedata.normalize("NFKC", name.strip()))
    for cls in OWNERS:
        named = [n for n, it in enumerate(items) if it.cls == cls and forms.plain(it.label) == wanted]
        if not named and numbered is not None:
            named = [
                n
                for n, it in enumerate(items)
                if it.cls == cls
                and forms.plain(it.label) == forms.plain(numbered["title"])
                and _digits(it.number) == _digits(numbered["number"])
            ]
        if len(named) == 1:
            return named[0]
        if named:
            return None
    return None


def _digits(number: str | None) -> tuple[str, ...]:
    """A number's figures (「1-1」, 「1.1」 and 「課題1.1」 are one)."""
    return tuple(str(int(d)) for d in re.findall(r"[0-9]+", unicodedata.normalize("NFKC", number or "")))


def in_table(doc: Document, block: Block) -> bool:
    """Whether a block stands inside a table."""
    parent = block.parent
    while parent is not None:
        if doc.blocks[parent].kind in _IN_TABLE:
            return True
        parent = doc.blocks[parent].parent
    return False


def cell_updates(doc: Document, cell: Block) -> list[tuple[int, int]]:
    """A progress cell's updates: its ✓ entries where the reader found them (an HTML cell's
    「✓ …<br>✓ …」 stands on one line), else one per line or ・ of the cell."""
    checks = [
        (b.start, b.end) for b in doc.blocks if b.parent == cell.index and b.kind == BlockKind.CHECK_ITEM
    ]
    return checks or cell_entries(doc.text, cell)


def repeated_owner(
    doc: Document, cells: list[Block], above: list[Block] | None, owner: int | None
) -> int | None:
    """The item of the row above where this row's first cell repeats its first cell word for word
    (a cell merged over both rows, read again in each): both rows report on one item."""
    if above is None or owner is None or not cells or not above:
        return None
    first = forms.plain(doc.text[cells[0].start : cells[0].end])
    return owner if first and first == forms.plain(doc.text[above[0].start : above[0].end]) else None
