"""An item's label cut from its text (extraction stage): numbers, marks and owner tags set apart.

A numbered entry that names itself before a colon and says what it does after it (「施策2-1　就学援助の
充実：…の対象を拡大する。」) is labelled by its name; its text stays whole.

Takes a heading's title or an entry's span in a read document and the profile, and gives the
label the item is named by and what was set apart from it: the number or code a heading or entry
opens with (「第1」, 「施策1-1」, 「方向性１」, 「A-1」; a theme's 「重点施策Ⅰ」), a budget's marks before
or after the name (「【新規】」), and the tag that closes an entry with who carries it out
(「【担当：国土交通省】」), whose span is kept so that its agencies become the measure's actors.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from kg.extract import outline_forms as forms
from kg.extract.outline_forms import clean_number
from kg.extract.outline_forms import label as _label
from kg.extract.outline_issue_notes import issue_note
from kg.extract.outline_progress import without_progress_note
from kg.extract.profiles import Profile
from kg.read.document import Block


@dataclass(slots=True)
class Cut:
    """A label, its span in the document, the number set apart and the owner tag's span."""

    label: str
    start: int
    end: int
    number: str | None = None
    owner: tuple[int, int] | None = None


# A title wholly in lenticular or square brackets (「【減災】」, 「〔人づくり〕」): the name inside them.
_BRACKETED_NAME = re.compile(r"^[【〔［](?P<name>[^【】〔〕［］]{2,40})[】〕］]$")


def heading_label(text: str, block: Block, cls: str, profile: Profile) -> Cut:
    """A heading item is its title; its number, marks and owner tag are kept apart."""
    label = forms.without_amount(
        _label(block.title if block.title is not None else block.text), _amounts(profile)
    )
    number = clean_number(block.number)
    own = profile.theme_numbers if cls == "Theme" else profile.item_numbers.get(cls.lower(), ())
    theme_number, rest = forms.split_title(label, own)
    if theme_number is None and cls == "Theme":
        theme_number, rest = _numbering_word(label, profile)
    if theme_number is None and number is None:
        number, label = forms.split_title(label, profile.numbers)
    if theme_number is None and number is None:  # 「A-1　…」: an item code before the name
        number, label = forms.split_title(label, profile.tree.get("codes", ()))
    elif theme_number is not None:
        number, label = number or theme_number, rest
    label = label[slice(*forms.without_marks(label, 0, len(label), profile.tree.get("marks", ())))]
    if (m := _BRACKETED_NAME.match(label)) is not None:
        label = m["name"]  # 「### 【減災】」: a heading that is a name in brackets is the name
    if cls == "Measure" and (note := issue_note(label, profile)) is not None:
        label = label[: note[0]].rstrip(" \u3000")  # 「…の一元化（課題1-1）」: the issue it answers
    tag = forms.trailing(label, 0, len(label), profile.tree.get("owner_tags", ()))
    owner = None
    if tag is not None:  # 「（１）…する。【担当：…】」: the tag names who carries it out
        owner = _span_in(text, label[tag[0] : tag[1]], block.start, block.end)
        label = label[: tag[0]].rstrip(" \u3000")
    return Cut(label, block.start, block.end, number, owner)


def _numbering_word(label: str, profile: Profile) -> tuple[str | None, str]:
    """A theme heading that opens with another type's numbering word and its number (「目標Ⅰ　…」,
    「重点施策１　…」 standing as a theme): the word only carries the number, the label is the title
    after it.  A cue word with no number (「施策：…」) is kept."""
    for patterns in profile.item_numbers.values():
        number, rest = forms.split_title(label, patterns)
        if number is not None and numeral(number) is not None:
            return number, rest
    return None, label


def _span_in(text: str, part: str, start: int, end: int) -> tuple[int, int] | None:
    at = text.rfind(part, start, end)
    return (at, at + len(part)) if at >= 0 else None


def entry_label(text: str, start: int, end: int, cls: str, profile: Profile) -> Cut:
    """An entry's label: the text after its own number (「目標1：…」), without marks and owner tag."""
    s, e = start, end
    number, rest = forms.split_title(text[s:e], profile.item_numbers.get(cls.lower(), ()))
    if number is None:  # 「A-1　…」: an item code before the name
        number, rest = forms.split_title(text[s:e], profile.tree.get("codes", ()))
    if number is not None and text[s:e].endswith(rest):
        s = e - len(rest)
    else:
        number = None
    e = s + len(forms.without_amount(text[s:e], _amounts(profile)))
    e = s + len(without_progress_note(text[s:e], profile.progress))  # 「…の導入（取組状況：…）」
    if basis := forms.trailing(text, s, e, profile.tree.get("basis_notes", ())):
        e = basis[0]  # 「耐震管への布設替え（根拠：水道法）」: the law it rests on, no part of its name
    s, e = forms.without_marks(text, s, e, profile.tree.get("marks", ()))
    tag = forms.trailing(text, s, e, profile.tree.get("owner_tags", ()))
    if tag is not None:  # 「…を支援する。【担当：国土交通省】」: the tag names who carries it out
        e = forms.without_marks(text, s, tag[0], ())[1]
    label = forms.unmarked(_label(text[s : _fields_start(text, s, e, profile)]))
    numbered = number is not None or text[text.rfind("\n", 0, s) + 1 : s].strip(" \u3000-*+・") != ""
    if numbered and (named := _NAMED_BEFORE_COLON.match(label)):
        label = named["name"]  # 「施策2-1　就学援助の充実：…を拡大する。」: the name, its sentence its text
    return Cut(label, s, e, number, tag)


def _fields_start(text: str, start: int, end: int, profile: Profile) -> int:
    """Where an entry's line of fields begins after its name and a space (a list entry's second line
    joined to it, 「施策1-2　…の導入<br>担当：…課　根拠法令：…法」): the fields are no part of its label,
    their span stays the entry's (its bodies, laws and dates)."""
    patterns = [*profile.tree.get("owner_lines", ()), *profile.tree.get("law_lines", ())]
    for m in _FIELD_GAP.finditer(text, start, end):
        if m.start() - start >= 2 and any(re.match(p, text[m.end() : end]) for p in patterns):
            return m.start()
    return end


# The space a list entry's lines were joined by (a line break read as one space), before its fields.
_FIELD_GAP = re.compile(r"[ \u3000]+")
# A numbered entry's name and the sentence that says what it does, after a colon.
_NAMED_BEFORE_COLON = re.compile(r"(?P<name>[^：:。、\n]{2,30})[：:][^：:\n]{4,}。$")


def numeral(number: str | None) -> str | None:
    """The number, or None where a cue word alone opened the title (「課題：…」, 「施策　…」, 「施策名：…」):
    kanji none of which is a numeral.  Letters and kana that number (「ア」, 「(a)」) are numbers.

    >>> numeral("課題1-2"), numeral("基本目標Ⅱ"), numeral("第三"), numeral("ア"), numeral("(a)")
    ('課題1-2', '基本目標Ⅱ', '第三', 'ア', '(a)')
    >>> numeral("課題"), numeral("施策名"), numeral(None)
    (None, None, None)
    """
    if not number:
        return None
    words = all(unicodedata.name(c, "").startswith("CJK UNIFIED IDEOGRAPH") for c in number)
    return None if words and not any(unicodedata.numeric(c, None) is not None for c in number) else number


def _amounts(profile: Profile) -> tuple[re.Pattern[str], ...]:
    return profile.tree.get("amounts", ())
