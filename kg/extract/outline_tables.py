"""Typed tables (extraction stage): the rows of a table whose header names goals, issues or measures.

Takes a read document, a table block and the profile's column cues
(``[tables]``) and gives, row by row, the entries of each typed column (one
per line or ・ entry where a cell lists several) with the row's theme, owner and
schedule cells (the columns by :mod:`kg.extract.outline_table_columns`, the entries of a cell by
:mod:`kg.extract.outline_cells`).  A first column of names that no cue heads may be the theme column
(:mod:`kg.extract.outline_theme_columns`); one headed 「項目」 beside 「現状」 and 「課題」 columns names
each row's matter, no theme.  Of two measure columns, the first merged over rows of
the second (「柱 | 施策 | 主な取組」, a 施策 cell spanning its 取組) is a measure of the row's theme, as
its 取組 are.  Row heads that name what is done for a matter (「…に関する取組」) only group the rows, no
theme; a table whose typed columns hold figures none of which is aimed at (an indicator's values by area)
is statistics and gives no rows.
:mod:`kg.extract.outline` turns them into items and links.

A table that follows a list label (「以下に課題の例を示します」) but names no
column by a cue gives its rows as items of the label's type: the first column
that is not a row number.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field

from kg.extract import outline_table_columns as heads
from kg.extract.outline_cells import cell_entries, joined, without_entry_mark
from kg.extract.outline_figures import figures, statistics
from kg.extract.outline_theme_columns import KEY as _KEY
from kg.extract.outline_theme_columns import ROW_NUMBER as _ROW_NUMBER
from kg.extract.outline_theme_columns import TYPED, groups_rows, heads_rows, names_rows
from kg.extract.outline_theme_columns import plain as _plain
from kg.read.document import Block, BlockKind, Document


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
    # The cell naming the matter a row reviews (「| 項目 | 現状 | 課題 | 対応方針 |」: its 項目), no theme.
    topic: Block | None = None


def _rows(doc: Document, table: Block) -> list[list[Block]]:
    rows = [b for b in doc.children_of(table.index) if b.kind == BlockKind.ROW]
    return [[c for c in doc.children_of(r.index) if c.kind == BlockKind.CELL] for r in rows]


def header_cells(doc: Document, table: Block) -> list[str]:
    """The texts of a table's first row (its header), as written."""
    rows = _rows(doc, table)
    return [c.text for c in rows[0]] if rows else []


def typed_rows(
    doc: Document,
    table: Block,
    cues: dict[str, tuple[str, ...]],
    actions: Sequence[re.Pattern[str]] = (),
    groups: Sequence[re.Pattern[str]] = (),
) -> list[Row]:
    """The data rows of ``table`` if its header names a typed column, else nothing (``actions``: the
    profile's patterns of a name of what is done, by which a measure cell joining two by ・ is split;
    ``groups``: of a name of what is done for a matter, 「…に関する取組」, which groups rows, no theme).
    A row of bold names across the table (「| **機会** | **脅威** |」 under 「| 強み | 弱み |」) heads the
    rows below it as the first row heads those above: each part is read by its own header."""
    rows = _rows(doc, table)
    starts = [0, *(n for n, cells in enumerate(rows) if n > 1 and _header_again(cells, rows[0]))]
    return [
        row
        for at, end in zip(starts, [*starts[1:], len(rows)], strict=True)
        for row in _typed(doc, rows[at:end], cues, actions, groups)
    ]


# A header cell written bold (「**脅威**」): a short name, no sentence.
_BOLD_NAME = re.compile(r"^\*\*[^*。]{1,15}\*\*$")


def _header_again(cells: list[Block], header: list[Block]) -> bool:
    """Whether a row is a header again: as many cells as the first row, each a bold name alone."""
    return len(cells) == len(header) >= 2 and all(_BOLD_NAME.match(c.text.strip()) for c in cells)


