"""Measures restated in a list table (extraction stage): one measure of the text is one item.

(And a paragraph of numbered lines read whole by one rule and line by line by another
(「【施策1】…」 over 「【施策2】…」) is its lines: :func:`without_containers`.)

A plan that sets out each measure under its own heading (「#### 施策1-1　行政手続のオンライン化」)
often lists them again at its end, one row each (「| 1-1 | 行政手続のオンライン化 | 市民課 |
…法律 | 令和4年度～令和6年度 |」), and one that lists them in a table may list them again in a
工程表.  The row names the measure by its label (a note in brackets after it, 「（再掲）」,
「（郊外地区）」, and a mark before it, 「【再掲】」, left out: :func:`named`), or a status table's row
names it by its number alone (「| 1-2 | … |」) or by a part of its label (「| フードドライブ | … |」 for
「フードドライブの常設化」, one measure stated before it holding those words): the row gives no second
item, but its cells are the measure's own: the 担当 cell its owner, the スケジュール /
実施時期 cell its dates, and the law column (read by :mod:`kg.extract.item_laws` through the row
spans kept here) its laws.
"""

from __future__ import annotations

import re
import unicodedata

from kg.extract.outline_forms import Found, plain, reindexed

_AFTER_KANA = re.compile(r"[ぁ-ん]$")
# A number alone, its first part a figure, a capital letter or a Roman numeral (「1-2」, 「2.3」, 「A-1」,
# 「B」, 「Ⅱ-1」, read as 「II-1」), and the number an item's own closes with (「施策A-1」 → 「A-1」).
_NUMBER_ALONE = re.compile(r"(?:[0-9]{1,2}|[IVX]{1,4}|[A-Z])(?:[.\-‐ー−][0-9]{1,2})*\.?")
_NUMBER_END = re.compile(r"(?<![A-Za-z])(?:[0-9]{1,2}|[IVX]{1,4}|[A-Z])(?:[.\-‐ー−][0-9]{1,2})*\.?$")
# A number of two parts or more (「1-2」, 「2.1.3」), as a list row writes it before a short name.
_PARTS = re.compile(r"(?:[0-9]{1,2}|[IVX]{1,4}|[A-Z])(?:[.\-‐ー−][0-9]{1,2})+\.?")
# A number whose last part is a circled numeral, and a short name, left in a row's label (「1-1-① 窓口予約」).
_LEADING = re.compile(
    r"(?P<number>[0-9０-９]{1,2}(?:[.\-‐ー−－][0-9０-９]{1,2})*[.\-‐ー−－][①-⑳])[ \u3000]+(?P<name>\S.{1,19})"
)
_KANA_PAIR = re.compile(r"[ぁ-んー・、]{2}|.?[ぁ-ん・、].?")
_NOTE = re.compile(r"(?:^[【〔\[][^】〕\]]{1,4}[】〕\]]|[（(][^（）()]*[）)]$)")


def named(label: str) -> str:
    """A measure's label as a row restating it names it: plain, a closing note in brackets and an
    opening mark left out.

    >>> named("オンデマンド交通の導入（郊外地区）"), named("【再掲】窓口の改善"), named("（仮称）")
    ('オンデマンド交通の導入', '窓口の改善', '(仮称)')
    """
    written = plain(label)
    return _NOTE.sub("", written) or written


def merge_restated(found: list[Found]) -> list[Found]:
    """``found`` without the table rows that restate a measure read under its heading, each row's
    cells given to that measure; the links of the others renumbered."""
    stated: dict[str, list[int]] = {}
    listed: dict[str, list[int]] = {}  # measures of table rows, in text order
    for n, f in enumerate(found):
        if f.cls == "Measure":
            (listed if f.rule == "table_row" else stated).setdefault(named(f.label), []).append(n)
    issues = {named(f.label) for f in found if f.cls == "Issue"}
    echoes: set[int] = set()
    into: dict[int, int] = {}
    for n, f in sorted(enumerate(found), key=lambda nf: nf[1].start):
        if f.cls != "Measure" or f.rule != "table_row":
            continue
        same = stated.get(named(f.label), [])
        if not same:
            # 「| 施策 | 概要 |」 then a 工程表 of the same measures: the row of an earlier table, in
            # another section, states it
            same = [
                k
                for k in listed.get(named(f.label), [])
                if found[k].start < f.start and found[k].section != f.section and k not in into
            ]
        if not same:
            same = _shortened(stated, named(f.label))
        if not same:
            same = _by_number(found, stated, f.label, f.row_number) or _part_of(
                found, stated, named(f.label), f.start
            )
        if len(same) != 1:
            if same or named(f.label) in issues:
                echoes.add(n)  # a row naming a group of measures (「マイナ免許証」) or an issue
            continue  # not stated, or stated twice: the row is no restatement of one measure
        measure = found[same[0]]
        measure.owner = measure.owner or f.owner
        measure.schedule = measure.schedule or f.schedule
        measure.rows += ((f.start, f.end),)
        into[n] = same[0]
    drop = _schedule_rows(found, into, echoes)
    if not into and not drop:
        return found
    return reindexed(found, [n for n in range(len(found)) if n not in into and n not in drop], into)


