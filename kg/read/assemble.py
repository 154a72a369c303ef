"""Writing the text of a structured format (HTML, DOCX) while recording offsets.

Those formats have no text of their own to point into, so the reader writes
one: each block on its own line, table rows as tab-separated cells (the same
shape as the plain-text reports), and every block's offsets refer to it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from kg.read import structure as st
from kg.read.builder import DocumentBuilder
from kg.read.document import BlockKind

WHITESPACE = re.compile(r"[ \t\r\n\f\v]+")


@dataclass(slots=True)
class Run:
    """A piece of inline text, whether it is bold and the source line it begins on (0: none)."""

    text: str
    bold: bool = False
    line: int = 0


@dataclass(slots=True)
class Written:
    start: int
    end: int
    value: str
    emphasis: list[tuple[int, int]] = field(default_factory=list)

    def within(self, start: int, end: int) -> list[tuple[int, int]]:
        """The emphasis spans clipped to ``[start, end)``."""
        return [(max(s, start), min(e, end)) for s, e in self.emphasis if s < end and e > start]


def add_entry(builder: DocumentBuilder, written: Written, kind: BlockKind, parent: int | None) -> int:
    """A written paragraph or list entry as a block; returns the (last) block's index.

    A ✓ entry becomes check items and a ※ entry a note, whatever element or
    style holds it; a list entry's own bullet character is dropped.
    """
    value, base = written.value, written.start
    found = st.item(value, 0, len(value))
    if found is not None and found.kind == BlockKind.CHECK_ITEM:
        index = -1
        for s, e in st.check_items(value, found.content_start, len(value)):
            index = builder.add(
                BlockKind.CHECK_ITEM,
                base + s,
                base + e,
                parent=parent,
                emphasis=written.within(base + s, base + e),
            )
        return index
    start = base
    if found is not None and (found.kind == BlockKind.NOTE or kind == BlockKind.LIST_ITEM):
        kind = found.kind
        start = base + st.strip(value, found.content_start, len(value))[0]
    return builder.add(kind, start, written.end, parent=parent, emphasis=written.within(start, written.end))


def add_cell(builder: DocumentBuilder, written: Written, row: int) -> int:
    """A table cell and the ✓ entries inside it."""
    cell = builder.add(BlockKind.CELL, written.start, written.end, parent=row, emphasis=written.emphasis)
    for s, e in st.check_items(written.value, 0, len(written.value)):
        s, e = written.start + s, written.start + e
        builder.add(BlockKind.CHECK_ITEM, s, e, parent=cell, emphasis=written.within(s, e))
    return cell


class TextSink:
    def __init__(self) -> None:
        self._parts: list[str] = []
        self.pos = 0
        #: (offset in the written text, line of the source file there), in order, for runs
        #: that know their source line (HTML); see ``Document.source_line_of``.
        self.source_lines: list[tuple[int, int]] = []

    def raw(self, text: str) -> None:
        self._parts.append(text)
        self.pos += len(text)

    def runs(self, runs: list[Run], *, collapse: bool = True) -> Written:
        """Write inline runs as one line; bold runs become emphasis spans.

        With ``collapse`` (HTML) whitespace runs become one space and the ends
        are trimmed, as a browser shows them; line breaks inside become spaces
        so that a block never spans an unexpected line.
        """
        pieces: list[tuple[str, bool]] = []
        lines: list[list[tuple[int, int]]] = []
        for run in runs:
            value, marks = _collapsed(run, collapse)
            if value:
                pieces.append((value, run.bold))
                lines.append(marks)
        text = "".join(p for p, _ in pieces)
        lead = len(text) - len(text.lstrip())
        total = len(text.rstrip())
        start = self.pos
        out: list[str] = []
        emphasis: list[tuple[int, int]] = []
        cursor = 0
        for (value, bold), marks in zip(pieces, lines, strict=True):
            lo, hi = max(cursor, lead), min(cursor + len(value), total)
            if lo < hi:
                piece = value[lo - cursor : hi - cursor]
                if collapse and out and out[-1].endswith(" ") and piece.startswith(" "):
                    piece = piece[1:]
                    lo += 1
                offset = start + sum(len(o) for o in out)
                if bold and piece.strip():
                    inner = len(piece) - len(piece.lstrip())
                    emphasis.append((offset + inner, offset + len(piece.rstrip())))
                self._mark_lines(marks, lo - cursor, hi - cursor, offset)
                out.append(piece)
            cursor += len(value)
        written = "".join(out)
        self.raw(written)
        return Written(start, start + len(written), written, _merge(emphasis))

    def _mark_lines(self, marks: list[tuple[int, int]], lo: int, hi: int, offset: int) -> None:
        """Record the source lines of ``value[lo:hi]`` of a run, written from ``offset`` on."""
        if not marks:
            return
        first = max((m for m in marks if m[0] <= lo), default=marks[0])[1]
        for at, line in [(lo, first), *((a, n) for a, n in marks if lo < a < hi)]:
            if not self.source_lines or self.source_lines[-1][1] != line:
                self.source_lines.append((offset + at - lo, line))

    def text(self) -> str:
        return "".join(self._parts)


def _collapsed(run: Run, collapse: bool) -> tuple[str, list[tuple[int, int]]]:
    """The run's text as written, and (position in it, source line) where each source line begins.

    With ``collapse`` a whitespace run becomes one space, as a browser shows it; without, a line
    break does.  Positions are only kept for a run that knows its source line.
    """
    if not collapse:
        return run.text.replace("\n", " "), [(0, run.line)] if run.line else []
    if not run.line:
        return WHITESPACE.sub(" ", run.text), []
    out: list[str] = []
    marks = [(0, run.line)]
    line, at, written = run.line, 0, 0
    for m in WHITESPACE.finditer(run.text):
        out.append(run.text[at : m.start()])
        written += m.start() - at
        out.append(" ")
        written += 1
        breaks = m.group().count("\n")
        if breaks:
            line += breaks
            marks.append((written, line))
        at = m.end()
    out.append(run.text[at:])
    return "".join(out), marks


def _merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Adjacent bold runs (Word splits them freely) become one span."""
    merged: list[tuple[int, int]] = []
    for s, e in spans:
        if merged and merged[-1][1] == s:
            merged[-1] = (merged[-1][0], e)
        else:
            merged.append((s, e))
    return merged
