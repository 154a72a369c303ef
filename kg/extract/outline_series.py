"""Headings numbered in a named series (extraction stage): 「視点１」, 「視点２」 as a heading number.

Takes a read document and the profile and gives the sections whose title opens with a word and a
number that their sibling headings share (「### 視点１　居住者・コミュニティ」 beside 「### 視点２
住宅ストック」): the word names the series the heading is one of, so 「視点１」 is its number, not a cue
naming a list, and the title after it is the heading's name.  Whether such a heading is a theme is
the heading tree's to say (:mod:`kg.extract.outline_tree`: a heading over items is their theme).

A word that numbers an item of its own (「目標１」, 「課題２」, 「施策３」: ``[item_numbers]``) or a
theme by the profile (「柱１」, 「戦略Ⅱ」: ``theme_numbers``) is left to those rules, and one naming
navigation or a step of a procedure (「手順１」, 「参考２」) numbers no series.
"""

from __future__ import annotations

import re
import unicodedata

from kg.extract import outline_forms as forms
from kg.extract.profiles import Profile
from kg.read.document import Document

# A word of kanji (or kana after them: 「取り組み」 is no such word) and a number, set apart from the
# name after it.  Kanji numerals are left out: 「第一」, 「其一」 are numbers of another kind.
_SERIES = re.compile(
    r"^(?P<word>[一-龥]{1,5})[ \u3000]*(?P<n>[0-9０-９]{1,2}|[①-⑳]|Ⅰ|Ⅱ|Ⅲ|Ⅳ|Ⅴ|Ⅵ|Ⅶ|Ⅷ|Ⅸ|Ⅹ)"
    r"(?:[ \u3000：:.．]+)(?=\S)"
)


def _opening(title: str) -> re.Match[str] | None:
    return _SERIES.match(forms.label(title))


def series_numbers(doc: Document, profile: Profile) -> dict[int, str]:
    """Each section numbered in a series its siblings share, with the words of its number (「視点１」).

    The siblings are the sections under one parent (or the top ones): two or more of them opening
    with the same word and different numbers.
    """
    own = (
        *profile.theme_numbers,
        *(p for patterns in profile.item_numbers.values() for p in patterns),
    )
    nav = {forms.plain(w) for w in profile.headings["navigation"]}
    by_parent: dict[int | None, list[int]] = {}
    for section in doc.sections:
        by_parent.setdefault(section.parent, []).append(section.index)
    found: dict[int, str] = {}
    for siblings in by_parent.values():
        words: dict[str, list[tuple[int, str, str]]] = {}
        for index in siblings:
            title = forms.label(doc.sections[index].title)
            m = _opening(title)
            if m is None or forms.split_title(title, own)[0] is not None:
                continue
            word = m["word"]
            if word in nav or forms.procedure_step(word, word, profile):
                continue
            number = unicodedata.normalize("NFKC", m["n"])
            words.setdefault(word, []).append((index, number, m[0].rstrip(" \u3000：:.．")))
        for members in words.values():
            if len(members) >= 2 and len({n for _, n, _ in members}) == len(members):
                found.update((index, written) for index, _, written in members)
    return found


def without_series(title: str, written: str | None) -> str:
    """The title after its series number (「視点１　居住者・コミュニティ」 → 「居住者・コミュニティ」).

    >>> without_series("視点１　居住者・コミュニティ", "視点１"), without_series("目標", None)
    ('居住者・コミュニティ', '目標')
    """
    if written is None:
        return title
    label = forms.label(title)
    if not label.startswith(written):
        return title
    return label[len(written) :].lstrip(" \u3000：:.．")
