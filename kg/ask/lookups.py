"""One row of a statistics table asked for by its name: 「宮崎県の交付率」「石川県加賀市の交付率は？」
「薬局の申込割合」.

Takes the folded question and the :class:`~kg.ask.names.Lexicon` (which knows the labels of the
tables' areas and facility types); gives a :class:`~kg.ask.outcomes.Reading` of that row's figures,
an :class:`~kg.ask.outcomes.UnknownName` for a place the tables do not hold (「大阪市の交付率」), or
None for a question of another form.
"""

from __future__ import annotations

import re

from kg.ask.cues import FRAGMENTS
from kg.ask.entities import Entity
from kg.ask.names import Lexicon
from kg.ask.outcomes import Outcome, Reading, UnknownName
from kg.ask.rates import SHARE_WORDS

_ASKED = r"(?:は|って)?(?:何%|何パーセント|いくつ|どのくらい|どれくらい|どれぐらい|どの程度)?"
# the row gives the number of cards issued too: 「東京都の交付枚数」 asks for that row
_CARDS = r"(?:マイナンバー)?(?:カード(?:の)?)?(?:交付枚数|交付数|交付件数)"
_RATE_RE = re.compile(rf"(?P<name>.+?)(?:の|における|で)(?P<what>{FRAGMENTS['@RATE']}|{_CARDS}){_ASKED}")
_SHARE_RE = re.compile(rf"(?P<name>.+?)(?:の|における|で)(?P<what>{SHARE_WORDS}){_ASKED}")
# What a place's name looks like: a place the tables do not hold is said to be missing.
_PLACE_RE = re.compile(r".{1,12}[都道府県市区町村]")


def _iris(entities: tuple[Entity, ...]) -> str:
    return " ".join(f"<{e.iri}>" for e in entities)


# 「宮崎県と鹿児島県の交付率」「病院と薬局の申込割合」: rows named one after another.
_AND_RE = re.compile(r"(?:・|、|と|や|及び|および)")


def _rows(name: str, lexicon: Lexicon, kind: str) -> tuple[Entity, ...]:
    """The rows of ``kind`` named ``name``, or each named by one of its parts (every part a row)."""
    found = tuple(e for e in lexicon.table_rows(name) if e.kind == kind)
    if found or not _AND_RE.search(name):
        return found
    parts = [tuple(e for e in lexicon.table_rows(part) if e.kind == kind) for part in _AND_RE.split(name)]
    if not all(parts):
        return ()
    return tuple({e.iri: e for rows in parts for e in rows}.values())


def read_table_row(text: str, lexicon: Lexicon) -> Outcome | None:
    """``text`` read as the figures of one named area or facility type, or None."""
    if (m := _RATE_RE.fullmatch(text)) is not None:
        areas = _rows(m["name"], lexicon, "area")
        if not areas:
            return UnknownName(m["name"], "地域") if _PLACE_RE.fullmatch(m["name"]) else None
        return Reading(
            "area_rate",
            f"""SELECT ?area ?areaLabel ?rate ?cards ?population ?asOf WHERE {{
  VALUES ?area {{ {_iris(areas)} }}
  ?obs pol:refArea ?area ; a qb:Observation ; pol:issuanceRate ?rate .
  ?area rdfs:label ?areaLabel .
  OPTIONAL {{ ?obs pol:issuedCards ?cards }}
  OPTIONAL {{ ?obs pol:population ?population }}
  OPTIONAL {{ ?obs pol:refPeriod ?asOf }}
}} ORDER BY ?asOf""",
            f"統計: {'・'.join(e.label for e in areas)} のマイナンバーカード交付率・交付枚数",
            ("area", "areaLabel", "rate", "cards", "population", "asOf"),
            areas,
        )
    if (m := _SHARE_RE.fullmatch(text)) is not None:
        types = _rows(m["name"], lexicon, "facility")
        if not types:
            return None
        return Reading(
            "facility_share",
            f"""SELECT ?type ?typeLabel ?share ?facilities ?total ?asOf WHERE {{
  VALUES ?type {{ {_iris(types)} }}
  ?obs a qb:Observation ; pol:facilityType ?type ; pol:facilityShare ?share .
  ?type rdfs:label ?typeLabel .
  OPTIONAL {{ ?obs pol:facilityCount ?facilities }}
  OPTIONAL {{ ?obs pol:facilityTotal ?total }}
  OPTIONAL {{ ?obs pol:refPeriod ?asOf }}
}} ORDER BY ?asOf""",
            f"統計: {'・'.join(e.label for e in types)} のオンライン資格確認の申込割合",
            ("type", "typeLabel", "share", "facilities", "total", "asOf"),
            types,
        )
    return None
