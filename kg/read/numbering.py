"""Word's automatic numbering (reading stage): the number a paragraph shows, computed.

A Word heading such as 「２.３　データの評価」 holds only 「データの評価」 in its
text; the 「２.３」 comes from the numbering definitions (``word/numbering.xml``)
that the paragraph, or its style, points at through ``w:numPr``.  This module
takes a python-docx document and gives, paragraph by paragraph in reading
order, the label Word would print (``lvlText`` with each ``%N`` replaced by the
counter of level N in that level's format).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_KANA = "アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワヲン"
_IROHA = "イロハニホヘトチリヌルヲワカヨタレソツネナラムウヰノオクヤマケフコエテアサキユメミシヱヒモセス"
_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
_KANJI = "〇一二三四五六七八九"
_TRADITIONAL = "甲乙丙丁戊己庚辛壬癸"


@dataclass(slots=True)
class Level:
    start: int = 1
    fmt: str = "decimal"
    text: str = ""
    suffix: str = "tab"
    style: str | None = None


@dataclass(slots=True)
class _Num:
    abstract: str
    overrides: dict[int, int] = field(default_factory=dict)


def _val(element: Any, path: str) -> str | None:
    found = element.find(path)
    return None if found is None else found.get(f"{_W}val")


def _roman(n: int) -> str:
    out = ""
    for value, letters in (
        (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
        (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
    ):  # fmt: skip
        while n >= value:
            out, n = out + letters, n - value
    return out


def _kanji(n: int) -> str:
    if n < 10:
        return _KANJI[n]
    tens, ones = divmod(n, 10)
    return ("" if tens == 1 else _kanji(tens)) + "十" + (_KANJI[ones] if ones else "")


def format_number(n: int, fmt: str) -> str:
    """One counter in a Word number format.

    >>> format_number(3, "decimalFullWidth"), format_number(2, "aiueoFullWidth")
    ('３', 'イ')
    >>> format_number(4, "upperRoman"), format_number(2, "decimalEnclosedCircle")
    ('IV', '②')
    """
    if fmt == "decimalFullWidth":
        return str(n).translate(str.maketrans("0123456789", "０１２３４５６７８９"))
    if fmt in ("upperRoman", "lowerRoman"):
        roman = _roman(n)
        return roman if fmt == "upperRoman" else roman.lower()
    if fmt in ("upperLetter", "lowerLetter"):
        letter = chr(ord("A") + (n - 1) % 26) * ((n - 1) // 26 + 1)
        return letter if fmt == "upperLetter" else letter.lower()
    if fmt in ("aiueo", "aiueoFullWidth"):
        return _KANA[(n - 1) % len(_KANA)]
    if fmt in ("iroha", "irohaFullWidth"):
        return _IROHA[(n - 1) % len(_IROHA)]
    if fmt == "decimalEnclosedCircle" and 0 < n <= len(_CIRCLED):
        return _CIRCLED[n - 1]
    if fmt == "ideographTraditional" and 0 < n <= len(_TRADITIONAL):
        return _TRADITIONAL[n - 1]
    if fmt in ("japaneseCounting", "ideographDigital", "japaneseLegal"):
        return _kanji(n)
    if fmt == "none":
        return ""
    return str(n)


class Numbering:
    """The numbering definitions of one document and the counters as it is read."""

    def __init__(self, document: Any) -> None:
        self.abstracts: dict[str, dict[int, Level]] = {}
        self.nums: dict[str, _Num] = {}
        self.styles: dict[str, tuple[str | None, int | None]] = {}
        self.based_on: dict[str, str] = {}
        self.counters: dict[str, dict[int, int]] = {}
        self._started: set[str] = set()
        try:
            root = document.part.numbering_part.element
        except (NotImplementedError, KeyError, AttributeError):
            root = None
        if root is not None:
            self._read_numbering(root)
        for style in document.styles.element.findall(f"{_W}style"):
            style_id = style.get(f"{_W}styleId")
            if style_id is None:
                continue
            if (base := _val(style, f"{_W}basedOn")) is not None:
                self.based_on[style_id] = base
            num_pr = style.find(f"{_W}pPr/{_W}numPr")
            if num_pr is not None:
                ilvl = _val(num_pr, f"{_W}ilvl")
                self.styles[style_id] = (_val(num_pr, f"{_W}numId"), int(ilvl) if ilvl else None)

    def _read_numbering(self, root: Any) -> None:
        for abstract in root.findall(f"{_W}abstractNum"):
            levels: dict[int, Level] = {}
            for lvl in abstract.findall(f"{_W}lvl"):
                level = Level(
                    start=int(_val(lvl, f"{_W}start") or 1),
                    fmt=_val(lvl, f"{_W}numFmt") or "decimal",
                    text=_val(lvl, f"{_W}lvlText") or "",
                    suffix=_val(lvl, f"{_W}suff") or "tab",
                    style=_val(lvl, f"{_W}pStyle"),
                )
                levels[int(lvl.get(f"{_W}ilvl") or 0)] = level
            self.abstracts[abstract.get(f"{_W}abstractNumId") or ""] = levels
        for num in root.findall(f"{_W}num"):
            overrides = {
                int(o.get(f"{_W}ilvl") or 0): int(start)
                for o in num.findall(f"{_W}lvlOverride")
                if (start := _val(o, f"{_W}startOverride")) is not None
            }
            self.nums[num.get(f"{_W}numId") or ""] = _Num(_val(num, f"{_W}abstractNumId") or "", overrides)

    def _style_numbering(self, style_id: str | None) -> tuple[str | None, int | None]:
        seen: set[str] = set()
        while style_id is not None and style_id not in seen:
            seen.add(style_id)
            if style_id in self.styles:
                return self.styles[style_id]
            style_id = self.based_on.get(style_id)
        return None, None

    def label(self, paragraph: Any) -> tuple[str, str] | None:
        """The number Word prints before ``paragraph`` and its separator, counting it; None if unnumbered.

        Call once per paragraph, in document order: each call advances the counters.
        """
        num_id: str | None = None
        ilvl: int | None = None
        ppr = paragraph._p.pPr
        if ppr is not None and ppr.numPr is not None:
            if ppr.numPr.numId is not None:
                num_id = str(ppr.numPr.numId.val)
            if ppr.numPr.ilvl is not None:
                ilvl = int(ppr.numPr.ilvl.val)
        style_id = paragraph.style.style_id if paragraph.style is not None else None
        if num_id is None:
            num_id, style_level = self._style_numbering(style_id)
            ilvl = ilvl if ilvl is not None else style_level
        if num_id is None or num_id == "0" or num_id not in self.nums:
            return None
        num = self.nums[num_id]
        levels = self.abstracts.get(num.abstract, {})
        if ilvl is None:
            ilvl = next((n for n, lv in levels.items() if lv.style == style_id), 0)
        if ilvl not in levels or levels[ilvl].fmt == "bullet":
            return None
        counters = self.counters.setdefault(num.abstract, {})
        if num_id not in self._started and num.overrides:
            # A list instance that restarts its numbering (lvlOverride/startOverride).
            self._started.add(num_id)
            for level_n in list(counters):
                if level_n in num.overrides:
                    del counters[level_n]
        for deeper in [n for n in counters if n > ilvl]:
            del counters[deeper]
        start = num.overrides.get(ilvl, levels[ilvl].start)
        counters[ilvl] = counters[ilvl] + 1 if ilvl in counters else start
        text = levels[ilvl].text
        for n in range(9):
            if f"%{n + 1}" in text:
                level = levels.get(n, Level())
                value = counters.get(n, num.overrides.get(n, level.start))
                text = text.replace(f"%{n + 1}", format_number(value, level.fmt))
        separator = {"tab": " ", "space": " "}.get(levels[ilvl].suffix, "")
        return (text, separator) if text.strip() else None
