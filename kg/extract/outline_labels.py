"""List labels of the cue reader (extraction stage): 「【課題】」, 「問題となる例」, 「**目指す姿**：…」.

Takes the blocks of a read document through the reader in :mod:`kg.extract.outline`
(which this class is a part of) and gives the items a label stands over: the bullets,
・/ア lines or table rows after 「【課題】」 or 「以下に…課題の例を示します」, the statement
after 「【目指す姿】」 (up to the next label), the text after an inline label
(「**目指す姿**：…」), and after a combined label (「【現状と課題】」) the issues and
measures its words tell apart (:mod:`kg.extract.outline_combined`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract import outline_forms as forms
from kg.extract import outline_tables as tables
from kg.extract.outline_combined import combined_kinds
from kg.extract.outline_forms import Found
from kg.extract.outline_progress import attribute_line
from kg.extract.profiles import Profile
from kg.read.document import Block, BlockKind, Document

# Bullets of one kind each (not 「①」, 「ア」, which count): an entry marked by another ends the list.
_BULLETS = frozenset("・○◯●◆◇■□")


class LabelRules:
    """The label rules; the reader that holds them gives the document, profile, items and ``add``."""

    doc: Document
    p: Profile
    skipped: set[int]
    inline: set[int]
    progress_places: dict[int, str]
    group_bullets: set[int]
    found: list[Found]

    if TYPE_CHECKING:

        def add(self, cls: str, block: Block, rule: str, start: int | None = None, end: int | None = None,
                **extra: object) -> int | None:  # fmt: skip
            raise NotImplementedError

        def add_entries(self, cls: str, blocks: list[int], rule: str) -> int:
            raise NotImplementedError

        def _row(self, row: tables.Row, own: bool = True) -> None:
            raise NotImplementedError

        def _sentence_spans(self, block: Block) -> list[tuple[int, int, str]]:
            raise NotImplementedError

        def labelled_text(self, block: Block, section: int | None) -> bool:
            raise NotImplementedError

        def after_combined_label(self, n: int, section: int | None, kinds: set[str]) -> int:
            raise NotImplementedError

    def _label_type(self, block: Block) -> str | None:
        return self._label_type_of(block.text)

    def _label_type_of(self, text: str) -> str | None:
        return forms.label_type(text, self.p.labels)

    def _issue_label(self, block: Block) -> bool:
        """Whether a block labels issues after it: 「【課題】」, or a set-apart label joining 課題 to
        others (「【現状と課題】」, 「（現状と課題）」)."""
        if self._label_type(block) == "Issue":
            return True
        set_apart = forms.bracketed(block.text) or forms.parenthesised(block.text)
        return set_apart and combined_kinds(forms.bare_label(block.text), self.p.combined_words) is not None

    def _labelled_lists(self) -> None:
        blocks = self.doc.blocks
        n = 0
        while n < len(blocks):
            block = blocks[n]
            readable = (
                block.kind in (BlockKind.PARAGRAPH, BlockKind.LIST_ITEM) and block.section not in self.skipped
            )
            cls = self._label_type(block) if readable else None
            n += 1
            if readable and cls is None and block.kind == BlockKind.PARAGRAPH and "\n" in block.text:
                cls = self._label_type_of(block.text.split("\n", 1)[0])
                if cls is not None:
                    # The label and its ・ lines in one paragraph.
                    entries = forms.line_entries(self.doc.text, block, after_first=True)
                    for s, e in entries:
                        self.add(cls, block, "label", s, e)
                    if not entries and cls == "Goal":
                        self._stated_lines(block)  # 「基本理念」 over the line that states it
                    continue
            # 「【現状と課題】」, or the words alone over bullets (Word keeps 「**現状と課題**」 so)
            over_list = n < len(blocks) and blocks[n].kind == BlockKind.LIST_ITEM and "\n" not in block.text
            set_apart = forms.bracketed(block.text) or forms.parenthesised(block.text)
            if readable and cls is None and (set_apart or over_list):
                kinds = combined_kinds(forms.bare_label(block.text), self.p.combined_words)
                if kinds is not None:  # 「【現状と課題】」 over the text it labels
                    n = self.after_combined_label(n, block.section, kinds)
                    continue
            if readable and cls is None:
                self._inline_label(block)
            if cls is None:
                continue
            if n < len(blocks) and blocks[n].kind == BlockKind.TABLE:
                # 「以下に課題の例を示します」 over a table: its rows (typed columns are read as such).
                if not tables.typed_rows(self.doc, blocks[n], dict(self.p.tables)):
                    for row in tables.labelled_rows(self.doc, blocks[n], cls):
                        self._row(row)
                continue
            if n < len(blocks) and forms.line_entries(self.doc.text, blocks[n]):
                # 「【課題】」 over lines marked ・ or ア that the reader kept as one paragraph (Word: a
                # paragraph a line, each marked)
                while n < len(blocks) and (
                    self._marked_lines(blocks[n], block.section) or self._attribute_after_entry(n)
                ):
                    if not self._attribute_after_entry(n):  # 「【担当府省】…」 under a line: its attribute
                        self.add_entries(cls, [n], "label")
                    n += 1
                continue
            if forms.bracketed(block.text) or forms.parenthesised(block.text) or cls == "Goal":
                # 「【目指す姿】」, 「（課題）」 over the statement it labels (up to the next label);
                # 「基本理念」 over the one line that states it
                bracketed = forms.bracketed(block.text) or forms.parenthesised(block.text)
                while (
                    n < len(blocks)
                    and self.labelled_text(blocks[n], block.section)
                    and (bracketed or ("\n" not in blocks[n].text.strip() and blocks[n - 1] is block))
                ):
                    for s, e, _ in self._sentence_spans(blocks[n]):
                        self.add(cls, blocks[n], "label", s, e)
                    n += 1
            first_mark = ""
            while n < len(blocks) and (
                blocks[n].kind in (BlockKind.LIST_ITEM, BlockKind.NOTE) or self._attribute_after_entry(n)
            ):
                if blocks[n].kind == BlockKind.PARAGRAPH:
                    n += 1  # 「【担当府省】…」 under an entry: its attribute, and the list goes on
                    continue
                mark = self._mark(blocks[n])
                first_mark = first_mark or mark
                if mark in _BULLETS and first_mark in _BULLETS and mark != first_mark:
                    break  # 「○　なお、…」 after the label's 「・」 entries: the text goes on, no entry
                if blocks[n].kind == BlockKind.LIST_ITEM and n not in self.group_bullets:
                    self.add(cls, blocks[n], "label")
                n += 1

    def _attribute_after_entry(self, n: int) -> bool:
        """Whether block ``n`` is a line stating the attribute of the entry before it (「【担当府省】総務省」,
        「所管：…」), a paragraph of its own in the same section (after a bullet or a marked line)."""
        block, before = self.doc.blocks[n], self.doc.blocks[n - 1]
        return (
            block.kind == BlockKind.PARAGRAPH
            and "\n" not in block.text.strip()
            and (before.kind == BlockKind.LIST_ITEM or bool(forms.line_entries(self.doc.text, before)))
            and block.section == before.section
            and attribute_line(block.text.strip(), self.p) is not None
        )

    def _mark(self, block: Block) -> str:
        """The mark an entry's line opens with (「・」, 「○」), as written before its words."""
        start = self.doc.text.rfind("\n", 0, block.start) + 1
        return self.doc.text[start : block.start].strip(" \u3000-*")

    def _marked_lines(self, block: Block, section: int | None) -> bool:
        """Whether a block is a paragraph of the label's section whose every line is marked (「① …」)."""
        return (
            block.kind == BlockKind.PARAGRAPH
            and block.section == section
            and bool(forms.line_entries(self.doc.text, block))
        )

    def _stated_lines(self, block: Block) -> None:
        """The lines after a goal's label line in one paragraph, each a statement of the goal."""
        at = block.start + block.text.index("\n") + 1
        for line in block.text[block.text.index("\n") + 1 :].split("\n"):
            body = line.strip(" \u3000")
            if body:
                s = at + line.index(body)
                self.add("Goal", block, "label", s, s + len(body))
            at += len(line) + 1

    def _inline_label(self, block: Block) -> None:
        """「**目指す姿**：…」: the text after the label is an item of its type."""
        first = block.text.split("\n", 1)[0]
        found = forms.inline_label(first, self.p.inline)
        if found is None:
            return
        key, at = found
        if key == "measure" and block.index in self.progress_places:
            return  # 「取組1：…を改正した。」 under 「【進捗】」 or a 取組状況 heading: a report on measure 1
        end = block.start + len(first.rstrip())
        cls = "Target" if key == "kpi" else key.capitalize()  # 「KPI：…を令和8年度までに80%とする。」
        if self.add(cls, block, "label", block.start + at, end) is not None:
            self.inline.add(block.index)
