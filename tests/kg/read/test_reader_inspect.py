"""The outline and JSON forms of a read document."""

from __future__ import annotations

import json
from pathlib import Path

from kg.read import read_string
from kg.read.inspect import render_text, to_json

TEXT = "II 取組方針\n\n1. テーマ\n\n1.1 課題の**名前**\n\n- ・ 施策\n\n項目\t取組状況\n機能\t✓ 法改正\n"


def test_render_text_outline_and_blocks() -> None:
    out = render_text(read_string(TEXT, path=Path("x.txt")))
    lines = out.splitlines()
    assert lines[0].startswith("x.txt  text/plain  utf-8")
    assert "  II 取組方針  [L1]" in lines
    assert "    1 テーマ  [L3]" in lines
    assert "      1.1 課題の**名前**  [L5]" in lines
    assert "L5  heading  1.1  1.1 課題の**名前**" in lines
    assert "L7  list_item  施策" in lines
    assert "L10        check_item  法改正" in lines  # table > row > cell > item


def test_render_text_truncates_long_blocks() -> None:
    out = render_text(read_string("あ" * 200))
    [line] = [x for x in out.splitlines() if x.startswith("L1")]
    assert line.endswith("…") and len(line) < 100


def test_to_json() -> None:
    doc = read_string(TEXT)
    data = to_json(doc)
    json.dumps(data, ensure_ascii=False)
    assert (data["media_type"], data["encoding"]) == ("text/plain", "utf-8")
    issue = next(b for b in data["blocks"] if b["number"] == "1.1")
    assert issue["kind"] == "heading" and issue["title"] == "課題の**名前**" and issue["level"] == 3
    s, e = issue["emphasis"][0]
    assert TEXT[s:e] == "名前"
    assert TEXT[issue["start"] : issue["end"]] == issue["text"]
    section = data["sections"][issue["section"]]
    assert section["heading"] == issue["index"] and data["sections"][section["parent"]]["number"] == "1"
    keys = {
        "index",
        "kind",
        "line",
        "end_line",
        "start",
        "end",
        "number",
        "title",
        "level",
        "parent",
        "section",
        "text",
        "emphasis",
    }
    assert keys <= set(issue)
