"""Find and normalise the date expressions of Japanese policy documents.

:func:`find_dates` returns one :class:`DateMention` per expression, with offsets
into the text as given (``text[m.start:m.end] == m.text``).  A mention has a
start and an end value, so one shape covers a month (start == end), a fiscal
year (April to March), a range, an open range and a deadline:

* 「3年10月～」, 「11月から」, 「2022年4月以降」: ``end_value`` is None, ``open_ended``.
* 「～3年7月」, 「2022年までに」, 「10/11までに」: ``start_value`` is None.
* 「令和3年度」: ``fiscal_year`` 2021, from 2021-04 to 2022-03.

How the gaps in the text are filled:

* A year without an era (「3年9月」) is read in the era current on the report
  date, or in the era before it when that would put it more than
  ``_BARE_YEAR_HORIZON`` years after the report (「30年度」 in 2019 is 平成30).
  Such a year alone (「3年」) is a duration as often as a date, so it counts
  only with 月, 度 or 末 after it, or as the end of a range.
* A month without a year takes the report's year, except that January to
  March in a November or December report is the next year, and November or
  December in a January or February report is the previous one.
* The end of a range takes what it leaves out from the start: 「2年末～3年1月」,
  「4年2～3月」, 「3年11月～2月」 (the next year), 「令和2年度～4年度」 (the same era).
* 「令和2、3年度」 is one mention from FY2020 to FY2021; ``fiscal_year`` is set
  only when a mention is one fiscal year (or open from one), so here it is None.
* 月末 is the last day of the month; 上旬, 中旬 and 下旬 are days 1-10, 11-20 and
  21 to the end; 年末 is December; 年度末 is the March that ends the fiscal year.
* 「令和3年分」 is the tax year 2021, a plain year with ``note`` "tax_year".
* A date before 分 (「令和3年分」, 「3年9月診療分以降」, 「4月利用分から」) is the period an
  object covers (the tax year, the month of treatment), not when something is
  done: ``covered``, never ``planned``, and open only where 以降, 以後, から or
  より follows 分 itself (「令和3年分確定申告より」 is the closed year 2021).
* Law numbers (平成14年法律第151号), bare numbers of years, days or months that
  are quantities, and impossible dates (2月30日) are not dates.

What a mention covers and flags:

* ``text`` is the date with the words glued to it that change its meaning:
  「～」, 「から」, 「以降」, 「まで(に)」, 「時点」, 「現在」, 「中」 and a weekday.
* ``open_ended`` also when a short noun stands between the date and から:
  「令和4年度実施試験から」, 「3年9月診療分以降」.  A leading 「～」 leaves
  ``start_value`` None but is not ``open_ended``, which is about the end.
* ``planned`` when 予定, 見込み, 目指す or 目途 follows in the same clause
  (「4年2～3月実施予定」, 「3年10月（予定）」, 「（令和5年3月末）を目指す」),
  or when the bracket holding the date follows 予定 (「実現予定(4年2月～)」);
  and when the date or period starts after the document's own date (a period
  with no start, 「～3年12月」 or 「2022年までに」, does not), unless its clause
  reports it as done (「2024年の…開始」 in
  a 2021 report is planned; 「…を実施した」 is not).
* ``granularity`` describes the start, or the end when there is no start;
  上旬, 中旬, 下旬 and 月末 are "month_part".
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import MAXYEAR, date
from typing import Literal

from kg.extract.date_flags import covers_period, done_after, planned_after
from kg.extract.date_forms import (
    DATE_RE,
    FOLD,
    GAP_RE,
    MARKER_RE,
    NOUN_FROM_RE,
    TILDES,
    WrittenDate,
    written_date,
)
from kg.extract.eras import era_at, era_by_name, era_to_western, previous_era

__all__ = [
    "DateContext",
    "DateMention",
    "DateValue",
    "Granularity",
    "era_to_western",
    "find_dates",
    "fiscal_year_span",
]

Granularity = Literal["decade", "decade_part", "year", "fiscal_year", "month", "month_part", "day"]

_BARE_YEAR_HORIZON = 10


@dataclass(frozen=True, slots=True)
class DateValue:
    """A calendar year, month or day; ``month`` and ``day`` are None when not known."""

    year: int
    month: int | None = None
    day: int | None = None

    def __post_init__(self) -> None:
        if self.month is None and self.day is not None:
            raise ValueError("a day needs a month")
        if self.month is not None and not 1 <= self.month <= 12:
            raise ValueError(f"no month {self.month}")
        if self.day is not None and self.month is not None and not 1 <= self.day <= _month_days(self):
            raise ValueError(f"no day {self.year}-{self.month}-{self.day}")

    def xsd(self) -> tuple[str, str]:
        """The XML Schema lexical form and the datatype's local name."""
        if self.month is None:
            return f"{self.year:04d}", "gYear"
        if self.day is None:
            return f"{self.year:04d}-{self.month:02d}", "gYearMonth"
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}", "date"


