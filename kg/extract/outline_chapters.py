"""Chapters as themes (extraction stage): the theme of the items a chapter holds.

Takes the sections of a read document and the items the other cue rules found
(through the reader in :mod:`kg.extract.outline`, which this class is a part of)
and gives a theme for each chapter heading (``headings.chapters``: 「第3章　高齢者の
就業と社会参加」; or a heading that is a name in brackets, 「【スタートアップの育成】」)
under which items stand and whose title names no cue, navigation or procedure
(「第4章　施策の体系」, 「第1章　計画の位置付け」 are no themes).  The items under it that no
nearer heading or row puts in a theme are part of it, and so are the themes below it.
A chapter's extent is its sub-sections; where the document's headings stand flat (a
plain outline, 「第1章」 and 「第1節」 side by side), it runs to the next chapter or part
(「第2編」).  Of its sections, one whose paragraphs are headlines (「（1）職務給の導入」)
is a theme of the chapter with the headlines (and the sentences after them that state
an action) its measures; one that lists entries (ア/・ lines) under a title naming no
cue is a measure, and so is each entry.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kg.extract import outline_forms as forms
from kg.extract.outline_forms import Found
from kg.extract.profiles import Profile
from kg.read.document import Block, BlockKind, Document, Section

# A one-line paragraph opening with a bracketed number (「（1）職務給の導入」): a measure's headline.
_HEADLINE = re.compile(r"^[（(][0-9０-９]{1,2}[）)][ \u3000]*(?P<text>[^\n。]+)$")
_WHOLE_BRACKETED = re.compile(r"【[^【】]+】")
_PART = re.compile(r"^第[0-9０-９一二三四五六七八九十]{1,3}[編部]")


class ChapterRules:
    """The chapter rule; the reader that holds it gives the document, profile, items and ``add``."""

    doc: Document
    p: Profile
    skipped: set[int]
    navigation: set[int]
    themes: dict[int, int]
    found: list[Found]

    if TYPE_CHECKING:

        def add(self, cls: str, block: Block, rule: str, start: int | None = None, end: int | None = None,
                **extra: object) -> int | None:  # fmt: skip
            raise NotImplementedError

        def heading_block(self, section: int) -> Block:
            raise NotImplementedError

        def title(self, section: Section) -> str:
            raise NotImplementedError

        def entries(self, blocks: list[int], *, top: bool = False) -> list[tuple[Block, int, int]]:
            raise NotImplementedError

    def _chapter_title(self, section: Section) -> str | None:
        """The title after a chapter number (「第2章　新しい資本主義の加速」), else None."""
        written = forms.label(f"{section.number or ''} {section.title}".strip())
        number, rest = forms.split_title(written, self.p.chapters)
        if number is None and section.number is None and _WHOLE_BRACKETED.fullmatch(written):
            # 「## 【スタートアップの育成】」: a heading that is a name in brackets stands as a chapter
            return written[1:-1].strip(" \u3000")
        return rest if number is not None else None

    def _names_cue(self, title: str) -> bool:
        written = forms.plain(title)
        heads = self.p.headings
        words = [
            w
            for k in ("theme", "goal", "issue", "measure", "kpi", "schedule", "navigation")
            for w in heads[k]
        ]
        # a part of the document (「第２章　各論」, 「第１章　総論」) is no topic either
        parts = (*self.p.procedure, *self.p.tree.get("section", ()))
        return any(forms.plain(w) in written for w in words) or any(p.search(written) for p in parts)

    def _extent(self, section: Section) -> tuple[int, list[int]]:
        """Where a chapter's text ends, and its sections: its sub-sections, or (a flat outline) those
        up to the next chapter or part."""
        later = self.doc.sections[section.index + 1 :]
        if section.children:
            stop = next((s for s in later if not self._below(s, section.index)), None)
            members = list(section.children)
        else:
            stop = next(
                (
                    s
                    for s in later
                    if self._chapter_title(s) is not None or _PART.match(f"{s.number or ''}{s.title}")
                ),
                None,
            )
            members = [s.index for s in later if stop is None or s.index < stop.index]
        end = self.heading_block(stop.index).start if stop is not None else len(self.doc.text)
        return end, members

    def _below(self, section: Section, ancestor: int) -> bool:
        parent = section.parent
        while parent is not None:
            if parent == ancestor:
                return True
            parent = self.doc.sections[parent].parent
        return False

    def _headlines(self, section: int) -> bool:
        return any(
            self.doc.blocks[i].kind == BlockKind.PARAGRAPH
            and _HEADLINE.match(self.doc.blocks[i].text.strip())
            for i in self.doc.sections[section].blocks
        )

    def _chapter_list(self, section: int) -> bool:
        """A section of a chapter that lists entries (ア/・ lines) under a title naming no cue."""
        child = self.doc.sections[section]
        return (
            section not in self.navigation
            and section not in self.skipped
            and section not in self.themes
            and not child.children
            and not self._names_cue(self.title(child))
            and bool(self.entries(child.blocks))
            and not any(
                f.start >= self.heading_block(section).start and f.section == section for f in self.found
            )
        )

    def _measure_list(self, section: int, theme: int) -> None:
        """A chapter's section over a list (「第1節　要配慮者への配慮」 over 「ア　…」 lines): the section
        is a measure of the chapter's theme, and so is each of its entries."""
        self.add("Measure", self.heading_block(section), "heading", theme=theme, theme_basis="heading")
        for block, start, end in self.entries(self.doc.sections[section].blocks):
            if not forms.reports_progress(self.doc.text[start:end], self.p.progress):  # 「- 取組状況：…」
                self.add("Measure", block, "heading", start, end, theme=theme, theme_basis="heading")

    def _headlined(self, section: int, chapter_theme: int) -> None:
        """A chapter's section whose paragraphs are headlines (「（1）…」) is a theme of the chapter:
        each headline a measure, and a sentence after one that states an action too."""
        child = self.doc.sections[section]
        blocks = [self.doc.blocks[i] for i in child.blocks]
        if not self._headlines(section) or section in self.navigation or self._names_cue(self.title(child)):
            return
        theme = self.add(
            "Theme", self.heading_block(section), "heading", theme=chapter_theme, theme_basis="heading"
        )
        if theme is None:
            return
        self.found[theme].theme, self.found[theme].theme_basis = chapter_theme, "heading"
        actions = self.p.combined_predicates.get("measure", ())
        after = False
        for block in blocks:
            if block.kind != BlockKind.PARAGRAPH:
                continue
            m = _HEADLINE.match(block.text.strip())
            if m:
                after = True
                s = block.start + block.text.index(m["text"])
                self.add(
                    "Measure",
                    block,
                    "heading",
                    s,
                    s + len(m["text"].rstrip()),
                    theme=theme,
                    theme_basis="heading",
                )
            elif after and any(p.search(block.text.strip().rstrip("。")) for p in actions):
                self.add("Measure", block, "heading", theme=theme, theme_basis="heading")
        start = self.heading_block(section).end
        stop = self.doc.blocks[child.blocks[-1]].end if child.blocks else start
        for item in self.found:
            if start <= item.start <= stop and item.theme is None and item.cls != "Theme":
                item.theme, item.theme_basis = theme, "heading"

    def _chapters(self) -> None:
        for section in self.doc.sections:
            title = self._chapter_title(section)
            if (
                title is None
                or section.index in self.themes
                or section.index in self.skipped
                or self._names_cue(title)
            ):
                continue
            end, members = self._extent(section)
            heading_end = self.heading_block(section.index).end
            # (themes of its own lines, 「【方針1　…】」, hold what stands under them: it is their list)
            held = [
                n
                for n, f in enumerate(self.found)
                if heading_end <= f.start < end and f.theme is None and f.cls != "Theme"
            ]
            if not held and not any(self._headlines(c) or self._chapter_list(c) for c in members):
                continue
            block = self.heading_block(section.index)
            text = self.doc.text[block.start : block.end]
            at = text.rfind(title)
            if at < 0:
                continue
            theme = self.add("Theme", block, "heading", block.start + at, block.start + at + len(title))
            if theme is None:
                continue
            for child in members:
                if self._headlines(child):
                    self._headlined(child, theme)
                elif self._chapter_list(child):
                    self._measure_list(child, theme)
            self.found[theme].number = forms.clean_number(section.number) if section.number else None
            for n in held:
                if n != theme and self.found[n].theme is None:
                    self.found[n].theme, self.found[n].theme_basis = theme, "heading"
