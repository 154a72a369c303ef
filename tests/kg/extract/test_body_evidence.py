"""Public bodies by reference data and by what the whole document says of them.

Rules of tests/gold/README.md and of the modules kg.extract.body_foreign (the CLDR's organisations of
states and a union's bodies), kg.extract.body_statutory (bodies an Act sets up),
kg.extract.body_evidence (a name given once as private is private throughout; an abbreviation tied
to a body names it throughout), and a unit glued to its parent being two mentions.  Sentences are
written for the rules; the last tests read two guidebooks of SHARED/corpus-dev and check lines
whose bodies were read by eye.
"""

from __future__ import annotations

import datetime as dt

import pytest

from kg.extract.agencies import AgencyMention, find_agencies, find_foreign_bodies
from kg.extract.body_statutory import statutory_bodies
from kg.extract.evaluate_actors import body_class
from kg.extract.extraction import extract
from kg.read import read_document, read_string
from tests.conftest import CORPUS_DEV, shared_file


def _bodies(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.key) for m in find_agencies(text)]


def _document_bodies(markdown: str) -> list[AgencyMention]:
    """The named bodies of a document, Japan's and the foreign ones kept apart from them, in order."""
    ex = extract(read_string(markdown, suffix=".md"), dt.date(2024, 4, 1), use_parser=False)
    return sorted([*ex.agencies, *ex.foreign], key=lambda m: m.start)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "欧州連合の執行機関である欧州委員会が公表した",
            [("欧州連合", "intl-eu"), ("欧州委員会", "intl-eu-commission")],
        ),
        (
            "the European Parliament and the European  Council",
            [("European Parliament", "intl-eu-parliament"), ("European  Council", "intl-eu-council")],
        ),
        ("欧州議会と欧州理事会", [("欧州議会", "intl-eu-parliament"), ("欧州理事会", "intl-eu-council")]),
        ("国際連合とUnited Nationsの専門機関", [("国際連合", "intl-un"), ("United Nations", "intl-un")]),
        ("欧州の事例とヨーロッパの動向", []),  # a region is no body
        ("ECサイトの運営とEUの規則", []),  # abbreviations alone are not read
        ("NonEuropean Commission", []),  # glued to a word before it
    ],
)
def test_organisations_of_states_and_a_unions_bodies(text: str, expected: list[tuple[str, str]]) -> None:
    found = find_foreign_bodies(text)
    assert [(m.text, m.key) for m in found] == expected
    assert all(body_class(m) == "other" for m in found)
    assert find_agencies(text) == []  # kept apart from Japan's public bodies


def test_united_nations_gives_no_stem() -> None:
    # 国際連合 is "United Nations", not a union: 「国際委員会」 is no body of the UN
    assert all(not m.key.startswith("intl-") for m in find_agencies("国際委員会の報告"))


def test_bodies_an_act_sets_up() -> None:
    bodies = statutory_bodies()
    # 独立行政法人国際協力機構法, 日本年金機構法, 国立国会図書館法 are Acts of the statute book
    assert bodies["国際協力機構"] == "incorporated_administrative_agency"
    assert bodies["国立国会図書館"] == "agency"
    assert "国立大学法人" not in bodies  # 国立大学法人法: a kind of corporation, not one body
    assert "通則" not in bodies  # 独立行政法人通則法: the general rules, not a body
    assert find_agencies("独立行政法人通則法の通則に従う") == []
    assert [(m.text, m.kind) for m in find_agencies("国立国会図書館の納本と国際協力機構の事業")] == [
        ("国立国会図書館", "agency"),
        ("国際協力機構", "incorporated_administrative_agency"),
    ]


def test_a_kiko_no_act_sets_up_is_no_public_body() -> None:
    assert _bodies("国際標準化機構（ISO）が発行する規格") == []
    assert _bodies("データ社会推進機構の会員") == []
    # the public legal form still makes one
    assert [m.kind for m in find_agencies("独立行政法人データ社会推進機構")] == ["corporation"]


