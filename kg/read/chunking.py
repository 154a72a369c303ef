"""Splitting a document's text into pieces the Japanese analysers accept.

SudachiPy (and GiNZA on top of it) refuse inputs over 49,149 UTF-8 bytes.
Chunks are cut between lines only, preferring a blank line, then the end of a
sentence; never inside a line, so a table row or a list item stays whole, and
never inside a multi-line block of the document (a paragraph, a table row
extracted over several lines).  Only a single line longer than the limit is cut
inside, at its last 。, 、 or space before the limit, else at the limit.
Offsets map back exactly: ``text[c.start:c.end] == c.text``.
"""

from __future__ import annotations

from dataclasses import dataclass

from kg.read.document import BlockKind, Document

SUDACHI_MAX_BYTES = 49_149
DEFAULT_MAX_BYTES = 49_000
SENTENCE_ENDS = "。．！？!?"
SOFT_BREAKS = ("。", "、", " ", "\u3000")
# A cut this far into a chunk is good enough; an earlier better-kind cut would
# waste most of the chunk.
MIN_FILL = 0.5


@dataclass(frozen=True, slots=True)
class Chunk:
    """A piece of the document text and where it starts in it."""

    text: str
    start: int

    @property
    def end(self) -> int:
        return self.start + len(self.text)


def chunks(source: Document | str, max_bytes: int = DEFAULT_MAX_BYTES) -> list[Chunk]:
    """Consecutive chunks covering the whole text, each at most ``max_bytes`` UTF-8 bytes."""
    if max_bytes < 4:
        raise ValueError("max_bytes must leave room for at least one character")
    text = source.text if isinstance(source, Document) else source
    if not text:
        return []
    inside = _inside_blocks(source) if isinstance(source, Document) else set()
    pieces = _lines(text)
    out: list[Chunk] = []
    start = 0
    size = 0
    # Candidate cuts since ``start``: (offset, bytes before it, rank); higher rank is better.
    cuts: list[tuple[int, int, int]] = []
    i = 0
    while i < len(pieces):
        line_start, line_end = pieces[i]
        line_bytes = len(text[line_start:line_end].encode("utf-8"))
        if line_bytes > max_bytes:
            if line_start > start:
                out.append(Chunk(text[start:line_start], start))
            out.extend(_split_long_line(text, line_start, line_end, max_bytes))
            start, size, cuts = line_end, 0, []
            i += 1
            continue
        if size + line_bytes > max_bytes:
            cut, cut_size = _best_cut(cuts, size, max_bytes)
            if cut is None:
                cut, cut_size = line_start, size
            out.append(Chunk(text[start:cut], start))
            size -= cut_size
            start = cut
            cuts = [(o, b - cut_size, r) for o, b, r in cuts if o > cut]
            continue
        size += line_bytes
        if line_end not in inside:
            cuts.append((line_end, size, _rank(text, line_start, line_end)))
        i += 1
    if start < len(text):
        out.append(Chunk(text[start:], start))
    return out


def _lines(text: str) -> list[tuple[int, int]]:
    """Lines with their line break, so the pieces cover the text."""
    spans = []
    start = 0
    while start < len(text):
        nl = text.find("\n", start)
        end = len(text) if nl == -1 else nl + 1
        spans.append((start, end))
        start = end
    return spans


def _rank(text: str, start: int, end: int) -> int:
    body = text[start:end].rstrip("\r\n")
    if not body.strip():
        return 3
    if body.rstrip()[-1:] in SENTENCE_ENDS or "\t" in body:
        return 2
    return 1


def _best_cut(cuts: list[tuple[int, int, int]], size: int, max_bytes: int) -> tuple[int | None, int]:
    if not cuts:
        return None, 0
    floor = MIN_FILL * max_bytes
    for rank in (3, 2, 1):
        for offset, before, r in reversed(cuts):
            if r >= rank and before >= floor:
                return offset, before
    offset, before, _ = cuts[-1]
    return offset, before


def _inside_blocks(doc: Document) -> set[int]:
    """Line ends that fall strictly inside a multi-line block other than a whole table."""
    ends: set[int] = set()
    for block in doc.blocks:
        if block.kind == BlockKind.TABLE or block.line == block.end_line:
            continue
        pos = doc.text.find("\n", block.start, block.end)
        while pos != -1:
            ends.add(pos + 1)
            pos = doc.text.find("\n", pos + 1, block.end)
    return ends


def _split_long_line(text: str, start: int, end: int, max_bytes: int) -> list[Chunk]:
    out: list[Chunk] = []
    while start < end:
        stop = _fit(text, start, end, max_bytes)
        if stop < end:
            for mark in SOFT_BREAKS:
                found = text.rfind(mark, start, stop)
                if found != -1 and found + 1 > start:
                    stop = found + 1
                    break
        out.append(Chunk(text[start:stop], start))
        start = stop
    return out


def _fit(text: str, start: int, end: int, max_bytes: int) -> int:
    """The furthest offset from ``start`` whose text fits in ``max_bytes``."""
    size = 0
    pos = start
    while pos < end:
        n = len(text[pos].encode("utf-8", "surrogatepass"))
        if size + n > max_bytes:
            break
        size += n
        pos += 1
    return pos
