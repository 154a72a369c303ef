"""Word documents through python-docx: heading styles, lists, tables, bold runs, notes.

``Document.text`` is assembled here (one paragraph a line, table rows as
tab-separated cells, a cell's paragraphs joined by ``<br>`` as a Markdown
table writes a break inside a cell); offsets point into it.  A footnote or endnote reference
is written as its mark in brackets (「基盤[1]のような」) and the notes follow the
body, each a note block after its mark (「[1] 情報処理推進機構が…」), as a
Markdown file's footnotes stand at its end.
"""

from __future__ import annotations

import re
import unicodedata
import zipfile
from io import BytesIO
from pathlib import Path
from typing import Any

import docx
from docx.opc.exceptions import PackageNotFoundError

from kg.read import structure as st
from kg.read.assemble import Run, TextSink, Written, add_cell, add_entry
from kg.read.builder import DocumentBuilder
from kg.read.decoding import fail
from kg.read.document import BlockKind, Document
from kg.read.docx_notes import Notes
from kg.read.numbering import Numbering

# How a line break inside a table cell is written in the text (as in a Markdown table).
CELL_BREAK = "<br>"
MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
# The whole style name: 「見出し２本文」 is a body style of a heading level, not a heading.
HEADING_STYLE = re.compile(r"(?:Heading|見出し)\s*([1-9１-９])", re.IGNORECASE)
LIST_STYLE = re.compile(r"List(?: (?:Bullet|Number|Paragraph|Continue))?(?: (\d))?$")

# A .docx is a zip: a few kilobytes can inflate to gigabytes (a zip bomb), and
# python-docx reads whole parts into memory.  The central directory declares
# every part's size, and zipfile never inflates a part past its declared size,
# so checking the declared sizes first bounds the memory a document can take.
MAX_UNCOMPRESSED_BYTES = 200_000_000  # default of the max_unpacked_bytes setting
MAX_PARTS = 5_000


# What python-docx raises on a damaged package; lxml's XMLSyntaxError is a SyntaxError.
_BROKEN = (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError, SyntaxError)


def read_docx(path: Path, data: bytes, max_unpacked_bytes: int | None = None) -> Document:
    _check_package(path, data, max_unpacked_bytes or MAX_UNCOMPRESSED_BYTES)
    try:
        return _read(path, docx.Document(BytesIO(data)))
    except _BROKEN as exc:
        raise fail(path, f"is not a readable Word document ({exc})") from None


def _read(path: Path, document: Any) -> Document:
    builder = DocumentBuilder(path, MEDIA_TYPE, "utf-8")
    sink = TextSink()
    items: list[tuple[int, int]] = []
    numbering = Numbering(document)
    notes = Notes(document)
    for part in document.iter_inner_content():
        if isinstance(part, docx.table.Table):
            items = []
            _table(builder, sink, part, notes)
            continue
        runs = _runs(part, notes)
        label = numbering.label(part)
        if not "".join(r.text for r in runs).strip():
            continue
        if sink.pos:
            sink.raw("\n")
        style = part.style.name if part.style is not None else ""
        if m := HEADING_STYLE.fullmatch(style):
            items = []
            # Word prints the automatic number before the heading: the text holds it too.
            number = label[0].strip() if label else None
            if label:
                runs = [Run(label[0] + label[1]), *runs]
            written = sink.runs(runs, collapse=False)
            _heading(builder, written, int(unicodedata.normalize("NFKC", m.group(1))), number)
            continue
        written = sink.runs(runs, collapse=False)
        if style == "Title":
            items = []
            _heading(builder, written, 1)
        elif (level := _list_level(part, style, written.value)) is not None:
            while items and items[-1][0] >= level:
                items.pop()
            index = add_entry(builder, written, BlockKind.LIST_ITEM, items[-1][1] if items else None)
            items.append((level, index))
        else:
            items = []
            add_entry(builder, written, BlockKind.PARAGRAPH, None)
    _notes(builder, sink, notes)
    if not sink.pos:
        raise fail(path, "has no text")
    return builder.finish(sink.text())


