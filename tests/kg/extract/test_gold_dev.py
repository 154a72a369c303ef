"""The annotated items of five GIF guidebooks (tests/gold/gif_ds-46*), checked against the texts.

The expectations for goals, themes, issues and measures of the development
guidebooks in SHARED/corpus-dev were written by reading.  These tests check
the annotations themselves, not the extractor: every row's text stands on its
line of the document as stored, every theme an item is linked to is a theme of
the document and the nearest one above the item, no row is there twice, and no
line is both an item and a line that must not become one.  The documents are
read from SHARED/corpus-dev; each test skips with a message where its document
is absent.
"""

from __future__ import annotations

import csv
import re
from collections import Counter
from pathlib import Path

import pytest

from kg.read.corpus import slug
from tests.conftest import CORPUS_DEV, shared_file

GOLD = Path(__file__).resolve().parents[2] / "gold"
DOCUMENTS = [
    "GIF_DS-461_guidebook_character.md",
    "GIF_DS-462_guidebook_masterdata.md",
    "GIF_DS-466-1_guidebook_human_resource.md",
    "GIF_DS-468-1_guidebook_dataquality.md",
    "GIF_DS-469_guidebook_metadata.md",
]
COLUMNS = {
    "themes": ["line", "number", "text"],
    "goals": ["line", "text", "kind"],
    "issues": ["line", "number", "text"],
    "measures": ["line", "issue", "text", "emphasized"],
    "item_themes": ["line", "type", "text", "theme"],
    "not_items": ["line", "text", "kind"],
}
ITEM_FILES = {"Goal": "goals", "Issue": "issues", "Measure": "measures"}
HEADING = re.compile(r"\s*#{1,6}\s+(\d+(?:\.\d+)*)\.?[\s\u3000]+(.+?)[\s\u3000]*$")


def _rows(doc_id: str, name: str) -> list[dict[str, str]]:
    path = GOLD / doc_id / f"{name}.tsv"
    with path.open(encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)
        assert reader.fieldnames == COLUMNS[name], f"{path}: header {reader.fieldnames}"
        return list(reader)


def _lines(file_name: str) -> list[str]:
    path = shared_file(CORPUS_DEV / file_name)
    return path.read_text(encoding="utf-8").split("\n")


@pytest.mark.parametrize("file_name", DOCUMENTS)
def test_folder_is_the_document_id(file_name: str) -> None:
    assert (GOLD / slug(file_name)).is_dir(), f"no tests/gold/{slug(file_name)} for {file_name}"


@pytest.mark.parametrize("name", list(COLUMNS))
@pytest.mark.parametrize("file_name", DOCUMENTS)
def test_every_text_stands_on_its_line(file_name: str, name: str) -> None:
    lines = _lines(file_name)
    for row in _rows(slug(file_name), name):
        line = int(row["line"])
        assert 1 <= line <= len(lines), f"{name}: line {line} is outside {file_name}"
        assert row["text"].strip() == row["text"] != "", f"{name} L{line}: empty or padded text"
        stated = lines[line - 1].replace("**", "")
        assert row["text"] in stated, f"{name} L{line}: {row['text']!r} is not on the line"


@pytest.mark.parametrize("name", [n for n in COLUMNS if n != "not_items"])
@pytest.mark.parametrize("file_name", DOCUMENTS)
def test_no_row_is_there_twice(file_name: str, name: str) -> None:
    rows = _rows(slug(file_name), name)
    keyed = Counter((r["line"], r["text"], r.get("type", "")) for r in rows)
    assert [k for k, n in keyed.items() if n > 1] == []


@pytest.mark.parametrize("file_name", DOCUMENTS)
def test_themes_are_numbered_headings(file_name: str) -> None:
    lines = _lines(file_name)
    for row in _rows(slug(file_name), "themes"):
        heading = HEADING.fullmatch(lines[int(row["line"]) - 1])
        assert heading is not None, f"theme L{row['line']} is not a numbered heading"
        assert (heading.group(1), heading.group(2)) == (row["number"], row["text"])


@pytest.mark.parametrize("file_name", DOCUMENTS)
def test_kinds_and_flags(file_name: str) -> None:
    doc_id = slug(file_name)
    assert {r["kind"] for r in _rows(doc_id, "goals")} <= {"overall", "listed", "theme"}
    assert {r["emphasized"] for r in _rows(doc_id, "measures")} <= {"true", "false"}
    issues = _rows(doc_id, "issues")
    keys = {r["number"] for r in issues} | {r["text"] for r in issues}
    assert {r["issue"] for r in _rows(doc_id, "measures")} - {""} <= keys


@pytest.mark.parametrize("file_name", DOCUMENTS)
def test_item_themes_name_the_nearest_theme_above(file_name: str) -> None:
    doc_id = slug(file_name)
    themes = sorted((int(r["line"]), r["text"]) for r in _rows(doc_id, "themes"))
    for row in _rows(doc_id, "item_themes"):
        line = int(row["line"])
        assert row["theme"] in {text for _, text in themes}, f"L{line}: no theme {row['theme']!r}"
        above = [text for theme_line, text in themes if theme_line < line]
        assert above and above[-1] == row["theme"], f"L{line}: {row['theme']!r} is not the theme above"
        items = {(r["line"], r["text"]) for r in _rows(doc_id, ITEM_FILES[row["type"]])}
        assert (row["line"], row["text"]) in items, f"L{line}: not a {row['type']} of {doc_id}"


@pytest.mark.parametrize("file_name", DOCUMENTS)
def test_not_items_are_not_items(file_name: str) -> None:
    doc_id = slug(file_name)
    kinds = ("themes", "goals", "issues", "measures")
    item_lines = {r["line"] for name in kinds for r in _rows(doc_id, name)}
    assert {r["line"] for r in _rows(doc_id, "not_items")} & item_lines == set()
