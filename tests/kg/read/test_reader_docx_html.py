"""Word and HTML documents generated here read to the expected blocks."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest

from kg.read import read_document
from kg.read.document import BlockKind, Document
from tests.kg.read.test_reader_offsets import assert_consistent

EXPECTED = [
    (BlockKind.HEADING, "1. マイナンバー関連システム整備", None),
    (BlockKind.HEADING, "1.1 トータルデザイン", None),
    (BlockKind.PARAGRAPH, "本計画は重要な施策である。", None),
    (BlockKind.LIST_ITEM, "自治体の業務システムの標準化", None),
    (BlockKind.LIST_ITEM, "ガバメントクラウドの活用", 3),
    (BlockKind.TABLE, "項目\t取組状況\nカード機能の抜本的改善\t✓ 法改正（3年5月） ✓ 技術検証の実施", None),
    (BlockKind.ROW, "項目\t取組状況", 5),
    (BlockKind.CELL, "項目", 6),
    (BlockKind.CELL, "取組状況", 6),
    (BlockKind.ROW, "カード機能の抜本的改善\t✓ 法改正（3年5月） ✓ 技術検証の実施", 5),
    (BlockKind.CELL, "カード機能の抜本的改善", 9),
    (BlockKind.CELL, "✓ 法改正（3年5月） ✓ 技術検証の実施", 9),
    (BlockKind.CHECK_ITEM, "法改正（3年5月）", 11),
    (BlockKind.CHECK_ITEM, "技術検証の実施", 11),
]


# Word keeps a cell's paragraphs apart as a Markdown cell does, with <br>;
# a browser shows HTML's <br> as a space.
EXPECTED_DOCX = [(kind, text.replace("） ✓", "）<br>✓"), parent) for kind, text, parent in EXPECTED]


def check(doc: Document, expected: list[tuple[BlockKind, str, int | None]] = EXPECTED) -> None:
    assert_consistent(doc)
    assert [(b.kind, b.text, b.parent) for b in doc.blocks[: len(expected)]] == expected
    theme, issue = doc.blocks[0], doc.blocks[1]
    assert (theme.number, theme.title, issue.number, issue.title) == (
        "1",
        "マイナンバー関連システム整備",
        "1.1",
        "トータルデザイン",
    )
    assert doc.sections[issue.section].parent == theme.section
    paragraph = doc.blocks[2]
    assert [doc.text[s.start : s.end] for s in paragraph.emphasis] == ["重要な施策"]


def test_docx(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_heading("1. マイナンバー関連システム整備", level=1)
    document.add_heading("1.1 トータルデザイン", level=2)
    paragraph = document.add_paragraph("本計画は")
    paragraph.add_run("重要な").bold = True
    paragraph.add_run("施策").bold = True  # Word splits bold text into runs freely
    paragraph.add_run("である。")
    document.add_paragraph("自治体の業務システムの標準化", style="List Bullet")
    document.add_paragraph("ガバメントクラウドの活用", style="List Bullet 2")
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "項目"
    table.cell(0, 1).text = "取組状況"
    table.cell(1, 0).text = "カード機能の抜本的改善"
    table.cell(1, 1).text = "✓ 法改正（3年5月）"
    table.cell(1, 1).add_paragraph("✓ 技術検証の実施")
    document.add_paragraph("※ 注記です")
    path = tmp_path / "report.docx"
    document.save(str(path))
    doc = read_document(path)
    check(doc, EXPECTED_DOCX)
    assert (doc.blocks[-1].kind, doc.blocks[-1].text) == (BlockKind.NOTE, "注記です")


def test_a_word_cells_paragraphs_are_its_lines(tmp_path: Path) -> None:
    """A cell of several paragraphs (an empty one among them) stays on its row's line, its breaks as <br>."""
    document = docx.Document()
    document.add_paragraph("表の前の段落")
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "テーマ"
    table.cell(0, 1).text = "課題"
    table.cell(1, 0).text = "窓口の混雑"
    table.cell(1, 1).text = "待ち時間が長い"
    table.cell(1, 1).add_paragraph("")
    table.cell(1, 1).add_paragraph("案内表示がわかりにくい")
    path = tmp_path / "cells.docx"
    document.save(str(path))
    doc = read_document(path)
    assert_consistent(doc)
    cell = [b for b in doc.blocks if b.kind == BlockKind.CELL][-1]
    assert cell.text == "待ち時間が長い<br>案内表示がわかりにくい"
    assert (cell.line, cell.end_line) == (3, 3)
    assert doc.line_text(3) == "窓口の混雑\t待ち時間が長い<br>案内表示がわかりにくい"


HTML = """<!DOCTYPE html>
<html lang="ja"><head><title>無視される</title><style>p { color: red }</style></head>
<body>
<h1>1. マイナンバー関連システム整備</h1>
<h2>1.1 トータルデザイン</h2>
<p>本計画は<strong>重要な
   施策</strong>である。</p>
<ul>
  <li>自治体の業務システムの標準化
    <ul><li>ガバメントクラウドの活用</li></ul>
  </li>
</ul>
<table>
  <tr><th>項目</th><th>取組状況</th></tr>
  <tr><td>カード機能の抜本的改善</td><td>✓ 法改正（3年5月）<br>✓ 技術検証の実施</td></tr>
</table>
<!-- a comment is not text -->
<script>var x = "見えない";</script>
<p>※ 注記です</p>
</body></html>
"""


def test_html(tmp_path: Path) -> None:
    path = tmp_path / "report.html"
    path.write_text(HTML.replace("重要な\n   施策", "重要な施策"), encoding="utf-8")
    doc = read_document(path)
    check(doc)
    assert doc.media_type == "text/html"
    assert "無視される" not in doc.text and "見えない" not in doc.text and "comment" not in doc.text
    assert (doc.blocks[-1].kind, doc.blocks[-1].text) == (BlockKind.NOTE, "注記です")


