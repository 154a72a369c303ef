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
import re
from dataclasses import dataclass, replace
from datetime import MAXYEAR, date
from typing import Literal

from kg.extract.date_flags import covers_period, done_after, planned_after
from kg.extract.eras import era_at, era_by_name, era_to_western, previous_era
from kg.extract.numerals import parse_numeral

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
_MIN_WESTERN_YEAR, _MAX_WESTERN_YEAR = 1800, 2199


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


# Full-width digits and punctuation folded one character to one, so offsets
# into the folded text are offsets into the original.
_FOLD = str.maketrans("０１２３４５６７８９／．－ＲＨＳ", "0123456789/.-RHS")

_N = r"[0-9〇一二三四五六七八九十百千]+"
_TILDES = "～〜~"
_T = f"[{_TILDES}]"
_ERA_NAMES = "令和|平成|昭和|大正|明治"
_WEEKDAY = r"(?:[（(][月火水木金土日](?:曜日?)?[）)])"


def _month_tail(p: str) -> str:
    return (
        rf"(?P<{p}mo>{_N})(?:{_T}(?P<{p}mo2>{_N}))?月(?!間|当たり|あたり|ぶり)"
        rf"(?:(?P<{p}part>上旬|中旬|下旬|初旬|末日?)|(?P<{p}d>{_N})(?:{_T}(?P<{p}d2>{_N}))?日{_WEEKDAY}?)?"
    )


# One alternative per written form: a decade, 2021/10/20, R3.1.1 or R3.7, 令和2、3年度, a
# year with what follows it, a month alone, 10/11 before a range word (a bare
# slash is more often a fraction), and a day alone (kept only to end a range).
_DATE_RE = re.compile(
    # A number glued to another number, a decimal point, 第 or 同 is not the start of a date.
    rf"(?<![0-9〇一二三四五六七八九十百千数第同,./])(?:"
    rf"(?P<dec>[0-9]{{4}})年代(?P<dpart>前半|後半|半ば|初頭|末)?"
    rf"|(?P<iy>[0-9]{{4}})(?P<isep>[/.\-])(?P<im>[0-9]{{1,2}})(?P=isep)(?P<id>[0-9]{{1,2}})(?![0-9]|[/.\-][0-9])"
    rf"|(?<![A-Za-z])(?P<ly>[RHS])(?P<lyy>[0-9]{{1,2}}|元)(?P<lsep>[./])(?P<lm>[0-9]{{1,2}})(?:(?P=lsep)(?P<ld>[0-9]{{1,2}}))?(?![0-9]|[./][0-9])"
    rf"|(?P<lera>{_ERA_NAMES})(?P<lys>(?:{_N}|元)(?:[、・,，]{_N})+)年(?P<lfy>度)?"
    rf"|(?:(?P<wy>[0-9]{{4}}|[〇一二三四五六七八九]{{4}})年(?:[（(](?:{_ERA_NAMES})(?:{_N}|元)年[）)])?"
    rf"|(?P<era>{_ERA_NAMES}|(?<![A-Za-z])[RHS])(?P<ey>{_N}|元)年(?:[（(][0-9]{{4}}年[）)])?"
    rf"|(?P<by>{_N}|元)年)"
    rf"(?:(?P<fy>度)(?P<fyend>末)?|(?P<yend>末)|(?P<tax>分)|{_month_tail('y')})?"
    rf"|{_month_tail('m')}"
    rf"|(?P<sm>[0-9]{{1,2}})/(?P<sd>[0-9]{{1,2}})(?=[ \u3000]*(?:まで|から|{_T}|時点|現在|{_WEEKDAY}))"
    rf"|(?P<pd>{_N})日{_WEEKDAY}?"
    rf")"
)
_LAW_RE = re.compile(r"[ \u3000]*(?:法律|政令|内閣府令|府令|省令|規則|条例|告示|訓令|通達)第")
_GAP_RE = re.compile(r"[ \u3000]*(?:[～〜~‐－–—\-]|から)[ \u3000]*")
_MARKER_RE = re.compile(
    r"[ \u3000]*(?P<m>[～〜~]|から|より|以降|以後|以前|までに|まで|時点|現在|中(?![\u4e00-\u9fff])|頃|ごろ)"
)
# 「令和4年度実施試験から」「3年9月診療分以降」: a short noun between the date and から.
_NOUN_FROM_RE = re.compile(
    r"(?:(?![〇一二三四五六七八九十百千年月日])[\u4e00-\u9fff々]){1,6}(?:から|より|以降|以後)"
)

_MONTH_PARTS = {"上旬": (1, 10), "初旬": (1, 10), "中旬": (11, 20), "下旬": (21, 31), "末": (31, 31)}
_DECADE_PARTS = {None: (0, 9), "前半": (0, 4), "後半": (5, 9), "半ば": (3, 6), "初頭": (0, 2), "末": (7, 9)}


