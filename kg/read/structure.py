"""Recognising the structure of one line of a Japanese policy report.

Everything here works on ``(text, start, end)`` triples so that every piece
found keeps its exact offsets in the document text; nothing is copied out and
re-searched, which could land on an earlier identical string.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from kg.read.document import BlockKind

SPACE = " \t\u3000\r"
CHECK_MARKS = "✓✔☑"
CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
_DIGIT = "[0-9０-９]"
_DOT = "[.．]"

# "1.1 タイトル", "2.2.1. タイトル": depth follows the number of parts.
DOTTED = re.compile(rf"({_DIGIT}{{1,3}}(?:{_DOT}{_DIGIT}{{1,3}})+){_DOT}?[ \u3000]+(\S.*)")
# "1. タイトル" or a bare "1.".
SINGLE = re.compile(rf"({_DIGIT}{{1,3}}){_DOT}(?:[ \u3000]+(\S.*))?")
# "1 団体区分別": a number, a space, then no digit (so "1 000" is not a heading), unless the title opens
# by pointing at another part by its number (「3　2に掲げる事項を達成するために必要な措置」).
_POINTER = rf"{_DIGIT}{{1,2}}(?:に|で)(?:掲げ|定め|示し|示す|述べ)"
BARE = re.compile(rf"({_DIGIT}{{1,2}})[ \u3000]+((?:[^\s0-9０-９,.、]|{_POINTER}).*)")
ROMAN = re.compile(r"(IX|IV|V?I{1,3}|V|X|[ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ])[ \u3000.．]+(\S.*)")
# "第1 基本方針", "第２章 総論": a part or chapter (a space or 章/部/編/節 after the number).
_KANJI_DIGIT = "一二三四五六七八九十"
CHAPTER = re.compile(
    rf"(第[0-9０-９{_KANJI_DIGIT}]{{1,3}}(?:[章部編節款]|(?=[ \u3000])))[ \u3000]*(\S.{{0,80}})"
)
# "（１）行政手続のオンライン化", "(2) 推進体制": a short heading below the numbered ones.
PARENTHESISED = re.compile(rf"([（(]{_DIGIT}{{1,2}}[）)])[ \u3000]*([^\s0-9０-９].{{0,60}})")
PARENTHESISED_LEVEL = 4
# "ア 研修の実施": a katakana-numbered entry of a list.
KATAKANA_MARKERS = "アイウエオカキクケコサシスセソタチツテト"
# Page titles of this kind of report end in について, optionally followed by
# a circled page number or a parenthesised date.
TITLE = re.compile(rf"(\S.{{0,100}}について)(?:([{CIRCLED}])|[（(][^）)]*[）)])?")
MAX_HEADING_CHARS = 160

HTML_TAG = re.compile(r"<[^<>\n]*>")
LIST_MARKERS = ("- ・", "-・", "・", "- ", "* ", "+ ", "□", "■", "○", "◯", "●", "◆", "◇", "－ ")
NOTE_MARKERS = ("- ※", "-※", "※", "＊")
CHECK_PREFIXES = (
    tuple(f"- {m}" for m in CHECK_MARKS) + tuple(f"-{m}" for m in CHECK_MARKS) + tuple(CHECK_MARKS)
)


@dataclass(frozen=True, slots=True)
class Line:
    """One line: 1-based ``number``; ``[start, end)`` excludes the line break."""

    number: int
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class HeadingMatch:
    number: str | None
    level: int
    title_start: int


@dataclass(frozen=True, slots=True)
class ItemMatch:
    kind: BlockKind
    marker: str
    content_start: int
    number: str | None = None


def split_lines(text: str) -> list[Line]:
    """Lines split on ``\\n`` only, as :meth:`Document.line_of` counts them."""
    lines: list[Line] = []
    start = 0
    number = 1
    while True:
        nl = text.find("\n", start)
        end = len(text) if nl == -1 else nl
        stop = end - 1 if end > start and text[end - 1] == "\r" else end
        lines.append(Line(number, start, stop))
        if nl == -1:
            return lines
        start = nl + 1
        number += 1


def strip(text: str, start: int, end: int, chars: str = SPACE) -> tuple[int, int]:
    """``[start, end)`` without leading and trailing ``chars``."""
    while start < end and text[start] in chars:
        start += 1
    while end > start and text[end - 1] in chars:
        end -= 1
    return start, end


def strip_tags(text: str, start: int, end: int) -> tuple[int, int]:
    """``[start, end)`` without whitespace and HTML tags at either end."""
    while True:
        start, end = strip(text, start, end)
        m = HTML_TAG.match(text, start, end)
        if m:
            start = m.end()
            continue
        if end > start and text[end - 1] == ">":
            lt = text.rfind("<", start, end)
            if lt != -1 and HTML_TAG.fullmatch(text, lt, end):
                end = lt
                continue
        return start, end


def only_tags(text: str, start: int, end: int) -> bool:
    """A line made of HTML tags (or comments) and nothing else."""
    s, e = strip_tags(text, start, end)
    return s == e and start != end


def heading(text: str, start: int, end: int) -> HeadingMatch | None:
    """Recognise a numbered (1.1, 第1, （１）), roman or page-title heading on a stripped line."""
    if end - start > MAX_HEADING_CHARS or text[end - 1] == "。":
        return None
    line = text[start:end]
    m = DOTTED.fullmatch(line)
    if m:
        parts = len(re.split(_DOT, m.group(1)))
        return HeadingMatch(m.group(1), parts + 1, start + m.start(2))
    m = SINGLE.fullmatch(line)
    if m:
        title = start + m.start(2) if m.group(2) else end
        return HeadingMatch(m.group(1), 2, title)
    m = BARE.fullmatch(line)
    if m:
        return HeadingMatch(m.group(1), 2, start + m.start(2))
    m = ROMAN.fullmatch(line)
    if m and not m.group(2).isascii():
        return HeadingMatch(m.group(1), 1, start + m.start(2))
    m = CHAPTER.fullmatch(line)
    if m:
        return HeadingMatch(m.group(1), 1, start + m.start(2))
    m = PARENTHESISED.fullmatch(line)
    if m:
        return HeadingMatch(m.group(1), PARENTHESISED_LEVEL, start + m.start(2))
    m = TITLE.fullmatch(line)
    if m:
        return HeadingMatch(m.group(2), 1, start)
    return None


def title_span(text: str, match: HeadingMatch, end: int) -> tuple[int, int]:
    """The title of a heading: after its number, before a trailing page number."""
    s, e = strip(text, match.title_start, end)
    if match.number and match.number in CIRCLED and e > s and text[e - 1] == match.number:
        e -= 1
    return s, e


def split_number(text: str, start: int, end: int) -> tuple[str | None, int]:
    """A leading section number of a heading title ("1.1. 　背景と目的")."""
    line = text[start:end]
    for pattern in (DOTTED, SINGLE, ROMAN):
        m = pattern.fullmatch(line)
        if m and m.group(2) is not None and (pattern is not ROMAN or not m.group(2).isascii()):
            return m.group(1), start + m.start(2)
    return None, start


def item(text: str, start: int, end: int) -> ItemMatch | None:
    """A check item, note or list item marker at the start of a stripped line."""
    line = text[start:end]
    for prefix in CHECK_PREFIXES:
        if line.startswith(prefix):
            return ItemMatch(BlockKind.CHECK_ITEM, prefix, start + line.index(prefix[-1]))
    for prefix in NOTE_MARKERS:
        if line.startswith(prefix):
            return ItemMatch(BlockKind.NOTE, prefix, start + len(prefix))
    for prefix in LIST_MARKERS:
        if line.startswith(prefix) and len(line) > len(prefix):
            return ItemMatch(BlockKind.LIST_ITEM, prefix, start + len(prefix))
    if line[:1] in CIRCLED and len(line) > 1:
        return ItemMatch(BlockKind.LIST_ITEM, line[0], start + 1, number=line[0])
    if len(line) > 2 and line[0] in KATAKANA_MARKERS and line[1] in " \u3000":
        return ItemMatch(BlockKind.LIST_ITEM, line[0], start + 2, number=line[0])
    return None


def check_items(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """The entries of a run of ✓ items (``✓ A✓ B``, ``✓ A ✓ B``), marks and tags dropped.

    Extracted cells run entries together with no space (``…（3年9月施行）✓ 代表者…``),
    so every mark starts an entry.
    """
    marks = [i for i in range(start, end) if text[i] in CHECK_MARKS]
    for n, mark in enumerate(marks):
        stop = marks[n + 1] if n + 1 < len(marks) else end
        s, e = strip_tags(text, mark + 1, stop)
        if s < e:
            yield s, e


def _spaced_letters(text: str, i: int) -> bool:
    """True for a ・ between single spaced-out Latin letters: 「U X ・ U I」."""
    before, after = text[max(0, i - 4) : i].split(), text[i + 1 : i + 5].split()

    def single_letter(tokens: list[str], last: bool) -> bool:
        if not tokens:
            return False
        token = tokens[-1] if last else tokens[0]
        return len(token) == 1 and token.isascii() and token.isalpha()

    return single_letter(before, True) and single_letter(after, False)


def bullet_items(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Several ``・`` items on one line (``A ・ B``): one span per item.

    Only a ・ with whitespace before it separates items; 国・地方 is one word,
    and so is 「U X ・ U I」 (UX・UI with its letters spaced out by PDF extraction).
    """
    spans: list[tuple[int, int]] = []
    cut = start
    for i in range(start + 1, end - 1):
        if text[i] == "・" and text[i - 1] in SPACE and text[i + 1] in SPACE and not _spaced_letters(text, i):
            spans.append(strip(text, cut, i))
            cut = i + 1
    spans.append(strip(text, cut, end))
    return [(s, e) for s, e in spans if s < e]


def cells(text: str, start: int, end: int, sep: str = "\t") -> list[tuple[int, int]]:
    """The cells of a separated row, each stripped of spaces and HTML tags at its ends.

    An empty cell is kept as an empty span where it stands, so every row of a
    table has its columns.
    """
    spans: list[tuple[int, int]] = []
    cut = start
    while True:
        nxt = text.find(sep, cut, end)
        stop = end if nxt == -1 else nxt
        s, e = strip_tags(text, cut, stop)
        spans.append((s, e) if s < e else (cut, cut))
        if nxt == -1:
            return spans
        cut = nxt + 1