def test_html_whitespace_is_collapsed_as_a_browser_shows_it(tmp_path: Path) -> None:
    path = tmp_path / "spaces.htm"
    path.write_text("<p>A  <b>bold\n   text</b>  end</p>", encoding="utf-8")
    doc = read_document(path)
    [paragraph] = doc.blocks
    assert paragraph.text == "A bold text end"
    assert [doc.text[s.start : s.end] for s in paragraph.emphasis] == ["bold text"]


# Each word below stands on the line of this file's text given beside it (1-based).
SOURCE_LINES_HTML = """\
<!DOCTYPE html>
<html><head><title>計画</title></head>
<body>
<h1>第1章　推進体制</h1>
<p>
  デジタル庁は、
  総務省及び<b>地方公共団体情報システム機構</b>と連携する。
</p>
<table>
  <tr>
    <th>施策</th>
    <th>担当</th>
  </tr>
  <tr><td>窓口の改善</td>
      <td>経済産業省</td></tr>
</table>
<ul><li>住民記録の標準化</li>
<li>税務の標準化</li></ul>
</body></html>
"""


@pytest.mark.parametrize(
    ("word", "line"),
    [
        ("推進体制", 4),
        ("デジタル庁", 6),
        ("総務省", 7),
        ("地方公共団体情報システム機構", 7),
        ("施策", 11),
        ("担当", 12),
        ("窓口の改善", 14),
        ("経済産業省", 15),
        ("住民記録の標準化", 17),
        ("税務の標準化", 18),
    ],
)
def test_html_text_knows_the_file_line_it_was_written_from(tmp_path: Path, word: str, line: int) -> None:
    path = tmp_path / "plan.html"
    path.write_text(SOURCE_LINES_HTML, encoding="utf-8")
    doc = read_document(path)
    assert doc.source_line_of(doc.text.index(word)) == line


def test_a_text_that_is_its_own_file_has_its_own_lines(tmp_path: Path) -> None:
    path = tmp_path / "plan.md"
    path.write_text("# 計画\n\nデジタル庁は\n総務省と連携する。\n", encoding="utf-8")
    doc = read_document(path)
    at = doc.text.index("総務省")
    assert doc.source_lines == [] and doc.source_line_of(at) == doc.line_of(at) == 4


MERGED = """<html><body>
<table>
<tr><th>分野</th><th>課題</th><th>施策</th></tr>
<tr><td rowspan="2">認知症施策</td><td>早期発見が遅れている</td><td>支援チームの強化</td></tr>
<tr><td>家族の負担が大きい</td><td>認知症カフェの設置</td></tr>
<tr><td colspan="2">住まいの相談</td><td>相談窓口の設置</td></tr>
</table>
<dl>
<dt>基本目標1</dt>
<dd>元気に暮らせる高齢者を増やす</dd>
<dt>基本目標2</dt>
<dd>支え合いの地域をつくる</dd>
</dl>
</body></html>
"""


def test_an_html_cell_merged_over_rows_or_columns_stands_in_each(tmp_path: Path) -> None:
    """As Word gives a merged cell once per grid cell: every row has a cell in every column."""
    path = tmp_path / "plan.html"
    path.write_text(MERGED, encoding="utf-8")
    doc = read_document(path)
    assert_consistent(doc)
    rows = [b.text.split("\t") for b in doc.blocks if b.kind == BlockKind.ROW]
    assert rows == [
        ["分野", "課題", "施策"],
        ["認知症施策", "早期発見が遅れている", "支援チームの強化"],
        ["認知症施策", "家族の負担が大きい", "認知症カフェの設置"],
        ["住まいの相談", "住まいの相談", "相談窓口の設置"],
    ]
    # The repeated cell keeps the line of the HTML file it was written on.
    repeated = [b for b in doc.blocks if b.kind == BlockKind.CELL and b.text == "認知症施策"]
    assert [doc.source_line_of(b.start) for b in repeated] == [4, 4]


def test_merged_cells_cannot_make_a_small_page_a_vast_text(tmp_path: Path) -> None:
    """A cell spanning 100 rows and 100 columns is repeated only while the copies cost no more
    than the page's own length: a 60 KB page does not become 200 million characters."""
    rows = "<tr><td rowspan='100' colspan='100'>" + "あ" * 20_000 + "</td></tr>"
    rows += "<tr><td>残り</td></tr>" * 99
    path = tmp_path / "spans.html"
    path.write_text(f"<html><body><table>{rows}</table></body></html>", encoding="utf-8")
    size = len(path.read_text(encoding="utf-8"))
    doc = read_document(path)
    assert_consistent(doc)
    assert len(doc.text) <= 2 * size
    cells = [b.text for b in doc.blocks if b.kind == BlockKind.CELL]
    assert cells.count("あ" * 20_000) >= 2  # repeated while the budget lasts
    assert cells.count("残り") == 99  # and every row's own cell is kept


def test_an_html_description_is_an_entry_of_its_term(tmp_path: Path) -> None:
    path = tmp_path / "plan.html"
    path.write_text(MERGED, encoding="utf-8")
    doc = read_document(path)
    entries = [b for b in doc.blocks if b.kind == BlockKind.LIST_ITEM]
    assert [
        (b.text, entries.index(doc.blocks[b.parent]) if b.parent is not None else None) for b in entries
    ] == [
        ("基本目標1", None),
        ("元気に暮らせる高齢者を増やす", 0),
        ("基本目標2", None),
        ("支え合いの地域をつくる", 2),
    ]
