"""Table rules of the cue reader (extraction stage): the rows of typed tables as items and links.

Takes the rows :mod:`kg.extract.outline_tables` reads (through the reader in
:mod:`kg.extract.outline`, which this class is a part of) and gives one item per
typed entry, each part of the theme its row's theme cell names (a theme heading of
that name or number; a new theme where the table's theme cells name none of the
document's themes), a row's measure addressing its one issue and contributing to
its goal, and its 担当 and スケジュール cells.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kg.extract import outline_cells as cells
from kg.extract import outline_forms as forms
from kg.extract import outline_tables as tables
from kg.extract.outline_forms import Found, plain
from kg.extract.outline_tagged import TaggedEntryRules
from kg.extract.profiles import Profile
from kg.extract.progress_lines import table_rows
from kg.extract.progress_numbered import numbered_rows
from kg.read.document import Block, BlockKind, Document, Section

# The parts of a theme cell that names a theme within a theme (「政策２　健康・福祉 ＞ 施策２－３　…」).
_CHAIN = re.compile(r"[^＞>≫→\s\u3000][^＞>≫→]*[^＞>≫→\s\u3000]")


class RowRules(TaggedEntryRules):
    """The table rules; the reader that holds them gives the document, profile, items and ``add``.

    Before the tables, the bullets tagged with their owner (:mod:`kg.extract.outline_tagged`), whose
    notes are a row's 担当 and 根拠法令 cells written after the entry."""

    doc: Document
    p: Profile
    skipped: set[int]
    navigation: set[int]
    found: list[Found]

    def add(self, cls: str, block: Block, rule: str, start: int | None = None, end: int | None = None,
            **extra: object) -> int | None:  # fmt: skip
        raise NotImplementedError

    if TYPE_CHECKING:

        def title(self, section: Section) -> str:
            raise NotImplementedError

        def heading_block(self, section: int) -> Block:
            raise NotImplementedError

    def _tables(self) -> None:
        self._tagged_entries()  # bullets closing with who carries them out (「…（担当：…課）」)
        cues = {k: v for k, v in self.p.tables.items()}
        self.merged_measures: set[int] = set()  # the starts of merged measure cells read
        # a status table naming its items by number (「| 施策 | 状況 |」 over 「| 1-1 | … |」) lists none
        numbered = {t.index for t, rows in table_rows(self.doc) if numbered_rows(rows, self.p)}
        for table in self.doc.blocks_of(BlockKind.TABLE):
            if table.section not in self.skipped and table.index not in numbered:
                groups = self.p.tree.get("over_themes", ())
                rows = tables.typed_rows(self.doc, table, cues, self._actions(), groups)
                # A table whose theme cells name none of the document's themes has its own.
                own = not any(self._theme_matching(r.theme) is not None for r in rows if r.theme is not None)
                above: list[int | None] = [None]  # the issue of the row above, for the rows under it
                for row in rows:
                    self._row(row, own, above)
                if any(row.entries for row in rows):
                    self._caption(table)
        self._measure_headings_over_tables()
        self._table_headings()

    def _caption(self, table: Block) -> None:
        """A heading over a typed table whose title restates a column's header (「（3）これまでに講じた
        対策」 over 「| | これまでに講じた対策 | 課題 |」): the table's caption, naming what its rows are,
        no item and no theme."""
        if table.section is None:
            return
        section = self.doc.sections[table.section]
        header = tables.header_cells(self.doc, table)
        if plain(self.title(section)) in {plain(h) for h in header if h.strip()}:
            self.navigation.add(section.index)

    def _actions(self) -> tuple[re.Pattern[str], ...]:
        """What names an action, by which a measure cell joining two by ・ is split: a heading's action
        (``tree.action``: 「…の耐震化」) or a bullet's (``combined.measure_predicate``: 「…の一本化」)."""
        return (*self.p.tree.get("action", ()), *self.p.combined_predicates.get("measure", ()))

    def _measure_headings_over_tables(self) -> None:
        """A heading named as a measure by its cue and number (「### 重点施策1　…」, 「### 基本施策2　…」)
        with no sub-headings, over a table whose rows are measures with their owner or dates and stand in
        no theme (「| 具体的な取組 | 実施主体 | 時期 |」): the heading is the theme those rows (their issues
        too) stand under, no measure of its own."""
        rows: dict[int, list[Found]] = {}
        for f in self.found:
            if f.rule == "table_row" and f.cls == "Measure" and f.section is not None:
                theme = self.found[f.theme] if f.theme is not None else None
                if theme is None or (theme.rule == "table_row" and theme.theme is None):
                    rows.setdefault(f.section, []).append(f)
        patterns = self.p.item_numbers.get("measure", ())
        for n, f in enumerate(self.found):
            if f.cls != "Measure" or f.rule != "heading" or f.section not in rows:
                continue
            number, _ = forms.split_title(self.title(self.doc.sections[f.section]), patterns)
            if number is None or not any(ch.isdigit() for ch in number):
                continue  # 「事業名：…」 over its fields: the measure the sheet is about
            # rows standing in themes of their own (「| 課題 | 取組の方向 | 主な事業 |」): the heading is
            # the theme those stand within
            themed = [
                g for g in self.found if g.rule == "table_row" and g.cls == "Theme" and g.section == f.section
            ]
            if not themed and not any(g.owner is not None or g.schedule is not None for g in rows[f.section]):
                continue  # rows with no 実施主体 or 時期 of their own: the heading's parts (it is a measure)
            section = self.doc.sections[f.section]
            heading = self.heading_block(f.section)
            if section.children or not heading.start <= f.start < heading.end:
                continue
            others = [g for g in self.found if g.section == f.section and g is not f]
            if any(g.rule != "table_row" for g in others if g.cls in ("Measure", "Issue")):
                continue  # measures of its own besides the table's: the heading is one of them
            f.cls = "Theme"
            # the rows' measures and the issues beside them (「| 課題 | 改善策 | 実施時期 |」), or the
            # themes they stand in
            for g in others:
                if g.rule == "table_row" and g.cls in ("Measure", "Issue", "Theme") and g.theme is None:
                    g.theme, g.theme_basis = n, "heading"

    def _table_headings(self) -> None:
        """Headings side by side (two or more under one parent), each over a table whose rows name no
        theme (「## 子育て支援」 over a 施策名 | 概要 table): each heading is the theme of its rows, unless it
        names a part of the document, a unit that reports (「## 子育て支援課」: the rows' owner), a
        sheet by its number alone (「## 事業番号 0241」) or the kind of the rows by what they are for
        (``tree.over_themes``: 「## 商業の活性化のための事業」 over its projects)."""
        held: dict[int, list[Found]] = {}
        for f in self.found:
            if f.rule == "table_row" and f.theme is None and f.cls != "Theme" and f.section is not None:
                held.setdefault(f.section, []).append(f)
        heads = self.p.headings
        cues = ("goal", "issue", "measure", "kpi", "theme", "schedule")
        by_parent: dict[int | None, list[int]] = {}
        for section in held:
            at = self.doc.sections[section]
            if (
                section in self.skipped
                or section in self.navigation
                or at.children
                or forms.about_document(self.title(at), self.p)
                or plain(self.title(at))[-1:].isdigit()  # 「事業番号 0241」: a sheet named by its number
                or any(
                    p.search(plain(self.title(at))) for p in (*self.p.about, *self.p.tree.get("section", ()))
                )
                or any(forms.names_list(self.title(at), heads[k]) for k in cues)
                or any(p.search(plain(self.title(at))) for p in self.p.tree.get("over_themes", ()))
            ):
                continue
            by_parent.setdefault(at.parent, []).append(section)
        for sections in by_parent.values():
            if len(sections) < 2:
                continue
            for section in sections:
                theme = self.add("Theme", self.heading_block(section), "heading")
                if theme is None:
                    continue
                for f in held[section]:
                    f.theme, f.theme_basis = theme, "heading"

    def _theme_matching(self, cell: Block) -> int | None:
        """The theme a theme cell names by its name or number (「テーマ1」 for 「重点テーマ1：…」)."""
        name = plain(cell.text)
        ordinal = forms.theme_ordinal(cell.text, self.p.theme_numbers)
        for n, at in enumerate(self.found):
            if at.cls != "Theme":
                continue
            label = plain(at.label)
            if name and (label == name or label in name or name in label):
                return n
            if ordinal and ordinal == forms.theme_ordinal(
                self.doc.text[at.start : at.end], self.p.theme_numbers
            ):
                return n
        return None

    def _theme_named(self, cell: Block, own: bool, outer: int | None = None) -> int | None:
        """The theme a row's theme cell names; where the table has its own, a new one (without its number),
        within ``outer`` where the row names the theme it is within."""
        theme = self._theme_matching(cell)
        if theme is not None or not own:
            return theme
        basis = "table_row" if outer is not None else None
        text = self.doc.text[cell.start : cell.end]
        if len(parts := list(_CHAIN.finditer(text))) > 1:
            return self._theme_chain(cell, parts)
        written = text.strip().strip("*").strip()  # 「**(1) 妊娠・出産期の支援**」: the name within its bold
        number, rest = forms.split_title(written, (*self.p.theme_numbers, *self.p.numbers))
        if number is None and written == text.strip():
            return self.add("Theme", cell, "table_row", theme=outer, theme_basis=basis)
        start = cell.start + text.index(rest)
        return self.add("Theme", cell, "table_row", start, start + len(rest), theme=outer, theme_basis=basis)

    def _theme_chain(self, cell: Block, parts: list[re.Match[str]]) -> int | None:
        """「政策２　健康・福祉 ＞ 施策２－３　高齢者が…地域づくり」: each part a theme (without its
        number) within the one before it; the last is the row's."""
        theme: int | None = None
        patterns = (*self.p.theme_numbers, *self.p.item_numbers.get("measure", ()), *self.p.numbers)
        for part in parts:
            number, rest = forms.split_title(part[0], patterns)
            start = cell.start + part.start() + (part[0].index(rest) if number is not None else 0)
            made = self.add(
                "Theme", cell, "table_row", start, start + len(rest), theme=theme, theme_basis="table_row"
            )
            theme = made if made is not None else theme
        return theme

    def _merged_measure(self, cell: Block, outer: int | None) -> None:
        """A measure cell merged over the rows of its 取組 (「柱 | 施策 | 主な取組」): its cue names a
        measure, part of the row's theme as the rows' measures are (made once for all its rows)."""
        if cell.start in self.merged_measures:
            return
        text = self.doc.text[cell.start : cell.end]
        number, rest = forms.split_title(
            text.strip(), (*self.p.item_numbers.get("measure", ()), *self.p.numbers)
        )
        start = cell.start + text.index(rest) if number is not None else cell.start
        basis = "table_row" if outer is not None else None
        self.add("Measure", cell, "table_row", start, cell.end, theme=outer, theme_basis=basis)
        self.merged_measures.add(cell.start)

    def _after_number(self, start: int, end: int) -> int:
        """Where an entry's text begins after a number the cell opens with (「1 県民が…」, 「(1) …」);
        a figure (「1.5倍に」) is no number."""
        text = self.doc.text[start:end]
        number, rest = forms.split_title(text, self.p.numbers)
        if number is None or not rest or rest[0].isdigit() or not text.endswith(rest):
            return start
        return end - len(rest)

    def _comma_items(self, cls: str, start: int, end: int) -> list[tuple[int, int]]:
        """A measure or issue cell listing short items by 、 as its items, each naming an action
        (``tree.action``) or stating a problem (``combined.issue_predicate``)."""
        patterns = {
            "Measure": self.p.tree.get("action", ()),
            "Issue": self.p.combined_predicates.get("issue", ()),
        }.get(cls, ())
        return cells.comma_items(self.doc.text, start, end, patterns)

    def _row(self, row: tables.Row, own: bool = True, above: list[int | None] | None = None) -> None:
        extra: dict[str, object] = {
            "owner": (row.owner.start, row.owner.end) if row.owner is not None else None,
            "schedule": (row.schedule.start, row.schedule.end) if row.schedule is not None else None,
            "topic": (row.topic.start, row.topic.end) if row.topic is not None else None,
        }
        value = {"value": (row.value.start, row.value.end)} if row.value is not None else {}
        outer = self._theme_named(row.outer_theme, own) if row.outer_theme is not None else None
        theme = self._theme_named(row.theme, own, outer) if row.theme is not None else None
        if row.merged_measure is not None:
            self._merged_measure(row.merged_measure, theme)
        if theme is not None:
            extra.update(theme=theme, theme_basis="table_row")
        made: dict[str, list[int]] = {}
        entries = [
            (c, cell, s, e) for c, cell, at, to in row.entries for s, e in self._comma_items(c, at, to)
        ]
        for cls, cell, s, e in entries:
            at, s = s, self._after_number(s, e)
            over: dict[str, object] = {"theme": None, "theme_basis": None}
            if s > at:  # 「1-2 電子申請」: the number a restated measure may be named by
                over["row_number"] = self.doc.text[at:s].strip()
            found = self.add(
                cls,
                cell,
                "table_row",
                s,
                e,
                **{
                    **extra,
                    **({k: over[k] for k in ("row_number",) if k in over}),
                    **(
                        {k: over[k] for k in ("theme", "theme_basis")}
                        if cls == "Goal" and row.goals_over_theme
                        else {}
                    ),
                    **(value if cls == "Target" else {}),
                },
            )
            if found is not None:
                made.setdefault(cls, []).append(found)
        for cls in ("Issue", "Measure"):
            for n in made.get(cls, []):
                if made.get("Goal"):
                    self.found[n].goal, self.found[n].link_basis = made["Goal"][0], "table_row"
        issues = made.get("Issue", [])
        # a row of a typed table whose issue cell is left empty or repeats the one above (a cell merged
        # over both) makes no issue: its measures serve the one above
        above = above if above is not None else [None]
        if issues or not made.get("Measure"):
            above[0] = issues[0] if len(issues) == 1 else None
        for n in made.get("Measure", []):
            if above[0] is not None:
                self.found[n].issue, self.found[n].link_basis = above[0], "table_row"
