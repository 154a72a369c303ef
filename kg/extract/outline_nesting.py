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
from kg.extract.profiles import Profile
from kg.read.document import Block, BlockKind, Document, Section

_JOINED = re.compile(r"と|及び|並びに")
# 「…を整備する。（デジタル庁、法務省）」: the bracket after the sentence names its owners.
_OWNERS = re.compile(r"。[ \u3000]*[（(](?P<owners>[^（）()]+)[）)]$")
_BRACKETED_ALONE = re.compile(r"^[（(【〔\[](?P<inner>[^（）()【】〔〕\[\]]{2,30})[）)】〕\]]$")


# A line set apart as a heading: wholly in bold (「**基本方針1　…**」) or after a heading's mark (「■ …」).
_DECORATED = re.compile(r"^(?:\*\*(?P<bold>[^*]+)\*\*|[■◆●□][ \u3000]*(?P<marked>.+))$")


def _undecorated(line: str) -> str:
    """A line without the bold marks or the heading's mark that set it apart."""
    m = _DECORATED.match(line)
    return line if m is None else (m["bold"] or m["marked"]).strip(" \u3000")


Entry = tuple[Block, int, int]


def _mark_kind(text: str, entry: Entry) -> str:
    """The kind of mark an entry's line opens with: circled, katakana, bracketed, a bullet."""
    start = text.rfind("\n", 0, entry[1]) + 1
    mark = text[start : entry[1]].strip(" \u3000")
    if not mark:
        return ""
    if mark[0] in "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳":
        return "circled"
    if mark[0] in "アイウエオカキクケコサシスセソタチツテト":
        return "katakana"
    return "bracketed" if mark[0] in "（(" else mark[0]


def _nested(text: str, entries: list[Entry]) -> list[tuple[Entry, list[Entry]]]:
    """Entries with those they hold: where the first entry's kind of mark (「①」) comes back after
    entries marked otherwise (「ア」), each of the first kind holds the others up to the next of its
    kind; else every entry stands alone."""
    kinds = [_mark_kind(text, e) for e in entries]
    outer = kinds[0] if kinds else ""
    if not outer or kinds.count(outer) < 2 or all(k == outer for k in kinds):
        return [(e, []) for e in entries]
    result: list[tuple[Entry, list[Entry]]] = []
    for entry, kind in zip(entries, kinds, strict=True):
        if kind == outer or not result:
            result.append((entry, []))
        else:
            result[-1][1].append(entry)
    return result


def _progress_cut(profile: Profile) -> re.Pattern[str] | None:
    """Where a bullet's label ends before the progress it reports (「：取組状況 ―」, 「【進捗】」)."""
    if not profile.progress:
        return None
    words = "|".join(re.escape(w) for w in sorted(profile.progress, key=len, reverse=True))
    return re.compile(rf"[ \u3000]*(?:[：:][ \u3000]*[【\[〔]?|[【\[〔（(])(?:{words})")


