"""Units named alone where a text says who is in charge of something.

Extraction stage, used by :mod:`kg.extract.bodies` and :mod:`kg.extract.body_home`.  Takes a folded
text; gives the spans of the units it names after a label of the one in charge (「（担当：…課）」,
「【担当】…課・…課」, 「担当課：…課、…課」, 「所管：…局…課」), each a candidate of kind ``unit`` with no
parent: which body's unit it is, the text does not say here (a local government's or a ministry's
own document says it: :mod:`kg.extract.body_home`).  A unit's kind alone or a word for units taken
together (担当課, 関係課, 各課, 関係部局, 事務局) names none, nor does a room (会議室, 相談室), a part of
the area (北部) or an office of another kind (郵便局).

>>> [(c.start, c.end) for c in in_charge_units("手続の電子化（担当：市民課、各課）")]
[(10, 13)]
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kg.extract.gazetteers import Candidate

__all__ = ["IN_CHARGE_RE", "LEAD_UNIT_RE", "NO_UNIT", "ONLY_UNITS_RE", "UNIT_RE", "in_charge_units"]

_K = "一-龥々ヶ"
# A unit's name: kanji, katakana and kana words (子育て支援室, こども未来課) before its kind.
_UNIT = rf"[{_K}ァ-ヺーぁ-ゖ]{{2,12}}?(?:課|室|局|部)"
_SEP = r"[、,，・/／\s　]+"
#: A cell or line of unit names only (「情報政策課」, 「情報政策課、市民課」).
ONLY_UNITS_RE = re.compile(rf"^[\s　]*{_UNIT}(?:{_SEP}{_UNIT})*[\s　]*$")
#: The label of the one in charge, and the names after it up to the line's or bracket's end.
IN_CHARGE_RE = re.compile(
    rf"(?:担当|所管|主管|実施主体|実施部署|担当部署|担当部局|担当課|所管課|主管課)(?:課|部署|部局)?"
    rf"(?:[：:]|】|\]|[)）]?[\s　]+)[\s　]*(?P<names>{_UNIT}(?:{_SEP}{_UNIT})*)"
    rf"(?![{_K}ァ-ヺー])"
)
# Named alone after a date, a …部 may be a part of the area (「中心部では」): a 課, 室 or 局 only.
_LEAD_UNIT = rf"[{_K}ァ-ヺーぁ-ゖ]{{2,12}}?(?:課|室|局)"
#: A unit named alone right after the date that opens a progress line, as the one acting
#: (「令和6年1月　情報政策課において…を開始した。」, 「2024年4月、市民課が…」).
LEAD_UNIT_RE = re.compile(
    rf"(?:^|\n|[：:])[\s　・\-*]*(?:(?:令和|平成)?(?:[0-9]+|元)年度?(?:[0-9]+月)?(?:[0-9]+日)?)[\s　、,]+"
    rf"(?P<names>{_LEAD_UNIT})(?:において|が|では|で|から|と連携し)"
)
#: One unit's name among them.
UNIT_RE = re.compile(rf"(?<![{_K}ァ-ヺーぁ-ゖ]){_UNIT}(?![{_K}ァ-ヺー])")
#: Words for units taken together or by their kind, and rooms: no unit of their own.
NO_UNIT = re.compile(
    r"^(?:各|全|同|当|本|他|その他|関係|関係各|担当|所管|主管|庁内|庁内各|事務|支|一|全|内|外|幹|細|上|下|学|"
    r"会議|相談|研修|研究|応接|控|休憩|保健|教|和|資料|執務|更衣|給湯|機械|電算|サーバ|サーバー|"
    # a part of the area (北部, 中央部) and offices of other kinds (郵便局, 薬局)
    r"東|西|南|北|中|中央|沿岸|山間|郵便|薬|放送|電話)*"
    r"(?:課|室|局|部|部局|部署|課室)$"
)


def in_charge_units(folded: str) -> Iterator[Candidate]:
    """The units ``folded`` names after a label of the one in charge or alone after a progress line's
    date, as parentless candidates."""
    for lead in LEAD_UNIT_RE.finditer(folded) if "年" in folded else ():
        m = UNIT_RE.fullmatch(lead.group("names"))
        if m is not None and not NO_UNIT.match(m.group()):
            yield Candidate(lead.start("names"), lead.end("names"), None, "unit")
    if "担" not in folded and "管" not in folded and "実施" not in folded:
        return
    for label in IN_CHARGE_RE.finditer(folded):
        for m in UNIT_RE.finditer(folded, *label.span("names")):
            if not NO_UNIT.match(m.group()):
                yield Candidate(m.start(), m.end(), None, "unit")
