"""Typed tables (extraction stage): the rows of a table whose header names goals, issues or measures.

Takes a read document, a table block and the profile's column cues
(``[tables]``) and gives, row by row, the entries of each typed column (one
per line or ・ entry where a cell lists several) with the row's theme, owner and
schedule cells.  A first column of names that no cue heads may be the theme column
(:mod:`kg.extract.outline_theme_columns`).  Of two measure columns, the first merged over rows of
the second (「柱 | 施策 | 主な取組」, a 施策 cell spanning its 取組) is a measure of the row's theme, as
its 取組 are.
:mod:`kg.extract.outline` turns them into items and links.

A table that follows a list label (「以下に課題の例を示します」) but names no
column by a cue gives its rows as items of the label's type: the first column
that is not a row number.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field

from kg.extract.outline_figures import figures
from kg.extract.outline_theme_columns import KEY as _KEY
from kg.extract.outline_theme_columns import ROW_NUMBER as _ROW_NUMBER
from kg.extract.outline_theme_columns import TYPED, groups_rows, heads_rows, names_rows
from kg.extract.outline_theme_columns import plain as _plain
from kg.read.document import Block, BlockKind, Document

# A ・ that opens an entry: at the start of the cell, after a space or line break, or after a
# tag (「・A<br>・B」 as a Markdown cell writes a line break).
_BULLET_IN_CELL = re.compile(r"(?:^|(?<=\s)|(?<=>))・")
_TRAILING = re.compile(r"(?:<[^<>\n]*>|\s)+$")


@dataclass(slots=True)
class Row:
    """One data row: its typed entries as (class, cell, start, end), and its other cells."""

    entries: list[tuple[str, Block, int, int]] = field(default_factory=list)
    theme: Block | None = None
    owner: Block | None = None
    schedule: Block | None = None
    # Goals stated left of the theme column (「基本目標 | 施策の方向 | 主な取組」) stand over the theme.
    goals_over_theme: bool = False
    # A theme column left of the row's (「基本方針 | 施策の方向性 | 主な事業」): the theme its own is within.
    outer_theme: Block | None = None
    # A measure column merged over the rows of the one right of it (「柱 | 施策 | 主な取組」 with the
    # 施策 cell spanning its 取組): a measure of the row's theme, read once for the rows it spans.
    merged_measure: Block | None = None
    # The cell giving the value a row's target sets (「| 指標 | 現状値 | 目標値 |」: its 目標値).
    value: Block | None = None


def _rows(doc: Document, table: Block) -> list[list[Block]]:
    rows = [b for b in doc.children_of(table.index) if b.kind == BlockKind.ROW]
    return [[c for c in doc.children_of(r.index) if c.kind == BlockKind.CELL] for r in rows]


_BRACKETED_TAIL = re.compile(r"\([^()]*\)$")


def _dated(header: str) -> bool:
    """Whether a column header closes with a bracketed date (「目標（令和10年度）」, 「目標(R12)」).

    >>> _dated("目標(令和10年度)"), _dated("目指す姿"), _dated("目標(R12)")
    (True, False, True)
    """
    tail = _BRACKETED_TAIL.search(header)
    return tail is not None and any(ch.isdigit() for ch in tail[0])


def _columns(header: list[str], cues: tuple[str, ...], suffixes: tuple[str, ...] = ()) -> list[int]:
    """Every column :func:`_column` would name, left to right.

    >>> _columns(["施策", "主な取組", "2025年度"], ("施策", "取組"))
    [0, 1]
    """
    return [n for n in range(len(header)) if _column(header[n : n + 1], cues, suffixes) == 0]


def _column(header: list[str], cues: tuple[str, ...], suffixes: tuple[str, ...] = ()) -> int | None:
    """The column whose header is a cue, ends with one, or with one and a suffix (「施策名」,
    「政策・施策名」), a bracketed note after it left out (「目指す姿（2030年）」).

    >>> _column(["分野", "現状", "目指す姿(2030年)"], ("目指す姿",)), _column(["施策名"], ("施策",), ("名",))
    (2, 0)
    >>> _column(["政策・施策名"], ("施策",), ("名",))
    0
    """
    wanted = tuple(_plain(c) for c in cues)
    for n, cell in enumerate(header):
        cell = _BRACKETED_TAIL.sub("", cell) or cell
        if any(cell == c or cell.endswith(c) or any(cell.endswith(c + s) for s in suffixes) for c in wanted):
            return n
    return None


def cell_entries(text: str, cell: Block) -> list[tuple[int, int]]:
    """The entries of a cell that lists them, one a line (``<br>``) or one a ・, else the whole cell.

    A line that ends with a comma goes on on the next (a break inside a sentence),
    and a line that ends with a colon labels the lines after it.

    >>> from kg.read.document import Block, BlockKind
    >>> cell_entries("・添付書類が多い ・窓口が複数", Block(BlockKind.CELL, "", 0, 17, 1, 1))
    [(1, 8), (10, 15)]
    >>> cell_entries("・書類の削減<br>・研修", Block(BlockKind.CELL, "", 0, 14, 1, 1))
    [(1, 6), (11, 13)]
    >>> t = "待ち時間が長い<br>案内が少ない"
    >>> [t[s:e] for s, e in cell_entries(t, Block(BlockKind.CELL, "", 0, len(t), 1, 1))]
    ['待ち時間が長い', '案内が少ない']
    """
    value = text[cell.start : cell.end]
    lines = _cell_lines(value)
    if len(lines) < 2:
        return _bullets(value, cell.start)
    spans = []
    for n, (start, end) in enumerate(lines):
        if n + 1 < len(lines) and value[start:end].endswith(_LABEL_END):
            continue
        spans += _bullets(value[start:end], cell.start + start)
    return spans


_CELL_BREAK = re.compile(r"<br\s*/?>", re.IGNORECASE)
_GOES_ON = ("、", "，", ",")
_LABEL_END = ("：", ":")


def _cell_lines(value: str) -> list[tuple[int, int]]:
    """The non-empty lines of a cell (between ``<br>`` tags), trimmed; a line ending in a comma
    joined to the next."""
    lines: list[tuple[int, int]] = []
    at = 0
    joined = False
    for m in [*_CELL_BREAK.finditer(value), None]:
        stop = m.start() if m is not None else len(value)
        piece = value[at:stop]
        if piece.strip():
            start = at + len(piece) - len(piece.lstrip())
            end = at + len(piece.rstrip())
            if joined and lines:
                lines[-1] = (lines[-1][0], end)
            else:
                lines.append((start, end))
            joined = value[start:end].endswith(_GOES_ON)
        at = m.end() if m is not None else len(value)
    return lines


def _bullets(value: str, offset: int) -> list[tuple[int, int]]:
    """The ・ entries of ``value`` (one or several), else the whole of it, as spans from ``offset``."""
    marks = [m.start() for m in _BULLET_IN_CELL.finditer(value)]
    if not marks or (len(marks) == 1 and value[: marks[0]].strip()):
        lead = len(value) - len(value.lstrip())
        body = _TRAILING.sub("", value.strip())
        return [(offset + lead, offset + lead + len(body))] if body else []
    spans = []
    for n, at in enumerate(marks):
        stop = marks[n + 1] if n + 1 < len(marks) else len(value)
        piece = value[at + 1 : stop]
        lead = len(piece) - len(piece.lstrip())
        body = _TRAILING.sub("", piece.strip())
        if body:
            spans.append((offset + at + 1 + lead, offset + at + 1 + lead + len(body)))
    return spans


_JOIN = "・"
_JOINED_PART_CHARS = 6
# An item's cue and number before its name, a space after them (「施策2.1.1 」, 「1-2　」, 「【課題3】 」).
_ITEM_NUMBER = re.compile(
    r"^[【\[〔]?[^\s0-9０-９【】]{0,6}?[0-9０-９]{1,2}(?:[.\-‐ー−．－][0-9０-９]{1,2})*"
    r"[】\]〕]?[ \u3000：:.．]+"
)


def _joined(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A measure cell joining two by ・ (「海外起業家の受入れ環境整備・在留資格の見直し」) as its two; a ・
    between short words (「防災・減災の推進」, 「標準化・共通化」) joins no measures.

    >>> t = "海外起業家の受入れ環境整備・在留資格の見直し"
    >>> [t[s:e] for s, e in _joined(t, 0, len(t))]
    ['海外起業家の受入れ環境整備', '在留資格の見直し']
    >>> _joined("自治体情報システムの標準化・共通化", 0, 17)
    [(0, 17)]
    >>> _joined("施策2.1.1 子育て・介護手続のオンライン化", 0, 23)
    [(0, 23)]
    """
    value = text[start:end]
    if value.count(_JOIN) != 1 or "。" in value:
        return [(start, end)]
    left, right = value.split(_JOIN)
    # the item's cue and number are no words of its name (「施策2.1.1 子育て・介護手続のオンライン化」)
    name = _ITEM_NUMBER.sub("", left.strip(), count=1)
    if min(len(name), len(right.strip())) < _JOINED_PART_CHARS:
        return [(start, end)]
    return [(start, start + len(left)), (start + len(left) + 1, end)]


