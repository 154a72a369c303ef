"""The policy structure of a report: its numbered themes and issues (課題).

Reports of this kind number their issues under a heading that names them
(「II 33の課題を解決するための取組方針」): one-number headings below it are
themes (``1.``), two-number headings are issues (``1.3``).  Guidebooks number
their chapters the same way without being lists of issues, so numbering alone
is not enough: only headings under a 課題 heading count.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from kg.document import Block, BlockKind, Document

_THEME_NUMBER = re.compile(r"^(\d+)\.?$")
_ISSUE_NUMBER = re.compile(r"^(\d+)\.(\d+)\.?$")
_ROMAN = re.compile(r"^[IVX]+$")
_CONTINUED = re.compile(r"[（(]\s*続き\s*[）)]\s*$")
_ISSUE_LIST_HEADING = re.compile(r"課題")


@dataclass(slots=True)
class PolicyItem:
    """A theme or an issue, with the heading block it was read from."""

    number: str
    label: str
    block: Block
    mentions: list[Block] = field(default_factory=list)


@dataclass(slots=True)
class PolicyOutline:
    themes: list[PolicyItem] = field(default_factory=list)
    issues: list[PolicyItem] = field(default_factory=list)
    theme_of_issue: dict[str, str] = field(default_factory=dict)


def clean_title(title: str) -> str:
    """A heading title without its 「（続き）」 continuation mark and spare spaces.

    >>> clean_title("マイナンバー関連システム整備（続き）")
    'マイナンバー関連システム整備'
    """
    return _CONTINUED.sub("", title).strip().strip("\u3000").strip()


def _number(block: Block) -> str | None:
    return (block.number or "").strip() or None


def outline(doc: Document) -> PolicyOutline:
    """Find the themes and issues of ``doc``; empty when it has no issue list."""
    result = PolicyOutline()
    headings = [b for b in doc.blocks if b.kind == BlockKind.HEADING]
    inside = False
    themes: dict[str, PolicyItem] = {}
    issues: dict[str, PolicyItem] = {}
    for block in headings:
        number = _number(block)
        title = clean_title(block.title if block.title is not None else block.text)
        if number and _ROMAN.match(number):
            # A new top-level part: an issue list starts only where it names 課題.
            inside = bool(_ISSUE_LIST_HEADING.search(title))
            continue
        if not inside or not number:
            continue
        if m := _ISSUE_NUMBER.match(number):
            key = f"{int(m[1])}.{int(m[2])}"
            if key in issues:
                issues[key].mentions.append(block)
                continue
            issues[key] = PolicyItem(key, title, block, [block])
            result.theme_of_issue[key] = str(int(m[1]))
        elif m := _THEME_NUMBER.match(number):
            key = str(int(m[1]))
            if key in themes:
                themes[key].mentions.append(block)
                continue
            themes[key] = PolicyItem(key, title, block, [block])
    result.themes = list(themes.values())
    result.issues = list(issues.values())
    return result
