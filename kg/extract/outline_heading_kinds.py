"""What a heading is (extraction stage): a topic, a list's name, a cue or the document's own title.

Takes a section of a read document (through the reader in :mod:`kg.extract.outline`, which this
class is a part of) and says what its title makes it before the heading tree is read
(:mod:`kg.extract.outline_tree`):

- numbered by any scheme the profile knows (「第１」, 「（１）」, 「施策３－１」, 「【…】」), or not;
- the document's title (an unnumbered first heading, or one naming a kind of document: 「…計画」);
- the name of a list or a cue (「現状と課題」, 「取組のポイント」, 「主な取組」, 「重点分野と取組」),
  not a topic (「防災・減災対策」, 「地域の魅力を高める取組」);
- a topic inside a list of goals, issues or the state of things (「現状と課題」 over 「（１）…」).
"""

from __future__ import annotations

import itertools
import re
from typing import TYPE_CHECKING

from kg.extract import outline_forms as forms
from kg.extract.outline_combined import combined_kinds
from kg.extract.outline_decimal import DecimalRules
from kg.extract.outline_forms import Found
from kg.extract.outline_plan_subject import names_plan_subject, title_subject
from kg.extract.outline_topics import document_part
from kg.read.document import Block, BlockKind, Section

# What follows a cue word that names a list (「課題と対応」, 「分野別」, 「テーマごと」, 「施策の体系」).
_JOINED_AFTER = r"(?:と|及び|並びに|・|ごと|毎|別|の|[：:]|$)"
# What follows a theme cue that names a list by it (「分野別施策」, 「テーマごとの取組」).
_BY = ("別", "ごと", "毎")
# What numbers a heading after its word (「戦略Ⅰ」, 「視点１」, 「【柱2】」): left out of the word.
_NUMBER_CHARS = re.compile(r"[A-Za-z0-9０-９①-⑳Ⅰ-Ⅹ一二三四五六七八九十【】\[\]〔〕：:.．\s\u3000]")


