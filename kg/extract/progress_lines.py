"""Progress lines of documents of any shape (extraction stage): what reports how a measure stands.

Takes a read document, its profile's progress labels (``[progress] labels``: 取組状況, 進捗状況,
実績, 対応状況 …) and the items found so far; gives the stretches of text that report on a
measure (or, under an issue with no measure before them, on the issue), each a progress update:

* a bullet, or a line of a paragraph, opening with a label and a colon or in brackets
  (「取組状況：…」, 「【進捗状況】…」, 「**実績**：…」): the text after the label, up to the next
  labelled line of the paragraph;
* each entry under a sub-heading titled with a label (「#### 取組状況」, 「## 各課題の取組状況」) or
  within one (its 「### 課題1関係」), and after a label alone on its line (「【実績】」 over bullets): a
  bullet, a ・ line, else a paragraph; one opening with a measure's number (「施策3：…」) reports on
  that measure;
* a cell of a table's column headed by a label (「| 施策 | 取組状況 |」) or a status word
  (``[progress] columns``: 「| 状況 |」 over 「実施済」, 「✓ 完了」), one per line or ・ of the cell,
  and the value of a two-column table's field named by one (「| 取組状況 | … |」);
* under a measure (not an issue), a bullet or line that opens with a mark of what is done
  (``[progress] marks``: 「✓ 決済端末を導入済」, the mark left out) or, in a report of progress,
  reports what was done (``[progress] done``: 「令和5年度に15手続をオンライン化した。」): in a plan
  the past tense narrates background (「平成30年に条例を制定した。」), so it counts only where the
  document's title or a heading over the line names a report of progress (``[progress] reports``:
  「…進捗状況報告」, 「これまでの取組実績」, 「フォローアップ」).

A line reports on the last measure or issue that starts before it, when no other item stands
between them and the line stands in that item's section or below it (after a run of measures listed
together, on the one of them its words name: :mod:`kg.extract.progress_runs`), else, where only the measures
of a sibling sub-heading stand between (「## 課題1」 over 「### 取組」 and 「### 実施状況」), on the issue
whose section holds it (a line under an issue that names a measure by number at its end,
「…を改正した（施策3）」, on that measure: :mod:`kg.extract.progress_references`); a cell on the one measure
of its row (else the row's one issue, else the one measure or issue the row's first cell names by
its label, as a status table's 「| 項目 | 取組状況 |」 rows do); a field on the one measure (else
issue) of its table, and in a table that holds none, on the measure or issue the table stands under,
by the rule for lines.
:func:`table_owner` is shared with :mod:`kg.extract.item_laws`; the reading of a table's rows is
:mod:`kg.extract.progress_tables`.

>>> from types import SimpleNamespace as N
>>> from kg.read import read_string
>>> from kg.extract.profiles import generic
>>> doc = read_string("## 施策1 窓口の改善\\n\\n- 取組状況：案内を改めた。\\n", suffix=".md")
>>> m = N(cls="Measure", key="m1", start=doc.blocks[0].start, end=doc.blocks[0].end, section=0,
...       issue=None, issue_basis=None)
>>> [(p.label, p.reports_on) for p in progress_lines(doc, generic(), [m])]
[('案内を改めた。', 'm1')]
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from kg.digests import short_hash
from kg.extract import outline_forms as forms
from kg.extract.outline_cells import cell_entries
from kg.extract.outline_progress import done_line, progress_places
from kg.extract.profiles import Profile
from kg.extract.progress_references import named_measure, titled_item
from kg.extract.progress_runs import named_in_run
from kg.extract.progress_tables import (
    OWNERS,
    cell_updates,
    in_table,
    named_owner,
    repeated_owner,
    row_owner,
    table_rows,
)
from kg.read.corpus import guess_title
from kg.read.document import Block, BlockKind, Document

__all__ = [
    "OWNERS",
    "STRUCTURE",
    "ProgressLine",
    "Scope",
    "cell_updates",
    "in_table",
    "named_owner",
    "progress_lines",
    "row_owner",
    "table_owner",
    "table_rows",
]

# The items that stand between a line and what it reports on: another such item ends the scope.
STRUCTURE = frozenset({"Goal", "Theme", "Issue", "Measure", "Target"})
_BRACKETED_TAIL = re.compile(r"\([^()]*\)$")
Span = tuple[int, int] | None


@dataclass(frozen=True, slots=True)
class ProgressLine:
    """One progress update: its text, where it stands and the item it reports on."""

    key: str
    label: str
    start: int
    end: int
    line: int
    section: int | None
    issue: str | None
    issue_basis: str | None
    reports_on: str | None  # the measure's key; None when it reports on an issue
    basis: str  # how it was tied to the item: "heading" (it stands under it) or "table_row"
    owner: tuple[int, int] | None = None  # its row's 担当 cell, whose bodies carried it out
    schedule: tuple[int, int] | None = None  # its row's 時期 cell, which dates it


# A line that opens a new entry with its number or mark (「(2) …」, 「②…」, 「・…」), not the rest of a line
_ENTRY_OPENING = re.compile(
    r"[ \u3000]*(?:[(（][0-9０-９]{1,2}[)）]|[0-9０-９]{1,2}[.．)）\u3000]|[①-⑳・･○●◆■□→⇒])"
)


def _label_line(labels: tuple[str, ...]) -> re.Pattern[str]:
    words = "|".join(re.escape(w) for w in sorted(labels, key=len, reverse=True))
    return re.compile(
        # 「→ 進捗：…」: an arrow from the measure above before the label
        rf"[ \u3000]*(?:[→⇒➡][ \u3000]*)?(?:[【［\[〔＜<■]?(?:\*\*)?(?:{words})(?:\*\*)?[】］\]〕＞>]"
        rf"|[■]?(?:\*\*)?(?:{words})(?:\*\*)?[ \u3000]*[：:])(?:\*\*)?[ \u3000]*"
    )


def _named(text: str, labels: frozenset[str]) -> bool:
    """Whether a heading title, header cell or field is a label (「取組状況」, 「主な取組状況」,
    「進捗状況（令和6年度末）」)."""
    plain = forms.plain(text)
    plain = _BRACKETED_TAIL.sub("", plain) or plain
    return any(plain == w or plain.endswith(w) for w in labels)


class Scope:
    """Which measure or issue a line at a place reports on, by the rule above."""

    def __init__(self, doc: Document, items: Sequence[Any]) -> None:
        self.doc = doc
        self.items = items
        self.order = sorted((it.start, n) for n, it in enumerate(items) if it.cls in STRUCTURE)
        self.starts = [s for s, _ in self.order]
        self.reach: list[int] = []  # the furthest end of the items up to each place in ``order``
        for _, n in self.order:
            self.reach.append(max(items[n].end, self.reach[-1] if self.reach else 0))

    def overlaps(self, start: int, end: int) -> bool:
        """Whether an item holds part of ``[start, end)``."""
        before = bisect.bisect_left(self.starts, start)
        return bisect.bisect_left(self.starts, end) > before or (
            before > 0 and self.reach[before - 1] > start
        )

    def owner(self, start: int, end: int, section: int | None) -> int | None:
        at = bisect.bisect_left(self.starts, start)
        if at == 0 or self.overlaps(start, end):
            return None
        n = self.order[at - 1][1]
        if self.items[n].cls not in OWNERS:
            return None
        if not self.below(section, self.items[n].section):
            return self._heading_issue(at, section)
        return n

    def _heading_issue(self, at: int, section: int | None) -> int | None:
        """「## 課題1 …」 over 「### 取組」 (measures) and 「### 実施状況」 (the line): the issue whose
        section holds the line, where only measures (and targets) stand between them, else None."""
        for k in range(at - 1, -1, -1):
            n = self.order[k][1]
            item = self.items[n]
            if item.cls == "Issue" and self.below(section, item.section):
                return n if item.section is not None else None
            if item.cls not in ("Measure", "Target"):
                return None
        return None

    def below(self, section: int | None, owner: int | None) -> bool:
        while section is not None:
            if section == owner:
                return True
            section = self.doc.sections[section].parent
        return False


def table_owner(scope: Scope, items: Sequence[Any], table: Block) -> int | None:
    """The one measure (else issue) of a table of fields, else the measure or issue it stands under."""
    inside = row_owner(items, table.start, table.end)
    return inside if inside is not None else scope.owner(table.start, table.end, table.section)


def _labelled(doc: Document, pattern: re.Pattern[str]) -> Iterator[tuple[Block, int, int]]:
    """The labelled lines of bullets and paragraphs outside tables: (block, start, end) after the label."""
    text = doc.text
    for block in doc.blocks:
        if block.kind not in (BlockKind.LIST_ITEM, BlockKind.PARAGRAPH) or in_table(doc, block):
            continue
        at, found, going = block.start, [], False
        for line in text[block.start : block.end].split("\n"):
            m = pattern.match(line)
            if m and line[m.end() :].strip():
                found.append((at + m.end(), at + len(line)))
                going = block.kind == BlockKind.PARAGRAPH
            elif going and not _ENTRY_OPENING.match(line):
                found[-1] = (found[-1][0], at + len(line))  # the labelled line goes on
            else:
                going = False  # 「(2) 施策：…」 after it: the next entry, no more of the line
            at += len(line) + 1
        yield from ((block, s, e) for s, e in found)


def _reporting(doc: Document, profile: Profile) -> set[int | None]:
    """The sections of a report of progress: those whose title or an enclosing one's names one (all of
    them, and the text before any heading, where the document's title does)."""
    reports = profile.progress_forms.get("reports", ())
    if not reports:
        return set()

    def named(title: str) -> bool:
        return any(p.search(title) for p in reports)

    if named(guess_title(doc.text.splitlines()[:40]) or ""):
        return {None, *range(len(doc.sections))}
    found: set[int | None] = set()
    for n, section in enumerate(doc.sections):  # a parent comes before its sub-sections
        if named(section.title) or section.parent in found:
            found.add(n)
    return found


