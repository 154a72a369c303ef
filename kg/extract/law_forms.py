"""The forms of a law's name, and the look-alikes that are no law: rules the law ruler applies.

Extraction stage.  Takes a folded text (:func:`kg.extract.folding.fold`) and a candidate
span; gives whether the span is a law by its form.  A run of nouns ending in 法
is a statute's name (「持続可能性確保法」), …法施行令 and …法施行規則 are
ordinances of their own, and a run ending in 条例 is a local ordinance
(「個人情報保護条例」).  Not laws:

* words that end in 法 but name no law — 方法, 手法, 文法 (one token each, so no
  run of nouns ends in the 法 token), and a name glued to 人 or 務 (…法人, 法務) or to 犯 (刑法犯);
* 憲法上 and the like: 憲法 alone is no title (the title is 日本国憲法);
* a name inside the name of a body or a document: 「…法研究会」, 「…法ガイドライン」, a council's
  subdivision and its topic in brackets (「…審議会民法（親子法制）部会」),
  or a quoted 「…」 that is itself the name of a council, study group,
  strategy, guideline or policy (「包括的データ戦略」 is a strategy, not a law), its part or draft
  in brackets after it (「「…に関する法律についてのガイドライン（通則編）」」).

>>> glued_after("独立行政法人", 5), inside_other_name("デジタル手続法検討会の開催", 0, 7)
(True, True)
"""

from __future__ import annotations

import re

__all__ = [
    "BODY_SUFFIXES",
    "COUNCIL_ENDINGS",
    "DOCUMENT_WORDS",
    "ENFORCEMENT_ORDER_RE",
    "glued_after",
    "inside_other_name",
    "names_local_body",
]

#: The endings of a council's or deliberative body's name.
COUNCIL_ENDINGS = (
    "小委員会",
    "委員会",
    "審議会",
    "会議",
    "部会",
    "分科会",
    "幹事会",  # a council's board of secretaries (…会議幹事会) is a body of its own
    "検討会",
    "研究会",
    "調査会",
    "協議会",
    "懇談会",
    "審査会",
    "評議会",
    "懇話会",
    "ワーキンググループ",
    "ワーキング・グループ",
    "SWG",
    "WG",
    "タスクフォース",
    "プロジェクトチーム",
    # a headquarters set up by law or by the Cabinet (副首都推進本部, 知的財産戦略本部)
    "推進本部",
    "戦略本部",
    "創生本部",
    "対策本部",  # 新型インフルエンザ等対策本部
    "政策本部",  # 水循環政策本部, 総合海洋政策本部
)
#: The endings of a body's name (a council, study group, panel, unit or corporation).
BODY_SUFFIXES = (*COUNCIL_ENDINGS, "本部", "機構", "センター")
#: The endings of a document's name: a plan, strategy, guideline or policy is no law.
DOCUMENT_WORDS = (
    "ガイドライン",
    "ガイドブック",
    "ガイド",
    "手引き",
    "手引",
    "指針",
    "方針",
    "戦略",
    "計画",
    "要綱",
    "構想",
    "報告書",
    "とりまとめ",
    "取りまとめ",
    "ロードマップ",
    "白書",
    "要領",
    "Q&A",
    "FAQ",
)
ENFORCEMENT_ORDER_RE = re.compile(r"施行(?:令|規則)")
_NAME_CHAR = r"[一-龥ァ-ヺー・A-Za-z0-9]"
_ENDINGS = "|".join(re.escape(w) for w in sorted(BODY_SUFFIXES + DOCUMENT_WORDS, key=len, reverse=True))
# Nouns glued to the end of the law's name up to a body's or document's ending.
_GLUED_NAME_RE = re.compile(rf"{_NAME_CHAR}{{0,12}}?(?:{_ENDINGS})")
_QUOTED_RE = re.compile(r"「([^「」\n]{1,80})」|『([^『』\n]{1,80})』")
# 「…ガイドライン（通則編）」, 「…指針（案）」: a part or draft named in brackets after the ending.
_QUOTED_END_RE = re.compile(rf"(?:{_ENDINGS})(?:[(（][^()（）]{{1,12}}[)）]|案)?$")


def glued_after(folded: str, end: int) -> bool:
    """The name runs on into a longer word: 法人 (…法人), 法務, 法制局, 法制度, and a class of offences
    in crime statistics (「刑法犯」, 「特別法犯」), not 「…法犯則」.

    >>> glued_after("個人情報保護法の改正", 7), glued_after("宗教法人", 3), glued_after("内閣法制局", 3)
    (False, True, True)
    >>> glued_after("刑法犯の認知件数", 2)
    True
    """
    return folded.startswith(("人", "務"), end) or _GLUED_LEGAL_WORD_RE.match(folded, end) is not None


_GLUED_LEGAL_WORD_RE = re.compile(r"制[一-龥]|犯(?!則)")
#: A local ordinance's name starts with its body's name (横浜市…条例); 「個人情報保護条例」
#: alone is a kind of ordinance every municipality has, not one ordinance.
_LOCAL_BODY_RE = re.compile(r"^(?!都道府県|市区?町村)[一-龥ァ-ヺー]{1,6}?[都道府県市区町村]")


def names_local_body(name: str) -> bool:
    """A local ordinance's name that says whose it is.

    >>> names_local_body("横浜市個人情報保護条例"), names_local_body("個人情報保護条例")
    (True, False)
    """
    return _LOCAL_BODY_RE.match(name) is not None


def inside_other_name(folded: str, start: int, end: int) -> bool:
    """The span ``start:end`` is part of a body's or a document's name.

    >>> inside_other_name("「マイナンバー法改正ガイドライン」を公表", 1, 8)
    True
    >>> inside_other_name("「マイナンバー法」の改正", 1, 8)
    False
    """
    if _GLUED_NAME_RE.match(folded, end) and _no_particle_between(folded, end):
        return True
    if _ABOUT_LAW_TITLE_RE.match(folded, end):
        return True  # 「…に関する法律についてのガイドライン（通則編）」: the title of a guideline on the law
    if _TOPIC_OF_COUNCIL_RE.match(folded, end):
        return True  # 「法制審議会民法（親子法制）部会」: the name and topic of a council's subdivision
    for m in _QUOTED_RE.finditer(folded, max(0, start - 81), min(len(folded), end + 81)):
        inner_start, inner_end = m.span(1) if m.group(1) is not None else m.span(2)
        inside = inner_start <= start and end <= inner_end and (start, end) != (inner_start, inner_end)
        if inside and _QUOTED_END_RE.search(folded[inner_start:inner_end]):
            return True
    return False


# 「…についてのガイドライン」, 「…についての指針（案）」: a document's title on the law before it.
_ABOUT_LAW_TITLE_RE = re.compile(rf"についての{_NAME_CHAR}{{0,6}}?(?:{_ENDINGS})")
_COUNCIL_ENDING = "|".join(re.escape(w) for w in sorted(COUNCIL_ENDINGS, key=len, reverse=True))
# Before a council's ending, in or before the brackets of its topic: 「…民法（親子法制）部会」.
_TOPIC_OF_COUNCIL_RE = re.compile(
    rf"(?:[^()（）\n]{{0,12}}[)）]|[(（][^()（）\n]{{1,12}}[)）])(?:{_COUNCIL_ENDING})"
)


def _no_particle_between(folded: str, end: int) -> bool:
    m = _GLUED_NAME_RE.match(folded, end)
    return m is not None and not re.search(r"[ぁ-ゖ、。]", m.group())