def _typed(
    doc: Document,
    rows: list[list[Block]],
    cues: dict[str, tuple[str, ...]],
    actions: Sequence[re.Pattern[str]],
    groups: Sequence[re.Pattern[str]],
) -> list[Row]:
    """The data rows under the first of ``rows`` (their header), as :func:`typed_rows` gives them."""
    if len(rows) < 2:
        return []
    header = [_plain(c.text) for c in rows[0]]
    suffixes = tuple(_plain(s) for s in cues.get("suffixes", ()))
    if (fields := _field_rows(doc, rows, cues, suffixes)) is not None:
        return fields
    if header and header[0] in {_plain(c) for c in cues.get("period", ())}:
        return []  # 「| 年度 | 主な取組 |」: the plan's schedule, year by year
    columns = {
        k: heads.column(header, cues.get(k, ()), suffixes) for k in (*TYPED, "theme", "owner", "schedule")
    }
    # 「| 項目 | 課題 | 主な取組 |」: a first column headed as fields' names names each row's theme
    # (where its cells are names, not keys: 「（ア）」)
    field_names = {_plain(c) for c in cues.get("fields", ())}
    keyed = any(_KEY.match(_plain(cells[0].text)) for cells in rows[1:] if cells)
    named = [("" if n == 0 and h in field_names and not keyed else h) for n, h in enumerate(header)]
    # 「| 項目 | 現状 | 課題 | 整備方針 |」: a review of matters, the first column their topics, no theme
    topics = heads.topic_column(header, cues, suffixes)
    if topics:
        columns["theme"] = None
    at = columns["theme"]
    if at is not None and all(
        _KEY.match(_plain(c[at].text)) for c in rows[1:] if at < len(c) and c[at].text.strip()
    ):
        columns["theme"] = None  # 「| 区分 |」 over 「（ア）」, 「（イ）」: the rows' keys, no names
    # 「| フェーズ | 期間 | 主な取組 |」: the rows' phases, when their measures are done, no theme
    phased = bool(header) and header[0] in {_plain(c) for c in cues.get("phase", ())}
    # 「| 施設名 | 健全度 | 対策工法 |」: the facilities the rows' measures are done to, no theme
    assets = bool(header) and header[0] in {_plain(c) for c in cues.get("asset", ())}
    if phased or assets:
        columns["theme"] = None
    if (
        columns["theme"] is None
        and not topics
        and not phased
        and not assets
        and (
            names_rows(named, rows[1:], columns)
            or groups_rows(rows[1:], columns)
            or heads_rows(named, rows[1:], columns)
        )
    ):
        columns["theme"] = 0
    if columns["theme"] is None and heads.pillar_goals(header, cues, suffixes):
        columns["theme"] = 0  # 「| 基本目標 | 課題 | 主な取組 |」: the plan's pillars, each its row's theme
    outer_at, inner_at_theme = heads.nested_themes(header, cues, suffixes)
    if inner_at_theme is not None:
        columns["theme"] = inner_at_theme
    if _grouping(rows[1:], columns["theme"], groups):
        columns["theme"] = None  # 「| 捕獲に関する取組 | … | … |」: the kind of the row's action, no theme
    kpi = columns["kpi"]
    measures = cues.get("measure", ())
    # Every column a type's cue names (「施策」 and 「主な取組」 of a 工程表 are both measures).
    typed = [
        (cls, at)
        for k, cls in TYPED.items()
        for at in heads.columns(header, cues.get(k, ()), suffixes)
        if at not in (columns["theme"], outer_at)
        and at not in (columns["owner"], columns["schedule"])
        # right of a KPI column a 目標 column (「目標（R12）」) or a 目標値 one holds the indicator's
        # target value: one target a row
        and not (cls in ("Goal", "Target") and kpi is not None and kpi < at)
        # and right of a measure column a dated one (「目標（令和10年度）」) the measure's target value
        and not (
            cls == "Goal"
            and heads.dated(header[at])
            and any(m < at for m in heads.columns(header, measures, suffixes))
        )
    ]
    # 「| 法令名 | 関連する課題 |」 over 「1-1、3-2」: a column of the numbers of items stated elsewhere
    typed = [
        (cls, at)
        for cls, at in typed
        if cls not in ("Issue", "Measure") or not _numbers_only(header[at], rows[1:], at)
    ]
    # 「| 事業名 | 事業内容 |」, 「| 取組項目 | 取組内容 |」: the content beside a measure's name explains it;
    # so does a content written as sentences beside a measure (「| 施策 | 取組内容 |」 over 「…法に基づき、
    # …を行う。」), where one listing entries (「・…の開催<br>・…の実施」) names the measure's actions
    named_at = [at for cls, at in typed if cls == "Measure" and header[at].endswith(("名", "項目"))]
    left_at = [at for cls, at in typed if cls == "Measure" and not header[at].endswith("内容")]
    typed = [
        (cls, at)
        for cls, at in typed
        if not (
            cls == "Measure"
            and header[at].endswith("内容")
            and (any(n < at for n in named_at) or (any(n < at for n in left_at) and _sentences(rows[1:], at)))
        )
    ]
    typed += [("Measure", at) for at in _listed_contents(rows, header, cues, suffixes, typed)]
    cued = sorted(
        {
            *heads.columns(header, cues.get("goal", ()), suffixes),
            *heads.columns(header, cues.get("kpi", ()), suffixes),
        }
    )
    if statistics(rows[1:], header, typed, cued, tuple(_plain(a) for a in cues.get("aims", ()))):
        return []  # 「| 地区 | …指標 | 区分 |」 over 「0.82」: an indicator's values, none aimed at
    typed, value_at = figures(rows[1:], typed, columns, cued)
    if columns["theme"] is not None and ("Target", columns["theme"]) in typed:
        columns["theme"] = None
    plans: list[int] = []
    if [cls for cls, _ in typed] == ["Goal"]:
        # 「| 中期目標 | 中期計画 |」: the plan beside the goals lists the measures that answer them
        plans = [at for at in heads.columns(header, cues.get("plan", ())) if at > typed[0][1]]
        typed += [("Measure", at) for at in plans]
    if not typed:
        return []
    inner_at = _merged_over(rows[1:], [at for cls, at in typed if cls == "Measure"])
    typed = [(cls, at) for cls, at in typed if at != inner_at]
    result = []
    above: Block | None = None
    topic: Block | None = None
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
        if topics and cells and cells[0].text.strip():
            topic = cells[0]
        row.topic = topic if topics else None
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
            merged = (
                previous is not None
                and at < min(len(previous), len(cells))
                and previous[at].text == cells[at].text
            )
            if at < len(cells) and cells[at].text.strip() and not merged:
                spans = [
                    (without_entry_mark(doc.text, s, e), e) for s, e in cell_entries(doc.text, cells[at])
                ]
                if cls == "Measure":
                    spans = [part for s, e in spans for part in joined(doc.text, s, e, actions)]
                row.entries += [(cls, cells[at], s, e) for s, e in spans]
        result.append(row)
        previous = cells
    return result


