"""Rules titled 「…規則」, a title's enforcement order and a title's start (kg.extract.law_rules)."""

from __future__ import annotations

import pytest

from kg.extract.agencies import find_agencies, find_foreign_bodies
from kg.extract.laws import find_laws


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("就業規則を改正し、テレワーク手当を新設した。", []),  # a company's rules: too short a name
        ("会議の運営規則に従い、議事録を公開する。", []),  # neither whose nor acted on
        ("南山町職員服務規則に基づき、兼業の届出を求める。", ["南山町職員服務規則"]),
        (
            "道路運送法施行規則及び旅客自動車運送事業運輸規則を改正した。",
            ["道路運送法施行規則", "旅客自動車運送事業運輸規則"],
        ),
        ("新たに孤独・孤立対策の推進に関する法律を制定した。", ["孤独・孤立対策の推進に関する法律"]),
        ("電子契約指針及び電子署名に関する法律に基づき運用する。", ["電子署名に関する法律"]),
        ("個人情報保護法についての説明会を開催した。", ["個人情報保護法"]),
        # a word of method before 法 (「…使用法」) names a law where what follows is said of a law alone
        ("大深度地下使用法に基づく使用の認可を受けた。", ["大深度地下使用法"]),
        ("大深度地下使用法第16条の認可を申請した。", ["大深度地下使用法"]),
        ("地下水の利用法について説明会を開いた。", []),
        ("データ活用法に関する研修を実施した。", []),
    ],
)
def test_rule_and_title_forms(text: str, expected: list[str]) -> None:
    assert [m.text for m in find_laws(text)] == expected


def test_units_listed_after_their_ministry_are_each_a_mention() -> None:
    found = [(m.text, m.kind) for m in find_agencies("総務省自治行政局行政課及び住民制度課が通知した。")]
    assert found == [("総務省", "ministry"), ("自治行政局行政課", "unit"), ("住民制度課", "unit")]


def test_a_foreign_ministry_is_no_ministry_of_the_state() -> None:
    text = "英国外務省と外務省が協議した。"
    assert [(m.text, m.kind) for m in find_agencies(text)] == [("外務省", "ministry")]
    assert [(m.text, m.kind) for m in find_foreign_bodies(text)] == [("英国外務省", "foreign_government")]
