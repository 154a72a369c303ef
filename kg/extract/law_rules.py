"""Law names by more forms: rules titled 「…規則」, a title's enforcement order, a title's true start.

Extraction stage, for the law ruler (:mod:`kg.extract.laws`).  Takes the folded text (and the
candidates found by title); gives candidate spans or corrected ones:

* a rule titled 「…規則」 by its form: one whose name says whose it is (「北浜市文書管理規則」), one
  listed right after an ordinance (「労働基準法施行規則及び労働安全衛生規則」) or one the text revises,
  makes or repeals (「商業登記規則を改正し」) — a name of four characters or more before 規則, so
  that 就業規則 or 内部規則 are no rule of law;
* 「…に関する法律施行令」, 「…に関する法律施行規則」 after a title: an ordinance of its own;
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

__all__ = ["rule_names", "short_names", "title_forms"]

# A run of kanji (and 「・」) ending in 規則, not one ending a law's enforcement rules (施行規則).
_RULE_RE = re.compile(r"(?<![一-龥・])[一-龥][一-龥・]{3,}?(?<!施行)規則")
# 「…規則を改正」, 「…規則の一部を改正」, 「…規則を制定」, 「…規則を廃止」: what is done to it.
_ACTED_ON_RE = re.compile(r"(?:の|を)(?:一部(?:を)?)?(?:改正|改定|制定|廃止)")
# 「…施行規則及び」, 「…省令、」: an ordinance ends right before the list word.
_AFTER_ORDINANCE_RE = re.compile(r"(?:規則|施行令|省令|府令|政令)(?:等)?(?:及び|並びに|又は|、|・)$")
_ADVERB_RE = re.compile(r"(?:新たに|新規に|更に|さらに|直ちに|速やかに|早急に|改めて|併せて|あわせて)")
_DOCUMENT_LISTED_RE = re.compile(
    r"(?:ガイドライン|指針|方針|計画|要綱|要領|戦略|通知|告示|通達)(?:等)?(?:及び|並びに|・|、)"
)


def rule_names(folded: str) -> Iterator[Candidate]:
    """Rules titled 「…規則」 whose form says they are one (see the module's docstring)."""
    for m in _RULE_RE.finditer(folded):
        start, end = m.span()
        if "法" in m.group():
            continue  # 「…法施行規則」 and its like are found with their act
        if (
            names_local_body_or_listed(m.group())
            or _AFTER_ORDINANCE_RE.search(folded, max(0, start - 8), start)
            or _ACTED_ON_RE.match(folded, end)
        ):
            yield Candidate(start, end, None, "ordinance")


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
