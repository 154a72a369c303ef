"""Word headings: heading styles matched whole, and the numbers Word prints computed from numbering.xml."""

from __future__ import annotations

from io import BytesIO
from pathlib import Path

import docx
import pytest
from docx.enum.style import WD_STYLE_TYPE

from kg.read import read_document
from kg.read.document import BlockKind
from kg.read.docx import read_docx
from kg.read.numbering import format_number
from tests.conftest import CORPUS_DEV, shared_file


@pytest.mark.parametrize(
    ("n", "fmt", "shown"),
    [
        (1, "decimal", "1"),
        (12, "decimalFullWidth", "１２"),
        (4, "upperRoman", "IV"),
        (9, "lowerRoman", "ix"),
        (3, "aiueoFullWidth", "ウ"),
        (2, "iroha", "ロ"),
        (5, "decimalEnclosedCircle", "⑤"),
        (2, "ideographTraditional", "乙"),
        (23, "japaneseCounting", "二十三"),
        (2, "upperLetter", "B"),
        (7, "none", ""),
    ],
)
def test_word_number_formats(n: int, fmt: str, shown: str) -> None:
    assert format_number(n, fmt) == shown


def test_a_body_style_named_after_a_heading_level_is_no_heading(tmp_path: Path) -> None:
    """「見出し２本文」 is the body text under a level-2 heading, not a heading (its ２ is no level)."""
    document = docx.Document()
    document.styles.add_style("見出し２本文", WD_STYLE_TYPE.PARAGRAPH)
    document.add_heading("背景", level=2)
    document.add_paragraph("データの利活用は重要な基盤です。", style="見出し２本文")
    buffer = BytesIO()
    document.save(buffer)
    doc = read_docx(tmp_path / "x.docx", buffer.getvalue())
    kinds = [(b.kind, b.text) for b in doc.blocks]
    assert kinds == [(BlockKind.HEADING, "背景"), (BlockKind.PARAGRAPH, "データの利活用は重要な基盤です。")]


DQ = "GIF_DS-468-1_guidebook_dataquality"


def test_word_headings_carry_the_numbers_word_prints() -> None:
    doc = read_document(shared_file(CORPUS_DEV / f"{DQ}.docx"))
    headings = {b.title: b for b in doc.blocks if b.kind == BlockKind.HEADING}
    # Heading 2 of the document's list is 「%1.%2」 in full-width digits, heading 3 「%3)」.
    assert headings["データの評価"].number == "２.３"
    assert headings["データ品質計画"].number == "1)"
    assert doc.text[headings["データの評価"].start :].startswith("２.３")


def test_word_and_markdown_give_the_same_sections_but_the_markdown_only_pages() -> None:
    word = read_document(shared_file(CORPUS_DEV / f"{DQ}.docx"))
    markdown = read_document(shared_file(CORPUS_DEV / f"{DQ}.md"))
    titles = [s.title.strip().strip("\u3000").strip() for s in markdown.sections]
    word_titles = [s.title.strip().strip("\u3000").strip() for s in word.sections]
    # The Markdown has 改訂履歴 and 目次 pages the Word file lays out as plain text.
    assert [t for t in titles if t not in ("改訂履歴", "目次")] == word_titles