def typed_rows(doc: Document, table: Block, cues: dict[str, tuple[str, ...]]) -> list[Row]:
    """The data rows of ``table`` if its header names a typed column, else nothing."""
    rows = _rows(doc, table)
    if len(rows) < 2:
        return []
    header = [_plain(c.text) for c in rows[0]]
    suffixes = tuple(_plain(s) for s in cues.get("suffixes", ()))
    if (fields := _field_rows(doc, rows, cues, suffixes)) is not None:
        return fields
    if header and header[0] in {_plain(c) for c in cues.get("period", ())}:
        return []  # 「| 年度 | 主な取組 |」: the plan's schedule, year by year
    columns = {k: _column(header, cues.get(k, ()), suffixes) for k in (*TYPED, "theme", "owner", "schedule")}
    # 「| 項目 | 現状 | 課題 | 対応方針 |」: a first column headed as fields' names names each row's theme
    # (where its cells are names, not keys: 「（ア）」)
    field_names = {_plain(c) for c in cues.get("fields", ())}
    keyed = any(_KEY.match(_plain(cells[0].text)) for cells in rows[1:] if cells)
    named = [("" if n == 0 and h in field_names and not keyed else h) for n, h in enumerate(header)]
    at = columns["theme"]
    if at is not None and all(
        _KEY.match(_plain(c[at].text)) for c in rows[1:] if at < len(c) and c[at].text.strip()
    ):
        columns["theme"] = None  # 「| 区分 |」 over 「（ア）」, 「（イ）」: the rows' keys, no names
    if columns["theme"] is None and (
        names_rows(named, rows[1:], columns)
        or groups_rows(rows[1:], columns)
        or heads_rows(named, rows[1:], columns)
    ):
        columns["theme"] = 0
    if columns["theme"] is None and _pillar_goals(header, cues, suffixes):
        columns["theme"] = 0  # 「| 基本目標 | 課題 | 主な取組 |」: the plan's pillars, each its row's theme
    outer_at, inner_at_theme = _nested_themes(header, cues, suffixes)
    if inner_at_theme is not None:
        columns["theme"] = inner_at_theme
    kpi = columns["kpi"]
    measures = cues.get("measure", ())
    # Every column a type's cue names (「施策」 and 「主な取組」 of a 工程表 are both measures).
    typed = [
        (cls, at)
        for k, cls in TYPED.items()
        for at in _columns(header, cues.get(k, ()), suffixes)
        if at not in (columns["theme"], outer_at)
        and at not in (columns["owner"], columns["schedule"])
        # right of a KPI column a 目標 column (「目標（R12）」) or a 目標値 one holds the indicator's
        # target value: one target a row
        and not (cls in ("Goal", "Target") and kpi is not None and kpi < at)
        # and right of a measure column a dated one (「目標（令和10年度）」) the measure's target value
        and not (
            cls == "Goal" and _dated(header[at]) and any(m < at for m in _columns(header, measures, suffixes))
        )
    ]
    # 「| 事業名 | 事業内容 |」, 「| 取組項目 | 取組内容 |」: the content beside a measure's name explains it
    named_at = [at for cls, at in typed if cls == "Measure" and header[at].endswith(("名", "項目"))]
    typed = [
        (cls, at)
        for cls, at in typed
        if not (cls == "Measure" and header[at].endswith("内容") and any(n < at for n in named_at))
    ]
    cued = sorted(
        {*_columns(header, cues.get("goal", ()), suffixes), *_columns(header, cues.get("kpi", ()), suffixes)}
    )
    typed, value_at = figures(rows[1:], typed, columns, cued)
    if columns["theme"] is not None and ("Target", columns["theme"]) in typed:
        columns["theme"] = None
    plans: list[int] = []
    if [cls for cls, _ in typed] == ["Goal"]:
        # 「| 中期目標 | 中期計画 |」: the plan beside the goals lists the measures that answer them
        plans = [at for at in _columns(header, cues.get("plan", ())) if at > typed[0][1]]
        typed += [("Measure", at) for at in plans]
    if not typed:
        return []
    inner_at = _merged_over(rows[1:], [at for cls, at in typed if cls == "Measure"])
    typed = [(cls, at) for cls, at in typed if at != inner_at]
    result = []
    above: Block | None = None
    inner: Block | None = None
    outer: Block | None = None
    previous: list[Block] | None = None
    goal_at, theme_at = columns["goal"], columns["theme"]
    # goals stated left of the theme column, or in a 対照表 beside their plan, stand over the theme
    over = goal_at is not None and ((theme_at is not None and goal_at < theme_at) or bool(plans))
    for cells in rows[1:]:
        heading = _heading_row(cells, previous)
        if heading is not None:  # a row of headings across the columns: a part, or its theme
            above = None if heading == "part" else cells[0]
            result.append(Row(theme=above))
            previous = cells
            continue
        if _noted(cells):
            continue

        def cell(key: str, cells: list[Block] = cells) -> Block | None:
            at = columns[key]
            return cells[at] if at is not None and at < len(cells) and cells[at].text.strip() else None

        # A theme cell left empty below a filled one is that cell merged over the rows it spans.
        above = cell("theme") or above
        if outer_at is not None and outer_at < len(cells) and cells[outer_at].text.strip():
            outer = cells[outer_at]
        row = Row(theme=above, owner=cell("owner"), schedule=cell("schedule"), goals_over_theme=over)
        row.outer_theme = outer
        if value_at is not None and value_at < len(cells) and cells[value_at].text.strip():
            row.value = cells[value_at]
        if inner_at is not None:
            new_theme = columns["theme"] is not None and cell("theme") is not None
            if _carried(cells, previous, inner_at):  # merged over this row: the one above
                inner = None if new_theme and not (inner_at < len(cells) and cells[inner_at].text) else inner
            else:
                inner = cells[inner_at]
            row.merged_measure = inner
        for cls, at in typed:
            # A cell that repeats the one above is one merged over both rows (Word writes it in each).
            merged = previous is not None and at < len(previous) and previous[at].text == cells[at].text
            if at < len(cells) and cells[at].text.strip() and not merged:
                spans = cell_entries(doc.text, cells[at])
                if cls == "Measure":
                    spans = [part for s, e in spans for part in _joined(doc.text, s, e)]
                row.entries += [(cls, cells[at], s, e) for s, e in spans]
        result.append(row)
        previous = cells
    return result


