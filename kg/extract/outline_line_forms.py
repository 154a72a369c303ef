"""The forms of a plain outline's lines (extraction stage): numbered headings and entries as plain text
writes them, line by line inside a paragraph.

Takes a document's text and the spans of a paragraph's lines and says which line is a heading, with
its number and level (「１．保育の受け皿の拡大」, 「２－１．観光資源の磨き上げ」, 「(a) 衛星通信」,
「一、…」, 「（一）…」), an entry (「(i) …」, 「(ｱ) …」, 「第一に、…」, 「１　…を削減する。」), a field line
(「目標：…」), a marked name leading indented text (「○ 業務継続体制の強化」), or a sentence indented
under a heading.  Used by :mod:`kg.extract.outline_lines`.
"""

from __future__ import annotations

import re

from kg.extract import outline_forms as forms
from kg.read import structure as st
from kg.read.document import Block

# 「１．保育の受け皿の拡大」: a full-width dot with no space after it, as plain text writes it.
CLOSE_NUMBER = re.compile(r"([0-9０-９]{1,2})．(?=[^\s0-9０-９.．、。])")


# 「２－１．観光資源の磨き上げ」, 「1-2 受入環境の整備」: a number joined by hyphens, one level a part.
HYPHENED = re.compile(
    r"([0-9０-９]{1,2}(?:[-－‐][0-9０-９]{1,2})+)(?:[.．][ \u3000]*|[ \u3000]+)(?=[^\s0-9０-９.．、。])"
)


# 「(a) 衛星通信」: a topic numbered by a Latin letter in brackets (a heading where no 。 ends it).
LATIN = re.compile(r"([（(][a-zａ-ｚ][）)])[ \u3000]*(?=\S)")
# 「(i) …を開発する。」, 「（ii）…」: an entry numbered by a small Roman numeral in brackets.
ROMAN_ENTRY = re.compile(r"[（(](?:i|ii|iii|iv|v|vi|vii|viii|ix|x)[）)][ \u3000]*(?=\S)")
# 「(ｱ) …を補助する。」, 「（イ）…」: an entry numbered by a katakana letter in brackets (half-width too),
# as a plan nests them under its 「ア」 lines.
_KANA = "アイウエオカキクケコサシスセソタチツテトｱｲｳｴｵｶｷｸｹｺｻｼｽｾｿﾀﾁﾂﾃﾄ"
KANA_ENTRY = re.compile(rf"([（(][{_KANA}][）)])[ \u3000]*(?=\S)")
# 「（一）相談窓口の一元化」: a topic numbered by a kanji numeral in brackets, as a plan numbers its
# 「（１）」 topics when its parts are numbered 「一」, 「二」 (no sentence).
KANJI_PARENTHESISED = re.compile(r"([（(][一二三四五六七八九十]{1,3}[）)])[ \u3000]*(?=[^\s、。])")
# 「一、子育て支援の充実」: a heading numbered by a kanji numeral and a comma or a dot (a speech's, a
# notice's), no sentence.
KANJI_NUMBER = re.compile(r"([一二三四五六七八九十]{1,3})[、．.][ \u3000]*(?=[^\s、。])")
# 「一　市土の利用に関する基本構想」: a part numbered by a kanji numeral and a space (a statutory plan's,
# over its 「1　…」 and 「(1) …」 lines), no sentence.
KANJI_PART = re.compile(r"([一二三四五六七八九十]{1,3})[ \u3000]+(?=[^\s、。])")
# 「第一に、…広げます。」: an entry numbered by an ordinal word.
ORDINAL_ENTRY = re.compile(r"第[一二三四五六七八九十]{1,2}に[、，][ \u3000]*(?=\S)")
# 「１　一般管理費を…削減する。」: a sentence numbered as a heading would be (a line of a list of them).
NUMBERED_SENTENCE = re.compile(r"([0-9０-９]{1,2})[ \u3000]+(?=[^\s0-9０-９,.、])[^\n]*。$")
# 「目標：…」, 「課題：…」: a line opening with a short field name and a colon, a paragraph of its own.
FIELD = re.compile(r"[^\s：:、。（）()]{1,8}[：:](?=\S)")


# 「○ 業務継続体制の強化」 over 「　大規模災害時にも…」: a marked name leading the text indented below it.
LEAD_MARKS = ("○", "◯", "●", "◎", "◆", "◇", "■", "□")
LEAD_CHARS = 40
# 「■計画の目的」 opening each paragraph of a plain text: its chapter headings.
HEAD_MARKS = ("■",)


