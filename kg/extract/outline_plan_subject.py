"""The plan's own subject (extraction stage): the words its title names before the kind of document.

Takes a read document's text and gives the words of its title before 「計画」, 「プラン」 or 「戦略」
(「…センター機能強化計画」 → 「…センター機能強化」), and says whether a heading's topic is those words:
「機能強化の取組」 in a 「…機能強化計画」, 「導入促進の取組」 in a 「…導入促進計画」 name the plan's own
measures as a whole, the part of the document that holds its themes, no theme of its own.
"""

from __future__ import annotations

import re

# The title: the first line of text, without a Markdown heading's marks and a bracketed note after it
# (「（抜粋）」, 「（案）」, 「【概要版】」).
_MARKS = re.compile(r"^[#\s\u3000]+|[ \u3000]*(?:[（(【〔][^）)】〕]{1,10}[）)】〕][ \u3000]*)+$")
_FIRST = re.compile(r"[^\s#\u3000][^\n]*")
# The kind of document after its subject (「…推進計画」, 「…基本計画」, 「…推進プラン」, 「…戦略」).
_KIND = re.compile(r"(?:の)?(?:推進|基本|実施|行動|整備|振興|促進)?(?:計画|プラン|戦略|ビジョン)$")
# Words that may follow the subject in the title (「導入促進」 before 「計画」 read as 「導入」 + 促進計画).
_AFTER = ("", "推進", "基本", "実施", "行動", "整備", "振興", "促進")


def title_subject(text: str) -> str:
    """The words of the document's title before the kind of document, or "" where the first line names
    no plan.

    >>> title_subject("# さくら市消費生活センター機能強化計画（抜粋）\\n\\n## 1 目的")
    'さくら市消費生活センター機能強化'
    >>> title_subject("はじめに\\n")
    ''
    """
    first = _FIRST.search(text)
    title = _MARKS.sub("", first.group()) if first else ""
    match = _KIND.search(title)
    return title[: match.start()] if match and len(title) <= 60 else ""


def names_plan_subject(topic: str, subject: str) -> bool:
    """Whether a heading's topic (「機能強化」 of 「機能強化の取組」) is the subject the plan's title ends
    with (「…機能強化」, or 「…導入」 before 「促進計画」 for 「導入促進」).

    >>> names_plan_subject("機能強化", "さくら市消費生活センター機能強化")
    True
    >>> names_plan_subject("導入促進", "さくら市再生可能エネルギー導入")
    True
    >>> names_plan_subject("相談体制", "さくら市消費生活センター機能強化")
    False
    """
    if len(topic) < 2 or not subject:
        return False
    return any(topic == f"{subject[-len(topic) + len(a) :]}{a}" for a in _AFTER if len(topic) > len(a)) or (
        subject.endswith(topic)
    )
