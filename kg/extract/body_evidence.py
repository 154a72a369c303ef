"""What a whole document says of its bodies: names it gives as private, and abbreviations it ties to a body.

Extraction stage.  Takes the texts of a document's blocks and the bodies found in each
(:class:`kg.extract.agencies.AgencyMention`, offsets into its block); gives the bodies
again, per block, after two rules that need the whole document:

* **a private organisation** — a name the document anywhere gives with a private legal
  form (「一般社団法人 文字情報技術促進協議会」, 「株式会社…」, 「…株式会社」) is private
  throughout it: where the name stands alone on another line (「提供者：文字情報技術促進協議会」)
  it is no public body either.  A body the gazetteer lists stays.
* **an abbreviation tied to a body** — a Latin abbreviation the document ties to a body's
  full name by brackets, either way round (「欧州委員会（EC）」, 「EC（European Commission）」,
  「EU（欧州連合）」), names that body throughout the document; a file's type in brackets
  (「総務省（PDF）」, a link's label) ties nothing.  Where the full name is
  English the abbreviation must be its initials.  Elsewhere the abbreviation counts only as a
  word of its own: not glued to Latin letters, digits or katakana (「ECサイト」 is
  e-commerce), and not inside a web address or a link's target.  An abbreviation never tied stays unread,
  however likely (「EC」 alone).

One pass of a regular expression per block for each rule; the private names and the
abbreviations are sets.

>>> from kg.extract.agencies import find_agencies
>>> texts = ["EC（European Commission）の品質モデル", "ECサイトとEC諸国"]
>>> [[m.text for m in found] for found in document_bodies(texts, [find_agencies(t) for t in texts])]
[['EC', 'European Commission'], ['EC']]
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from kg.extract.agencies import AgencyMention
from kg.extract.bodies import PRIVATE_FORMS
from kg.extract.body_short_names import is_file_type
from kg.extract.folding import fold, is_masked, masked_spans
from kg.extract.gazetteers import normalise_name

__all__ = ["document_bodies", "private_names", "tied_abbreviations"]

_NAME = r"[一-龥々〆ヶァ-ヺーA-Za-z0-9・]"
_PRIVATE_BEFORE = re.compile(rf"(?:{PRIVATE_FORMS.pattern})[ 　]?({_NAME}{{2,40}})")
_PRIVATE_AFTER = re.compile(rf"({_NAME}{{2,40}}?)(?:株式会社|有限会社|合同会社)")
_ABBREVIATION = r"[A-Z][A-Z0-9&-]{1,9}"
# 「EC（European Commission）」: the abbreviation right before the body's name in brackets.
_BEFORE_NAME = re.compile(rf"(?<![A-Za-z0-9])({_ABBREVIATION})\s?[(]\s?$")
# 「欧州委員会（EC）」: the abbreviation in brackets right after the body's name.
_AFTER_NAME = re.compile(rf"\s?[(]\s?({_ABBREVIATION})\s?[)]")
_CLOSE = re.compile(r"\s?[)]")
# Around an abbreviation standing as a word of its own: no Latin letter, digit or katakana;
# not a standard's number after it (「ISO 639-1」).
_WORD_EDGE = r"A-Za-z0-9ァ-ヺー&_/.@-"


def private_names(texts: Sequence[str]) -> set[str]:
    """The names the texts give with a private legal form, normalised.

    >>> sorted(private_names(["組織名：一般社団法人 文字情報技術促進協議会、連絡先", "トヨタ自動車株式会社"]))
    ['トヨタ自動車', '文字情報技術促進協議会']
    """
    names: set[str] = set()
    for text in texts:
        folded = fold(text)
        if "法人" in folded or "会社" in folded or "(" in folded:  # every form holds one of these
            names.update(normalise_name(m.group(1)) for m in _PRIVATE_BEFORE.finditer(folded))
        if "会社" in folded:
            names.update(normalise_name(m.group(1)) for m in _PRIVATE_AFTER.finditer(folded))
    return names


def tied_abbreviations(
    texts: Sequence[str], found: Sequence[Sequence[AgencyMention]]
) -> dict[str, AgencyMention]:
    """The abbreviations the texts tie to a found body by brackets, each with that body's mention.

    >>> from kg.extract.agencies import find_agencies
    >>> text = "地方公共団体情報システム機構（J-LIS）"
    >>> {a: m.key for a, m in tied_abbreviations([text], [find_agencies(text)]).items()}
    {'J-LIS': 'j-lis'}
    """
    tied: dict[str, AgencyMention] = {}
    for text, mentions in zip(texts, found, strict=True):
        folded = fold(text)
        for m in mentions:
            after = _AFTER_NAME.match(folded, m.end)
            before = _BEFORE_NAME.search(folded, max(0, m.start - 14), m.start)
            if before is not None and _CLOSE.match(folded, m.end) is None:
                before = None
            for hit in (after, before):
                if hit is not None and _fits(hit.group(1), m.text):
                    tied.setdefault(hit.group(1), m)
    return tied


def _fits(abbreviation: str, name: str) -> bool:
    """An abbreviation of an English name is its initials (European Commission → EC); a file's
    type is no abbreviation (「総務省（PDF）」: a link to a file)."""
    if is_file_type(abbreviation):
        return False
    words = fold(name).split()
    if not re.fullmatch(r"[A-Za-z][A-Za-z .,'&-]*", fold(name)):
        return True  # a Japanese name: the brackets alone tie it
    initials = "".join(w[0] for w in words if w[:1].isupper())
    return initials == abbreviation.replace("-", "").replace("&", "")


def document_bodies(
    texts: Sequence[str], found: Sequence[Sequence[AgencyMention]]
) -> list[list[AgencyMention]]:
    """The bodies of each text once the whole document's evidence is applied (the module's rules)."""
    private = private_names(texts)
    kept = [[m for m in mentions if m.known or normalise_name(m.text) not in private] for mentions in found]
    tied = tied_abbreviations(texts, kept)
    if not tied:
        return kept
    names = "|".join(re.escape(a) for a in sorted(tied, key=len, reverse=True))
    word = re.compile(rf"(?<![{_WORD_EDGE}])(?:{names})(?![{_WORD_EDGE}]|\s?[0-9])")
    result = []
    for text, mentions in zip(texts, kept, strict=True):
        folded = fold(text)
        spans = [(m.start, m.end) for m in mentions]
        masks = masked_spans(folded)
        added = []
        for hit in word.finditer(folded):
            start, end = hit.span()
            if is_masked(start, end, spans) or is_masked(start, end, masks):
                continue
            body = tied[hit.group()]
            added.append(replace(body, text=text[start:end], start=start, end=end))
        result.append(sorted([*mentions, *added], key=lambda m: (m.start, m.end)))
    return result
