"""Word footnotes and endnotes: the mark where the text refers to a note, and the notes after the body."""

from __future__ import annotations

import zipfile
from io import BytesIO
from pathlib import Path
from typing import Any

import docx
import pytest
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from kg.errors import DocumentError
from kg.read import read_document
from kg.read.document import BlockKind, Document
from kg.read.docx import read_docx
from tests.conftest import CORPUS_DEV, shared_file
from tests.kg.read.test_reader_offsets import assert_consistent

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.{}s+xml"
# Word keeps a separator and a continuation separator in each notes part: they are no notes.
SEPARATORS = (
    '<w:{0} w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:{0}>'
    '<w:{0} w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:{0}>'
)


def _note(kind: str, note_id: str, *paragraphs: str, mark: bool = True) -> str:
    """A note as Word writes it: its first paragraph opens with the note's own mark (w:footnoteRef)."""
    body = []
    for n, text in enumerate(paragraphs):
        ref = f"<w:r><w:{kind}Ref/></w:r>" if n == 0 and mark else ""
        body.append(f'<w:p>{ref}<w:r><w:t xml:space="preserve"> {text}</w:t></w:r></w:p>')
    return f'<w:{kind} w:id="{note_id}">{"".join(body)}</w:{kind}>'


def _add_part(document: Any, kind: str, notes: list[str]) -> None:
    xml = f'<w:{kind}s xmlns:w="{W}">{SEPARATORS.format(kind)}{"".join(notes)}</w:{kind}s>'
    part = Part(PackURI(f"/word/{kind}s.xml"), CONTENT_TYPE.format(kind), xml.encode(), document.part.package)
    document.part.relate_to(part, RT.FOOTNOTES if kind == "footnote" else RT.ENDNOTES)


def _refer(paragraph: Any, kind: str, note_id: str, *, custom: bool = False) -> None:
    """A run that refers to a note, as Word writes it (the mark itself is no text in the run)."""
    run = paragraph.add_run()
    attrs = {qn("w:id"): note_id}
    if custom:
        attrs[qn("w:customMarkFollows")] = "1"
    run._r.append(OxmlElement(f"w:{kind}Reference", attrs))


def _read(document: Any, tmp_path: Path) -> Document:
    buffer = BytesIO()
    document.save(buffer)
    doc = read_docx(tmp_path / "notes.docx", buffer.getvalue())
    assert_consistent(doc)
    return doc


def _notes(doc: Document) -> list[tuple[str | None, str]]:
    return [(b.number, b.text) for b in doc.blocks if b.kind == BlockKind.NOTE]


