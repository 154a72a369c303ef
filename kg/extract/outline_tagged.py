"""Entries tagged with their owner (extraction stage): bullets that close with who carries them out.

Takes the list entries of a read document through the reader in :mod:`kg.extract.outline` (which
this class is a part of).  A plan often lists what it does under each heading as bullets that each
close with a note naming the division in charge, and often the law it rests on
(「- 電子申請システムの改修（担当：情報政策課、根拠：行政手続法）」, 「- …を支援する。【担当：国土交通省】」;
``tree.owner_tags`` and ``tree.basis_notes``).  Such a note says the entry is a thing done by
someone: where every top-level entry of a section closes with one, and one at least names its owner,
the entries are measures, under the section's theme, addressing the issue the section states.
An issue's own heading is read so by :mod:`kg.extract.outline_bullets`; this rule reads the others
(a theme's heading, a sub-heading with no cue over a 「課題：…」 line).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract import outline_forms as forms
from kg.extract.outline_forms import Found
from kg.extract.profiles import Profile
from kg.read.document import Block, BlockKind, Document


class TaggedEntryRules:
    """The owner-tag rule; the reader that holds it gives the document, profile, items and ``add``."""

    doc: Document
    p: Profile
    skipped: set[int]
    found: list[Found]
    read_bullets: set[int]

    if TYPE_CHECKING:

        def add(self, cls: str, block: Block, rule: str, start: int | None = None, end: int | None = None,
                **extra: object) -> int | None:  # fmt: skip
            raise NotImplementedError

    def _tagged_entries(self) -> None:
        """The top-level entries of a section that all close with an owner tag or law note: measures."""
        owners = self.p.tree.get("owner_tags", ())
        notes = (*self.p.tree.get("basis_notes", ()), *owners)
        text = self.doc.text
        for section in self.doc.sections:
            if section.index in self.skipped:
                continue
            entries = [
                (i, block, block.start + len(block.text.split("\n", 1)[0].rstrip()))
                for i in section.blocks
                if (block := self.doc.blocks[i]).kind == BlockKind.LIST_ITEM
                and block.parent is None
                and i not in self.read_bullets
                and not any(block.start <= f.start < block.end for f in self.found)
            ]
            if not entries or not all(forms.trailing(text, b.start, e, notes) for _, b, e in entries):
                continue
            if not any(forms.trailing(text, b.start, e, owners) for _, b, e in entries):
                continue  # law notes alone (「…（根拠：水道法）」) may close a list of laws' provisions
            for i, block, end in entries:
                if self.add("Measure", block, "label", block.start, end) is not None:
                    self.read_bullets.add(i)
