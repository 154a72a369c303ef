"""Officials whose title names their body (extraction stage): デジタル大臣, 総務大臣, 消費者庁長官.

Takes a text and gives :class:`Official` mentions, each with the key of the body
(``kg/data/agencies.csv``) the official serves, by rule from the gazetteer:

* 「X大臣」, 「X副大臣」, 「X大臣政務官」, 「X審議官」, 「X事務次官」 where X is the stem of a
  ministry or agency (総務省 → 総務大臣, デジタル庁 → デジタル大臣, デジタル審議官);
* the body's whole name before 長官, 次長, 審議官, 事務次官, 副大臣, 大臣政務官,
  特命担当大臣 or, for a commission, 委員長 (消費者庁長官, 内閣府特命担当大臣,
  個人情報保護委員会委員長);
* the few titles that name no body, from ``kg/data/official_titles.csv`` with the
  provision of law that says whose head they are (内閣総理大臣 → 内閣府, 内閣官房長官 → 内閣官房).

An item that names an official involves the official's body; the official is not a
mention of the body itself (the body's name is not written), so it adds nothing to
the document's agencies.  「国務大臣」, 「各大臣」 name no body.

>>> [(o.text, o.key) for o in find_officials("デジタル大臣及び総務大臣の下で")]
[('デジタル大臣', 'digital-agency'), ('総務大臣', 'mic')]
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import Protocol

from kg.extract.agencies import AgencyMention, agency_gazetteer
from kg.extract.gazetteers import read_gazetteer_csv

__all__ = ["Official", "find_officials", "involve_officials", "official_titles"]

# After a ministry's or agency's stem (総務, デジタル).
_STEM_TITLES = ("大臣政務官", "副大臣", "大臣", "事務次官", "審議官")
# After a body's whole name (消費者庁, 内閣府, 個人情報保護委員会).
_NAME_TITLES = ("長官", "次長", "審議官", "事務次官", "副大臣", "大臣政務官", "特命担当大臣")
_COMMISSION_TITLES = ("委員長",)
_STEM_ENDINGS = ("省", "庁")
_MIN_STEM = 2
# The kinds of body whose officials bear its name (councils and corporations have none here).
_HEADED = frozenset({"ministry", "agency", "cabinet_body", "commission"})


@dataclass(frozen=True, slots=True)
class Official:
    """An official's title in a text and the key of the body the official serves."""

    text: str
    start: int
    end: int
    key: str


@lru_cache(maxsize=1)
def official_titles() -> dict[str, str]:
    """Every official's title the rules and the fixed list know, with its body's key."""
    titles: dict[str, str] = {}
    for entry in agency_gazetteer():
        if entry.kind not in _HEADED:
            continue
        for name in entry.names:
            if name.endswith(_STEM_ENDINGS) and len(name) - 1 >= _MIN_STEM:
                titles.update((name[:-1] + t, entry.key) for t in _STEM_TITLES)
            endings = _COMMISSION_TITLES if name.endswith("委員会") else _NAME_TITLES
            titles.update((name + t, entry.key) for t in endings)
    titles.update((row["title"], row["agency"]) for row in read_gazetteer_csv("official_titles.csv"))
    return titles


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern[str]:
    titles = sorted(official_titles(), key=len, reverse=True)
    return re.compile("|".join(re.escape(t) for t in titles))


def find_officials(text: str) -> list[Official]:
    """The officials' titles in ``text``, longest first where they overlap, in order."""
    titles = official_titles()
    return [Official(m[0], m.start(), m.end(), titles[m[0]]) for m in _pattern().finditer(text)]


class _Item(Protocol):
    start: int
    end: int
    agencies: list[AgencyMention]


def involve_officials(items: Iterable[_Item], text: str, laws: Iterable[tuple[int, int]]) -> None:
    """Each item that names an official (not inside a law's title) involves the official's body.

    The body is added to the item's agencies, with the official's title as its text.
    """
    spans = list(laws)
    found = [o for o in find_officials(text) if not any(s <= o.start and o.end <= e for s, e in spans)]
    if not found:
        return
    gazetteer = agency_gazetteer()
    for item in items:
        keys = {a.key for a in item.agencies}
        for official in found:
            if item.start <= official.start and official.end <= item.end and official.key not in keys:
                keys.add(official.key)
                entry = gazetteer.get(official.key)
                kind = entry.kind if entry is not None else ""
                item.agencies.append(
                    AgencyMention(official.text, official.start, official.end, official.key, True, kind)
                )
