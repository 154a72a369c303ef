"""The numbers of issues and themes as documents write them, and one body named two ways.

An issue is numbered bare (「3.2」) or after the word 課題 (「課題1-1」), its parts joined by a dot or a
hyphen; a theme bare (「2」) or after its plan's outline word (「基本方針2」).  A number is asked as
typed: the documents that write it so answer, and where none does, those that write it another way
(「課題3-2」 is the report's 3.2).  Takes the number typed and the rows the store gives; gives the forms
to look up and the rows meant.  A municipality is named by the national list (「群馬県前橋市」) and by its
own plan (「前橋市」, its publisher): one body, asked by the list's name (its units are under it).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol, TypeVar


class _Named(Protocol):
    @property
    def kind(self) -> str: ...
    @property
    def label(self) -> str: ...


_E = TypeVar("_E", bound=_Named)

# An issue's number as its document writes it: bare (「3.2」) or after the word 課題 (「課題1-1」), its parts
# joined by a dot or a hyphen; the form typed first (「課題1-1」 is the city's 課題1-1 before another
# plan's 1.1), any of them where none is written as typed.
ISSUE_QUERY = """
SELECT ?entity ?label ?number WHERE {
  VALUES ?number { $numbers }
  ?entity pol:number ?number ; a pol:Issue ; rdfs:label ?label }"""
# A theme's number: bare (「2」) or after the outline's word for it (「基本方針2」); the form typed first
# (「基本方針2」 is the plan's 基本方針2 before another plan's theme 2), the bare number where the word is
# テーマ or 分野 or no document writes it with the word typed.
THEME_QUERY = """
SELECT ?entity ?label ?number WHERE {
  VALUES ?number { $numbers }
  ?entity pol:number ?number ; a pol:Theme ; rdfs:label ?label }"""


_TYPED_RE = re.compile(r"\d+(?:[.\-]\d+)*")


def issue_number_forms(number: str) -> tuple[str, ...]:
    """The ways a document may write the issue number typed as ``number`` (「1-1」 or 「1.1」), none
    for what is no such number."""
    if not _TYPED_RE.fullmatch(number):
        return ()
    parts = re.split(r"[.\-]", number)
    joined = dict.fromkeys(sep.join(parts) for sep in (".", "-"))
    return tuple(form for n in joined for form in (n, f"課題{n}"))


def as_typed(rows: Sequence[dict[str, str]], typed: str, word: str = "") -> list[dict[str, str]]:
    """The ``rows`` whose number is written as ``typed`` (after ``word`` or not), else all of them."""
    return [r for r in rows if r["number"].removeprefix(word) == typed] or list(rows)


# 「群馬県前橋市」 and 「前橋市」: a municipality by the national list's name and as a document names it
# (its publisher), one body; the list's name is the one asked about (its units are under it).
_PREFECTURE_RE = re.compile(r".{1,3}[都道府県]")


def one_body(candidates: tuple[_E, ...]) -> tuple[_E, ...]:
    """``candidates`` without an agency another names with its prefecture before its name."""
    return tuple(
        e
        for e in candidates
        if not any(
            o.kind == e.kind == "agency"
            and o.label.endswith(e.label)
            and _PREFECTURE_RE.fullmatch(o.label[: -len(e.label)])
            for o in candidates
        )
    )
