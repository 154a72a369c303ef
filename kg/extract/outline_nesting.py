"""Nested policy outlines (extraction stage): pillars, their measures, and numbered lines.

Takes the sections and blocks of a read document through the reader in
:mod:`kg.extract.outline` (which this class is a part of) and gives

- the themes of a measure heading whose sub-headings have their own (「第3 施策の展開」 over
  「1. 行政手続のオンライン化」 over 「(1) 申請手続のデジタル化」: the middle ones are pillars,
  themes, and the inner ones and their entries measures);
- under a pillar, a heading over entries that name measures (「（１）家庭における取組の促進」 over
  「ア …の普及啓発」, 「(2) 支援機関の連携」 over 「① …の設置」) is a theme within the pillar, and where
  its entries nest by their marks (「① 電話による相談」 over 「ア …の実施」) each outer one a theme over
  the ones it holds;
- the measures of a theme under a heading that names measures too (「分野別の取組」,
  「2 基本方針」, 「分野別の課題と施策」): its sub-headings and its entries;
- under a measure heading, its sub-headings are measures, but one over a list of two or more action
  bullets and no heading (「3.1 サービスの調達」 under 「3. 推奨事項」) is a theme over them as measures;
- under a measure heading, a sub-heading about something named elsewhere (「（1）論点1について」:
  ``headings.about``) is no item, the sentences below it are;
- (through :class:`~kg.extract.outline_theme_lines.ThemeLineRules`) lines that head a theme;
- lines that open with an item's own number (「アクション1-1　…を整備する。（デジタル庁）」):
  that item, the owners in brackets after its sentence kept apart as its 担当;
- a bullet that opens with a measure's own number (「- 施策1-2 電子カルテ情報の標準化」 under
  「### 課題1 …」): that measure, its label the words after the number up to a progress label
  (「…の整備：取組状況 ― …」).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kg.extract import outline_forms as forms
from kg.extract.outline_combined import combined_kinds
from kg.extract.outline_forms import Found, names_list
from kg.extract.outline_nesting_marks import nested_entries
from kg.extract.outline_theme_lines import ThemeLineRules
from kg.extract.profiles import Profile
from kg.read.document import Block, BlockKind, Document, Section

_JOINED = re.compile(r"と|及び|並びに")
# 「…を整備する。（デジタル庁、法務省）」: the bracket after the sentence names its owners.
_OWNERS = re.compile(r"。[ \u3000]*[（(](?P<owners>[^（）()]+)[）)]$")
_BRACKETED_ALONE = re.compile(r"^[（(【〔\[](?P<inner>[^（）()【】〔〕\[\]]{2,30})[）)】〕\]]$")


def _progress_cut(profile: Profile) -> re.Pattern[str] | None:
    """Where a bullet's label ends before the progress it reports (「：取組状況 ―」, 「【進捗】」)."""
    if not profile.progress:
        return None
    words = "|".join(re.escape(w) for w in sorted(profile.progress, key=len, reverse=True))
    return re.compile(rf"[ \u3000]*(?:[：:][ \u3000]*[【\[〔]?|[【\[〔（(])(?:{words})")


# The number of a theme's heading and its marks (「基本方針一」 → 「基本方針」).
_NUMBER_MARKS = re.compile(r"[0-9０-９①-⑳一二三四五六七八九十Ⅰ-Ⅹ【】\[\]〔〕 \u3000：:.．]")