@dataclass(frozen=True, slots=True)
class _Atom:
    """One date expression as written, before the report date fills its gaps."""

    start: int
    end: int
    year: int | None = None
    year2: int | None = None
    bare_year: int | None = None
    era: str | None = None
    month: int | None = None
    month2: int | None = None
    day: int | None = None
    day2: int | None = None
    part: str | None = None
    suffix: str = ""  # fy, fy_end, year_end, tax, decade
    decade_part: str | None = None
    partner_only: bool = False


@dataclass(frozen=True, slots=True)
class _Resolved:
    start: DateValue
    end: DateValue
    granularity: Granularity
    era: str | None = None
    fiscal_year: int | None = None
    note: str | None = None


def _numbers(*parts: str | None) -> list[int | None] | None:
    values: list[int | None] = []
    for part in parts:
        value = None if part is None else parse_numeral(part)
        if part is not None and value is None:
            return None
        values.append(value)
    return values


def _with_tail(m: re.Match[str], p: str, start: int, end: int) -> _Atom | None:
    values = _numbers(m[f"{p}mo"], m[f"{p}mo2"], m[f"{p}d"], m[f"{p}d2"])
    if values is None:
        return None
    part = m[f"{p}part"]
    return _Atom(
        start,
        end,
        month=values[0],
        month2=values[1],
        day=values[2],
        day2=values[3],
        part=part[:1] if part and part.startswith("末") else part,
    )


def _atom(m: re.Match[str], folded: str) -> _Atom | None:
    start, end = m.span()
    if m["dec"]:
        return _Atom(start, end, year=int(m["dec"]), suffix="decade", decade_part=m["dpart"])
    if m["iy"]:
        return _Atom(start, end, year=int(m["iy"]), month=int(m["im"]), day=int(m["id"]))
    if m["ly"]:
        year = parse_numeral(m["lyy"]) or 1
        western = era_to_western(m["ly"], year)
        month = int(m["lm"])
        if not 1 <= month <= 12:  # 「R3.15」 is not a month
            return None
        return _Atom(
            start, end, era=m["ly"], year=western, month=month, day=int(m["ld"]) if m["ld"] else None
        )
    if m["lera"]:
        years = _numbers(*re.split("[、・,，]", m["lys"]))
        if years is None or not all(years):
            return None
        first, last = era_to_western(m["lera"], years[0] or 1), era_to_western(m["lera"], years[-1] or 1)
        return _Atom(start, end, era=m["lera"], year=first, year2=last, suffix="fy" if m["lfy"] else "")
    if m["sm"]:
        return _Atom(start, end, month=int(m["sm"]), day=int(m["sd"]))
    if m["pd"]:
        day = parse_numeral(m["pd"])
        return None if day is None else _Atom(start, end, day=day, partner_only=True)
    if not (m["wy"] or m["era"] or m["by"]):
        return _with_tail(m, "m", start, end)
    atom = _with_tail(m, "y", start, end)
    if atom is None:
        return None
    suffix = "fy_end" if m["fyend"] else "fy" if m["fy"] else "year_end" if m["yend"] else ""
    suffix = "tax" if m["tax"] else suffix
    plain_year = not suffix and atom.month is None
    if plain_year and _LAW_RE.match(folded, end):
        return None
    number = parse_numeral(m["wy"] or m["ey"] or m["by"])
    if not number:
        return None
    if m["era"]:
        return replace(atom, era=m["era"], year=era_to_western(m["era"], number), suffix=suffix)
    if m["wy"] or number >= _MIN_WESTERN_YEAR:
        if not _MIN_WESTERN_YEAR <= number <= _MAX_WESTERN_YEAR:
            return None
        return replace(atom, year=number, suffix=suffix)
    if number > 99 or suffix == "tax":  # 「3年分」 alone is three years' worth
        return None
    return replace(atom, bare_year=number, suffix=suffix, partner_only=plain_year)


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


def _resolve(a: _Atom, report: date, anchor: _Resolved | None) -> _Resolved | None:
    """The values of ``a``; ``anchor`` is the start of the range that ``a`` ends."""
    try:
        resolved = _values(a, report, anchor)
    except ValueError:
        return None
    if resolved is not None and max(resolved.start.year, resolved.end.year) >= MAXYEAR:
        return None  # 「H8012年」: no calendar date, and nothing after it could be compared
    return resolved


def _values(a: _Atom, report: date, anchor: _Resolved | None) -> _Resolved | None:
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
    folded = text.translate(_FOLD)
    atoms = [a for m in _DATE_RE.finditer(folded) if (a := _atom(m, folded)) is not None]
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
        if lead > last_end and folded[lead - 1] in _TILDES:  # 「～3年7月」 says when it ended
            start, start_value, leading = lead - 1, None, True
        elif i < len(atoms) and _GAP_RE.fullmatch(folded, a.end, atoms[i].start):
            second = _resolve(atoms[i], report, first)
            if second is not None:
                end, end_value, is_range = atoms[i].end, second.end, True
                i += 1
        limit = atoms[i].start if i < len(atoms) else len(folded)
        marker = _MARKER_RE.match(folded, end, limit)
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
            and _NOUN_FROM_RE.match(folded, end, limit)
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
