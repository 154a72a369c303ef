"""A table's first column as its rows' themes (extraction stage): when a column no cue names is one.

Takes a table's header (plain text, a cell a string), its data rows and the columns the cues of
:mod:`kg.extract.outline_tables` typed, and says whether the first column names each row's theme:
its header left empty over short names (:func:`names_rows`), short names merged down over the rows
they group (:func:`groups_rows`, 「重点項目」), or a header no cue names over names each heading one
row beside a measure column (:func:`heads_rows`, 「対象」, 「地区」).  Row numbers and keys
(「1」, 「4-1-1」, 「（ア）」) and sentences name no theme.
"""

from __future__ import annotations

import re
import unicodedata

from kg.read.document import Block

TYPED = {"goal": "Goal", "issue": "Issue", "measure": "Measure", "kpi": "Target"}
# A row's key rather than its name: a number (「1」, 「①」 and 「(1)」 as NFKC writes them), 「ア」, 「a.」.
ROW_NUMBER = re.compile(
    r"^(?:no\.?|#|番号|項番|順|[0-9]+[.)]?|\([0-9]+\)|[アイウエオカキクケコサシスセソタチツテト][.)]?|[a-z][.)]?)$",
    re.IGNORECASE,
)


def plain(text: str) -> str:
    """A cell's text as compared: NFKC, without bold marks and spaces."""
    return "".join(unicodedata.normalize("NFKC", text).replace("**", "").split())


THEME_NAME_CHARS = 30
# A name's words (kana or kanji), which a row's number (「4-1-1」) has none of
WORD = re.compile(r"[ぁ-んァ-ヶ一-龥]")
# A row's key, no name: 「（ア）」, 「1」, 「(i)」, 「①」, 「A」
KEY = re.compile(r"^[（(【\[]?[0-9０-９a-zA-Zア-ンⅠ-Ⅹ①-⑳]{1,3}[）)】\]]?[.．]?$")


def names_rows(header: list[str], rows: list[list[Block]], columns: dict[str, int | None]) -> bool:
    """Whether the first column, its header left empty, names each row's theme: the other
    columns typed, its cells short names (not row numbers, not sentences).

    A theme cell left empty below a filled one is a merged cell and counts.
    """
    if not header or header[0] or not any(columns[k] is not None for k in TYPED):
        return False
    if 0 in (columns[k] for k in (*TYPED, "owner", "schedule")):
        return False
    names = [plain(cells[0].text) for cells in rows if cells]
    if not names or not names[0]:
        return False
    return all(
        not name or (len(name) <= THEME_NAME_CHARS and not ROW_NUMBER.match(name) and "。" not in name)
        for name in names
    )


def groups_rows(rows: list[list[Block]], columns: dict[str, int | None]) -> bool:
    """Whether the first column, named by no cue, groups the rows under short names left blank below
    (a merged cell: 「| 人的対策 | …訓練を実施する |」 over 「| | …研修を行う |」) beside typed columns:
    the rows' theme, whatever its header calls it (「重点項目」, 「区分」)."""
    if not any(columns[k] is not None for k in TYPED) or 0 in columns.values():
        return False
    names = [plain(cells[0].text) if cells else "" for cells in rows]
    # a cell repeating the one above is that cell merged over both rows (Word writes it in each)
    carried = [n == 0 or not name or name == names[n - 1] for n, name in enumerate(names)]
    if len(names) < 3 or not names[0] or not any(carried[1:]) or len(set(filter(None, names))) < 2:
        return False
    return all(
        not name or (len(name) <= THEME_NAME_CHARS and not KEY.match(name) and "。" not in name)
        for name in names
    )


def heads_rows(header: list[str], rows: list[list[Block]], columns: dict[str, int | None]) -> bool:
    """Whether the first column, named by no cue (「対象」, 「地区」), heads each row by a name of its own
    beside a measure column: two rows or more, each a short name, no two alike (not row numbers, not
    sentences) — whom or where the row's measures are for, their theme."""
    if not header or not header[0] or ROW_NUMBER.match(header[0]) or columns["measure"] is None:
        return False
    if 0 in columns.values():
        return False
    names = [plain(cells[0].text) if cells else "" for cells in rows]
    return (
        len(names) >= 2
        and len(set(names)) == len(names)
        and all(
            len(name) <= THEME_NAME_CHARS and WORD.search(name) and not KEY.match(name) and "。" not in name
            for name in names
        )
    )
