"""Outlines drawn in plain text (extraction stage): bracketed names over marked lines, text trees, ⇒ lines.

Takes the paragraphs of a read document (through the reader in :mod:`kg.extract.outline`,
which this class is a part of) and gives the items the lines draw:

- a 「【観光の振興】」 line over ■/・ lines that name actions is a theme over them as measures
  (budget lines and ※ notes between them are no items);
- a 施策体系 drawn with ├─/└─ gives a theme for each branch with branches below it and a
  measure for each last branch, in the theme on the line just above the drawing where one
  stands there (「基本方針１　…」 over its branches), each labelled after its number (「(1) 」);
- a line opening with ⇒ (a slide's 期待される効果) states a goal.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kg.extract import outline_forms as forms
from kg.extract.outline_combined import combined_kinds
from kg.extract.outline_forms import Found
from kg.extract.profiles import Profile
from kg.read.document import Block, BlockKind, Document

# A line that is a name in brackets (「【観光の振興】」, 「〈ハード対策〉」): a theme over action lines.
NAME_LINE = re.compile(
    r"^[ \u3000]*[【〔［〈《＜<](?P<name>[^【】〔〕［］〈〉《》＜＞<>\n]{2,40})"
    r"[】〕］〉》＞>][ \u3000]*$"
)
# A branch of a tree drawn in text: the rules before it (「│　」) and its own mark (「├─ 」, 「└─ 」).
_BRANCH = re.compile(r"^[ \u3000│┃|]*[├└┣┗]─*[ \u3000]*")


class DrawnRules:
    """The plain-text outline rules; the reader that holds them gives the document, profile and ``add``."""

    doc: Document
    p: Profile
    skipped: set[int]
    found: list[Found]

    if TYPE_CHECKING:

        def add(self, cls: str, block: Block, rule: str, start: int | None = None, end: int | None = None,
                **extra: object) -> int | None:  # fmt: skip
            raise NotImplementedError

        def _label_type_of(self, text: str) -> str | None:
            raise NotImplementedError

        def _cue_words(self, title: str) -> bool:
            raise NotImplementedError

        def _names_action(self, text: str) -> bool:
            raise NotImplementedError

    def _bracket_lines(self) -> None:
        """「【観光の振興】」 lines over ■/・ lines of plain text that name actions (「■観光案内所の
        多言語化」): the bracketed name is a theme, each marked line a measure of it; other lines
        (「予算額　…」) between them are no items."""
        theme: tuple[Block, int, int] | None = None  # the name line not yet added
        added: int | None = None
        blocks = self.doc.blocks
        # names over list entries (「○ …」 read as entries) where two or more stand side by side: one
        # alone over a list is the list's label (「【改善項目】」)
        over_lists = sum(
            1
            for n, b in enumerate(blocks[:-1])
            if b.kind == BlockKind.PARAGRAPH
            and (m := NAME_LINE.match(b.text)) is not None
            and not self._cue_name(b.text, m["name"].strip(" \u3000"))
            and blocks[n + 1].kind == BlockKind.LIST_ITEM
        )
        for block in blocks:
            if block.kind == BlockKind.LIST_ITEM and block.section not in self.skipped:
                if theme is not None and over_lists >= 2 and self._names_action(block.text):
                    added = self._bracket_measure(theme, added, block, block.start, block.end)
                    if added is None:
                        theme = None
                continue
            if block.kind == BlockKind.NOTE and block.section not in self.skipped:
                continue  # a note (「※…」) between the marked lines
            if block.kind != BlockKind.PARAGRAPH or block.section in self.skipped:
                theme, added = None, None
                continue
            at = block.start
            for line in block.text.split("\n"):
                s, e = at, at + len(line.rstrip())
                at += len(line) + 1
                name = NAME_LINE.match(line)
                if name is not None:
                    cue = self._cue_name(line, name["name"].strip(" \u3000"))
                    theme = None if cue else (block, s + name.start("name"), s + name.end("name"))
                    added = None
                    continue
                if theme is None:
                    continue
                mark = forms.line_mark(line)
                if mark is None or not self._names_action(line[mark:]):
                    continue
                added = self._bracket_measure(theme, added, block, s + mark, e)
                if added is None:
                    theme = None

    def _cue_name(self, line: str, bare: str) -> bool:
        """Whether a bracketed name is a label, a cue or a part about the document (「【課題】」,
        「【現状と課題】」, 「【趣旨】」, 「【問合せ先】」), no theme."""
        return (
            self._label_type_of(line.strip()) is not None
            or combined_kinds(bare, self.p.combined_words) is not None
            or self._cue_words(bare)
            or forms.about_document(bare, self.p)
        )

    def _bracket_measure(
        self, theme: tuple[Block, int, int], added: int | None, block: Block, start: int, end: int
    ) -> int | None:
        """A marked line under a bracketed name: a measure of the name's theme (added with the first);
        gives the theme, None where it could not be added."""
        if added is None:
            added = self.add("Theme", theme[0], "heading", theme[1], theme[2])
            if added is None:
                return None
        known = next((f for f in self.found if f.start == start and f.end == end), None)
        if known is None:
            self.add("Measure", block, "heading", start, end, theme=added, theme_basis="heading")
        elif known.theme is None and known.cls != "Theme":
            known.theme, known.theme_basis = added, "heading"
        return added

    def _effect_lines(self) -> None:
        """A line that opens with the effect's arrow (「⇒ 地域の中小企業の脱炭素化を加速する。」, a slide's
        期待される効果): the state it leads to is a goal."""
        for block in self.doc.blocks:
            if block.kind != BlockKind.PARAGRAPH or block.section in self.skipped:
                continue
            at = block.start
            for line in block.text.split("\n"):
                s, e = at, at + len(line.rstrip())
                at += len(line) + 1
                m = next((m for p in self.p.tree.get("effect", ()) if (m := p.match(line))), None)
                if m is not None and line[m.end() :].strip():
                    self.add("Goal", block, "label", s + m.end(), e)

    def _drawn_trees(self) -> None:
        """A 施策体系 drawn in text (「├─ 基本方針１　…」 over 「│　└─ 施策２　…」): a branch with branches
        below it is a theme, a last branch a measure of the theme above it.  The drawing may be one
        paragraph or (as Word keeps it) a paragraph a line."""
        runs: list[list[tuple[int, int, int, Block]]] = [[]]
        for block in self.doc.blocks:
            if block.kind != BlockKind.PARAGRAPH or block.section in self.skipped:
                runs.append([])
                continue
            at = block.start
            for line in block.text.split("\n"):
                m = _BRANCH.match(line)
                if m is not None and line[m.end() :].strip():
                    runs[-1].append(
                        (len(m[0].rstrip(" \u3000")), at + m.end(), at + len(line.rstrip()), block)
                    )
                elif runs[-1]:
                    runs.append([])
                at += len(line) + 1
        for lines in runs:
            # the theme on the line just above the drawing (「基本方針１　…」 over its branches)
            themes: list[tuple[int, int | None]] = [(-1, self._theme_above(lines[0][1]))] if lines else []
            for n, (depth, s, e, block) in enumerate(lines):
                while themes and themes[-1][0] >= depth:
                    themes.pop()
                above = next((t for _, t in reversed(themes) if t is not None), None)
                if n + 1 < len(lines) and lines[n + 1][0] > depth:
                    # 「基本方針１　生涯学習の機会の充実」, 「1　教育の支援」: the name after the number
                    rest = forms.split_title(self.doc.text[s:e], (*self.p.theme_numbers, *self.p.numbers))[1]
                    s = e - len(rest)
                    themes.append((depth, self.add("Theme", block, "heading", s, e)))
                else:
                    # 「(1) 学習支援教室の開設」: the measure after its number (a 「施策２」 keeps its own)
                    rest = forms.split_title(self.doc.text[s:e], self.p.numbers)[1]
                    s = e - len(rest)
                    self.add("Measure", block, "heading", s, e, theme=above, theme_basis="heading")

    def _theme_above(self, start: int) -> int | None:
        """The theme that stands on the line just above the one ``start`` is on."""
        line = self.doc.line_of(start)
        return next(
            (
                n
                for n, f in enumerate(self.found)
                if f.cls == "Theme" and self.doc.line_of(f.start) == line - 1
            ),
            None,
        )