def test_a_council_name_holds_an_abbreviation_in_brackets_and_its_all_ministries_prefix() -> None:
    text = "（令和2年4月1日各府省情報統括責任者（CIO）連絡会議決定）に基づき"
    assert [(m.text, m.kind) for m in find_agencies(text)] == [
        ("各府省情報統括責任者（CIO）連絡会議", "council")
    ]
    assert find_agencies("関係府省会議と各府省連絡会議") == []  # role words only


def test_a_name_the_document_gives_as_private_is_private_throughout() -> None:
    found = _document_bodies(
        "# 提供者\n\n提供者：データ連携推進協議会\n\n"
        "連絡先：一般社団法人 データ連携推進協議会\n\n"
        "また、地域情報化推進協議会が公開する\n"
    )
    assert [m.text for m in found] == ["地域情報化推進協議会"]


def test_an_abbreviation_tied_to_a_body_names_it_throughout_the_document() -> None:
    found = _document_bodies(
        "# 欧州の動向\n\n"
        "ECは新たな指針を公表した。\n\n"
        "欧州委員会（EC）は、EC諸国で実装を進めている。\n\n"
        "ECサイトやEC-CUBE、https://ec.example/EC/ とは別である。\n\n"
        "EC 2020 のような番号は規格である。\n"
    )
    got = [(m.text, m.key) for m in found]
    assert got == [
        ("EC", "intl-eu-commission"),
        ("欧州委員会", "intl-eu-commission"),
        ("EC", "intl-eu-commission"),
        ("EC", "intl-eu-commission"),
    ]


def test_an_english_name_ties_only_its_initials() -> None:
    tied = _document_bodies("# 品質\n\nEC（European Commission）で検討され、ECが公開した。\n")
    assert [m.text for m in tied] == ["EC", "European Commission", "EC"]
    untied = _document_bodies("# 品質\n\nXY（European Commission）で検討され、XYが公開した。\n")
    assert [m.text for m in untied] == ["European Commission"]
    # a file's type in brackets after a body's name (a link's label) ties nothing
    linked = _document_bodies("# 資料\n\n[総務省（PDF）](https://www.soumu.go.jp/a.pdf)\n\nPDFで公開する。\n")
    assert [m.text for m in linked] == ["総務省"]
    # an abbreviation never tied to a body's name stays unread
    assert _document_bodies("# 品質\n\nECの品質モデルとEUの規則\n") == []


def _lines_bodies(file_name: str) -> tuple[list[str], list[AgencyMention], list[int]]:
    doc = read_document(shared_file(CORPUS_DEV / file_name))
    ex = extract(doc, dt.date(2022, 3, 31), use_parser=False)
    found = sorted([*ex.agencies, *ex.foreign], key=lambda m: m.start)
    return doc.text.split("\n"), found, [doc.line_of(m.start) for m in found]


def test_the_metadata_guidebook_s_private_international_and_union_bodies() -> None:
    lines, found, at = _lines_bodies("GIF_DS-469_guidebook_metadata.md")
    texts = {m.text for m in found}
    # 一般社団法人 文字情報技術促進協議会 (its contact row) is private; ISO is non-governmental
    assert "文字情報技術促進協議会" not in texts and "国際標準化機構" not in texts
    line = next(n for n, t in enumerate(lines, 1) if "EU（欧州連合）のEuropean Commission" in t)
    on_line = [(m.text, body_class(m)) for m, n in zip(found, at, strict=True) if n == line]
    assert on_line == [("EU", "other"), ("欧州連合", "other"), ("European Commission", "other")]


def test_the_data_quality_guidebook_s_unit_and_tied_abbreviation() -> None:
    lines, found, at = _lines_bodies("GIF_DS-468-1_guidebook_dataquality.md")
    line = next(n for n, t in enumerate(lines, 1) if "総務省統計局" in t)
    on_line = [(m.text, m.kind, m.parent) for m, n in zip(found, at, strict=True) if n == line]
    assert on_line == [("総務省", "ministry", None), ("統計局", "unit", "mic")]
    tied = [n for n, t in enumerate(lines, 1) if "EC（European Commission）" in t]
    assert len(tied) == 2
    for line in tied:
        keys = [(m.text, m.key) for m, n in zip(found, at, strict=True) if n == line]
        assert keys == [("EC", "intl-eu-commission"), ("European Commission", "intl-eu-commission")]
