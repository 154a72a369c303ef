"""Units a local government's or a ministry's own document names alone: units of that body.

Extraction stage.  Takes the document's publisher and title, and the text of a block; gives the
units the block names without their body, each a mention whose parent is the document's own
government:

* **the document's own government** (:func:`home_government`) — the prefecture or municipality its
  publisher names, or else the one its title starts with (「○○市子育て支援計画」 → ○○市): on the
  national list (key ``lg-<code>``) or by its form (「…市」, 「…町」, 「…村」, 「…県」 before the rest
  of the title); or the State's ministry, agency or commission its publisher or its title's first
  name is (「警察庁」: its 「（担当：交通局…課）」 are its units);
* **a unit named alone** (:func:`home_units`) — 「情報政策課」, 「市民課」, 「子育て支援室」,
  「市民部」 where the text states who is in charge: a table cell or a line holding unit names only
  (「情報政策課、市民課」), or after a label of the one in charge (「担当課：情報政策課」,
  「【担当】市民課」, 「（所管：税務課）」: :mod:`kg.extract.body_in_charge`).  A unit's kind alone or a
  word for units taken together
  (担当課, 関係課, 各課, 庁内各課, 関係部局, 事務局) names none, nor does a room (会議室, 相談室), a part
  of the area (北部) or an office of another kind (郵便局).  Its
  key is the government's name and its own (○○市情報政策課), as a unit written after its body's
  name has.

>>> home_government("浦和市", "浦和市子育て支援計画")
('浦和市', '浦和市')
>>> [(m.text, m.key, m.parent) for m in home_units("担当課：情報政策課・市民課", ("浦和市", "浦和市"))]
[('情報政策課', '浦和市情報政策課', '浦和市'), ('市民課', '浦和市市民課', '浦和市')]
"""

from __future__ import annotations

import re

from kg.extract.agencies import AgencyMention, agency_gazetteer, find_agencies
from kg.extract.body_in_charge import IN_CHARGE_RE, LEAD_UNIT_RE, NO_UNIT, ONLY_UNITS_RE, UNIT_RE
from kg.extract.folding import fold
from kg.extract.gazetteers import normalise_name
from kg.extract.local_governments import listed

__all__ = ["home_government", "home_units"]

_K = "一-龥々ヶ"
# 「○○市」, 「○○県○○市」, 「○○町」 at the start of a title: a name by its form (two to four kanji).
_STEM = rf"[{_K}](?:(?![市町村県都府道区])[{_K}]){{1,3}}"
_GOVERNMENT_RE = re.compile(rf"(?:{_STEM}県)?{_STEM}[市町村]|{_STEM}県")

# The kinds of the State's bodies whose own units a document of theirs names alone (「（担当：…局…課）」).
_STATE_KINDS = frozenset({"ministry", "agency", "commission", "cabinet_body"})


def home_government(publisher: str | None, title: str | None) -> tuple[str, str] | None:
    """(name, key) of the local government or the State's ministry, agency or commission whose
    document this is (by its publisher, or its title's first name), or None (a company's)."""
    for text in (publisher, title):
        if not text:
            continue
        folded = fold(text.strip())
        entry = agency_gazetteer().resolve(text.strip()) if text is publisher else None
        if entry is None:
            first = next(iter(find_agencies(text.strip())), None)
            if first is not None and first.start == 0 and first.known:
                entry = agency_gazetteer().get(first.key)
        if entry is not None and entry.kind in _STATE_KINDS:
            return entry.name, entry.key  # 「警察庁」: the units it names alone are its own
        found = [(end, body.key) for start, end, body in listed().find(folded) if start == 0]
        if found:
            end, key = max(found)
            return text.strip()[:end], key
        m = _GOVERNMENT_RE.match(folded)
        if m is not None:
            name = text.strip()[: m.end()]
            return name, normalise_name(name)
    return None


def home_units(text: str, home: tuple[str, str]) -> list[AgencyMention]:
    """The units ``text`` names alone where it states who is in charge, as units of ``home``."""
    if not re.search(r"[課室局部]", text):
        return []
    folded = fold(text)
    spans: list[tuple[int, int]] = []
    if ONLY_UNITS_RE.match(folded):
        spans.append((0, len(folded)))
    spans.extend(m.span("names") for m in IN_CHARGE_RE.finditer(folded))
    spans.extend(m.span("names") for m in LEAD_UNIT_RE.finditer(folded))  # 「令和6年1月　…課において」
    name, key = home
    found: list[AgencyMention] = []
    for start, end in spans:
        for m in UNIT_RE.finditer(folded, start, end):
            if NO_UNIT.match(m.group()) or fold(name) in m.group():
                continue
            surface = text[m.start() : m.end()]
            unit_key = normalise_name(name + surface)
            found.append(AgencyMention(surface, m.start(), m.end(), unit_key, False, "unit", parent=key))
    return sorted({(m.start, m.end): m for m in found}.values(), key=lambda m: m.start)
