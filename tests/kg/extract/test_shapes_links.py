"""Item → theme links on plans of eight further families (tests/kg/extract/shapes_cases_links.py).

Each excerpt is scored as in test_shapes.py by its ``tally``: every item it names is found on its line
with its label and the theme it is part of, and nothing else of the four types is found.
"""

from __future__ import annotations

import pytest

from tests.kg.extract.shapes_cases import Case, Expected
from tests.kg.extract.shapes_cases_links import LINK_SET, TRAFFIC_SAFETY
from tests.kg.extract.test_shapes import _markdown, tally

_OPEN = {
    TRAFFIC_SAFETY.name: "the chapter over the 節 of themes (「第1章　道路交通の安全」) is read as a theme",
}


def _e(cls: str, label: str, theme: str | None = None) -> Expected:
    return Expected(cls, label, theme)


def _marked(case: Case) -> object:
    reason = _OPEN.get(case.name)
    return pytest.param(case, marks=pytest.mark.xfail(reason=reason, strict=True)) if reason else case


@pytest.mark.parametrize("case", [_marked(c) for c in LINK_SET], ids=[c.name for c in LINK_SET])
def test_each_item_is_found_in_the_theme_its_plan_puts_it_under(case: Case) -> None:
    assert tally(case, _markdown(case)).wrong == []


def test_the_links_of_the_eight_families_reach_nine_in_ten() -> None:
    links = right = 0
    for case in LINK_SET:
        scored = tally(case, _markdown(case))
        links, right = links + scored.links, right + scored.links_right
    assert right / links >= 0.9


CHANGE_GOING_ON = Case(
    "（現状と課題） sentences stating a change that goes on",
    """\
# 若葉町地域福祉計画

## 分野1　地域の支え合い

（現状と課題）

自治会への加入率が低下傾向にある。

民生委員のなり手が減り続けている。

（施策の方向）

・自治会活動への参加を呼びかける。
""",
    (
        _e("Theme", "地域の支え合い"),
        _e("Issue", "自治会への加入率が低下傾向にある。", "地域の支え合い"),
        _e("Issue", "民生委員のなり手が減り続けている。", "地域の支え合い"),
        _e("Measure", "自治会活動への参加を呼びかける。", "地域の支え合い"),
    ),
)


def test_a_change_that_goes_on_under_a_state_and_issues_label_is_an_issue() -> None:
    assert tally(CHANGE_GOING_ON, _markdown(CHANGE_GOING_ON)).wrong == []
