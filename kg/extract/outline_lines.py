"""Plain outlines inside paragraphs (extraction stage): headings and labels a Markdown reader joins.

Takes a read :class:`~kg.read.document.Document` and gives the same document
(the same text, so every offset and line stays exact) with its paragraphs read
line by line where the author wrote an outline without Markdown headings:

- a paragraph whose first line is a numbered heading (「1 目的」, 「Ⅰ 基本的な考え方」,
  「(1) 業務の効率化」, 「（１）論点1について」, 「第1 総則」, 「一、子育て支援の充実」) becomes that
  heading and the lines below it; in a section holding such a paragraph, a one-line paragraph that is
  a heading (「Ⅱ 各分野の施策」) and a one-line numbered list entry followed by text
  (「1. 地方への人の流れの創出」) are headings too;
- a paragraph that holds a label line (「【目指す姿】」, 「【課題】」, 「【現状と課題】」), or a KPI line
  (「【指標】…」) that closes the entries above it, is cut at its labels, so that each label stands
  over the lines after it;
- lines marked ・, ア, ①, 「(ｱ)」 or 「第一に、」 become list entries, and so do the numbered
  lines after a label (「【具体的施策】」 over 「(1) …」, a label over 「1-1　…」 lines in its own
  paragraph): the label's entries, not headings — but a
  「（1）…」 line after the label's entries of another mark (「○ …」) ends the label and heads what follows;
- a line opening with a goal's or a theme's number (「目標1　…」, 「基本目標1　…」) over 「（1）…」
  lines, and a line marked as a heading (「■仮置場の確保」) right over a label line (「【課題】」), head
  what stands below them (in one paragraph, or a line a paragraph as Word keeps them);
- paragraphs opening with a line marked 「■」 (「■計画の目的」, three or more in a section) over text,
  「①」 or 「・」 lines: the text's chapter headings;
- sentences numbered 1, 2, … line by line (「１　…を削減する。」), and two or more sentences indented
  under a heading line, are entries too, one a line.

Nothing changes where no paragraph is of this kind.  :func:`relined` gives the new
document and, for each of its sections, the section of the document it came from.
"""

from __future__ import annotations

from collections.abc import Callable

from kg.extract import outline_forms as forms
from kg.extract import outline_line_forms as lf
from kg.extract.outline_combined import combined_kinds
from kg.extract.profiles import Profile
from kg.read import structure as st
from kg.read.builder import build_sections
from kg.read.document import Block, BlockKind, Document

Labeller = Callable[[str], bool]
# The number and title of a line that opens with a goal's number (「基本目標1　…」), else (None, line).
GoalNumber = Callable[[str], tuple[str | None, str]]


