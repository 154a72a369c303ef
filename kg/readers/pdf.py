"""PDF documents through pdfplumber: text lines and ruled tables, page by page.

The PDF is turned into the plain-text shape of these reports (tables as
tab-separated lines, a blank line around each table and between pages) and
then read by the plain-text reader, so a report reads to the same structure
whether it arrives as PDF or as extracted text.  ``Document.text`` is that
extracted text; ``Document.page_starts`` says where each page begins.
"""

from __future__ import annotations

from io import BytesIO
from pathlib import Path
from typing import Any

import pdfplumber

from kg.document import Document
from kg.errors import DocumentError
from kg.readers import streams
from kg.readers.builder import DocumentBuilder
from kg.readers.decoding import fail
from kg.readers.text import TextParser

MEDIA_TYPE = "application/pdf"

# pdfminer decodes each stream whole, in memory, and parses it in Python, so a
# small file whose streams decode to gigabytes (a decompression bomb) would take
# all the memory and hours.  Every stream is decoded once beforehand, a piece at a
# time, only to measure it (kg.readers.streams).  Real reports stay far below.
MAX_INFLATED_BYTES = 200_000_000  # default of the max_unpacked_bytes setting


def inflated_size(data: bytes, limit: int = MAX_INFLATED_BYTES) -> int:
    """What the streams of ``data`` decode to (Flate, LZW, RunLength, ASCII85, ASCIIHex),
    counted up to just past ``limit``."""
    return streams.inflated_size(data, limit)


def read_pdf(path: Path, data: bytes, max_unpacked_bytes: int | None = None) -> Document:
    limit = max_unpacked_bytes or MAX_INFLATED_BYTES
    try:
        size = inflated_size(data, limit)
    except streams.UncheckableError as exc:
        raise fail(path, f"has a stream that cannot be checked for a decompression bomb: {exc}") from None
    if size > limit:
        raise fail(path, f"has streams that inflate to more than {limit:,} bytes (a decompression bomb?)")
    try:
        with pdfplumber.open(BytesIO(data)) as pdf:
            pages = [_page_text(page) for page in pdf.pages]
    except DocumentError:
        raise
    except Exception as exc:  # pdfminer signals a broken file with many unrelated exception types
        if "password" in f"{type(exc).__name__} {exc!r}".lower():
            raise fail(path, "is encrypted (password protected); decrypt it first") from None
        raise fail(path, f"is not a readable PDF ({type(exc).__name__}: {exc})") from None
    if not any(page.strip() for page in pages):
        raise fail(path, "has no text layer (a scanned PDF?); run OCR first")
    page_starts: list[int] = []
    text = ""
    for page in pages:
        if text:
            text += "\n\n"
        page_starts.append(len(text))
        text += page
    builder = DocumentBuilder(path, MEDIA_TYPE, "")
    TextParser(text, builder).parse()
    return builder.finish(text, page_starts=page_starts)


def _page_text(page: Any) -> str:
    tables = page.find_tables()
    boxes = [table.bbox for table in tables]

    def outside(obj: dict[str, Any]) -> bool:
        return not any(
            x0 <= obj.get("x0", -1)
            and obj.get("x1", -1) <= x1
            and top <= obj.get("top", -1)
            and obj.get("bottom", -1) <= bottom
            for x0, top, x1, bottom in boxes
        )

    rest = page.filter(outside) if boxes else page
    pieces: list[tuple[float, str]] = [
        (float(line["top"]), str(line["text"])) for line in rest.extract_text_lines(return_chars=False)
    ]
    for table in tables:
        rows = ["\t".join(_cell(cell) for cell in row) for row in table.extract()]
        pieces.append((float(table.bbox[1]), "\n" + "\n".join(rows) + "\n"))
    pieces.sort(key=lambda piece: piece[0])
    return "\n".join(text for _, text in pieces).strip("\n")


def _cell(value: str | None) -> str:
    """A cell's lines as one line: Japanese wrapped lines join directly, others with a space."""
    if not value:
        return ""
    out = ""
    for line in value.replace("\t", " ").split("\n"):
        line = line.strip()
        if not line:
            continue
        if out and (not out[-1].isascii() and not line[0].isascii()) and line[0] not in "✓✔☑":
            out += line
        elif out:
            out += " " + line
        else:
            out = line
    return out
