"""The numbers of issues and themes as documents write them, and one body named two ways.

The graph holds an item's number alone (pol:number 「1-2」 of 「課題1-2」, 「2」 of 「基本方針2」) and the
number as its document writes it (skos:notation).  An issue is asked bare (「3.2」) or after the word
課題 (「課題1-1」), its parts joined by a dot or a hyphen; a theme bare (「テーマ2」「分野２」) or after its
plan's outline word (「基本方針2」).  A number is asked as typed: the items written so answer, and where
none is, those numbered so (「課題3-2」 is the report's 3.2; 「分野3」 a plan's 重点分野3).  Takes the number
typed and the rows the store gives; gives the forms to look up and the rows meant.  A municipality is
named by the national list (「群馬県前橋市」) and by its own plan (「前橋市」, its publisher): one body,
asked by the list's name (its units are under it).
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

# An issue by its number alone, joined by a dot or a hyphen (「1-1」 and 「1.1」), with the number as its
# document writes it (「課題1-1」): the form typed first, any of them where none is written as typed.
ISSUE_QUERY = """
SELECT ?entity ?label ?number ?notation WHERE {
  VALUES ?number { $numbers }
  ?entity pol:number ?number ; a pol:Issue ; rdfs:label ?label
  OPTIONAL { ?entity skos:notation ?notation } }"""
# A theme by its number alone (「2」), with the number as written (「基本方針2」): the form typed first
# (「基本方針2」 is the plan's 基本方針2 before another plan's theme 2; 「テーマ2」 a theme numbered 2 bare
# before a plan's 重点分野2), any theme numbered so where none is written as typed.
THEME_QUERY = """
SELECT ?entity ?label ?number ?notation WHERE {
  VALUES ?number { $numbers }
  ?entity pol:number ?number ; a pol:Theme ; rdfs:label ?label
  OPTIONAL { ?entity skos:notation ?notation } }"""


_TYPED_RE = re.compile(r"\d+(?:[.\-]\d+)*")


def issue_number_forms(number: str) -> tuple[str, ...]:
    """The numbers alone an issue typed as ``number`` may hold (「1-1」 or 「1.1」), none for what is no
    such number.

    >>> issue_number_forms("1-2"), issue_number_forms("3"), issue_number_forms("課題")
    (('1-2', '1.2'), ('3',), ())
    """
    if not _TYPED_RE.fullmatch(number):
        return ()
    parts = re.split(r"[.\-]", number)
    return tuple(dict.fromkeys(sep.join(parts) for sep in ("-", ".")))


def as_typed(rows: Sequence[dict[str, str]], typed: str, word: str = "") -> list[dict[str, str]]:
    """The ``rows`` whose number is written as ``typed`` after ``word`` (「課題1-1」), else those written
    as ``typed`` alone, else those numbered ``typed``, else all of them.

    >>> rows = [{"number": "3.1", "notation": "3.1"}, {"number": "3-1", "notation": "課題3-1"}]
    >>> [r["number"] for r in as_typed(rows, "3-1", "課題")], [r["number"] for r in as_typed(rows, "3.1")]
    (['3-1'], ['3.1'])
    """
    for kept in (
        [r for r in rows if word and r.get("notation") == word + typed],
        [r for r in rows if r.get("notation", r["number"]) == typed],
        [r for r in rows if r["number"] == typed],
    ):
        if kept:
            return kept
    return list(rows)


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