class NestingRules:
    """The nesting rules; the reader that holds them gives the document, profile, items and ``add``."""

    doc: Document
    p: Profile
    skipped: set[int]
    navigation: set[int]
    read_bullets: set[int]
    themes: dict[int, int]
    aliases: dict[int, int]
    theme_rule: dict[int, str]
    measure_themes: set[int]
    found: list[Found]
    line_themes: list[tuple[int, int, int | None]]  # themes of lines (「柱1 …」): item, start, section
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

        def _names_action(self, text: str) -> bool:
            raise NotImplementedError

        def measure_entries(self, section: Section) -> None:
            raise NotImplementedError

    def _measures_under(self, section: Section) -> None:
        """A measure heading's sub-headings; below a sub-heading titled as a theme, its own."""
        children = [
            c
            for c in section.children
            if c not in self.navigation
            and c not in self.themes
            and not self._names_themes(self.doc.sections[c])
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

    def _group_of_measures(self, section: Section) -> bool:
        """A heading that names measures inside its topic (「家庭における取組の促進」) over entries that
        each name an action: a theme over them, not a measure of its own."""
        title = forms.plain(self.title(section))
        words = (forms.plain(w) for w in self.p.headings["measure"])
        if section.children:
            return False
        if any(w in title and not title.endswith(w) for w in words) and self._action_entries(section):
            return True
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
                inner = self.plain_children(self.doc.sections[child])
                title = forms.plain(self.title(self.doc.sections[child]))
                if inner and not self.about(self.doc.sections[child]) and title not in named:
                    self.themes[child] = -1
                    self.theme_rule[child] = "heading"
                    self.measure_themes.add(child)
        self._goal_directions()

    def _goal_directions(self) -> None:
        """Under a heading that is a goal by its number (「基本目標２　…」), the sub-headings that hold
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

    def _measures_in_themes(self) -> None:
        for index in sorted(self.measure_themes):
            section = self.doc.sections[index]
            subs = self.plain_children(section)
            for child in subs:
                below = self.doc.sections[child]
                if self.about(below):
                    self.add_sentences("Measure", below)
                    continue
                if names_list(self.title(below), self.p.headings["measure"]):
                    # 「主な取組」 under a pillar names its measures: its entries are they
                    self.add_entries("Measure", below.blocks, "heading")
                    continue
                if self._group_of_measures(below):
                    # 「（１）家庭における取組の促進」 over 「ア　…の普及啓発」 lines: a theme of the pillar
                    pillar = self.themes.get(index)
                    theme = self.add(
                        "Theme", self.heading_block(child), "heading", theme=pillar, theme_basis="heading"
                    )
                    if theme is not None:
                        for (block, s, e), held in _nested(self.doc.text, self.entries(below.blocks)):
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

    def _states_issue(self, text: str) -> bool:
        """Whether a numbered line states a problem or asks a question (not 「論点3：対象手続の範囲」,
        a topic)."""
        end = forms.label(text).rstrip("。．. \u3000")
        predicates = self.p.combined_predicates.get("issue", ())
        return end.endswith(("か", "？", "?")) or any(p.search(end) for p in predicates)

    def _theme_lines(self) -> None:
        """Lines of a paragraph that open with a theme's number (「柱1　産業の活力を生み出す」): that
        theme, and the marked lines below it (「(1) 農林水産業の成長産業化」) its measures."""
        theme: int | None = None  # the theme the lines so far stand under (Word: one paragraph a line)
        self.line_themes = []
        for n, block in enumerate(self.doc.blocks):
            if (
                block.kind == BlockKind.LIST_ITEM
                and theme is not None
                and block.section not in self.skipped
                and block.index not in self.group_bullets
            ):
                # a list entry after a theme line (Word writes a ・ line as a list paragraph)
                self.add("Measure", block, "heading", theme=theme, theme_basis="heading")
                continue
            if block.kind != BlockKind.PARAGRAPH or block.section in self.skipped:
                theme = None
                continue
            at = block.start
            lines = block.text.split("\n")
            for line in lines:
                written = line.strip(" \u3000")
                s = at + line.index(written) if written else at
                at += len(line) + 1
                number, rest = forms.split_title(_undecorated(written), self.p.theme_numbers)
                named = number is not None
                if not named and len(lines) == 1 and self._over_marked_lines(written, n):
                    # 「■ 重点施策1　…」, 「**施策1　…**」, 「■ 地域公共交通の確保」 alone over a paragraph of
                    # lines marked otherwise: a theme
                    patterns = self.p.item_numbers.get("measure", ())
                    number, rest = forms.split_title(_undecorated(written), patterns)
                    named, rest = True, rest if number is not None else _undecorated(written)
                mark = forms.line_mark(written)
                if named:
                    start = s + written.index(rest)
                    theme = self.add("Theme", block, "heading", start, start + len(rest), number=number)
                    if theme is not None:
                        self.line_themes.append((theme, start, block.section))
                elif theme is not None and mark is not None:
                    e = s + len(written)
                    self.add("Measure", block, "heading", s + mark, e, theme=theme, theme_basis="heading")
                else:
                    theme = None

    def _over_marked_lines(self, line: str, n: int) -> bool:
        """Whether a line set apart (bold, or after ■) that is no sentence stands over a paragraph whose
        lines are each marked, with another mark than its own."""
        bare = _undecorated(line)
        if bare == line or line.endswith("。") or self._cue_label(bare):
            return False  # 「**課題**」, 「■ 主な取組」: a list's label, no theme
        following = self.doc.blocks[n + 1] if n + 1 < len(self.doc.blocks) else None
        if following is not None and following.kind == BlockKind.LIST_ITEM:
            return True  # a list (as Word keeps a ・ line) after it
        return (
            following is not None
            and following.kind == BlockKind.PARAGRAPH
            and bool(forms.line_entries(self.doc.text, following))
            and following.text.lstrip(" \u3000")[:1] != line[:1]
        )

    def _cue_label(self, text: str) -> bool:
        """Whether a line labels a list by its type (「課題」, 「目指す姿」, 「主な取組」, 「KPI」)."""
        if forms.label_type(text, self.p.labels) is not None:
            return True
        heads = self.p.headings
        keys = ("theme", "goal", "issue", "measure", "kpi", "schedule")
        return (
            any(forms.names_list(text, heads[k]) for k in keys)
            or combined_kinds(text, self.p.combined_words) is not None
        )

    def _line_theme_links(self) -> None:
        """An item after a theme line in its section (「政策3　子育て支援の充実」 over 「施策3-1 …」 and a
        table of 事業) that no nearer rule put in a theme is part of the last such theme."""
        # A goal line of its own number (「基本目標Ⅱ　…」) stands over the theme lines after it: it ends
        # the run of the theme lines before it.
        goals = [
            g.start for g in self.found if g.cls == "Goal" and g.number is not None and g.rule == "label"
        ]
        for item in self.found:
            if item.cls == "Theme" or item.theme is not None:
                continue
            before = [
                (t, start)
                for t, start, section in self.line_themes
                if start < item.start and section == item.section
            ]
            if before and not any(before[-1][1] < g <= item.start for g in goals):
                item.theme, item.theme_basis = before[-1][0], "heading"

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
                    if number is None or (cls == "issue" and not self._states_issue(rest)):
                        continue
                    s = start + line.index(rest)
                    extra: dict[str, object] = {"number": number}
                    if owners := _OWNERS.search(text, s, end):
                        extra["owner"] = (owners.start("owners"), owners.end("owners"))
                        end = owners.start() + 1
                    self.add(cls.capitalize(), block, "label", s, end, **extra)
                    break
