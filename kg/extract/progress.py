"""Status tables (項目 / 取組状況): their rows and the progress updates (✓) in them.

Each table sits under a page heading 「これまでの主な取組状況について①」.  A row
whose first cell is numbered (「1 マイナンバー関連システム整備」) names the theme
of the rows below it; every other row names an item in its first cell and
lists its ✓ progress updates in the second.

Which tables are status tables (their header) and how a theme row is written
come from the document's profile (:mod:`kg.extract.profiles`, ``[status_table]``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from kg.extract.policy import clean_title, strip_emphasis
from kg.read.document import Block, BlockKind, Document


@dataclass(slots=True)
class StatusRow:
    table: int  # index of the table among the document's status tables (0-based)
    table_number: str | None  # the page heading's number, e.g. "①"
    theme: str | None  # the theme number of the theme row above it
    title: str
    block: Block
    title_block: Block
    updates: list[Block] = field(default_factory=list)

    @property
    def key(self) -> str:
        return f"{self.table + 1}-{self.block.line}"


def _children(doc: Document, parent: Block, kind: BlockKind) -> list[Block]:
    return [b for b in doc.blocks if b.parent == parent.index and b.kind == kind]


def _is_status_table(doc: Document, table: Block, wanted: tuple[str, ...]) -> bool:
    rows = _children(doc, table, BlockKind.ROW)
    if not rows or not wanted:
        return False
    header = tuple(c.text.strip() for c in _children(doc, rows[0], BlockKind.CELL))
    return header[: len(wanted)] == wanted


def _check_items(doc: Document, cell: Block) -> list[Block]:
    # ✓ entries hang off the cell; some layouts nest them one level deeper.
    direct = _children(doc, cell, BlockKind.CHECK_ITEM)
    if direct:
        return direct
    nested: list[Block] = []
    for child in doc.blocks:
        if child.parent == cell.index:
            nested.extend(_children(doc, child, BlockKind.CHECK_ITEM))
    return nested


def status_rows(doc: Document, header: tuple[str, ...], theme_cell: re.Pattern[str]) -> list[StatusRow]:
    """Every item row of every table whose header row begins with ``header``, in reading order."""
    result: list[StatusRow] = []
    tables = [b for b in doc.blocks if b.kind == BlockKind.TABLE and _is_status_table(doc, b, header)]
    for n, table in enumerate(tables):
        heading = doc.sections[table.section].number if table.section is not None else None
        theme: str | None = None
        for row in _children(doc, table, BlockKind.ROW)[1:]:
            cells = _children(doc, row, BlockKind.CELL)
            if not cells:
                continue
            first = cells[0]
            updates = [b for c in cells[1:] for b in _check_items(doc, c)]
            if row.number or (not updates and theme_cell.match(first.text.strip())):
                m = theme_cell.match(first.text.strip())
                theme = row.number or (m[1] if m else theme)
                continue
            result.append(
                StatusRow(
                    table=n,
                    table_number=heading,
                    theme=theme,
                    title=clean_title(strip_emphasis(first.text)).strip(),
                    block=row,
                    title_block=first,
                    updates=updates,
                )
            )
    return result
