"""An item's number alone, as the graph's pol:number holds it, from the number as the text writes it.

A plan writes an item's number after the word that counts it (「重点分野3」「課題1-2」「基本目標Ⅱ」
「施策の柱1」「第三」「第1章」) or bare (「1.3」「（２）」「ア」).  The number alone is what stays once the
counting word is left out:

- the counting word: the kanji and kana before the number (「重点分野」「施策の方向」「テーマ」), 第 before
  it and a unit after it (「第1章」「第2節」 → 1, 2);
- figures as ASCII: full-width digits, circled ones (「①」) and Roman numerals (「Ⅱ」 → II) in their
  compatibility forms (NFKC); a kanji numeral (「第三」「十二」) as its digits, so that 「第三」 and
  「第3」 are one number;
- the separators as written: 「1-2」 stays 1-2 and 「1.2」 1.2 (「１．２」 is 1.2, 「１－２」 1-2); a dash of
  another width (「1‐2」「1―2」) is the hyphen;
- brackets around the whole number are no part of it (「（１）」 → 1, 「(a)」 → a); a bracketed part
  after another stays (「1(2)」);
- a letter or kana that numbers (「ア」「イ」「a」「A-1」) is the number as written (NFKC: 「ｱ」 → ア).

The written form (the counting word with its number) is what tells two series of one document apart
(「基本目標1」 and 「施策1」); it stays the item's key and is written as skos:notation.

>>> [number_alone(n) for n in ("重点分野3", "課題1-2", "基本目標Ⅱ", "施策の柱１", "第三", "第1章")]
['3', '1-2', 'II', '1', '3', '1']
>>> [number_alone(n) for n in ("１．２", "（２）", "①", "ア", "(a)", "A-1", "1(2)", "リスクシナリオ1-1")]
['1.2', '2', '1', 'ア', 'a', 'A-1', '1(2)', '1-1']
>>> [number_alone(n) for n in ("課題ア", "1)", "2.3.1.", "Step2", "統一1", "A1")]
['ア', '1', '2.3.1', '2', '1', 'A1']
>>> number_alone("施策"), number_alone("テーマ"), number_alone(None)
(None, None, None)
"""

from __future__ import annotations

import re
import unicodedata

from kg.extract.numerals import parse_numeral

__all__ = ["number_alone", "written_number"]

_KANJI = "〇一二三四五六七八九十百千"
# one part of a number: figures, a Roman numeral, a kanji numeral, a letter or a kana
_PART = rf"(?:[0-9]+|[IVXLC]+|[ivxlc]+|[{_KANJI}]+|[A-Za-z]|[ァ-ヺ]|[ぁ-ゖ])"
# a part in brackets (「(1)」): after another part it needs no separator
_BRACKETED = rf"\({_PART}\)"
_NUMBER = rf"(?:{_PART}|{_BRACKETED})(?:[-.・]?{_BRACKETED}|[-.・]{_PART})*"
# a unit counted after the number (「第1章」「第2節」「第3号」)
_UNIT = "[章節編部款項号条]"
_NUMBER_RE = re.compile(rf"(?P<number>{_NUMBER}){_UNIT}?")
# what a counting word is made of: kanji, kana and the long vowel mark (「重点分野」「テーマ」「施策の方向」),
# or letters (「Step」「No.」)
_WORD_RE = re.compile(r"[\u3041-\u3096\u30a1-\u30fa\u30fc\u4e00-\u9fff々]+|[A-Za-z]{2,}\.?")
_KANJI_LAST_RE = re.compile(r"[\u4e00-\u9fff々]$")
_DASHES = str.maketrans({c: "-" for c in "‐‑‒–—―−ｰ"})
_KANJI_RUN_RE = re.compile(rf"[{_KANJI}]+")
_FIGURE_FIRST_RE = re.compile(rf"[0-9IVXLCivxlc{_KANJI}(]")


def written_number(number: str | None) -> str | None:
    """The number as the text writes it, counting word included, in its compatibility form (NFKC)."""
    if not number:
        return None
    return unicodedata.normalize("NFKC", number).strip() or None


def number_alone(number: str | None) -> str | None:
    """The number of ``number`` (as written, 「重点分野3」) without its counting word (see the module);
    a form of none of the module's shapes as written (「A1」), None where no number is written."""
    written = written_number(number)
    if written is None:
        return None
    text = written.translate(_DASHES).rstrip(".")
    if text.endswith(")") and "(" not in text:
        text = text[:-1]  # 「1)」
    for at in range(len(text)):
        word = text[:at]
        m = _NUMBER_RE.fullmatch(text, at)
        if m is None:
            continue
        if word and not _counting_word(word, m["number"]):
            continue
        return _figures(_unbracketed(m["number"]))
    # a form none of the above (「A1」): as written, where it holds a figure
    return text if re.search("[0-9]", text) else None


def _counting_word(word: str, number: str) -> bool:
    """Whether ``word`` before ``number`` is the word that counts it (「課題」 before 「1-2」): kanji or
    kana (or letters) only, the number opening with a figure or a bracket, or one kana or letter after
    a kanji (「課題ア」; 「テーマ」 is no 「テー」 before マ)."""
    if not _WORD_RE.fullmatch(word):
        return False
    if _FIGURE_FIRST_RE.match(number) is not None:
        return True
    return len(number) == 1 and _KANJI_LAST_RE.search(word) is not None


def _unbracketed(number: str) -> str:
    if number.startswith("(") and number.endswith(")") and number.count("(") == 1:
        return number[1:-1]
    return number


def _figures(number: str) -> str:
    """Kanji numerals as digits (「三」 → 3, 「十二」 → 12); other parts as they are."""

    def digits(m: re.Match[str]) -> str:
        value = parse_numeral(m[0])
        return str(value) if value is not None else m[0]

    return _KANJI_RUN_RE.sub(digits, number)
