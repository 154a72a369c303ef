"""Law names by more forms: rules titled 「…規則」, a title's enforcement order, a title's true start.

Extraction stage, for the law ruler (:mod:`kg.extract.laws`).  Takes the folded text (and the
candidates found by title); gives candidate spans or corrected ones:

* a rule of an independent body named by its number (「人事院規則10-4」);
* a rule titled 「…規則」 by its form: one whose name says whose it is (「○○市文書管理規則」), one
  listed right after an ordinance (「労働基準法施行規則及び労働安全衛生規則」) or one the text revises,
  makes or repeals (「商業登記規則を改正し」) or follows with its number as an ordinance
  (「…規則（昭和47年労働省令第32号）」) — a name of four characters or more before 規則, so
  that 就業規則 or 内部規則 are no rule of law, and not the number of one (「平成15年○○市規則第22号」);
* 「…に関する法律施行令」, 「…に関する法律施行規則」 after a title: an ordinance of its own;
* a one-word name before 法: an acronym (「PFI法」), a word clipped from two (「省エネ法」), one listed
  after a law (「特定商取引法及び預託法」);
* a statute's short name of two kanji the tagger reads as no word, one token each, before 法
  (「温対法に基づく」, 「個情法について」): an abbreviation, where 解決法 or 計算法 is a method;
* a title starts after an adverb ending in に before it (「新たに…に関する法律を制定」) and after a
  document's name listed before it (「AI事業者ガイドライン及び…に関する法律」: the guideline is none).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import Any

from kg.extract.gazetteers import Candidate
from kg.extract.law_forms import ENFORCEMENT_ORDER_RE
from kg.extract.law_titles import names_local_body_or_listed

__all__ = [
    "LISTED",
    "LISTED_AFTER_LAW_RE",
    "listed_after_laws",
    "one_word_name",
    "rule_names",
    "short_names",
    "title_forms",
]

# A run of kanji (and 「・」) ending in 規則, not one ending a law's enforcement rules (施行規則).
_RULE_RE = re.compile(r"(?<![一-龥・])[一-龥][一-龥・]{3,}?(?<!施行)規則")
# 「クレーン等安全規則（昭和47年労働省令第34号）」: one opening in katakana, where its number follows it.
_KANA_RULE_RE = re.compile(r"(?<![一-龥ァ-ヺー・])[ァ-ヺー][一-龥ァ-ヺー・]{3,}?規則")
# 「…規則を改正」, 「…規則の一部を改正」, 「…規則を制定」, 「…規則を廃止」: what is done to it.
_NUMBER_AFTER_RE = re.compile(r"第[0-9一二三四五六七八九十百千]+号")
_ACTED_ON_RE = re.compile(r"(?:の|を)(?:一部(?:を)?)?(?:改正|改定|制定|廃止)")
# 「…規則（昭和47年労働省令第32号）」: a rule followed by its number as an ordinance is one.
_ORDINANCE_NUMBER_BESIDE_RE = re.compile(
    r"[(（](?:明治|大正|昭和|平成|令和)[0-9一二三四五六七八九十元]+年[一-龥]{0,8}?(?:省令|府令|規則)"
    r"第[0-9一二三四五六七八九十百千]+号[)）]"
)
# 「…施行規則及び」, 「…省令、」: an ordinance ends right before the list word.
_AFTER_ORDINANCE_RE = re.compile(r"(?:規則|施行令|省令|府令|政令)(?:等)?(?:及び|並びに|又は|、|・)$")
_ADVERB_RE = re.compile(r"(?:新たに|新規に|更に|さらに|直ちに|速やかに|早急に|改めて|併せて|あわせて)")
_DOCUMENT_LISTED_RE = re.compile(
    r"(?:ガイドライン|指針|方針|計画|要綱|要領|戦略|通知|告示|通達)(?:等)?(?:及び|並びに|・|、)"
)


# 「人事院規則10-4」, 「人事院規則九―四九」, 「人事院規則一〇―一一」: a rule of an independent body named
# by its number (the body's name, its rules, the series and the number in it, 〇 a digit of it).
NUMBERED_RULE_RE = re.compile(
    r"(?<![一-龥])(?:人事院|会計検査院|[一-龥]{2,10}委員会)規則"
    r"[0-9〇一二三四五六七八九十]+[-‐－―ー−][0-9〇一二三四五六七八九十]+(?:[-‐－―ー−][0-9〇一二三四五六七八九十]+)?"
)


def rule_names(folded: str) -> Iterator[Candidate]:
    """Rules titled 「…規則」 whose form says they are one (see the module's docstring)."""
    for m in NUMBERED_RULE_RE.finditer(folded):
        yield Candidate(m.start(), m.end(), None, "ordinance", priority=1)
    for m in _RULE_RE.finditer(folded):
        start, end = m.span()
        if "法" in m.group():
            continue  # 「…法施行規則」 and its like are found with their act
        if _NUMBER_AFTER_RE.match(folded, end):
            continue  # 「（平成15年○○市規則第22号）」: a rule's number, not its name
        if (
            names_local_body_or_listed(m.group())
            or _AFTER_ORDINANCE_RE.search(folded, max(0, start - 8), start)
            or _ACTED_ON_RE.match(folded, end)
            or _ORDINANCE_NUMBER_BESIDE_RE.match(folded, end)
        ):
            yield Candidate(start, end, None, "ordinance")
    yield from _numbered_kana_rules(folded)


def _numbered_kana_rules(folded: str) -> Iterator[Candidate]:
    for m in _KANA_RULE_RE.finditer(folded):
        if _ORDINANCE_NUMBER_BESIDE_RE.match(folded, m.end()):
            yield Candidate(m.start(), m.end(), None, "ordinance")


def title_forms(folded: str, cands: Iterable[Candidate]) -> Iterator[Candidate]:
    """The titles found, each starting where its name does, with its enforcement order after it."""
    for cand in cands:
        start = cand.start
        for m in _ADVERB_RE.finditer(folded, start, cand.end):
            if m.start() == start:
                start = m.end()  # 「新たに…に関する法律」
        for m in _DOCUMENT_LISTED_RE.finditer(folded, start, cand.end):
            start = m.end()  # 「…ガイドライン及び…に関する法律」
        if start != cand.start:
            cand = Candidate(start, cand.end, cand.key, cand.kind, cand.priority)
        yield cand
        suffix = ENFORCEMENT_ORDER_RE.match(folded, cand.end)
        if suffix and cand.kind == "statute":  # 「…に関する法律施行令」
            yield Candidate(cand.start, suffix.end(), None, "ordinance", priority=1)


_ONE_KANJI = re.compile(r"[一-龥]")


def short_names(doc: Any) -> Iterator[Candidate]:
    """「温対法」, 「個情法」: two one-kanji tokens and 法, standing alone, a statute's abbreviation."""
    for i in range(2, len(doc)):
        token = doc[i]
        after = doc[i + 1].text[:1] if i + 1 < len(doc) else ""
        if token.text != "法" or (_ONE_KANJI.match(after) and after != "上"):  # 「…法上の」, not 法人
            continue
        a, b = doc[i - 2], doc[i - 1]
        before = doc[i - 3].text[-1:] if i > 2 else ""
        if (
            all(len(t.text) == 1 and _ONE_KANJI.match(t.text) and t.pos_ == "NOUN" for t in (a, b))
            and not _ONE_KANJI.match(before)
            and not (a.idx + 1 == b.idx and a.text in "同本各両旧新諸他当")
        ):
            yield Candidate(a.idx, token.idx + 1, None, "statute:short")


_ACRONYM_RE = re.compile(r"[A-Z]{2,6}")
# 「省エネ法」: a word clipped from two (省 + エネルギー), kanji then katakana.
_CLIPPED_RE = re.compile(r"[一-龥]{1,2}[ァ-ヺー]{1,3}")
#: 「特定商取引法及び」: a law right before a list word.
LISTED_AFTER_LAW_RE = re.compile(r"法(?:等)?(?:及び|並びに|又は|、)$")
#: The kind of a name that is a law only if the name before it is one (「…法及び預託法」).
LISTED = "statute:listed"


# 「給与法を改正」, 「給与法の改正」, 「給与法第11条」: what is done to an act, or its article.
_ACTED_ON_LAW_RE = re.compile(
    r"(?:等)?(?:の一部を|の|を)?(?:改正|制定|廃止)|第[0-9一二三四五六七八九十]+条|に基づ"
)
_TWO_KANJI = re.compile(r"[一-龥]{2}")


def one_word_name(text: str, nouns: Any) -> str | None:
    """The kind of a one-word name before 法 that may still be a law's: an acronym (「PFI法」,
    「NPO法」), a word clipped from two, kanji then katakana (「省エネ法」), and a word of two kanji
    whose act the text amends or cites by article (「給与法を改正」, 「給与法第11条」) are statutes; a word
    of two characters or more after 「…法及び」 is one if the name before it is a law
    (「特定商取引法及び預託法」, not 「解決法及び対処法」: :func:`listed_after_laws`)."""
    if _ACRONYM_RE.fullmatch(nouns.text) or _CLIPPED_RE.fullmatch(nouns.text):
        return "statute"
    if _TWO_KANJI.fullmatch(nouns.text) and _ACTED_ON_LAW_RE.match(text, nouns.end_char + 1):
        return "statute"  # 「給与法を改正」: a word and 法 amended or cited by article: a short name
    if len(nouns.text) >= 2 and LISTED_AFTER_LAW_RE.search(text, 0, nouns.start_char):
        return LISTED
    return None


_COORD_BEFORE_RE = re.compile(r"(?:等)?(?:及び|並びに|又は|、)$")


def listed_after_laws(folded: str, chosen: list[Candidate]) -> list[Candidate]:
    """The chosen names, less the short ones listed after a name that is no law (「解決法及び対処法」)."""
    kept: list[Candidate] = []
    for cand in sorted(chosen, key=lambda c: c.start):
        if cand.kind == LISTED:
            coord = _COORD_BEFORE_RE.search(folded, 0, cand.start)
            if coord is None or not any(k.end == coord.start() for k in kept):
                continue
        kept.append(cand)
    return kept
