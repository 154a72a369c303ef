"""HTML pages, parsed with the standard library's parser through BeautifulSoup.

``Document.text`` is the visible text as assembled here (one block a line,
table rows as tab-separated cells); offsets point into it, and
``Document.source_lines`` gives the line of the HTML file each piece was written
from (the line ``pol:line`` records).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from bs4 import BeautifulSoup, Tag
from bs4.element import Comment, Doctype, NavigableString

from kg.read import structure as st
from kg.read.assemble import Run, TextSink, Written, add_cell, add_entry
from kg.read.builder import DocumentBuilder
from kg.read.document import BlockKind, Document

MEDIA_TYPE = "text/html"
INVISIBLE = frozenset({"script", "style", "head", "template", "noscript", "svg", "iframe", "object", "img"})
HEADINGS = {f"h{n}": n for n in range(1, 7)}
PARAGRAPHS = frozenset({"p", "figcaption", "caption", "dt", "dd", "pre", "address", "summary", "legend"})
LISTS = frozenset({"ul", "ol", "dl"})
BOLD = frozenset({"b", "strong"})
BREAKS = frozenset({"br", "hr"})


def read_html(path: Path, text: str, encoding: str) -> Document:
    soup = BeautifulSoup(text, "html.parser")
    builder = DocumentBuilder(path, MEDIA_TYPE, encoding)
    walker = _Walker(builder, _source_lines(soup), copies=len(text))
    walker.container(soup.body or soup)
    return builder.finish(walker.sink.text(), source_lines=walker.sink.source_lines)


def _source_lines(soup: BeautifulSoup) -> dict[int, int]:
    """The line of the HTML file each text node begins on, by ``id``.

    The parser gives elements their line, not text: a text node begins on the line of the
    element before it, moved on by the line breaks of the text between.
    """
    lines: dict[int, int] = {}
    line = 1
    for node in soup.descendants:
        if isinstance(node, Tag):
            line = node.sourceline or line
        elif isinstance(node, NavigableString):
            lines[id(node)] = line
            line += node.count("\n")
    return lines


class _Walker:
    def __init__(self, builder: DocumentBuilder, lines: dict[int, int], copies: int) -> None:
        self.b = builder
        self.sink = TextSink()
        self.lines = lines
        #: characters that merged cells may still be repeated for (see ``_grid_row``)
        self.copies = [copies]

    def _line(self, runs: list[Run]) -> Written | None:
        if not "".join(r.text for r in runs).strip():
            return None
        if self.sink.pos:
            self.sink.raw("\n")
        return self.sink.runs(runs)

    def container(self, node: Any, parent: int | None = None) -> None:
        """Children of a block container: loose inline content becomes paragraphs."""
        pending: list[Run] = []
        for child in node.children:
            if isinstance(child, Tag) and _is_block(child):
                self._paragraph(pending, parent)
                pending = []
                self.block(child, parent)
            else:
                pending.extend(self._inline(child))
        self._paragraph(pending, parent)

    def _paragraph(self, runs: list[Run], parent: int | None) -> None:
        written = self._line(runs)
        if written is not None:
            add_entry(self.b, written, BlockKind.PARAGRAPH, parent)

    def block(self, tag: Tag, parent: int | None) -> None:
        name = tag.name
        if name in INVISIBLE:
            return
        if name in HEADINGS:
            written = self._line(self._inline_children(tag))
            if written is not None:
                value = written.value
                number, title_at = st.split_number(value, 0, len(value))
                self.b.add(
                    BlockKind.HEADING,
                    written.start,
                    written.end,
                    level=HEADINGS[name],
                    number=number,
                    title=value[title_at:].strip(),
                    emphasis=written.emphasis,
                )
        elif name in PARAGRAPHS:
            self._paragraph(self._inline_children(tag), parent)
        elif name == "dl":
            term = parent  # a <dd> is an entry of the <dt> before it, as a nested list's entry is
            for child in tag.find_all(["dt", "dd"], recursive=False):
                if child.name == "dt":
                    term = self._list_item(child, parent)
                else:
                    self._list_item(child, term)
        elif name in LISTS:
            for child in tag.find_all(["li", "dt", "dd"], recursive=False):
                self._list_item(child, parent)
        elif name == "li":
            self._list_item(tag, parent)
        elif name == "table":
            self._table(tag)
        else:
            self.container(tag, parent)

    def _list_item(self, tag: Tag, parent: int | None) -> int | None:
        """An entry and the lists nested in it; gives its block's index (``parent`` where it is empty)."""
        own = [c for c in tag.children if not (isinstance(c, Tag) and c.name in LISTS)]
        runs = [r for c in own for r in self._inline(c)]
        written = self._line(runs)
        index = parent
        if written is not None:
            index = add_entry(self.b, written, BlockKind.LIST_ITEM, parent)
        for nested in tag.find_all(list(LISTS), recursive=False):
            self.block(nested, index)
        return index

    def _table(self, tag: Tag) -> None:
        rows = [tr for tr in tag.find_all("tr") if tr.find_parent("table") is tag]
        if not rows:
            return
        if self.sink.pos:
            self.sink.raw("\n")
        table = self.b.add(BlockKind.TABLE, self.sink.pos, self.sink.pos)
        above: dict[int, tuple[Tag, int]] = {}  # column → the cell spanning down into it, rows left
        first = True
        for tr in rows:
            if not first:
                self.sink.raw("\n")
            first = False
            row = self.b.add(BlockKind.ROW, self.sink.pos, self.sink.pos, parent=table)
            for n, td in enumerate(_grid_row(tr, above, self.copies)):
                if n:
                    self.sink.raw("\t")
                add_cell(self.b, self.sink.runs(self._inline_children(td)), row)
            self.b.extend(row, self.sink.pos)
        self.b.extend(table, self.sink.pos)

    def _inline_children(self, tag: Tag) -> list[Run]:
        return [r for c in tag.children for r in self._inline(c)]

    def _inline(self, node: Any, bold: bool = False) -> list[Run]:
        if isinstance(node, Comment | Doctype):
            return []
        if isinstance(node, NavigableString):
            return [Run(str(node), bold, self.lines.get(id(node), 0))]
        if not isinstance(node, Tag) or node.name in INVISIBLE:
            return []
        if node.name in BREAKS:
            return [Run(" ", bold)]
        inner = bold or node.name in BOLD
        runs = [r for c in node.children for r in self._inline(c, inner)]
        if _is_block(node):
            # A block inside inline content (a <p> in an <li>) still separates words.
            runs = [Run(" "), *runs, Run(" ")]
        return runs


