"""CSV for spreadsheets: every cell a spreadsheet would run as a formula gets a leading quote (OWASP)."""

from __future__ import annotations

import csv
import io

import pytest

from kg.export.spreadsheets import csv_text, neutralise, neutralise_results


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ('=HYPERLINK("http://example.com","開く")', '\'=HYPERLINK("http://example.com","開く")'),
        ("+81-3-0000-0000", "'+81-3-0000-0000"),
        ("-2+3", "'-2+3"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\t=1", "'\t=1"),
        ("\r=1", "'\r=1"),
        ("デジタル庁", "デジタル庁"),
        ("a=1", "a=1"),
        ("", ""),
    ],
)
def test_neutralise(cell: str, expected: str) -> None:
    assert neutralise(cell) == expected


def test_csv_text_quotes_and_neutralises_every_cell() -> None:
    text = csv_text([["label", "note"], ["=1+1", 'a "quoted", text\nover two lines']])
    assert text.endswith("\r\n")
    assert list(csv.reader(io.StringIO(text, newline=""))) == [
        ["label", "note"],
        ["'=1+1", 'a "quoted", text\nover two lines'],
    ]


def test_sparql_csv_results() -> None:
    # W3C SPARQL 1.1 CSV: a header of variable names, CRLF, values as plain strings.
    body = 'x,y\r\n=1+1,"-2, or so"\r\nデジタル庁,\r\n'.encode()
    rows = list(csv.reader(io.StringIO(neutralise_results(body, "csv").decode(), newline="")))
    assert rows == [["x", "y"], ["'=1+1", "'-2, or so"], ["デジタル庁", ""]]


def test_sparql_tsv_results() -> None:
    # W3C SPARQL 1.1 TSV: terms in Turtle syntax, so a literal is quoted and a number is bare.
    body = b'?x\t?y\n"=1+1"\t-2\n<http://example.org/a>\t"ok"\n'
    lines = neutralise_results(body, "tsv").decode().split("\n")
    assert lines == ["?x\t?y", "\"'=1+1\"\t'-2", '<http://example.org/a>\t"ok"', ""]


def test_other_formats_are_refused() -> None:
    with pytest.raises(ValueError):
        neutralise_results(b"{}", "json")
