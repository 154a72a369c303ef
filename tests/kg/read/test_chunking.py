"""Chunks fit the Japanese analysers' input limit and map back exactly."""

from __future__ import annotations

import random
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from kg.read import read_document, read_string
from kg.read.chunking import SUDACHI_MAX_BYTES, Chunk, chunks
from kg.read.document import BlockKind

SEED = Path(__file__).resolve().parents[3] / "corpus" / "digital-wg-followup-2021-10-22.txt"
SENTENCES = [
    "マイナンバーカードの発行・運営体制を抜本的に強化する。",
    "自治体の業務システムの統一・標準化を加速する。",
    "国と地方のデジタル基盤を構築し、IT人材の採用を増強する。",
    "データの利活用とコスト管理を進める。",
]


def japanese_report(size: int, seed: int = 7) -> str:
    rng = random.Random(seed)
    parts: list[str] = []
    total = 0
    n = 0
    while total < size:
        n += 1
        kind = rng.choice(["heading", "paragraph", "table", "items"])
        if kind == "heading":
            piece = f"{n % 9 + 1}.{n % 7 + 1} 課題その{n}\n\n"
        elif kind == "paragraph":
            piece = "".join(rng.choice(SENTENCES) for _ in range(rng.randint(1, 12))) + "\n\n"
        elif kind == "table":
            piece = (
                "項目\t取組状況\n"
                + "".join(
                    f"施策{n}-{r}\t✓ {rng.choice(SENTENCES)}✓ {rng.choice(SENTENCES)}\n"
                    for r in range(rng.randint(1, 8))
                )
                + "\n"
            )
        else:
            piece = "".join(f"- ・ {rng.choice(SENTENCES)}\n" for _ in range(rng.randint(1, 5))) + "\n"
        parts.append(piece)
        total += len(piece.encode("utf-8"))
    return "".join(parts)


def assert_exact(text: str, pieces: list[Chunk], limit: int) -> None:
    assert "".join(c.text for c in pieces) == text
    position = 0
    for chunk in pieces:
        assert chunk.start == position
        assert text[chunk.start : chunk.start + len(chunk.text)] == chunk.text
        assert len(chunk.text.encode("utf-8")) <= limit
        position = chunk.end


def test_200kb_report_splits_between_lines_only() -> None:
    text = japanese_report(200_000)
    doc = read_string(text)
    pieces = chunks(doc)
    assert len(pieces) >= 5
    assert_exact(text, pieces, SUDACHI_MAX_BYTES)
    assert all(len(c.text.encode("utf-8")) <= 49_000 for c in pieces)
    rows = [
        (b.start, b.end)
        for b in doc.blocks
        if b.kind in (BlockKind.ROW, BlockKind.LIST_ITEM, BlockKind.PARAGRAPH)
    ]
    for chunk in pieces[1:]:
        # Every cut is at a line start, after a finished sentence, row or blank line.
        assert text[chunk.start - 1] == "\n"
        before = text[: chunk.start - 1].rsplit("\n", 1)[-1]
        assert before == "" or before.endswith("。") or "\t" in before
        assert not any(s < chunk.start < e for s, e in rows)


def test_the_seed_fits_one_chunk_and_small_limits_still_map_back() -> None:
    doc = read_document(SEED)
    [whole] = chunks(doc)
    assert whole.text == doc.text and whole.start == 0
    pieces = chunks(doc, max_bytes=2_000)
    assert_exact(doc.text, pieces, 2_000)
    for chunk in pieces[1:]:
        assert doc.text[chunk.start - 1] == "\n"


def test_a_line_longer_than_the_limit_is_cut_after_a_sentence() -> None:
    text = "前文。\n" + "長い文が続きます。" * 40 + "\n後文。"
    pieces = chunks(text, max_bytes=200)
    assert_exact(text, pieces, 200)
    for chunk in pieces[:-1]:
        assert chunk.text.endswith(("。", "\n"))


def test_a_line_without_breaks_is_cut_hard() -> None:
    text = "あ" * 1000
    pieces = chunks(text, max_bytes=100)
    assert_exact(text, pieces, 100)
    assert [len(c.text) for c in pieces[:-1]] == [33] * (len(pieces) - 1)


def test_empty_text_has_no_chunks() -> None:
    assert chunks("") == []


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.text(alphabet="あい漢字。、 \t✓・-", max_size=60),
        max_size=40,
    ).map("\n".join),
    st.integers(min_value=8, max_value=300),
)
def test_chunks_cover_the_text_exactly(text: str, limit: int) -> None:
    pieces = chunks(text, max_bytes=limit)
    assert_exact(text, pieces, limit)
    for chunk in pieces[1:]:
        previous_line_fits = text[chunk.start - 1] == "\n"
        # A cut inside a line only happens to a line longer than the limit.
        if not previous_line_fits:
            line_start = text.rfind("\n", 0, chunk.start) + 1
            line_end = text.find("\n", chunk.start)
            line = text[line_start : len(text) if line_end == -1 else line_end + 1]
            assert len(line.encode("utf-8")) > limit
