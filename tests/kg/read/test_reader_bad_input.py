"""Unreadable inputs fail with one DocumentError that names the file and the reason."""

from __future__ import annotations

import io
import os
from pathlib import Path

import pytest
from reportlab.lib.pdfencrypt import StandardEncryption
from reportlab.pdfgen import canvas

from kg.errors import CorpusError, DocumentError
from kg.read import read_document


def error_for(path: Path, **kwargs: int) -> str:
    with pytest.raises(DocumentError) as info:
        read_document(path, **kwargs)
    assert isinstance(info.value, CorpusError)
    message = str(info.value)
    assert message.startswith(f"{path}: ")
    assert "\n" not in message
    return message


def test_empty_file(tmp_path: Path) -> None:
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    assert "is empty" in error_for(path)


def test_whitespace_only_file(tmp_path: Path) -> None:
    path = tmp_path / "blank.md"
    path.write_text("\n \n\u3000\n", encoding="utf-8")
    assert "no text" in error_for(path)


def test_binary_file_with_nul_bytes(tmp_path: Path) -> None:
    path = tmp_path / "image.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    assert "binary" in error_for(path)


def test_undecodable_file(tmp_path: Path) -> None:
    path = tmp_path / "noise.txt"
    path.write_bytes(bytes([0x81, 0xFF, 0xFE, 0x80, 0xA0, 0xFD]) * 50)
    message = error_for(path)
    assert "cannot be decoded" in message


def test_file_over_max_bytes_is_refused_before_reading(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "big.txt"
    path.write_text("あ" * 1000, encoding="utf-8")

    def no_reading(*args: object, **kwargs: object) -> None:
        raise AssertionError("the file was opened")

    monkeypatch.setattr(Path, "open", no_reading)
    message = error_for(path, max_bytes=100)
    assert "too large" in message and "3,000 bytes" in message and "100" in message


def test_directory(tmp_path: Path) -> None:
    path = tmp_path / "folder.txt"
    path.mkdir()
    assert "is a directory" in error_for(path)


def test_broken_symlink(tmp_path: Path) -> None:
    path = tmp_path / "gone.txt"
    path.symlink_to(tmp_path / "missing.txt")
    assert "broken symbolic link" in error_for(path)


def test_missing_file(tmp_path: Path) -> None:
    assert "no such file" in error_for(tmp_path / "missing.txt")


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their mode")
def test_permission_denied(tmp_path: Path) -> None:
    path = tmp_path / "secret.txt"
    path.write_text("本文", encoding="utf-8")
    path.chmod(0)
    try:
        assert "permission denied" in error_for(path)
    finally:
        path.chmod(0o600)


def test_unknown_suffix(tmp_path: Path) -> None:
    path = tmp_path / "slides.pptx"
    path.write_bytes(b"PK")
    assert "unsupported file type '.pptx'" in error_for(path)


def test_pdf_without_text_layer(tmp_path: Path) -> None:
    path = tmp_path / "scan.pdf"
    page = canvas.Canvas(str(path))
    page.rect(50, 50, 400, 600, fill=1)  # an image-like page with no text objects
    page.save()
    assert "no text layer (a scanned PDF?); run OCR first" in error_for(path)


def test_encrypted_pdf(tmp_path: Path) -> None:
    path = tmp_path / "locked.pdf"
    page = canvas.Canvas(str(path), encrypt=StandardEncryption("secret", canPrint=0))
    page.drawString(50, 800, "secret")
    page.save()
    assert "encrypted" in error_for(path)


def test_broken_pdf(tmp_path: Path) -> None:
    path = tmp_path / "broken.pdf"
    path.write_bytes(b"%PDF-1.4\nnot really a PDF\n%%EOF\n")
    assert "is not a readable PDF" in error_for(path)


def test_broken_docx(tmp_path: Path) -> None:
    path = tmp_path / "broken.docx"
    path.write_bytes(io.BytesIO(b"PK\x03\x04 not a zip").getvalue())
    assert "is not a readable Word document" in error_for(path)