# A cell that lists items' numbers alone (「1-1、1-2、3-2」, 「2.1・2.3」, 「課題3」, 「課題3関係」):
# references, no names.
_NUMBER_LIST = re.compile(
    r"(?:[^\s0-9、，,・]{0,4}?[0-9]{1,2}(?:[.\-‐ー−][0-9]{1,2})*)(?:[ \u3000]*(?:[、，,・]|及び)[ \u3000]*"
    r"[^\s0-9、，,・]{0,4}?[0-9]{1,2}(?:[.\-‐ー−][0-9]{1,2})*)*(?P<related>関係|関連)?"
)


# A header naming the items a row relates to (「関連する課題」, 「関係施策」, 「対応する課題」), not its own.
_RELATED = re.compile(r"^(?:関連|関係|対応|該当)(?:する|した)?")


def _numbers_only(header: str, rows: list[list[Block]], at: int) -> bool:
    """Whether a column refers to items stated elsewhere: every cell that holds anything lists items'
    numbers alone, and its header names them as related (「関連する課題」), a cell lists several
    (「1-1、3-1」) or says it relates to one (「課題1関係」).  A status table's column of single numbers
    (「| 施策 |」 over 「A-1」) names the item each row reports on, and is read
    (:mod:`kg.extract.outline_restated`)."""
    texts = [unicodedata.normalize("NFKC", c[at].text).strip() for c in rows if at < len(c)]
    texts = [t for t in texts if t and t not in ("-", "―", "－", "ー")]
    listed = [_NUMBER_LIST.fullmatch(t) for t in texts]
    if not texts or not all(listed):
        return False
    return (
        _RELATED.match(header) is not None
        or any(re.search(r"[、，,・]|及び", t) for t in texts)
        or any(m is not None and m["related"] for m in listed)  # 「課題1関係」: what the row relates to
    )


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


