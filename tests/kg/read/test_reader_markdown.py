"""The GIF overview read as Markdown; expectations from reading GIF_DS-410_overview.md (shared seeds)."""

from __future__ import annotations

from functools import cache

import pytest

from kg.read import read_document, read_string
from kg.read.document import BlockKind, Document
from tests.conftest import GIF, shared_file


@cache
def _read_gif() -> Document:
    return read_document(GIF)


def gif() -> Document:
    shared_file(GIF)
    return _read_gif()


@pytest.mark.parametrize(
    ("line", "level", "number", "title", "text"),
    [
        (
            1,
            1,
            None,
            "政府相互運用性フレームワーク（GIF） 全体編",
            "政府相互運用性フレームワーク（GIF） 全体編",
        ),
        (23, 2, None, "改定履歴", "改定履歴"),
        (100, 2, "1", "はじめに", "1. 　はじめに"),
        (102, 3, "1.1", "背景と目的", "1.1. 　背景と目的"),
        (146, 4, "2.2.1", "従来の取り組みの継承", "2.2.1. 従来の取り組みの継承"),
        (297, 4, "4.0.1", "政府標準利用規約", "4.0.1. 政府標準利用規約"),
        (543, 2, "11", "今後の推進計画", "11. 今後の推進計画"),
    ],
)
def test_headings(line: int, level: int, number: str | None, title: str, text: str) -> None:
    [heading] = [b for b in gif().blocks_of(BlockKind.HEADING) if b.line == line]
    assert (heading.level, heading.number, heading.title, heading.text) == (level, number, title, text)


def test_section_tree_follows_heading_levels() -> None:
    doc = gif()
    by_number = {s.number: s for s in doc.sections if s.number}
    assert doc.sections[by_number["2.2.1"].parent].number == "2.2"
    assert doc.sections[by_number["2.2"].parent].number == "2"
    top = doc.sections[by_number["2"].parent]
    assert top.level == 1 and top.parent is None
    assert [doc.sections[c].number for c in by_number["6.2"].children] == [f"6.2.{n}" for n in range(1, 8)]
    # 4.0.x sit directly under "4." (level 4 under level 2): the tree skips no heading.
    assert doc.sections[by_number["4.0.1"].parent].number == "4"


def test_pipe_table_without_separator_row() -> None:
    doc = gif()
    [table] = list(doc.blocks_of(BlockKind.TABLE))
    assert (table.line, table.end_line) == (25, 28)
    rows = doc.children_of(table.index)
    assert [r.line for r in rows] == [25, 27, 28]
    assert [[c.text for c in doc.children_of(r.index)] for r in rows] == [
        ["改定年月日", "改定箇所", "改定内容"],
        ["2022年5月9日", "P14,16,18", "コアデータモデルに土地、建物、設備を追加"],
        ["2022年3月31日", "\\-", "初版決定"],
    ]


def test_footnotes_are_notes() -> None:
    notes = list(gif().blocks_of(BlockKind.NOTE))
    assert [(n.number, n.line) for n in notes] == [("1", 547), ("2", 549), ("3", 551), ("4", 553)]
    assert (
        notes[0].text
        == "情報通信技術を活用した行政の推進等に関する法律（デジタル手続法。平成14年法律第151号）"
    )
    assert notes[3].text == "https://openrefine.org/"


def test_figure_markup_and_comments_are_not_blocks() -> None:
    doc = gif()
    for block in doc.blocks:
        assert "<figure" not in block.text and "<img" not in block.text
        assert "omit in toc" not in block.text
        if block.kind != BlockKind.TABLE:
            assert "-----" not in block.text
    captions = [b for b in doc.blocks_of(BlockKind.PARAGRAPH) if b.text.startswith("図 ")]
    assert len(captions) == 11
    assert (captions[0].text, captions[0].line) == ("図 1　目指す社会", 131)


def test_nested_bullets_have_parents() -> None:
    doc = gif()
    items = {b.line: b for b in doc.blocks_of(BlockKind.LIST_ITEM)}
    assert items[479].text == "人"
    assert items[479].parent == items[478].index
    assert items[478].parent == items[477].index
    assert items[477].parent is None
    assert items[289].parent == items[288].index
    assert items[289].text.startswith("「<u>非商用利用に限り")


def test_bold_labels_are_emphasis() -> None:
    doc = gif()
    [keyword] = [b for b in doc.blocks if b.line == 10]
    assert keyword.kind == BlockKind.PARAGRAPH
    assert [doc.text[s.start : s.end] for s in keyword.emphasis] == ["[キーワード]"]


def test_markdown_check_items_and_notes() -> None:
    doc = read_string("## 1. 状況\n\n- ✓ 法改正（3年5月）\n- ※ 注記\n* 項目\n", suffix=".md")
    kinds = [(b.kind, b.text) for b in doc.blocks]
    assert kinds == [
        (BlockKind.HEADING, "1. 状況"),
        (BlockKind.CHECK_ITEM, "法改正（3年5月）"),
        (BlockKind.NOTE, "注記"),
        (BlockKind.LIST_ITEM, "項目"),
    ]