# A goal column that names a plan's pillars, the top of its 施策体系 (「基本目標」), not a goal stated.
_PILLAR_GOALS = ("基本目標",)


def _pillar_goals(header: list[str], cues: dict[str, tuple[str, ...]], suffixes: tuple[str, ...]) -> bool:
    """Whether the first column is a plan's 基本目標 beside issue or measure columns right of it, and no
    theme column: each row's 基本目標 is the theme its issues and measures stand in.

    >>> _pillar_goals(["基本目標", "課題", "主な取組"], {"issue": ("課題",), "measure": ("取組",)}, ())
    True
    >>> _pillar_goals(["施策", "目標"], {"measure": ("施策",)}, ())
    False
    """
    if not header or _BRACKETED_TAIL.sub("", header[0]) not in _PILLAR_GOALS:
        return False
    return any(at > 0 for k in ("issue", "measure") for at in _columns(header, cues.get(k, ()), suffixes))


def _nested_themes(
    header: list[str], cues: dict[str, tuple[str, ...]], suffixes: tuple[str, ...]
) -> tuple[int | None, int | None]:
    """Of two theme columns side by side left of the typed ones (「基本方針 | 施策の方向性 | 主な事業」), the
    outer and the inner (the row's items stand in the inner one, within the outer), else (None, None).

    >>> _nested_themes(["方針", "方向", "事業"], {"theme": ("方針", "方向"), "measure": ("事業",)}, ())
    (0, 1)
    """
    themes = _columns(header, cues.get("theme", ()), suffixes)
    if len(themes) != 2 or themes[1] != themes[0] + 1:
        return None, None
    typed = [at for k in TYPED for at in _columns(header, cues.get(k, ()), suffixes) if at not in themes]
    if not typed or min(typed) < themes[1]:
        return None, None
    return themes[0], themes[1]


