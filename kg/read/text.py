"""Plain text reports: text extracted from a PDF or typed by hand.

Structure comes from line shapes (see :mod:`kg.read.structure`): numbered
and page-title headings, bullet, check and note lines, and tables written as
tab-separated lines.  A status table whose header and rows were extracted on
separate lines (``項目`` / ``取組状況`` each alone, items as ``- ✓`` lines) is
recognised as a table too.
"""

from __future__ import annotations

from pathlib import Path

from kg.read import structure as st
from kg.read.builder import DocumentBuilder, LineParser, emphasis_spans
from kg.read.document import BlockKind, Document

MEDIA_TYPE = "text/plain"
# The header of a status table when it was extracted one cell per line.
SPLIT_HEADER = ("項目", "取組状況")
ROW_NUMBER = st.BARE


def read_text(path: Path, text: str, encoding: str, media_type: str = MEDIA_TYPE) -> Document:
    builder = DocumentBuilder(path, media_type, encoding)
    TextParser(text, builder).parse()
    return builder.finish(text)


class TextParser(LineParser):
    """One pass over the lines; state is the open paragraph, table and □ item."""

    def __init__(self, text: str, builder: DocumentBuilder) -> None:
        super().__init__(text, builder)
        self.box: int | None = None

    def parse(self) -> None:
        i = 0
        while i < len(self.lines):
            i = self._line(i)

    def _line(self, i: int) -> int:
        line = self.lines[i]
        s, e = st.strip(self.text, line.start, line.end)
        if s == e:
            self.paragraph = None
            self.table = None
            return i + 1
        # Tested on the raw line: a theme row is "1 テーマ<TAB>" with its cell empty.
        if "\t" in self.text[line.start : line.end]:
            self._row(line)
            return i + 1
        self.table = None
        if self.text[s:e] == SPLIT_HEADER[0]:
            nxt = self._next_nonblank(i + 1)
            if nxt is not None and self._stripped(nxt) == SPLIT_HEADER[1]:
                return self._split_table(i, nxt)
        found = st.item(self.text, s, e)
        if found is not None:
            self._item(found, s, e)
            return i + 1
        head = st.heading(self.text, s, e)
        if head is not None:
            self._heading(head, s, e)
            return i + 1
        if self.paragraph is not None and self.b.kind_of(self.paragraph) in (
            BlockKind.PARAGRAPH,
            BlockKind.NOTE,
        ):
            self.b.extend(self.paragraph, e, emphasis_spans(self.text, s, e))
            return i + 1
        self.box = None
        self.paragraph = self.b.add(BlockKind.PARAGRAPH, s, e, emphasis=emphasis_spans(self.text, s, e))
        return i + 1

    def _stripped(self, i: int) -> str:
        line = self.lines[i]
        s, e = st.strip(self.text, line.start, line.end)
        return self.text[s:e]

    def _next_nonblank(self, i: int) -> int | None:
        while i < len(self.lines):
            if self._stripped(i):
                return i
            i += 1
        return None

    def _heading(self, head: st.HeadingMatch, s: int, e: int) -> None:
        ts, te = st.title_span(self.text, head, e)
        self.b.add(
            BlockKind.HEADING,
            s,
            e,
            level=head.level,
            number=head.number,
            title=self.text[ts:te],
            emphasis=emphasis_spans(self.text, s, e),
        )
        self.paragraph = self.box = None

    def _item(self, found: st.ItemMatch, s: int, e: int) -> None:
        self.paragraph = None
        if found.kind == BlockKind.CHECK_ITEM:
            for cs, ce in st.check_items(self.text, found.content_start, e):
                self.b.add(BlockKind.CHECK_ITEM, cs, ce, emphasis=emphasis_spans(self.text, cs, ce))
            return
        cs, ce = st.strip(self.text, found.content_start, e)
        if cs == ce:
            return
        if found.kind == BlockKind.NOTE:
            self.paragraph = self.b.add(BlockKind.NOTE, cs, ce, emphasis=emphasis_spans(self.text, cs, ce))
            return
        if found.marker in ("□", "■"):
            self.box = self.b.add(
                BlockKind.LIST_ITEM, cs, ce, number=found.number, emphasis=emphasis_spans(self.text, cs, ce)
            )
            return
        spans = st.bullet_items(self.text, cs, ce) if "・" in found.marker else [(cs, ce)]
        for ps, pe in spans:
            self.b.add(
                BlockKind.LIST_ITEM,
                ps,
                pe,
                number=found.number,
                parent=self.box,
                emphasis=emphasis_spans(self.text, ps, pe),
            )

    def _row(self, line: st.Line) -> None:
        self.paragraph = self.box = None
        if self.table is None:
            self.table = self.b.add(BlockKind.TABLE, line.start, line.end)
        else:
            self.b.extend(self.table, line.end)
        spans = st.cells(self.text, line.start, line.end)
        first = self.text[spans[0][0] : spans[0][1]]
        number = ROW_NUMBER.fullmatch(first)
        rs, re_ = st.strip(self.text, line.start, line.end, " \u3000\r")
        row = self.b.add(
            BlockKind.ROW, rs, re_, number=number.group(1) if number else None, parent=self.table
        )
        for cs, ce in spans:
            self._cell(row, cs, ce)

    def _cell(self, row: int, cs: int, ce: int) -> int:
        cell = self.b.add(BlockKind.CELL, cs, ce, parent=row, emphasis=emphasis_spans(self.text, cs, ce))
        for ks, ke in st.check_items(self.text, cs, ce):
            self.b.add(BlockKind.CHECK_ITEM, ks, ke, parent=cell, emphasis=emphasis_spans(self.text, ks, ke))
        return cell

    def _split_table(self, header: int, second: int) -> int:
        """A status table with one cell per line: ``項目`` / ``取組状況`` / theme / item / ✓ lines."""
        self.paragraph = self.box = None
        first = self.lines[header]
        table = self.b.add(BlockKind.TABLE, first.start, self.lines[second].end)
        row = self.b.add(BlockKind.ROW, first.start, self.lines[second].end, parent=table)
        for i in (header, second):
            s, e = st.strip(self.text, self.lines[i].start, self.lines[i].end)
            self.b.add(BlockKind.CELL, s, e, parent=row)
        i = second + 1
        while (nxt := self._next_nonblank(i)) is not None:
            s, e = st.strip(self.text, self.lines[nxt].start, self.lines[nxt].end)
            theme_number = ROW_NUMBER.fullmatch(self.text, s, e)
            if theme_number and not self._checks_follow(nxt + 1):
                theme = self.b.add(BlockKind.ROW, s, e, number=theme_number.group(1), parent=table)
                self.b.add(BlockKind.CELL, s, e, parent=theme)
                # The status column of a theme row is empty, as in the tab-separated tables.
                self.b.add(BlockKind.CELL, e, e, parent=theme)
                self.b.extend(table, e)
                i = nxt + 1
                continue
            if st.item(self.text, s, e) is not None or not self._checks_follow(nxt + 1):
                break
            i = self._split_row(table, nxt)
        return i

    def _checks_follow(self, i: int) -> bool:
        nxt = self._next_nonblank(i)
        if nxt is None:
            return False
        line = self.lines[nxt]
        s, e = st.strip(self.text, line.start, line.end)
        found = st.item(self.text, s, e)
        return found is not None and found.kind == BlockKind.CHECK_ITEM

    def _split_row(self, table: int, title_line: int) -> int:
        title = self.lines[title_line]
        ts, te = st.strip(self.text, title.start, title.end)
        row = self.b.add(BlockKind.ROW, ts, te, parent=table)
        self.b.add(BlockKind.CELL, ts, te, parent=row)
        first_check = self._next_nonblank(title_line + 1)
        assert first_check is not None
        checks: list[tuple[int, int]] = []
        i = first_check
        while i < len(self.lines):
            line = self.lines[i]
            s, e = st.strip(self.text, line.start, line.end)
            if s == e:
                i += 1
                continue
            found = st.item(self.text, s, e)
            if found is None or found.kind != BlockKind.CHECK_ITEM:
                break
            checks.extend(st.check_items(self.text, found.content_start, e))
            i += 1
        cell_start = st.strip(self.text, self.lines[first_check].start, self.lines[first_check].end)[0]
        cell_end = checks[-1][1] if checks else cell_start
        self.b.extend(row, cell_end)
        self.b.extend(table, cell_end)
        cell = self.b.add(BlockKind.CELL, cell_start, cell_end, parent=row)
        for cs, ce in checks:
            self.b.add(BlockKind.CHECK_ITEM, cs, ce, parent=cell, emphasis=emphasis_spans(self.text, cs, ce))
        return i
