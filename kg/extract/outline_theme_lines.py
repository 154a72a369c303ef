"""Lines that head a theme (extraction stage): a theme named on a line of text, not in a heading.

Takes the paragraphs of a read document through the reader in :mod:`kg.extract.outline` (which this
class is a part of) and gives

- a line that opens with a theme's number (「柱1　産業の活力を生み出す」, 「**基本方針1　…**」): that
  theme, and the marked lines below it (「(1) 農林水産業の成長産業化」, 「・…」) its measures;
- a line set apart as a heading, in bold or after ■ (「■ 重点施策1　…」, 「■ 地域公共交通の確保」),
  alone over a paragraph of lines marked otherwise (「◇ …」) or a list: a theme over them as its
  measures, unless it labels a list by its type (「**課題**」, 「■ 主な取組」);
- an item after a theme line in its section that no nearer rule put in a theme: part of the last one.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kg.extract import outline_forms as forms
from kg.extract.outline_combined import combined_kinds
from kg.extract.outline_forms import Found
from kg.extract.profiles import Profile
from kg.read.document import Block, BlockKind, Document

# A line set apart as a heading: wholly in bold (「**基本方針1　…**」), after a heading's mark (「■ …」,
# 「◎ …」) or in angle brackets (「〈ハード対策〉」).
# A mark explained after a colon (「◎：推奨」, a legend) is none.
_DECORATED = re.compile(
    r"^(?:\*\*(?P<bold>[^*]+)\*\*|[■◆●◎□][ \u3000]*(?P<marked>[^：:\s].*)"
    r"|〈(?P<angled>[^〈〉]+)〉|《(?P<doubled>[^《》]+)》)$"
)


def _undecorated(line: str) -> str:
    """A line without the bold marks or the heading's mark that set it apart."""
    m = _DECORATED.match(line)
    return line if m is None else (m["bold"] or m["marked"] or m["angled"] or m["doubled"]).strip(" \u3000")


def _bold(block: Block, start: int, end: int) -> bool:
    """Whether a line of a block is wholly in bold (a Word paragraph's bold runs, no marks in its text)."""
    return start < end and any(sp.start <= start and end <= sp.end for sp in block.emphasis)


