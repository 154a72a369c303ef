"""The PDF-reading worker: takes a PDF on stdin, gives its pages' text as JSON on stdout.

Run as ``python -m kg.read.pdf_worker LIMIT BUDGET`` by :mod:`kg.read.pdf`, never in
the process that asked.  pdfminer decodes each stream whole, in memory, and parses it in
Python, so a small file whose streams decode to gigabytes (a decompression bomb) would take
all the memory and hours.  Here it can only take this process: its address space is capped
at its size after start-up plus BUDGET bytes, the streams pdfminer decodes are counted
against LIMIT bytes, and the caller kills it at a deadline.

The answer is one JSON object: ``{"pages": [...]}``, or ``{"refused": REASON, "detail": …}``
with REASON one of ``streams``, ``memory``, ``encrypted``, ``unreadable``.
"""

from __future__ import annotations

import json
import os
import sys
from io import BytesIO
from typing import Any

import pdfplumber
from pdfminer.pdftypes import PDFStream

from kg.processes import die_with_parent, limit_memory

__all__ = ["StreamLimitError", "count_decoded_streams", "main", "page_text"]


class StreamLimitError(Exception):
    """The streams decoded so far hold more bytes than the limit."""


_state = {"decoded": 0, "limit": 0, "out_of_memory": False}


def count_decoded_streams(limit: int) -> None:
    """Count what every stream pdfminer decodes holds; past ``limit`` bytes, stop the read."""
    original = PDFStream.decode
    _state["limit"] = limit

    def decode(self: PDFStream) -> None:
        try:
            original(self)
        except MemoryError:
            _state["out_of_memory"] = True  # remembered: pdfminer swallows some errors
            raise
        _state["decoded"] += len(self.data or b"")
        if _state["decoded"] > _state["limit"]:
            self.data = None  # let the memory go before the error travels up
            raise StreamLimitError

    PDFStream.decode = decode  # type: ignore[method-assign]


def page_text(page: Any) -> str:
    """A page's text lines and ruled tables (cells tab-separated), top to bottom."""
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


def _read(data: bytes) -> dict[str, Any]:
    try:
        pages: list[str] = []
        with pdfplumber.open(BytesIO(data)) as pdf:
            for page in pdf.pages:
                pages.append(page_text(page))
                page.close()  # drop the page's cached objects: memory stays one page deep
        if _state["out_of_memory"]:
            raise MemoryError
        return {"pages": pages}
    except StreamLimitError:
        return {"refused": "streams", "detail": _state["decoded"]}
    except MemoryError:
        return {"refused": "memory", "detail": ""}
    except Exception as exc:  # pdfminer signals a broken file with many unrelated exception types
        if _state["out_of_memory"]:
            return {"refused": "memory", "detail": ""}
        if isinstance(exc.__context__, StreamLimitError) or _state["decoded"] > _state["limit"]:
            return {"refused": "streams", "detail": _state["decoded"]}
        if "password" in f"{type(exc).__name__} {exc!r}".lower():
            return {"refused": "encrypted", "detail": ""}
        return {"refused": "unreadable", "detail": f"{type(exc).__name__}: {exc}"}


def main(argv: list[str]) -> int:
    """Read the PDF on stdin under the caps ``argv`` gives (limit, memory budget, parent pid)."""
    limit, budget, parent = (int(a) for a in argv)
    die_with_parent(parent)
    data = sys.stdin.buffer.read()
    count_decoded_streams(limit)
    limit_memory(budget)
    answer = _read(data)
    sys.stdout.write(json.dumps(answer, ensure_ascii=False))
    sys.stdout.flush()
    return 0


if __name__ == "__main__":
    os._exit(main(sys.argv[1:]))
