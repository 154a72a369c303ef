"""A terse word after a name: the question the word stands for, kept to what the name names.

Takes the question, its core (:func:`kg.ask.text.core`), the reader and whether a word names one
document's publisher; gives the reading of 「○○市　予定」「○○計画の予定」「○○市　目標」 as the question
the last word stands for (「予定」 → 「予定されている取組」, 「目標」 → 「目標の一覧」) within the plan of
that publisher, the document so named, or what the name is otherwise related to, its reading line
saying how the word was taken; None where the question is not a name and one such word.  The words
read here are those no kind reads when said bare; the other class nouns (「課題」「KPI」「施策」) are read
by the kinds themselves.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from contextvars import ContextVar
from dataclasses import replace

from kg.ask.outcomes import Ambiguous, Outcome, Reading

# a terse word, and the question it stands for
_STANDS_FOR = (
    (
        re.compile(r"(?:今後の)?(?:予定|スケジュール|予定分|予定事項|予定表)(?:の?一覧)?"),
        "予定されている取組",
    ),
    (re.compile(r"(?:目標|基本目標)(?:の?一覧)?"), "目標の一覧"),
)
# the name and the word: typed apart, or joined by の, で or における
_JOINED_RE = re.compile(r"(?P<rest>.+?)(?:の|で|における|では)(?P<word>[^の]+)")
# within the reading of a word's stand-in, no other word is read so (its own words say it already)
_WITHIN: ContextVar[bool] = ContextVar("terse_within", default=False)


def terse_word(
    question: str, text: str, read: Callable[[str], Outcome], publisher: Callable[[str], bool]
) -> Outcome | None:
    """``text`` read as a name and a terse word after it, or None."""
    if _WITHIN.get():
        return None
    parts = question.split()
    if len(parts) == 2:
        rest, word = parts
    elif (m := _JOINED_RE.fullmatch(text)) is not None:
        rest, word = m["rest"], m["word"]
    else:
        return None
    said = next((s for pattern, s in _STANDS_FOR if pattern.fullmatch(word)), None)
    if said is None or not rest:
        return None
    rest = rest.removesuffix("の計画")
    tries = [f"{rest}の計画で{said}"] if publisher(rest) else []
    tries += [f"{rest}で{said}", f"{rest}の{said}"]
    token = _WITHIN.set(True)
    try:
        return _first((read(asked) for asked in tries), word, said)
    finally:
        _WITHIN.reset(token)


def _first(outcomes: Iterable[Outcome], word: str, said: str) -> Outcome | None:
    """The first reading of the stand-ins (read one by one), its line saying how the word was taken."""
    for outcome in outcomes:
        if isinstance(outcome, Reading):
            return replace(outcome, reading=f"「{word}」を「{said}」として: {outcome.reading}")
        if isinstance(outcome, Ambiguous):
            return outcome
    return None
