"""A heading's entries in the heading tree (extraction stage): which state actions, which are measures.

Part of the reader in :mod:`kg.extract.outline` through :class:`~kg.extract.outline_tree.TreeRules`:

- an entry names an action by its words (``tree.action``, the measure predicates of ``combined``),
  by a budget's mark (「【拡充】」) or by progress lines reporting on it; one that sets a number to
  reach by a date (``tree.target``) is a target; a sentence of what its own subject does
  (``tree.subject_action``: 「…ボランティアが通学路に立つ。」) is an action beside entries naming one;
- a heading's own entries leave out those under a bracketed note and its progress lines;
- the entries of a heading over action entries are its measures, and where they nest by their
  marks (「ア　住み替えの支援」 over 「(ｱ) …を補助する。」, 「①」 over 「ア」) each outer name is a
  theme within the heading over the actions it holds;
- themes under a heading that all end in the measure word its title ends in (〈ハード対策〉, 〈ソフト
  対策〉 under 「(3) 被害防止対策」) are kinds of what it names: the heading is their list, no theme.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kg.extract import outline_forms as forms
from kg.extract.outline_drawn import DrawnRules
from kg.extract.outline_forms import Found
from kg.extract.outline_nesting_marks import Entry, nested_entries
from kg.extract.outline_progress import without_progress_note
from kg.extract.profiles import Profile
from kg.read.document import Block, BlockKind, Document, Section

# A note in brackets closing an entry (「（担当課による）」, 「（再掲）」): no part of what is done; one with
# a figure (「（令和5年10月）」) dates a line reporting what was done.
_CLOSING_NOTE = re.compile(r"[(（][^()（）0-9０-９]*[)）]$")


class TreeEntryRules(DrawnRules):
    """The entry rules of the heading tree; the reader gives the document, profile, items and ``add``."""

    doc: Document
    p: Profile
    skipped: set[int]
    found: list[Found]
    reported: set[int]  # the starts of entries over progress lines of their own

    if TYPE_CHECKING:

        def add(self, cls: str, block: Block, rule: str, start: int | None = None, end: int | None = None,
                **extra: object) -> int | None:  # fmt: skip
            raise NotImplementedError

        def entries(self, blocks: list[int], *, top: bool = False) -> list[tuple[Block, int, int]]:
            raise NotImplementedError

        def title(self, section: Section) -> str:
            raise NotImplementedError

    def _kinds_below(self, section: Section, start: int, end: int) -> bool:
        """Whether the themes under a heading (two or more) all end in the measure word its title ends
        in (「被害防止対策」 over 「ハード対策」, 「ソフト対策」): kinds of what it names, the heading their
        list."""
        title = forms.plain(self.title(section))
        word = next(
            (w for w in sorted(self.p.headings["measure"], key=len, reverse=True) if title.endswith(w)), ""
        )
        kinds = [forms.plain(f.label) for f in self.found if f.cls == "Theme" and start <= f.start < end]
        return bool(word) and len(kinds) >= 2 and all(k.endswith(word) and k != title for k in kinds)

    def _names_action(self, text: str) -> bool:
        text = forms.without_amount(text, self.p.tree.get("amounts", ()))  # a budget line's 「　145（128）」
        text = without_progress_note(text, self.p.progress)  # 「…の導入（取組状況：…に稼働）」
        marks = self.p.tree.get("marks", ())
        s, e = forms.without_marks(text, 0, len(text), marks)
        if (s, e) != (0, len(text)) and forms.plain(text[s:e]):
            return True  # an entry marked as a budget's (「…事業【拡充】」, 「【新規】…」) is what is done
        plain = forms.plain(text).rstrip("。．.")
        plain = (
            _CLOSING_NOTE.sub("", plain) or plain
        )  # 「…の実施（担当課による）」: what is done, and by whom
        patterns = (*self.p.tree.get("action", ()), *self.p.combined_predicates.get("measure", ()))
        return any(p.search(plain) for p in patterns)

    def _target(self, text: str) -> bool:
        return any(p.search(text) for p in self.p.tree.get("target", ()))

    def _own_entries(self, section: Section) -> list[tuple[Block, int, int]]:
        """A heading's entries, less those under a bracketed note (「【評価軸】」 over ・ lines) and those
        that report its progress (「- 取組状況：…」 under a measure heading)."""
        blocks, noted = [], False
        for i in section.blocks:
            block = self.doc.blocks[i]
            if block.kind == BlockKind.PARAGRAPH:
                noted = forms.bracketed(block.text) and self._label_type_of(block.text) is None
            elif block.kind != BlockKind.LIST_ITEM:
                noted = False
            if not noted:
                blocks.append(i)
        entries = self.entries(blocks)
        return [x for x in entries if not forms.reports_progress(self.doc.text[x[1] : x[2]], self.p.progress)]

    def _action_entries(self, section: Section) -> bool:
        """Whether a heading's entries (・ bullets, （１） lines) each state an action, or are reported on
        by progress lines under them (「- 標準準拠システムへの移行」 over 「  - 取組状況：…」)."""
        found = [(b, s, e) for b, s, e in self.entries(section.blocks)]
        acting = [
            self._names_action(t := self.doc.text[s:e]) or self._target(t) or b.start in self.reported
            for b, s, e in found
        ]
        # 「・…ボランティアが通学路に立つ。」 beside 「・…の協力店を増やす。」: an action by a subject of
        # its own (``tree.subject_action``) among entries naming actions is one of them
        return any(acting) and all(
            done or self._subject_action(self.doc.text[s:e])
            for done, (_, s, e) in zip(acting, found, strict=True)
        )

    def _subject_action(self, text: str) -> bool:
        plain = forms.plain(text)
        return plain.endswith("。") and any(p.search(plain) for p in self.p.tree.get("subject_action", ()))

    def _bare_actions(self, section: Section) -> bool:
        """Whether a heading's entries each state an action and none is an item yet."""
        spans = {(f.start, f.end) for f in self.found}
        found = self.entries(section.blocks)
        return (
            section.index not in self.skipped
            and self._action_entries(section)
            and not any((s, e) in spans or (b.start, b.end) in spans for b, s, e in found)
        )

    def _measure_entries(self, section: Section) -> bool:
        """Whether a heading's entries are each read as a measure already (「(1) …」 over 「① …する。」
        lines, 「第1節 …」 over ア lines), beside the issues a label lists there: the heading stands over
        them."""
        measures = {(f.start, f.end) for f in self.found if f.cls == "Measure"}
        # 「【現状と課題】」 bullets beside 「【主な取組】」 ones: its issues stand under it too
        issues = {(f.start, f.end) for f in self.found if f.cls == "Issue" and f.rule == "label"}
        found = self.entries(section.blocks)
        return (
            section.index not in self.skipped
            and not section.children
            and bool(found)
            and all(any(s <= a < e for a, _ in measures | issues) for _, s, e in found)
            and any(any(s <= a < e for a, _ in measures) for _, s, e in found)
        )

    def _entry_measures(self, section: Section) -> None:
        for block, s, e in self.entries(section.blocks):
            text = self.doc.text[s:e]
            if self._target(text):
                continue
            if block.kind == BlockKind.LIST_ITEM:
                self.add("Measure", block, "heading")
            else:
                mark = forms.line_mark(text)
                self.add("Measure", block, "heading", s + (mark or 0), e)

    def _nested_entry_themes(self) -> None:
        """Under a heading, measures read from entries that nest by their marks, each outer one a name
        over actions (「ア　住み替えの支援」 over 「(ｱ) …を補助する。」): the outer ones are themes within
        the heading, each over the measures it holds."""
        lists = [s.blocks for s in self.doc.sections if s.index not in self.skipped]
        for blocks in [*lists, *self._runs_outside()]:
            groups = self._entry_groups(self.entries(blocks))
            if groups is None:
                continue
            at = {(f.start, f.end): n for n, f in enumerate(self.found) if f.cls == "Measure"}
            spans = [(self._entry_span(outer), [self._entry_span(x) for x in held]) for outer, held in groups]
            if not all(o in at and all(h in at for h in held) for o, held in spans):
                continue
            for outer, held in spans:
                theme = self.found[at[outer]]
                theme.cls, theme.theme, theme.theme_basis = "Theme", None, None
                for h in held:
                    self.found[at[h]].theme, self.found[at[h]].theme_basis = at[outer], "heading"

    def _runs_outside(self) -> list[list[int]]:
        """Runs of entries under no heading (「□建築物の耐震化」 over 「・…を補助する。」 below a ■ line)."""
        runs: list[list[int]] = [[]]
        for n, block in enumerate(self.doc.blocks):
            if block.section is None and block.kind == BlockKind.LIST_ITEM and block.parent is None:
                runs[-1].append(n)
            elif runs[-1]:
                runs.append([])
        return [r for r in runs if r]

    def _entry_span(self, entry: Entry) -> tuple[int, int]:
        """Where the measure read from an entry stands: a list entry whole, a line after its mark."""
        block, s, e = entry
        if block.kind == BlockKind.LIST_ITEM:
            return block.start, block.end
        return s + (forms.line_mark(self.doc.text[s:e]) or 0), e

    def _entry_groups(self, entries: list[Entry]) -> list[tuple[Entry, list[Entry]]] | None:
        """Entries that nest by their marks, each outer one a name (no sentence) over action entries
        of a deeper mark (「ア　住み替えの支援」 over 「(ｱ) …を補助する。」): each outer one with those it
        holds."""
        text = self.doc.text
        groups = nested_entries(text, entries)
        if len(groups) == len(entries) or any(
            not held or text[s:e].rstrip().endswith("。") for (_, s, e), held in groups
        ):
            return None
        inner = [x for _, held in groups for x in held]
        if not all(self._names_action(text[s:e]) for _, s, e in inner):
            return None
        return groups
