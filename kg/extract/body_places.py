"""Prefectures and municipalities the national list does not hold, by their form where they act.

Extraction stage.  Takes a folded text; gives candidate spans for the body finder
(:mod:`kg.extract.bodies`) for names of the form 「…県」, 「…市」, 「…町」, 「…村」 (with the prefecture
before them, 「…県…市」, and a ward after a city, 「…市…区」) that the list of local governments
does not hold — a town merged or renamed since, or one a text makes up — but only where the text
has them act or lists them as bodies: as the subject of a sentence (「…市は、」, 「…市では、」,
「…町が」, its assembly 「…市議会は」), a partner (「…県と共同で」), the one addressed (「…町に対し」),
the owner of what follows (「…県の森林環境譲与税」, 「…市の計画策定」; 「…市内の」 is a place),
a member of a group of local governments (「…町を含む全市町村」), two or more joined
(「…市、…町、…村並びに…県は」, 「…県…市及び…町と連携」), or before a unit of theirs (「…市こども未来局」).

A name is two to four kanji before its suffix, not glued after another word, with no suffix of a
place inside it (市町村, 都道府県, 大都市: words, not names), and not a word for a kind or group of
places: 都市, 中核市, 政令市, 指定都市, 農山漁村, 城下町, 各市町村, 同市, 近隣市町 and the like.
A place the list holds is left to the list.  What this risks: a two-kanji word that is a kind
of place and stands as a subject (「温泉町は」, 「門前町では」) is taken for a town unless it is one
of the words below.

>>> [folded[c.start:c.end] for folded in ["浦和市、大宮市及び与野市は、"] for c in unlisted_places(folded)]
['浦和市', '大宮市', '与野市']
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from kg.extract.gazetteers import Candidate

__all__ = ["unlisted_places"]

_K = "一-龥々ヶ"
# A stem with a place's suffix inside is a word (市町村, 都道府県, 大都市), never a name.
# 「○ノ○町」, 「龍ケ崎市」, 「○○が丘町」: ノ, ヶ or ケ between the kanji of a name, and が before the
# words of a place's lie that names take it with (丘, 岡, 崎, 浜, 谷, 島, 原, 浦, 瀬, 森, 台).
_STEM = rf"[{_K}](?:(?![市町村県都府道区])[{_K}]|[ノヶケ](?=[{_K}])|が(?=[丘岡崎浜谷島原浦瀬森台])){{1,3}}"
# 「○○が丘市南区」: a ward of one to three kanji after its city, not a word for a district (地区, 学区)
_WARD = rf"[{_K}]{{1,3}}(?<![地学校挙特管各全同当市街部])区"
# 「…税務部市民税課」: a unit's kind before 市 ends a unit's name that runs on into the next one's
# (「市民税課」), no place (a place named so, 春日部市, is on the national list); a word before 市町村
# (「沿線市町村」) names a group of places, none of them
_PLACE = rf"(?:{_STEM}県)?{_STEM}(?<![部課局室係])[市町村](?!町村|区町村)(?:{_WARD})?|{_STEM}県"
_JOIN = r"(?:、|及び|並びに|と|・)"
# What a place acts by besides a subject's particle: its assembly (「…市議会は」), a joint act
# (「…県と共同で」, 「…町と連携して」) and its place in a group of local governments named after it
# (「…町を含む全市町村に」).
_ACTS = (
    r"(?=議会(?:では|は|が|も|において|、))|と(?=共同|連携|協力|協働)"
    # 「…町に対し通知した」: the town addressed; 「…県の森林環境譲与税」, 「…市の計画策定」: the place's own
    r"|に対し(?:て)?|(?<![内外])の(?=[一-龥々ヶァ-ヺー])"
    r"|を含(?:む|め)(?=[^。、\n]{0,6}?(?:市町村|市区町村|都道府県|自治体|地方公共団体))"
)
_LIST_RE = re.compile(
    rf"(?<![{_K}ァ-ヺー])(?P<list>(?:{_PLACE})(?:{_JOIN}(?:{_PLACE}))*)"
    rf"(?P<after>では|は|が|も|において|{_ACTS})?"
)
_CUE_RE = re.compile(r"[市町村県区](?:では|は|が|も|において|、|及び|並びに|と|・|議会|を含|に対し|の)")
_ONE_RE = re.compile(_PLACE)  # each place of a list
# Words for a kind or group of places (the stem before the suffix), never a place's name.
_KIND_WORDS = re.compile(
    r"^(?:各|全|同|当|本|他|両|隣|近隣|周辺|関係|構成|対象|被災|連携|過疎|中核|政令|指定|特例|特別|"
    r"地方|中小|小規模|大規模|主要|一部|多く|先進|モデル|離島|農山漁|中山間|山間|城下|門前|宿場|港|下|沿線|"
    r"農|山|漁|旧|新|当該|所在|近接|隣接|管内|域内|県内|市内|町内|村内|沿岸|内陸|都心|郊外)+$"
    # a kind of town by what it grew around or what it is like (企業城下町, 温泉町, 田舎町, 寒村)
    r"|(?:城下|門前|宿場|温泉|田舎|寒|観光|商業|工業|住宅|企業|港|漁|農|山)$"
)


def unlisted_places(
    folded: str,
    listed: Callable[[int, int], bool] = lambda _s, _e: False,
    unit_after: Callable[[int], bool] = lambda _e: False,
) -> Iterator[Candidate]:
    """Candidates for the places of ``folded`` that act or are listed as bodies, the list's left aside.

    ``listed(start, end)`` says the list of local governments holds the place at ``start:end`` or
    its leading part (「横浜市中区」: the list's city and its ward); ``unit_after(end)`` says a unit's
    name follows (「○○市こども未来局」: the city is the body the unit belongs to).
    """
    if _CUE_RE.search(folded) is None and not re.search(r"[市町村県][^、。\n]{0,16}?[局部課室]", folded):
        return  # no place's suffix before a subject's particle, a list's joint or a unit: nothing to read
    for m in _LIST_RE.finditer(folded):
        places = list(_ONE_RE.finditer(folded, m.start("list"), m.end("list")))
        if len(places) < 2 and m["after"] is None and not unit_after(m.end("list")):
            continue  # one place named, neither acting nor listed: 「○○市内の」 is a place, no body
        for p in places:
            stems = re.split(r"[県市町村区]", p.group())
            if any(_KIND_WORDS.match(s) for s in stems if s) or listed(p.start(), p.end()):
                continue
            yield Candidate(p.start(), p.end(), None, "local_government")
