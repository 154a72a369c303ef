"""Collecting blocks in document order and deriving lines and the section tree.

Readers only say where a block is and what it is; the builder fills in lines,
indexes, sections, and repeated-heading links the same way for every format.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from kg.read.document import Block, BlockKind, Document, Section, Span
from kg.read.structure import split_lines

EMPHASIS = re.compile(r"\*\*(?=\S)(.+?)(?<=\S)\*\*")
CONTINUED = re.compile(r"[\s\u3000]*[（(]続き[）)]$")


def emphasis_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Spans of the text inside ``**…**`` pairs within ``text[start:end]``."""
    return [(m.start(1), m.end(1)) for m in EMPHASIS.finditer(text, start, end)]


def base_title(title: str) -> str:
    """A heading title without a trailing （続き） mark, for matching repeats."""
    return CONTINUED.sub("", title).strip()


@dataclass(slots=True)
class _Pending:
    kind: BlockKind
    start: int
    end: int
    level: int
    number: str | None
    title: str | None
    parent: int | None
    emphasis: list[tuple[int, int]] = field(default_factory=list)


class DocumentBuilder:
    """Blocks are added in document order (a parent before its children)."""

    def __init__(self, path: Path, media_type: str, encoding: str) -> None:
        self.path = path
        self.media_type = media_type
        self.encoding = encoding
        self._pending: list[_Pending] = []

    def __len__(self) -> int:
        return len(self._pending)

    def add(
        self,
        kind: BlockKind,
        start: int,
        end: int,
        *,
        level: int = 0,
        number: str | None = None,
        title: str | None = None,
        parent: int | None = None,
        emphasis: list[tuple[int, int]] | None = None,
    ) -> int:
        """Record a block; returns its index."""
        if end < start:
            raise ValueError(f"block ends ({end}) before it starts ({start})")
        self._pending.append(_Pending(kind, start, end, level, number, title, parent, list(emphasis or [])))
        return len(self._pending) - 1

    def extend(self, index: int, end: int, emphasis: list[tuple[int, int]] | None = None) -> None:
        """Let block ``index`` run on to ``end`` (a paragraph's next line)."""
        pending = self._pending[index]
        pending.end = end
        pending.emphasis.extend(emphasis or [])

    def kind_of(self, index: int) -> BlockKind:
        return self._pending[index].kind

    def finish(
        self,
        text: str,
        *,
        page_starts: list[int] | None = None,
        source_lines: list[tuple[int, int]] | None = None,
    ) -> Document:
        doc = Document(
            self.path,
            text,
            self.media_type,
            self.encoding,
            page_starts=list(page_starts or []),
            source_lines=list(source_lines or []),
        )
        for index, p in enumerate(self._pending):
            last = max(p.start, p.end - 1)
            doc.blocks.append(
                Block(
                    kind=p.kind,
                    text=text[p.start : p.end],
                    start=p.start,
                    end=p.end,
                    line=doc.line_of(p.start),
                    end_line=doc.line_of(last),
                    level=p.level,
                    number=p.number,
                    title=p.title,
                    parent=p.parent,
                    emphasis=[Span(s, e, doc.line_of(s)) for s, e in p.emphasis],
                    index=index,
                )
            )
        build_sections(doc)
        return doc


def build_sections(doc: Document) -> None:
    """Derive the section tree from heading levels, in one pass.

    A heading that repeats an open or sibling section's title at the same
    level (a page title on the next page, a theme marked （続き）) resumes that
    section, so a theme's issues stay together across page breaks.
    """
    stack: list[Section] = []
    for block in doc.blocks:
        if block.kind == BlockKind.HEADING:
            level = max(block.level, 1)
            while stack and stack[-1].level >= level:
                stack.pop()
            parent = stack[-1].index if stack else None
            key = base_title(block.title or block.text)
            earlier = _repeated(doc, parent, level, key, block.number)
            if earlier is not None:
                earlier.continuations.append(block.index)
                block.continues = earlier.heading
                stack.append(earlier)
            else:
                section = Section(
                    heading=block.index,
                    title=block.title or block.text,
                    number=block.number,
                    level=level,
                    parent=parent,
                    index=len(doc.sections),
                )
                doc.sections.append(section)
                if parent is not None:
                    doc.sections[parent].children.append(section.index)
                stack.append(section)
        if stack:
            block.section = stack[-1].index
            stack[-1].blocks.append(block.index)


def _repeated(doc: Document, parent: int | None, level: int, key: str, number: str | None) -> Section | None:
    siblings = (
        doc.sections[parent].children
        if parent is not None
        else [s.index for s in doc.sections if s.parent is None]
    )
    # Only the most recent sibling can be resumed: a title printed again much
    # later (after another section intervened) is a new section.
    if not siblings:
        return None
    candidate = doc.sections[siblings[-1]]
    if candidate.level != level or candidate.number != number:
        return None
    if base_title(candidate.title) != key:
        return None
    return candidate


class LineParser:
    """One pass over the lines of a text, adding blocks to a builder; the open paragraph and
    table are the state every line format keeps (subclasses add their own)."""

    def __init__(self, text: str, builder: DocumentBuilder) -> None:
        self.text = text
        self.b = builder
        self.lines = split_lines(text)
        self.paragraph: int | None = None
        self.table: int | None = None

    def parse(self) -> None:
        raise NotImplementedError
