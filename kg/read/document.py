"""The one model every reader returns: the text as read, its blocks, its sections.

Offsets are character offsets into ``Document.text`` (the text as read, before
any normalisation); lines are 1-based.  For every block,
``document.text[block.start:block.end] == block.text``.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path


class BlockKind(StrEnum):
    """What a block is; the names are the ones `policykg inspect` prints."""

    HEADING = "heading"
    PARAGRAPH = "paragraph"
    LIST_ITEM = "list_item"
    TABLE = "table"
    ROW = "row"
    CELL = "cell"
    CHECK_ITEM = "check_item"
    NOTE = "note"


@dataclass(frozen=True, slots=True)
class Span:
    """A stretch of the document text: [start, end) in characters, starting on ``line``."""

    start: int
    end: int
    line: int


@dataclass(slots=True)
class Block:
    """One structural unit of a document with its exact source span.

    ``number`` is the heading or item number as written ("1.3", "II", "①");
    ``level`` is the heading depth (1 = top); ``parent`` is the index of the
    enclosing block (a row's table, a cell's row) or None; ``emphasis`` holds
    the spans marked ``**…**`` (or bold in PDF/DOCX/HTML) inside the block.
    """

    kind: BlockKind
    text: str
    start: int
    end: int
    line: int
    end_line: int
    level: int = 0
    number: str | None = None
    title: str | None = None
    parent: int | None = None
    section: int | None = None
    emphasis: list[Span] = field(default_factory=list)
    index: int = -1
    #: For a heading that repeats an earlier one (a page title printed again,
    #: a theme marked （続き） on a continuation page): the earlier heading's
    #: index.  Such a heading resumes the earlier section instead of opening one.
    continues: int | None = None

    @property
    def span(self) -> Span:
        return Span(self.start, self.end, self.line)


@dataclass(slots=True)
class Section:
    """A node of the section tree: a heading block and the blocks under it."""

    heading: int
    title: str
    number: str | None
    level: int
    parent: int | None
    children: list[int] = field(default_factory=list)
    blocks: list[int] = field(default_factory=list)
    index: int = -1
    #: Headings that resume this section (see ``Block.continues``).
    continuations: list[int] = field(default_factory=list)


@dataclass(slots=True)
class Document:
    """A document as read: its text, blocks and section tree."""

    path: Path
    text: str
    media_type: str
    encoding: str
    blocks: list[Block] = field(default_factory=list)
    sections: list[Section] = field(default_factory=list)
    #: Offsets at which each page begins, for paged formats (PDF); else empty.
    page_starts: list[int] = field(default_factory=list)
    #: For a text assembled from markup (HTML): (offset, line of the source file there), in
    #: order; empty where the text is the file's own (text, Markdown) or has no lines (Word, PDF).
    source_lines: list[tuple[int, int]] = field(default_factory=list)
    _line_starts: list[int] = field(default_factory=list, repr=False)

    def __post_init__(self) -> None:
        self._line_starts = line_starts(self.text)

    def line_of(self, offset: int) -> int:
        """The 1-based line on which character ``offset`` stands.

        >>> Document(Path("x.txt"), "a\\nb\\nc", "text/plain", "utf-8").line_of(2)
        2
        """
        return bisect.bisect_right(self._line_starts, offset)

    def source_line_of(self, offset: int) -> int:
        """The 1-based line of the source file on which character ``offset`` was written.

        The line of the text as read, except for a text assembled from markup, where it is the
        line of the markup file (what ``pol:line`` records).
        """
        if not self.source_lines:
            return self.line_of(offset)
        at = bisect.bisect_right(self.source_lines, (offset, float("inf"))) - 1
        return self.source_lines[max(at, 0)][1]

    def recorded_line(self, offset: int, line: int) -> int:
        """The line ``pol:line`` records for what starts at ``offset`` on the text's ``line``: that line,
        except for a text assembled from markup, where it is the markup file's line."""
        return self.source_line_of(offset) if self.source_lines else line

    def source_lines_within(self, start: int, end: int) -> list[int]:
        """The lines of the source file that the text ``[start, end)`` was written from, in order."""
        lines = [self.source_line_of(start)]
        if self.source_lines:
            at = bisect.bisect_right(self.source_lines, (start, float("inf")))
            while at < len(self.source_lines) and self.source_lines[at][0] < end:
                if self.source_lines[at][1] > lines[-1]:
                    lines.append(self.source_lines[at][1])
                at += 1
        return lines

    def line_start(self, line: int) -> int:
        """The offset at which 1-based ``line`` begins."""
        return self._line_starts[line - 1]

    def line_text(self, line: int) -> str:
        """The text of 1-based ``line`` without its line break."""
        start = self._line_starts[line - 1]
        end = self._line_starts[line] - 1 if line < len(self._line_starts) else len(self.text)
        return self.text[start:end].rstrip("\r")

    def blocks_of(self, kind: BlockKind) -> Iterator[Block]:
        return (b for b in self.blocks if b.kind == kind)

    def page_of(self, offset: int) -> int | None:
        """The 1-based page on which character ``offset`` stands, for paged formats."""
        if not self.page_starts:
            return None
        return bisect.bisect_right(self.page_starts, offset)

    def children_of(self, index: int) -> list[Block]:
        """The blocks whose parent is block ``index``, in document order."""
        return [b for b in self.blocks if b.parent == index]


def line_starts(text: str) -> list[int]:
    """Offsets at which each line begins (line 1 begins at 0)."""
    starts = [0]
    pos = text.find("\n")
    while pos != -1:
        starts.append(pos + 1)
        pos = text.find("\n", pos + 1)
    return starts