class HeadingKinds(DecimalRules):
    """What a heading's title makes it; the reader that holds it gives the document, profile and items."""

    navigation: set[int]
    covered: set[int]
    themes: dict[int, int]
    aliases: dict[int, int]
    found: list[Found]
    series: dict[int, str]  # sections numbered in a series (「視点１」), with their number

    if TYPE_CHECKING:

        def _goal_heading(self, section: Section) -> bool:
            raise NotImplementedError

        def _prose_actions(self, section: Section) -> bool:
            raise NotImplementedError

        def _tree_span(self, section: Section) -> tuple[int, int]:
            raise NotImplementedError

        def heading_block(self, section: int) -> Block:
            raise NotImplementedError

    def _numbered(self, section: Section) -> bool:
        if forms.clean_number(section.number) or section.index in self.series:
            return True
        title = forms.label(section.title)
        items = (p for found in self.p.item_numbers.values() for p in found)  # 「施策３－１」
        patterns = (*self.p.numbers, *self.p.theme_numbers, *self.p.chapters, *items)
        return forms.split_title(title, patterns)[0] is not None or forms.bracketed(title)

    def _document_title(self, section: Section) -> bool:
        """The document's own title: an unnumbered first heading, or one naming a kind of document; a part
        of it that does (「第2部　2025年度の年次計画」) is the document's text, no topic."""
        title = forms.plain(self.title(section))
        if document_part(forms.label(section.title)):
            return any(p.search(title) for p in self.p.tree.get("document", ()))
        if section.parent is not None:
            return False
        if any(p.search(title) for p in self.p.tree.get("document", ())):
            return True
        return section.index == 0 and not self._numbered(section)

    def _cue_heading(self, section: Section) -> bool:
        """A heading that names a list, a cue or a part of the document (「現状と課題」, 「取組のポイント」,
        「基本的な考え方」), not a topic; a topic that names an action (「防災対策の推進」) is one."""
        title = self.title(section)
        plain = forms.plain(title)
        if combined_kinds(title, self.p.combined_words) or plain in self.p.combined_words.get("status", ()):
            return True
        if any(p.search(plain) for p in (*self.p.procedure, *self.p.about, *self.p.tree.get("section", ()))):
            return True
        if (section.children or self._over_table(section)) and any(
            p.search(plain) for p in self.p.tree.get("directions", ())
        ):
            # 「3 振興の方針」 over 「3.1 担い手の確保」, 「実施方針」 over a table of what is done: the list
            # of its directions
            return True
        if any(p.search(plain) for p in self.p.tree.get("containers", ())) and (
            section.children or self._over_table(section) or self._entries_between(section)
        ):
            # 「4 施設管理の基本方針」, 「第3 …の実施方針」, 「…の現状と課題」 over numbered or marked
            # sub-headings or entries that hold lines of their own: their container, no theme (the
            # sub-headings are the themes, or the items)
            return True
        if (
            not section.children
            and any(self._kind_label(m) for p in self.p.tree.get("kind_labels", ()) if (m := p.search(plain)))
            and any(self.doc.blocks[i].kind == BlockKind.LIST_ITEM for i in section.blocks)
        ):
            # 「(2) …に関する取組」 over ・ lines alone: the label of what they are, no topic
            return True
        if any(p.search(plain) for p in self.p.tree.get("over_themes", ())) and (
            self._over_themes(section) or self._over_measures(section) or self._over_measure_table(section)
        ):
            # 「ライフステージに応じた取組」 over 「1　妊娠期・乳幼児期」, 「受診率向上のための取組」 over its
            # 「（1）…」 measures: the name of what they hold
            return True
        if forms.names_list(title, self.p.headings["theme"], anywhere=True) and self._prose_actions(section):
            # 「施設管理の基本方針」 over actions explained in prose: the list of the plan's lines of action
            return True
        # the theme list's own name (「まちづくりの基本方針」) over its numbered themes (「基本方針1 …」);
        # one naming what it holds by them (「分野別施策の推進」), or by the word they are numbered with
        # (「戦略と具体的な取組」 over 「戦略Ⅰ …」)
        listed = [c for c in section.children if c in self.themes]
        cues = self.p.headings["theme"]
        if listed and (
            forms.names_list(title, cues)
            or any(f"{forms.plain(c)}{by}" in plain for c in cues for by in _BY)
            or any(w and w in plain for w in (self._series_word(self.doc.sections[c]) for c in listed))
        ):
            return True
        if listed and self._part_over_series(section, listed):
            return True
        return self._cue_words(title)

    def _part_over_series(self, section: Section, listed: list[int]) -> bool:
        """Whether a part or chapter by its number (「第2編　災害予防」, 「第3章　…」) holds, as its
        sub-headings, themes numbered by one word alone (「分野1　…」, 「分野2　…」): the part of the plan
        its areas stand in, no area of its own."""
        if not document_part(forms.label(section.title), chapters=True):
            return False
        children = [c for c in section.children if c not in self.navigation]
        words = {self._series_word(self.doc.sections[c]) for c in children}
        return len(children) >= 2 and set(children) == set(listed) and len(words) == 1 and None not in words

    def _container(self, section: int | None) -> bool:
        """Whether a heading names the kind of what it holds (``tree.containers``) over numbered or
        marked entries that hold lines of their own (see :meth:`_cue_heading`)."""
        if section is None:
            return False
        s = self.doc.sections[section]
        plain = forms.plain(self.title(s))
        return any(p.search(plain) for p in self.p.tree.get("containers", ())) and self._entries_between(s)

    def _entries_between(self, section: Section) -> bool:
        """Whether numbered or marked lines stand between a heading and the lines under them: a line
        opening with a number or a mark (「(1) 境界の明確化」, 「4.1 …」, 「■ 学校教育系施設」) followed by
        a line numbered or marked otherwise or unmarked, or by a list (Word: a paragraph a line alike);
        items directly under the heading, numbered or marked alike, have none between."""
        numbered = (*self.p.numbers, *self.p.tree.get("manual_numbers", ()))

        def kind(line: str) -> tuple[str, object] | None:
            for at, pattern in enumerate(numbered):
                if forms.split_title(line, (pattern,))[0] is not None:
                    return ("number", at)
            return ("mark", line[:1]) if forms.line_mark(line) is not None else None

        kinds: list[tuple[str, object] | None] = []  # each line's, in order
        for i in section.blocks:
            block = self.doc.blocks[i]
            if block.kind == BlockKind.LIST_ITEM:
                kinds.append(("list", None))
            elif block.kind == BlockKind.PARAGRAPH:
                kinds += [kind(ln.strip(" \u3000")) for ln in block.text.splitlines() if ln.strip(" \u3000")]
        return any(k is not None and k[0] != "list" and k != nxt for k, nxt in itertools.pairwise(kinds))

    def _kind_label(self, match: re.Match[str]) -> bool:
        """Whether a ``tree.kind_labels`` match names a kind: where it gives an ``action``, that names one."""
        action = match.groupdict().get("action")
        return action is None or self._names_action(action)

    def _over_themes(self, section: Section) -> bool:
        """Whether themes stand under a heading: its sub-headings, or lines read as themes below it."""
        if any(c in self.themes for c in section.children):
            return True
        end = self._tree_span(section)[1]
        heading_end = self.heading_block(section.index).end
        return any(f.cls == "Theme" and heading_end <= f.start < end for f in self.found)

    def _over_table(self, section: Section) -> bool:
        """Whether a heading's own text (no sub-headings) is a table, a caption or note beside it at most."""
        kinds = [self.doc.blocks[b].kind for b in section.blocks]
        return BlockKind.TABLE in kinds and sum(k == BlockKind.PARAGRAPH for k in kinds) <= 1

    def _over_measures(self, section: Section) -> bool:
        """Whether every sub-heading of a heading is a measure of its own (「（1）未受診者への個別勧奨」)."""
        children = [c for c in section.children if c not in self.navigation]
        blocks = [self.heading_block(c) for c in children]
        return bool(blocks) and all(
            any(f.cls == "Measure" and b.start <= f.start < b.end for f in self.found) for b in blocks
        )

    def _over_measure_table(self, section: Section) -> bool:
        """Whether a heading's own text is a table whose rows give measures (「…のための取組」 over
        「| 取組 | 担当 |」): the heading names what the table lists."""
        if not self._over_table(section):
            return False
        tables = [self.doc.blocks[b] for b in section.blocks if self.doc.blocks[b].kind == BlockKind.TABLE]
        return any(f.cls == "Measure" and t.start <= f.start < t.end for t in tables for f in self.found)

    def _series_word(self, section: Section) -> str | None:
        """The word a heading is numbered with (「戦略」 of 「戦略Ⅰ」, 「視点」 of 「視点１」), else None."""
        number = forms.split_title(forms.label(section.title), self.p.theme_numbers)[0]
        number = number or self.series.get(section.index)
        return _NUMBER_CHARS.sub("", number) if number else None

    def _cue_words(self, title: str) -> bool:
        plain = forms.plain(title)
        heads = self.p.headings
        keys = ("theme", "goal", "issue", "measure", "kpi", "schedule", "navigation", "skip")
        words = {forms.plain(w) for k in keys for w in heads[k]}
        if plain in words:
            return True
        # cue words alone, joined (「よくある課題と対策」, 「課題及び対応策」): a list's name, no topic
        parts = re.split(r"と|及び|並びに|・|、", plain)
        if len(parts) > 1 and all(part in words for part in parts):
            return True
        if self._modified_measures(plain):
            return True  # 「重点的に取り組む研究開発」, 「今後の施策」: a list's name, no topic
        if self._topic_of_measures(plain):
            return False
        # a cue word that opens the title or is joined to another (「取組のポイント」, 「重点分野と取組」),
        # not one inside a topic's name (「あらゆる分野における女性の活躍」)
        joined = any(
            plain.startswith(w) or re.search(re.escape(w) + _JOINED_AFTER, plain) for w in words if w in plain
        )
        return joined and not self._names_action(title)

    def _modified_measures(self, plain: str) -> bool:
        """A title that is a measure word after a modifier alone (「重点的に取り組む研究開発」)."""
        for word in sorted(self.p.headings["measure"], key=len, reverse=True):
            if plain.endswith(word) and len(plain) > len(word):
                topic = plain[: -len(word)].removesuffix("の")
                return any(p.fullmatch(topic) for p in self.p.tree.get("modifier", ()))
        return False

    def _topic_of_measures(self, plain: str) -> bool:
        """A title that ends in a measure word after a topic of its own (「防災・減災対策」, 「地域の
        魅力を高める取組」), not after a modifier (「主な取組」, 「今後の施策」) or a joined cue
        (「課題と対策」)."""
        for word in sorted(self.p.headings["measure"], key=len, reverse=True):
            if plain.endswith(word):
                topic = plain[: -len(word)].removesuffix("の")
                cues = (*self.p.headings["issue"], *self.p.headings["goal"], *self.p.headings["theme"])
                return (
                    len(topic) >= 2
                    and not any(p.fullmatch(topic) for p in self.p.tree.get("modifier", ()))
                    and not topic.endswith(("と", "及び", "並びに", "・", "別", "ごと"))
                    and not any(c in topic for c in (*cues, *self.p.combined_words.get("measure", ())))
                    # 「機能強化の取組」 in a 「…機能強化計画」: the plan's own measures as a whole
                    and not names_plan_subject(topic, title_subject(self.doc.text))
                )
        return False

    def _list_below(self, section: Section) -> bool:
        """Whether a heading stands in a list of goals, issues or the state of things (「現状と課題」
        over 「（１）貸出サービス」): a topic of that list, no theme."""
        heads = self.p.headings
        parent = section.parent
        while parent is not None:
            upper = self.doc.sections[parent]
            title = self.title(upper)
            kinds = combined_kinds(title, self.p.combined_words)
            # 「現状と課題」 over topics (not 「課題と対応方針」, over topics of issues and what is done);
            # a goal stated by its heading (「目標１：安心して子育てができる町」) names no list of goals
            listed = (
                any(forms.names_list(title, heads[k], anywhere=True) for k in ("goal", "issue", "kpi"))
                or (kinds is not None and "measure" not in kinds)
                or forms.plain(title) in self.p.combined_words.get("status", ())
            )
            if listed and not self._goal_heading(upper) and self._cue_heading(upper):
                return True
            parent = upper.parent
        return False

    def _tree_candidate(self, section: Section) -> bool:
        index = section.index
        return not (
            index in self.skipped
            or index in self.covered
            or index in self.aliases
            or (index in self.navigation and not (index == 0 and self._numbered(section)))
            or self._document_title(section)
            or self._cue_heading(section)
            or self._list_below(section)
        )