def test_notes_follow_the_body_numbered_in_the_order_they_are_referred_to(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_heading("データの評価", level=1)
    paragraph = document.add_paragraph("共通語彙基盤")
    _refer(paragraph, "footnote", "5")
    paragraph.add_run("のような意味を定めたもの。")
    table = document.add_table(rows=1, cols=2)
    table.cell(0, 0).text = "ベース・レジストリ"
    _refer(table.cell(0, 0).paragraphs[0], "footnote", "2")
    table.cell(0, 1).text = "基本情報"
    paragraph = document.add_paragraph("詳しくは別紙を参照。")
    _refer(paragraph, "endnote", "1")
    _add_part(
        document,
        "footnote",
        [
            # Stored in another order than referred to: Word numbers by reference, not by id.
            _note("footnote", "2", "行政機関等公的機関が提供する正式なデータ。"),
            _note("footnote", "5", "情報処理推進機構が提供する基盤。", "二段落目の説明。"),
            _note("footnote", "9", "どこからも参照されない注。"),
        ],
    )
    _add_part(document, "endnote", [_note("endnote", "1", "デジタル庁の資料による。")])
    doc = _read(document, tmp_path)
    lines = doc.text.split("\n")
    assert lines[1] == "共通語彙基盤[1]のような意味を定めたもの。"
    assert lines[2] == "ベース・レジストリ[2]\t基本情報"  # a cell's ends are trimmed
    assert lines[3] == "詳しくは別紙を参照。[i]"
    # Endnotes are numbered in lower-case Roman numerals unless the settings say otherwise.
    assert lines[4:] == [
        "[1] 情報処理推進機構が提供する基盤。",
        "二段落目の説明。",
        "[2] 行政機関等公的機関が提供する正式なデータ。",
        "[i] デジタル庁の資料による。",
    ]
    assert _notes(doc) == [
        ("1", "情報処理推進機構が提供する基盤。"),
        (None, "二段落目の説明。"),
        ("2", "行政機関等公的機関が提供する正式なデータ。"),
        ("i", "デジタル庁の資料による。"),
    ]
    # A note has its line and lies in the section the body ends in.
    note = next(b for b in doc.blocks if b.kind == BlockKind.NOTE)
    assert note.line == 5
    assert note.section is not None
    assert doc.sections[note.section].title == "データの評価"


def test_the_settings_number_format_and_a_custom_mark(tmp_path: Path) -> None:
    document = docx.Document()
    properties = OxmlElement("w:footnotePr")
    properties.append(OxmlElement("w:numFmt", {qn("w:val"): "decimalEnclosedCircle"}))
    document.settings.element.append(properties)
    paragraph = document.add_paragraph("本文")
    # A custom mark is the text that follows the reference; Word does not count it.
    _refer(paragraph, "footnote", "1", custom=True)
    paragraph.add_run("＊")
    paragraph.add_run("と本文")
    _refer(paragraph, "footnote", "2")
    _add_part(
        document,
        "footnote",
        [_note("footnote", "1", "＊ 独自の記号の注。", mark=False), _note("footnote", "2", "番号の注。")],
    )
    doc = _read(document, tmp_path)
    assert doc.text.split("\n") == ["本文＊と本文[①]", "＊ 独自の記号の注。", "[①] 番号の注。"]
    assert _notes(doc) == [(None, "＊ 独自の記号の注。"), ("①", "番号の注。")]


def test_a_document_without_notes_reads_as_before(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_paragraph("注のない文書。")
    doc = _read(document, tmp_path)
    assert doc.text == "注のない文書。"
    assert _notes(doc) == []


def test_a_damaged_notes_part_is_one_clear_error(tmp_path: Path) -> None:
    document = docx.Document()
    _refer(document.add_paragraph("本文"), "footnote", "1")
    part = Part(PackURI("/word/footnotes.xml"), CONTENT_TYPE.format("footnote"), b"<w:footnotes", None)
    document.part.relate_to(part, RT.FOOTNOTES)
    path = tmp_path / "damaged.docx"
    document.save(str(path))
    with pytest.raises(DocumentError) as info:
        read_document(path)
    assert "damaged.docx" in str(info.value)
    assert "is not a readable Word document" in str(info.value)


DQ = "GIF_DS-468-1_guidebook_dataquality"


def test_the_guidebook_footnotes_are_read_after_its_body() -> None:
    """DS-468-1's word/footnotes.xml holds three notes, referred to in the order of their ids."""
    path = shared_file(CORPUS_DEV / f"{DQ}.docx")
    with zipfile.ZipFile(path) as package:
        assert "word/footnotes.xml" in package.namelist()
    doc = read_document(path)
    assert_consistent(doc)
    lines = doc.text.split("\n")
    # The paragraph's runs: 「共通語彙基盤」, the reference to note 1, 「のような…されているか。」.
    assert "共通語彙基盤[1]のような意味を定めたものに関連付けがされているか。" in lines
    first_note = "情報処理推進機構が提供する共通的なデータ項目を定義するための基盤。"
    assert _notes(doc) == [
        ("1", first_note),
        ("2", "行政機関等公的機関が提供する正式なデータ。"
         "デジタル時代の台帳であり、今後、提供が予定されている。"),
        ("3", "サービス・カタログとは、行政サービスの基本的な分類。今後提供される予定。"
         "データを探す時の索引情報になる。"),
    ]  # fmt: skip
    first = next(b for b in doc.blocks if b.kind == BlockKind.NOTE)
    assert doc.line_text(first.line) == f"[1] {first_note}"
    # After the body: in the document's last section, as the Markdown's footnotes are.
    assert first.section == doc.sections[-1].index
    assert doc.sections[-1].title.startswith("iMAPS")