def _done(doc: Document, profile: Profile) -> Iterator[tuple[Block, int, int]]:
    """The lines of bullets and paragraphs outside tables that report what is done: (block, start, end)."""
    marks = profile.progress_forms.get("marks", ())
    if not any(profile.progress_forms.get(k) for k in ("marks", "done")):
        return
    reporting = _reporting(doc, profile)
    for block in doc.blocks:
        if block.kind == BlockKind.CHECK_ITEM and not in_table(doc, block):
            yield block, block.start, block.end  # 「✓ …」 as the reader keeps it: an entry checked
            continue
        if block.kind not in (BlockKind.LIST_ITEM, BlockKind.PARAGRAPH) or in_table(doc, block):
            continue
        at = block.start
        for line in doc.text[block.start : block.end].split("\n"):
            start = done_line(line, profile)
            if start is not None and (block.section in reporting or any(m.match(line) for m in marks)):
                yield block, at + start, at + len(line.rstrip())
            at += len(line) + 1


def _under_headings(doc: Document, profile: Profile) -> Iterator[tuple[Block, int, int]]:
    """The entries of sections titled with a label, and of those within them, and the entries after a
    label alone on its line (:func:`kg.extract.outline_progress.progress_places`)."""
    places = progress_places(doc, profile)
    blocks = [doc.blocks[i] for i in sorted(places)]
    grouping = {b.parent for b in blocks if b.kind == BlockKind.LIST_ITEM}
    for block in blocks:
        if in_table(doc, block):
            continue
        if block.kind in (BlockKind.LIST_ITEM, BlockKind.CHECK_ITEM) and block.index not in grouping:
            yield block, block.start, block.end  # 「- ✓ …」 too: an entry checked
        elif block.kind == BlockKind.PARAGRAPH:
            lines = forms.line_entries(doc.text, block)
            yield from ((block, s, e) for s, e in lines or [(block.start, block.end)])


