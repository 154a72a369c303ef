"""Organisations the text sets beside public bodies as ones that act with them.

Extraction stage, used by :mod:`kg.extract.bodies`.  A name ending in the word of an organisation
(…協会, …機構, …基金, …事業団, …病院, …センター) is no public body by its form alone: many private
associations are called so.  Where the text sets it beside public bodies, it is one of them:

* **in the field of those in charge** — 「（担当：○○課、○○病院）」, 「【担当】…」, 「所管：…」,
  「実施主体：…」: each name of the list that ends in such a word and whose name says a public
  founder — the State (国立…) or a local government (its name of the national list first:
  「東京都健康長寿医療センター」; 「県立…病院」 by :mod:`kg.extract.body_hospitals`) — is a body, a
  short name in brackets after it allowed (「国立がん研究センター（NCC）」); a name with no public
  founder is a private organisation as likely as not (聖路加国際病院, 日本看護協会) and none, unless
  an Act sets it up (:mod:`kg.extract.body_statutory`); a kind or a group (各病院, 関係団体, 民間事業者,
  医療機関, 相談センター) is none;
* **listed with a public body** — right after 「<body>及び」 or 「<body>並びに」 (「総務省及び日本放送
  協会は」), or right before 「及び<body>」: a name ending in 協会, 基金 or 事業団 (endings of the
  corporations Acts set up); not …機構, a word private and international organisations share
  (「…及び日本医療機能評価機構」), nor after と, which joins a partner of any kind.

A private organisation's legal form before the name (一般社団法人…) still makes it none (the body
finder's rule).

>>> [(c.start, c.end) for c in fellow_bodies("（担当：保健福祉課、国立がん研究センター）", [])]
[(10, 20)]
>>> [(c.start, c.end) for c in fellow_bodies("（担当：保健福祉課、聖路加国際病院）", [])]
[]
>>> [(c.start, c.end) for c in fellow_bodies("総務省及び日本放送協会は", [(0, 3)])]
[(5, 11)]
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from kg.extract.folding import KANJI
from kg.extract.gazetteers import Candidate
from kg.extract.local_governments import listed

__all__ = ["fellow_bodies"]

_NAME = rf"(?:[{KANJI}ァ-ヺー・A-Za-z]|がん)"
_IN_CHARGE_ENDINGS = r"(?:医療センター|総合病院|病院|診療所|協会|機構|基金|事業団|振興会|センター|研究所)"
_LISTED_ENDINGS = r"(?:協会|基金|事業団)"
# The label of those in charge and the list after it, up to the bracket, line or sentence's end.
_FIELD_RE = re.compile(
    r"(?:担当|所管|主管|実施主体|実施機関|連携先)(?:課|部署|部局|機関|課室)?(?:[：:]|】|\])[\s　]*"
    r"(?P<names>(?:[^()（）\n。]|[(（][A-Za-z0-9ァ-ヺー・\-]{2,12}[)）])+)"
)
_ITEM_SEP_RE = re.compile(r"[、,，/／]|及び|並びに")
_ITEM_RE = re.compile(
    rf"[\s　]*(?P<name>{_NAME}{{2,30}}?{_IN_CHARGE_ENDINGS})[\s　]*(?:[(（][^()（）]+[)）])?[\s　]*$"
)
# Kinds and groups, no particular organisation.
_UNNAMED = re.compile(
    r"^(?:各|全国の|関係|当該|同|本|他|その他|民間|指定|協力|地域|都道府県|市町村|医療|公立|市立|県立|町立|村立)"
    rf"|^[{KANJI}]{{0,2}}(?:相談|支援|情報|研修|データ|コール|サポート)センター$"
)
# The State or a local government founding the organisation, said at the start of its name.
_PUBLIC_FOUNDER_RE = re.compile(r"^国立")
_JOIN = r"(?:及び|並びに)"
_AFTER_BODY_RE = re.compile(rf"{_JOIN}(?P<name>{_NAME}{{2,20}}?{_LISTED_ENDINGS})(?![{KANJI}ァ-ヺー・])")
_BEFORE_BODY_RE = re.compile(rf"(?<![{KANJI}ァ-ヺー・])(?P<name>{_NAME}{{2,20}}?{_LISTED_ENDINGS}){_JOIN}$")


def fellow_bodies(folded: str, bodies: Sequence[tuple[int, int]]) -> Iterator[Candidate]:
    """The organisations ``folded`` sets beside public bodies; ``bodies`` are the spans of those found."""
    for field in _FIELD_RE.finditer(folded):
        at = field.start("names")
        for item in _ITEM_SEP_RE.split(field["names"]):
            m = _ITEM_RE.match(item)
            if m is not None and not _UNNAMED.search(m["name"]) and _publicly_founded(m["name"]):
                start = at + m.start("name")
                yield Candidate(start, start + len(m["name"]), None, "corporation")
            at += len(item)
            sep = _ITEM_SEP_RE.match(folded, at)
            at = sep.end() if sep else at
    for start, end in bodies:
        if (after := _AFTER_BODY_RE.match(folded, end)) is not None and not _UNNAMED.search(after["name"]):
            yield Candidate(after.start("name"), after.end("name"), None, "corporation")
        before = _BEFORE_BODY_RE.search(folded, max(0, start - 24), start)
        if before is not None and not _UNNAMED.search(before["name"]):
            yield Candidate(before.start("name"), before.end("name"), None, "corporation")


def _publicly_founded(name: str) -> bool:
    """Whether ``name`` says a public founder: 国立…, or a listed local government's name first."""
    return _PUBLIC_FOUNDER_RE.match(name) is not None or any(
        start == 0 for start, _, _ in listed().find(name)
    )
