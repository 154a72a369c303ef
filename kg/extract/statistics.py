"""Statistics tables as RDF Data Cube observations.

Two shapes occur in the seed report: card issuance by area (区分 / 団体名 /
都道府県名, 人口, 交付枚数, 交付枚数率) dated by the page heading
「（令和3年10月1日現在）」, and facility counts of the オンライン資格確認 roll-out
(「病院	6,381 /	8,238施設	77.5%」, 「病院	1,627 施設	医科診療所	6,072 施設」)
whose stage (申込, 準備完了, 運用開始) is the numbered heading above them.
Figures are kept as numbers with their row and column headers.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass, field

from kg.extract.dates import DateContext, find_dates
from kg.read.document import Block, BlockKind, Document

_NUMBER = re.compile(r"([0-9][0-9,]*(?:\.[0-9]+)?)")
_STAGES = (("申込", "申込"), ("準備完了", "準備完了"), ("運用開始", "運用開始"))
_FACILITY_TYPES = ("病院", "医科診療所", "歯科診療所", "薬局")


@dataclass(slots=True)
class Observation:
    dataset: str  # key of the table within the document
    key: str  # key of the row within the table
    block: Block  # the row (or paragraph) it was read from
    dimensions: dict[str, str] = field(default_factory=dict)  # refArea, facilityType, rolloutStage
    measures: dict[str, float] = field(default_factory=dict)  # population, issuedCards, issuanceRate, …
    period: str | None = None  # ISO date of the figures


@dataclass(slots=True)
class Dataset:
    key: str
    label: str
    structure: str  # "CardIssuanceStructure" | "FacilityRolloutStructure"
    block: Block
    observations: list[Observation] = field(default_factory=list)


def number(text: str) -> float | None:
    """The first number in a cell: 「1,800,192」 → 1800192.0, 「34.4%」 → 34.4.

    >>> number("8,238施設")
    8238.0
    """
    m = _NUMBER.search(unicodedata.normalize("NFKC", text))
    return float(m[1].replace(",", "")) if m else None


def _children(doc: Document, parent: Block, kind: BlockKind) -> list[Block]:
    return [b for b in doc.blocks if b.parent == parent.index and b.kind == kind]


def _section_chain(doc: Document, block: Block) -> list[int]:
    chain: list[int] = []
    index = block.section
    while index is not None:
        chain.append(index)
        index = doc.sections[index].parent
    return chain


def _as_of(text: str, report: dt.date) -> str | None:
    for mention in find_dates(text, DateContext(report)):
        value = mention.start_value or mention.end_value
        if value is not None and mention.as_of:
            return value.xsd()[0]
    return None


def _period(doc: Document, block: Block, report: dt.date) -> str | None:
    """The as-of date of a table: in the headings above it (「（令和3年10月1日現在）」),
    else the last one written before it under the same top-level heading (「(2021/10/20時点)」)."""
    chain = _section_chain(doc, block)
    for index in chain:
        if found := _as_of(doc.sections[index].title, report):
            return found
    top = chain[-1] if chain else None
    for earlier in reversed(doc.blocks[: block.index]):
        if top is not None and earlier.section is not None and top not in _section_chain(doc, earlier):
            break
        # Only a line that is nothing but a date stamp, such as 「(2021/10/20時点)」:
        # dates inside sentences (a target's deadline) say something else.
        stamp = earlier.text.strip().strip("()（）")
        if earlier.kind == BlockKind.PARAGRAPH and len(stamp) <= 20 and (found := _as_of(stamp, report)):
            return found
    return None


def _label(doc: Document, table: Block) -> str:
    parts = [doc.sections[i].title.strip() for i in reversed(_section_chain(doc, table))][-1:]
    previous = doc.blocks[table.index - 1] if table.index > 0 else None
    if previous is not None and previous.kind == BlockKind.PARAGRAPH and previous.text.startswith("【"):
        parts.append(previous.text.strip())
    return " ".join(parts)


def _stage(doc: Document, block: Block) -> str | None:
    for index in _section_chain(doc, block):
        for word, stage in _STAGES:
            if word in doc.sections[index].title:
                return stage
    return None


def datasets(doc: Document, report: dt.date) -> list[Dataset]:
    """Every statistics table of ``doc`` with its observations."""
    result: list[Dataset] = []
    for table in (b for b in doc.blocks if b.kind == BlockKind.TABLE):
        rows = _children(doc, table, BlockKind.ROW)
        if not rows:
            continue
        header = [c.text for c in _children(doc, rows[0], BlockKind.CELL)]
        key = f"t{table.line}"
        if len(header) >= 4 and "交付枚数" in header[2]:
            ds = Dataset(key, _label(doc, table), "CardIssuanceStructure", table)
            period = _period(doc, table, report)
            for row in rows[1:]:
                cells = [c.text.strip() for c in _children(doc, row, BlockKind.CELL)]
                values = [number(c) for c in cells[1:4]]
                if len(cells) < 4 or None in values:
                    continue
                population, issued, rate = (v for v in values if v is not None)
                ds.observations.append(
                    Observation(
                        key,
                        cells[0],
                        row,
                        {"refArea": cells[0]},
                        {"population": population, "issuedCards": issued, "issuanceRate": rate},
                        period,
                    )
                )
            result.append(ds)
        elif header and header[0] in _FACILITY_TYPES:
            stage = _stage(doc, table)
            ds = Dataset(key, _label(doc, table), "FacilityRolloutStructure", table)
            for row in rows:
                cells = [c.text.strip() for c in _children(doc, row, BlockKind.CELL)]
                if len(cells) == 4 and cells[2] not in _FACILITY_TYPES:
                    count, total, share = number(cells[1]), number(cells[2]), number(cells[3])
                    measures = {k: v for k, v in (("facilityCount", count), ("facilityTotal", total),
                                                  ("facilityShare", share)) if v is not None}  # fmt: skip
                    ds.observations.append(
                        Observation(key, cells[0], row, {"facilityType": cells[0]}, measures)
                    )
                else:
                    # two facilities to a row: each observation points at its own cell, in reading order
                    blocks = _children(doc, row, BlockKind.CELL)
                    for at, (name, value) in enumerate(zip(cells[0::2], cells[1::2], strict=False)):
                        count = number(value)
                        if name in _FACILITY_TYPES and count is not None:
                            cell = blocks[2 * at]
                            ds.observations.append(
                                Observation(key, name, cell, {"facilityType": name}, {"facilityCount": count})
                            )
            period = _period(doc, table, report)
            for obs in ds.observations:
                obs.period = period
                if stage:
                    obs.dimensions["rolloutStage"] = stage
            if ds.observations:
                result.append(ds)
    return _merge_continued(result)


def _merge_continued(found: list[Dataset]) -> list[Dataset]:
    """A table continued on the next page (same title, same columns) is one dataset."""
    merged: list[Dataset] = []
    for ds in found:
        last = merged[-1] if merged else None
        if last is not None and (last.label, last.structure) == (ds.label, ds.structure):
            for obs in ds.observations:
                obs.dataset = last.key
            last.observations.extend(ds.observations)
        else:
            merged.append(ds)
    return merged
