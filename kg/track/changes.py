"""What changed between two editions, as a list of typed changes.

Takes a :class:`~kg.track.matching.Matching`; gives one :class:`Change` per
difference: ``added`` and ``dropped`` items, and for each matched pair
``reworded`` (the words of its title, dates, status marks and names aside),
``statusChanged`` (予定 → 実施 → 済), ``dateMoved`` (each date whose value
moved, with both texts and the direction), ``lawAdded`` / ``lawRemoved`` and
``agencyAdded`` / ``agencyRemoved`` (the laws and agencies its own text
names), and for a target ``targetChanged`` (its value, unit, wording or
deadline).  An item whose text did not change yields nothing.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from kg.track.editions import Version
from kg.track.matching import Match, Matching, wording

KINDS = (
    "added",
    "dropped",
    "reworded",
    "statusChanged",
    "dateMoved",
    "lawAdded",
    "lawRemoved",
    "agencyAdded",
    "agencyRemoved",
    "targetChanged",
)

STATUS_LABELS = {"planned": "予定", "ongoing": "実施", "done": "済"}
_DONE = re.compile(r"実施済|実現済|完了|[（(]済[）)]|済み?(?=[）)、。\s]|$)")
_PLANNED = re.compile(r"予定|見込み|目指|目途")


@dataclass(frozen=True, slots=True)
class Change:
    kind: str
    cls: str
    old: Version | None
    new: Version | None
    field: str | None = None
    before: str | None = None
    after: str | None = None
    direction: str | None = None  # "later" | "earlier", for a moved date

    @property
    def issue(self) -> str | None:
        """The issue number the change is filed under (the new edition's, else the old one's)."""
        return (self.new.issue if self.new else None) or (self.old.issue if self.old else None)


def status(version: Version) -> str:
    """予定 (planned), 実施 (under way or done, unmarked) or 済 (marked done), from the text.

    >>> status(Version("x", "ProgressUpdate", "マイナポータル連携による自動入力を実現予定(4年2月～)"))
    'planned'
    """
    text = unicodedata.normalize("NFKC", version.label)
    if _DONE.search(text):
        return "done"
    # The text's own words only: a date flagged planned because it falls after the report's
    # date (pol:planned) stops being so in a later edition though the text is the same.
    if _PLANNED.search(text):
        return "planned"
    return "ongoing"


def _sort_value(value: tuple[str | None, str | None, str | None]) -> str:
    start, end, fiscal = value
    return start or end or (f"{fiscal}-04" if fiscal else "")


def _same_text(a: str, b: str) -> bool:
    return unicodedata.normalize("NFKC", a).strip() == unicodedata.normalize("NFKC", b).strip()


def _dates(pair: Match) -> list[Change]:
    old, new = pair.old.dates, pair.new.dates
    found: list[Change] = []
    for n in range(max(len(old), len(new))):
        a = old[n] if n < len(old) else None
        b = new[n] if n < len(new) else None
        # The same words are the same date, even where the report's year reads them differently
        # (「10月」 in a 2021 report and in a 2022 one); and the same value is the same date
        # whatever the 予定 around it says.
        if a is not None and b is not None and (_same_text(a.text, b.text) or a.value == b.value):
            continue
        direction = None
        if a is not None and b is not None:
            before, after = _sort_value(a.value), _sort_value(b.value)
            direction = "later" if after > before else "earlier" if after < before else None
        found.append(
            Change(
                "dateMoved",
                pair.new.cls,
                pair.old,
                pair.new,
                "date",
                a.text if a else None,
                b.text if b else None,
                direction,
            )
        )
    return found


def _names(pair: Match, slot: str, added: str, removed: str) -> list[Change]:
    before: dict[str, str] = getattr(pair.old, slot)
    after: dict[str, str] = getattr(pair.new, slot)
    found = [
        Change(added, pair.new.cls, pair.old, pair.new, slot, None, after[k])
        for k in after
        if k not in before
    ]
    found += [
        Change(removed, pair.new.cls, pair.old, pair.new, slot, before[k], None)
        for k in before
        if k not in after
    ]
    return found


def _target(pair: Match) -> list[Change]:
    """One change for a target whose value, unit, wording or deadline changed, with both as written."""
    old, new = pair.old, pair.new
    fields = [
        name
        for name, a, b in (
            ("value", old.value, new.value),
            ("unit", old.unit, new.unit),
            ("label", old.label, new.label),
            ("date", [d.value for d in old.dates], [d.value for d in new.dates]),
        )
        if a != b
    ]
    if not fields:
        return []
    return [Change("targetChanged", new.cls, old, new, ",".join(fields), _as_written(old), _as_written(new))]


def _as_written(version: Version) -> str:
    dates = "、".join(d.text for d in version.dates)
    return f"{version.label}（{dates}）" if dates else version.label


def pair_changes(pair: Match) -> list[Change]:
    """The changes of one matched pair of items."""
    if pair.new.cls == "Target":
        return _target(pair)
    found: list[Change] = []
    surfaces = pair.old.surfaces | pair.new.surfaces
    if wording(pair.old, surfaces) != wording(pair.new, surfaces):
        found.append(
            Change("reworded", pair.new.cls, pair.old, pair.new, "label", pair.old.label, pair.new.label)
        )
    before, after = status(pair.old), status(pair.new)
    if before != after:
        found.append(
            Change(
                "statusChanged",
                pair.new.cls,
                pair.old,
                pair.new,
                "status",
                STATUS_LABELS[before],
                STATUS_LABELS[after],
            )
        )
    found += _dates(pair)
    found += _names(pair, "laws", "lawAdded", "lawRemoved")
    found += _names(pair, "agencies", "agencyAdded", "agencyRemoved")
    return found


def changes(matching: Matching, types: set[str] | None = None) -> list[Change]:
    """Every change of ``matching`` (of the classes ``types`` only, when given), in text order."""
    found = [Change("dropped", v.cls, v, None) for v in matching.dropped]
    found += [Change("added", v.cls, None, v) for v in matching.added]
    for pair in matching.pairs:
        found += pair_changes(pair)
    if types is not None:
        found = [c for c in found if c.cls in types]
    return sorted(found, key=_order)


def _order(change: Change) -> tuple[int, int, int]:
    where = change.new or change.old
    assert where is not None
    return (0 if change.new else 1, where.line, KINDS.index(change.kind))


def summary(found: list[Change]) -> dict[str, int]:
    """Counts per kind of change, in the order of :data:`KINDS`, kinds with none left out."""
    counts = {kind: 0 for kind in KINDS}
    for change in found:
        counts[change.kind] += 1
    return {k: n for k, n in counts.items() if n}