def _in_columns(
    doc: Document, items: Sequence[Any], labels: frozenset[str], scope: Scope, profile: Profile
) -> Iterator[tuple[Block, int, int, int, tuple[Span, Span]]]:
    """(cell, start, end, owner, (its row's 担当 cell, 時期 cell)) of the cells of label columns and
    label fields."""
    for table, rows in table_rows(doc):
        if len(rows) < 2 or not rows[0]:
            continue
        if all(len(cells) == 2 for cells in rows) and any(_named(c[0].text, labels) for c in rows):
            owner = table_owner(scope, items, table)
            for name, value in rows:
                if owner is not None and _named(name.text, labels) and value.text.strip():
                    yield from ((value, s, e, owner, (None, None)) for s, e in cell_entries(doc.text, value))
            continue
        columns = [n for n, cell in enumerate(rows[0]) if _named(cell.text, labels)]
        fields = [_field(rows[0], profile.tables.get(k, ()), columns) for k in ("owner", "schedule")]
        above: tuple[list[Block] | None, int | None] = (None, None)
        for cells in rows[1:] if columns else ():
            if not cells:
                continue
            owner = row_owner(items, cells[0].start, cells[-1].end)
            if owner is None and columns[0] > 0:  # 「| 項目 | 取組状況 |」: a row naming an item elsewhere
                owner = named_owner(items, doc.text[cells[0].start : cells[0].end])
                if owner is None:  # 「| 課題1関係 | … |」 (「| 課題1 | … |」: kg.extract.progress_numbered)
                    owner = titled_item(cells[0].text, _cue_words(profile), items, related=True)
                if owner is None:  # a first cell merged over this row and the one above
                    owner = repeated_owner(doc, cells, *above)
            above = (cells, owner)
            for n in columns:
                if owner is not None and n < len(cells) and cells[n].text.strip():
                    spans = (_cell_span(cells, fields[0]), _cell_span(cells, fields[1]))
                    yield from ((cells[n], s, e, owner, spans) for s, e in cell_updates(doc, cells[n]))