# A section heading's number across a 対照表 (「第2　…に関する事項 | 第1　…とるべき措置」): a part, no theme.
_PART_NUMBER = re.compile(r"^第[0-9０-９一二三四五六七八九十]+[\s\u3000]")
_HEADING_NUMBER = re.compile(r"^(?:[0-9０-９]{1,2}|[（(][0-9０-９]{1,2}[）)])[.．]?[\s\u3000]+(?=\S)")
# A row labelled by a bracketed note alone (「（数値目標）」, 「（参考）」): targets or notes, no items.
_NOTE_LABEL = re.compile(r"^[（(][^（()）0-9０-９a-zA-Zア-ン]{2,10}[）)]$")


def _heading_row(cells: list[Block], previous: list[Block] | None = None) -> str | None:
    """「part」 where every cell of a row opens with a section number (「第2」), 「theme」 where the cells
    are one numbered heading written in each column (「1　救急医療の充実 | 1　救急医療の充実」) or a row of
    three or more cells names one alone in its first, else None."""
    texts = [c.text.strip() for c in cells]
    first = texts[0].strip("*").strip() if texts else ""
    # 「| **(1) 妊娠・出産期の支援** | | |」: a numbered or bold name alone across the row, its section
    # (the other cells blank, or merged over it from the row above, as Word writes them in each row)
    above = [c.text.strip() for c in previous] if previous is not None else []
    blank = all(not t or (n < len(above) and t == above[n]) for n, t in enumerate(texts) if n)
    alone = len(texts) >= 3 and bool(first) and blank and "。" not in first
    if alone and (_HEADING_NUMBER.match(first) or texts[0].startswith("**")):
        return "theme"
    if len(texts) < 2 or not all(texts):
        return None
    if all(_PART_NUMBER.match(t) for t in texts):
        return "part"
    if any("。" in t for t in texts):
        return None
    if all(_HEADING_NUMBER.match(t) for t in texts) and len({_plain(t) for t in texts}) == 1:
        return "theme"
    return None


