"""The heading tree as themes (extraction stage): headings over items are themes, leaf actions measures.

Takes the sections of a read document and the items the other cue rules found
(through the reader in :mod:`kg.extract.outline`, which this class is a part of)
and reads the outline the headings draw, whatever their numbering (第１, Ⅰ, １．,
(1), 【…】, a Markdown level alone):

- a heading that names an action (``tree.action``: 「（１）デマンド交通の導入を促進する」,
  「(2) 24時間対応体制の構築」) and stands with no sub-heading, in an outline whose
  headings are numbered, is a measure; so is each ・/（１） entry under a heading when
  every entry states an action (「・認定こども園への移行を支援する。」), and the
  heading is then a theme;
- a heading that has such items, or items the other rules found (a 課題 list, a
  table's rows), below it is a theme, and the items below it that no nearer rule put
  in a theme are part of the nearest such heading: the 節 at the top of an excerpt
  (「第２節　持続可能な地域公共交通の実現に向けて」) is the theme of its issues too;
- a heading is none of these when it names a list or a cue (「１　現状と課題」, 「主な取組」,
  「目標」), is navigation (はじめに, 目次), is an item of its own (「目標1 …」), or is
  the document's title (an unnumbered first heading, or one naming a kind of document:
  「…計画」, 「…報告書」).

Outlines that plain text draws are read first (:mod:`kg.extract.outline_drawn`); what kind of
heading a title is (a list's name, the document's title, a topic), :mod:`kg.extract.outline_heading_kinds`;
what a heading's entries are, :mod:`kg.extract.outline_tree_entries`; whether decimal headings (「3.1」)
are a manual's sections, :mod:`kg.extract.outline_decimal`.  Entries that state a number to reach by a
date (「…を令和１１年度までに１，２００トン削減する。」, ``tree.target``) are
targets, no measures.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kg.extract import outline_forms as forms
from kg.extract.outline_drawn import NAME_LINE as _NAME_LINE
from kg.extract.outline_forms import Found
from kg.extract.outline_heading_kinds import HeadingKinds
from kg.extract.profiles import Profile
from kg.read.document import Block, BlockKind, Document, Section


class TreeRules(HeadingKinds):
    """The heading-tree rule; the reader that holds it gives the document, profile, items and ``add``."""

    doc: Document
    p: Profile
    skipped: set[int]
    navigation: set[int]
    covered: set[int]
    themes: dict[int, int]
    aliases: dict[int, int]
    found: list[Found]
    reported: set[int]  # the starts of entries over progress lines of their own
    series: dict[int, str]  # sections numbered in a series (「視点１」), with their number
    measure_themes: set[int]

    if TYPE_CHECKING:

        def _bare_measure_level(self) -> bool:
            raise NotImplementedError

        def _pillars_of_measures(self) -> set[int]:
            raise NotImplementedError

        def add(self, cls: str, block: Block, rule: str, start: int | None = None, end: int | None = None,
                **extra: object) -> int | None:  # fmt: skip
            raise NotImplementedError

        def heading_block(self, section: int) -> Block:
            raise NotImplementedError

        def theme_of(self, section: int | None) -> int | None:
            raise NotImplementedError

        def title(self, section: Section) -> str:
            raise NotImplementedError

        def entries(self, blocks: list[int], *, top: bool = False) -> list[tuple[Block, int, int]]:
            raise NotImplementedError

        def _label_type_of(self, text: str) -> str | None:
            raise NotImplementedError

        def _sentence_spans(self, block: Block) -> list[tuple[int, int, str]]:
            raise NotImplementedError

    # --- the rule ---------------------------------------------------------

    def _tree_span(self, section: Section) -> tuple[int, int]:
        start = self.heading_block(section.index).start
        later = (s for s in self.doc.sections[section.index + 1 :] if not self._tree_inside(s, section.index))
        stop = next(later, None)
        return start, self.heading_block(stop.index).start if stop is not None else len(self.doc.text)

    def _tree_inside(self, section: Section, ancestor: int) -> bool:
        parent = section.parent
        while parent is not None:
            if parent == ancestor:
                return True
            parent = self.doc.sections[parent].parent
        return False

    def _heading_item(self, section: Section) -> Found | None:
        block = self.heading_block(section.index)
        return next((f for f in self.found if block.start <= f.start < block.end), None)

    def _heading_tree(self) -> None:
        if not self.p.rule("heading_tree"):
            return
        self._bracket_lines()
        self._effect_lines()
        self._drawn_trees()
        if not self.doc.sections:
            self._nested_entry_themes()  # 「□…」 entries over 「・…」 ones below a ■ line
            return
        sections = self.doc.sections
        if not any(self._numbered(s) or self._over_cue_headings(s) for s in sections):
            return
        if self._manual(sections):
            return  # sections numbered as a manual's (「3.1.2」): chapters of a reference, not an outline
        tree_themes: dict[int, int] = {}  # section → found index of its theme
        # the numbered leaf levels whose entries state actions: a leaf of that level over sentences is alike
        acting = {self._level(s) for s in sections if not s.children and self._action_entries(s)} - {None}
        named = {forms.plain(f.label) for f in self.found if f.cls == "Theme"}
        measure_level = self._bare_measure_level()
        pillars = self._pillars_of_measures()
        # Bottom-up: leaves first, so that a parent sees what its children became.
        for section in sorted(sections, key=lambda s: -self._tree_depth(s)):
            own = self._heading_item(section)
            if own is not None and own.cls == "Measure" and self._numbered_measure(section):
                # 「施策１－１　防災体制の強化」 over its measures: its cue names a measure wherever it
                # stands; what it holds is part of the theme above it
                if section.index not in self.skipped and self._action_entries(section):
                    self._entry_measures(section)
                continue
            if (
                own is not None
                and own.cls == "Measure"
                and own.rule == "heading"
                and (self._bare_actions(section) or self._measure_entries(section))
                # (not at the level of a pillar's bare measures: 「（1）…」 over 「ア　…」 beside 「（2）…」
                # alone is a measure over its projects)
                and not (section.parent in pillars and measure_level)
            ):
                own.cls, own.theme, own.theme_basis = (
                    "Theme",
                    None,
                    None,
                )  # 「（１）地方誘客の促進」 over its bullets
                at = tree_themes[section.index] = self.found.index(own)
                self._entry_measures(section)
                for f in self.found:  # its own entries, read before as measures of the theme above
                    if f.section == section.index and f is not own:
                        f.theme, f.theme_basis = at, "heading"
                continue
            self._issue_sentences(section)
            if own is None and not section.children and self._project_over_projects(section):
                # 「①　…をつくる事業」 over 【具体的な事業】 entries: a project of the plan and its parts
                self.add("Measure", self.heading_block(section.index), "heading")
                continue
            if not self._tree_candidate(section) or (own is not None and own.cls != "Theme"):
                continue
            if own is not None:  # a theme by another rule: its bare action bullets are its measures
                tree_themes[section.index] = self.found.index(own)
                if (m := _NAME_LINE.match(own.label)) is not None:  # 「【仕事と生活の調和】」: the name
                    own.label, own.start, own.end = (
                        m["name"],
                        own.start + m.start("name"),
                        own.start + m.end("name"),
                    )
                upper = self.doc.sections[section.parent] if section.parent is not None else None
                # under a topic, a goal of its own (「目標1 …」, 「Goal 1: …」) or the document's
                # title (not a theme list 「1 重点テーマ」)
                topic = upper is None or self._tree_candidate(upper) or self._document_title(upper)
                if upper is not None and (above := self._heading_item(upper)) is not None:
                    topic = topic or above.cls == "Goal"
                # 「政策2　…」 over its bullets: a theme by its own number holds its measures anywhere
                numbered = forms.split_title(forms.label(section.title), self.p.theme_numbers)[0]
                if (topic or numbered is not None) and not section.children and self._bare_actions(section):
                    self._entry_measures(section)
                continue
            end = self._tree_span(section)[1]
            heading_end = self.heading_block(section.index).end
            children = [c for c in section.children if c not in self.navigation]
            # items of headings, rows and bullets (a sentence of running text heads no theme)
            # (a KPI table's targets set what the measures above reach: they head no theme)
            # (rows that name their own theme, 「| 政策 | 主な事業 |」, are held by it, not by the heading;
            # nor rows naming their own matter, 「| 項目 | 現状 | 課題 |」: the heading is their review)
            held = any(
                heading_end <= f.start < end
                and f.cls not in ("Theme", "Target")
                and f.rule != "sentence"
                and not (f.rule == "table_row" and (f.theme is not None or f.topic is not None))
                for f in self.found
            ) or any(c in tree_themes for c in children)
            if not held and not children and (self._action_entries(section) or self._alike(section, acting)):
                held = True
                self._entry_measures(section)
            if held and forms.plain(self.title(section)) in named:
                continue  # a theme named again (「1 利用者中心の手続設計」 under 「第3 具体的施策」)
            if held and not children and self._kinds_below(section, heading_end, end):
                continue  # 「(3) 被害防止対策」 over 〈ハード対策〉, 〈ソフト対策〉: the list of its kinds
            if held and not children and self._bare_actions(section) and self._labelled_topic(section):
                self._entry_measures(section)  # 「(a) 海洋観測」 over 目標：/課題： lines and (i) actions
            if held and not children and own is None and measure_level and section.parent in pillars:
                # 「（一）…」 over 「ア　…」 lines beside a bare 「（二）…」 in a pillar: a measure over its
                # projects, both the pillar's
                self.add("Measure", self.heading_block(section.index), "heading")
                continue
            if held:
                theme = self._heading_theme(section)
                if theme is not None:
                    self.found[theme].theme, self.found[theme].theme_basis = None, None
                    tree_themes[section.index] = theme
                    self._to_inner_theme(section, theme)
                continue
            parent = self.doc.sections[section.parent] if section.parent is not None else None
            if (
                not children
                and parent is not None
                and (
                    self._tree_candidate(parent)
                    or self._measure_heading(parent)
                    or self._goal_heading(parent)
                )
                and self._numbered(section)
                and (
                    self._names_action(self.title(section))
                    or self._reported_on(section)
                    or self._among_actions(section, parent)
                )
                and not self._own_entries(section)
            ) or (
                # 「## 課題3 …」 over 「### (1) …」 headings over 「- 取組状況：…」: what they report on
                not children
                and parent is not None
                and self._issue_heading(parent)
                and self._numbered(section)
                and self._reported_on(section)
            ):
                self.add("Measure", self.heading_block(section.index), "heading")
        self._nested_entry_themes()
        self._link_to_tree(tree_themes)

    def _project_over_projects(self, section: Section) -> bool:
        """Whether a numbered heading names a project (``tree.projects``: 「①　地方に仕事をつくる事業」) and
        what it holds is read as measures already (under a 【具体的な事業】 label): one project, no area."""
        title = forms.plain(self.title(section))
        return (
            self._numbered(section)
            and any(p.search(title) for p in self.p.tree.get("projects", ()))
            and self._measure_entries(section)
        )

    def _to_inner_theme(self, section: Section, theme: int) -> None:
        """The items under a heading that became a theme within a theme heading (「（１）生涯学習の推進」
        under 「基本目標２　…」, 「柱1　…」) are its own, not the outer theme's they were given."""
        outer = self.theme_of(section.parent)
        if outer is None or outer < 0:
            return
        for f in self.found:
            inside = f.section is not None and (
                f.section == section.index or self._tree_inside(self.doc.sections[f.section], section.index)
            )
            if inside and f is not self.found[theme] and f.theme == outer:
                f.theme = theme

    def _among_actions(self, section: Section, parent: Section) -> bool:
        """Whether a leaf heading over one sentence stands among leaf siblings, each over one sentence at
        most, most of which name actions (「1-1　救急隊の増隊」 over what it adds, beside 「1-2　救急ワーク
        ステーションの設置」): one of a series of measures, each explained by its sentence."""
        siblings = [self.doc.sections[c] for c in parent.children if c not in self.navigation]
        if len(siblings) < 2 or any(s.children or not self._numbered(s) for s in siblings):
            return False
        if self._sentences_under(section) != 1 or any(self._sentences_under(s) > 1 for s in siblings):
            return False
        acting = sum(self._names_action(self.title(s)) for s in siblings if s is not section)
        return 2 * acting >= len(siblings) - 1 > 0

    def _sentences_under(self, section: Section) -> int:
        """The sentences of a heading's text; anything but paragraphs under it counts as many."""
        blocks = [self.doc.blocks[i] for i in section.blocks if self.doc.blocks[i].kind != BlockKind.HEADING]
        if any(b.kind != BlockKind.PARAGRAPH for b in blocks):
            return len(self.doc.text)
        return sum(len(self._sentence_spans(b)) for b in blocks)

    def _level(self, section: Section) -> tuple[int, str] | None:
        """A numbered heading's depth and the form of its number (「（１）」 and 「（２）」 alike)."""
        number = forms.clean_number(section.number)
        return (self._tree_depth(section), re.sub(r"[0-9０-９]+", "0", number)) if number else None

    def _alike(self, section: Section, acting: set[tuple[int, str] | None]) -> bool:
        """Whether a leaf heading over sentences alone (「（１）青少年の相互派遣」 over 「ア　…を毎年送る。」)
        stands at a level whose other leaves list actions: its sentences are measures too."""
        entries = self.entries(section.blocks)
        return (
            self._level(section) in acting
            and bool(entries)
            and all(forms.sentence_entry(self.doc.text[s:e]) for _, s, e in entries)
        )

    def _over_cue_headings(self, section: Section) -> bool:
        """Whether an unnumbered heading stands over sub-headings that are all lists' names (「現状と
        課題」, 「施策の方向」): a topic whose lists they are, as a numbered one would be."""
        children = [self.doc.sections[c] for c in section.children if c not in self.navigation]
        return (
            bool(children)
            and section.parent is not None
            and all(not c.children and self._cue_heading(c) for c in children)
            and not self._cue_heading(section)
        )

    def _reported_on(self, section: Section) -> bool:
        """A heading with nothing under it but lines reporting progress (「- 取組状況：…」): what they
        report on is a measure, whatever its title's words."""
        blocks = [self.doc.blocks[i] for i in section.blocks if self.doc.blocks[i].kind != BlockKind.HEADING]
        return bool(blocks) and all(forms.reports_progress(b.text, self.p.progress) for b in blocks)

    def _measure_heading(self, section: Section) -> bool:
        """A heading numbered as a measure (「重点施策１　…」) that is not read otherwise."""
        own = self._heading_item(section)
        return (
            own is not None
            and own.cls == "Measure"
            and section.index not in self.skipped
            and self._numbered_measure(section)
        )

    def _issue_heading(self, section: Section) -> bool:
        """A heading that states an issue (「課題3　…」): the numbered headings under it that progress
        lines report on are the measures addressing it."""
        own = self._heading_item(section)
        return own is not None and own.cls == "Issue" and section.index not in self.skipped

    def _goal_heading(self, section: Section) -> bool:
        """A heading that states a goal (「目標１：…」, 「政策目標Ⅰ　…」): the numbered headings under it
        that name actions are measures towards it."""
        own = self._heading_item(section)
        return own is not None and own.cls == "Goal" and section.index not in self.skipped

    def _holds_items(self, section: Section) -> bool:
        """Whether goals, issues or measures of headings, labels or rows stand under a heading."""
        end = self._tree_span(section)[1]
        heading_end = self.heading_block(section.index).end
        return any(
            heading_end <= f.start < end and f.cls in ("Goal", "Issue", "Measure") and f.rule != "sentence"
            for f in self.found
        )

    def _heading_theme(self, section: Section) -> int | None:
        """The theme a heading names: its title, or the name in its brackets (「【仕事と生活の調和】」)."""
        block = self.heading_block(section.index)
        text = self.doc.text[block.start : block.end]
        m = _NAME_LINE.match(text.lstrip("#").strip(" \u3000"))
        if m is None:
            return self.add("Theme", block, "heading")
        at = text.index(m["name"])
        return self.add("Theme", block, "heading", block.start + at, block.start + at + len(m["name"]))

    def _numbered_measure(self, section: Section) -> bool:
        """A heading numbered as a measure of its own (「施策１－１　…」)."""
        return forms.split_title(forms.label(section.title), self.p.item_numbers["measure"])[0] is not None

    def _tree_depth(self, section: Section) -> int:
        depth, parent = 0, section.parent
        while parent is not None:
            depth, parent = depth + 1, self.doc.sections[parent].parent
        return depth

    def _labelled_topic(self, section: Section) -> bool:
        """Whether a heading holds its own labelled goal or issue lines (「目標：…」, 「課題：…」)."""
        own = (f for f in self.found if f.section == section.index)
        return any(f.rule == "label" and f.cls in ("Goal", "Issue") for f in own)

    def _issue_sentences(self, section: Section) -> None:
        """Under a heading that names issues (「課題」) over text alone, each sentence is an issue."""
        if (
            section.index in self.skipped
            or section.children
            or not forms.names_list(self.title(section), self.p.headings["issue"])
            or self.entries(section.blocks)
            or any(
                f.section == section.index and f.cls != "Theme" and (f.cls, f.rule) != ("Issue", "sentence")
                for f in self.found
            )
        ):
            return
        blocks = [self.doc.blocks[i] for i in section.blocks if self.doc.blocks[i].kind != BlockKind.HEADING]
        if not blocks or any(b.kind != BlockKind.PARAGRAPH for b in blocks):
            return
        lead = self.p.sentences.get("lead_in", ())
        for block in blocks:
            for s, e, text in self._sentence_spans(block):
                if not any(p.search(text) for p in lead):
                    self.add("Issue", block, "heading", s, e)

    def _link_to_tree(self, tree_themes: dict[int, int]) -> None:
        """Each item no nearer rule put in a theme is part of the nearest tree theme above it."""
        for n, item in enumerate(self.found):
            if item.cls == "Theme" or item.theme is not None or item.section is None:
                continue
            section: int | None = item.section
            while section is not None:
                theme = tree_themes.get(section)
                if theme is not None and theme != n:
                    item.theme, item.theme_basis = theme, "heading"
                    break
                section = self.doc.sections[section].parent