def _check_package(path: Path, data: bytes, limit: int) -> None:
    try:
        with zipfile.ZipFile(BytesIO(data)) as package:
            parts = package.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError) as exc:
        raise fail(path, f"is not a readable Word document ({exc})") from None
    if len(parts) > MAX_PARTS:
        raise fail(path, f"has {len(parts):,} parts; a Word document has at most {MAX_PARTS:,}")
    total = sum(part.file_size for part in parts)
    if total > limit:
        raise fail(path, f"would unpack to {total:,} bytes; the limit is {limit:,} (a zip bomb?)")


def _runs(paragraph: Any, notes: Notes) -> list[Run]:
    runs: list[Run] = []
    for part in paragraph.iter_inner_content():
        for run in getattr(part, "runs", [part]):
            runs.append(Run(run.text + notes.marks(run._r), bool(run.bold)))
    return runs


def _notes(builder: DocumentBuilder, sink: TextSink, notes: Notes) -> None:
    """The notes referred to, after the body: a note block a paragraph, the first after its mark."""
    # A note may refer to another; the list grows while it is read.
    n = 0
    while n < len(notes.referred):
        note = notes.referred[n]
        n += 1
        mark = note.mark
        for part in notes.content(note):
            if isinstance(part, docx.table.Table):
                _table(builder, sink, part, notes)
                continue
            runs = _runs(part, notes)
            if not "".join(r.text for r in runs).strip():
                continue
            if sink.pos:
                sink.raw("\n")
            if mark is not None:
                sink.raw(f"[{mark}] ")
            written = sink.runs(runs, collapse=False)
            builder.add(BlockKind.NOTE, written.start, written.end, number=mark, emphasis=written.emphasis)
            mark = None


def _list_level(paragraph: Any, style: str, text: str) -> int | None:
    ppr = paragraph._p.pPr
    if ppr is not None and ppr.numPr is not None:
        ilvl = ppr.numPr.ilvl
        return int(ilvl.val) if ilvl is not None else 0
    m = LIST_STYLE.match(style)
    if m:
        return int(m.group(1) or 1) - 1
    # A bullet typed as text (「・　データ収集コストを低減できる。」) is a list entry too.
    if text.startswith("・") and len(text) > 1:
        return 0
    return None


def _heading(builder: DocumentBuilder, written: Written, level: int, number: str | None = None) -> None:
    value = written.value
    if number is not None and value.startswith(number):
        title_at = len(number)
    else:
        number, title_at = st.split_number(value, 0, len(value))
    builder.add(
        BlockKind.HEADING,
        written.start,
        written.end,
        level=level,
        number=number,
        title=value[title_at:].strip(),
        emphasis=written.emphasis,
    )


def _table(builder: DocumentBuilder, sink: TextSink, table: Any, notes: Notes) -> None:
    if sink.pos:
        sink.raw("\n")
    index = builder.add(BlockKind.TABLE, sink.pos, sink.pos)
    for n, row in enumerate(table.rows):
        if n:
            sink.raw("\n")
        row_index = builder.add(BlockKind.ROW, sink.pos, sink.pos, parent=index)
        seen: set[int] = set()
        for c, cell in enumerate(row.cells):
            # A merged cell is returned once per grid column it spans.
            if id(cell._tc) in seen:
                continue
            seen.add(id(cell._tc))
            if c:
                sink.raw("\t")
            add_cell(builder, sink.runs(_cell_runs(cell, notes), collapse=False), row_index)
        builder.extend(row_index, sink.pos)
    builder.extend(index, sink.pos)


def _cell_runs(cell: Any, notes: Notes) -> list[Run]:
    """A cell's paragraphs on one line, each break written ``<br>`` as a Markdown table cell writes it.

    A cell that lists several issues or measures, one a paragraph, then gives
    the same entries as its Markdown version (「待ち時間が長い<br>案内表示が…」).
    """
    runs: list[Run] = []
    for paragraph in cell.paragraphs:
        own = [Run(r.text.replace("\t", " ").replace("\n", " "), r.bold) for r in _runs(paragraph, notes)]
        if not "".join(r.text for r in own).strip():
            continue
        if runs:
            runs.append(Run(CELL_BREAK))
        runs.extend(own)
    return runs
