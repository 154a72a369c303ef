"""Every block points exactly at its text: on the corpus and on generated reports."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kg.read import read_document, read_string
from kg.read.document import BlockKind, Document
from tests.conftest import GIF, SEED, shared_file


def assert_consistent(doc: Document) -> None:
    for i, block in enumerate(doc.blocks):
        assert block.index == i
        assert doc.text[block.start : block.end] == block.text
        assert block.line == doc.line_of(block.start)
        assert block.end_line == doc.line_of(max(block.start, block.end - 1))
        assert block.text == block.text.strip(" \t\r\n\u3000") or block.kind in (
            BlockKind.TABLE,
            BlockKind.ROW,
        )
        if block.parent is not None:
            parent = doc.blocks[block.parent]
            assert block.parent < i
            if parent.kind in (BlockKind.TABLE, BlockKind.ROW, BlockKind.CELL):
                assert parent.start <= block.start and block.end <= parent.end
            else:
                assert parent.kind == BlockKind.LIST_ITEM and parent.end <= block.start
        for span in block.emphasis:
            assert block.start <= span.start < span.end <= block.end
            assert span.line == doc.line_of(span.start)
        if block.section is not None:
            assert i in doc.sections[block.section].blocks
    for section in doc.sections:
        heading = doc.blocks[section.heading]
        assert heading.kind == BlockKind.HEADING and heading.section == section.index
        for child in section.children:
            assert doc.sections[child].parent == section.index
            assert doc.sections[child].level > section.level


@pytest.mark.parametrize("path", [SEED, GIF], ids=["seed-report", "gif-overview"])
def test_corpus_offsets(path: Path) -> None:
    assert_consistent(read_document(shared_file(path)))


def test_crlf_text_keeps_offsets_into_the_text_as_read() -> None:
    text = SEED.read_text(encoding="utf-8")
    doc = read_string(text.replace("\n", "\r\n"))
    assert_consistent(doc)
    plain = read_string(text)
    assert [(b.kind, b.line, b.text.replace("\r\n", "\n")) for b in doc.blocks] == [
        (b.kind, b.line, b.text) for b in plain.blocks
    ]


# Generated reports.  Free text comes from an alphabet without markers,
# digits or spaces, so each generated unit must read back as exactly the
# blocks it was generated for.
WORDS = st.text(alphabet="あいうえおかきくけこ漢字表記施策推進データ基盤（）「」、", min_size=1, max_size=12)


@dataclass
class Expected:
    kind: BlockKind
    text: str
    emphasis: list[str]


def _phrase(draw: st.DrawFn) -> tuple[str, list[str]]:
    word = draw(WORDS)
    if draw(st.booleans()):
        tail = draw(WORDS)
        return f"**{word}**{tail}", [word]
    return word, []


@st.composite
def reports(draw: st.DrawFn) -> tuple[str, list[Expected]]:
    lines: list[str] = []
    expected: list[Expected] = []
    for _ in range(draw(st.integers(1, 12))):
        unit = draw(st.sampled_from(["theme", "issue", "bullets", "checks", "table", "note", "paragraph"]))
        if unit == "theme":
            title, em = _phrase(draw)
            text = f"{draw(st.integers(1, 9))}. {title}"
            lines.append(text)
            expected.append(Expected(BlockKind.HEADING, text, em))
        elif unit == "issue":
            title, em = _phrase(draw)
            text = f"{draw(st.integers(1, 9))}.{draw(st.integers(1, 9))} {title}"
            lines.append(text)
            expected.append(Expected(BlockKind.HEADING, text, em))
        elif unit == "bullets":
            items = [_phrase(draw) for _ in range(draw(st.integers(1, 3)))]
            lines.append("- ・ " + " ・ ".join(t for t, _ in items))
            expected += [Expected(BlockKind.LIST_ITEM, t, em) for t, em in items]
        elif unit == "checks":
            items = [_phrase(draw) for _ in range(draw(st.integers(1, 3)))]
            lines.append("✓ " + " ✓ ".join(t for t, _ in items))
            expected += [Expected(BlockKind.CHECK_ITEM, t, em) for t, em in items]
        elif unit == "table":
            for _ in range(draw(st.integers(1, 3))):
                title, em = _phrase(draw)
                checks = [draw(WORDS) for _ in range(draw(st.integers(0, 2)))]
                status = "".join(f"✓ {c}" for c in checks)
                if checks and draw(st.booleans()):
                    status = '<ul style="list-style-type: none">' + status
                lines.append(f"{title}\t{status}")
                cell = status.removeprefix('<ul style="list-style-type: none">')
                expected.append(Expected(BlockKind.CELL, title, em))
                expected.append(Expected(BlockKind.CELL, cell, []))
                expected += [Expected(BlockKind.CHECK_ITEM, c, []) for c in checks]
        else:
            text, em = _phrase(draw)
            kind = BlockKind.NOTE if unit == "note" else BlockKind.PARAGRAPH
            lines.append(f"※ {text}" if unit == "note" else text)
            expected.append(Expected(kind, text, em))
        lines.append("")
        lines += [""] * draw(st.integers(0, 1))
    eol = draw(st.sampled_from(["\n", "\r\n"]))
    return eol.join(lines), expected


@settings(max_examples=150, deadline=None)
@given(reports())
def test_generated_reports_read_back_exactly(report: tuple[str, list[Expected]]) -> None:
    text, expected = report
    doc = read_string(text)
    assert_consistent(doc)
    got = [b for b in doc.blocks if b.kind not in (BlockKind.TABLE, BlockKind.ROW)]
    assert [(b.kind, b.text) for b in got] == [(e.kind, e.text) for e in expected]
    assert [[doc.text[s.start : s.end] for s in b.emphasis] for b in got] == [e.emphasis for e in expected]
