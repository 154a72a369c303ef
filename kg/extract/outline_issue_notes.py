"""The issue a measure heading names in brackets (extraction stage): 「施策1-1　…の一元化（課題1-1）」.

Takes a measure heading's title and the profile's ``[tree] issue_notes`` patterns; gives the number of
the issue the note names (the note is no part of the measure's label), and links the measure, and the
entries under its heading read as measures, to the issue of that number in the document (its own
number, 「課題1-1」, folded so that 「1-1」 and 「1.1」 are one).
"""

from __future__ import annotations

import re
import unicodedata

from kg.extract import outline_forms as forms
from kg.extract.outline_forms import Found
from kg.extract.profiles import Profile
from kg.read.document import Document

_DIGITS = re.compile(r"[0-9]{1,2}(?:[.\-‐ー−－][0-9]{1,2})*$")
_SEPARATORS = str.maketrans({"-": ".", "‐": ".", "ー": ".", "−": ".", "－": "."})


def folded(number: str | None) -> str | None:
    """The digits an item's number closes with, their separators one (「課題1-1」 → 「1.1」)."""
    m = _DIGITS.search(unicodedata.normalize("NFKC", number or "").strip().rstrip(".)）"))
    return m[0].translate(_SEPARATORS) if m else None


def issue_note(title: str, profile: Profile) -> tuple[int, str] | None:
    """Where a title's closing issue note starts and the number it names, else None."""
    for pattern in profile.tree.get("issue_notes", ()):
        for m in pattern.finditer(title):
            closes = m.end() in (len(title.rstrip(" \u3000")), len(title))
            if closes and m.start() > 0 and (number := folded(m["number"])) is not None:
                return m.start(), number
    return None


def link_noted(doc: Document, profile: Profile, found: list[Found]) -> None:
    """Each measure heading's note links it, and the measures in its section, to the issue it names."""
    issues: dict[str, list[int]] = {}
    for n, f in enumerate(found):
        if f.cls == "Issue" and (number := folded(f.number)) is not None:
            issues.setdefault(number, []).append(n)
    for f in found:
        if f.cls != "Measure" or f.rule != "heading" or f.section is None or f.issue is not None:
            continue
        block = doc.blocks[doc.sections[f.section].heading]
        if not block.start <= f.start < block.end:
            continue
        note = issue_note(forms.label(block.title or block.text), profile)
        named = issues.get(note[1], []) if note is not None else []
        if len(named) != 1:
            continue
        for g in found:
            if g.cls == "Measure" and g.section == f.section and g.issue is None:
                g.issue, g.link_basis = named[0], "heading"


def merge_renumbered(found: list[Found]) -> list[Found]:
    """``found`` with a theme stated again under its own numbered word (「柱1　…の向上」 in the chapter of
    issues and 「柱1　…の向上（旅マエ・旅ナカ）」 in that of measures) made one: the first, the later one's
    links moved to it.  Only a number after a word (「柱1」, 「基本方針Ⅱ」) names a theme in the whole
    document, and the labels must agree (the one the other with a note in brackets after it)."""
    first: dict[str, int] = {}
    into: dict[int, int] = {}
    for n, f in enumerate(found):
        number = unicodedata.normalize("NFKC", f.number or "")
        if f.cls != "Theme" or not re.match(r"[^\W\d_]", number) or folded(number) is None:
            continue
        if number not in first:
            first[number] = n
            continue
        a, b = sorted((forms.plain(found[first[number]].label), forms.plain(f.label)), key=len)
        if a == b or (b.startswith(a) and b[len(a) :].startswith(("（", "("))):
            into[n] = first[number]
    if not into:
        return found
    return forms.reindexed(found, [n for n in range(len(found)) if n not in into], into)
