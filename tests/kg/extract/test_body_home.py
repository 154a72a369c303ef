"""Units a local government's or a ministry's own document names alone (「担当課：情報政策課」) are its."""

from __future__ import annotations

import datetime as dt

import pytest

from kg.extract.body_home import home_government, home_units
from kg.extract.extraction import extract
from kg.read import read_string

HOME = ("北浜市", "北浜市")


@pytest.mark.parametrize(
    ("publisher", "title", "expected"),
    [
        (None, "北浜市子育て支援計画", ("北浜市", "北浜市")),
        ("南山町", "第2期まち・ひと・しごと創生総合戦略", ("南山町", "南山町")),
        (None, "東雲県北浜市 地域公共交通計画", ("東雲県北浜市", "東雲県北浜市")),
        ("横浜市", "横浜市DX戦略", ("横浜市", "lg-141003")),  # on the national list: its code
        ("デジタル庁", "自治体DX推進計画", ("デジタル庁", "digital-agency")),  # a ministry's document
        (None, "警察庁における手続のデジタル化の方針", ("警察庁", "npa")),  # by its title's first name
        (None, "地域医療構想の推進状況", None),
    ],
)
def test_whose_document(publisher: str | None, title: str, expected: tuple[str, str] | None) -> None:
    assert home_government(publisher, title) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("情報政策課", ["情報政策課"]),  # a 担当課 cell
        ("市民課、情報政策課", ["市民課", "情報政策課"]),
        ("担当課：子育て支援室", ["子育て支援室"]),
        ("書かない窓口を導入する。（担当：市民課）", ["市民課"]),
        ("【所管】税務課・収納課", ["税務課", "収納課"]),
        ("担当課", []),  # the kind alone
        ("関係各課", []),
        ("会議室", []),  # a room
        ("北部、南部", []),  # parts of the area
        ("市民課において受付を行う。", []),  # named in running text: who is in charge is not stated
        ("北浜市市民課", []),  # with its body's name: the body finder's
    ],
)
def test_units_named_alone(text: str, expected: list[str]) -> None:
    found = home_units(text, HOME)
    assert [m.text for m in found] == expected
    assert all(m.parent == "北浜市" and m.key == "北浜市" + m.text for m in found)


def test_a_table_s_units_are_its_measures_actors() -> None:
    text = """# 南山町デジタル推進計画

| 施策 | 内容 | 担当課 |
|---|---|---|
| 電子申請の拡充 | 申請手続をオンライン化する。 | 企画政策課 |
| 窓口の改善 | 書かない窓口を導入する。 | 住民課、企画政策課 |
"""
    ex = extract(read_string(text, suffix=".md"), dt.date(2025, 4, 1), use_parser=False)
    actors = {
        item.label: sorted(link.mention.key for link in item.agency_links if link.role == "actor")
        for item in ex.items
        if item.cls == "Measure"
    }
    assert actors == {
        "電子申請の拡充": ["南山町企画政策課"],
        "窓口の改善": ["南山町企画政策課", "南山町住民課"],
    }
    assert {a.parent for a in ex.agencies} == {"南山町"}


def test_no_units_in_a_ministry_s_document() -> None:
    text = "# 自治体DX推進計画\n\n| 施策 | 担当課 |\n|---|---|\n| 電子申請の拡充 | 情報政策課 |\n"
    ex = extract(read_string(text, suffix=".md"), dt.date(2025, 4, 1), use_parser=False)
    assert ex.agencies == []


def test_a_ministry_s_units_in_charge_are_its_own() -> None:
    text = "# 手続のデジタル化の方針\n\n- 申請の電子化（担当：交通局交通企画課、総務省と連携）\n"
    doc = read_string(text, suffix=".md")
    ex = extract(doc, dt.date(2025, 4, 1), use_parser=False, publisher="警察庁")
    units = [(a.text, a.key, a.parent) for a in ex.agencies if a.kind == "unit"]
    assert units == [("交通局交通企画課", "警察庁交通局交通企画課", "npa")]
    assert "mic" in {a.key for a in ex.agencies}
