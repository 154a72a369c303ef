"""Word footnotes and endnotes (reading stage): the mark a reference shows, and the notes' text.

Takes a python-docx document; gives, as the body is read in order, the mark Word
prints where a run refers to a note (the note's ordinal in the document's note
number format: 「1」 for footnotes, 「i」 for endnotes unless ``settings.xml`` says
otherwise), and afterwards the paragraphs and tables of every note referred to,
in the order of first reference, each with its mark.  python-docx does not read
``word/footnotes.xml`` or ``word/endnotes.xml``, so those parts are parsed with
its own XML parser and their paragraphs and tables wrapped in its own classes,
read like the body's.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml.ns import qn
from docx.oxml.parser import parse_xml
from docx.table import Table
from docx.text.paragraph import Paragraph

from kg.read.numbering import format_number

_KINDS = {"footnote": RT.FOOTNOTES, "endnote": RT.ENDNOTES}
# Word's defaults when settings.xml names no format (ECMA-376 §17.11.17, §17.11.11).
_DEFAULT_FORMAT = {"footnote": "decimal", "endnote": "lowerRoman"}


@dataclass(frozen=True, slots=True)
class Note:
    """One note referred to from the text, with the mark it shows (None: a custom mark)."""

    kind: str
    mark: str | None
    element: Any


class Notes:
    """The notes of one document and the marks handed out as its body is read."""

    def __init__(self, document: Any) -> None:
        self._body = document._body
        self._elements: dict[str, dict[str, Any]] = {kind: _part(document, kind) for kind in _KINDS}
        self._formats: dict[str, tuple[str, int]] = {kind: _format(document, kind) for kind in _KINDS}
        self._counts = dict.fromkeys(_KINDS, 0)
        self._seen: set[tuple[str, str]] = set()
        self.referred: list[Note] = []

    def marks(self, run: Any) -> str:
        """The marks of the note references in ``run`` (a ``w:r``), bracketed: 「[1]」; "" if none."""
        out = ""
        for kind in _KINDS:
            for ref in run.iterchildren(qn(f"w:{kind}Reference")):
                mark = self._refer(kind, ref)
                if mark is not None:
                    out += f"[{mark}]"
        return out

    def _refer(self, kind: str, ref: Any) -> str | None:
        note_id = ref.get(qn("w:id")) or ""
        # A custom mark is the run text that follows; Word does not count it.
        custom = ref.get(qn("w:customMarkFollows")) in ("1", "true", "on")
        mark: str | None = None
        if not custom:
            fmt, start = self._formats[kind]
            mark = format_number(start + self._counts[kind], fmt)
            self._counts[kind] += 1
        if (kind, note_id) not in self._seen and note_id in self._elements[kind]:
            self._seen.add((kind, note_id))
            self.referred.append(Note(kind, mark, self._elements[kind][note_id]))
        return mark

    def content(self, note: Note) -> Iterator[Paragraph | Table]:
        """The note's paragraphs and tables, as python-docx objects of the document."""
        for child in note.element:
            if child.tag == qn("w:p"):
                yield Paragraph(child, self._body)
            elif child.tag == qn("w:tbl"):
                yield Table(child, self._body)


def _part(document: Any, kind: str) -> dict[str, Any]:
    """The notes of one part by id; the separators Word keeps there are no notes."""
    for rel in document.part.rels.values():
        if rel.reltype != _KINDS[kind] or rel.is_external:
            continue
        part = rel.target_part
        root = part.element if hasattr(part, "element") else parse_xml(part.blob)
        return {
            note.get(qn("w:id")) or "": note
            for note in root.iterchildren(qn(f"w:{kind}"))
            if note.get(qn("w:type")) in (None, "normal")
        }
    return {}


def _format(document: Any, kind: str) -> tuple[str, int]:
    properties = document.settings.element.find(qn(f"w:{kind}Pr"))
    fmt, start = _DEFAULT_FORMAT[kind], 1
    if properties is not None:
        if (found := properties.find(qn("w:numFmt"))) is not None:
            fmt = found.get(qn("w:val")) or fmt
        if (found := properties.find(qn("w:numStart"))) is not None:
            value = found.get(qn("w:val")) or ""
            start = int(value) if value.isdigit() else start
    return fmt, start