class NestingRules(ThemeLineRules):
    """The nesting rules; the reader that holds them gives the document, profile, items and ``add``."""

    doc: Document
    p: Profile
    skipped: set[int]
    navigation: set[int]
    read_bullets: set[int]
    progress_places: dict[int, str]
    themes: dict[int, int]
    aliases: dict[int, int]
    theme_rule: dict[int, str]
    measure_themes: set[int]
    found: list[Found]
    group_bullets: set[int]  # list entries that hold others

    if TYPE_CHECKING:

        def add(self, cls: str, block: Block, rule: str, start: int | None = None, end: int | None = None,
                **extra: object) -> int | None:  # fmt: skip
            raise NotImplementedError

        def title(self, section: Section) -> str:
            raise NotImplementedError

        def add_entries(self, cls: str, blocks: list[int], rule: str) -> int:
            raise NotImplementedError

        def heading_block(self, section: int) -> Block:
            raise NotImplementedError

        def _names_themes(self, section: Section) -> bool:
            raise NotImplementedError

        def _other_list(self, section: Section) -> bool:
            raise NotImplementedError

        def _sentence_spans(self, block: Block) -> list[tuple[int, int, str]]:
            raise NotImplementedError

        def entries(self, blocks: list[int], *, top: bool = False) -> list[tuple[Block, int, int]]:
            raise NotImplementedError

        def _action_entries(self, section: Section) -> bool:
            raise NotImplementedError

        def list_named(self, text: str) -> str | None:
            raise NotImplementedError

        def _names_action(self, text: str) -> bool:
            raise NotImplementedError

        def measure_entries(self, section: Section) -> None:
            raise NotImplementedError

        def _label_type(self, block: Block) -> str | None:
            raise NotImplementedError

    def _measures_under(self, section: Section) -> None:
        """A measure heading's sub-headings; below a sub-heading titled as a theme, its own."""
        children = [
            c
            for c in section.children
            if c not in self.navigation
            and c not in self.themes
            and not self._names_themes(self.doc.sections[c])
            # 「1　基本目標」, 「2　施設類型ごとの…方針」 under 「第3章　…基本的な方針」: lists of their own
            and not self._other_list(self.doc.sections[c])
            and not names_list(self.title(self.doc.sections[c]), self.p.headings["measure"])
        ]
        for child in children:
            if self.about(self.doc.sections[child]):
                self.add_sentences("Measure", self.doc.sections[child])
                continue
            if child not in self.aliases and self._entry_list(self.doc.sections[child]):
                # 「3.1 サービスの調達」 under 「3. 推奨事項」 over its action bullets: a theme over them
                theme = self.add("Theme", self.heading_block(child), "heading")
                self.themes[child] = -1 if theme is None else theme
                self.add_entries("Measure", self.doc.sections[child].blocks, "heading")
                continue
            if child not in self.aliases and not self._holds_table(self.doc.sections[child]):
                self.add("Measure", self.heading_block(child), "heading")
                continue
            if child not in self.aliases:
                continue  # 「(1) 発生の抑制」 over a table of 課題 | 主な取組: its rows are the items
            below = [c for c in self.doc.sections[child].children if c not in self.navigation]
            for grandchild in below:
                self.add("Measure", self.heading_block(grandchild), "heading")
            if not below:
                self.add_entries("Measure", self.doc.sections[child].blocks, "heading")
        if not children and not any(c in self.measure_themes for c in section.children):
            self.measure_entries(section)

    def _holds_table(self, section: Section) -> bool:
        return any(self.doc.blocks[i].kind == BlockKind.TABLE for i in section.blocks)

    def _entry_list(self, section: Section) -> bool:
        """Whether a heading stands over no heading and two or more entries (bullets, ア or ① lines) naming
        what is done: each an action, or names (no sentence) of which one at least is an action (「…の開催」
        beside 「…の同封」)."""
        texts = [forms.label(self.doc.text[s:e]) for _, s, e in self.entries(section.blocks)]
        if section.children or len(texts) < 2:
            return False
        if self._action_entries(section):
            return True
        return not any(t.endswith("。") for t in texts) and any(self._names_action(t) for t in texts)

    def _names_measures(self, section: Section) -> bool:
        title = self.title(section)
        if names_list(title, self.p.headings["measure"]):
            return True
        kinds = combined_kinds(title, self.p.combined_words)
        if kinds is not None and "measure" in kinds:
            return True
        # 「重点分野と取組」: a theme list joined to what is done in each theme.
        parts = _JOINED.split(forms.plain(title))
        heads = self.p.headings
        return (
            len(parts) >= 2
            and any(names_list(p, heads["theme"]) for p in parts)
            and any(names_list(p, heads["measure"]) for p in parts)
        )

    def _group_of_measures(self, section: Section, *, named_only: bool = False) -> bool:
        """A heading that names measures inside its topic (「家庭における取組の促進」) over entries that
        each name an action: a theme over them, not a measure of its own (and, unless ``named_only``,
        one over entries naming measures alone)."""
        title = forms.plain(self.title(section))
        words = (forms.plain(w) for w in self.p.headings["measure"])
        if section.children:
            return False
        if any(w in title and not title.endswith(w) for w in words) and self._action_entries(section):
            return True
        if named_only:
            return False
        # 「(2) 支援機関の連携」 over 「① …の設置」「② …の提供」: entries naming measures, no sentences
        texts = [forms.label(self.doc.text[s:e]) for _, s, e in self.entries(section.blocks)]
        return (
            len(texts) >= 2
            and not any(t.endswith("。") for t in texts)
            and all(self._names_action(t) for t in texts)
        )

    def about(self, section: Section) -> bool:
        """A heading about something named elsewhere (「論点1について」): no item of its own."""
        return any(p.search(forms.plain(self.title(section))) for p in self.p.about)

    def plain_children(self, section: Section) -> list[int]:
        """The sub-headings that are neither navigation, themes, nor lists or items of their own."""
        return [
            c
            for c in section.children
            if c not in self.navigation
            and c not in self.skipped
            and c not in self.themes
            and not self._other_list(self.doc.sections[c])
        ]

    def add_sentences(self, cls: str, section: Section) -> None:
        for i in section.blocks:
            block = self.doc.blocks[i]
            if block.kind == BlockKind.PARAGRAPH:
                for s, e, _ in self._sentence_spans(block):
                    self.add(cls, block, "heading", s, e)
            elif block.kind == BlockKind.LIST_ITEM:
                self.add(cls, block, "heading")

    def _pillars(self) -> None:
        """A measure heading's sub-headings that have their own are pillars (themes)."""
        # A sub-heading titled as a theme named elsewhere (「1 利用者中心の手続設計」 again under
        # 「第3 具体的施策」) is that theme, not a pillar of its own.
        named = {forms.plain(self.title(self.doc.sections[t])) for t in self.themes}
        for section in self.doc.sections:
            if (
                section.index in self.skipped
                or section.index in self.navigation
                or section.index in self.themes
                or self._names_themes(section)
                or not names_list(self.title(section), self.p.headings["measure"])
            ):
                continue
            for child in self.plain_children(section):
                # 「視点１ …」 over 「目標１ …」 headings: sub-headings that are items of their own count too
                inner = self.plain_children(self.doc.sections[child]) or self._numbered_items_below(child)
                title = forms.plain(self.title(self.doc.sections[child]))
                if inner and not self.about(self.doc.sections[child]) and title not in named:
                    self.themes[child] = -1
                    self.theme_rule[child] = "heading"
                    self.measure_themes.add(child)
        self._goal_directions()

    def _numbered_items_below(self, section: int) -> list[int]:
        """The sub-headings of ``section`` that are goals or measures by their own number (「目標１ …」)."""
        numbers = (*self.p.item_numbers.get("goal", ()), *self.p.item_numbers.get("measure", ()))
        return [
            c
            for c in self.doc.sections[section].children
            if c not in self.navigation
            and c not in self.skipped
            and forms.split_title(forms.label(self.doc.sections[c].title), numbers)[0] is not None
        ]

    def _goal_directions(self) -> None:
        """Under a heading that is a goal by its number (「目標２　…」), the sub-headings that hold
        entries or headings of their own (「（１）生涯学習の推進」 over its bullets) are the goal's themes
        (its 施策の方向), and what stands in each is its measures."""
        goal_numbers = self.p.item_numbers.get("goal", ())
        for section in self.doc.sections:
            if (
                section.index in self.skipped
                or section.index in self.themes
                or forms.split_title(forms.label(section.title), goal_numbers)[0] is None
            ):
                continue
            for child in self.plain_children(section):
                below = self.doc.sections[child]
                if names_list(self.title(below), self.p.headings["measure"]) or self.about(below):
                    continue
                if below.children or any(
                    self.doc.blocks[i].kind == BlockKind.LIST_ITEM for i in below.blocks
                ):
                    self.themes[child] = -1
                    self.theme_rule[child] = "heading"
                    self.measure_themes.add(child)

    def _bare_measure_level(self) -> bool:
        """Whether, under some theme numbered as a direction, a sub-heading stands over nothing
        (「（2）…の向上」 alone): its level is the plan's measures (施策), and a sibling over entries of
        its own at that level (「（1）…」 over 「ア　…」 lines) is a measure over its projects (事業), no
        theme."""
        for index in self._pillars_of_measures():
            for child in self.plain_children(self.doc.sections[index]):
                below = self.doc.sections[child]
                if not below.children and all(b == below.heading for b in below.blocks):
                    return True
        return False

    def _pillars_of_measures(self) -> set[int]:
        """The themes whose sub-headings are measures, by a number after a word naming what is done
        (「基本方針一　…」, 「重点施策2　…」; not a goal's 「基本目標一　…」, over the areas it is reached
        by)."""
        return {t for t in self.themes if self._numbered_directions(self.doc.sections[t])}

    def _numbered_directions(self, section: Section) -> bool:
        number = forms.split_title(forms.label(section.title), self.p.theme_numbers)[0]
        word = _NUMBER_MARKS.sub("", number or "")
        return bool(word) and names_list(word, self.p.headings["measure"])

    def _measures_in_themes(self) -> None:
        measure_level = self._bare_measure_level()
        pillars = self._pillars_of_measures()
        for index in sorted(self.measure_themes):
            section = self.doc.sections[index]
            subs = self.plain_children(section)
            for child in subs:
                below = self.doc.sections[child]
                if self.about(below):
                    self.add_sentences("Measure", below)
                    continue
                if self._topic_over_labels(below):
                    # 「(1) たばこ対策」 over 「【現状・課題】」 and 「【取り組むべき施策】」: a theme of
                    # the pillar, the labels' entries its items
                    pillar = self.themes.get(index)
                    theme = self.add(
                        "Theme", self.heading_block(child), "heading", theme=pillar, theme_basis="heading"
                    )
                    if theme is not None:
                        self.themes[child] = theme
                        for item in self.found:
                            if item.section == child and item.cls != "Theme":
                                item.theme, item.theme_basis = theme, "heading"
                        self.add_entries("Measure", below.blocks, "heading")
                    continue
                if names_list(self.title(below), self.p.headings["measure"]):
                    # 「主な取組」 under a pillar names its measures: its entries are they
                    self.add_entries("Measure", below.blocks, "heading")
                    continue
                if self._group_of_measures(below, named_only=measure_level and index in pillars):
                    # 「（１）家庭における取組の促進」 over 「ア　…の普及啓発」 lines: a theme of the pillar
                    pillar = self.themes.get(index)
                    theme = self.add(
                        "Theme", self.heading_block(child), "heading", theme=pillar, theme_basis="heading"
                    )
                    if theme is not None:
                        for (block, s, e), held in nested_entries(self.doc.text, self.entries(below.blocks)):
                            if not held:
                                self.add(
                                    "Measure", block, "heading", s, e, theme=theme, theme_basis="heading"
                                )
                                continue
                            # 「① 電話による相談」 over its 「ア …」 lines: a theme within the heading's
                            group = self.add(
                                "Theme", block, "heading", s, e, theme=theme, theme_basis="heading"
                            )
                            for b, hs, he in held:
                                self.add("Measure", b, "heading", hs, he, theme=group, theme_basis="heading")
                        continue
                self.add("Measure", self.heading_block(child), "heading")
                self.add_entries("Measure", below.blocks, "heading")
            if not subs:
                self.add_entries("Measure", section.blocks, "heading")

    def _topic_over_labels(self, section: Section) -> bool:
        """Whether a heading with no sub-heading holds a label naming measures over entries
        (「【取り組むべき施策】」), the label of its actions within the pillar."""
        if section.children:
            return False
        if any(self.list_named(self.doc.text[s:e]) == "Measure" for _, s, e in self.entries(section.blocks)):
            return True  # 「イ　取組」 among the lines of plain text: the same label, numbered as a line
        blocks = [self.doc.blocks[i] for i in section.blocks]

        def names_measures(block: Block) -> bool:
            text = block.text.strip()
            return self._label_type(block) == "Measure" or (
                forms.bracketed(text) and names_list(forms.bare_label(text), self.p.headings["measure"])
            )

        return any(
            b.kind == BlockKind.PARAGRAPH and names_measures(b) and n + 1 < len(blocks)
            and blocks[n + 1].kind == BlockKind.LIST_ITEM
            for n, b in enumerate(blocks)
        )  # fmt: skip

    def _states_issue(self, text: str) -> bool:
        """Whether a numbered line states a problem or asks a question (not 「論点3：対象手続の範囲」,
        a topic)."""
        end = forms.label(text).rstrip("。．. \u3000")
        predicates = self.p.combined_predicates.get("issue", ())
        return end.endswith(("か", "？", "?")) or any(p.search(end) for p in predicates)

    def _number_alone(self, line: str) -> tuple[str, str] | None:
        """The type and number of a line that is an item's number alone in brackets
        (「（起きてはならない最悪の事態３－１）」, 「【リスクシナリオ1-2】」), else None."""
        m = _BRACKETED_ALONE.match(line.strip(" \u3000"))
        if m is None:
            return None
        inner = m["inner"].strip(" \u3000") + " "
        for cls, patterns in self.p.item_numbers.items():
            for pattern in patterns:
                found = pattern.match(inner)
                if found is not None and found.end() == len(inner):
                    return cls.capitalize(), forms.plain(inner)
        return None

    def _numbered_bullets(self) -> None:
        """A bullet opening with a measure's own number (「- 施策1 …」, 「- 取組2-1 …」) is that measure."""
        patterns = self.p.item_numbers.get("measure", ())
        cut = _progress_cut(self.p)
        for block in self.doc.blocks:
            if block.kind != BlockKind.LIST_ITEM or block.section in self.skipped:
                continue
            if block.index in self.progress_places:
                continue  # 「- 施策1：…を立ち上げた。」 under a 取組状況 heading: a report on measure 1
            first = block.text.split("\n", 1)[0].rstrip()
            number, rest = forms.split_title(first.strip(" \u3000"), patterns)
            if number is None or not rest:
                continue
            s = block.start + first.index(rest)
            e = block.start + len(first)
            if cut is not None and (m := cut.search(self.doc.text, s, e)) is not None and m.start() > s:
                e = m.start()
            if self.add("Measure", block, "label", s, e, number=number) is not None:
                self.read_bullets.add(block.index)

    def _numbered_lines(self) -> None:
        """Lines of a paragraph that open with an item's number (「アクション1-1　…」)."""
        text = self.doc.text
        # 「（起きてはならない最悪の事態３－１）」: an item's number alone in brackets, its text next.
        pending: tuple[str, str] | None = None
        for block in self.doc.blocks:
            if block.kind != BlockKind.PARAGRAPH or block.section in self.skipped:
                pending = None
                continue
            at = block.start
            for line in block.text.split("\n"):
                start, end = at, at + len(line.rstrip())
                at += len(line) + 1
                if pending is not None and line.strip():
                    lead = len(line) - len(line.lstrip(" \u3000"))
                    self.add(pending[0], block, "label", start + lead, end, number=pending[1])
                    pending = None
                    continue
                if (alone := self._number_alone(line)) is not None:
                    pending = alone
                    continue
                # 「1．論点1：…」: the outline's number before the item's own left out
                _, written = forms.split_title(line.strip(), self.p.numbers)
                for cls, patterns in self.p.item_numbers.items():
                    number, rest = forms.split_title(written, patterns)
                    # 「論点3：対象手続の範囲」 names a topic; 「課題2　…の個別最適化」 an issue by its cue
                    topic = cls == "issue" and number is not None and forms.plain(number).startswith("論点")
                    if number is None or (topic and not self._states_issue(rest)):
                        continue
                    s = start + line.index(rest)
                    if any(f.start == s and f.end <= end and f.cls == cls.capitalize() for f in self.found):
                        break  # 「課題：…（関連目標：…）」 read already, note and all, by its inline label
                    extra: dict[str, object] = {"number": number}
                    if owners := _OWNERS.search(text, s, end):
                        extra["owner"] = (owners.start("owners"), owners.end("owners"))
                        end = owners.start() + 1
                    self.add(cls.capitalize(), block, "label", s, end, **extra)
                    break
