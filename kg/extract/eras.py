"""Japanese imperial eras (元号) and their conversion to Western years.

Conversion is plain arithmetic on the era's first year: 平成31年 is 2019 and so
is 平成32年, which documents written before the 2019 change of era really do
say.  Rejecting a year past the end of its era would lose those dates.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True, slots=True)
class Era:
    """One era: its name, the one-letter abbreviation, and its first day."""

    name: str
    letter: str
    start: date

    @property
    def offset(self) -> int:
        """What to add to a year of this era to get the Western year (元年 is year 1)."""
        return self.start.year - 1


ERAS: tuple[Era, ...] = (
    Era("明治", "M", date(1868, 10, 23)),
    Era("大正", "T", date(1912, 7, 30)),
    Era("昭和", "S", date(1926, 12, 25)),
    Era("平成", "H", date(1989, 1, 8)),
    Era("令和", "R", date(2019, 5, 1)),
)

_BY_KEY: dict[str, Era] = {key: era for era in ERAS for key in (era.name, era.letter)}


def era_by_name(name: str) -> Era:
    """The era called ``name`` (「令和」) or abbreviated ``name`` (「R」)."""
    try:
        return _BY_KEY[name.strip().upper()]
    except KeyError:
        raise ValueError(f"unknown era: {name!r}") from None


def era_to_western(era: str, year: int) -> int:
    """The Western year of ``year`` in ``era``.

    >>> era_to_western("令和", 3), era_to_western("H", 31), era_to_western("平成", 1)
    (2021, 2019, 1989)
    """
    if year < 1:
        raise ValueError(f"an era year starts at 1 (元年), got {year}")
    return era_by_name(era).offset + year


def era_at(day: date) -> Era:
    """The era current on ``day`` (the earliest era for days before it)."""
    current = ERAS[0]
    for era in ERAS:
        if era.start <= day:
            current = era
    return current


def previous_era(era: Era) -> Era | None:
    """The era before ``era``, or None for the first one in the table."""
    index = ERAS.index(era)
    return ERAS[index - 1] if index > 0 else None
