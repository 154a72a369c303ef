"""Generic references to public bodies (国, 自治体, 各府省, 関係省庁 …), kept apart from named bodies.

Extraction stage.  Takes a text; gives the words that refer to public bodies taken together or
left unnamed (pol:AgencyReference), never a named body (:mod:`kg.extract.bodies` finds those).

>>> [r.text for r in find_references("国と地方公共団体、関係省庁間で検討")]
['国', '地方公共団体', '関係省庁']
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, replace
from typing import Any

from kg.extract.folding import KANJI, fold, is_masked, masked_spans
from kg.extract.law_forms import DOCUMENT_WORDS

__all__ = ["BodyReference", "find_references", "references_outside"]

_QUOTED_RE = re.compile(r"「([^「」\n]{2,80})」|『([^『』\n]{2,80})』")


@dataclass(frozen=True, slots=True)
class BodyReference:
    """A generic reference to bodies (pol:AgencyReference): ``key`` is the word as normalised."""

    text: str
    start: int
    end: int
    key: str

    def shifted(self, offset: int) -> BodyReference:
        return replace(self, start=self.start + offset, end=self.end + offset)


# The generic words for public bodies taken together or unnamed (pol:AgencyReference).
_REFERENCE_WORDS = (
    "後期高齢者医療広域連合",
    "全業所管官庁",
    "所管官庁",
    "地方公共団体",
    "地方自治体",
    "自治体",
    "市区町村",
    "市町村",
    "都道府県",
    "道府県警",
    "府省庁",
    "府省",
    "省庁",
    "行政機関",
    "国際機関",
    "外国政府",
    "民間事業者",
    "政府",
    "地方",
    "国",
)
# 全/各/関係 before a word belong to the mention (全自治体, 各府省, 関係省庁).
_PREFIX = "(?:全|各|関係)?"
_REFERENCE_RE = re.compile(rf"{_PREFIX}(?:{'|'.join(sorted(_REFERENCE_WORDS, key=len, reverse=True))})")
# Short words are part of another word when a name character touches them (全国, 国民, 電子政府, 内閣府省令).
_SHORT = {"国", "政府", "府省", "省庁", "地方"}
_WORD_CHAR = re.compile(rf"[{KANJI}ァ-ヺー]")
# 省庁 alone is a word of the press; it counts only with its prefix (関係省庁, 各省庁).
_NEEDS_PREFIX = {"省庁"}
# 地方 stands for local government only beside the state or as the whole (国と地方, 国・地方, 地方を含めた).
_LOCAL_BEFORE = re.compile(r"国(?:と|・|や|及び|並びに)$")
_LOCAL_AFTER = re.compile(r"(?:と|・|や|及び|並びに)国(?![{KANJI}])|を含め")


# What may follow 国 or 地方 without making one word with it (国等, 国及び, 国全体).
_FREE_AFTER = re.compile(r"[等及並]|全体")
# A compound that starts with a reference word and ends with a document's or framework's name.
_DOCUMENT_ENDINGS = "|".join((*DOCUMENT_WORDS, "規約", "規程", "フレームワーク"))
_DOCUMENT_RUN = re.compile(rf"[{KANJI}ァ-ヺー・]*(?:{_DOCUMENT_ENDINGS})(?![{KANJI}ァ-ヺー])")


def _names_document(folded: str, start: int) -> bool:
    return _DOCUMENT_RUN.match(folded, start) is not None


def find_references(text: str) -> list[BodyReference]:
    """The generic references to bodies in ``text``, in order.

    A word counts also as the first part of a compound (自治体システム群, 政府情報システム), but not
    inside another word (全国, 国民, 我が国, デジタル政府, 地方税), a quoted name or title, the
    name of a document or framework it starts (政府標準利用規約), a web address or a link's target.
    """
    folded = fold(text)
    quoted = [(m.start(), m.end()) for m in _QUOTED_RE.finditer(folded)]
    masks = masked_spans(folded)
    found = []
    for m in _REFERENCE_RE.finditer(folded):
        start, end = m.span()
        if masks and is_masked(start, end, masks):
            continue  # a web address or a link's target (#231-国全体で…)
        prefix = next((p for p in ("関係", "全", "各") if m.group()[len(p) :] in _REFERENCE_WORDS), "")
        word = m.group()[len(prefix) :]
        if word not in _REFERENCE_WORDS or (word == "国" and prefix):
            continue  # 全国, 各国: the country, not a body
        before, after = folded[start - 1 : start], folded[end : end + 1]
        if word in _NEEDS_PREFIX and not prefix:
            continue
        if _names_document(folded, start):
            continue  # 政府標準利用規約, 政府相互運用性フレームワーク: a document's or framework's name
        if word in _SHORT:
            if not prefix and _WORD_CHAR.match(before) and word != "府省":
                continue  # 全国, 外国, 電子政府 (but 所管府省, 自府省: 府省 alone)
            if word in ("国", "地方") and _WORD_CHAR.match(after) and not _FREE_AFTER.match(folded, end):
                continue  # 国民, 国家, 地方税 (but 国等, 国全体)
            if word == "府省" and (after == "令" or folded.endswith("内閣", 0, start)):
                continue  # 府省令: a kind of act
            if word == "国" and folded.endswith(("我が", "わが"), 0, start):
                continue  # 我が国: the country, not the state as a body
            if word == "地方" and not (
                _LOCAL_BEFORE.search(folded, max(0, start - 3), start) or _LOCAL_AFTER.match(folded, end)
            ):
                continue
        if any(s < start and end <= e for s, e in quoted):
            continue  # inside 「…」: a quoted name or title
        found.append(BodyReference(text[start:end], start, end, m.group()))  # 関係省庁 is not 省庁
    return found


def references_outside(references: list[BodyReference], mentions: list[Any]) -> list[BodyReference]:
    """The references not inside a body's or a law's name (国 in 「国と地方のデジタル基盤…WG」)."""
    spans = sorted((m.start, m.end) for m in mentions)
    starts = [s for s, _ in spans]
    kept = []
    for ref in references:
        i = bisect.bisect_right(starts, ref.start) - 1
        inside = any(s <= ref.start and ref.end <= e for s, e in spans[max(0, i - 2) : i + 1])
        if not inside:
            kept.append(ref)
    return kept
