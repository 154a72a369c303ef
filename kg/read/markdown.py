"""Markdown documents (CommonMark with GitHub tables and footnotes).

Headings carry their section number in the title (``### 1.1. 　背景と目的``):
the number is parsed out, the level is the number of ``#``.  HTML comments,
rules and figure/img markup are not blocks; a figcaption's text is a paragraph.
"""

from __future__ import annotations

import re
from pathlib import Path

from kg.read import structure as st
from kg.read.builder import DocumentBuilder, LineParser, emphasis_spans
from kg.read.document import BlockKind, Document

MEDIA_TYPE = "text/markdown"
HEADING = re.compile(r"(#{1,6})(?:[ \t]+|$)")
TRAILING = re.compile(r"(?:[ \t\u3000]*<!--.*?-->|[ \t]+#+)[ \t\u3000]*$")
BULLET = re.compile(r"([ \t]*)([*+-]|\d{1,9}[.)])[ \t]+")
FOOTNOTE = re.compile(r"\[\^([^\]\s]+)\]:[ \t]*")
RULE = re.compile(r"(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,})")
TABLE_SEPARATOR = re.compile(r"\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?")
FENCE = re.compile(r"(```+|~~~+)")


def read_markdown(path: Path, text: str, encoding: str) -> Document:
    builder = DocumentBuilder(path, MEDIA_TYPE, encoding)
    MarkdownParser(text, builder).parse()
    return builder.finish(text)


class MarkdownParser(LineParser):
    def __init__(self, text: str, builder: DocumentBuilder) -> None:
        super().__init__(text, builder)
        # Open list items as (indent, block index), innermost last.
        self.items: list[tuple[int, int]] = []
        self.in_comment = False
        self.fence: str | None = None

    def parse(self) -> None:
        for line in self.lines:
            self._line(line)

    def _em(self, s: int, e: int) -> list[tuple[int, int]]:
        return emphasis_spans(self.text, s, e)

    def _line(self, line: st.Line) -> None:
        text = self.text
        s, e = st.strip(text, line.start, line.end)
        if self.fence is not None:
            if text.startswith(self.fence, s):
                self.fence = None
                self.paragraph = None
            elif self.paragraph is not None:
                self.b.extend(self.paragraph, line.end)
            else:
                self.paragraph = self.b.add(BlockKind.PARAGRAPH, line.start, line.end)
            return
        if self.in_comment or text.startswith("<!--", s):
            close = text.find("-->", s, e)
            self.in_comment = close == -1
            if close != -1 and close + 3 < e:
                s = close + 3
                s, e = st.strip(text, s, e)
            else:
                return
        if s == e:
            self.paragraph = self.table = None
            return
        if fence := FENCE.match(text, s, e):
            self.fence = fence.group(1)
            self.paragraph = None
            return
        if RULE.fullmatch(text, s, e) or st.only_tags(text, s, e):
            self.paragraph = None
            return
        if text[s] == "|":
            self._row(s, e)
            return
        self.table = None
        if m := HEADING.match(text, s, e):
            self._heading(len(m.group(1)), m.end(), e)
            return
        if m := FOOTNOTE.match(text, s, e):
            cs, ce = st.strip(text, m.end(), e)
            self.items = []
            self.paragraph = self.b.add(BlockKind.NOTE, cs, ce, number=m.group(1), emphasis=self._em(cs, ce))
            return
        if m := BULLET.match(text, line.start, line.end):
            self._bullet(len(m.group(1).expandtabs(4)), m.group(2), m.end(), e)
            return
        if self.paragraph is not None:
            self.b.extend(self.paragraph, e, self._em(s, e))
            return
        self.items = []
        found = st.item(text, s, e)
        if found is not None and found.kind != BlockKind.LIST_ITEM:
            self._marked(found, e, None)
            return
        self.paragraph = self.b.add(BlockKind.PARAGRAPH, s, e, emphasis=self._em(s, e))

    def _heading(self, level: int, start: int, end: int) -> None:
        if t := TRAILING.search(self.text, start, end):
            end = t.start()
        s, e = st.strip(self.text, start, end)
        number, title_start = st.split_number(self.text, s, e)
        ts, te = st.strip(self.text, title_start, e)
        self.b.add(
            BlockKind.HEADING,
            s,
            e,
            level=level,
            number=number,
            title=self.text[ts:te],
            emphasis=self._em(s, e),
        )
        self.paragraph = None
        self.items = []

    def _bullet(self, indent: int, marker: str, start: int, end: int) -> None:
        while self.items and self.items[-1][0] >= indent:
            self.items.pop()
        parent = self.items[-1][1] if self.items else None
        number = marker.rstrip(".)") if marker[0].isdigit() else None
        found = st.item(self.text, start, end)
        if found is not None and found.kind != BlockKind.LIST_ITEM:
            index = self._marked(found, end, parent)
        else:
            cs = found.content_start if found is not None and found.marker == "・" else start
            cs, ce = st.strip(self.text, cs, end)
            index = self.b.add(
                BlockKind.LIST_ITEM, cs, ce, number=number, parent=parent, emphasis=self._em(cs, ce)
            )
        self.items.append((indent, index))
        self.paragraph = None

    def _marked(self, found: st.ItemMatch, end: int, parent: int | None) -> int:
        """A ✓ or ※ line: its marker dropped; returns the (last) block added."""
        if found.kind == BlockKind.CHECK_ITEM:
            index = -1
            for cs, ce in st.check_items(self.text, found.content_start, end):
                index = self.b.add(BlockKind.CHECK_ITEM, cs, ce, parent=parent, emphasis=self._em(cs, ce))
            self.paragraph = None
            return index
        cs, ce = st.strip(self.text, found.content_start, end)
        self.paragraph = self.b.add(found.kind, cs, ce, parent=parent, emphasis=self._em(cs, ce))
        return self.paragraph

    def _row(self, s: int, e: int) -> None:
        self.paragraph = None
        self.items = []
        if self.table is None:
            self.table = self.b.add(BlockKind.TABLE, s, e)
        else:
            self.b.extend(self.table, e)
        if TABLE_SEPARATOR.fullmatch(self.text, s, e):
            return
        inner_start = s + 1
        inner_end = e - 1 if e - 1 > s and self.text[e - 1] == "|" and self.text[e - 2] != "\\" else e
        row = self.b.add(BlockKind.ROW, s, e, parent=self.table)
        for cs, ce in _pipe_cells(self.text, inner_start, inner_end):
            cell = self.b.add(BlockKind.CELL, cs, ce, parent=row, emphasis=self._em(cs, ce))
            for ks, ke in st.check_items(self.text, cs, ce):
                self.b.add(BlockKind.CHECK_ITEM, ks, ke, parent=cell, emphasis=self._em(ks, ke))


def _pipe_cells(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Cells between unescaped pipes (``\\|`` is a pipe inside a cell)."""
    spans: list[tuple[int, int]] = []
    cut = start
    i = start
    while i <= end:
        if i == end or (text[i] == "|" and text[i - 1] != "\\"):
            s, e = st.strip(text, cut, i)
            spans.append((s, e) if s < e else (cut, cut))
            cut = i + 1
        i += 1
    return spans