def _month_days(value: DateValue) -> int:
    return calendar.monthrange(value.year, value.month or 1)[1]


@dataclass(frozen=True, slots=True)
class DateContext:
    """What a document tells about its own dates: the day it is dated."""

    report_date: date


@dataclass(frozen=True, slots=True)
class DateMention:
    """One date expression found in a text."""

    text: str
    start: int
    end: int
    start_value: DateValue | None
    end_value: DateValue | None
    granularity: Granularity
    fiscal_year: int | None = None
    open_ended: bool = False
    planned: bool = False
    as_of: bool = False
    note: str | None = None
    covered: bool = False


def fiscal_year_span(fy: int) -> tuple[date, date]:
    """The first and last day of Japanese fiscal year ``fy`` (April to March).

    >>> fiscal_year_span(2021)
    (datetime.date(2021, 4, 1), datetime.date(2022, 3, 31))
    """
    return date(fy, 4, 1), date(fy + 1, 3, 31)


_MONTH_PARTS = {"上旬": (1, 10), "初旬": (1, 10), "中旬": (11, 20), "下旬": (21, 31), "末": (31, 31)}
_DECADE_PARTS = {None: (0, 9), "前半": (0, 4), "後半": (5, 9), "半ば": (3, 6), "初頭": (0, 2), "末": (7, 9)}


@dataclass(frozen=True, slots=True)
class _Resolved:
    start: DateValue
    end: DateValue
    granularity: Granularity
    era: str | None = None
    fiscal_year: int | None = None
    note: str | None = None


def _bare_year(number: int, report: date) -> tuple[int, str]:
    era = era_at(report)
    earlier = previous_era(era)
    if era.offset + number > report.year + _BARE_YEAR_HORIZON and earlier is not None:
        era = earlier
    return era.offset + number, era.name


def _month_year(month: int, report: date) -> int:
    if report.month >= 11 and month <= 3:
        return report.year + 1
    if report.month <= 2 and month >= 11:
        return report.year - 1
    return report.year


def _resolve(a: WrittenDate, report: date, anchor: _Resolved | None) -> _Resolved | None:
    """The values of ``a``; ``anchor`` is the start of the range that ``a`` ends."""
    try:
        resolved = _values(a, report, anchor)
    except ValueError:
        return None
    if resolved is not None and max(resolved.start.year, resolved.end.year) >= MAXYEAR:
        return None  # 「H8012年」: no calendar date, and nothing after it could be compared
    return resolved


def _values(a: WrittenDate, report: date, anchor: _Resolved | None) -> _Resolved | None:
    era = era_by_name(a.era).name if a.era else None
    year = a.year
    if a.bare_year is not None:
        if anchor is not None and anchor.era is not None:
            year, era = era_to_western(anchor.era, a.bare_year), anchor.era
            if year < anchor.start.year:
                year, era = _bare_year(a.bare_year, report)
        else:
            year, era = _bare_year(a.bare_year, report)
    if year is None:
        if a.month is None:  # a day alone ends a range started in the same month
            if anchor is None or anchor.start.month is None:
                return None
            start = end = DateValue(anchor.start.year, anchor.start.month, a.day)
            return _Resolved(start, end, "day", anchor.era)
        if anchor is not None:
            year = anchor.start.year
            if anchor.start.month is not None and a.month < anchor.start.month:
                year += 1
        else:
            year = _month_year(a.month, report)
    if a.suffix == "decade":
        low, high = _DECADE_PARTS[a.decade_part]
        granularity: Granularity = "decade_part" if a.decade_part else "decade"
        return _Resolved(DateValue(year + low), DateValue(year + high), granularity)
    if a.suffix in ("fy", "fy_end"):
        last = a.year2 if a.year2 is not None else year
        if a.suffix == "fy_end":
            return _Resolved(DateValue(year + 1, 3), DateValue(year + 1, 3), "month", era, year)
        return _Resolved(DateValue(year, 4), DateValue(last + 1, 3), "fiscal_year", era, year)
    if a.suffix == "year_end":
        return _Resolved(DateValue(year, 12), DateValue(year, 12), "month", era)
    if a.month is None:
        last = a.year2 if a.year2 is not None else year
        note = "tax_year" if a.suffix == "tax" else None
        return _Resolved(DateValue(year), DateValue(last), "year", era, note=note)
    month2 = a.month2 if a.month2 is not None else a.month
    year2 = year + 1 if month2 < a.month else year
    if a.day is not None:
        day2 = a.day2 if a.day2 is not None else a.day
        return _Resolved(DateValue(year, a.month, a.day), DateValue(year2, month2, day2), "day", era)
    if a.part is not None:
        low, high = _MONTH_PARTS[a.part]
        first = min(low, calendar.monthrange(year, a.month)[1])
        last_day = min(high, calendar.monthrange(year2, month2)[1])
        start, end = DateValue(year, a.month, first), DateValue(year2, month2, last_day)
        return _Resolved(start, end, "month_part", era)
    return _Resolved(DateValue(year, a.month), DateValue(year2, month2), "month", era)