def _noted(cells: list[Block]) -> bool:
    return bool(cells) and _NOTE_LABEL.match(cells[0].text.strip()) is not None


def _merged_over(rows: list[list[Block]], measures: list[int]) -> int | None:
    """The first of two or more measure columns where a cell is left empty beside a filled one of a
    later measure column (merged over its rows), else None."""
    if len(measures) < 2:
        return None
    first, later = measures[0], measures[1:]
    merged = any(
        _carried(cells, previous, first) and not any(_carried(cells, previous, at) for at in later)
        for previous, cells in itertools.pairwise(rows)
    )
    return first if merged and not _carried(rows[0], None, first) else None


def _carried(cells: list[Block], previous: list[Block] | None, at: int) -> bool:
    """Whether a row's cell is empty or repeats the cell above it (as Word writes a merged cell)."""
    if at >= len(cells) or not cells[at].text.strip():
        return True
    return previous is not None and at < len(previous) and previous[at].text == cells[at].text


def labelled_rows(doc: Document, table: Block, cls: str) -> list[Row]:
    """The rows of a table a list label introduces: its first column that is not a row number."""
    rows = _rows(doc, table)
    if len(rows) < 2:
        return []
    header = [_plain(c.text) for c in rows[0]]
    at = next((n for n, h in enumerate(header) if h and not _ROW_NUMBER.match(h)), None)
    if at is None:
        return []
    return [
        Row(entries=[(cls, cells[at], s, e) for s, e in cell_entries(doc.text, cells[at])])
        for cells in rows[1:]
        if at < len(cells) and cells[at].text.strip()
    ]


