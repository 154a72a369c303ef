"""Topics over list headings (extraction stage): a section whose sub-headings only name its lists.

Also says whether a heading is a part or chapter of the document by its number (「第2部　…」,
「第3編　…」, 「第4章　…」), no area of its own.

Takes a section of a read :class:`~kg.read.document.Document`, the profile and the sections read
as navigation, and says whether the section is a topic of the plan (a theme) because every
sub-heading under it names a list or a part of it, not a topic of its own: 「第1節　がん」 or
「（２）地域包括ケアの推進」 over 「1　現状」, 「2　課題」, 「3　目指すべき方向」, 「4　施策の方向」.
One of them names issues (「課題」, 「現状と課題」) and another what is aimed at or done (「目標」,
「施策の方向」, 「主な取組」): the section is the theme those items stand in, its sub-headings no items.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from kg.extract import outline_forms as forms
from kg.extract.outline_combined import combined_kinds
from kg.extract.profiles import Profile
from kg.read.document import Document, Section


def _kind(title: str, profile: Profile) -> str | None:
    """The list a sub-heading's title names (issue, goal, measure), a part of a section (status,
    「現状」), or None for a topic."""
    heads = profile.headings
    joined = combined_kinds(title, profile.combined_words)
    if joined is not None:
        return "issue"
    written = forms.plain(title)
    if written in profile.combined_words.get("status", ()):
        return "status"
    for key in ("issue", "goal", "measure"):
        if forms.names_list(title, heads[key]):
            return key
    return None


def over_lists(
    doc: Document, section: Section, profile: Profile, titles: dict[int, str], skipped: set[int]
) -> bool:
    """Whether ``section`` is a topic over sub-headings that are all names of its lists (「課題」,
    「施策の方向」), one of issues and one of goals or measures; ``titles`` are the sections' titles
    without their numbers, ``skipped`` the navigation and skipped sections.

    A section whose own title names a list, themes (「課題と対策」, 「テーマごとの目指す姿と課題」), joins
    cue words alone (「課題と方針」) or names a part of the document is none.
    """
    children = [doc.sections[c] for c in section.children if c not in skipped]
    if len(children) < 2 or any(c.children for c in children) or section.index in skipped:
        return False
    title = titles[section.index]
    parts = profile.tree.get("section", ())
    if _kind(title, profile) is not None or forms.about_document(title, profile):
        return False
    # 「テーマごとの目指す姿と課題」: a title naming lists or themes itself is the document's part for them
    if any(forms.names_list(title, profile.headings[k], anywhere=True) for k in ("theme", "goal", "issue")):
        return False
    if any(p.search(forms.plain(title)) for p in parts):
        return False
    # 「課題と方針」: cue words alone, joined, name the part of the document for those lists, no topic
    words = {
        forms.plain(w) for k in ("theme", "goal", "issue", "measure", "kpi") for w in profile.headings[k]
    }
    joined = re.split(r"と|及び|並びに|・|、", forms.plain(title))
    if len(joined) > 1 and all(part in words for part in joined):
        return False
    kinds = [_kind(titles[c.index], profile) for c in children]
    if any(k is None for k in kinds):
        return False
    return "issue" in kinds and ("goal" in kinds or "measure" in kinds)


# 「第2部　…」, 「第1編　…」 (and with chapters, 「第4章　…」): a part of the document
_PART = re.compile(r"第[0-9０-９一二三四五六七八九十]{1,3}[編部][ \u3000]")
_PART_OR_CHAPTER = re.compile(r"第[0-9０-９一二三四五六七八九十]{1,3}[編部章]")


def document_part(title: str, *, chapters: bool = False) -> bool:
    """Whether a heading's title (its number in it) opens with a part's number, or with ``chapters`` a
    chapter's.

    >>> document_part("第2部　令和7年度の計画"), document_part("第4章　施策")
    (True, False)
    >>> document_part("第4章　施策", chapters=True)
    True
    """
    return bool((_PART_OR_CHAPTER if chapters else _PART).match(title))


def topics(doc: Document, profile: Profile, title: Callable[[Section], str], skipped: set[int]) -> list[int]:
    """The sections that are topics over their lists' names (:func:`over_lists`), by their ``title``
    without the number."""
    titles = {s.index: title(s) for s in doc.sections}
    return [s.index for s in doc.sections if over_lists(doc, s, profile, titles, skipped)]
