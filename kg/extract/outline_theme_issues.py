"""Issues numbered inside themes (extraction stage): a chapter of themes, issues and measures in turn.

Takes the sections of a read document through the reader in :mod:`kg.extract.outline` (which this
class is a part of), after the themes and the headings numbered as items are read.  A plan often
names in one heading the three levels of what follows — its themes, their issues and the measures
for each (「第3章　重点分野と課題・施策」, 「基本方針と課題・取組」, 「分野別の課題と施策」) — and then
numbers the issues by their place alone (「1.1　…」, 「2-3　…」, 「（１）…」), with the measures as
bullets under each.  There a numbered heading one level inside a theme of that chapter, with no
sub-headings and entries under it, is an issue, whatever its title's words, and its entries the
measures addressing it; headings that name a list (「課題」, 「主な取組」) or are items by their own
number (「課題1-1」) are read by their rules.  Without themes (「課題と対応」 over 「（１）…」 topics),
the bullets state both, and are read by their words (:mod:`kg.extract.outline_combined`).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kg.extract import outline_forms as forms
from kg.extract.outline_forms import clean_number
from kg.extract.profiles import Profile
from kg.read.document import Block, BlockKind, Document, Section

# The parts a heading's title joins (「重点分野と課題・施策」, 「課題及び取組」).
_SPLIT = re.compile(r"及び|並びに|[と・、,]")
# What a part may name before its word (「分野別の課題」, 「テーマごとの施策」).
_PER = re.compile(r"^.{1,8}?(?:別|ごと|毎)の")


def names_three_levels(title: str, profile: Profile) -> bool:
    """Whether a heading title joins an issue word and a measure word, with a theme word or none
    before them, and nothing else.

    >>> from kg.extract.profiles import generic
    >>> p = generic()
    >>> [names_three_levels(t, p) for t in ("重点分野と課題・施策", "分野別の課題と施策", "課題と対応")]
    [True, True, True]
    >>> [names_three_levels(t, p) for t in ("現状と課題", "課題", "重点分野と施策", "背景と課題・施策")]
    [False, False, False, False]
    """
    parts = [_PER.sub("", p) for p in _SPLIT.split(forms.plain(title)) if p]
    words = {k: {forms.plain(w) for w in profile.headings[k]} for k in ("theme", "issue", "measure")}
    for k in ("issue", "measure"):
        words[k] |= {forms.plain(w) for w in profile.combined_words.get(k, ())}
    kinds: list[str] = []
    for part in parts:
        kind = next((k for k in ("issue", "measure", "theme") if part in words[k]), None)
        if kind is None and any(part.endswith(w) and len(part) - len(w) <= 3 for w in words["theme"]):
            kind = "theme"  # 「重点分野」, 「政策分野」: a kind of field
        if kind is None:
            return False
        kinds.append(kind)
    return (
        "issue" in kinds
        and "measure" in kinds
        and kinds.index("issue") < kinds.index("measure")
        and all(k != "theme" for k in kinds[kinds.index("issue") :])
    )


class ThemeIssueRules:
    """The rule above; the reader that holds it gives the document, profile, items and ``add``."""

    doc: Document
    p: Profile
    skipped: set[int]
    navigation: set[int]
    themes: dict[int, int]
    found: list[forms.Found]

    if TYPE_CHECKING:

        def add(self, cls: str, block: Block, rule: str, start: int | None = None, end: int | None = None,
                **extra: object) -> int | None:  # fmt: skip
            raise NotImplementedError

        def add_entries(self, cls: str, blocks: list[int], rule: str) -> int:
            raise NotImplementedError

        def heading_block(self, section: int) -> Block:
            raise NotImplementedError

        def title(self, section: Section) -> str:
            raise NotImplementedError

        def _other_list(self, section: Section) -> bool:
            raise NotImplementedError

        def _issue_entries(self, section: int, cls: str) -> None:
            raise NotImplementedError

    def _theme_issues(self) -> None:
        """Numbered headings inside the themes of a heading naming themes, issues and measures: issues."""
        for section in self.doc.sections:
            if (
                section.index in self.skipped
                or section.index in self.navigation
                or not names_three_levels(self.title(section), self.p)
            ):
                continue
            themes = [c for c in section.children if c in self.themes and c not in self.skipped]
            for theme in themes:
                for index in self.doc.sections[theme].children:
                    self._theme_issue(self.doc.sections[index])

    def _theme_issue(self, section: Section) -> None:
        if (
            section.children
            or section.index in self.navigation
            or section.index in self.skipped
            or section.index in self.themes
            or (
                clean_number(section.number) is None
                and forms.split_title(forms.label(section.title), self.p.numbers)[0] is None
            )
            or self._other_list(section)
        ):
            return
        block = self.heading_block(section.index)
        if any(block.start <= f.start < block.end for f in self.found):
            return  # an item by another rule
        if not any(self.doc.blocks[i].kind == BlockKind.LIST_ITEM for i in section.blocks):
            return
        if self.add("Issue", block, "heading") is None:
            return
        self.navigation.add(section.index)  # it heads no list of its own
        self._issue_entries(section.index, "issue")  # entries with owner tags or law notes
        self.add_entries("Measure", section.blocks, "heading")