# What a field's name is typed as, the first that names it winning (「成果目標」 is a target, not a goal).
_FIELD_ORDER = (("kpi", "Target"), ("issue", "Issue"), ("measure", "Measure"), ("goal", "Goal"))


def _field_type(key: str, cues: dict[str, tuple[str, ...]], suffixes: tuple[str, ...]) -> str | None:
    for k, cls in _FIELD_ORDER:
        if _column([key], cues.get(k, ()), suffixes) == 0:
            return cls
    return None


def _field_rows(
    doc: Document, rows: list[list[Block]], cues: dict[str, tuple[str, ...]], suffixes: tuple[str, ...]
) -> list[Row] | None:
    """The items of a two-column table of fields (「| 事業名 | … |」, 「| 事業の目的 | … |」), else None.

    A table is one of fields when its header is a name and a value column (``fields``:
    「| 項目 | 記載内容 |」), or when its header row is a field itself (「| 施策名 | 地域の情報化の推進 |」)
    and each field below is named by a cue (担当部局, or a note's: 施策の概要).  A field whose name is a
    type's cue gives its value as an item of that type; an owner field names the items' 担当.
    """
    if any(len(cells) != 2 for cells in rows):
        return None
    header = [_plain(c.text) for c in rows[0]]
    names = tuple(_plain(c) for c in cues.get("fields", ()))
    kinds = ("kpi", "issue", "measure", "goal", "theme", "owner", "schedule", "note")

    def named(key: str) -> bool:
        return any(_column([key], cues.get(k, ()), suffixes) == 0 for k in kinds)

    if header[0] in names and not named(header[1]):
        body = rows[1:]
    elif (
        _field_type(header[0], cues, suffixes)
        and not named(header[1])
        and all(named(_plain(c[0].text)) for c in rows[1:])
    ):
        body = rows
    else:
        return None
    row = Row()
    for key, value in body:
        name = _plain(key.text)
        if _column([name], cues.get("owner", ()), suffixes) == 0 and value.text.strip():
            row.owner = row.owner or value
        if _column([name], cues.get("theme", ()), suffixes) == 0 and value.text.strip():
            row.theme = row.theme or value  # 「政策体系」: the theme the fields' items stand in
        cls = _field_type(name, cues, suffixes)
        if cls is not None and value.text.strip():
            row.entries += [(cls, value, s, e) for s, e in cell_entries(doc.text, value)]
    return [row] if row.entries else []
