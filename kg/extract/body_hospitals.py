"""Hospitals a public body runs, named by the form of their name.

Extraction stage, used by :mod:`kg.extract.bodies`.  Takes a folded text; gives candidate spans
(kind ``facility``) for

* **a hospital named after the one that set it up** — 「<place>立…病院」, 「…医療センター」 or
  「…診療所」: a prefecture's, city's, town's or village's (「○○市立○○病院」, 「都立広尾病院」,
  「県立中央病院」), a ward's, a union's of municipalities (「○○組合立○○病院」, 「○○広域連合立○○病院」),
  or 公立 with a name (「公立○○総合病院」).  The place before 立 is a local government of the
  national list (「静岡市立静岡病院」) or none; with none, the hospital needs a name of its own
  between 立 and its kind (「県立病院」, 「市立病院」, 「公立病院」 alone name the kind, none in particular);
  a word before that leaves it unnamed (各, 全, 同, 当, 関係) makes it none;
* **a municipality's hospital named after its people** — 「○○市民病院」, 「○○町民病院」, where ○○市 is
  a municipality of the national list (「市民病院」 alone is none).

>>> [(c.start, c.end) for c in public_hospitals("静岡市立静岡病院と県立中央病院、各県立病院")]
[(0, 8), (9, 15)]
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kg.extract.folding import KANJI
from kg.extract.gazetteers import Candidate
from kg.extract.local_governments import listed

__all__ = ["public_hospitals"]

_KIND = r"(?:総合病院|病院|医療センター|診療所)"
_HOSPITAL_RE = re.compile(
    rf"(?<![{KANJI}ァ-ヺー])(?P<place>[{KANJI}ヶケノ・ァ-ヺー]{{0,12}}?)"
    rf"(?P<owner>都|道|府|県|市|区|町|村|公|組合|企業団|広域連合)立"
    rf"(?P<name>(?:[{KANJI}ァ-ヺー]|がん){{0,12}}?){_KIND}(?![{KANJI}ァ-ヺー])"
)
# 「○○市民病院」: a municipality's hospital named after its people.
_PEOPLES_RE = re.compile(
    rf"(?<![{KANJI}ァ-ヺー])(?P<place>[{KANJI}ヶケノ]{{1,8}}?[市町村区])民(?:総合)?病院(?![{KANJI}ァ-ヺー])"
)
# The unions of municipalities that set up hospitals, named by a word of their own before their kind.
_UNIONS = ("組合", "企業団", "広域連合")
_UNNAMED = re.compile(r"^(?:各|全|同|当|本|関係|他)")


def public_hospitals(folded: str) -> Iterator[Candidate]:
    """The hospitals of :mod:`this module <kg.extract.body_hospitals>` named in ``folded``."""
    if "病院" not in folded and "医療センター" not in folded and "診療所" not in folded:
        return
    names = listed().by_name
    for m in _HOSPITAL_RE.finditer(folded):
        place, owner, name = m["place"], m["owner"], m["name"]
        if _UNNAMED.match(place):
            continue
        if owner in _UNIONS:
            if len(place) < 2:
                continue  # 「組合立病院」: the kind alone
        elif place:
            if place + owner not in names:
                continue  # the place before 立 is no local government of the list
        elif len(name) < 2:
            continue  # 「県立病院」, 「公立病院」: the kind, no particular hospital
        if owner == "公" and len(name) < 2:
            continue
        yield Candidate(m.start(), m.end(), None, "facility")
    for m in _PEOPLES_RE.finditer(folded):
        if m["place"] in names and not _UNNAMED.match(m["place"]):
            yield Candidate(m.start(), m.end(), None, "facility")