class _Relining:
    def __init__(self, doc: Document, is_label: Labeller, goal_number: GoalNumber | None = None) -> None:
        self.doc = doc
        self.is_label = is_label
        self.goal_number = goal_number
        self.blocks: list[Block] = []
        self.origin: list[int] = []  # new block → old block
        self.labelled = False  # after a label line: numbered lines are its entries
        self.marked_entries = False  # the label's entries so far are lines marked otherwise (「○ …」)
        self.listed = self.sentence_lists()  # paragraphs of numbered sentences (「１　…。」 lines)
        self.marked_heads = self.marked_headings()  # paragraphs opening with a ■ heading line

    def label_line(self, s: int, e: int) -> bool:
        line = self.doc.text[s:e]
        # a whole line in brackets labels what follows (「【課題】」, 「〔具体的施策〕」, 「＜対応＞」)
        return forms.bracketed(line) or self.is_label(line)

    def outline_sections(self) -> set[int | None]:
        """The sections holding a paragraph whose first line is a numbered heading and that goes on,
        two one-line headings each followed by a paragraph of text, or, where no paragraph is text, two
        one-line headings of one level on adjacent lines (as Word keeps the lines)."""
        found: set[int | None] = set()
        single: dict[int | None, int] = {}
        nested: dict[int | None, int] = {}
        adjacent: set[int | None] = set()
        texted: set[int | None] = set()  # sections holding a paragraph of text (no heading, no label)
        blocks = self.doc.blocks
        for n, block in enumerate(blocks):
            if block.kind != BlockKind.PARAGRAPH or block.parent is not None:
                continue
            lines = lf.lines_of(block)
            if not lines or (head := lf.heading(self.doc.text, *lines[0])) is None:
                if lines and not self.label_line(*lines[0]):
                    texted.add(block.section)
                continue
            if len(lines) >= 2:
                found.add(block.section)
                continue
            after = blocks[n + 1] if n + 1 < len(blocks) else None
            inner = self._one_line_heading(after) if after is not None else None
            if inner is not None and after is not None and after.section == block.section:
                if inner > head.level:
                    # 「第4章 …」 over 「１ …」 over 「（１）…」, a line a paragraph (as Word keeps them)
                    nested[block.section] = nested.get(block.section, 0) + 1
                elif (
                    inner == head.level
                    and after.line == block.end_line + 1
                    and not lf.ends_sentence(block, after)
                ):
                    # 「（１）…」 on the line before 「（２）…」, a line a paragraph: one outline paragraph
                    adjacent.add(block.section)
            if (
                after is not None
                and after.kind == BlockKind.PARAGRAPH
                and after.section == block.section
                and lf.heading(self.doc.text, after.start, after.end) is None
            ):
                # over a paragraph of text, or over a label line (「【市の取組】」, as Word keeps the lines)
                single[block.section] = single.get(block.section, 0) + 1
        found |= adjacent - texted
        return found | {s for s, count in [*single.items(), *nested.items()] if count >= 2}

    def marked_headings(self) -> set[int]:
        """The paragraphs of a plain text whose first line is a name marked 「■」 (「■計画の目的」,
        no sentence) over lines of another form (text, 「①」, 「・」; 「○」 only indented under it), where
        three or more paragraphs of one section open so: the text's chapter headings, each over its
        paragraph."""
        found: dict[tuple[str, int | None], list[int]] = {}
        blocks = self.doc.blocks
        for n, block in enumerate(blocks):
            if block.kind != BlockKind.PARAGRAPH or block.parent is not None:
                continue
            lines = lf.lines_of(block)
            first = self.doc.text[lines[0][0] : lines[0][1]] if lines else ""
            after = blocks[n + 1] if n + 1 < len(blocks) else None
            if len(lines) == 1 and after is not None and after.section == block.section:
                # a line a paragraph (as Word keeps the lines): over a sentence after it (over entries or
                # a line of figures, it may as well be a name over its own: 「■ 脱炭素社会の実現」 over
                # 「・ …」, 「■ 健康ポイント事業」 over 「予算額 …」)
                text = lf.lines_of(after)[:1]
                if (
                    text
                    and after.kind == BlockKind.PARAGRAPH
                    and st.item(self.doc.text, *text[0]) is None
                    and self.doc.text[text[0][1] - 1] == "。"
                ):
                    lines = [*lines, *text]
            if (
                len(lines) >= 2
                and first[:1] in lf.HEAD_MARKS
                and "。" not in first
                and len(first) <= lf.LEAD_CHARS
                and not any(self.doc.text[s] == first[0] for s, _ in lines[1:])
                # 「■ 脱炭素社会の実現」 over 「○ …」 lines: a marked name over marked entries, read as such
                # (but over ○ lines indented under it, 「■本市の課題」 over 「　○…」, their heading)
                and (
                    self.doc.text[lines[1][0]] not in lf.LEAD_MARKS
                    or self._indent(lines[1]) > self._indent(lines[0])
                )
                and not self.label_line(*lines[1])  # 「■仮置場の確保」 over 「【課題】」: read by its labels
            ):
                found.setdefault((first[0], block.section), []).append(block.index)
        return {n for run in found.values() if len(run) >= 3 for n in run}

    def _indent(self, line: tuple[int, int]) -> int:
        """The characters of space before a line's text."""
        return line[0] - (self.doc.text.rfind("\n", 0, line[0]) + 1)

    def _one_line_heading(self, block: Block) -> int | None:
        """The level of a paragraph that is one numbered heading line, else None."""
        if block.kind != BlockKind.PARAGRAPH or block.parent is not None:
            return None
        lines = lf.lines_of(block)
        head = lf.heading(self.doc.text, *lines[0]) if len(lines) == 1 else None
        return head.level if head is not None else None

    def splits(self, block: Block, outline: set[int | None], following: Block | None) -> bool:
        if block.parent is not None:
            return False
        if block.kind == BlockKind.PARAGRAPH:
            lines = lf.lines_of(block)
            if len(lines) >= 2:
                return (
                    block.index in self.marked_heads
                    or lf.heading(self.doc.text, *lines[0]) is not None
                    or any(self.label_line(s, e) for s, e in lines)
                    or lf.lead(self.doc.text, lines)
                    or block.index in self.listed
                    or lf.text_over_entries(self.doc.text, lines)
                )
            # 「(i) …」, 「第一に、…」: an entry a line a paragraph (as Word keeps the lines)
            entry = any(
                p.match(self.doc.text, *lines[0]) is not None for p in (lf.ROMAN_ENTRY, lf.ORDINAL_ENTRY)
            )
            if (
                block.index in self.listed
                or block.index in self.marked_heads
                or self._marked_over_label(lines, 0, following)
                or self._goal_lines(lines, block)
            ):
                return True
            return block.section in outline and (entry or lf.heading(self.doc.text, *lines[0]) is not None)
        if block.kind == BlockKind.LIST_ITEM and block.section in outline and block.number:
            # 「1. 地方への人の流れの創出」 read as an ordered list, text (not entries) after it
            line_start = self.doc.line_start(block.line)
            return (
                block.end_line == block.line
                and following is not None
                and following.kind == BlockKind.PARAGRAPH
                and lf.heading(self.doc.text, line_start, block.end) is not None
            )
        return False

    def _marked_over_label(
        self, lines: list[tuple[int, int]], n: int, following: Block | None = None
    ) -> bool:
        """Whether a line marked as a heading (「■仮置場の確保」, 「◆相談体制の強化」), a name and no
        sentence nor label, stands right over a label line (「【課題】」), in its paragraph or (a line a
        paragraph, as Word keeps the lines) the paragraph after it: the heading the labels stand under."""
        text = self.doc.text
        s, e = lines[n]
        after = lines[n + 1] if n + 1 < len(lines) else None
        if after is None and following is not None and following.kind == BlockKind.PARAGRAPH:
            after = lf.lines_of(following)[0] if following.text.strip() else None
        return (
            after is not None
            and text[s] in lf.LEAD_MARKS
            and "。" not in text[s:e]
            and e - s <= lf.LEAD_CHARS
            and not self.is_label(text[s + 1 : e].strip(" \u3000"))  # 「■主な取組」: a label itself
            # a label in brackets (「【課題】」) or by its cue, no other marked line (「■ …」)
            and (text[after[0]] in "【〔［[＜<《" or self.is_label(text[after[0] : after[1]]))
            and self.label_line(*after)
        )

    def _lines_after(self, block: Block) -> list[tuple[int, int]]:
        """The lines of the paragraphs after ``block`` in its section, up to a heading (as Word keeps
        the lines of a plain outline, a line a paragraph)."""
        found: list[tuple[int, int]] = []
        for after in self.doc.blocks[block.index + 1 : block.index + 40]:
            if after.section != block.section or after.kind == BlockKind.HEADING:
                break
            if after.kind == BlockKind.PARAGRAPH and after.parent is None:
                found += lf.lines_of(after)
        return found

    def _goal_lines(self, lines: list[tuple[int, int]], block: Block) -> set[int]:
        """The lines of a paragraph that open with a goal's number (「基本目標1　…の意識づくり」, no
        sentence) and stand over bracketed numbered lines (「（1）…」), in the paragraph or the ones
        after it, before any heading of a higher level: each a heading over them."""
        if self.goal_number is None:
            return set()
        text, found = self.doc.text, set()
        below_lines = lines + self._lines_after(block) if len(lines) == 1 else lines
        for n, (s, e) in enumerate(lines):
            line = text[s:e]
            if "。" in line or len(line) > st.MAX_HEADING_CHARS or lf.heading(text, s, e) is not None:
                continue
            number, title = self.goal_number(line)
            if number is None or not title:
                continue
            for ls, le in below_lines[n + 1 :]:
                below = lf.heading(text, ls, le)
                if below is not None or (self.goal_number(text[ls:le])[0] is not None):
                    if below is not None and below.level >= st.PARENTHESISED_LEVEL:
                        found.add(n)
                    break
        return found

    def _numbered_sentences(self, lines: list[tuple[int, int]]) -> bool:
        """Whether the lines are sentences numbered 1, 2, … (「１　…削減する。」), two or more: a list of
        numbered entries, each line one."""
        numbers = [lf.NUMBERED_SENTENCE.fullmatch(self.doc.text, s, e) for s, e in lines]
        return (
            len(lines) >= 2
            and all(numbers)
            and [int(m[1]) for m in numbers if m] == list(range(1, len(lines) + 1))
        )

    def sentence_lists(self) -> set[int]:
        """The paragraphs that are such a list: one of two or more lines, or a run of one-line paragraphs
        in one section (as Word keeps the lines)."""
        found: set[int] = set()
        run: list[int] = []

        def close() -> None:
            if self._numbered_sentences([lf.lines_of(self.doc.blocks[i])[0] for i in run]):
                found.update(run)
            run.clear()

        for n, block in enumerate(self.doc.blocks):
            lines = lf.lines_of(block) if block.kind == BlockKind.PARAGRAPH and block.parent is None else []
            if len(lines) >= 2 and self._numbered_sentences(lines):
                found.add(n)
            one = len(lines) == 1 and lf.NUMBERED_SENTENCE.fullmatch(self.doc.text, *lines[0]) is not None
            if run and (not one or block.section != self.doc.blocks[run[-1]].section):
                close()
            if one:
                run.append(n)
        close()
        return found

    def add(self, old: Block, kind: BlockKind, s: int, e: int, **extra: object) -> None:
        emphasis = [sp for sp in old.emphasis if s <= sp.start < e]
        self.blocks.append(
            Block(kind, self.doc.text[s:e], s, e, self.doc.line_of(s), self.doc.line_of(max(s, e - 1)),
                  emphasis=emphasis, **extra)  # type: ignore[arg-type]
        )  # fmt: skip
        self.origin.append(old.index)

    def split(self, block: Block, base: int, following: Block | None = None) -> None:
        text = self.doc.text
        if block.kind == BlockKind.LIST_ITEM:
            s = self.doc.line_start(block.line)
            found = lf.heading(text, s, block.end)
            assert found is not None
            self.add(block, BlockKind.HEADING, s, block.end, level=base + found.level, number=found.number,
                     title=text[found.title_start : block.end])  # fmt: skip
            self.labelled = False
            return
        paragraph: tuple[int, int] | None = None

        def flush() -> None:
            nonlocal paragraph
            if paragraph is not None:
                self.add(block, BlockKind.PARAGRAPH, *paragraph)
                paragraph = None

        lines = lf.lines_of(block)
        listed = block.index in self.listed
        indented = lf.indented_sentences(text, lines)
        entry_lines = lf.text_over_entries(text, lines)
        goals = self._goal_lines(lines, block)
        labelled_here = False  # a label line of this paragraph stands above the line
        for n, (s, e) in enumerate(lines):
            heading = lf.heading(text, s, e)
            if n == 0 and block.index in self.marked_heads:
                # 「■計画の目的」 over its text: a heading, at the level of one over labels (below
                # 「第N章」 and 「1．」)
                ts = s + 1 + len(text[s + 1 : e]) - len(text[s + 1 : e].lstrip(" \u3000"))
                level = base + st.PARENTHESISED_LEVEL - 1
                self.add(block, BlockKind.HEADING, s, e, level=level, title=text[ts:e])
                self.labelled = False
                continue
            if self._marked_over_label(lines, n, following):
                # 「■仮置場の確保」 over 「【課題】」 and 「【対策】」: the heading of the labels below it
                flush()
                ts = s + 1 + len(text[s + 1 : e]) - len(text[s + 1 : e].lstrip(" \u3000"))
                self.add(block, BlockKind.HEADING, s, e, level=base + st.PARENTHESISED_LEVEL - 1,
                         title=text[ts:e])  # fmt: skip
                self.labelled = False
                continue
            if n in goals:
                # 「基本目標1　…」 over 「（1）…」 lines: a heading above them, the goal's
                flush()
                # its title whole, as a Markdown heading gives it: the goal's number is read from it
                level = base + st.PARENTHESISED_LEVEL - 1
                self.add(block, BlockKind.HEADING, s, e, level=level, title=text[s:e])
                self.labelled = False
                continue
            if entry_lines and n > 0 and (mark := forms.line_mark(text[s:e])) is not None:
                flush()  # 「(1) …が見られる。」 under the text that leads to it: an entry
                self.add(block, BlockKind.LIST_ITEM, *st.strip(text, s + mark, e))
                continue
            if listed and (m := lf.NUMBERED_SENTENCE.fullmatch(text, s, e)) is not None:
                flush()
                cs, ce = st.strip(text, m.end(1), e)
                self.add(block, BlockKind.LIST_ITEM, cs, ce, number=m[1])
                continue
            # 「（１）見守り活動の推進」 opening a paragraph over 「【町の取組】」: a heading over its labels,
            # not an entry of the label before it
            over_label = n == 0 and (
                self.label_line(*lines[1])
                if len(lines) > 1
                else following is not None
                and following.kind == BlockKind.PARAGRAPH
                and self.label_line(following.start, following.end)
            )
            # 「２．現状と課題」 among 「１．…」 headings: a numbered heading whose title is a label
            numbered = heading is not None and heading.level < st.PARENTHESISED_LEVEL and not self.labelled
            # 「【現状と課題】」 over 「○ …」 lines, then 「（1）…」: a heading after the label's entries of
            # another mark ends the label (its entries are of one form)
            after_entries = heading is not None and self.labelled and self.marked_entries
            # 「〈アクション〉」 over 「1-1　…」 lines in its own paragraph: the label's entries, numbered by
            # their part and their own number, not headings
            coded = (
                heading is not None
                and self.labelled
                and not self.marked_entries
                and labelled_here
                and lf.HYPHENED.match(text, s, e) is not None
            )
            if self.label_line(s, e) and not numbered:
                flush()
                self.add(block, BlockKind.PARAGRAPH, s, e)
                self.labelled, self.marked_entries = True, False
                labelled_here = True
            elif (
                heading is not None
                and not coded
                and (
                    over_label
                    or after_entries
                    or not (self.labelled and heading.level >= st.PARENTHESISED_LEVEL)
                )
            ):
                flush()
                ts, te = st.title_span(text, heading, e)
                self.add(block, BlockKind.HEADING, s, e, level=base + heading.level, number=heading.number,
                         title=text[ts:te])  # fmt: skip
                self.labelled = False
            elif (entry := lf.ROMAN_ENTRY.match(text, s, e)) is not None:
                flush()
                self.add(block, BlockKind.LIST_ITEM, entry.end(), e)
            elif (entry := lf.KANA_ENTRY.match(text, s, e)) is not None:
                flush()
                self.add(block, BlockKind.LIST_ITEM, entry.end(), e, number=entry[1])
            elif (entry := lf.ORDINAL_ENTRY.match(text, s, e)) is not None:
                flush()
                self.add(block, BlockKind.LIST_ITEM, entry.end(), e)
            elif lf.FIELD.match(text, s, e) is not None:
                flush()
                paragraph = (s, e)
            elif (item := st.item(text, s, e)) is not None or heading is not None:
                flush()
                self.marked_entries = self.labelled and heading is None
                start = heading.title_start if heading is not None else item.content_start  # type: ignore[union-attr]
                cs, ce = st.strip(text, start, e)
                self.add(block, BlockKind.LIST_ITEM, cs, ce, number=heading.number if heading else None)
            elif n in indented:
                flush()
                self.add(block, BlockKind.LIST_ITEM, s, e)
            elif paragraph is not None:
                paragraph = (paragraph[0], e)
            else:
                paragraph = (s, e)
        flush()

    def run(self) -> tuple[Document, list[int | None]] | None:
        doc = self.doc
        outline = self.outline_sections()
        changed = False
        for n, block in enumerate(doc.blocks):
            following = doc.blocks[n + 1] if n + 1 < len(doc.blocks) else None
            if self.splits(block, outline, following):
                section = doc.sections[block.section] if block.section is not None else None
                self.split(block, section.level if section is not None else 0, following)
                changed = True
            else:
                if block.kind == BlockKind.PARAGRAPH and block.parent is None:
                    label = self.label_line(block.start, block.end)
                    # 「○ …」 after a label (a line a paragraph, as Word keeps them): its entries so far
                    marked = st.item(doc.text, block.start, block.end) is not None
                    self.marked_entries = (self.labelled and not label and marked) or (
                        self.marked_entries and not label
                    )
                    self.labelled = self.labelled or label
                elif block.kind in (BlockKind.HEADING, BlockKind.TABLE):
                    self.labelled = False
                copy = Block(block.kind, block.text, block.start, block.end, block.line, block.end_line,
                             block.level, block.number, block.title, block.parent,
                             emphasis=list(block.emphasis))  # fmt: skip
                self.blocks.append(copy)
                self.origin.append(block.index)
        if not changed:
            return None
        new_index: dict[int, int] = {}
        for n, old in enumerate(self.origin):
            new_index.setdefault(old, n)
        relined = Document(doc.path, doc.text, doc.media_type, doc.encoding)
        relined.page_starts = list(doc.page_starts)
        for n, block in enumerate(self.blocks):
            block.index = n
            if block.parent is not None:
                block.parent = new_index[block.parent]
            relined.blocks.append(block)
        build_sections(relined)
        sections: list[int | None] = [doc.blocks[self.origin[s.heading]].section for s in relined.sections]
        return relined, sections


def labeller(profile: Profile) -> Labeller:
    """Whether a line labels the lines after it (「【課題】」, 「【現状と課題】」), or is a KPI line that ends
    the entries before it (「【指標】保全活動団体数　30団体」)."""

    def is_label(line: str) -> bool:
        return (
            forms.label_type(line, profile.labels) is not None
            or combined_kinds(forms.bare_label(line), profile.combined_words) is not None
            or forms.kpi_labelled(line.strip(), profile.headings["kpi"])
        )

    return is_label


def goal_number(profile: Profile) -> GoalNumber:
    """The number and title of a line that opens with one of the profile's goal or theme numbers
    (「目標1」, 「基本目標1」, 「柱2」)."""
    patterns = (*profile.item_numbers.get("goal", ()), *profile.theme_numbers)

    def number(line: str) -> tuple[str | None, str]:
        return forms.split_title(line.strip(), patterns)

    return number


def relined(
    doc: Document, is_label: Labeller, goal: GoalNumber | None = None
) -> tuple[Document, list[int | None]] | None:
    """The document with its paragraph outlines read as headings, labels and entries, and each new
    section's section in ``doc``; None where no paragraph is of that kind."""
    return _Relining(doc, is_label, goal).run()
