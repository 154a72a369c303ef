"""Entries nested by their marks (extraction stage): 「①」 lines over 「ア」 lines, 「ア」 over 「(ｱ)」.

A plan writes the levels of its list by the kind of mark each line opens with, not by indentation
alone; where the first entry's kind of mark comes back after entries marked otherwise, each entry of
the first kind holds the others up to the next of its kind.
"""

from __future__ import annotations

from kg.read.document import Block

Entry = tuple[Block, int, int]


def mark_kind(text: str, entry: Entry) -> str:
    """The kind of mark an entry's line opens with: circled, katakana, bracketed, a bullet."""
    start = text.rfind("\n", 0, entry[1]) + 1
    mark = text[start : entry[1]].strip(" \u3000")
    if not mark:
        return ""
    if mark[0] in "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳":
        return "circled"
    if mark[0] in "アイウエオカキクケコサシスセソタチツテト":
        return "katakana"
    return "bracketed" if mark[0] in "（(" else mark[0]


def nested_entries(text: str, entries: list[Entry]) -> list[tuple[Entry, list[Entry]]]:
    """Entries with those they hold: where the first entry's kind of mark (「①」) comes back after
    entries marked otherwise (「ア」), each of the first kind holds the others up to the next of its
    kind; else every entry stands alone."""
    kinds = [mark_kind(text, e) for e in entries]
    outer = kinds[0] if kinds else ""
    if not outer or kinds.count(outer) < 2 or all(k == outer for k in kinds):
        return [(e, []) for e in entries]
    result: list[tuple[Entry, list[Entry]]] = []
    for entry, kind in zip(entries, kinds, strict=True):
        if kind == outer or not result:
            result.append((entry, []))
        else:
            result[-1][1].append(entry)
    return result
