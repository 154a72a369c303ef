"""The annotated bodies, references, statutes, legislative actions and law-dependent items, checked.

tests/gold/<doc>/bodies.tsv, body_references.tsv, statutes.tsv,
legislative_actions.tsv and depends_on_law_items.tsv were written by reading
(rules in tests/gold/README.md).  These tests check the annotations
themselves, not the extractor: the columns, the closed vocabularies, the
全国地方公共団体コード of every prefecture and municipality (its check digit,
and its row in SHARED/data/municipalities.csv), that a parent, an amended law
and a bundle stand on the row's line, and that a law-dependent item is an
annotated item whose law is an annotated statute.  That each text stands on its
line is checked by tests/kg/extract/test_eval.py.
"""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from tests.conftest import SHARED, shared_file

GOLD = Path(__file__).resolve().parents[2] / "gold"
COLUMNS = {
    "bodies": ["line", "text", "class", "parent", "code"],
    "body_references": ["line", "text"],
    "statutes": ["line", "text", "title", "how"],
    "legislative_actions": ["line", "text", "act_kind", "amends", "bundle"],
}
CLASSES = {"ministry", "agency", "unit", "council", "corporation", "prefecture", "municipality", "other"}
DOCS = sorted(path.parent.name for path in GOLD.glob("*/bodies.tsv"))
SEED_ID = "digital-wg-followup-2021-10-22"


def _rows(doc_id: str, name: str, columns: list[str] | None = None) -> list[dict[str, str]]:
    path = GOLD / doc_id / f"{name}.tsv"
    with path.open(encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)
        expected = columns or COLUMNS.get(name)
        assert expected is None or reader.fieldnames == expected, f"{path}: header {reader.fieldnames}"
        return list(reader)


def check_digit(five: str) -> str:
    """The check digit of a 全国地方公共団体コード: weights 6-5-4-3-2, (11 - sum mod 11) mod 10."""
    total = sum(int(digit) * weight for digit, weight in zip(five, (6, 5, 4, 3, 2), strict=True))
    return str((11 - total % 11) % 10)


@pytest.mark.parametrize(
    ("code", "expected"), [("13000", "1"), ("01100", "2"), ("27000", "8"), ("47000", "7"), ("01000", "6")]
)
def test_check_digit(code: str, expected: str) -> None:
    assert check_digit(code) == expected


def test_every_document_has_every_file() -> None:
    assert SEED_ID in DOCS and len(DOCS) >= 3
    for doc_id in DOCS:
        for name in COLUMNS:
            _rows(doc_id, name)


@pytest.mark.parametrize("doc_id", DOCS)
def test_rows_in_line_order(doc_id: str) -> None:
    for name in COLUMNS:
        numbers = [int(row["line"]) for row in _rows(doc_id, name)]
        assert numbers == sorted(numbers), f"{doc_id}/{name}.tsv is not in line order"


@pytest.mark.parametrize("doc_id", DOCS)
def test_bodies(doc_id: str) -> None:
    references = {(r["line"], r["text"]) for r in _rows(doc_id, "body_references")}
    for row in _rows(doc_id, "bodies"):
        where = f"{doc_id} L{row['line']} {row['text']}"
        assert row["class"] in CLASSES, where
        assert (row["line"], row["text"]) not in references, f"{where}: both a body and a reference"
        local = row["class"] in ("prefecture", "municipality")
        assert bool(row["code"]) == local, f"{where}: a code belongs to prefectures and municipalities"
        if local:
            assert len(row["code"]) == 6 and check_digit(row["code"][:5]) == row["code"][5], where
        if row["class"] == "prefecture":
            assert row["code"][2:5] == "000", where
        if row["parent"]:
            assert row["parent"] != row["text"], where


@pytest.mark.parametrize("doc_id", DOCS)
def test_local_codes_are_those_of_the_list(doc_id: str) -> None:
    path = shared_file(SHARED / "data" / "municipalities.csv")
    with path.open(encoding="utf-8", newline="") as fh:
        table = list(csv.DictReader(fh))
    cities = {r["lg_code"]: (r["prefecture_name"], r["city_name"]) for r in table}
    prefectures = {r["prefecture_name"]: r["prefecture_code"] for r in table}
    for row in _rows(doc_id, "bodies"):
        if row["class"] == "municipality":
            prefecture, city = cities[row["code"]]
            assert row["text"] == prefecture + city and row["parent"] == prefecture, row
        elif row["class"] == "prefecture":
            assert row["code"][:2] == prefectures[row["text"]], row


@pytest.mark.parametrize("doc_id", DOCS)
def test_statutes_and_actions(doc_id: str) -> None:
    statutes = _rows(doc_id, "statutes")
    assert {r["how"] for r in statutes} <= {"name", "abbreviation", "form", "number", "bundle"}
    on_line = {(r["line"], r["text"]) for r in statutes}
    for row in _rows(doc_id, "legislative_actions"):
        assert row["act_kind"] in {"", "法律", "政令", "府令", "省令", "条例"}, row
        for law in filter(None, [*row["amends"].split("|"), row["bundle"]]):
            assert (row["line"], law) in on_line, f"L{row['line']}: {law} is not an annotated statute there"


def test_items_that_depend_on_a_law() -> None:
    columns = ["line", "kind", "text", "law", "basis"]
    rows = _rows(SEED_ID, "depends_on_law_items", columns)
    files = {"Measure": "measures", "Issue": "issues", "ProgressUpdate": "progress"}
    items = {kind: {(r["line"], r["text"]) for r in _rows(SEED_ID, name)} for kind, name in files.items()}
    laws = {r["text"] for r in _rows(SEED_ID, "statutes")}
    stated = {(r["line"], r["text"]) for r in _rows(SEED_ID, "statutes")}
    for row in rows:
        assert (row["line"], row["text"]) in items[row["kind"]], f"not an annotated {row['kind']}: {row}"
        assert row["law"] in laws and row["basis"] in {"stated", "lifted"}, row
        if row["basis"] == "stated":
            assert (row["line"], row["law"]) in stated, f"the law is not stated on the item's line: {row}"
    assert {r["kind"] for r in rows if r["basis"] == "lifted"} == {"Measure", "Issue"}
