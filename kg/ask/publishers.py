"""The names a document's publisher is asked by: 「国交省の行動計画」「長野県の計画」「文科省のロードマップ」.

Takes the publisher as the manifest gives it (one body, or several joined by ・ or 、); gives every
name a question may use for it, folded: the name itself, the other names and official abbreviations
the agency gazetteer lists for a body of the state (国土交通省: 国交省), and for a prefecture or a
municipality of the national list of local governments the name with its prefecture (「石川県加賀市」)
and a prefecture's name without 都, 府 or 県 (「長野」).  Reference data only: no name is added here.

>>> publisher_names("国土交通省")
('国土交通省', '国交省')
>>> publisher_names("長野県")
('長野県', '長野')
"""

from __future__ import annotations

import re
from functools import lru_cache

from kg.ask.text import fold
from kg.extract.agencies import agency_gazetteer
from kg.extract.local_governments import listed

# bodies publishing together: 「デジタル庁・総務省・文部科学省・経済産業省」
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
        entry = agency_gazetteer().resolve(part)
        if entry is not None:
            out.extend(fold(n) for n in (entry.name, *entry.alt_names))
        places = listed().by_name.get(fold(part), [])
        if len(places) == 1:
            place = places[0]
            out.extend(fold(n) for n in (place.name, place.label))
            if place.kind == "prefecture":
                out.append(fold(_PREFECTURE_SUFFIX_RE.sub("", place.name)))
    return tuple(n for n in dict.fromkeys(out) if len(n) >= 2)
