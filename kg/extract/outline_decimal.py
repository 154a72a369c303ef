"""Decimal-numbered headings (extraction stage): a manual's sections, or a plan's numbered areas.

Part of the reader in :mod:`kg.extract.outline` through :class:`~kg.extract.outline_tree.TreeRules`:
headings numbered 「3.1」, 「2.2.1」 (``tree.manual_numbers``) are a reference's chapters, whose heading
tree is not read, unless what stands under them is what a plan's areas hold — in half their groups of
siblings or more, each sibling holds items (of labels, rows, headings), entries stating actions, or
「現状と課題」/「施策の方向」 sub-headings.  A manual's sections are mostly prose, its groups alike a few.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract import outline_forms as forms
from kg.extract.outline_tree_entries import TreeEntryRules
from kg.read.document import Section


class DecimalRules(TreeEntryRules):
    """Whether a document's decimal headings are a manual's; the tree rules give the rest."""

    navigation: set[int]

    if TYPE_CHECKING:

        def _holds_items(self, section: Section) -> bool:
            raise NotImplementedError

        def _over_cue_headings(self, section: Section) -> bool:
            raise NotImplementedError

        def _cue_heading(self, section: Section) -> bool:
            raise NotImplementedError

    def _manual_number(self, section: Section) -> bool:
        written = f"{section.number or ''} {forms.label(section.title)}".strip()
        return any(p.match(written) for p in self.p.tree.get("manual_numbers", ()))

    def _manual(self, sections: list[Section]) -> bool:
        """Whether headings numbered as a manual's (「3.1」) are its sections: unless in half their groups
        or more (the topics under one heading, two or more) each sibling holds what a plan's area holds —
        items of labels, rows or headings, entries stating actions, or 「現状と課題」/「施策の方向」
        sub-headings (「3.1 担い手の確保」 over 「- …を支援する。」 beside 「3.2 農地の保全」 alike); a
        manual's sections are mostly prose, a few groups of them alike at most."""
        groups: dict[int | None, list[Section]] = {}
        for s in sections:
            if self._manual_number(s) and s.index not in self.navigation and not self._cue_heading(s):
                groups.setdefault(s.parent, []).append(s)
        if not groups:
            return False
        areas = sum(all(self._plan_area(s) for s in g) for g in groups.values())
        return 2 * areas < len(groups)

    def _plan_area(self, section: Section) -> bool:
        """Whether a heading holds what a plan's numbered area holds (see :meth:`_manual`)."""
        entries = self.entries(section.blocks)
        return (
            self._holds_items(section)
            or any(self._names_action(self.doc.text[s:e]) for _, s, e in entries)
            or self._over_cue_headings(section)
        )