def _schedule_rows(found: list[Found], into: dict[int, int], echoes: set[int]) -> set[int]:
    """The rows of a table that restates the plan's measures in words of its own (a 工程表 after them,
    「| 施策 | 令和6年度 | 令和7年度 |」): more than half of its rows (three or more) name a measure
    stated before, a group of them or an issue, and one at least names a group or an issue, not a
    measure by its label; its other rows are short names too, no new measures.  A table whose rows
    name measures by their labels alone may add one of its own (「| 自動運転バスの実証 | ― | 実証 |」)."""
    drop: set[int] = set()
    order = sorted(range(len(found)), key=lambda n: found[n].start)
    runs: list[list[int]] = []
    for n in order:
        f = found[n]
        if f.rule != "table_row":
            if runs and runs[-1]:
                runs.append([])
            continue
        if f.cls != "Measure":
            continue
        if runs and runs[-1] and found[runs[-1][-1]].section == f.section:
            runs[-1].append(n)
        else:
            runs.append([n])
    for run in runs:
        restating = [n for n in run if n in into or n in echoes]
        if len(run) >= 3 and 2 * len(restating) > len(run) and any(n in echoes for n in run):
            drop.update(n for n in run if n not in into)
    return drop


def _shortened(stated: dict[str, list[int]], name: str) -> list[int]:
    """The measures whose label ends with ``name`` after a word's inflection or particle: a row
    names 「…への○○の推進」 by 「○○の推進」, 「…を活用した○○の実施」 by 「○○の実施」."""
    if len(name) < 4:
        return []
    return [
        n
        for label, ns in stated.items()
        if _AFTER_KANA.search(label[: -len(name)] if label.endswith(name) and label != name else "")
        for n in ns
    ]


def _by_number(
    found: list[Found], stated: dict[str, list[int]], label: str, row_number: str | None
) -> list[int]:
    """The measures whose own number is the row's label, a number alone: a status table names
    「施策1-2」 by 「1-2」 (also 「施策A-1」 by 「A-1」); or whose number is one of two parts or more the
    row writes before a short name of its own that shares two characters running with the measure's
    label (「1-2-1 窓口予約」 for 「施策1-2-1　窓口の来庁予約システムの導入」)."""
    written = _NUMBER_ALONE.fullmatch(unicodedata.normalize("NFKC", label.strip()))
    name = unicodedata.normalize("NFKC", plain(label))
    if written is None and row_number is None and (lead := _LEADING.fullmatch(label.strip())):
        row_number, name = lead["number"], unicodedata.normalize("NFKC", lead["name"])  # 「1-1-① …」
    if written is None and not _PARTS.fullmatch(unicodedata.normalize("NFKC", row_number or "")):
        return []
    number = _folded_number(written[0] if written is not None else row_number)
    return [
        n
        for ns in stated.values()
        for n in ns
        if _folded_number(found[n].number) == number
        and (written is not None or _shares_words(name, unicodedata.normalize("NFKC", plain(found[n].label))))
    ]


def _shares_words(name: str, label: str) -> bool:
    """Whether two characters running of a short name (no figures, no kana alone) stand in a label."""
    pairs = {name[k : k + 2] for k in range(len(name) - 1)}
    return any(not _KANA_PAIR.fullmatch(p) and p in label for p in pairs)


def _folded_number(number: str | None) -> str | None:
    m = _NUMBER_END.search(unicodedata.normalize("NFKC", number or ""))
    return re.sub(r"[.\-‐ー−]", ".", m[0]).rstrip(".") if m else None


def _part_of(found: list[Found], stated: dict[str, list[int]], name: str, start: int) -> list[int]:
    """The one measure stated before the row whose label holds the row's words as a part of it: a
    status table names 「…の常設化」 by its subject alone, 「…等給付金の申請支援」 by its end."""
    if len(name) < 2 or _NUMBER_ALONE.fullmatch(name):
        return []
    return [
        n
        for label, ns in stated.items()
        if name in label and label != name
        for n in ns
        if found[n].start < start
    ]


def without_containers(found: list[Found]) -> list[Found]:
    """``found`` without the items of several lines that hold two or more items of their type read
    from those lines (a paragraph of 「【施策1】…」 lines read whole as well); links renumbered."""
    drop = set()
    for n, f in enumerate(found):
        if "\n" not in f.label:
            continue
        inner = [
            k
            for k, g in enumerate(found)
            if k != n
            and g.cls == f.cls
            and f.start <= g.start
            and g.end <= f.end
            and (g.start, g.end) != (f.start, f.end)
        ]
        if len(inner) >= 2:
            drop.add(n)
    if not drop:
        return found
    return reindexed(found, [n for n in range(len(found)) if n not in drop])
