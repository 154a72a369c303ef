"""Headings that each name one field of a set (extraction stage): 「4-1　防災分野」 and 「4-2　教育分野」
side by side under one heading.

A heading whose title ends with a theme cue (「分野」, 「テーマ」) names a list of themes where it
stands alone (「2. 重点分野」 over their list); where it and every heading beside it end with the same
cue, each naming a different field before it, each is one theme, and what stands under it (a table
of its measures, its entries) is that theme's.
"""

from __future__ import annotations

from kg.extract.outline_forms import label, names_list, plain
from kg.read.document import Document, Section


def parallel_field(doc: Document, section: Section, cues: tuple[str, ...]) -> bool:
    """Whether ``section`` is one of two or more sibling headings, none with headings below it, whose
    titles end with the same theme cue after a name of their own (「防災分野」 beside 「教育分野」)."""
    if section.parent is None or section.children:
        return False
    siblings = [doc.sections[c] for c in doc.sections[section.parent].children]
    if len(siblings) < 2 or any(s.children for s in siblings):
        return False
    titles = [plain(label(s.title)) for s in siblings]
    for cue in sorted(cues, key=len, reverse=True):
        if all(t.endswith(cue) and len(t) > len(cue) + 1 and names_list(t, (cue,)) for t in titles):
            return len(set(titles)) == len(titles)
    return False