def _field(header: list[Block], words: Sequence[str], taken: Sequence[int]) -> int | None:
    """The column of a status table named by one of ``words`` (「担当」, 「時期」), none of its label
    columns: the row's bodies or dates, which each of its updates carries."""
    wanted = frozenset(forms.plain(w) for w in words)
    return next((n for n, c in enumerate(header) if n not in taken and _named(c.text, wanted)), None)


def _cell_span(cells: list[Block], column: int | None) -> Span:
    return (cells[column].start, cells[column].end) if column is not None and column < len(cells) else None


def _named_by_number(items: Sequence[Any], profile: Profile, text: str, owner: int | None) -> int | None:
    """The measure a line opening with its number names (「取組1：…」 after the list of 取組 of its issue,
    「施策3：…」 in a chapter of progress), else the owner the line stands under."""
    if owner is not None and items[owner].cls not in ("Measure", "Issue"):
        return owner
    issue = (
        None if owner is None else (items[owner].issue if items[owner].cls == "Measure" else items[owner].key)
    )
    key = named_measure(text, issue, profile.tables.get("measure", ()), items)
    if key is None:
        return owner
    return next((n for n, it in enumerate(items) if it.key == key), owner)


def _cue_words(profile: Profile) -> dict[str, tuple[str, ...]]:
    return {"Issue": profile.tables.get("issue", ()), "Measure": profile.tables.get("measure", ())}


