"""A Markdown excerpt written as a Word file for tests: 「#」 headings as Word headings of that level, tables
as Word tables (one cell's text each), other lines as paragraphs."""

from __future__ import annotations

from pathlib import Path

import docx


def markdown_docx(text: str, path: Path) -> Path:
    """``text`` saved at ``path`` as a .docx; gives ``path``."""
    document = docx.Document()
    rows: list[list[str]] = []
    for line in [*text.splitlines(), ""]:
        if line.startswith("|"):
            if not set(line) <= set("|-: "):
                rows.append([c.strip() for c in line.strip("|").split("|")])
            continue
        if rows:
            table = document.add_table(rows=len(rows), cols=len(rows[0]))
            for r, cells in enumerate(rows):
                for c, cell in enumerate(cells):
                    table.cell(r, c).text = cell
            rows = []
        if line.startswith("#"):
            marks, _, title = line.partition(" ")
            document.add_heading(title, level=len(marks))
        elif line.strip():
            document.add_paragraph(line)
    document.save(str(path))
    return path
