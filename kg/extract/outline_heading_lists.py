"""Lists under cue headings (extraction stage): what a heading naming goals, issues or targets holds.

A heading whose title names a type's list (「1.2 課題」, 「目指す姿」, 「KPI」) makes the entries it
holds (bullets, ・ / ア lines, or those of its sub-headings titled as themes) items of that type;
one over sub-headings alone makes each an item: 「第2節 …に向けた課題」 over 「1 デジタル人材の不足」
(issues), 「Ⅱ 目指す職員像」 over 「１ …職員」 lines with nothing under them (goals).  A Japanese note
naming goals on a heading over no sub-heading (「基本方針（大目標）」) names its list too.  Under a
heading naming targets (「重点指標」), a sub-heading over a line setting a figure
(「目標：80％（令和10年度）」) is a target named by its title, that figure its value.  A heading naming
measures that is no theme reads its measures (:mod:`kg.extract.outline_nesting`).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kg.extract import outline_forms as forms
from kg.extract.outline_figures import quantity
from kg.extract.outline_forms import names_list
from kg.extract.profiles import Profile
from kg.read.document import Block, BlockKind, Document, Section


class HeadingListRules:
    """The heading list rules; the reader that holds them gives the document, profile and ``add``."""

    doc: Document
    p: Profile
    skipped: set[int]
    navigation: set[int]
    themes: dict[int, int]
    aliases: dict[int, int]
    group_bullets: set[int]

    if TYPE_CHECKING:

        def add(self, cls: str, block: Block, rule: str, start: int | None = None, end: int | None = None,
                **extra: object) -> int | None:  # fmt: skip
            raise NotImplementedError

        def add_entries(self, cls: str, blocks: list[int], rule: str) -> int:
            raise NotImplementedError

        def title(self, section: Section) -> str:
            raise NotImplementedError

        def heading_block(self, section: int) -> Block:
            raise NotImplementedError

        def entries(self, blocks: list[int], *, top: bool = False) -> list[tuple[Block, int, int]]:
            raise NotImplementedError

        def plain_children(self, section: Section) -> list[int]:
            raise NotImplementedError

        def _topic_over_labels(self, section: Section) -> bool:
            raise NotImplementedError

        def _measures_under(self, section: Section) -> None:
            raise NotImplementedError

        def _names_action(self, text: str) -> bool:
            raise NotImplementedError

    def _listed(self, section: Section) -> list[int]:
        """The sections a list heading's entries stand in: its own, else its children titled as themes."""
        if self.entries(section.blocks):
            return [section.index]
        return [c for c in section.children if c in self.aliases or c in self.themes] or [section.index]

    def _holds_text(self, section: Section) -> bool:
        return bool(section.children) or any(b != section.heading for b in section.blocks)

    def _prose_actions(self, section: Section) -> bool:
        """Whether a heading's sub-headings (two or more) each name an action and hold prose alone — no
        heading, entry or table under them (「6.1 予防保全型管理への転換」 over a paragraph saying how):
        the lines of action a 「…の基本方針」 states, its measures; a theme is what items stand under."""
        children = [self.doc.sections[c] for c in section.children if c not in self.navigation]
        return len(children) >= 2 and all(
            not c.children
            and not self.entries(c.blocks)
            and any(b != c.heading for b in c.blocks)
            and all(self.doc.blocks[b].kind == BlockKind.PARAGRAPH for b in c.blocks if b != c.heading)
            and self._names_action(forms.label(self.title(c)))
            for c in children
        )

    def _sentences_listed(self, section: Section) -> bool:
        """Whether a heading with no sub-heading lists sentences (「施策の方向」 over 「…を実施する。」
        bullets): what it names as a theme's cue and a measure's lists measures."""
        listed = [] if section.children else self.entries(section.blocks, top=True)
        return bool(listed) and all(forms.sentence_entry(self.doc.text[s:e]) for _, s, e in listed)

    def _measure_leaves(self, section: Section) -> bool:
        """Whether a heading naming a theme list and a measure list alike (「施策の方向」) lists entries with
        nothing under them (「- 相談窓口の拡充」): what is done, its measures; themes are what items stand
        under."""
        listed = [] if section.children else self.entries(section.blocks, top=True)
        return (
            bool(listed)
            and names_list(self.title(section), self.p.headings["measure"])
            and all(b.index not in self.group_bullets for b, _, _ in listed)
        )

    def _lists_under_headings(self) -> None:
        heads = self.p.headings
        for section in self.doc.sections:
            if section.index in self.skipped or section.index in self.navigation:
                continue
            title = self.title(section)
            typed = next(
                (cls for key, cls in (("issue", "Issue"), ("kpi", "Target"), ("goal", "Goal"))
                 if names_list(title, heads[key])),
                None,
            )  # fmt: skip
            if typed is None and not section.children and forms.noted_list(title, heads["goal"]):
                typed = "Goal"  # 「基本方針（大目標）」 over the goal it states
            subs = self.plain_children(section) if typed in ("Issue", "Goal") else []
            if typed == "Goal" and any(self._holds_text(self.doc.sections[c]) for c in subs):
                subs = []  # 「基本目標」 over headings with their own text: no list of goals
            if subs and not self.entries(section.blocks):
                # 「第2節 …に向けた課題」 over 「1 デジタル人材の不足」: each sub-heading is an issue.
                # 「Ⅱ 目指す職員像」 over 「１ …職員」 lines alone: each a goal
                for child in subs:
                    self.add(typed or "Issue", self.heading_block(child), "heading")
            elif typed is not None:
                if typed == "Target":
                    self._indicator_headings(section)
                for listed in self._listed(section):
                    self.add_entries(typed, self.doc.sections[listed].blocks, "heading")
            elif (
                names_list(title, heads["measure"])
                and section.index not in self.themes
                # 「(1) たばこ対策」 over its own 「【取り組むべき施策】」 label: a topic, the label
                # names its list
                and not self._topic_over_labels(section)
                and (
                    not names_list(title, heads["theme"], anywhere=True)
                    or self._sentences_listed(section)
                    or self._measure_leaves(section)
                    or self._prose_actions(section)
                )
            ):
                self._measures_under(section)

    def _indicator_headings(self, section: Section) -> None:
        """「### 市民満足度」 over 「現状：62％」 and 「目標：80％（令和10年度）」: a target, that figure its
        value."""
        words = "|".join(
            re.escape(w) for w in (*self.p.tables.get("goal", ()), *self.p.tables.get("kpi", ()))
        )
        line = re.compile(
            rf"^[ \u3000・\-*]*(?:\*\*)?(?:{words})(?:\*\*)?[ \u3000]*[：:][ \u3000]*(?P<value>.+)$", re.M
        )
        for child in section.children:
            below = self.doc.sections[child]
            for block in (self.doc.blocks[i] for i in below.blocks if i != below.heading):
                m = next((m for m in line.finditer(block.text) if quantity(m["value"])), None)
                if m is not None and block.text == self.doc.text[block.start : block.end]:
                    value = (block.start + m.start("value"), block.start + m.end("value"))
                    self.add("Target", self.heading_block(child), "heading", value=value)
                    break
