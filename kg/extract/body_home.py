"""Units a local government's own document names alone: units of that government.

Extraction stage.  Takes the document's publisher and title, and the text of a block; gives the
units the block names without their body, each a mention whose parent is the document's own
government:

* **the document's own government** (:func:`home_government`) — the prefecture or municipality its
  publisher names, or else the one its title starts with (「○○市子育て支援計画」 → ○○市): on the
  national list (key ``lg-<code>``) or by its form (「…市」, 「…町」, 「…村」, 「…県」 before the rest
  of the title);
* **a unit named alone** (:func:`home_units`) — 「情報政策課」, 「市民課」, 「子育て支援室」,
  「市民部」 where the text states who is in charge: a table cell or a line holding unit names only
  (「情報政策課、市民課」), or after a label of the one in charge (「担当課：情報政策課」,
  「【担当】市民課」, 「（所管：税務課）」).  A unit's kind alone or a word for units taken together
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

from kg.extract.agencies import AgencyMention
from kg.extract.folding import fold
from kg.extract.gazetteers import normalise_name
from kg.extract.local_governments import listed

__all__ = ["home_government", "home_units"]

_K = "一-龥々ヶ"
# 「○○市」, 「○○県○○市」, 「○○町」 at the start of a title: a name by its form (two to four kanji).
_STEM = rf"[{_K}](?:(?![市町村県都府道区])[{_K}]){{1,3}}"
_GOVERNMENT_RE = re.compile(rf"(?:{_STEM}県)?{_STEM}[市町村]|{_STEM}県")
# A unit's name: kanji, katakana and kana words (子育て支援室, こども未来課) before its kind.
_UNIT = rf"[{_K}ァ-ヺーぁ-ゖ]{{2,12}}?(?:課|室|局|部)"
_SEP = r"[、,，・/／\s　]+"
# A cell or line of unit names only (「情報政策課」, 「情報政策課、市民課」).
_ONLY_UNITS_RE = re.compile(rf"^[\s　]*{_UNIT}(?:{_SEP}{_UNIT})*[\s　]*$")
# The label of the one in charge, and the names after it up to the line's or bracket's end.
_IN_CHARGE_RE = re.compile(
    rf"(?:担当|所管|主管|実施主体|実施部署|担当部署|担当部局|担当課|所管課|主管課)(?:課|部署|部局)?"
    rf"(?:[：:]|】|\]|[)）]?[\s　]+)[\s　]*(?P<names>{_UNIT}(?:{_SEP}{_UNIT})*)"
)
_UNIT_RE = re.compile(rf"(?<![{_K}ァ-ヺーぁ-ゖ]){_UNIT}(?![{_K}ァ-ヺー])")
# Words for units taken together or by their kind, and rooms: no unit of their own.
_NO_UNIT = re.compile(
    r"^(?:各|全|同|当|本|他|その他|関係|関係各|担当|所管|主管|庁内|庁内各|事務|支|一|全|内|外|幹|細|上|下|学|"
    r"会議|相談|研修|研究|応接|控|休憩|保健|教|和|資料|執務|更衣|給湯|機械|電算|サーバ|サーバー|"
    # a part of the area (北部, 中央部) and offices of other kinds (郵便局, 薬局)
    r"東|西|南|北|中|中央|沿岸|山間|郵便|薬|放送|電話)*"
    r"(?:課|室|局|部|部局|部署|課室)$"
)


def home_government(publisher: str | None, title: str | None) -> tuple[str, str] | None:
    """(name, key) of the local government whose document this is, or None (a ministry's, a company's)."""
    for text in (publisher, title):
        if not text:
            continue
        folded = fold(text.strip())
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
    if _ONLY_UNITS_RE.match(folded):
        spans.append((0, len(folded)))
    spans.extend(m.span("names") for m in _IN_CHARGE_RE.finditer(folded))
    name, key = home
    found: list[AgencyMention] = []
    for start, end in spans:
        for m in _UNIT_RE.finditer(folded, start, end):
            if _NO_UNIT.match(m.group()) or fold(name) in m.group():
                continue
            surface = text[m.start() : m.end()]
            unit_key = normalise_name(name + surface)
            found.append(AgencyMention(surface, m.start(), m.end(), unit_key, False, "unit", parent=key))
    return sorted({(m.start, m.end): m for m in found}.values(), key=lambda m: m.start)
