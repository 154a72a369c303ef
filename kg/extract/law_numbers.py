"""Law numbers (令和3年法律第35号): their era, year, kind and number."""

from __future__ import annotations

import re
from dataclasses import dataclass

from kg.extract.folding import fold
from kg.extract.numerals import parse_numeral

ERA_DIGITS = {"明治": 1, "大正": 2, "昭和": 3, "平成": 4, "令和": 5}


_NUM = r"[0-9〇一二三四五六七八九十百千]+"


LAW_NUMBER_RE = re.compile(
    rf"(?P<era>明治|大正|昭和|平成|令和)\s*(?P<year>{_NUM}|元)\s*年\s*"
    rf"(?P<type>法律|政令|内閣府令|(?:(?![年月日度])[一-龥]){{1,6}}省令|規則)\s*第\s*(?P<num>{_NUM})\s*号"
)


@dataclass(frozen=True, slots=True)
class LawNumber:
    """A law number (法令番号): era, year in the era, type of law, number."""

    era: str
    year: int
    type: str
    number: int

    def __str__(self) -> str:
        return f"{self.era}{self.year}年{self.type}第{self.number}号"

    def egov_id(self) -> str | None:
        """The e-Gov law ID of an Act (法律) introduced by the Cabinet.

        >>> LawNumber("平成", 25, "法律", 27).egov_id()
        '425AC0000000027'
        """
        if self.type != "法律":
            return None
        return f"{ERA_DIGITS[self.era]}{self.year:02d}AC0000000{self.number:03d}"


def parse_law_number(text: str) -> LawNumber | None:
    """The law number written in ``text`` (kanji or digits, any width).

    >>> str(parse_law_number("令和三年法律第三十五号"))
    '令和3年法律第35号'
    """
    m = LAW_NUMBER_RE.fullmatch(re.sub(r"\s+", "", fold(text)))
    if m is None:
        return None
    year, num = parse_numeral(m["year"]), parse_numeral(m["num"])
    if year is None or num is None:
        return None
    return LawNumber(m["era"], year, m["type"], num)
