"""Typed columns of a table's header (extraction stage): which column a cue names.

Takes a table's header row (plain text, a cell a string) and the profile's column cues
(``[tables]``) and says which columns a cue names (「施策名」, 「目指す姿（2030年）」), whether a
column's header is dated (「目標（令和10年度）」), whether the first column is the plan's 基本目標
standing as the rows' themes, and which two theme columns side by side nest (「基本方針 | 施策の方向性」).
:mod:`kg.extract.outline_tables` reads the rows by them.
"""

from __future__ import annotations

import re

from kg.extract.outline_theme_columns import TYPED
from kg.extract.outline_theme_columns import plain as _plain

BRACKETED_TAIL = re.compile(r"\([^()]*\)$")


def dated(header: str) -> bool:
    """Whether a column header closes with a bracketed date (「目標（令和10年度）」, 「目標(R12)」).

    >>> dated("目標(令和10年度)"), dated("目指す姿"), dated("目標(R12)")
    (True, False, True)
    """
    tail = BRACKETED_TAIL.search(header)
    return tail is not None and any(ch.isdigit() for ch in tail[0])


def columns(header: list[str], cues: tuple[str, ...], suffixes: tuple[str, ...] = ()) -> list[int]:
    """Every column :func:`_column` would name, left to right.

    >>> columns(["施策", "主な取組", "2025年度"], ("施策", "取組"))
    [0, 1]
    """
    return [n for n in range(len(header)) if column(header[n : n + 1], cues, suffixes) == 0]


def column(header: list[str], cues: tuple[str, ...], suffixes: tuple[str, ...] = ()) -> int | None:
    """The column whose header is a cue, ends with one, or with one and a suffix (「施策名」,
    「政策・施策名」), a bracketed note after it left out (「目指す姿（2030年）」).

    >>> column(["分野", "現状", "目指す姿(2030年)"], ("目指す姿",)), column(["施策名"], ("施策",), ("名",))
    (2, 0)
    >>> column(["政策・施策名"], ("施策",), ("名",))
    0
    """
    wanted = tuple(_plain(c) for c in cues)
    for n, cell in enumerate(header):
        cell = BRACKETED_TAIL.sub("", cell) or cell
        if any(cell == c or cell.endswith(c) or any(cell.endswith(c + s) for s in suffixes) for c in wanted):
            return n
    return None


# A goal column that names a plan's pillars, the top of its 施策体系 (「基本目標」), not a goal stated.
_PILLAR_GOALS = ("基本目標",)


def pillar_goals(header: list[str], cues: dict[str, tuple[str, ...]], suffixes: tuple[str, ...]) -> bool:
    """Whether the first column is a plan's 基本目標 beside issue or measure columns right of it, and no
    theme column: each row's 基本目標 is the theme its issues and measures stand in.

    >>> pillar_goals(["基本目標", "課題", "主な取組"], {"issue": ("課題",), "measure": ("取組",)}, ())
    True
    >>> pillar_goals(["施策", "目標"], {"measure": ("施策",)}, ())
    False
    """
    if not header or BRACKETED_TAIL.sub("", header[0]) not in _PILLAR_GOALS:
        return False
    return any(at > 0 for k in ("issue", "measure") for at in columns(header, cues.get(k, ()), suffixes))


def nested_themes(
    header: list[str], cues: dict[str, tuple[str, ...]], suffixes: tuple[str, ...]
) -> tuple[int | None, int | None]:
    """Of two theme columns side by side left of the typed ones (「基本方針 | 施策の方向性 | 主な事業」), the
    outer and the inner (the row's items stand in the inner one, within the outer), else (None, None).

    >>> nested_themes(["方針", "方向", "事業"], {"theme": ("方針", "方向"), "measure": ("事業",)}, ())
    (0, 1)
    """
    themes = columns(header, cues.get("theme", ()), suffixes)
    if len(themes) != 2 or themes[1] != themes[0] + 1:
        return None, None
    typed = [at for k in TYPED for at in columns(header, cues.get(k, ()), suffixes) if at not in themes]
    if not typed or min(typed) < themes[1]:
        return None, None
    return themes[0], themes[1]


# The words a header joins (「現状と課題」, 「現状・課題」, 「現状及び課題」).
_JOINED = re.compile(r"及び|並びに|[と・、]")


def topic_column(header: list[str], cues: dict[str, tuple[str, ...]], suffixes: tuple[str, ...]) -> bool:
    """Whether the first column is headed as fields' names (``fields``: 「項目」, 「区分」) beside a status
    column (``status``: 「現状」, or one joined to the issue: 「現状と課題」) and an issue column: a review
    of matters, each row's first cell its topic, no theme.

    >>> cues = {"fields": ("項目", "区分"), "status": ("現状",), "issue": ("課題",)}
    >>> topic_column(["区分", "現状(令和6年度)", "課題", "対応方針"], cues, ())
    True
    >>> topic_column(["項目", "現状と課題", "今後の方向性"], cues, ())
    True
    >>> topic_column(["分野", "現状", "課題"], cues, ()), topic_column(["項目", "現状", "目標"], cues, ())
    (False, False)
    """
    fields = {_plain(c) for c in cues.get("fields", ())}
    status = {_plain(c) for c in cues.get("status", ())}
    if not header or header[0] not in fields:
        return False
    parts = {part for h in header[1:] for part in _JOINED.split(BRACKETED_TAIL.sub("", h) or h)}
    if not parts & status:
        return False
    return any(at > 0 for at in columns(header, cues.get("issue", ()), suffixes))