def _titled_owner(doc: Document, profile: Profile, items: Sequence[Any], section: int | None) -> int | None:
    """The issue (or measure) the title of a line's section, or of one around it, names by its cue and
    number alone (「### 課題1関係」 in a chapter of progress after the plan's issues)."""
    words = _cue_words(profile)
    while section is not None:
        named = titled_item(doc.sections[section].title, words, items)
        if named is not None:
            return named
        section = doc.sections[section].parent
    return None


def _to_named_measures(scope: Scope, found: dict[tuple[int, int], tuple[int, Block, str]]) -> None:
    """A line after a run of measures listed together reports on the one its words name
    (:mod:`kg.extract.progress_runs`), not always on the last of them."""
    starts = sorted(s for s, _ in found)
    position = {n: k for k, (_, n) in enumerate(scope.order)}
    for (s, e), (owner, block, basis) in list(found.items()):
        if scope.items[owner].cls != "Measure":
            continue
        text = scope.doc.text[s:e]
        named = named_in_run(
            scope.items, [n for _, n in scope.order], position[owner], block.section, starts, text
        )
        if named is not None:
            found[(s, e)] = (named, block, basis)


def progress_lines(doc: Document, profile: Profile, items: Sequence[Any]) -> list[ProgressLine]:
    """The progress updates the profile's labels find, by the rules above, in text order."""
    if not profile.progress:
        return []
    labels = frozenset(forms.plain(w) for w in profile.progress)
    scope = Scope(doc, items)
    found: dict[tuple[int, int], tuple[int, Block, str]] = {}
    for block, s, e in [
        *_labelled(doc, _label_line(profile.progress)),
        *_under_headings(doc, profile),
    ]:
        under = scope.owner(s, e, block.section)
        if under is None:
            under = _titled_owner(doc, profile, items, block.section)
        owner = _named_by_number(items, profile, doc.text[s:e], under)
        if owner is not None:
            found.setdefault((s, e), (owner, block, "heading"))
    labelled = sorted(found)
    for block, s, e in _done(doc, profile):
        if any(ls < e and s < le for ls, le in labelled):
            continue  # 「進捗状況：…を開始した。」: read by its label
        owner = scope.owner(s, e, block.section)
        if owner is not None and items[owner].cls == "Measure":  # what was done, on the measure above
            found.setdefault((s, e), (owner, block, "heading"))
    _to_named_measures(scope, found)
    columns = labels | {forms.plain(w) for w in profile.progress_columns}
    row_fields: dict[tuple[int, int], tuple[Span, Span]] = {}
    for block, s, e, owner, spans in _in_columns(doc, items, columns, scope, profile):
        if not scope.overlaps(s, e):
            found.setdefault((s, e), (owner, block, "table_row"))
            row_fields.setdefault((s, e), spans)
    result: list[ProgressLine] = []
    keys: set[str] = set()
    for (s, e), (owner, block, basis) in sorted(found.items()):
        fields = row_fields.get((s, e), (None, None))
        raw = doc.text[s:e]
        mark = next((m for p in profile.progress_forms.get("marks", ()) if (m := p.match(raw))), None)
        if mark is not None and raw[mark.end() :].strip():  # 「✓ 完了」: the mark left out
            s, raw = s + mark.end(), raw[mark.end() :]
        label = forms.label(raw)
        if not label:
            continue
        s += len(raw) - len(raw.lstrip(" \u3000\t*"))
        e -= len(raw) - len(raw.rstrip(" \u3000\t*"))
        item = items[owner]
        base = key = f"{item.key}-{short_hash(label, length=10)}"
        while key in keys:
            key = f"{base}-{len(keys)}"
        keys.add(key)
        measure = item.cls == "Measure"
        issue = item.issue if measure else item.key
        named = None if measure else named_measure(label, issue, profile.tables.get("measure", ()), items)
        result.append(
            ProgressLine(
                key,
                label,
                s,
                e,
                doc.line_of(s),
                block.section,
                issue,
                (item.issue_basis if measure else "heading") if issue else None,
                item.key if measure else named,
                basis,
                *fields,
            )
        )
    return result