def _sentences(rows: list[list[Block]], at: int) -> bool:
    """Whether every filled cell of a column is prose on one line (「…を行う。」), no entry list."""
    texts = [c[at].text.strip() for c in rows if at < len(c) and c[at].text.strip()]
    return bool(texts) and all("\n" not in t and t.endswith("。") and not t.startswith("・") for t in texts)


def _listed_contents(
    rows: list[list[Block]],
    header: list[str],
    cues: dict[str, tuple[str, ...]],
    suffixes: tuple[str, ...],
    typed: list[tuple[str, int]],
) -> list[int]:
    """The columns headed as a content (``contents``: 「内容」, 「実施内容」, 「主な内容」) right of a measure
    column, no type's cue of their own, whose filled cells each list ・ entries: the measure's actions.

    A content written as prose (「| 施策 | 内容 |」 over 「…を行います。」) explains the measure, no item.
    """
    contents = tuple(_plain(c) for c in cues.get("contents", ()))
    measures = [at for cls, at in typed if cls == "Measure"]
    if not contents or not measures:
        return []
    cued = {at for k in TYPED for at in heads.columns(header, cues.get(k, ()), suffixes)}
    found = []
    for at, name in enumerate(header):
        name = heads.BRACKETED_TAIL.sub("", name) or name
        if at in cued or at < min(measures) or not name.endswith(contents):
            continue
        cells = [c[at].text.strip() for c in rows[1:] if at < len(c) and c[at].text.strip()]
        if cells and all(t.startswith("・") for t in cells):
            found.append(at)
    return found


def _grouping(rows: list[list[Block]], at: int | None, groups: Sequence[re.Pattern[str]]) -> bool:
    """Whether every filled cell of the theme column names what is done for a matter (「防除に関する
    取組」, 「…のための対策」): the rows grouped by the kind of their action, which names no theme."""
    if at is None or not groups:
        return False
    names = [_plain(cells[at].text) for cells in rows if at < len(cells) and cells[at].text.strip()]
    return bool(names) and all(any(g.search(name) for g in groups) for name in names)


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
        if heads.column([key], cues.get(k, ()), suffixes) == 0:
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
        return any(heads.column([key], cues.get(k, ()), suffixes) == 0 for k in kinds)

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
        if heads.column([name], cues.get("owner", ()), suffixes) == 0 and value.text.strip():
            row.owner = row.owner or value
        if heads.column([name], cues.get("theme", ()), suffixes) == 0 and value.text.strip():
            row.theme = row.theme or value  # 「政策体系」: the theme the fields' items stand in
        cls = _field_type(name, cues, suffixes)
        if cls is not None and value.text.strip():
            row.entries += [(cls, value, s, e) for s, e in cell_entries(doc.text, value)]
    return [row] if row.entries else []
