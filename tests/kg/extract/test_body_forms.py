"""Public bodies and references to bodies recognised by their form, on sentences written for the rules.

The rules are those of tests/gold/README.md: a foreign government named by its country, a bureau named
alone, a unit the text says became another body, no private organisation, and the generic references
with their prefixes, inside compounds and not inside other words or quoted titles.
"""

from __future__ import annotations

import sys

import pytest

from kg.extract.agencies import find_agencies, find_foreign_bodies
from kg.extract.body_references import find_references
from tests.conftest import ROOT


def _bodies(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.kind) for m in find_agencies(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("これを基に英国政府は枠組みを公開した", [("英国政府", "foreign_government")]),
        ("エストニア政府の電子政府", [("エストニア政府", "foreign_government")]),
        (
            "米国政府及び韓国政府と協議",
            [
                ("米国政府", "foreign_government"),
                ("韓国政府", "foreign_government"),
            ],
        ),
        ("デジタル政府の実現", []),  # a concept, not a country
        ("日本政府として", []),  # the state itself is no foreign government
        ("諸外国政府の動向", []),  # 外国政府 is a generic reference
    ],
)
def test_foreign_governments_by_their_country(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(m.text, m.kind) for m in find_foreign_bodies(text)] == expected
    assert _bodies(text) == []  # kept apart from Japan's public bodies


def test_a_private_organisations_legal_form_rules_out_a_council() -> None:
    assert _bodies("一般社団法人文字情報技術促進協議会が公開する") == []
    assert _bodies("公益財団法人 日本データ協議会による") == []
    assert _bodies("データ連携推進協議会が公開する") == [("データ連携推進協議会", "council")]


def test_a_bureau_named_alone_is_a_unit_but_not_a_kind_of_office() -> None:
    assert _bodies("統計局のデータサイエンス・スクール") == [("統計局", "unit")]
    assert _bodies("中央郵便局の窓口と事務局の担当") == []


def test_a_unit_the_text_says_became_another_body() -> None:
    found = _bodies("マイナンバー室(現デジタル庁)より調査を実施")
    assert found == [("マイナンバー室", "unit"), ("デジタル庁", "agency")]
    assert _bodies("会議室(現在改装中)") == []  # 現在 is no body's name


def test_the_independent_administrative_agency_form_with_a_space() -> None:
    assert _bodies("IPA（独立行政法人 情報処理推進機構）が提供する") == [
        ("IPA", "incorporated_administrative_agency"),
        ("独立行政法人 情報処理推進機構", "incorporated_administrative_agency"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("各地方公共団体と全自治体、関係省庁間で", ["各地方公共団体", "全自治体", "関係省庁"]),
        ("全府省向けに実施し、府省連携で推進", ["全府省", "府省"]),
        ("政府情報システムと自治体システム群", ["政府", "自治体"]),  # first part of a compound
        ("先進自治体等を通じた実証", ["自治体"]),
        ("国・地方のデジタル基盤と、地方を含めた検討", ["国", "地方", "地方"]),
        ("地方税の申告と地方創生", []),  # 地方 alone is a region, 地方税 a word
        ("我が国の制度、全国の市町村、各国の事例", ["市町村"]),
        ("国民と国家の外国人", []),
        ("外国政府や国際機関との連携", ["外国政府", "国際機関"]),
        ("内閣府省令で定める", []),
        ("「(仮称)自治体等共通SaaS基盤」の構築", []),  # inside a quoted name
        ("所管官庁と全業所管官庁", ["所管官庁", "全業所管官庁"]),
        ("国全体で一元的に管理する", ["国"]),  # 国 before a word it is not part of
        ("所管府省と自府省内の活動", ["府省", "府省"]),  # 府省 after a word that is no prefix
        ("政府標準利用規約と政府相互運用性フレームワークの政府", ["政府"]),  # names of documents
        ("[2.3.1. 国全体の例](#231-国全体の例)", ["国"]),  # not in the link's target
    ],
)
def test_generic_references_follow_the_annotation_rules(text: str, expected: list[str]) -> None:
    assert [r.text for r in find_references(text)] == expected


def test_the_country_list_regenerates_identically() -> None:
    pytest.importorskip("babel")
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        from make_countries import generate
    finally:
        sys.path.remove(str(ROOT / "scripts"))
    assert generate() == (ROOT / "kg" / "data" / "countries.csv").read_text(encoding="utf-8")


def test_a_council_name_broken_over_two_lines_is_no_body_on_the_second() -> None:
    # seed lines 266–267: the working group's title printed over two lines
    assert _bodies("マイナンバー制度及び国と地方のデジタル基盤\n抜本改善ワーキンググループ") == []
    assert _bodies("体制\n\n抜本改善ワーキンググループを置く") == [("抜本改善ワーキンググループ", "council")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Web会議やテレビ会議で開催した。", []),  # how a meeting is held, no body
        ("本日の幹事会で決定した。", []),
        ("独立行政法人等が設置するセンターを活用する。", []),  # a particle is no part of a name
        ("国立研究開発法人については研究センターとする。", []),
        (
            "厚生労働省の医療情報システム検討会",
            [("厚生労働省", "ministry"), ("医療情報システム検討会", "council")],
        ),
    ],
)
def test_meetings_particles_and_a_ministrys_council(text: str, expected: list[tuple[str, str]]) -> None:
    assert _bodies(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # found on a third set of sentences written blind: the ministry was split off, the の kept
        (
            "内閣府の再生可能エネルギー等に関する規制等の総点検タスクフォースは、提言した。",
            ["内閣府", "再生可能エネルギー等に関する規制等の総点検タスクフォース"],
        ),
        ("総務省の地域情報化に関する研究会は、報告書を公表した。", ["総務省", "地域情報化に関する研究会"]),
    ],
)
def test_a_ministrys_council_joined_by_no_starts_after_the_particle(text: str, expected: list[str]) -> None:
    found = find_agencies(text)
    assert [m.text for m in found] == expected
    assert all(text[m.start : m.end] == m.text for m in found)
