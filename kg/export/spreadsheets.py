"""CSV meant for spreadsheets: takes rows or SPARQL CSV/TSV results, gives text no spreadsheet runs.

A cell that starts with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return
is read by Excel, LibreOffice and Google Sheets as a formula (CSV injection);
each such cell gets a leading single quote, as OWASP recommends, so that it is
shown as the text it is.  Every CSV the project writes for people goes through
:func:`neutralise`: graph exports, and SPARQL results downloaded from the query
editor or written to a file with ``policykg sparql -o``.  SPARQL results
answered on the protocol endpoint (``Accept: text/csv``) and printed on
standard output keep the exact W3C format, since programs read those.

>>> neutralise('=HYPERLINK("http://example.org")')
'\\'=HYPERLINK("http://example.org")'
>>> neutralise("デジタル庁")
'デジタル庁'
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
BOM = "\ufeff"


def neutralise(cell: str) -> str:
    """The cell as a spreadsheet shows it as text: a leading ' before a formula's first character."""
    return "'" + cell if cell.startswith(FORMULA_START) else cell


def csv_text(rows: Iterable[Sequence[str]], *, delimiter: str = ",") -> str:
    """Rows as CSV (CRLF line ends, RFC 4180 quoting), every cell neutralised."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n")
    writer.writerows([neutralise(cell) for cell in row] for row in rows)
    return buffer.getvalue()


def _tsv_cell(cell: str) -> str:
    # A TSV result writes literals in quotes ("=1+1"), which spreadsheets strip
    # before they look for a formula: the quote goes inside them.
    if cell.startswith('"') and cell[1:].startswith(FORMULA_START):
        return "\"'" + cell[1:]
    return neutralise(cell)


def neutralise_results(body: bytes, fmt: str) -> bytes:
    """SPARQL results in ``csv`` or ``tsv`` (UTF-8) with every value cell neutralised."""
    text = body.decode("utf-8")
    if fmt == "csv":
        header, _, rest = text.partition("\r\n")
        rows = list(csv.reader(io.StringIO(rest, newline="")))
        return (header + "\r\n" + csv_text(rows)).encode("utf-8")
    if fmt == "tsv":
        lines = text.split("\n")
        out = lines[:1] + ["\t".join(_tsv_cell(c) for c in line.split("\t")) for line in lines[1:]]
        return "\n".join(out).encode("utf-8")
    raise ValueError(f"not a tabular results format: {fmt!r}")
