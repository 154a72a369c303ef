"""The mentions of laws, bodies and dates in a read document, up to the caps of its limits.

Extraction stage.  Takes a read document and its report's date; gives, in text order, the laws,
the named public bodies, the foreign governments and organisations of states (英国政府, 欧州委員会:
kept apart, no body of Japan's) and the date expressions of every leaf block, with offsets into the
document's text, and what the caps left out.  One stream through the rule pipeline for the whole
document, then the evidence a document gives of its bodies (an abbreviation defined once), and in
a local government's own document the units it names alone where it says who is in charge
(「担当課：情報政策課」: :mod:`kg.extract.body_home`).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field, replace
from typing import Any

from kg.extract.agencies import AgencyMention
from kg.extract.body_evidence import document_bodies
from kg.extract.body_home import home_units
from kg.extract.dates import DateContext, DateMention, find_dates
from kg.extract.law_evidence import document_laws
from kg.extract.law_mentions import numbers_named_by_titles
from kg.extract.laws import LawMention
from kg.extract.limits import Cuts, ExtractionLimits
from kg.extract.nlp import extract_many, may_name_law_or_agency
from kg.read.chunking import chunks
from kg.read.document import Block, BlockKind, Document

__all__ = ["Mentions", "document_mentions", "leaves", "shift"]

# Blocks whose text repeats their children's: a table holds its rows, a row its
# cells, and a cell of ✓ entries holds those entries.  A bullet that heads other
# bullets holds only its own line, so it is read like any other.
_CONTAINERS = {BlockKind.TABLE, BlockKind.ROW}
_DOCUMENT = "the document"
# Every date expression holds a digit (ASCII, full-width or kanji).
_DIGIT = re.compile(r"[0-9０-９〇一二三四五六七八九十元]")


@dataclass(slots=True)
class Mentions:
    laws: list[LawMention] = field(default_factory=list)
    agencies: list[AgencyMention] = field(default_factory=list)
    foreign: list[AgencyMention] = field(default_factory=list)
    dates: list[DateMention] = field(default_factory=list)
    date_sections: dict[int, int | None] = field(default_factory=dict)  # date index → section


def shift(mention: Any, offset: int) -> Any:
    return replace(mention, start=mention.start + offset, end=mention.end + offset)


def leaves(doc: Document) -> list[Block]:
    """The blocks whose text is their own (no table or row that repeats its cells')."""
    parents = {b.parent for b in doc.blocks if b.parent is not None}
    return [
        b
        for b in doc.blocks
        if b.kind not in _CONTAINERS and not (b.kind == BlockKind.CELL and b.index in parents)
    ]


def document_mentions(
    doc: Document,
    report: dt.date,
    limits: ExtractionLimits,
    cuts: Cuts,
    home: tuple[str, str] | None = None,
) -> Mentions:
    """Laws, bodies and dates in every leaf block of the document, up to the caps; ``home`` is the
    (name, key) of the local government whose document it is
    (:func:`kg.extract.body_home.home_government`)."""
    ex = Mentions()
    context = DateContext(report)
    blocks = [b for b in leaves(doc) if b.text.strip()]
    # One stream through the rule pipeline for the whole document: the same
    # mentions find_laws and find_agencies give block by block, for far fewer calls.
    texts = [b.text for b in blocks]
    found = extract_many(texts, per_text=limits.block_mentions, total=limits.document_mentions)
    bodies = document_bodies(texts, [agencies for _, agencies in found])
    laws_of = document_laws(texts, [laws for laws, _ in found])
    found = list(zip(laws_of, bodies, strict=True))
    if home is not None:
        found = [
            (laws, _with_home_units(text, agencies, home))
            for text, (laws, agencies) in zip(texts, found, strict=True)
        ]
    mentions_left, dates_left = limits.document_mentions, limits.document_dates
    unread_mentions = unread_dates = 0
    for block, (laws, agencies) in zip(blocks, found, strict=True):
        where = f"the block at line {block.line}"
        if mentions_left <= 0 and may_name_law_or_agency(block.text):
            unread_mentions += 1
        if dates_left <= 0 and _DIGIT.search(block.text):
            unread_dates += 1
        laws, agencies = _first(laws, agencies, limits.block_mentions, cuts, where)
        laws, agencies = _first(laws, agencies, mentions_left, cuts, _DOCUMENT, limits.document_mentions)
        mentions_left -= len(laws) + len(agencies)
        ex.laws.extend(m.shifted(block.start) for m in laws)
        ex.agencies.extend(shift(m, block.start) for m in agencies)
        dates = _dates(block.text, context, min(limits.block_dates, dates_left))
        kept = min(len(dates), limits.block_dates, dates_left)
        if len(dates) > limits.block_dates:
            cuts.add("dates", len(dates) - limits.block_dates, where, limits.block_dates)
        cuts.add("dates", min(len(dates), limits.block_dates) - kept, _DOCUMENT, limits.document_dates)
        dates_left -= kept
        for m in dates[:kept]:
            ex.date_sections[len(ex.dates)] = block.section
            ex.dates.append(shift(m, block.start))
    ex.laws = numbers_named_by_titles(ex.laws)  # 「令和5年法律第48号」 alone, after the title beside it
    cuts.skip("law and agency mentions", unread_mentions, limits.document_mentions)
    cuts.skip("dates", unread_dates, limits.document_dates)
    ex.foreign = [m for m in ex.agencies if m.foreign]  # 英国政府, 欧州委員会: no body of Japan's
    ex.agencies = [m for m in ex.agencies if not m.foreign]
    return ex


def _with_home_units(text: str, agencies: list[AgencyMention], home: tuple[str, str]) -> list[AgencyMention]:
    """The block's bodies and the units of ``home`` it names alone, those inside no body found; a unit
    found with no parent (「（担当：市民課）」) is the one of ``home`` at its place."""
    units = home_units(text, home)
    agencies = [
        a
        for a in agencies
        if a.parent or a.kind != "unit" or all((a.start, a.end) != (u.start, u.end) for u in units)
    ]
    units = [u for u in units if not any(a.start < u.end and u.start < a.end for a in agencies)]
    return sorted([*agencies, *units], key=lambda m: (m.start, m.end)) if units else agencies


def _dates(text: str, context: DateContext, wanted: int) -> list[DateMention]:
    """The date expressions of a block, reading no further than one piece past ``wanted`` of them.

    A block fits in one piece unless it is one of tens of thousands of characters;
    pieces end at a sentence end, where no date expression runs on.
    """
    found: list[DateMention] = []
    for piece in chunks(text):
        if len(found) > wanted or wanted == 0:
            break
        found.extend(shift(m, piece.start) for m in find_dates(piece.text, context))
    return found


def _first(
    laws: list[Any],
    agencies: list[Any],
    cap: int,
    cuts: Cuts,
    where: str,
    stated_cap: int | None = None,
) -> tuple[list[Any], list[Any]]:
    """The first ``cap`` mentions in text order, the rest recorded as cut."""
    if len(laws) + len(agencies) <= cap:
        return laws, agencies
    kept = sorted([*laws, *agencies], key=lambda m: (m.start, m.end))[: max(cap, 0)]
    cuts.add(
        "law and agency mentions",
        len(laws) + len(agencies) - len(kept),
        where,
        cap if stated_cap is None else stated_cap,
    )
    starts = {(m.start, m.end, type(m)) for m in kept}
    return (
        [m for m in laws if (m.start, m.end, type(m)) in starts],
        [m for m in agencies if (m.start, m.end, type(m)) in starts],
    )
