"""The policy structure of a report: its numbered themes and issues (課題).

Reports of this kind number their issues under a heading that names them
(「II 33の課題を解決するための取組方針」): one-number headings below it are
themes (``1.``), two-number headings are issues (``1.3``).  Guidebooks number
their chapters the same way without being lists of issues, so numbering alone
is not enough: only headings under a 課題 heading count.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from kg.extract.numerals import parse_numeral
from kg.read.document import Block, BlockKind, Document

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


# --- goals ---------------------------------------------------------------

_GOAL_SECTION = re.compile(r"目標")
_LISTED_GOALS = re.compile(r"^[（(]\s*[0-9０-９一二三四五六七八九十]+\s*の個別目標\s*[）)]$")
_QUOTED = re.compile(r"^[「『](.+)[」』]$")


@dataclass(slots=True)
class Goal:
    label: str
    block: Block
    overall: bool


def goals(doc: Document) -> list[Goal]:
    """The overall goal and the listed goals of a 「目標とする…」 part.

    The overall goal is the first quoted paragraph of the part; the listed
    goals are the bullets after 「（11の個別目標）」.  Bullets between the two
    elaborate the overall goal and are not goals of their own.
    """
    found: list[Goal] = []
    for section in doc.sections:
        number = (section.number or "").strip()
        if not (_ROMAN.match(number) and _GOAL_SECTION.search(section.title)):
            continue
        listing = False
        for index in section.blocks:
            block = doc.blocks[index]
            text = block.text.strip()
            if block.kind == BlockKind.PARAGRAPH:
                if _LISTED_GOALS.match(text):
                    listing = True
                elif not found and (m := _QUOTED.match(text)):
                    found.append(Goal(m[1], block, overall=True))
            elif block.kind == BlockKind.LIST_ITEM and listing:
                found.append(Goal(strip_emphasis(text), block, overall=False))
    return found


def strip_emphasis(text: str) -> str:
    """A label without the ``**`` emphasis markers.

    >>> strip_emphasis("**強力な司令塔機能を有するデジタル庁の設置**")
    '強力な司令塔機能を有するデジタル庁の設置'
    """
    return text.replace("**", "").strip()


# --- measures ------------------------------------------------------------


@dataclass(slots=True)
class Measure:
    issue: str
    label: str
    block: Block
    emphasized: bool
    group: str | None


def measures(doc: Document, found: PolicyOutline) -> list[Measure]:
    """Each bullet under an issue is a measure; a bullet that heads other bullets (□ …：) is a group."""
    parents = {b.parent for b in doc.blocks if b.kind == BlockKind.LIST_ITEM and b.parent is not None}
    result: list[Measure] = []
    for issue in found.issues:
        section_index = issue.block.section
        if section_index is None:
            continue
        for index in doc.sections[section_index].blocks:
            block = doc.blocks[index]
            if block.kind != BlockKind.LIST_ITEM or block.index in parents:
                continue
            group = None
            if block.parent is not None and doc.blocks[block.parent].kind == BlockKind.LIST_ITEM:
                group = strip_emphasis(doc.blocks[block.parent].text).rstrip("：:")
            label = strip_emphasis(block.text)
            if label:
                result.append(Measure(issue.number, label, block, bool(block.emphasis), group))
    return result


# --- targets -------------------------------------------------------------

_TARGET_LEAD = re.compile(r"^目標\s*[：:]\s*")
_PERCENT = re.compile(r"([0-9０-９]+(?:\.[0-9]+)?)\s*[%％]")
_TENTHS = re.compile(r"([0-9０-９一二三四五六七八九十]+)\s*割")
_ALL = re.compile(r"(?:概ね|ほぼ)?全て")


@dataclass(slots=True)
class Target:
    label: str
    start: int
    end: int
    line: int
    value: float | None
    unit: str | None
    block: Block


def target_value(text: str) -> tuple[float | None, str | None]:
    """The number a target sets, as a percentage where the text gives a share.

    >>> target_value("医療機関等の6割程度での導入")
    (60.0, 'percent')
    >>> target_value("概ね全ての医療機関等での導入")
    (100.0, 'percent')
    """
    if m := _PERCENT.search(text):
        return float(m[1].translate(str.maketrans("０１２３４５６７８９", "0123456789"))), "percent"
    if (m := _TENTHS.search(text)) and (n := parse_numeral(m[1])) is not None:
        return float(n * 10), "percent"
    if _ALL.search(text) or re.search(r"(?:原則|概ね|ほぼ)?全(?:自治体|国|医療機関)", text):
        return 100.0, "percent"
    return None, None


def _split_top_level(text: str, offset: int) -> list[tuple[str, int]]:
    """Split at 、 outside brackets, keeping each part's offset."""
    parts: list[tuple[str, int]] = []
    depth, start = 0, 0
    for i, ch in enumerate(text):
        if ch in "（(「":
            depth += 1
        elif ch in "）)」":
            depth = max(0, depth - 1)
        elif ch == "、" and depth == 0:
            parts.append((text[start:i], offset + start))
            start = i + 1
    parts.append((text[start:], offset + start))
    return parts


_QUANTITY = re.compile(r"(?:原則|概ね|ほぼ)?全(?:て|自治体|国|医療機関)|[0-9０-９]+\s*(?:割|[%％])")
_AIM = re.compile(r"目指|目標")
_DEADLINE = re.compile(r"[0-9０-９]{4}年|令和|平成|年度|年末|までに")


def targets(doc: Document, cues: Sequence[re.Pattern[str]] = ()) -> list[Target]:
    """Quantified targets with a deadline.

    Written 「目標：A（期限）、B（期限）を目指す」 (one target per top-level item),
    or as a bullet that sets a share and a date to aim at: 「…原則全自治体で…
    オンライン手続を2022年末を目指し実現」; where ``cues`` are given, a bullet only when one of them
    finds the aim stated (「…を目指す」, not 「目標の60%に届かなかった」).
    """
    result: list[Target] = []
    for block in doc.blocks:
        if block.kind not in (BlockKind.PARAGRAPH, BlockKind.LIST_ITEM, BlockKind.NOTE):
            continue
        lead = _TARGET_LEAD.match(block.text)
        if not lead:
            text = block.text
            if (
                block.kind == BlockKind.LIST_ITEM
                and _QUANTITY.search(text)
                and _AIM.search(text)
                and _DEADLINE.search(text)
                and (not cues or any(c.search(text) for c in cues))
            ):
                label = strip_emphasis(text)
                value, unit = target_value(label)
                result.append(Target(label, block.start, block.end, block.line, value, unit, block))
            continue
        first_line = block.text.split("\n", 1)[0]
        body = first_line[lead.end() :]
        body_offset = block.start + lead.end()
        trimmed = re.sub(r"を目指す[。]?$", "", body)
        for part, start in _split_top_level(trimmed, body_offset):
            core = part.strip()
            if not core:
                continue
            start += len(part) - len(part.lstrip())
            label = re.sub(r"[（(][^（）()]*[）)]\s*$", "", core).strip()
            value, unit = target_value(label)
            result.append(Target(label, start, start + len(core), doc.line_of(start), value, unit, block))
    return result
