"""Units of a body (…局, …部, …課, …室) named right after it.

Extraction stage, used by :mod:`kg.extract.bodies`.  Takes a folded text and the bodies found in it
(their ends and keys); gives candidate spans for their units, each with its parent's key:

* **units** (…局, …部, …課, …室, 大臣官房) right after the body they belong to
  (「静岡市総務局ＩＣＴ推進課」, 「環境省大臣官房総務課環境情報室」, 「総務省統計局」,
  「最高裁判所事務総局」) or after it and a 「・」 (「総務省・マイナンバー室」): two mentions, the body
  and the unit's chain after it (総務局ＩＣＴ推進課), whose parent is that body; the unit's name may
  start with a word in kana (「都城市ふるさと産業推進局」), and a council's secretariat is a unit
  (「内閣官房…会議事務局」), as is the secretariat glued after a commission or council
  (「個人情報保護委員会事務局」).  After a prefecture and its municipality the unit follows the
  municipality (「静岡県浜松市市民部」 → 静岡県浜松市 + 市民部).  The chain may hold a word in kana
  (「子どもみらい部」, 「地域づくり推進課」) and close with a 課's section or team (…課…係, …課…班);
  units listed after it by 及び, 並びに, 又は or 「・」 between two whole units' names
  (「…課・…課」, not 「修学支援・教材課」) are each a mention of their own, of the same body; the head
  of the unit after it (「…課長通知」, 「…局長名で」) leaves the unit named.  An agency glued after its
  ministry is a body of its own, its units after it (「総務省消防庁…室」 → 総務省 + 消防庁 + …室); a
  court's petty bench by its number is a unit of the court (「最高裁判所第二小法廷」).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator

from kg.extract.body_council_words import NAME
from kg.extract.body_councils import COUNCIL_RE
from kg.extract.folding import KANJI
from kg.extract.gazetteers import Candidate

__all__ = ["OFFICE", "UNIT_CHAIN_RE", "UNIT_GENERIC", "holds_end", "unit_match", "units"]

# 「関東地方整備局利根川上流河川事務所」: a regional bureau's office is a unit of it
OFFICE = rf"[{KANJI}]{{2,16}}?事務所(?![{KANJI}])"
_UNIT_SUFFIX = r"(?:大臣官房|局|部|課|室|官房|事務所|小法廷|大法廷)"
# 「…局…課及び…局…課」, 「…課又は…市…課」: units listed after their body, each a mention of its own
_UNIT_LIST = r"及び|並びに|又は|若しくは"
# A word in kana inside a unit's name (「子どもみらい部」, 「地域づくり推進課」, 「こども支援給付課」): three
# to five kana between the kanji of the name, not a particle, a conjunction or a verb's ending.
_KANA_IN_UNIT = (
    r"(?<![ぁ-ゖ及並又若])(?![にのとをでへはもやかまがおけ])(?!および|ならびに|または|もしくは|あるいは)"
    r"[ぁ-ゖ]{2,5}(?<!する)(?<!した)(?<!など)(?<!ほか)(?<!ごと)(?<!れる)(?<!られ)(?![ぁ-ゖ])"
)
# 「内閣官房情報通信技術(IT)総合戦略室」: an abbreviation in brackets inside a unit's name
# 「障がい福祉課」, 「障がい者支援課」: 障害 written 障がい, common in the names of municipal units
_PART = rf"(?:{NAME}|\([A-Za-z0-9]{{2,8}}\)|(?<=障)がい(?=[{KANJI}])|{_KANA_IN_UNIT}(?=[{KANJI}ァ-ヺ・]))"
# a section (係) or team (班) closes the chain of a 課 or 室 (「…課情報政策係」, 「…課防災企画班」)
# 「…課長通知」, 「…局長名で」: the head of the unit (長) after its name names the unit too
_HEAD_AFTER = r"長(?:通知|名|あて|宛|から|より|は|が|の|に|と|、|。)"
UNIT_CHAIN_RE = re.compile(
    rf"(?:{_PART}{{0,16}}?{_UNIT_SUFFIX})+(?:(?<=[課室]){_PART}{{2,12}}?(?:係|班))?"
    rf"(?:(?![{KANJI}])|(?={_UNIT_LIST})|(?={_HEAD_AFTER}))"
)
# 「…課・…課」: 「・」 between two whole units' names (after a unit's kind) lists them; inside a name
# (「修学支援・教材課」, 「環境再生・資源循環局」) it is part of it.
_LISTED_DOT_RE = re.compile(r"(?<=[局部課室係班])・(?=.)")
# A unit whose name starts with a word in kana, right after its body (「都城市ふるさと産業推進局」):
# three kana or more glued to the kanji of the unit's name, not a particle or a verb's ending.
_KANA_LEAD_RE = re.compile(
    rf"(?![にのとをでへはもやかま])[ぁ-ゖ]{{3,5}}(?<!する)(?<!した)(?<!など)(?<!ほか)(?=[{KANJI}])"
)
# 「内閣官房デジタル田園都市国家構想実現会議事務局」: a council's secretariat after the body it sits in.
_SECRETARIAT_RE = re.compile(rf"(?:{NAME}){{2,40}}?(?:{COUNCIL_RE.pattern})事務局(?![{KANJI}])")
_COUNCIL_END_RE = re.compile(r"(?:委員会|審議会|会議|調査会|協議会|本部)$")
_SECRETARIAT_AFTER_RE = re.compile(rf"事務(?:総)?局(?![{KANJI}])")
UNIT_GENERIC = re.compile(
    r"^(?:事務|部|本|支|当|各|同|結|政|難|薬|郵便|放送|電話|会議|研究|教|個|和|病|分|対|終|開|戦|時|総)?(?:局|部|課|室)$|^(?:各|同|当|本)?事務所$"
    r"|^(?:関係|担当|各|同)?(?:係|班)$"
    # 「最高裁判所大法廷」: the court's bench by its kind alone is the court (a 第…小法廷 is named)
    r"|^(?:各|同|当|本)?[大小]法廷$"
)


def holds_end(ends: list[int], start: int, end: int) -> bool:
    """A body found before ends inside ``start:end`` (「総務省統計局」: the unit starts after it)."""
    i = bisect.bisect_right(ends, start)
    return i < len(ends) and ends[i] < end


def unit_match(folded: str, at: int) -> re.Match[str] | None:
    """A unit's name at ``at``, its first word in kana or not (「こども未来局」, 「総務局ＩＣＴ推進課」)."""
    kana = _KANA_LEAD_RE.match(folded, at)
    m = UNIT_CHAIN_RE.match(folded, kana.end() if kana else at) or _SECRETARIAT_RE.match(folded, at)
    return None if m is None or UNIT_GENERIC.match(m.group()) or folded.startswith("令", m.end()) else m


