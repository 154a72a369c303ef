"""Nested lists as outlines (extraction stage): entries that hold entries, read as headings are.

Takes the list entries of a read document through the reader in :mod:`kg.extract.outline` (which
this class is a part of).  A 施策体系 is often written as a nested list rather than as headings
(「- 基本目標1　誰もが健康に暮らせるまち」 over 「  - 施策1-1　健康づくりの推進」 over
「    - 特定健診の受診勧奨」):

- an entry that holds entries and opens with a goal's own number (``item_numbers.goal``: 「目標2」)
  is that goal; one that opens with a theme's own number (「基本目標1」, 「柱2」) over entries that hold
  entries is a theme, and the measures below it stand in it;
- an entry that holds entries, none of them holding more, and opens with a theme's own number
  (``theme_numbers``: 「柱2」) is a theme, and the entries it holds are its measures; one that opens
  with a measure's (``item_numbers.measure``: 「施策1-1」) is a measure, as are the entries it holds.

An entry of a list three levels deep that holds entries holding entries (「- **1　…社会とする**」 over
「  - (1) 普及啓発と情報発信」 over 「    - …を開設する。」), where no entry is numbered by a cue, is a
theme, as is each entry it holds, and the entries these hold are their measures.

Under an issue's own heading (「## 課題4　生物多様性の損失」), entries that each close with the law they
rest on or who carries them out (「1. 希少種の保護（根拠法令：種の保存法）」, 「- …【担当：環境課】」;
``tree.basis_notes``, ``tree.owner_tags``) are the issue's measures: an issue rests on no law of its own
entry by entry, what is done does.  Under a measure's own heading (「#### 施策1-1　…の多言語化」),
entries that each name who carries them out after their name (「- …の導入 【担当】観光課」, the label
``tree.owner_lines`` on the same line or the next) are its actions, measures of its theme.

Under a leaf heading that states a goal (「## 基本目標1　安心して子育てができるまち」), the entries
that name actions are measures towards it, a link's words their label (「[産後ケア事業の拡充](/…)」).

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
# An entry that is one Markdown link: its words are the entry.
_LINK = re.compile(r"^\[(?P<words>[^\[\]]+)\]\([^()]*\)$")


# where an owner's label may open after an entry's name: a space or a line break
_OWNER_AFTER = re.compile(r"[ \u3000\n]+")


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

        def heading_block(self, section: int) -> Block:
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

    def _field(self, text: str) -> bool:
        """Whether an entry is a field of the entry holding it (「根拠法令：…」, 「担当課：…」), no item."""
        written = forms.plain(text).lstrip("・【[〔（(<＜")
        labels = (*self.p.tables.get("law", ()), *self.p.tables.get("owner", ()))
        return any(
            written.startswith(word) and written[len(word) : len(word) + 1] in "：:】]" for word in labels
        )

    def _bullet_tree(self) -> None:
        goals = self.p.item_numbers.get("goal", ())
        themes = (*self.p.theme_numbers, *self.p.item_numbers.get("measure", ()))
        held: dict[int, list[Block]] = {}
        outer: dict[int, int] = {}  # an entry numbered as a theme over entries holding entries → its theme
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
            entries = [b for b in held.get(block.index, []) if not self._field(b.text)]
            if (theme := self._numbered_entry(block, themes)) is None:
                continue
            number, s, e = theme
            own_theme = self._numbered_entry(block, self.p.theme_numbers) is not None
            if own_theme and any(b.index in self.group_bullets for b in entries):
                # 「- 基本目標1　…」 over 「  - 施策1-1　…」 over their entries: a theme over them all
                if (made := self.add("Theme", block, "label", s, e, number=number)) is not None:
                    self.read_bullets.add(block.index)
                    outer[block.index] = made
                continue
            if any(b.index in self.group_bullets or self._progress(b.text) for b in entries):
                continue  # deeper, or a measure over the progress it reports (「- 取組状況：…」)
            # a measure's own number (「施策1-1」) names a measure over its entries, not a theme
            cls = "Theme" if own_theme else "Measure"
            above = outer.get(block.parent) if block.parent is not None else None
            placed = (
                {"theme": above, "theme_basis": "heading"} if cls == "Measure" and above is not None else {}
            )
            made = self.add(cls, block, "label", s, e, number=number, **placed)
            if made is None:
                continue
            self.read_bullets.add(block.index)
            link, basis = (
                (made, "heading") if cls == "Theme" else (above, "heading" if above is not None else None)
            )
            for entry in entries:
                if self.add("Measure", entry, "label", theme=link, theme_basis=basis) is not None:
                    self.read_bullets.add(entry.index)
        self._theme_tree(held)

    def _plain_entry(self, block: Block) -> tuple[int, int]:
        """The span of an entry's first line without its bold marks and number."""
        first = block.text.split("\n", 1)[0].rstrip()
        bare = first.strip(" \u3000*")
        _, rest = forms.split_title(bare, self.p.numbers)
        start = block.start + first.index(rest)
        return start, start + len(rest)

    def _entry_names_action(self, block: Block, start: int | None = None, end: int | None = None) -> bool:
        actions = (*self.p.tree.get("action", ()), *self.p.combined_predicates.get("measure", ()))
        words = forms.plain(self.doc.text[start or block.start : end or block.end]).rstrip("。．.")
        return any(p.search(words) for p in actions)

    def _theme_tree(self, held: dict[int, list[Block]]) -> None:
        """Entries over entries over entries, the third level naming actions: the upper two levels
        themes, the third their measures (a data model's classes in a nested list are none)."""
        for block in self.doc.blocks:
            if (
                block.kind != BlockKind.LIST_ITEM
                or block.parent is not None
                or block.index in self.read_bullets
                or block.section in self.skipped
            ):
                continue
            groups = held.get(block.index, [])
            if not groups or any(
                g.index in self.read_bullets
                or not held.get(g.index)
                or any(
                    held.get(leaf.index)
                    or leaf.index in self.read_bullets
                    or not self._entry_names_action(leaf)
                    for leaf in held[g.index]
                )
                for g in groups
            ):
                continue
            top = self.add("Theme", block, "label", *self._plain_entry(block))
            if top is None:
                continue
            self.read_bullets.add(block.index)
            for group in groups:
                theme = self.add(
                    "Theme", group, "label", *self._plain_entry(group), theme=top, theme_basis="heading"
                )
                if theme is None:
                    continue
                self.read_bullets.add(group.index)
                for leaf in held[group.index]:
                    if self.add("Measure", leaf, "label", theme=theme, theme_basis="heading") is not None:
                        self.read_bullets.add(leaf.index)

    def _goal_entries(self) -> None:
        """The entries under a leaf goal heading that name actions: measures towards the goal."""
        for section in self.doc.sections:
            if section.children or section.index in self.skipped:
                continue
            heading = self.heading_block(section.index)
            if not any(f.cls == "Goal" and heading.start <= f.start < heading.end for f in self.found):
                continue
            for i in section.blocks:
                block = self.doc.blocks[i]
                if block.kind != BlockKind.LIST_ITEM or block.parent is not None or i in self.read_bullets:
                    continue
                s, e = block.start, block.end
                if (link := _LINK.match(block.text.strip())) is not None:
                    s = block.start + block.text.index(link["words"])
                    e = s + len(link["words"])
                if any(s <= f.start < e for f in self.found) or not self._entry_names_action(block, s, e):
                    continue
                if self.add("Measure", block, "heading", s, e) is not None:
                    self.read_bullets.add(i)

    def _issue_entries(self, section: int, cls: str) -> None:
        """The entries under an issue's heading that each close with a law note or owner tag: its measures.
        Under a measure's own heading (「施策1-1　…」), entries that each name who carries them out
        after their name (「…の導入 【担当】…課」) are its actions, measures of its theme."""
        if cls == "measure":
            self._owned_entries(section)
            return
        if cls != "issue":
            return
        notes = (*self.p.tree.get("basis_notes", ()), *self.p.tree.get("owner_tags", ()))
        entries = [
            (i, block, block.start + len(block.text.split("\n", 1)[0].rstrip()))
            for i in self.doc.sections[section].blocks
            if (block := self.doc.blocks[i]).kind == BlockKind.LIST_ITEM
            and block.parent is None
            and i not in self.read_bullets
        ]
        text = self.doc.text
        if not entries or not all(forms.trailing(text, b.start, e, notes) for _, b, e in entries):
            return
        for i, block, end in entries:
            if self.add("Measure", block, "heading", block.start, end) is not None:
                self.read_bullets.add(i)

    def _owned_entries(self, section: int) -> None:
        owners = self.p.tree.get("owner_lines", ())
        entries = []
        for i in self.doc.sections[section].blocks:
            block = self.doc.blocks[i]
            if block.kind != BlockKind.LIST_ITEM or block.parent is not None or i in self.read_bullets:
                continue
            # 「…の導入 【担当】…課」 (a line break kept as a space) or the label on the next line
            at = [
                m.start()
                for p in owners
                for m in _OWNER_AFTER.finditer(block.text)
                if p.match(block.text, m.end())
            ]
            if not at:
                return
            end = block.start + len(block.text[: min(at)].rstrip(" \u3000\n"))
            entries.append((i, block, end))
        for i, block, end in entries:
            if end > block.start and self.add("Measure", block, "heading", block.start, end) is not None:
                self.read_bullets.add(i)