def lead(text: str, lines: list[tuple[int, int]]) -> bool:
    """Whether a paragraph's first line is a marked name (no sentence) over lines indented below it."""
    if len(lines) < 2:
        return False
    first = text[lines[0][0] : lines[0][1]]
    return (
        first.startswith(LEAD_MARKS)
        and len(first) <= LEAD_CHARS
        and "。" not in first
        and all(text[s - 1] in "\u3000 " for s, _ in lines[1:])  # each line indented
    )


def heading(text: str, s: int, e: int) -> st.HeadingMatch | None:
    if (m := LATIN.match(text, s, e)) and text[e - 1] != "。" and e - s <= st.MAX_HEADING_CHARS:
        return st.HeadingMatch(m[1], st.PARENTHESISED_LEVEL, m.end())
    found = st.heading(text, s, e)
    if found is None and (m := CLOSE_NUMBER.match(text, s, e)) and text[e - 1] != "。":
        return st.HeadingMatch(m[1], 2, m.end()) if e - s <= st.MAX_HEADING_CHARS else None
    if found is None and (m := HYPHENED.match(text, s, e)) and text[e - 1] != "。":
        level = len(re.split("[-－‐]", m[1])) + 1
        return st.HeadingMatch(m[1], level, m.end()) if e - s <= st.MAX_HEADING_CHARS else None
    if found is None and (m := KANJI_PARENTHESISED.match(text, s, e)) and text[e - 1] != "。":
        level = st.PARENTHESISED_LEVEL
        return st.HeadingMatch(m[1], level, m.end()) if e - s <= st.MAX_HEADING_CHARS else None
    if found is None and (m := KANJI_NUMBER.match(text, s, e)) and text[e - 1] != "。":
        return st.HeadingMatch(m[1], 2, m.end()) if e - s <= st.MAX_HEADING_CHARS else None
    if found is None and (m := KANJI_PART.match(text, s, e)) and text[e - 1] != "。":
        return st.HeadingMatch(m[1], 1, m.end()) if e - s <= st.MAX_HEADING_CHARS else None
    if found is None or found.number is None:
        return None  # a page title (「…について」) is no outline heading
    return found


def indented_sentences(text: str, lines: list[tuple[int, int]]) -> set[int]:
    """The lines that stand in a run of two or more indented sentences after a heading line (「（１）農用地の
    保全」 over 「　　優良農地の転用を抑制する。」 lines): a list written by indentation alone, a line an
    entry."""
    one = [
        n > 0
        and text[s - 1] in " \u3000"
        and text[e - 1] == "。"
        and forms.line_mark(text[s:e]) is None
        # 「　１　…が難しくなっている。」: numbered, read as such
        and not any(p.match(text, s, e) for p in (NUMBERED_SENTENCE, KANJI_NUMBER))
        for n, (s, e) in enumerate(lines)
    ]
    return {
        n
        for n in range(len(lines))
        if one[n] and ((n > 0 and one[n - 1]) or (n + 1 < len(lines) and one[n + 1]))
    }


def text_over_entries(text: str, lines: list[tuple[int, int]]) -> bool:
    """Whether a paragraph is a line of text and then two or more lines marked as entries (「本村の森林は
    …を占める。」 over 「(1) …が見られる。」, 「(2) …」): the text's list, as a converted plan keeps it."""
    return (
        len(lines) >= 3
        and forms.line_mark(text[lines[0][0] : lines[0][1]]) is None
        and text[lines[0][1] - 1] == "。"
        and heading(text, *lines[0]) is None
        and all(forms.line_mark(text[s:e]) is not None for s, e in lines[1:])
    )


def ends_sentence(*blocks: Block) -> bool:
    """Whether a line ends a sentence (「（１）人材の育成　全職員を対象に…実施する。」): no heading alone."""
    return any(b.text.rstrip().endswith("。") for b in blocks)


def lines_of(block: Block) -> list[tuple[int, int]]:
    spans, at = [], block.start
    for line in block.text.split("\n"):
        s, e = st.strip(block.text, at - block.start, at - block.start + len(line))
        if e > s:
            spans.append((block.start + s, block.start + e))
        at += len(line) + 1
    return spans
