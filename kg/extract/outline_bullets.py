"""Nested lists as outlines (extraction stage): entries that hold entries, read as headings are.

Takes the list entries of a read document through the reader in :mod:`kg.extract.outline` (which
this class is a part of).  A 施策体系 is often written as a nested list rather than as headings
(「- 基本目標1　誰もが健康に暮らせるまち」 over 「  - 施策1-1　健康づくりの推進」 over
「    - 特定健診の受診勧奨」):

- an entry that holds entries and opens with a goal's own number (``item_numbers.goal``:
  「基本目標1」, 「目標2」) is that goal;
- an entry that holds entries, none of them holding more, and opens with a theme's own number
  (``theme_numbers``: 「柱2」) is a theme, and the entries it holds are its measures; one that opens
  with a measure's (``item_numbers.measure``: 「施策1-1」) is a measure, as are the entries it holds.

The label is the entry's first line after its number; an entry read here is read by no other rule.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kg.extract import outline_forms as forms
from kg.extract.outline_forms import Found
from kg.extract.profiles import Profile
from kg.read.document import Block, BlockKind, Document

Patterns = tuple[re.Pattern[str], ...]


class BulletTreeRules:
    """The nested-list rule; the reader that holds it gives the document, profile, items and ``add``."""

    doc: Document
    p: Profile
    skipped: set[int]
    found: list[Found]
    read_bullets: set[int]
    group_bullets: set[int]  # list entries that hold others

    if TYPE_CHECKING:

        def add(self, cls: str, block: Block, rule: str, start: int | None = None, end: int | None = None,
                **extra: object) -> int | None:  # fmt: skip
            raise NotImplementedError

    def _numbered_entry(self, block: Block, patterns: Patterns) -> tuple[str, int, int] | None:
        """The number an entry's first line opens with and the span of the words after it."""
        first = block.text.split("\n", 1)[0].rstrip()
        number, rest = forms.split_title(first.strip(" \u3000"), patterns)
        if number is None or not rest:
            return None
        start = block.start + first.index(rest)
        return number, start, block.start + len(first)

    def _progress(self, text: str) -> bool:
        """Whether an entry reports progress (「取組状況：…」, 「【進捗】…」)."""
        written = forms.plain(text).lstrip("【[〔（(<＜")
        return any(written.startswith(word) for word in self.p.progress)

    def _bullet_tree(self) -> None:
        goals = self.p.item_numbers.get("goal", ())
        themes = (*self.p.theme_numbers, *self.p.item_numbers.get("measure", ()))
        held: dict[int, list[Block]] = {}
        for block in self.doc.blocks:
            if block.kind == BlockKind.LIST_ITEM and block.parent is not None:
                held.setdefault(block.parent, []).append(block)
        for block in self.doc.blocks:
            if (
                block.kind != BlockKind.LIST_ITEM
                or block.index not in self.group_bullets
                or block.index in self.read_bullets
                or block.section in self.skipped
            ):
                continue
            if (goal := self._numbered_entry(block, goals)) is not None:
                number, s, e = goal
                if self.add("Goal", block, "label", s, e, number=number) is not None:
                    self.read_bullets.add(block.index)
                continue
            entries = held.get(block.index, [])
            if (theme := self._numbered_entry(block, themes)) is None or any(
                b.index in self.group_bullets or self._progress(b.text) for b in entries
            ):
                continue  # deeper, or a measure over the progress it reports (「- 取組状況：…」)
            number, s, e = theme
            # a measure's own number (「施策1-1」) names a measure over its entries, not a theme
            cls = "Theme" if self._numbered_entry(block, self.p.theme_numbers) is not None else "Measure"
            made = self.add(cls, block, "label", s, e, number=number)
            if made is None:
                continue
            self.read_bullets.add(block.index)
            link, basis = (made, "heading") if cls == "Theme" else (None, None)
            for entry in entries:
                if self.add("Measure", entry, "label", theme=link, theme_basis=basis) is not None:
                    self.read_bullets.add(entry.index)
