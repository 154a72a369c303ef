"""A region or a prefecture named ahead of a rate question: 「関東の都県の交付率」「近畿地方で交付率が低い県」
「兵庫県内の市町村の交付率」.

Takes the folded question and the reader of one question; gives the prefectures' (or a
prefecture's cities and towns') rates kept to that region or prefecture, or None for a question of
another form.  The regions are the eight of ``kg/data/regions.csv`` (八地方区分), with 関西 for
近畿; 北海道 is a prefecture and read as one.  A ranking's first (「最も高い」) is no answer
here: it was ranked over the whole country.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from functools import cache

from kg.ask.outcomes import NotUnderstood, Outcome, Reading
from kg.ask.rates import PREFECTURE
from kg.extract.gazetteers import read_gazetteer_csv

_ALIASES = {"関西": "近畿"}
# the kinds of rate list a region keeps: the prefectures', or a prefecture's cities and towns
_PREFECTURE_KINDS = ("prefecture_rates", "prefecture_rates_low")
_LOCAL_KINDS = tuple(
    f"{k}{low}" for k in ("city_rates", "town_rates", "municipality_rates") for low in ("", "_low")
)


@cache
def regions() -> dict[str, tuple[str, ...]]:
    """Each region's prefectures, from ``kg/data/regions.csv``."""
    out: dict[str, list[str]] = {}
    for row in read_gazetteer_csv("regions.csv"):
        out.setdefault(row["region"], []).append(row["prefecture"])
    return {region: tuple(prefectures) for region, prefectures in out.items()}


@cache
def _region_re() -> re.Pattern[str]:
    # 北海道 is a prefecture; 中国 alone is a country, 中国地方 the region
    names = [r for r in (*regions(), *_ALIASES) if r not in ("北海道", "中国")]
    return re.compile(
        rf"(?:(?P<region>{'|'.join(names)})(?:地方|地域|エリア|圏)?|(?P<chugoku>中国)(?:地方|地域))"
        # 「四国4県」: the region's prefectures counted (kept only where the count is the region's)
        r"(?:(?P<count>\d+)(?:県|府県|都県|道県))?"
        r"(?:内の|内で|における|のうち|の中で|にある|の|で)(?P<rest>.+)"
    )


_PREFECTURE_RE = re.compile(
    rf"(?P<prefecture>{PREFECTURE})(?:内の|内で|における|のうち|の中で|にある|内|で|の)(?P<rest>.+)"
)
# 「都県」「府県」「各県」: the prefectures, as the rate kinds say them
_PREFECTURES_WORD_RE = re.compile(r"^(?:各)?(?:都道府県|都府県|都県|府県|道県|県)")
_RATE_ALONE_RE = re.compile(
    r"(?:マイナンバー)?(?:カード)?(?:の)?(?:交付率|交付枚数率|普及率|取得率|保有率)(?:の)?(?:一覧|ランキング|順位)?"
)


def _kept(reading: Reading, test: str, words: str) -> Reading:
    sparql = reading.sparql.replace("} ORDER BY", f"  FILTER({test})\n}} ORDER BY", 1)
    return replace(
        reading, kind=f"{reading.kind}_in", sparql=sparql, reading=f"{words}の中で {reading.reading}"
    )


def read_region(text: str, read: Callable[[str], Outcome]) -> Outcome | None:
    """``text`` read as a rate question within a region or a prefecture, or None."""
    if (m := _region_re().fullmatch(text)) is not None:
        rest = _PREFECTURES_WORD_RE.sub("都道府県", m["rest"])
        if _RATE_ALONE_RE.fullmatch(rest):
            rest = "都道府県の" + rest
        outcome = read(rest)
        if not isinstance(outcome, Reading):
            return outcome
        if outcome.kind not in _PREFECTURE_KINDS:
            return NotUnderstood()
        named = m["region"] or m["chugoku"]
        region = _ALIASES.get(named, named)
        if m["count"] and int(m["count"]) != len(regions()[region]):
            return NotUnderstood()  # 「東北3県」 are some of them, not named
        names = ", ".join(f'"{p}"' for p in regions()[region])
        return _kept(
            outcome, f"STR(?areaLabel) IN ({names})", f"地域: {region}地方（{'・'.join(regions()[region])}）"
        )
    if (m := _PREFECTURE_RE.fullmatch(text)) is not None:
        outcome = read(m["rest"])
        if not isinstance(outcome, Reading) or outcome.kind not in _LOCAL_KINDS:
            return None
        return _kept(
            outcome, f'STRSTARTS(STR(?areaLabel), "{m["prefecture"]}")', f"都道府県: {m['prefecture']}"
        )
    return None
