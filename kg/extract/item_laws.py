"""The laws an item states beside its own words (extraction stage): under its heading, in its row.

Takes a read document, its profile, its items (after their own mentions are attached) and the
document's law mentions; gives measures and issues the laws stated for them outside their own span:

* the rest of a measure's own bullet (「- 施策2-1 …の整備：取組状況 ― …法第8条に基づく…」) and the
  bullets nested in it;
* the sentences under a measure's or issue's heading (「課題2 申請時の添付書類が多い」 over
  「添付書類の省略は、デジタル手続法第11条に基づき進める。」), up to the next item and outside
  any other item: a progress line under it states its own laws, which :mod:`kg.extract.lifting`
  lifts to it;
* the paragraphs and notes after a measure written as a title line of its own, no sentence
  (「① 避難行動要支援者の支援体制の整備」 over 「…法に基づき、…を作成する。」), up to the next item;
  a note (「※…法」) or label line (「根拠法令：…」, 「〔関係法令〕…」) under a measure is its too;
* the cell of its row's law column (``[tables] law``: 根拠法令, 関係法令 …) or content column
  (``contents`` and ``note``: 内容, 取組内容, 概要 …, right of the measure's own) and, in a two-column
  table of fields, the value of a field so named: the laws of the row's (table's) one measure,
  else its one issue; a table of fields holding none gives them to the measure or issue it
  stands under (:func:`kg.extract.progress_lines.table_owner`).

A sentence that quotes a law's purpose (「…法は、…を目的としている。」) names a law the item does
not rest on; a law named before any item (a chapter's lead: 「…法の改正を踏まえ、本章では…」) is
no item's.

Each is the item's own pol:dependsOnLaw, with the relations its sentence states, read from the
text alone (「…に基づき」: based on).  A law the item says is yet to be made (「…条例の制定に向けた
検討」, 「（仮称）…条例の制定を目指す」) is none it rests on: :func:`drop_unmade` takes it from the
item's laws, unless one of the item's legislative actions names it.  A policy, guideline or 要綱 named
by title is no law, and no mention of one reaches here (:mod:`kg.extract.laws`).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator, Sequence
from typing import Any

from kg.extract import outline_forms as forms
from kg.extract.cues import LawLink
from kg.extract.laws import LawMention
from kg.extract.profiles import Profile
from kg.extract.progress_lines import OWNERS, STRUCTURE, Scope, in_table, row_owner, table_owner, table_rows
from kg.extract.relations import relate
from kg.read.document import BlockKind, Document

__all__ = ["attach_stated_laws", "drop_unmade", "item_bodies", "stated_spans"]

# What follows the name of a law not yet made: its making to come (「の制定に向けた」, 「の制定を検討」,
# 「制定の検討」, 「の制定を目指す」, 「の制定を進める」), after 「（仮称）」 or not.
_UNMADE = re.compile(
    r"(?:[(（]仮称[)）])?の?(?:制定|策定)(?:に向け|を検討|の検討|について検討|を目指|を進め|準備)"
)

# The columns (fields) that say what a row's measure does (内容, 取組内容, 概要, 事業概要, 備考): the laws
# its sentences rest on (「…法に基づき」, 「…法第N条の規定により」, 「…法を踏まえ」) are the measure's.
_CONTENTS = ("contents", "note")
_BRACKETED_TAIL = re.compile(r"\([^()]*\)$")
# 「根拠法令等」, 「関係法令など」: a header that closes with 「等」 names the column of its cue all the same
_ETC = re.compile(r"(?:等|など)$")
_BODY = (BlockKind.PARAGRAPH, BlockKind.LIST_ITEM, BlockKind.NOTE)
# A title line: a measure's name alone on its line, no sentence (「① …の整備」, 「施策1-2　…の推進」).
_SENTENCE_END = re.compile(r"[。．]\s*$")
# A law a sentence quotes the purpose of, not one it acts on: the law its topic, the sentence its aim
# (「…法は、…を目的としている。」, 「…法は、…社会の実現を目指すものである。」, 「…法の趣旨は…」).
_PURPOSE = re.compile(r"(?:等)?(?:の(?:目的|趣旨|理念)|では|とは|は)[^。]*?(?:目的|趣旨|理念|目指す)")


def _law_cue(text: str, cues: frozenset[str]) -> bool:
    plain = forms.plain(text)
    plain = _BRACKETED_TAIL.sub("", plain) or plain
    plain = _ETC.sub("", plain) or plain
    return any(plain == c or plain.endswith(c) for c in cues)


def _bullet_bodies(doc: Document, items: Sequence[Any]) -> Iterator[tuple[int, int, int]]:
    """(item, start, end) of the rest of each measure's own bullet and of the bullets inside it."""
    bullets = [b for b in doc.blocks if b.kind == BlockKind.LIST_ITEM]
    for n, item in enumerate(items):
        own = next((b for b in bullets if b.start <= item.start and item.end <= b.end), None)
        if item.cls != "Measure" or own is None:
            continue
        if item.end < own.end:
            yield n, item.end, own.end
        inside = {own.index}
        for b in bullets:
            if b.parent in inside:
                inside.add(b.index)
                yield n, b.start, b.end


