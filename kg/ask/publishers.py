"""The names a document's publisher is asked by: 「国交省の行動計画」「長野県の計画」「文科省のロードマップ」.

Takes the publisher as the manifest gives it (one body, or several joined by ・ or 、); gives every
name a question may use for it, folded: the name itself, the other names and official abbreviations
the agency gazetteer lists for a body of the state (国土交通省: 国交省), and for a prefecture or a
municipality of the national list of local governments the name with its prefecture (「石川県加賀市」)
and a prefecture's name without 都, 府 or 県 (「長野」); a unit of either (「○○県企画振興部」) by its
body's names too.  Reference data only: no name is added here.

>>> publisher_names("国土交通省")
('国土交通省', '国交省')
>>> publisher_names("長野県")
('長野県', '長野')
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from kg.ask.text import fold
from kg.extract.agencies import agency_gazetteer
from kg.extract.local_governments import listed

# bodies publishing together: 「デジタル庁・総務省・文部科学省・経済産業省」
# after a publisher's name: の, or the words saying that it made the document (「○○省作成の報告書」
# 「○○市が策定した計画」「○○府の策定した計画」「○○省が出した計画」)
_MADE_RE = re.compile(
    r"^(?:[がの]?(?:作成|発行|公表|策定|取りまとめ|とりまとめ|公開)(?:した|している)|(?:作成|発行|公表|策定|公開)の|"
    r"[がの](?:出した|出している|作った|まとめた|定めた)|の)"
)
_JOINT_RE = re.compile(r"[・、,，/／]|及び|および|並びに")
_PREFECTURE_SUFFIX_RE = re.compile(r"(?<=..)[都府県]$")


@lru_cache(maxsize=256)
def publisher_names(publisher: str) -> tuple[str, ...]:
    """Every folded name ``publisher`` (and each body of a joint publisher) may be asked by."""
    out: list[str] = []
    for part in (p.strip() for p in _JOINT_RE.split(publisher)):
        if not part:
            continue
        out.append(fold(part))
        # the body itself, or the body a unit of it belongs to (「長野県企画振興部」: 長野県; 「国土交通省
        # 総合政策局」: 国土交通省), by the longest start of the name that names one
        for end in range(len(part), 1, -1):
            if said := _body_names(part[:end]):
                out.extend(said)
                break
    return tuple(n for n in dict.fromkeys(out) if len(n) >= 2)


def _body_names(name: str) -> list[str]:
    """The folded names of the body of the state or the local government called ``name``, or none."""
    entry = agency_gazetteer().resolve(name)
    if entry is not None:
        return [fold(n) for n in (entry.name, *entry.alt_names)]
    places = listed().by_name.get(fold(name), [])
    if len(places) != 1:
        return []
    place = places[0]
    out = [fold(place.name), fold(place.label)]
    if place.kind == "prefecture":
        out.append(fold(_PREFECTURE_SUFFIX_RE.sub("", place.name)))
    return out


class Publishers:
    """The names each document's publisher is asked by (by the document's IRI), and every name once,
    longest first, to find one a question starts with."""

    def __init__(self, published: Iterable[tuple[str, str]] = ()) -> None:
        names: dict[str, dict[str, None]] = {}
        for iri, publisher in published:
            if publisher:
                names.setdefault(iri, {}).update(dict.fromkeys(publisher_names(publisher)))
        self._names = {iri: frozenset(said) for iri, said in names.items()}
        self._forms = tuple(sorted({f for said in self._names.values() for f in said}, key=len, reverse=True))

    def __bool__(self) -> bool:
        return bool(self._forms)

    def first(self, text: str) -> tuple[str | None, str]:
        """The publisher's name ``text`` starts with, and the rest of it (an の after the name dropped, or
        the words saying that the body made it: 「…作成の」「…が公表した」)."""
        said = next((f for f in self._forms if text.startswith(f)), None)
        return (said, _MADE_RE.sub("", text[len(said) :], count=1)) if said else (None, text)

    def names_of(self, iri: str) -> frozenset[str]:
        """Every name the publisher of the document ``iri`` is asked by."""
        return self._names.get(iri, frozenset())

    def published(self, iri: str, name: str) -> bool:
        """Whether the document ``iri`` was published by the body called ``name``."""
        return name in self._names.get(iri, frozenset())
