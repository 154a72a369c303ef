"""Headings that are themes by what stands beside or under them (extraction stage): 「4-1　防災分野」 and
「4-2　教育分野」 side by side under one heading, and under a measure heading (「具体的な施策」) a
sub-heading over its own labelled list of measures (「(1) 地場産業の付加価値の向上」 over 「主な取組」).

A heading whose title ends with a theme cue (「分野」, 「テーマ」) names a list of themes where it
stands alone (「2. 重点分野」 over their list); where it and every heading beside it end with the same
cue, each naming a different field before it, each is one theme, and what stands under it (a table
of its measures, its entries) is that theme's.  A measure heading's sub-headings are its measures,
except one that lists measures of its own after a label: that one is a theme over them.
"""

from __future__ import annotations

from itertools import pairwise

from kg.extract.outline_forms import label, label_type, names_list, plain, split_title
from kg.extract.profiles import Profile
from kg.read.document import BlockKind, Document, Section


def theme_heading(doc: Document, section: Section, profile: Profile) -> bool:
    """Whether ``section``'s heading is a theme by the headings beside it or the list under it."""
    return parallel_field(doc, section, profile.headings["theme"]) or labelled_measures(doc, section, profile)


def labelled_measures(doc: Document, section: Section, profile: Profile) -> bool:
    """Whether ``section``, under a heading naming measures (not the document's title: 「…方針」), holds a
    measure label (「主な取組」) over a list."""
    parent = None if section.parent is None else doc.sections[section.parent]
    if (
        parent is None
        or parent.parent is None
        or not names_list(label(parent.title), profile.headings["measure"])
        # 「論点と対応の方向性」 over 「論点1：…」: the sub-headings are issues
        or any(plain(label(parent.title)).find(cue) >= 0 for cue in profile.headings["issue"])
        or any(split_title(label(section.title), p)[0] is not None for p in profile.item_numbers.values())
    ):
        return False
    blocks = [doc.blocks[i] for i in section.blocks]
    return any(
        a.kind == BlockKind.PARAGRAPH
        and b.kind == BlockKind.LIST_ITEM
        and label_type(a.text, profile.labels) == "Measure"
        for a, b in pairwise(blocks)
    )


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
