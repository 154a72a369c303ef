"""A guidebook read from its Word original gives what the same text gives as Markdown.

DS-462 and DS-468-1 are in the development corpus both as ``.docx`` and as ``.md``.
Line numbers differ (the Markdown holds a table of contents, image markup and
blank lines), so the readings are compared by what was found, not where.  Two
differences are the Markdown's, not the Word reading's, and are left out: the
Markdown repeats a merged table cell on every row it spans (「法務省」 four times
in DS-462's 表 2 for two rows of Word), and its table of contents lists level-3
headings that Word's lists only to level 2, so counts of bodies are compared as sets.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from functools import cache

import pytest

from kg.extract.extraction import Extraction, extract
from kg.read import read_document
from tests.conftest import CORPUS_DEV, shared_file

MASTER = "GIF_DS-462_guidebook_masterdata"
QUALITY = "GIF_DS-468-1_guidebook_dataquality"
SPACE = re.compile(r"[\s\u3000]+")


@cache
def _extraction(name: str, suffix: str) -> Extraction:
    doc = read_document(shared_file(CORPUS_DEV / f"{name}{suffix}"))
    return extract(doc, dt.date(2022, 3, 31), use_parser=False)


def _labels(ex: Extraction) -> dict[str, Counter[str]]:
    labels: dict[str, Counter[str]] = {}
    for item in ex.items:
        labels.setdefault(item.cls, Counter())[SPACE.sub("", item.label)] += 1
    return labels


@pytest.mark.parametrize("name", [MASTER, QUALITY])
def test_the_same_items_by_type_and_label(name: str) -> None:
    word, markdown = _extraction(name, ".docx"), _extraction(name, ".md")
    assert word.counts().keys() == markdown.counts().keys()
    assert _labels(word) == _labels(markdown)


@pytest.mark.parametrize("name", [MASTER, QUALITY])
def test_the_same_public_bodies_references_and_statutes(name: str) -> None:
    word, markdown = _extraction(name, ".docx"), _extraction(name, ".md")
    assert {(a.key, a.kind) for a in word.agencies} == {(a.key, a.kind) for a in markdown.agencies}
    assert {r.key for r in word.references} == {r.key for r in markdown.references}
    assert {law.key for law in word.laws} == {law.key for law in markdown.laws}
    assert sum(len(i.actions) for i in word.items) == sum(len(i.actions) for i in markdown.items)


def test_a_footnote_of_the_word_file_names_its_public_body() -> None:
    """DS-468-1's footnote 1 (word/footnotes.xml) names 情報処理推進機構.

    Its text: 「情報処理推進機構が提供する共通的なデータ項目を定義するための基盤。」
    """
    ex = _extraction(QUALITY, ".docx")
    found = [a for a in ex.agencies if a.text == "情報処理推進機構"]
    assert len(found) == 1
    line = ex.doc.line_of(found[0].start)
    assert ex.doc.line_text(line).startswith("[1] 情報処理推進機構")
    # The footnote's reference to 行政機関 (footnote 2) is read too, as the Markdown's is.
    assert Counter(r.key for r in ex.references)["行政機関"] == 2


def test_word_shows_theme_numbers_from_its_own_numbering_definitions() -> None:
    """DS-468-1's Heading 3 is numbered 「%3)」 in numbering.xml.

    Word shows 「1)正確性」 where the Markdown wrote 「2.3.1.」.
    """
    doc = _extraction(QUALITY, ".docx").doc
    heading = next(b for b in doc.blocks if b.title and b.title.startswith("正確性"))
    assert heading.number == "1)"
    assert doc.line_text(heading.line).startswith("1)")
