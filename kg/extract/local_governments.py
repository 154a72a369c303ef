"""The prefectures and municipalities of the national list, with their 全国地方公共団体コード.

Extraction stage.  Reads ``kg/data/local_governments.csv`` (generated from the national list) once;
gives each local government with its code and key ``lg-<code>``, and finds their names in a folded
text with one automaton, with or without the prefecture before them (「石川県加賀市」, 「加賀市」) and a
town's county (「北海道上川郡東川町」, 「上川郡東川町」); a name
two municipalities share (府中市) is only resolved with its prefecture.  Places the list does not
hold are read by their form (:mod:`kg.extract.body_places`); the body finder
(:mod:`kg.extract.bodies`) reads both.

>>> [(s, e, b.key) for s, e, b in listed().find("石川県加賀市と府中市")]
[(0, 3, 'lg-170003'), (0, 6, 'lg-172065'), (3, 6, 'lg-172065')]
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import ahocorasick

from kg.extract.body_places import unlisted_places
from kg.extract.folding import fold

__all__ = [
    "LocalGovernment",
    "listed",
    "local_government",
    "local_governments",
    "names_local_government",
    "starts_with_local_government",
]


@dataclass(frozen=True, slots=True)
class LocalGovernment:
    """A prefecture or municipality of the national list."""

    code: str
    kind: str  # prefecture | municipality
    prefecture_name: str
    name: str
    county: str = ""  # 「上川郡」: a town's or village's county, written between the prefecture and it

    @property
    def key(self) -> str:
        return f"lg-{self.code}"

    @property
    def label(self) -> str:
        """The name that tells it from every other body: 「石川県加賀市」, 「北海道」."""
        return self.name if self.kind == "prefecture" else self.prefecture_name + self.name


class LocalGovernments:
    """The list, by code and by name, and an automaton of the names."""

    def __init__(self, bodies: list[LocalGovernment]) -> None:
        self.by_code = {b.code: b for b in bodies}
        names: dict[str, list[LocalGovernment]] = {}
        for b in bodies:
            # 「北海道上川郡東川町」, 「上川郡東川町」: the county may stand before the name
            counties = {b.county + b.name, b.prefecture_name + b.county + b.name} if b.county else set()
            for name in {b.name, b.label, *counties}:
                names.setdefault(fold(name), []).append(b)
        self.by_name = names
        self.automaton = ahocorasick.Automaton()
        for name in names:
            self.automaton.add_word(name, name)
        self.automaton.make_automaton()

    def find(self, folded: str) -> Iterator[tuple[int, int, LocalGovernment]]:
        for last, name in self.automaton.iter(folded):
            found = self.by_name[name]
            if len(found) == 1:  # 府中市 alone could be either of two: only 東京都府中市 says which
                yield last + 1 - len(name), last + 1, found[0]


@lru_cache(maxsize=1)
def listed() -> LocalGovernments:
    """The shipped list, read once."""
    raw = resources.files("kg.data").joinpath("local_governments.csv").read_text(encoding="utf-8")
    rows = csv.DictReader(line for line in raw.splitlines() if not line.startswith("#"))
    return LocalGovernments(
        [
            LocalGovernment(r["lg_code"], r["kind"], r["prefecture_name"], r["name"], r["county_name"])
            for r in rows
        ]
    )


def names_local_government(folded: str) -> bool:
    """Whether a prefecture's or municipality's name occurs in ``folded`` (one automaton pass), or
    one the list does not hold acts there by its form (「○○市は、」)."""
    return (
        next(iter(listed().automaton.iter(folded)), None) is not None
        or next(unlisted_places(folded), None) is not None
    )


def starts_with_local_government(folded: str) -> bool:
    """Whether ``folded`` begins with a prefecture's or municipality's name (「つくば市情報公開条例」)."""
    return any(end + 1 - len(name) == 0 for end, name in listed().automaton.iter(folded, 0, 16))


def local_governments() -> list[LocalGovernment]:
    """Every prefecture and municipality of the shipped list."""
    return list(listed().by_code.values())


def local_government(key: str) -> LocalGovernment | None:
    """The local government of key ``lg-<code>``."""
    return listed().by_code.get(key[3:]) if key.startswith("lg-") else None
