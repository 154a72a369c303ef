"""Caps on what one document may yield: mentions, dates, items and triples.

Takes the settings (or nothing: the defaults) and gives :class:`ExtractionLimits`,
which the extractor and the triple writer consult, and :class:`Cuts`, the record
of what they left out, which the build turns into one warning per document.
Real reports stay far below every cap; a hostile or broken file (one line
repeated a million times) stops at them instead of filling the store.

>>> cuts = Cuts()
>>> cuts.add("dates", 5, "block at line 3", 2)
>>> cuts.skip("dates", 40, 10)
>>> cuts.describe()
"5 dates beyond 2 in block at line 3; dates past the document's 10: 40 more blocks not read for them"
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kg.settings import Settings


@dataclass(frozen=True, slots=True)
class ExtractionLimits:
    """The most one block, and one document, may yield (defaults: those of the settings)."""

    block_mentions: int = 200
    block_dates: int = 200
    document_mentions: int = 10_000
    document_dates: int = 5_000
    document_items: int = 10_000
    document_triples: int = 300_000

    @classmethod
    def of(cls, settings: Settings) -> ExtractionLimits:
        """The limits the settings give."""
        return cls(
            block_mentions=settings.max_block_mentions,
            block_dates=settings.max_block_dates,
            document_mentions=settings.max_document_mentions,
            document_dates=settings.max_document_dates,
            document_items=settings.max_document_items,
            document_triples=settings.max_document_triples,
        )


@dataclass(slots=True)
class Cuts:
    """What the caps left out of one document, kept in the order it happened."""

    entries: dict[tuple[str, str, int], int] = field(default_factory=dict)
    unread: dict[tuple[str, int], int] = field(default_factory=dict)  # (what, cap) → blocks not read

    def add(self, what: str, count: int, where: str, cap: int) -> None:
        """Record ``count`` ``what`` left out ``where`` at the cap ``cap``."""
        if count > 0:
            key = (what, where, cap)
            self.entries[key] = self.entries.get(key, 0) + count

    def skip(self, what: str, blocks: int, cap: int) -> None:
        """Record ``blocks`` blocks not read for ``what`` once the document's cap ``cap`` was reached."""
        if blocks > 0:
            self.unread[(what, cap)] = self.unread.get((what, cap), 0) + blocks

    def update(self, other: Cuts) -> None:
        """Add the cuts of ``other`` to these."""
        for key, count in other.entries.items():
            self.entries[key] = self.entries.get(key, 0) + count
        for (what, cap), blocks in other.unread.items():
            self.skip(what, blocks, cap)

    def __bool__(self) -> bool:
        return bool(self.entries or self.unread)

    def describe(self, most: int = 5) -> str:
        """The cuts in words; past ``most`` entries, how many more there were."""
        parts = [
            f"{count:,} {what} beyond {cap:,} in {where}"
            for (what, where, cap), count in list(self.entries.items())[:most]
        ]
        if len(self.entries) > most:
            parts.append(f"and {len(self.entries) - most} more cuts")
        parts.extend(
            f"{what} past the document's {cap:,}: {blocks:,} more blocks not read for them"
            for (what, cap), blocks in self.unread.items()
        )
        return "; ".join(parts)
