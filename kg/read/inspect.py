"""Showing what a reader made of a document: a text outline and a JSON form."""

from __future__ import annotations

from typing import Any

from kg.read.document import Block, Document, Section

TEXT_WIDTH = 80


def render_text(doc: Document) -> str:
    """The section tree (indented), then one line per block.

    Block lines read ``L<line>  <kind>  <number?>  <text>``, the text on one
    line and cut to about 80 characters.
    """
    out = [f"{doc.path}  {doc.media_type}  {doc.encoding or '-'}  {len(doc.blocks)} blocks", "", "Sections:"]
    for section in doc.sections:
        if section.parent is None:
            _render_section(doc, section, 1, out)
    if not doc.sections:
        out.append("  (none)")
    out += ["", "Blocks:"]
    depth: list[int] = []
    for block in doc.blocks:
        # Parents come before their children, so their depth is already known.
        depth.append(0 if block.parent is None else depth[block.parent] + 1)
        out.append(_render_block(block, depth[-1]))
    return "\n".join(out) + "\n"


def _render_section(doc: Document, section: Section, depth: int, out: list[str]) -> None:
    heading = doc.blocks[section.heading]
    repeats = f"  (+{len(section.continuations)} continued)" if section.continuations else ""
    number = f"{section.number} " if section.number else ""
    out.append(f"{'  ' * depth}{number}{_one_line(section.title)}  [L{heading.line}]{repeats}")
    for child in section.children:
        _render_section(doc, doc.sections[child], depth + 1, out)


def _render_block(block: Block, depth: int) -> str:
    indent = "  " * depth
    parts = [f"L{block.line}", f"{indent}{block.kind.value}"]
    if block.number:
        parts.append(block.number)
    parts.append(_one_line(block.text))
    return "  ".join(parts)


def _one_line(text: str) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= TEXT_WIDTH else flat[: TEXT_WIDTH - 1] + "…"


def to_json(doc: Document) -> dict[str, Any]:
    """Everything a reader found, as plain JSON data."""
    return {
        "path": str(doc.path),
        "media_type": doc.media_type,
        "encoding": doc.encoding,
        "page_starts": list(doc.page_starts),
        "sections": [
            {
                "index": s.index,
                "heading": s.heading,
                "title": s.title,
                "number": s.number,
                "level": s.level,
                "parent": s.parent,
                "children": list(s.children),
                "blocks": list(s.blocks),
                "continuations": list(s.continuations),
            }
            for s in doc.sections
        ],
        "blocks": [
            {
                "index": b.index,
                "kind": b.kind.value,
                "line": b.line,
                "end_line": b.end_line,
                "start": b.start,
                "end": b.end,
                "number": b.number,
                "title": b.title,
                "level": b.level,
                "parent": b.parent,
                "section": b.section,
                "continues": b.continues,
                "text": b.text,
                "emphasis": [[span.start, span.end] for span in b.emphasis],
            }
            for b in doc.blocks
        ],
    }
