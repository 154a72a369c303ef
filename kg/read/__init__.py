"""Reading: a document file (text, Markdown, HTML, Word, PDF) into one
:class:`~kg.read.document.Document` with exact offsets, its blocks, lines and section
tree; the corpus folder and its manifest; chunks the Japanese analysers accept.

Takes files; gives documents.  Imports nothing of the later stages.

``read_document`` picks a reader by suffix; every reader keeps exact offsets
(``document.text[block.start:block.end] == block.text``) and raises
:class:`kg.errors.DocumentError` naming the file and the reason for any input
it cannot read.
"""

from __future__ import annotations

from pathlib import Path

from kg.read.decoding import decode_text, fail, read_bytes
from kg.read.document import Document

__all__ = ["DEFAULT_MAX_BYTES", "SUFFIXES", "read_document", "read_string"]

DEFAULT_MAX_BYTES = 20_000_000
SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm", ".docx", ".pdf")


def read_document(
    path: Path, *, max_bytes: int = DEFAULT_MAX_BYTES, max_unpacked_bytes: int | None = None
) -> Document:
    """Read one document of any supported format.

    ``max_bytes`` bounds the file; ``max_unpacked_bytes`` what a Word file may
    unzip to or a PDF's streams inflate to (None: each reader's default).
    """
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise fail(
            path, f"unsupported file type {suffix or '(no suffix)'!r}; expected one of {', '.join(SUFFIXES)}"
        )
    data = read_bytes(path, max_bytes)
    if suffix == ".pdf":
        from kg.read.pdf import read_pdf

        return read_pdf(path, data, max_unpacked_bytes)
    if suffix == ".docx":
        from kg.read.docx import read_docx

        return read_docx(path, data, max_unpacked_bytes)
    text, encoding = decode_text(data, path)
    return read_string(text, path=path, encoding=encoding, suffix=suffix)


def read_string(
    text: str, *, path: Path = Path("<string>"), encoding: str = "utf-8", suffix: str = ".txt"
) -> Document:
    """Read already-decoded text as the format ``suffix`` names (``.txt``, ``.md``, ``.html``)."""
    suffix = suffix.lower()
    if suffix in (".md", ".markdown"):
        from kg.read.markdown import read_markdown

        return read_markdown(path, text, encoding)
    if suffix in (".html", ".htm"):
        from kg.read.html import read_html

        return read_html(path, text, encoding)
    if suffix == ".txt":
        from kg.read.text import read_text

        return read_text(path, text, encoding)
    raise fail(path, f"unsupported text format {suffix!r}")
