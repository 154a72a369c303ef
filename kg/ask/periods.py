"""A period said in words the date reader does not read: a range said with 「から…にかけて」 or
「から…まで」, and a half or a quarter of a year (「上半期」「第1四半期」).

Takes the folded question; gives it with such a period written as the date reader reads it
(「7月～8月」「2021年1月～6月」).  A year said relative to now (「来年度」) is left unread: now is
when the question is asked, not the date of the documents.
"""

from __future__ import annotations

import re

# 「7月から8月にかけて」「3年4月から6月までに」: a range said in words, read as 「7月～8月」.
_RANGE_FROM_RE = re.compile(r"(?<=[月年度])(?:から|より)(?=(?:令和|平成|r|h)?\d{1,4}(?:年|月))")
_RANGE_TO_RE = re.compile(r"(?<=～)(?P<end>[^～]{1,12}?[月年度])(?:にかけて|までの間|までの期間|の間|まで)")
_OVER_RE = re.compile(r"(?<=[月度])にかけて(?P<of>の)?")


def ranged(text: str) -> str:
    """``text`` with a range of months said in words (「から…にかけて」) written with 「～」."""
    said = _RANGE_FROM_RE.sub("～", text)
    if said != text:
        said = _RANGE_TO_RE.sub(lambda m: m["end"] + "に", said).replace("にの", "の").replace("にに", "に")
    return _OVER_RE.sub(lambda m: "の" if m["of"] else "に", said)


# 「2021年上半期」「令和3年度下半期」「2022年第1四半期」: part of a year, as the months it spans
# (of a fiscal year from April).
_PART_RE = re.compile(
    r"(?P<era>令和|平成|r|h)?(?P<year>\d{1,4})年(?P<fiscal>度)?(?:の)?"
    r"(?:(?P<first>上半期|上期|前半|前期)|(?P<second>下半期|下期|後半|後期)|第(?P<quarter>[1-4])四半期)"
)


def _part(m: re.Match[str]) -> str:
    era, year = m["era"] or "", int(m["year"])
    if m["quarter"]:
        first, length = (int(m["quarter"]) - 1) * 3 + 1, 3
    else:
        first, length = (1 if m["first"] else 7), 6
    if m["fiscal"]:
        first += 3  # a fiscal year starts in April
    last = first + length - 1

    def month(n: int) -> tuple[int, int]:
        return (year, n) if n <= 12 else (year + 1, n - 12)

    (y1, m1), (y2, m2) = month(first), month(last)
    end = f"{m2}月" if y1 == y2 else f"{era}{y2}年{m2}月"
    return f"{era}{y1}年{m1}月～{end}"


def parts_of_years(text: str) -> str:
    """``text`` with a half or a quarter of a year written as its months (「2021年1月～6月」)."""
    return _PART_RE.sub(_part, text)
