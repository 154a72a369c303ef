"""Numbers as Japanese documents write them: takes a numeral string, gives its integer value.

One parser for law numbers (令和三年法律第三十五号), dates (二〇二一年, 令和元年) and shares
(六割). It reads ASCII and full-width digits (35, ３５), kanji digits read place by place
(二〇二一), kanji with the units 十, 百, 千 and 万 (二十五, 百二, 千九百, 三万二千), a digit
before a unit (3千, 1万2千), and 元 (the first year of an era, 元年 = 1).

>>> [parse_numeral(s) for s in ("二十五", "百二", "二〇二一", "３５", "元", "1万2千")]
[25, 102, 2021, 35, 1, 12000]
"""

from __future__ import annotations

__all__ = ["MAX_NUMERAL_LENGTH", "parse_numeral"]

# No real numeral is longer; and int() refuses very long digit strings.
MAX_NUMERAL_LENGTH = 8

_KANJI_DIGITS = "〇一二三四五六七八九"
_DIGITS = {c: i for i, c in enumerate(_KANJI_DIGITS)}
_DIGITS.update({str(i): i for i in range(10)})
_DIGITS.update({chr(0xFF10 + i): i for i in range(10)})  # full-width ０-９
_UNITS = {"十": 10, "百": 100, "千": 1000}
_MYRIAD = "万"


def _script(c: str) -> str:
    return "kanji" if c in _KANJI_DIGITS else "digit"


def _below_myriad(text: str) -> int | None:
    """The value of a numeral under 10,000: 千九百, 二十五, 3千, or digits place by place."""
    if not text:
        return 0
    total, run = 0, ""
    for c in text:
        if c in _UNITS:
            if len(run) > 1:
                return None  # 一二十: a coefficient is one digit
            total += (_DIGITS[run] if run else 1) * _UNITS[c]
            run = ""
        elif c in _DIGITS:
            if run and _script(run[-1]) != _script(c):
                return None  # 2〇21: one script per run of digits
            run += c
        else:
            return None
    if run:
        if total and len(run) > 1:
            return None  # 千二三: after a unit comes a single digit
        total += int("".join(str(_DIGITS[c]) for c in run))
    return total


def parse_numeral(text: str, *, max_length: int = MAX_NUMERAL_LENGTH) -> int | None:
    """The value of ``text``, or None when it is no numeral (or longer than ``max_length``).

    >>> parse_numeral("千九百"), parse_numeral("三十"), parse_numeral("一二十")
    (1900, 30, None)
    """
    if not text or len(text) > max_length:
        return None
    if text == "元":
        return 1
    high, sep, low = text.partition(_MYRIAD)
    if not sep:
        return _below_myriad(text)
    if _MYRIAD in low:
        return None
    upper = _below_myriad(high) if high else 1
    lower = _below_myriad(low)
    if upper is None or lower is None:
        return None
    return upper * 10_000 + lower
