"""A theme's or an issue's number said with words of its label: 「課題2.1（○○）の施策」「テーマ4「○○」の課題」
「柱1　○○の施策」「1.3 ○○　施策」, and a title with its number after it in brackets (「○○（テーマ3）」).

Takes the folded question, where a number ends, and the entities the number names; gives the end of the
words said with it and the entities those words agree with (a label that holds a word of them, the most
of them).  Words that agree with none leave the number alone, so the question is not read as one the
words do not fit.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from kg.ask.entities import Entity, Mention
from kg.ask.text import fold

# the words after a number: in brackets, in quotes, or bare up to what the question asks of it
_BRACKETED_RE = re.compile(r"\((?P<words>[^()]{2,40})\)|[「『“\"](?P<quoted>[^」』”\"]{2,40})[」』”\"]")
# bare words: no particle that ties them to another thing, no bracket or punctuation
_BARE_RE = re.compile(r"[^()「」『』“”\"、,?!。にではがをとへ]{2,40}")
# what is asked of the thing after its words: its class, its list, or the end of the question
_CLASS_RE = re.compile(
    r"(?:の|で|に|は|が)?(?:施策|取組|取り組み|課題|進捗|目標|指標|kpi|一覧|措置|実績|リスト)"
)
_ASKED_RE = re.compile(rf"{_CLASS_RE.pattern}|$")
_PARTICLES = tuple("のでにはがをとへもや")
# a word: a run of kanji, of katakana or of Latin letters and digits (kana between them ties them)
_WORD_RE = re.compile(r"[一-龥々〆ヶ]+|[ァ-ヺー]+|[a-z0-9][a-z0-9\-]*")


def _words(said: str) -> list[str]:
    return [w for w in _WORD_RE.findall(fold(said)) if len(w) >= 2]


def _held(word: str, label: str) -> bool:
    """Whether ``label`` holds ``word``, or, for a run of four kanji or more (「体制強化」), each of its
    two-character halves (「…運営体制の抜本的強化」)."""
    if word in label:
        return True
    if len(word) >= 4 and re.fullmatch(r"[一-龥々〆ヶ]+", word):
        pieces = [word[i : i + 2] for i in range(0, len(word) - 1, 2)]
        return all(p in label for p in pieces if len(p) == 2)
    return False


def agreeing(said: str, candidates: Sequence[Entity]) -> tuple[Entity, ...]:
    """The ``candidates`` whose labels hold the most characters of the words ``said`` (none where no
    label holds any)."""
    words = _words(said)
    scores = [(sum(len(w) for w in words if _held(w, fold(e.label))), e) for e in candidates]
    best = max((s for s, _ in scores), default=0)
    return tuple(e for s, e in scores if s == best) if best else ()


def glossed(text: str, end: int, candidates: Sequence[Entity]) -> tuple[int, tuple[Entity, ...]] | None:
    """The end of the words said after a number that ends at ``end`` in ``text`` and the candidates they
    agree with, or None where no words follow or they agree with no candidate."""
    if not candidates:
        return None
    if (m := _BRACKETED_RE.match(text, end)) is not None:
        found = agreeing(m["words"] or m["quoted"], candidates)
        return (m.end(), found) if found else None
    # 「課題3.2の施策」: nothing said of the number, what is asked follows it (no stop)
    for stop in _stops(text, end):
        if found := agreeing(text[end:stop], candidates):
            return stop, found
    return None


def _stops(text: str, end: int) -> list[int]:
    """Where bare words said after a number may end, longest first: before what the question asks for,
    up to the first thing it asks (none where a particle or what is asked follows the number)."""
    asked = _ASKED_RE.match(text, end)
    if (asked is not None and asked.end() > end) or text[end : end + 1] in _PARTICLES:
        return []
    bare = _BARE_RE.match(text, end)
    if bare is None:
        return []
    limit = next((p for p in range(end + 1, bare.end()) if _CLASS_RE.match(text, p)), bare.end())
    return [s for s in range(limit, end + 1, -1) if s - end >= 2 and _ASKED_RE.match(text, s) is not None]


def disagreeing(text: str, end: int, candidates: Sequence[Entity]) -> int | None:
    """The end of the words in quotes or bare after a number ending at ``end`` that agree with none of
    its ``candidates`` (the question is then asked back), or None.  Words in round brackets are left
    alone: they may say how the question is meant (「（予定含む）」)."""
    if not candidates or glossed(text, end, candidates) is not None:
        return None
    if (m := _BRACKETED_RE.match(text, end)) is not None:
        return m.end() if m["quoted"] else None
    # 「課題5.4ってどうなってる」: kana alone, no word of a title, says how it is asked
    stops = [s for s in _stops(text, end) if _words(text[end:s])]
    return stops[0] if stops else None


# 「○○（4.6）」「○○（課題1-2）」: an issue's number in brackets after words of its label
_NUMBER_AFTER_RE = re.compile(r"\((?:課題)?(?P<number>\d+(?:[.\-]\d+)+)\)")


def numbers_after_words(text: str) -> list[re.Match[str]]:
    """The bracketed issue numbers in ``text`` (folded) that follow words (「…標準化(4.6)」)."""
    return [m for m in _NUMBER_AFTER_RE.finditer(text) if _WORD_RE.search(text[: m.start()])]


_CLASS_BEFORE_RE = re.compile(r"(?<=[ぁ-ゖ一-龥々])(?:という|との)?課題$")


def glossed_before(text: str, start: int, candidates: Sequence[Entity]) -> tuple[Entity, ...]:
    """The one candidate the words before a bracketed number at ``start`` agree with: the run of words
    up to the bracket each held by its label (kana of two characters at most between them); none where
    the word next to the bracket is held by no label, or where two labels hold the longest run."""
    # 「…が分散している課題（4-1）」: the class said before the bracket, the label's words before it
    said = _CLASS_BEFORE_RE.search(text[:start])
    start, next_gap = (said.start(), r"[ぁ-ゖ]{0,4}") if said is not None else (start, r"[ぁ-ゖ]{0,2}")
    words = list(_WORD_RE.finditer(text[:start]))
    reach: dict[int, list[Entity]] = {}
    for entity in candidates:
        label, begin = fold(entity.label), None
        for w in reversed(words):
            gap = text[w.end() : start if begin is None else begin]
            kana = next_gap if begin is None else r"[ぁ-ゖ]{0,2}"
            if not re.fullmatch(kana, gap) or len(w[0]) < 2 or not _held(w[0], label):
                break
            begin = w.start()
        if begin is not None:
            reach.setdefault(begin, []).append(entity)
    best = reach[min(reach)] if reach else []
    return (best[0],) if len(best) == 1 else ()


def narrowed_inside(found: list[Mention], number: re.Match[str], text: str) -> bool:
    """Whether an issue in ``found`` was read inside the bracketed ``number`` (「…（課題3-2）」); where it
    was and names more than one issue, it is narrowed in place to the one the words before the bracket
    agree with (:func:`glossed_before`), if one."""
    inside = [i for i, f in enumerate(found) if number.start() <= f.start < number.end()]
    for i in inside:
        if len(found[i].candidates) > 1 and (
            one := glossed_before(text, number.start(), found[i].candidates)
        ):
            found[i] = replace(found[i], candidates=one)
    return bool(inside)
