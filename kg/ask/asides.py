"""Asides in brackets: a name or a period said twice (「自治体システム標準化（課題4.6）」
「FY2021（令和3年度）」), and a gloss on what is asked (「（予定含む）」「（まだ実施されていない）」).

Takes the marked question (names and periods replaced by their marks, as :mod:`kg.ask.slots`
marks them) and what each mark stands for; :func:`restated` gives it with the words before an
issue's number in brackets, or a period restated in brackets, taken out (the number or the first
period is what is asked), or None.  :func:`qualified` takes the folded question and gives it without
a gloss, with the kinds of reading the gloss agrees with, or None.
"""

from __future__ import annotations

import re

from kg.ask.entities import Mention
from kg.ask.outcomes import Period

Meaning = dict[int, Mention | Period]
_ISSUE, _PERIOD = "\ue003", "\ue004"
_MARKS = "\ue000-\ue0ff"
# 「自治体システム標準化（課題4.6）の…」: the words the user calls the issue by, then its number
# (the issue then asked about: 「…（課題4.6）の進捗」; 「根拠法のない施策（課題4.3）」 is a question
# kept to it)
_NAMED_ISSUE_RE = re.compile(
    rf"^[^{_MARKS}()]{{2,40}}\((?={_ISSUE}\)(?:の|に関する|についての|に係る|に対する|に対応する))"
)
_AFTER_ISSUE_RE = re.compile(rf"(?<={_ISSUE})\)")
# 「FY2021（令和3年度）の…」: one period said two ways
_PERIOD_TWICE_RE = re.compile(rf"(?<={_PERIOD})\({_PERIOD}\)")


def dropped(
    marked: str, meaning: dict[int, Mention | Period], pattern: re.Pattern[str]
) -> tuple[str, dict[int, Mention | Period]]:
    """``marked`` without what ``pattern`` matches (never a mark), the marks' places moved to suit."""
    kept: list[str] = []
    moved: dict[int, Mention | Period] = {}
    at = 0
    for m in pattern.finditer(marked):
        for i in range(at, m.start()):
            if i in meaning:
                moved[len(kept)] = meaning[i]
            kept.append(marked[i])
        at = m.end()
    for i in range(at, len(marked)):
        if i in meaning:
            moved[len(kept)] = meaning[i]
        kept.append(marked[i])
    return "".join(kept), moved


def restated(marked: str, meaning: Meaning) -> tuple[str, Meaning] | None:
    """``marked`` with a name or a period said twice said once, or None where nothing is."""
    if _NAMED_ISSUE_RE.match(marked) is not None:
        return dropped(*dropped(marked, meaning, _NAMED_ISSUE_RE), _AFTER_ISSUE_RE)
    for m in _PERIOD_TWICE_RE.finditer(marked):
        first, second = meaning.get(m.start() - 1), meaning.get(m.start() + 1)
        if (
            isinstance(first, Period)
            and isinstance(second, Period)
            and (first.start, first.end)
            == (
                second.start,
                second.end,
            )
        ):
            return dropped(marked, meaning, _PERIOD_TWICE_RE)
    return None


# A gloss on the items asked → the kinds of reading it agrees with, and the words for it
_GLOSSES = (
    # 「…の取組（予定含む）」: done and planned, as what is dated in a period is
    (
        re.compile(r"\((?:予定|予定分|計画)(?:も|を)?(?:含む|含めて|含めた|含め|込み)\)"),
        ("period_items",),
        "（予定を含む）",
    ),
    # 「…に予定されている（まだ実施されていない）取組」: what is planned is not done yet
    (
        re.compile(
            r"\((?:まだ|未だ|いまだ)?(?:実施|実現|完了|着手|開始)(?:されていない|していない|されてない|してない|前の?|前)\)"
        ),
        ("period_planned", "period_begins_planned", "planned_ahead"),
        "",
    ),
)


def qualified(text: str) -> tuple[str, tuple[str, ...], str] | None:
    """``text`` without its gloss, the kinds the gloss agrees with and its words; None without one."""
    for pattern, kinds, words in _GLOSSES:
        if (m := pattern.search(text)) is not None:
            return text[: m.start()] + text[m.end() :], kinds, words
    return None
