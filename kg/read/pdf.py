"""PDF documents through pdfplumber: text lines and ruled tables, page by page.

The PDF is turned into the plain-text shape of these reports (tables as
tab-separated lines, a blank line around each table and between pages) and
then read by the plain-text reader, so a report reads to the same structure
whether it arrives as PDF or as extracted text.  ``Document.text`` is that
extracted text; ``Document.page_starts`` says where each page begins.

pdfplumber runs in a worker process (:mod:`kg.read.pdf_worker`) that a
decompression bomb can only take down itself: the streams it decodes are
counted against ``max_unpacked_bytes``, its address space is capped at
:data:`BASE_MEMORY` plus twice that limit, and it is killed after
:data:`READ_TIMEOUT_S` seconds.  The extracted text is held to the same limit.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import kg
from kg.read.builder import DocumentBuilder
from kg.read.decoding import fail
from kg.read.document import Document
from kg.read.text import TextParser

__all__ = ["BASE_MEMORY", "MAX_INFLATED_BYTES", "MEDIA_TYPE", "READ_TIMEOUT_S", "read_pdf"]

MEDIA_TYPE = "application/pdf"
MAX_INFLATED_BYTES = 200_000_000  # default of the max_unpacked_bytes setting
# What the worker may allocate past its start-up size (about 50 MB) besides twice the limit:
# pages are read one at a time, and a 40-page Japanese report peaks at 45 MB resident.
BASE_MEMORY = 256 * 1024**2
READ_TIMEOUT_S = 300.0
_BOMB = "likely a decompression bomb"
_SOURCE_ROOT = str(Path(kg.__file__).resolve().parent.parent)


def _run_worker(data: bytes, limit: int, budget: int, timeout_s: float) -> tuple[int, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (_SOURCE_ROOT, env.get("PYTHONPATH", "")) if p)
    command = [sys.executable, "-m", "kg.read.pdf_worker", str(limit), str(budget), str(os.getpid())]
    done = subprocess.run(command, input=data, capture_output=True, timeout=timeout_s, env=env, check=False)
    return done.returncode, done.stdout.decode("utf-8", errors="replace")


def read_pdf(
    path: Path, data: bytes, max_unpacked_bytes: int | None = None, timeout_s: float = READ_TIMEOUT_S
) -> Document:
    """Read a PDF's text in a capped worker process; a bomb fails with one line saying so."""
    limit = max_unpacked_bytes or MAX_INFLATED_BYTES
    budget = BASE_MEMORY + 2 * limit
    try:
        code, out = _run_worker(data, limit, budget, timeout_s)
    except subprocess.TimeoutExpired:  # run() killed the worker
        raise fail(path, f"reading it took longer than {timeout_s:g} s: {_BOMB}") from None
    try:
        answer: dict[str, Any] = json.loads(out)
    except ValueError:  # the worker died without answering: an allocation failed in C
        answer = {"refused": "memory", "detail": f"exit status {code}"}
    refused = answer.get("refused")
    if refused == "streams":
        raise fail(path, f"has streams that decode to more than {limit:,} bytes ({_BOMB})")
    if refused == "memory":
        raise fail(
            path,
            f"reading it reached the memory cap ({budget // 1024**2:,} MB for max_unpacked_bytes "
            f"{limit:,}): {_BOMB}",
        )
    if refused == "encrypted":
        raise fail(path, "is encrypted (password protected); decrypt it first")
    if refused is not None:
        raise fail(path, f"is not a readable PDF ({' '.join(str(answer.get('detail', '')).split())})")
    pages: list[str] = answer["pages"]
    if not any(page.strip() for page in pages):
        raise fail(path, "has no text layer (a scanned PDF?); run OCR first")
    if sum(len(page.encode("utf-8")) for page in pages) > limit:
        raise fail(path, f"has more than {limit:,} bytes of text ({_BOMB})")
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