def _span(td: Tag, name: str) -> int:
    value = str(td.get(name) or "1").strip()
    return min(int(value), 100) if value.isdigit() and int(value) > 0 else 1


def _copied(td: Tag, copies: list[int]) -> bool:
    """Whether one more copy of a merged cell may be written: each costs its text and one, out of a
    budget of the file's own length, so that spans cannot make a small page a vast text."""
    cost = len(td.get_text()) + 1
    if cost > copies[0]:
        copies[0] = 0
        return False
    copies[0] -= cost
    return True


def _grid_row(tr: Tag, above: dict[int, tuple[Tag, int]], copies: list[int]) -> list[Tag]:
    """A row's cells on the table's grid: a cell merged over rows (rowspan) or columns (colspan)
    stands in each row and column it spans, as Word gives a merged cell once per grid cell.
    ``above`` carries the cells spanning down into the rows below; ``copies`` is what repeating
    them may still cost (spent, cells stand once, as written)."""
    cells: list[Tag] = []
    own = iter(tr.find_all(["td", "th"], recursive=False))
    column = 0
    while True:
        if column in above and not _copied(above[column][0], copies):
            above.clear()
        if column in above:
            td, left = above[column]
            cells.append(td)
            if left > 1:
                above[column] = (td, left - 1)
            else:
                del above[column]
            column += 1
            continue
        cell = next(own, None)
        if cell is None:
            if any(c > column for c in above):  # a short row, a cell above spanning further right
                column += 1
                own = iter(())
                continue
            break
        for n in range(_span(cell, "colspan")):
            if n and not _copied(cell, copies):
                break
            if _span(cell, "rowspan") > 1 and copies[0]:
                above[column] = (cell, _span(cell, "rowspan") - 1)
            cells.append(cell)
            column += 1
    return cells


def _is_block(tag: Tag) -> bool:
    return (
        tag.name in HEADINGS
        or tag.name in PARAGRAPHS
        or tag.name in LISTS
        or tag.name
        in {
            "li",
            "table",
            "div",
            "section",
            "article",
            "main",
            "header",
            "footer",
            "nav",
            "aside",
            "blockquote",
            "figure",
            "form",
            "fieldset",
            "details",
            "body",
            "html",
        }
        or tag.name in INVISIBLE
    )
