"""Themes of headings (extraction stage): which sections of a read document are its themes.

Takes the sections of a read document (through the reader in :mod:`kg.extract.outline`, which this
class is a part of) and marks the ones that are themes, before any item is added:

- a heading that opens with a theme's number (「テーマ①」, 「【重点テーマ1】」) and a 節 of a plan
  that names a topic (「第1節　…」);
- the sub-headings of one whose title names the themes' list (「3. 様々な分野での活用」,
  「重点分野」), or, when it stands over no sub-heading, the entries of its list; an inner heading
  that is the list's own name (「1 重点テーマ」) names them in its turn;
- the entries of a list that names the sub-headings after it;
- sibling sections that each hold a labelled list of issues (「【課題】」), and their parent unless
  it is a chapter.

What stands in a theme whose list is named as measures (「分野別の取組」) is its measures.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract import outline_forms as forms
from kg.extract.outline_forms import label as _label
from kg.extract.outline_forms import names_list
from kg.extract.outline_forms import plain as _plain
from kg.extract.outline_listed_sections import names_sections
from kg.extract.outline_topics import document_part, topics
from kg.extract.profiles import Profile
from kg.read.document import Block, BlockKind, Document, Section


class ThemeHeadingRules:
    """The rules that make sections themes; the reader that holds it gives the document and profile."""

    doc: Document
    p: Profile
    skipped: set[int]
    navigation: set[int]
    themes: dict[int, int]
    theme_rule: dict[int, str]
    measure_themes: set[int]
    listed_themes: list[tuple[Block, int, int]]

    if TYPE_CHECKING:

        def title(self, section: Section) -> str:
            raise NotImplementedError

        def numbered_theme(self, section: Section) -> bool:
            raise NotImplementedError

        def _cue_heading(self, section: Section) -> bool:
            raise NotImplementedError

        def depth(self, section: Section) -> int:
            raise NotImplementedError

        def entries(self, blocks: list[int], *, top: bool = False) -> list[tuple[Block, int, int]]:
            raise NotImplementedError

        def _names_measures(self, section: Section) -> bool:
            raise NotImplementedError

        def _measure_leaves(self, section: Section) -> bool:
            raise NotImplementedError

        def _entry_list(self, section: Section) -> bool:
            raise NotImplementedError

        def _action_entries(self, section: Section) -> bool:
            raise NotImplementedError

        def _pillars(self) -> None:
            raise NotImplementedError

        def _issue_label(self, block: Block) -> bool:
            raise NotImplementedError

        def _prose_actions(self, section: Section) -> bool:
            raise NotImplementedError

    def _names_themes(self, section: Section) -> bool:
        return (
            section.index not in self.skipped
            and section.index not in self.navigation
            and not self.numbered_theme(section)
            and names_list(self.title(section), self.p.headings["theme"], anywhere=True)
        )

    def _descendants(self, section: Section) -> list[int]:
        found, stack = [], list(section.children)
        while stack:
            s = stack.pop()
            found.append(s)
            stack.extend(self.doc.sections[s].children)
        return found

    def _themes_by_heading(self) -> None:
        for section in self.doc.sections:
            if (
                self.numbered_theme(section)
                and section.index not in self.skipped
                and section.index not in self.navigation
            ):
                self.themes[section.index] = -1
                self.theme_rule[section.index] = "heading"
                parent = section.parent
                if (
                    parent is not None
                    and parent not in self.navigation
                    and self._names_measures(self.doc.sections[parent])
                ):
                    self.measure_themes.add(section.index)  # 「重点分野1 …」 under 「重点分野と取組」
        for topic in topics(self.doc, self.p, self.title, self.skipped | self.navigation):  # 「第1節　がん」
            self.themes.setdefault(topic, -1)
            self.theme_rule.setdefault(topic, "heading")
        for section in self.doc.sections:  # a list naming the sub-headings after it: their themes
            listed = self.entries(section.blocks, top=True) if section.index not in self.skipped else []
            titles = [self.title(self.doc.sections[c]) for c in section.children]
            if names_sections([self.doc.text[s:e] for _, s, e in listed], titles):
                self.listed_themes += listed
        inside: set[int] = set()
        named: set[str] = set()  # the titles of the themes so far
        for section in self.doc.sections:
            if section.index in inside or not self._names_themes(section):
                continue
            below = self._descendants(section)
            children = [c for c in section.children if c not in self.navigation]
            if not children and names_list(self.title(section), self.p.headings["theme"]):
                # 「2. 重点テーマ」 over a list: its entries are the themes (names, not sentences: a
                # 「施策の方向」 over 「…を実施する。」 lists measures).
                listed = self.entries(section.blocks, top=True)
                if listed and all(forms.sentence_entry(self.doc.text[s:e]) for _, s, e in listed):
                    continue
                if self._measure_leaves(section):
                    continue
                self.listed_themes += listed
                named.update(_plain(self.doc.text[s:e]) for _, s, e in listed)
                continue
            # 「第1 基本方針」 over 「1 重点テーマ」: an inner heading that is the theme list's own
            # name (the cue ends it) names the themes; one that only mentions a cue
            # (「3.2 教育分野での検討」 under 「3. 様々な分野での活用」) is one of them.
            if any(self._theme_list_name(self.doc.sections[s]) for s in below):
                continue
            # A child that is an item of its own (「目標1 …」) or names another type's list
            # (「2.1 目指す姿」 under 「テーマごとの目指す姿と課題」) is no theme.
            children = [c for c in children if not self._other_list(self.doc.sections[c])]
            if not children and any(s in self.themes for s in below):
                continue  # the themes are numbered further down (「施策の柱1 …」)
            numbered = [c for c in children if c in self.themes]
            if not numbered and self._names_measures(section) and self._prose_actions(section):
                continue  # 「…の基本方針」 over actions explained in prose: its measures
            if self._names_measures(section):
                # 「分野別の取組」, 「2 基本方針」: what stands in each theme is its measures.
                self.measure_themes.update(numbered or children)
            else:
                # 「(1) 農業の生産性向上」 under 「重点分野」 over entries naming actions: its measures
                listing = [c for c in numbered or children if self._entry_list(self.doc.sections[c])]
                self.measure_themes.update(listing)
                if listing:  # a sibling over one entry naming an action lists its one measure alike
                    self.measure_themes.update(
                        c for c in numbered or children if self._one_action(self.doc.sections[c])
                    )
            for child in numbered or children:  # among 「テーマ1：…」 headings, the others explain them
                title = _plain(self.title(self.doc.sections[child]))
                if title not in named:  # not a theme named again (「3.1 避難情報」 under 「目指す姿」)
                    named.add(title)
                    self.themes[child] = -1
                    self.theme_rule[child] = "heading"
            inside.update(below)
        self._pillars()

    def _one_action(self, section: Section) -> bool:
        """Whether a heading stands over no heading and one entry (a bullet, an ア or ① line) that states
        an action (「- 日本語指導員を小中学校に派遣する。」)."""
        return (
            not section.children and len(self.entries(section.blocks)) == 1 and self._action_entries(section)
        )

    def _theme_list_name(self, section: Section) -> bool:
        """Whether an inner heading is a theme list's own name (「1 重点テーマ」), not one of several
        sibling themes the cue ends (「3.1 医療分野」, 「3.2 教育分野」)."""
        cues = self.p.headings["theme"]
        if not (self._names_themes(section) and names_list(self.title(section), cues)):
            return False
        parent = self.doc.sections[section.parent] if section.parent is not None else None
        siblings = parent.children if parent is not None else []
        return sum(names_list(self.title(self.doc.sections[c]), cues) for c in siblings) < 2

    def _other_list(self, section: Section) -> bool:
        """Whether a heading is an item by its number or names a list of goals, issues or measures."""
        title = _label(section.title)
        if any(forms.split_title(title, p)[0] is not None for p in self.p.item_numbers.values()):
            return True
        heads = self.p.headings
        return any(names_list(self.title(section), heads[k]) for k in ("goal", "issue", "kpi"))

    def _holds_issue_list(self, section: Section) -> bool:
        return any(
            self.doc.blocks[i].kind in (BlockKind.PARAGRAPH, BlockKind.LIST_ITEM)
            and self._issue_label(self.doc.blocks[i])
            for i in section.blocks
        )

    def _themes_by_structure(self) -> None:
        if not self.p.rule("themes_from_issue_lists"):
            return
        by_parent: dict[int, list[int]] = {}
        for section in self.doc.sections:
            if (
                section.parent is not None
                and section.index not in self.skipped  # a 目次 line (「3. よくある課題」) labels nothing
                and self._holds_issue_list(section)
                # 「目標1 …」 over 【現状と課題】 and its own 「（1）…」 headings (the themes): a goal
                # by its number, no theme (over the labels alone, its lists are the theme's)
                and not (
                    section.children
                    and forms.split_title(_label(section.title), self.p.item_numbers.get("goal", ()))[0]
                )
                # 「成果目標1 …」 over the labels alone: an outcome set, a goal still
                and not any(p.search(_label(section.title)) for p in self.p.tree.get("outcome_goals", ()))
            ):
                by_parent.setdefault(section.parent, []).append(section.index)
        parents_done: set[int] = set()
        for parent, holding in by_parent.items():
            if len(holding) < 2:
                continue
            children = self.doc.sections[parent].children
            for child in children[children.index(holding[0]) :]:
                if child not in self.navigation and child not in self.themes:
                    self.themes[child] = -1
                    self.theme_rule[child] = "structure"
            upper = self.doc.sections[parent]
            if (
                self.depth(upper) >= 2
                and parent not in self.navigation
                and parent not in parents_done
                and not names_list(self.title(upper), self.p.headings["theme"] + self.p.headings["measure"])
                # 「戦略の柱とアクション」 over 「柱1 …」: the name of the plan's parts, no one part
                and not self._cue_heading(upper)
                # 「目標1 …」 over them: a goal by its number
                and forms.split_title(_label(upper.title), self.p.item_numbers.get("goal", ()))[0] is None
                and not document_part(_label(f"{upper.number or ''}{upper.title}"), chapters=True)
            ):
                parents_done.add(parent)
                self.themes[parent] = -1
                self.theme_rule[parent] = "structure"
