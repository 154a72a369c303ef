"""Progress lines nested under an entry (extraction stage): part of the entry they report on.

Takes a read document and the profile's progress labels and gives the bullets that open with one
(「取組状況：…」, ``[progress] labels``) and stand under another bullet (「- 書かない窓口の導入」
over 「  - 取組状況：番号法に基づく…」).  Such a bullet reports how the entry above it stands: it is
no entry of its own, and the entry above it is a leaf of its list, read like its plain siblings.

>>> from kg.read import read_string
>>> text = "## 1. 窓口\\n\\n- 窓口の改善\\n  - 取組状況：案内を改めた。\\n- 手続の周知\\n"
>>> doc = read_string(text, suffix=".md")
>>> [doc.blocks[i].text for i in sorted(nested_progress(doc, ("取組状況",)))]
['取組状況：案内を改めた。']

An entry that closes with its progress in brackets (「電子申請システムの導入（取組状況：令和5年10月に稼働）」)
is named by the text before them (:func:`without_progress_note`).
"""

from __future__ import annotations

import re

from kg.extract.outline_forms import reports_progress
from kg.read.document import BlockKind, Document


def nested_progress(doc: Document, labels: tuple[str, ...]) -> set[int]:
    """The list items under another list item that open with a progress label."""
    return {
        i
        for i, b in enumerate(doc.blocks)
        if b.kind == BlockKind.LIST_ITEM
        and b.parent is not None
        and doc.blocks[b.parent].kind == BlockKind.LIST_ITEM
        and reports_progress(b.text, labels)
    }


def reported_entries(doc: Document, nested: set[int]) -> set[int]:
    """The starts of the list items that hold progress lines: what those lines report on."""
    return {doc.blocks[p].start for i in nested if (p := doc.blocks[i].parent) is not None}


def without_progress_note(text: str, labels: tuple[str, ...]) -> str:
    """The text before a closing bracketed progress note (「…の導入（取組状況：令和5年10月に稼働）」).

    >>> without_progress_note("電子申請の導入（取組状況：10月に稼働）", ("取組状況",))
    '電子申請の導入'
    >>> without_progress_note("窓口の改善（再掲）", ("取組状況",))
    '窓口の改善（再掲）'
    """
    words = "|".join(re.escape(w) for w in sorted(labels, key=len, reverse=True))
    m = re.search(rf"[（(](?:{words})[ \u3000]*[：:][^（）()]*[）)][ \u3000]*$", text) if words else None
    return text[: m.start()].rstrip(" \u3000") if m and m.start() > 0 else text
