"""A Japanese PDF made with reportlab reads to the same structure as the same content in text."""

from __future__ import annotations

from pathlib import Path

import pdfplumber
import pytest
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table

from kg.read import read_document, read_string
from kg.read.document import BlockKind, Document
from tests.kg.read.test_reader_offsets import assert_consistent

FONT = "HeiseiKakuGo-W5"
# The CID fonts' Unicode mapping has no ✓, so the mark is drawn with a TrueType
# font that has it.
CHECK_FONTS = [
    Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"),
    Path("/usr/share/fonts/dejavu/DejaVuSans.ttf"),
    Path("/usr/share/fonts/TTF/DejaVuSans.ttf"),
]

TEXT = (
    "これまでの主な取組状況について①\n"
    "1.1 マイナンバーカードの機能強化\n\n"
    "項目\t取組状況\n"
    "カード機能の抜本的改善\t✓ 公的個人認証法改正（3年5月） ✓ 必要となるシステムの設計・開発等（3年10月）\n\n"
    "・ 自治体の業務システムの標準化\n"
)


@pytest.fixture(scope="module")
def check_font() -> str:
    pdfmetrics.registerFont(UnicodeCIDFont(FONT))
    for path in CHECK_FONTS:
        if path.exists():
            pdfmetrics.registerFont(TTFont("CheckMark", str(path)))
            return "CheckMark"
    pytest.skip("no TrueType font with a ✓ glyph (DejaVu Sans) is installed")


def make_pdf(path: Path, check_font: str) -> None:
    style = ParagraphStyle("ja", fontName=FONT, fontSize=9, leading=12)
    mark = f'<font name="{check_font}">✓</font> '
    table = Table(
        [
            [Paragraph("項目", style), Paragraph("取組状況", style)],
            [
                Paragraph("カード機能の抜本的改善", style),
                Paragraph(
                    f"{mark}公的個人認証法改正（3年5月）<br/>{mark}必要となるシステムの設計・開発等（3年10月）",
                    style,
                ),
            ],
        ],
        colWidths=[150, 330],
        style=[("GRID", (0, 0), (-1, -1), 0.5, "black")],
    )
    SimpleDocTemplate(str(path), pagesize=A4).build(
        [
            Paragraph("これまでの主な取組状況について①", style),
            Spacer(1, 12),
            Paragraph("1.1 マイナンバーカードの機能強化", style),
            Spacer(1, 12),
            table,
            Spacer(1, 12),
            Paragraph("・ 自治体の業務システムの標準化", style),
            PageBreak(),
            Paragraph("2.1 二頁目の課題", style),
        ]
    )


def structure(doc: Document) -> list[tuple[str, str, str | None]]:
    return [
        (b.kind.value, b.text.replace("\t", " "), b.number) for b in doc.blocks if b.kind != BlockKind.TABLE
    ]


def test_cid_font_text_is_extracted(tmp_path: Path, check_font: str) -> None:
    path = tmp_path / "report.pdf"
    make_pdf(path, check_font)
    with pdfplumber.open(path) as pdf:
        text = pdf.pages[0].extract_text()
    assert "これまでの主な取組状況について①" in text
    assert "✓ 公的個人認証法改正（3年5月）" in text


def test_pdf_reads_like_the_same_text(tmp_path: Path, check_font: str) -> None:
    path = tmp_path / "report.pdf"
    make_pdf(path, check_font)
    doc = read_document(path)
    assert_consistent(doc)
    assert doc.media_type == "application/pdf"
    first_page = doc.text[: doc.page_starts[1]]
    expected = read_string(TEXT)
    assert structure(read_string(first_page)) == structure(expected)
    assert structure(doc)[: len(expected.blocks) - 1] == structure(expected)
    checks = [b.text for b in doc.blocks_of(BlockKind.CHECK_ITEM)]
    assert checks == ["公的個人認証法改正（3年5月）", "必要となるシステムの設計・開発等（3年10月）"]
    last = doc.blocks[-1]
    assert (last.kind, last.number, doc.page_of(last.start)) == (BlockKind.HEADING, "2.1", 2)
    assert doc.page_of(doc.blocks[0].start) == 1
