"""Status tables that name what they report on by number (extraction stage), whatever the profile.

Takes a read document, its profile's table cues and the items found so far; gives the progress
updates of a table whose first column is headed 課題 or 施策 (``[tables] issue``, ``measure``) over
cells that are each a number, alone or after that cue (「| 施策 | 状況 |」 over 「| 1-1 | 実施済 |」 or
「| 施策1-1 | 実施済 |」, 「| 課題 | 対応状況 |」 over 「| 2.3 | … |」): each row reports on the issue or
measure of that number in the document (its heading's or entry's: 「### 施策1-1　電子申請の拡大」), one
update per ✓ entry (the mark left out; an HTML cell's <li> entries stand on one line), line or ・ of
the row's progress cells (columns named by a progress label or status word), else of its other cells
but those of its owner (担当) and its time (時期), which give each update its bodies and dates.  A row
whose number names no item, or several, gives none.  Such a table's rows are no items of their own
(:func:`numbered_rows`, read by :mod:`kg.extract.outline_rows`).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from typing import Any

from kg.digests import short_hash
from kg.extract import outline_forms as forms
from kg.extract.profiles import Profile
from kg.extract.progress_lines import ProgressLine, cell_updates, table_rows
from kg.read.document import Block, Document

__all__ = ["number_of", "numbered_progress", "numbered_rows"]

# A cell that is a number alone (「1.1」, 「2-3」, 「１－２」), or a number after its cue (「施策1-1-1」,
# 「課題2.1」, 「【課題3】」): group `cue` is the words before the number.
_NUMBER_CELL = re.compile(
    r"[【\[〔]?(?P<cue>[^0-9【】\[\]〔〕]{0,8}?)[ \u3000]*[0-9]{1,2}(?:[.\-‐ー−][0-9]{1,2})*\.?[】\]〕]?"
)
# The number an item's own number closes with (「施策1-1」 → 「1-1」, 「課題２」 → 「2」).
_TRAILING = re.compile(r"[0-9]{1,2}(?:[.\-‐ー−][0-9]{1,2})*\.?$")
_SEPARATORS = str.maketrans({"-": ".", "‐": ".", "ー": ".", "−": "."})


def number_of(text: str | None) -> str | None:
    """A number folded so that 「1-1」, 「1.1」 and 「１－１」 are one: the digits joined by dots."""
    m = _TRAILING.search(unicodedata.normalize("NFKC", (text or "").strip()))
    return m[0].translate(_SEPARATORS).rstrip(".") if m else None


def _header(cell: str, words: tuple[str, ...], suffixes: tuple[str, ...]) -> bool:
    plain = forms.plain(cell)
    return any(
        plain.endswith(w) or any(plain.endswith(w + s) for s in suffixes) for w in map(forms.plain, words)
    )


def numbered_rows(rows: list[list[Block]], profile: Profile) -> str | None:
    """The type (``Issue``, ``Measure``) of the items a table reports on by their numbers, else None.

    >>> from kg.read import read_string
    >>> from kg.extract.profiles import generic
    >>> doc = read_string("| 施策 | 状況 |\\n|---|---|\\n| 1-1 | 実施済 |\\n", suffix=".md")
    >>> [numbered_rows(rows, generic()) for _, rows in table_rows(doc)]
    ['Measure']
    """
    if len(rows) < 2 or not rows[0] or any(len(cells) < 2 for cells in rows[1:]):
        return None
    suffixes = profile.tables.get("suffixes", ())
    for cls in ("Issue", "Measure"):
        words = profile.tables.get(cls.lower(), ())
        if not _header(rows[0][0].text, words, suffixes):
            continue
        cues = {"", *map(forms.plain, words)}
        for cells in rows[1:]:
            m = _NUMBER_CELL.fullmatch(unicodedata.normalize("NFKC", cells[0].text.strip()))
            if m is None or forms.plain(m["cue"]) not in cues:
                return None
        return cls
    return None


def numbered_progress(doc: Document, profile: Profile, items: Sequence[Any]) -> list[ProgressLine]:
    """The progress updates of the document's numbered status tables, by the rule above."""
    result: list[ProgressLine] = []
    progress = (*profile.progress, *profile.progress_columns)
    for _, rows in table_rows(doc):
        cls = numbered_rows(rows, profile)
        if cls is None:
            continue
        by_number: dict[str, list[Any]] = {}
        for item in items:
            if item.cls == cls and (num := number_of(item.number)) is not None:
                by_number.setdefault(num, []).append(item)
        header = [c.text for c in rows[0]]
        named = [n for n in range(1, len(header)) if _header(header[n], progress, ())]
        suffixes = profile.tables.get("suffixes", ())
        owner = _column(header, profile.tables.get("owner", ()), suffixes)
        schedule = _column(header, profile.tables.get("schedule", ()), suffixes)
        columns = named or [n for n in range(1, len(header)) if n not in (owner, schedule)]
        marks = profile.progress_forms.get("marks", ())
        for cells in rows[1:]:
            owners = by_number.get(number_of(cells[0].text) or "", [])
            if len(owners) != 1:
                continue
            item = owners[0]
            for n in (n for n in columns if n < len(cells)):
                for s, e in cell_updates(doc, cells[n]):
                    s += _mark_length(doc.text[s:e], marks)
                    label = forms.label(doc.text[s:e])
                    if not label:
                        continue
                    measure = item.cls == "Measure"
                    issue = item.issue if measure else item.key
                    result.append(
                        ProgressLine(
                            f"{item.key}-{short_hash(label, length=10)}-n{len(result)}",
                            label,
                            s,
                            e,
                            doc.line_of(s),
                            cells[n].section,
                            issue,
                            (item.issue_basis if measure else "heading") if issue else None,
                            item.key if measure else None,
                            "table_row",
                            _span(cells, owner),
                            _span(cells, schedule),
                        )
                    )
    return result


def _mark_length(entry: str, marks: tuple[re.Pattern[str], ...]) -> int:
    """The length of the mark of what is done that opens an entry (「✓ 」), none where nothing follows it."""
    mark = next((m for p in marks if (m := p.match(entry))), None)
    return mark.end() if mark is not None and entry[mark.end() :].strip() else 0


def _column(header: list[str], words: tuple[str, ...], suffixes: tuple[str, ...]) -> int | None:
    """The first column after the number whose header is one of ``words`` (「担当課」, 「時期」)."""
    return next((n for n in range(1, len(header)) if words and _header(header[n], words, suffixes)), None)


def _span(cells: list[Block], column: int | None) -> tuple[int, int] | None:
    return (cells[column].start, cells[column].end) if column is not None and column < len(cells) else None