def _after(value: DateValue | None, report: date) -> bool:
    """The date (its first day) comes after the document's own date."""
    return value is not None and date(value.year, value.month or 1, value.day or 1) > report


def _single_fiscal_year(fy: int | None, end_value: DateValue | None) -> int | None:
    """The fiscal year of a mention that covers one, not of a range over several."""
    if fy is None or end_value is None:
        return fy
    return fy if (end_value.year, end_value.month) == (fy + 1, 3) else None


def find_dates(text: str, context: DateContext) -> list[DateMention]:
    """The date expressions in ``text``, in order, with non-overlapping spans.

    >>> from datetime import date
    >>> ctx = DateContext(date(2021, 10, 22))
    >>> for m in find_dates("（3年10月～、4年1月～予定）", ctx):
    ...     print(m.text, m.start_value.xsd(), m.end_value, m.open_ended, m.planned)
    3年10月～ ('2021-10', 'gYearMonth') None True False
    4年1月～ ('2022-01', 'gYearMonth') None True True
    >>> fy = find_dates("調査研究の実施（令和3年度～）", ctx)[0]
    >>> fy.fiscal_year, fy.start_value.xsd(), fy.end_value
    (2021, ('2021-04', 'gYearMonth'), None)
    >>> find_dates("平成14年法律第151号", ctx)
    []
    """
    folded = text.translate(FOLD)
    atoms = [a for m in DATE_RE.finditer(folded) if (a := written_date(m, folded)) is not None]
    report = context.report_date
    mentions: list[DateMention] = []
    last_end = 0
    i = 0
    while i < len(atoms):
        a = atoms[i]
        i += 1
        if a.partner_only or a.start < last_end:
            continue
        first = _resolve(a, report, None)
        if first is None:
            continue
        start, end = a.start, a.end
        start_value: DateValue | None = first.start
        end_value: DateValue | None = first.end
        is_range = leading = open_ended = as_of = False
        lead = start
        while lead > last_end and folded[lead - 1] in " \u3000":
            lead -= 1
        if lead > last_end and folded[lead - 1] in TILDES:  # 「～3年7月」 says when it ended
            start, start_value, leading = lead - 1, None, True
        elif i < len(atoms) and GAP_RE.fullmatch(folded, a.end, atoms[i].start):
            second = _resolve(atoms[i], report, first)
            if second is not None:
                end, end_value, is_range = atoms[i].end, second.end, True
                i += 1
        limit = atoms[i].start if i < len(atoms) else len(folded)
        marker = MARKER_RE.match(folded, end, limit)
        kind = marker["m"] if marker else None
        if marker:
            end = marker.end()
        if kind in ("～", "〜", "~", "から", "より", "以降", "以後") and not (is_range or leading):
            end_value, open_ended = None, True
        elif kind in ("まで", "までに", "以前") and not is_range:
            start_value = None
        elif kind in ("時点", "現在"):
            as_of = True
        covered = a.suffix == "tax" or (kind is None and covers_period(folded, end, limit))
        if (
            kind is None
            and not (is_range or leading or a.suffix == "tax")
            and NOUN_FROM_RE.match(folded, end, limit)
        ):
            end_value, open_ended = None, True
        mentions.append(
            DateMention(
                text=text[start:end],
                start=start,
                end=end,
                start_value=start_value,
                end_value=end_value,
                granularity=first.granularity,
                fiscal_year=_single_fiscal_year(first.fiscal_year, end_value),
                open_ended=open_ended,
                planned=not covered
                and (
                    planned_after(folded, start, end, limit)
                    or (_after(start_value, report) and not done_after(folded, end, limit))
                ),
                as_of=as_of,
                note=first.note,
                covered=covered,
            )
        )
        last_end = end
    return mentions
