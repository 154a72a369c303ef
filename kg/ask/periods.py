"""A period said in words the date reader does not read: a range said with 「から…にかけて」 or
「から…まで」, a year by an era's initial alone (「R5」, a plan's fiscal year), and a half or a quarter of a
year (「上半期」「第1四半期」); and the months a period
the date reader found spans.

Takes the folded question; gives it with such a period written as the date reader reads it
(「7月～8月」「2021年1月～6月」), and, for a date found in it, its :class:`~kg.ask.outcomes.Period`.
A year said relative to now (「来年度」) is left unread: now is when the question is asked, not the
date of the documents.
"""

from __future__ import annotations

import re

from kg.ask.outcomes import Period
from kg.extract.dates import DateMention

# 「7月から8月にかけて」「3年4月から6月までに」: a range said in words, read as 「7月～8月」.
_RANGE_FROM_RE = re.compile(r"(?<=[月年度])(?:から|より)(?=(?:令和|平成|r|h)?\d{1,4}(?:年|月))")
_RANGE_TO_RE = re.compile(r"(?<=～)(?P<end>[^～]{1,12}?[月年度])(?:にかけて|までの間|までの期間|の間|まで)")
_OVER_RE = re.compile(r"(?<=[月度])にかけて(?P<of>の)?")


# 「R5　予定」「H30の取組」: an era's initial and a year with no 年 after it, as plans head their columns,
# is that fiscal year (the reading says so: 「R5年度（2023-04～2024-03）」); 「R3.7」 is a month
_ERA_YEAR_RE = re.compile(r"(?<![a-z0-9\-])(?P<era>[rh])(?P<year>\d{1,2})(?![\d.年月/\-])")


def ranged(text: str) -> str:
    """``text`` with a range of months said in words (「から…にかけて」) written with 「～」, and a bare era
    year (「R5」) as its fiscal year."""
    said = _RANGE_FROM_RE.sub("～", _ERA_YEAR_RE.sub(r"\g<era>\g<year>年度", text))
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


def _month(value: object, last: bool) -> str | None:
    year = getattr(value, "year", None)
    if year is None:
        return None
    month = getattr(value, "month", None) or (12 if last else 1)
    return f"{year:04d}-{month:02d}"


# 「令和4年1月から始まる」「4月より開始される」: 「から」 before a verb of beginning says when a thing
# starts, not that the period runs on from then; so does 「1月からの予定」 (what is to start then).
_BEGINS_RE = re.compile(r"(?:に|が)?(?:始ま|始め|開始|スタート|着手|運用開始|実施開始|施行開始)")
# (「4月以降の予定」 runs on from then: only 「から」 says it)
_PLANNED_FROM_RE = re.compile(r"の(?:予定|計画)")
_ON_FROM = ("以降", "以後", "以来")


def period_of(mention: DateMention, after: str = "") -> Period | None:
    """The months ``mention`` spans, ``after`` the words that follow it in the question."""
    # 「9月以降に始まった」: 以降 runs on from then whatever verb follows
    begins = not mention.text.endswith(_ON_FROM) and (
        _BEGINS_RE.match(after) is not None
        or (mention.text.endswith(("から", "より")) and _PLANNED_FROM_RE.match(after) is not None)
    )
    start = _month(mention.start_value, last=False)
    if begins and mention.open_ended and mention.end_value is None and start is not None:
        # the unit it is said in: a month, a fiscal year (April to March) or a year
        unit_end: str
        if mention.granularity == "fiscal_year" and mention.fiscal_year is not None:
            unit_end = f"{mention.fiscal_year + 1:04d}-03"
        elif mention.granularity == "year":
            unit_end = f"{start[:4]}-12"
        else:
            unit_end = start
        return Period(mention.text, start, unit_end, unit_end)
    end = "9999-12" if mention.open_ended else _month(mention.end_value, last=True)
    if start is None and end is not None:
        start = "0001-01"  # 「～2021年3月」: up to then
    if start is None or end is None:
        return None
    # 「R2.11から」 is begun in its month; 「R2.11以降」 in any month from then on
    opening = (
        _month(mention.start_value, last=True)
        if mention.open_ended and not mention.text.endswith(_ON_FROM)
        else None
    )
    return Period(mention.text, start, end, opening or end)
