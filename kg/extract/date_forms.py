"""Date expressions as written, before a report's date fills their gaps.

Extraction stage, used by :mod:`kg.extract.dates`.  Takes a text folded with :data:`FOLD`; gives
each date expression the patterns find as a :class:`WrittenDate` (:func:`written_date`): its span,
its year (western, or of its era, or bare), month, day, a range within it, and what follows it (度, 末,
分, 上旬 …).  Also the written forms around a date that :func:`kg.extract.dates.find_dates` reads:
what joins two dates into a range (:data:`GAP_RE`), the words glued after a date (:data:`MARKER_RE`),
a short noun before から (:data:`NOUN_FROM_RE`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from kg.extract.eras import era_to_western
from kg.extract.numerals import parse_numeral

__all__ = ["DATE_RE", "FOLD", "GAP_RE", "MARKER_RE", "NOUN_FROM_RE", "TILDES", "WrittenDate", "written_date"]

_MIN_WESTERN_YEAR, _MAX_WESTERN_YEAR = 1800, 2199

# Full-width digits and punctuation folded one character to one, so offsets
# into the folded text are offsets into the original.
FOLD = str.maketrans("０１２３４５６７８９／．－ＲＨＳ", "0123456789/.-RHS")

_N = r"[0-9〇一二三四五六七八九十百千]+"
TILDES = "～〜~"
_T = f"[{TILDES}]"
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
DATE_RE = re.compile(
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
GAP_RE = re.compile(r"[ \u3000]*(?:[～〜~‐－–—\-]|から)[ \u3000]*")
MARKER_RE = re.compile(
    r"[ \u3000]*(?P<m>[～〜~]|から|より|以降|以後|以前|までに|まで|時点|現在|中(?![\u4e00-\u9fff])|頃|ごろ)"
)
# 「令和4年度実施試験から」「3年9月診療分以降」: a short noun between the date and から.
NOUN_FROM_RE = re.compile(
    r"(?:(?![〇一二三四五六七八九十百千年月日])[\u4e00-\u9fff々]){1,6}(?:から|より|以降|以後)"
)


@dataclass(frozen=True, slots=True)
class WrittenDate:
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


def _numbers(*parts: str | None) -> list[int | None] | None:
    values: list[int | None] = []
    for part in parts:
        value = None if part is None else parse_numeral(part)
        if part is not None and value is None:
            return None
        values.append(value)
    return values


def _with_tail(m: re.Match[str], p: str, start: int, end: int) -> WrittenDate | None:
    values = _numbers(m[f"{p}mo"], m[f"{p}mo2"], m[f"{p}d"], m[f"{p}d2"])
    if values is None:
        return None
    part = m[f"{p}part"]
    return WrittenDate(
        start,
        end,
        month=values[0],
        month2=values[1],
        day=values[2],
        day2=values[3],
        part=part[:1] if part and part.startswith("末") else part,
    )


def written_date(m: re.Match[str], folded: str) -> WrittenDate | None:
    start, end = m.span()
    if m["dec"]:
        return WrittenDate(start, end, year=int(m["dec"]), suffix="decade", decade_part=m["dpart"])
    if m["iy"]:
        return WrittenDate(start, end, year=int(m["iy"]), month=int(m["im"]), day=int(m["id"]))
    if m["ly"]:
        year = parse_numeral(m["lyy"]) or 1
        western = era_to_western(m["ly"], year)
        month = int(m["lm"])
        if not 1 <= month <= 12:  # 「R3.15」 is not a month
            return None
        return WrittenDate(
            start, end, era=m["ly"], year=western, month=month, day=int(m["ld"]) if m["ld"] else None
        )
    if m["lera"]:
        years = _numbers(*re.split("[、・,，]", m["lys"]))
        if years is None or not all(years):
            return None
        first, last = era_to_western(m["lera"], years[0] or 1), era_to_western(m["lera"], years[-1] or 1)
        return WrittenDate(start, end, era=m["lera"], year=first, year2=last, suffix="fy" if m["lfy"] else "")
    if m["sm"]:
        return WrittenDate(start, end, month=int(m["sm"]), day=int(m["sd"]))
    if m["pd"]:
        day = parse_numeral(m["pd"])
        return None if day is None else WrittenDate(start, end, day=day, partner_only=True)
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