def _secretariat_after(folded: str, at: int) -> re.Match[str] | None:
    """The secretariat of the commission or council named right before ``at``
    (「個人情報保護委員会事務局」, 「…会議事務局」): a unit of it, though 事務局 alone names none."""
    return _SECRETARIAT_AFTER_RE.match(folded, at) if _COUNCIL_END_RE.search(folded, 0, at) else None


def units(folded: str, known_ends: dict[int, str], places: set[int]) -> Iterator[Candidate]:
    ends = sorted(known_ends)
    for end, parent in known_ends.items():
        at = end + 1 if folded.startswith("・", end) else end
        if at in places:
            continue  # 「静岡県浜松市市民部」: a municipality after its prefecture, the unit after both
        if folded.startswith("警察", at) and folded.endswith(("県", "府", "道"), 0, at):
            continue  # 「…県警察本部…課」: the prefecture's police (one body) and its unit
        if (m := unit_match(folded, at) or _secretariat_after(folded, at)) is None:
            continue
        if _agency_inside(folded, ends, at, m.end()):
            continue  # 「総務省消防庁…室」: the ministry, its agency and the agency's unit (three mentions)
        # 「総務省・マイナンバー室」, 「総務省統計局」: the unit is a mention of its own after its
        # parent's (two mentions), the parent from the text
        yield from _dotted(folded, at, m.end(), parent)
        while (listed := re.compile(_UNIT_LIST).match(folded, m.end())) and (
            m := UNIT_CHAIN_RE.match(folded, listed.end())
        ):
            if holds_end(ends, listed.end(), m.end()):
                break  # 「財務省…局及び金融庁…課」: another body and its unit, not one more of the first's
            if not UNIT_GENERIC.match(m.group()):
                yield from _dotted(folded, listed.end(), m.end(), parent)


def _agency_inside(folded: str, ends: list[int], start: int, end: int) -> bool:
    """A body whose name ends in 庁 (an agency of the ministry before it) ends inside ``start:end``."""
    i = bisect.bisect_right(ends, start)
    return any(e < end and folded[e - 1] == "庁" for e in ends[i:])


def _dotted(folded: str, start: int, end: int, parent: str) -> Iterator[Candidate]:
    """The units of ``start:end``: one, or each of those 「・」 lists (「…部家庭福祉課・障害児支援課」)."""
    at = start
    for dot in _LISTED_DOT_RE.finditer(folded, start, end):
        if UNIT_CHAIN_RE.fullmatch(folded, dot.end(), end) is None:
            continue  # 「…課・…」 where what follows is no whole unit's name
        yield Candidate(at, dot.start(), None, f"unit:{parent}", priority=1)
        at = dot.end()
    yield Candidate(at, end, None, f"unit:{parent}", priority=1)
