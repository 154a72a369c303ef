"""The entries of a table cell (extraction stage): where a cell lists several items.

Takes a document's text and a cell (or a span of it) and gives the spans of its entries: one a
line (``<br>``) or one a ・ at a line's start, else the whole cell; a measure cell joining two
measures by one ・ as its two, unless the part before the ・ names no action of its own (the parts
share the head after it: 「…の電子申告・電子納付の拡大」); a cell listing short items by 、 as its items.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from kg.read.document import Block

# A ・ that opens an entry: at the start of the cell, after a space or line break, or after a
# tag (「・A<br>・B」 as a Markdown cell writes a line break).
_BULLET_IN_CELL = re.compile(r"(?:^|(?<=\s)|(?<=>))・")
_TRAILING = re.compile(r"(?:<[^<>\n]*>|\s)+$")


def cell_entries(text: str, cell: Block) -> list[tuple[int, int]]:
    """The entries of a cell that lists them, one a line (``<br>``) or one a ・, else the whole cell.

    A line that ends with a comma goes on on the next (a break inside a sentence),
    and a line that ends with a colon labels the lines after it.

    >>> from kg.read.document import Block, BlockKind
    >>> cell_entries("・添付書類が多い ・窓口が複数", Block(BlockKind.CELL, "", 0, 17, 1, 1))
    [(1, 8), (10, 15)]
    >>> cell_entries("・書類の削減<br>・研修", Block(BlockKind.CELL, "", 0, 14, 1, 1))
    [(1, 6), (11, 13)]
    >>> t = "待ち時間が長い<br>案内が少ない"
    >>> [t[s:e] for s, e in cell_entries(t, Block(BlockKind.CELL, "", 0, len(t), 1, 1))]
    ['待ち時間が長い', '案内が少ない']
    """
    value = text[cell.start : cell.end]
    lines = _cell_lines(value)
    if len(lines) < 2:
        return _bullets(value, cell.start)
    spans = []
    for n, (start, end) in enumerate(lines):
        if n + 1 < len(lines) and value[start:end].endswith(_LABEL_END):
            continue
        spans += _bullets(value[start:end], cell.start + start)
    return spans


_CELL_BREAK = re.compile(r"<br\s*/?>", re.IGNORECASE)
_GOES_ON = ("、", "，", ",")
_LABEL_END = ("：", ":")


def _cell_lines(value: str) -> list[tuple[int, int]]:
    """The non-empty lines of a cell (between ``<br>`` tags), trimmed; a line ending in a comma
    joined to the next."""
    lines: list[tuple[int, int]] = []
    at = 0
    joined = False
    for m in [*_CELL_BREAK.finditer(value), None]:
        stop = m.start() if m is not None else len(value)
        piece = value[at:stop]
        if piece.strip():
            start = at + len(piece) - len(piece.lstrip())
            end = at + len(piece.rstrip())
            if joined and lines:
                lines[-1] = (lines[-1][0], end)
            else:
                lines.append((start, end))
            joined = value[start:end].endswith(_GOES_ON)
        at = m.end() if m is not None else len(value)
    return lines


def _bullets(value: str, offset: int) -> list[tuple[int, int]]:
    """The ・ entries of ``value`` (one or several), else the whole of it, as spans from ``offset``."""
    marks = [m.start() for m in _BULLET_IN_CELL.finditer(value)]
    if not marks or (len(marks) == 1 and value[: marks[0]].strip()):
        lead = len(value) - len(value.lstrip())
        body = _TRAILING.sub("", value.strip())
        return [(offset + lead, offset + lead + len(body))] if body else []
    spans = []
    for n, at in enumerate(marks):
        stop = marks[n + 1] if n + 1 < len(marks) else len(value)
        piece = value[at + 1 : stop]
        lead = len(piece) - len(piece.lstrip())
        body = _TRAILING.sub("", piece.strip())
        if body:
            spans.append((offset + at + 1 + lead, offset + at + 1 + lead + len(body)))
    return spans


# A list mark other than ・ opening an entry of a cell (「○…<br>○…」, 「●…」, 「- …」 as a converter
# writes a cell's bullets): no part of the entry.  A hyphen marks one only before a space.
_ENTRY_MARK = re.compile(r"(?:[○●◯◆◇■□▪▫☆★][ \u3000]*|[-－‐][ \u3000]+)(?=\S\S)")


def without_entry_mark(text: str, start: int, end: int) -> int:
    """Where an entry's text begins after the list mark it opens with (「○基幹相談支援センターを設置する」).

    >>> t = "○休日の相談日を設ける"
    >>> t[without_entry_mark(t, 0, len(t)):]
    '休日の相談日を設ける'
    >>> without_entry_mark("-5％", 0, 3), without_entry_mark("○", 0, 1)
    (0, 0)
    """
    m = _ENTRY_MARK.match(text, start, end)
    return m.end() if m is not None else start


_JOIN = "・"
_JOINED_PART_CHARS = 6
# An item's cue and number before its name, a space after them (「施策2.1.1 」, 「1-2　」, 「【課題3】 」).
_ITEM_NUMBER = re.compile(
    r"^[【\[〔]?[^\s0-9０-９【】]{0,6}?[0-9０-９]{1,2}(?:[.\-‐ー−．－][0-9０-９]{1,2})*"
    r"[】\]〕]?[ \u3000：:.．]+"
)


def joined(text: str, start: int, end: int, actions: Sequence[re.Pattern[str]]) -> list[tuple[int, int]]:
    """A measure cell joining two by ・ (「海外起業家の受入れ環境整備・在留資格の見直し」) as its two, where
    the part before the ・ names an action of its own (``actions``, the profile's ``tree.action``); a ・
    between short words (「防災・減災の推進」, 「標準化・共通化」) joins no measures, nor one after a name
    of what is done that the part after it completes (「…の電子申告・電子納付の拡大」: both parts
    share 「の拡大」).

    >>> acts = (re.compile("(?:整備|見直し|化|拡大)$"),)
    >>> t = "海外起業家の受入れ環境整備・在留資格の見直し"
    >>> [t[s:e] for s, e in joined(t, 0, len(t), acts)]
    ['海外起業家の受入れ環境整備', '在留資格の見直し']
    >>> joined("自治体情報システムの標準化・共通化", 0, 17, acts)
    [(0, 17)]
    >>> joined("施策2.1.1 子育て・介護手続のオンライン化", 0, 23, acts)
    [(0, 23)]
    >>> joined("市税の口座振替申込・証明書交付の拡大", 0, 18, acts)
    [(0, 18)]
    """
    value = text[start:end]
    if _SLASH in value and "。" not in value:
        return _slashed(start, value, actions)
    if value.count(_JOIN) != 1 or "。" in value:
        return [(start, end)]
    left, right = value.split(_JOIN)
    # the item's cue and number are no words of its name (「施策2.1.1 子育て・介護手続のオンライン化」)
    name = _ITEM_NUMBER.sub("", left.strip(), count=1)
    if min(len(name), len(right.strip())) < _JOINED_PART_CHARS:
        return [(start, end)]
    if not any(p.search(name.rstrip(" \u3000")) for p in actions):
        return [(start, end)]  # a name of what is done, its head after the ・: one measure
    return [(start, start + len(left)), (start + len(left) + 1, end)]


# A full-width slash between the actions a cell lists (「…を導入する／…をつくる」).
_SLASH = "／"


def _slashed(start: int, value: str, actions: Sequence[re.Pattern[str]]) -> list[tuple[int, int]]:
    """The actions a measure cell lists by ／ (「温泉施設に…を導入する／…の体制をつくる」), where each part
    names an action of its own; else the cell whole (「国／県」, 「R7／R8」 join no actions).

    >>> acts = (re.compile("(?:する|つくる)$"),)
    >>> t = "温泉施設にボイラーを導入する／集荷体制をつくる"
    >>> [t[s:e] for s, e in _slashed(0, t, acts)]
    ['温泉施設にボイラーを導入する', '集荷体制をつくる']
    >>> _slashed(0, "町／森林組合", acts)
    [(0, 6)]
    """
    spans, at = [], start
    for part in value.split(_SLASH):
        body = part.strip(" \u3000")
        lead = len(part) - len(part.lstrip(" \u3000"))
        if len(body) < _JOINED_PART_CHARS or not any(p.search(body) for p in actions):
            return [(start, start + len(value))]
        spans.append((at + lead, at + lead + len(body)))
        at += len(part) + 1
    return spans


# An item a cell lists among others by 、: a few words, no clause of its own (no は, が or を: 「…を図り、」).
_SHORT_ITEM = re.compile(r"[^はがを、。]{3,20}")


def comma_items(
    text: str, start: int, end: int, patterns: Sequence[re.Pattern[str]]
) -> list[tuple[int, int]]:
    """A cell listing short items by 、 (「河川清掃の実施、湧水地の保全」, 「担い手の不足、施設の老朽化」) as
    its items: where there is no sentence in it and every part matches one of ``patterns`` (names an
    action, or states a problem); else the cell whole.

    >>> t = "河川清掃の実施、湧水地の保全"
    >>> [t[s:e] for s, e in comma_items(t, 0, len(t), (re.compile("(?:実施|保全)$"),))]
    ['河川清掃の実施', '湧水地の保全']
    """
    value = text[start:end]
    if "、" not in value or "。" in value or not patterns:
        return [(start, end)]
    spans, at = [], start
    for part in value.split("、"):
        body = part.strip(" \u3000")
        lead = len(part) - len(part.lstrip(" \u3000"))
        if not _SHORT_ITEM.fullmatch(body) or not any(p.search(body) for p in patterns):
            return [(start, end)]
        spans.append((at + lead, at + lead + len(body)))
        at += len(part) + 1
    return spans if len(spans) > 1 else [(start, end)]