def _title_line(doc: Document, item: Any, paragraphs: list[Any], starts: list[int]) -> int | None:
    """The paragraph a measure fills as its title line (「① …の整備」 over its sentences), if it does."""
    at = bisect.bisect_right(starts, item.start) - 1
    block = paragraphs[at] if at >= 0 else None
    if block is None or item.end > block.end or in_table(doc, block):
        return None
    text = doc.text[block.start : block.end]
    rest = doc.text[item.end : block.end]
    if "\n" in text.strip() or _SENTENCE_END.search(text) or forms.plain(rest).strip("（）()"):
        return None
    return int(block.index)


def _line_bodies(doc: Document, items: Sequence[Any], starts: list[int]) -> Iterator[tuple[int, int, int]]:
    """(item, start, end) of the paragraphs and notes after a measure's title line, up to the next item."""
    paragraphs = sorted((b for b in doc.blocks if b.kind == BlockKind.PARAGRAPH), key=lambda b: b.start)
    begins = [b.start for b in paragraphs]
    for n, item in enumerate(items):
        if item.cls != "Measure" or item.section is None:
            continue
        if (line := _title_line(doc, item, paragraphs, begins)) is None:
            continue
        at = bisect.bisect_right(starts, item.start)
        stop = starts[at] if at < len(starts) else len(doc.text)
        for i in doc.sections[item.section].blocks:
            block = doc.blocks[i]
            if i > line and block.kind in _BODY and not in_table(doc, block) and block.start < stop:
                yield n, block.start, min(block.end, stop)


def item_bodies(doc: Document, items: Sequence[Any]) -> Iterator[tuple[int, int, int]]:
    """(item, start, end) of the blocks under each measure or issue heading or title line, up to the
    next item."""
    starts = sorted(it.start for it in items if it.cls in STRUCTURE)
    yield from _bullet_bodies(doc, items)
    yield from _line_bodies(doc, items, starts)
    for n, item in enumerate(items):
        if item.cls not in OWNERS or item.section is None:
            continue
        section = doc.sections[item.section]
        heading = doc.blocks[section.heading]
        if heading.kind != BlockKind.HEADING or not (heading.start <= item.start and item.end <= heading.end):
            continue
        at = bisect.bisect_left(starts, heading.end)
        stop = starts[at] if at < len(starts) else len(doc.text)
        for i in section.blocks:
            block = doc.blocks[i]
            if block.kind in _BODY and not in_table(doc, block) and heading.end <= block.start < stop:
                yield n, block.start, min(block.end, stop)


