"""Flags of a date by the words around it: planned, reported done, or the period an object covers.

Extraction stage, for :mod:`kg.extract.dates`.  Takes a folded text, the span of a date
in it and ``limit`` (where the next date starts); gives whether the clause says the date
is a plan (「4年2～3月実施予定」, 「実現予定(4年2月～)」, 「（令和5年3月末）を目指す」), reports it
done (「…を実施した」, 「策定済み」), or names a period an object covers (「3年9月診療分以降」,
「4月利用分から」: the month of treatment or use, not when something is done).

>>> covers_period("3年9月診療分以降", 4, 9), covers_period("4年4月に分科会", 4, 9)
(True, False)
"""

from __future__ import annotations

import re

__all__ = ["covers_period", "done_after", "planned_after"]

# 「3年9月診療分」「4月利用分」: a short noun and 分 after the date (not 分野, 分析 …).
_COVERED_RE = re.compile(
    r"(?:(?![〇一二三四五六七八九十百千年月日])[\u4e00-\u9fff々]){0,6}分(?:以降|以後|(?![\u4e00-\u9fff々]))"
)
_PLAN_RE = re.compile(r"予定|見込|目指|めざ|目途|めど")
_CLAUSE_STOP_RE = re.compile(r"[。、，,\n（(［\[「『【）)］\]」』】]")
_PLAN_IN_BRACKETS_RE = re.compile(r"[（(［\[][ \u3000]*(?:予定|見込)")
_PLAN_AFTER_CLOSE_RE = re.compile(
    r"[）)］\]][ \u3000]*(?:を|に|まで|までに)?[ \u3000]*(?:目指|めざ|予定|見込)"
)
_PLAN_BEFORE_OPEN_RE = re.compile(r"(?:予定|見込み?)[ \u3000]*$")
_PLAN_WINDOW = 30


def covers_period(folded: str, end: int, limit: int) -> bool:
    """A short noun and 分 follow the date ending at ``end`` (not 分野, 分析 …)."""
    return _COVERED_RE.match(folded, end, limit) is not None


def planned_after(folded: str, start: int, end: int, limit: int) -> bool:
    """The text around the date at ``start:end`` says it is a plan (予定, 見込み, 目指す, 目途)."""
    window_end = min(limit, end + _PLAN_WINDOW)
    stop = _CLAUSE_STOP_RE.search(folded, end, window_end)
    if _PLAN_RE.search(folded, end, stop.start() if stop else window_end):
        return True
    if stop and any(r.match(folded, stop.start()) for r in (_PLAN_IN_BRACKETS_RE, _PLAN_AFTER_CLOSE_RE)):
        return True
    # 「実現予定(4年2月～)」: the plan is said before the bracket the date is in.
    before = folded[max(0, start - _PLAN_WINDOW) : start]
    opening = max(before.rfind(c) for c in "（([［")
    if opening < 0 or any(c in before[opening:] for c in "）)]］"):
        return False
    return _PLAN_BEFORE_OPEN_RE.search(before[:opening]) is not None


def done_after(folded: str, end: int, limit: int) -> bool:
    """The clause after the date reports it as done (「…を実施した」, 「策定済み」)."""
    window_end = min(limit, end + _PLAN_WINDOW)
    stop = _CLAUSE_STOP_RE.search(folded, end, window_end)
    return _DONE_RE.search(folded, end, stop.start() if stop else window_end) is not None


_DONE_RE = re.compile(r"済|完了|終了|した|された|しました|されました")
