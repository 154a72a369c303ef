"""`policykg inspect --entities` names the line of the source file, as ``pol:line`` does."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from kg.extract.extraction import extract
from kg.extract.inspect import entities_json
from kg.read import read_document

# A page of markup: the head takes lines 1–4, so the text's lines are not the file's.
PAGE = """<!DOCTYPE html>
<html lang="ja">
<head><meta charset="utf-8"><title>防災DX推進計画</title></head>
<body>
<h1>防災DX推進計画</h1>
<h2>1 施策</h2>
<ul>
<li>デジタル庁と連携し、避難所の受付を電子化する。</li>
</ul>
</body>
</html>
"""
# The same text as Markdown, each line its own.
TEXT = """# 防災DX推進計画

## 1 施策

- デジタル庁と連携し、避難所の受付を電子化する。
"""


def _rows(path: Path) -> list[dict[str, object]]:
    return entities_json(extract(read_document(path), dt.date(2024, 4, 1)))


def test_a_page_of_markup_gives_the_lines_of_the_file(tmp_path: Path) -> None:
    path = tmp_path / "plan.html"
    path.write_text(PAGE, encoding="utf-8")
    agencies = [r for r in _rows(path) if r["type"] == "Agency"]
    # デジタル庁 is written on line 8 of the file (the <li>)
    assert [(r["text"], r["line"]) for r in agencies] == [("デジタル庁", 8)]


def test_a_text_file_gives_its_own_lines(tmp_path: Path) -> None:
    path = tmp_path / "plan.md"
    path.write_text(TEXT, encoding="utf-8")
    agencies = [r for r in _rows(path) if r["type"] == "Agency"]
    assert [(r["text"], r["line"]) for r in agencies] == [("デジタル庁", 5)]
