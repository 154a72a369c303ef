"""Text documents in CP932, UTF-8 with BOM and EUC-JP read to the same blocks as UTF-8."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from kg.read import read_document
from kg.read.document import Document

SEED = Path(__file__).resolve().parents[3] / "corpus" / "digital-wg-followup-2021-10-22.txt"


def blocks(doc: Document) -> list[tuple[str, str, int, int, int]]:
    return [(b.kind.value, b.text, b.line, b.start, b.end) for b in doc.blocks]


def test_utf8_with_bom(tmp_path: Path) -> None:
    text = SEED.read_text(encoding="utf-8")
    path = tmp_path / "bom.txt"
    path.write_bytes(codecs.BOM_UTF8 + text.encode("utf-8"))
    doc = read_document(path)
    assert doc.encoding == "utf-8-sig"
    assert doc.text == text  # the BOM is not part of the text: offsets count from after it
    assert blocks(doc) == blocks(read_document(SEED))


def test_seed_is_not_entirely_cp932() -> None:
    # ✓ (U+2713) has no CP932 code; it is the only such character in the seed.
    text = SEED.read_text(encoding="utf-8")
    with pytest.raises(UnicodeEncodeError) as info:
        text.encode("cp932", errors="strict")
    assert info.value.object[info.value.start] == "✓"
    assert {ch for ch in text if ch.encode("cp932", errors="replace") == b"?" and ch != "?"} == {"✓"}


def test_cp932_part_of_the_seed_reads_the_same(tmp_path: Path) -> None:
    # From the statistics pages on the seed has no ✓: headings, tables, notes,
    # emphasis, goals, themes and issues, all encodable in CP932.
    lines = SEED.read_text(encoding="utf-8").split("\n")
    part = "\n".join(lines[99:])
    assert "✓" not in part
    utf8 = tmp_path / "part-utf8.txt"
    sjis = tmp_path / "part-cp932.txt"
    utf8.write_bytes(part.encode("utf-8"))
    sjis.write_bytes(part.encode("cp932", errors="strict"))
    doc = read_document(sjis)
    assert doc.encoding in ("cp932", "shift_jis")
    assert doc.text == part
    assert blocks(doc) == blocks(read_document(utf8))
    assert len(doc.blocks) > 300


def test_euc_jp_sample(tmp_path: Path) -> None:
    text = (
        "1. マイナンバー関連システム整備\n\n"
        "1.1 マイナンバーカードの発行・運営体制の抜本的強化\n\n"
        "- ・ 地方公共団体情報システム機構を国と地方公共団体が共同で管理する法人へ転換\n"
        "※ 国民向けに事前の確認を説明\n"
    )
    path = tmp_path / "euc.txt"
    path.write_bytes(text.encode("euc_jp"))
    doc = read_document(path)
    assert doc.encoding == "euc_jp"
    assert doc.text == text
    assert [(b.kind.value, b.text) for b in doc.blocks] == [
        ("heading", "1. マイナンバー関連システム整備"),
        ("heading", "1.1 マイナンバーカードの発行・運営体制の抜本的強化"),
        ("list_item", "地方公共団体情報システム機構を国と地方公共団体が共同で管理する法人へ転換"),
        ("note", "国民向けに事前の確認を説明"),
    ]


def test_shift_jis_markdown(tmp_path: Path) -> None:
    text = "## 1.1. 　背景と目的\n\n本ガイドブックは**相互運用**を目的とする。\n"
    path = tmp_path / "sjis.md"
    path.write_bytes(text.encode("cp932"))
    doc = read_document(path)
    assert doc.encoding in ("cp932", "shift_jis")
    heading, paragraph = doc.blocks
    assert (heading.number, heading.title) == ("1.1", "背景と目的")
    assert [doc.text[s.start : s.end] for s in paragraph.emphasis] == ["相互運用"]
