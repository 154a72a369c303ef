"""The one numeral parser shared by laws, dates and targets, over forms documents use."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kg.extract.dates import DateContext, DateValue, find_dates
from kg.extract.law_numbers import parse_law_number
from kg.extract.numerals import parse_numeral
from kg.extract.policy import target_value


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("二十五", 25),
        ("三十", 30),
        ("十", 10),
        ("十二", 12),
        ("百二", 102),
        ("百", 100),
        ("千九百", 1900),
        ("二千二十一", 2021),
        ("二〇二一", 2021),  # kanji digits read place by place
        ("元", 1),  # 元年: the first year of an era
        ("35", 35),
        ("３５", 35),  # full-width digits
        ("２０２１", 2021),
        ("3千", 3000),  # a digit before a unit
        ("三万二千", 32000),
        ("1万2千", 12000),
        ("万", 10000),
    ],
)
def test_numeral_value(text: str, expected: int) -> None:
    assert parse_numeral(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "",
        "年",
        "二十五年",  # not a numeral alone
        "2〇21",  # two scripts in one run of digits
        "一二十",  # a coefficient is one digit
        "千二三",  # after a unit, one digit
        "一万二万",
        "123456789",  # longer than any numeral a date or law number holds
    ],
)
def test_not_a_numeral(text: str) -> None:
    assert parse_numeral(text) is None


@given(st.integers(min_value=0, max_value=99_999_999))
def test_ascii_digits_round_trip(n: int) -> None:
    assert parse_numeral(str(n)) == n


@given(st.text(alphabet="0123456789０１２３〇一二三十百千万元年", max_size=10))
def test_never_raises(text: str) -> None:
    value = parse_numeral(text)
    assert value is None or value >= 0


def test_callers_agree_on_the_same_numerals() -> None:
    """Laws, dates and targets read 三十 the same way (they once each had their own parser)."""
    law = parse_law_number("令和元年法律第三十号")
    assert law is not None and (law.year, law.number) == (1, 30)
    dates = find_dates("令和三年十二月二十五日", DateContext(date(2021, 10, 22)))
    assert [d.start_value for d in dates] == [DateValue(2021, 12, 25)]
    assert target_value("医療機関等の三割程度での導入") == (30.0, "percent")
    assert target_value("十割") == (100.0, "percent")
