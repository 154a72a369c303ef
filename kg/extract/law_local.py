"""Ordinances and rules of a municipality or prefecture whose name no list holds, by the form of
their title (extraction stage).

Takes a folded text (:func:`kg.extract.folding.fold`); gives a candidate local act for each
「<a municipality's name>＋<title>条例」, 「…規則」 or 「…条例施行規則」 (the rules enforcing an ordinance:
an act of its own) or 「…施行細則」 (a rule a prefecture's commission makes to enforce an act: 「○○県道路
交通法施行細則」) whose name starts at a boundary — the start of the text, a punctuation mark or
bracket, a space, a particle (は, が, を, に, で, と, へ, も, や; において, として, により)
after a word, or a word that lists (及び, 並びに, 又は: 「…条例及び○○市…規則」) — and runs to
市, 町, 村, 区 or 県, in kanji, kana or both, with ヶ, ケ or の inside (「○○ヶ丘市…条例」,
「○○町…に関する条例」, 「○○県…規則」).  The tagger splits a name in kana (「…の台市」) into
words that are no nouns, so the run of nouns before 条例
holds only its tail (「町手数料条例」), or nothing; a name from the national list is read already.

A title opens with a noun (no 「市は新たに条例」) and holds no punctuation and no は, が or で
(「…県議会で条例…」); the name is two to six characters before its suffix, none a generic word of
place (本市, 各市, 同町, 当該市, 市町村) nor a phrase closed by a particle (「…計画の区域内における…条例」)
but a name of kana alone after punctuation (「<kana>で町…条例」, not 「そこで市独自の条例」),
or opened by a subject (「市は…」), and the title no word the suffix opens (区域, 市場, 町内, 市民, 市街,
市議会) but the assembly's own act (「…町議会基本条例」); a title that says what it is
about may list two of its nouns (「…の保全及び創出に関する条例」) or join two qualities with で
(「…の安全で快適な…」), but runs over no amending act's words (「…細則の一部を改正する規則」: the
act it amends is the name); an adverb before the name (「新たに」, 「改めて」) is none of it.

>>> text = "市は、ひたちなか市手数料条例を改正した。"
>>> [(text[s:e], kind) for s, e, kind in local_ordinances(text)]
[('ひたちなか市手数料条例', 'local_ordinance')]
>>> local_ordinances("市は新たに条例を定めた。"), local_ordinances("各市町村の条例")
([], [])
"""

from __future__ import annotations

import re

__all__ = ["local_ordinances"]

# Where a name may start: after these, or at the start of the text.
# 「…定例会においてかすみ台市…条例を可決」: a particle of several kana (において, として, について,
# に対して, によって, により) is one too.
_BOUNDARY = re.compile(
    r"(?:におい|とし|につい|に対し|によっ)て|により|[、。，．,.\s「」『』（）()【】・：:はがをにでとへもや]|及び|並びに|又は"
)
# Inside a title that says what it is about (「…の保全及び創出に関する条例」, 「…の安全で快適な利用…」):
# a word that lists between two of its nouns, and the で of two qualities.
_JOINED = (
    r"(?:及び|並びに|又は)(?=[^、。\s]{0,30}?(?:に関する|に係る|のための))"
    r"|(?<=[一-龥])で(?=[一-龥]{1,4}な)"
)
# 「<name><suffix><title>条例」: the name in kanji or kana, the title opening with a kanji or katakana
# and holding no other act or list word (「…条例及び…規則」 is two acts).
_ORDINANCE = re.compile(
    r"(?P<name>[一-龥ぁ-んァ-ヺー々ヶケ]{2,6}?)(?P<suffix>[市町村区県])"
    rf"(?P<title>[一-龥ァ-ヺー々ヶ](?:(?!及び|並びに|又は|条例|規則|を改正する)[^、。，．,\s「」『』（）()はがで\n]|{_JOINED}){{0,40}}?)"
    r"(?P<act>条例施行規則|条例|規則|施行細則)"
)
# 「…町議会基本条例」, 「…市議会会議規則」: the act of the body's assembly, its title a run of kanji.
_ASSEMBLY_TITLE = re.compile(r"議会[一-龥]+")
# 「（平成15年○○市規則第22号）」: the number of an act, not its name.
_NUMBER_AFTER = re.compile(r"第[0-9一二三四五六七八九十百千]+号")
# Words of place that are no one municipality's name (本市, 各町, 当該市, 関係市町村).
# A name closed by a particle (「地区計画の区域」) is a phrase, not a name.
_GENERIC = re.compile(
    r"^(?:本|各|同|当該?|他|全|関係|近隣|周辺|県内|市内|町内|村内|区内|都道府|市区町|市町)$|[市町村区県のがをにでとへもや]$|^[市町村区県国][はがもで]"
)
# A name of kana alone may close with a kana that is also a particle (「…で市」, 「…の町」 in kana), where
# it opens the text or follows punctuation; a conjunction so closed (「そこで市独自の条例」) is no name.
# A point of the compass or 新 may open it (「東みなと町」).
_KANA_NAME = re.compile(r"^[東西南北新]?[ぁ-ん]{2,5}[でのと]$")
_CONJUNCTIONS = frozenset({"そこで", "ついで", "次いで", "ところで", "それで", "なので", "もっと"})
# 「新たに○○市…条例を制定」: an adverb before the name is no part of it (the name starts after its に).
_ADVERB_LEAD = re.compile(r"(?:新たに|新規に|改めて|併せて|あわせて|直ちに|速やかに|早急に|更に|さらに)")
_HARD_BOUNDARY = re.compile(r"[、。，．,.\s「」『』（）()【】・：:]")
# What makes a common word of the suffix (区域, 市場, 町内, 市民, 市街, 市議会): no title opens with it.
_GLUED = "市町村区県域場内民街議"


def _kana_name(folded: str, start: int, name: str) -> bool:
    """A name of kana closing with a particle's kana (「…で」 before 町), at a hard boundary."""
    hard = start == 0 or _HARD_BOUNDARY.match(folded, start - 1) is not None
    return hard and _KANA_NAME.match(name) is not None and name not in _CONJUNCTIONS


def local_ordinances(folded: str) -> list[tuple[int, int, str]]:
    """The spans of the local acts named by the form above, each at its earliest boundary, with their
    kind: ``local_ordinance`` for an ordinance and the rules enforcing it, ``ordinance`` for a rule."""
    found: list[tuple[int, int, str]] = []
    for end in (m.end() for m in re.finditer("条例|規則|施行細則", folded)):
        if _NUMBER_AFTER.match(folded, end):
            continue
        lo = max(0, end - 60)
        starts = [lo] if lo == 0 else []
        starts += [b.end() for b in _BOUNDARY.finditer(folded, lo, end)]
        for start in starts:
            m = _ORDINANCE.fullmatch(folded, start, end)
            glued = m is not None and m["title"][0] in _GLUED and not _ASSEMBLY_TITLE.fullmatch(m["title"])
            if m is None or glued or _ADVERB_LEAD.match(m["name"]):
                continue
            if _GENERIC.search(m["name"]) and not _kana_name(folded, start, m["name"]):
                continue
            if not any(s <= start < e and end <= e for s, e, _ in found):
                found.append((start, end, "ordinance" if m["act"].endswith("則") else "local_ordinance"))
            break
    return found