def _cells(
    doc: Document, items: Sequence[Any], cues: frozenset[str], contents: frozenset[str]
) -> Iterator[tuple[int, int, int]]:
    """(item, start, end) of the law and content cells of each row and the law and content fields of
    each table."""
    scope = Scope(doc, items)
    for table, rows in table_rows(doc):
        if len(rows) < 2 or not rows[0]:
            continue
        fields = cues | contents
        if all(len(cells) == 2 for cells in rows) and any(_law_cue(c[0].text, fields) for c in rows):
            owner = table_owner(scope, items, table)
            for name, value in rows:
                if owner is not None and _law_cue(name.text, fields):
                    yield owner, value.start, value.end
            continue
        columns = [
            n
            for n, cell in enumerate(rows[0])
            if _law_cue(cell.text, cues)
            or (n > 0 and _law_cue(cell.text, contents))  # 内容 right of the name
        ]
        for cells in rows[1:] if columns else ():
            at = row_owner(items, cells[0].start, cells[-1].end) if cells else None
            if at is not None:
                yield from ((at, cells[n].start, cells[n].end) for n in columns if n < len(cells))


def stated_spans(doc: Document, profile: Profile, items: Sequence[Any]) -> dict[int, list[tuple[int, int]]]:
    """The stretches of text whose laws each item states, by the rules above."""
    cues = frozenset(forms.plain(c) for c in profile.tables.get("law", ()))
    contents = frozenset(forms.plain(c) for k in _CONTENTS for c in profile.tables.get(k, ()))
    spans: dict[int, list[tuple[int, int]]] = {}
    for n, s, e in [*item_bodies(doc, items), *_cells(doc, items, cues, contents)]:
        spans.setdefault(n, []).append((s, e))
    return spans


def attach_stated_laws(
    doc: Document, profile: Profile, items: Sequence[Any], laws: Sequence[LawMention]
) -> None:
    """Add to each measure and issue the laws of its :func:`stated_spans` that no other item holds."""
    spans = stated_spans(doc, profile, items)
    if not spans:
        return
    held = sorted((it.start, it.end) for it in items)
    starts = [s for s, _ in held]
    reach: list[int] = []  # the furthest end of the items starting up to each place in ``held``
    for _, e in held:
        reach.append(max(e, reach[-1] if reach else 0))
    by_start = sorted(laws, key=lambda m: m.start)
    law_starts = [m.start for m in by_start]

    def in_item(m: LawMention) -> bool:
        at = bisect.bisect_right(starts, m.start)
        return at > 0 and reach[at - 1] >= m.end

    for n, stretches in spans.items():
        item = items[n]
        own = {m.start for m in item.laws}
        if item.laws and not item.law_links:
            item.law_links = [LawLink(m, (m.relation,) if m.relation else ()) for m in item.laws]
        for s, e in stretches:
            found = by_start[bisect.bisect_left(law_starts, s) : bisect.bisect_left(law_starts, e)]
            found = [
                m
                for m in found
                if m.end <= e
                and m.start not in own
                and not in_item(m)
                and not _PURPOSE.match(doc.text, m.end)
            ]
            if not found:
                continue
            read = relate(doc.text[s:e], [m.shifted(-s) for m in found], [], use_parser=False)
            links = {x.mention.start + s: x for x in read.laws}
            item.laws.extend(found)
            item.law_links.extend(
                LawLink(m, links[m.start].relations, links[m.start].bundle)
                if m.start in links
                else LawLink(m, (m.relation,) if m.relation else ())
                for m in found
            )
            own.update(m.start for m in found)


def drop_unmade(text: str, items: Sequence[Any]) -> None:
    """Take from each item's laws those the text right after names as yet to be made (by the rule above)."""
    for item in items:
        acted = {key for action in getattr(item, "actions", ()) for key in action.laws}
        unmade = {m.start for m in item.laws if m.key not in acted and _UNMADE.match(text, m.end)}
        if unmade:
            item.laws = [m for m in item.laws if m.start not in unmade]
            item.law_links = [x for x in item.law_links if x.mention.start not in unmade]
