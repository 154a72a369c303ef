"""The statute book: generated from the shared e-Gov act list, matched with one automaton, linked to e-Gov."""

from __future__ import annotations

import csv
import subprocess
import sys
from pathlib import Path

import pytest

from kg.extract.folding import fold
from kg.extract.gazetteers import read_gazetteer_csv
from kg.extract.laws import find_laws, law_gazetteer
from kg.extract.statutes import egov_page, statute_book
from tests.conftest import ROOT, SHARED, shared_file

SHIPPED = ROOT / "kg" / "data" / "statutes.csv"


def _generate(source: Path) -> str:
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        from make_statutes import generate
    finally:
        sys.path.remove(str(ROOT / "scripts"))
    text: str = generate(source)
    return text


def test_the_statute_book_regenerates_identically() -> None:
    source = shared_file(SHARED / "data" / "egov-acts-2020-09.csv")
    assert _generate(source) == SHIPPED.read_text(encoding="utf-8")


def test_the_generator_runs_as_a_script(tmp_path: Path) -> None:
    source = shared_file(SHARED / "data" / "egov-acts-2020-09.csv")
    out = tmp_path / "statutes.csv"
    subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "make_statutes.py"), str(source), str(out)], check=True
    )
    assert out.read_text(encoding="utf-8") == SHIPPED.read_text(encoding="utf-8")


def test_every_act_of_the_list_is_in_the_book() -> None:
    source = shared_file(SHARED / "data" / "egov-acts-2020-09.csv")
    with source.open(encoding="utf-8", newline="") as fh:
        numbers = {row["number"] for row in csv.DictReader(fh)}
    assert len(numbers) == 2010  # SOURCES.md: 2,010 rows, the Constitution and the acts
    assert {s.number for s in statute_book()} == numbers


@pytest.mark.parametrize(
    ("number", "egov_id", "title"),
    [
        # the example: 平成二十五年法律第二十七号 → era 4, year 25, AC, number 27
        (
            "平成二十五年法律第二十七号",
            "425AC0000000027",
            "行政手続における特定の個人を識別するための番号の利用等に関する法律",
        ),
        ("昭和二十一年憲法", "321CONSTITUTION", "日本国憲法"),
        # an untitled act is cited by the title in its brackets
        ("明治三十三年法律第七十二号", "133AC0000000072", "地上権ニ関スル法律"),
        # 「…　抄」 marks an excerpt, not the title
        ("明治二十九年法律第八十九号", "129AC0000000089", "民法"),
    ],
)
def test_law_numbers_give_e_gov_ids_by_rule(number: str, egov_id: str, title: str) -> None:
    statute = statute_book().by_number(number)
    assert statute is not None
    assert (statute.egov_id, statute.title) == (egov_id, title)
    assert egov_page(egov_id) == f"https://laws.e-gov.go.jp/law/{egov_id}"


def test_every_abbreviation_names_a_known_title() -> None:
    titles = {s.title for s in statute_book()} | {e.name for e in law_gazetteer()}
    for row in read_gazetteer_csv("law_abbreviations.csv"):
        assert row["title"] in titles, row


def test_the_automaton_finds_every_title_in_one_pass() -> None:
    # Every title of the book is found in a text that holds them all, each at its own place.
    book = list(statute_book())
    text = "。".join(s.title for s in book)
    found = {(m.start, m.end) for m in statute_book().find(fold(text))}
    pos = 0
    for s in book:
        assert (pos, pos + len(s.title)) in found, s.title
        pos += len(s.title) + 1


def test_the_project_keeps_its_own_keys_for_the_acts_it_knows() -> None:
    # 個人情報の保護に関する法律 is in laws.csv (key personal-information-protection-act) and in the book.
    (mention,) = find_laws("個人情報の保護に関する法律の改正")
    assert (mention.key, mention.basis) == ("personal-information-protection-act", "gazetteer")