class ThemeLineRules:
    """The theme-line rules; the reader that holds them gives the document, profile, items and ``add``."""

    doc: Document
    p: Profile
    skipped: set[int]
    found: list[Found]
    group_bullets: set[int]  # list entries that hold others
    line_themes: list[tuple[int, int, int | None]]  # themes of lines (「柱1 …」): item, start, section

    if TYPE_CHECKING:

        def add(self, cls: str, block: Block, rule: str, start: int | None = None, end: int | None = None,
                **extra: object) -> int | None:  # fmt: skip
            raise NotImplementedError

        def _topic_of_measures(self, plain: str) -> bool:
            raise NotImplementedError

        def list_named(self, text: str) -> str | None:
            raise NotImplementedError

        def _container(self, section: int | None) -> bool:
            raise NotImplementedError

    def _theme_lines(self) -> None:
        """Lines of a paragraph that open with a theme's number (「柱1　産業の活力を生み出す」): that
        theme, and the marked lines below it (「(1) 農林水産業の成長産業化」) its measures."""
        theme: int | None = None  # the theme the lines so far stand under (Word: one paragraph a line)
        measures = False  # whether the lines so far stand under a theme or measure line
        listed = "Measure"  # the type a label among the lines names (「○課題」: issues), measures else
        self.line_themes = []
        last = ""  # the last entry read under a theme line
        for n, block in enumerate(self.doc.blocks):
            if (
                block.kind == BlockKind.LIST_ITEM
                and measures
                and block.section not in self.skipped
                and block.index not in self.group_bullets
            ):
                # a list entry after a theme line (Word writes a ・ line as a list paragraph)
                if (kind := self.list_named(block.text)) is not None:
                    listed = kind  # 「○課題」 among them: the label of the entries after it, no entry
                    continue
                basis = "heading" if theme is not None else None
                self.add(listed, block, "heading", theme=theme, theme_basis=basis)
                last = block.text
                continue
            if block.kind != BlockKind.PARAGRAPH or block.section in self.skipped:
                theme, measures = None, False
                continue
            at = block.start
            lines = block.text.split("\n")
            for line in lines:
                written = line.strip(" \u3000")
                s = at + line.index(written) if written else at
                at += len(line) + 1
                bare = _undecorated(written)
                number, rest = forms.split_title(bare, self.p.theme_numbers)
                named, measure = number is not None, False
                if not named and (
                    (
                        len(lines) == 1
                        and (
                            self._over_marked_lines(written, n, _bold(block, s, s + len(written)))
                            or self._numbered_over_list(written, n, block.section)
                        )
                    )
                    or (line is lines[0] and self._over_own_lines(written, lines[1:]))
                ):
                    # 「■ 重点施策1　…」, 「**１　…**」, 「■ 地域公共交通の確保」 alone over a paragraph of
                    # lines marked otherwise, or over such lines of its own paragraph: a theme, or a
                    # measure where its own number names one
                    number, rest = forms.split_title(bare, self.p.item_numbers.get("measure", ()))
                    measure = number is not None
                    if number is None:
                        numbers = (*self.p.numbers, *self.p.tree.get("manual_numbers", ()))
                        number, rest = forms.split_title(bare, numbers)
                    named, rest = True, rest if number is not None and rest else bare
                mark = forms.line_mark(written)
                if named or not measures:
                    listed = "Measure"
                if named and measure:
                    # 「■ 重点施策1　…」: a measure's own number names a measure over its lines
                    start = s + written.index(rest)
                    over = self.add("Measure", block, "heading", start, start + len(rest), number=number)
                    theme, measures = None, over is not None
                elif named:
                    start = s + written.index(rest)
                    theme = self.add("Theme", block, "heading", start, start + len(rest), number=number)
                    measures = theme is not None
                    if theme is not None:
                        self.line_themes.append((theme, start, block.section))
                elif measures and mark is not None and (kind := self.list_named(written[mark:])) is not None:
                    # 「○課題」, 「○具体的な取組」 under a theme line: the label of the lines after it
                    listed = kind
                elif measures and mark is not None and not self._ends_entries(written, last, bare):
                    e = s + len(written)
                    basis = "heading" if theme is not None else None
                    self.add(listed, block, "heading", s + mark, e, theme=theme, theme_basis=basis)
                    last = written
                else:
                    theme, measures = None, False

    def _ends_entries(self, line: str, last: str, bare: str) -> bool:
        """Whether a marked line after a theme line's entries names a part about the plan, marked
        otherwise than they are (「■推進体制」 after 「◆ …」 lines): it ends them, no entry."""
        return bool(last) and line[:1] != last[:1] and forms.about_document(bare, self.p)

    def _set_apart(self, line: str, bold: bool = False) -> bool:
        """Whether a line is set apart as a heading (bold, after ■) and names a topic: no
        sentence, no list's label (「**課題**」, 「■ 主な取組」), no part about the document itself
        (「■ 趣旨」, 「**問合せ先**」)."""
        bare = _undecorated(line)
        return not (
            (bare == line and not bold)
            or line.endswith("。")
            or self._cue_label(bare)
            or forms.about_document(bare, self.p)
        )

    def _over_own_lines(self, line: str, rest: list[str]) -> bool:
        """Whether a line set apart opens a paragraph whose other lines are each marked, with another
        mark than its own (「**１　担い手の確保と育成**」 over 「・…」 lines)."""
        marks = [forms.line_mark(r.strip(" \u3000")) for r in rest]
        return (
            bool(rest)
            and self._set_apart(line)
            and all(m is not None for m in marks)
            and all(r.strip(" \u3000")[:1] != line[:1] for r in rest)
        )

    def _over_marked_lines(self, line: str, n: int, bold: bool = False) -> bool:
        """Whether a line set apart stands over a paragraph whose lines are each marked, with another
        mark than its own."""
        if not self._set_apart(line, bold):
            return False
        before = self.doc.blocks[n - 1] if n > 0 else None
        if (
            before is not None
            and before.kind == BlockKind.PARAGRAPH
            and "\n" not in before.text.strip()
            and not bold
            and _DECORATED.match(line)
            and before.text.lstrip(" \u3000")[:1] == line[:1]
        ):
            return False  # the last of a run of 「◆ …」 lines (a paragraph a line): one of them
        following = self.doc.blocks[n + 1] if n + 1 < len(self.doc.blocks) else None
        if following is not None and following.kind == BlockKind.LIST_ITEM:
            return True  # a list (as Word keeps a ・ line) after it
        return (
            following is not None
            and following.kind == BlockKind.PARAGRAPH
            and bool(forms.line_entries(self.doc.text, following))
            and following.text.lstrip(" \u3000")[:1] != line[:1]
        )

    def _numbered_over_list(self, line: str, n: int, section: int | None) -> bool:
        """Whether a numbered line (「4.1 予防保全型管理への転換」, 「(2) …」) alone over a list stands in a
        heading that names the kind of what it holds (``tree.containers``, 「…の基本方針」): one of the
        themes it holds, the list its measures."""
        numbers = (*self.p.numbers, *self.p.tree.get("manual_numbers", ()))
        following = self.doc.blocks[n + 1] if n + 1 < len(self.doc.blocks) else None
        return (
            following is not None
            and following.kind == BlockKind.LIST_ITEM
            and self._container(section)
            and forms.split_title(line, numbers)[0] is not None
            and not line.endswith("。")
            and not self._cue_label(forms.split_title(line, numbers)[1])
        )

    def _cue_label(self, text: str) -> bool:
        """Whether a line labels a list by its type (「課題」, 「目指す姿」, 「主な取組」, 「KPI」)."""
        if forms.label_type(text, self.p.labels) is not None:
            return True
        if self._topic_of_measures(forms.plain(text)):
            return False  # 「〈ハード対策〉」: a topic's name ending in a measure word, over its measures
        heads = self.p.headings
        keys = ("theme", "goal", "issue", "measure", "kpi", "schedule")
        return (
            any(forms.names_list(text, heads[k]) for k in keys)
            or combined_kinds(text, self.p.combined_words) is not None
        )

    def _line_theme_links(self) -> None:
        """An item after a theme line in its section (「政策3　子育て支援の充実」 over 「施策3-1 …」 and a
        table of 事業) that no nearer rule put in a theme is part of the last such theme."""
        # A goal line of its own number (「目標Ⅱ　…」) stands over the theme lines after it: it ends
        # the run of the theme lines before it.
        goals = [
            g.start for g in self.found if g.cls == "Goal" and g.number is not None and g.rule == "label"
        ]
        for item in self.found:
            if item.cls == "Theme" or item.theme is not None:
                continue
            before = [
                (t, start)
                for t, start, section in self.line_themes
                if start < item.start and section == item.section
            ]
            if before and not any(before[-1][1] < g <= item.start for g in goals):
                item.theme, item.theme_basis = before[-1][0], "heading"
