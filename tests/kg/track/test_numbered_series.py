"""Two editions of a plan numbering two series of themes (「基本目標1」 over 「施策の方向1」): each theme is
matched to its own, though both are numbered 1 (pol:number holds the number alone; the number as
written, skos:notation, keeps the series apart)."""

from __future__ import annotations

import datetime as dt

import pyoxigraph as ox

from kg.extract.extraction import extract
from kg.rdf.mapping import build_graph
from kg.rdf.namespaces import POL, SKOS
from kg.rdf.triples import DocumentMeta
from kg.read import read_string
from kg.track.diff import compare
from kg.track.editions import OxigraphSelects, load_snapshot

OLD = """\
# 地域福祉計画

## 基本目標1　誰もが安心して暮らせるまちづくり

### 施策の方向1　地域の見守り体制の充実

- 高齢者の見守り訪問を行う

## 基本目標2　健やかに暮らせるまち

### 施策の方向1　健診の受診促進

- 受診を勧める通知を送る
"""
# The next edition retitles its first 基本目標 and the 施策の方向 under it, their numbers kept: half their
# words still the same, too few to match them by their words alone.
NEW = OLD.replace("誰もが安心して暮らせるまちづくり", "安心して暮らせる地域社会の実現").replace(
    "地域の見守り体制の充実", "地域の見守りネットワーク"
)


def _store() -> ox.Store:
    store = ox.Store()
    for doc_id, text, date in (
        ("plan-2024", OLD, dt.date(2024, 4, 1)),
        ("plan-2025", NEW, dt.date(2025, 4, 1)),
    ):
        doc = read_string(text, suffix=".md")
        meta = DocumentMeta(
            doc_id, "地域福祉計画", None, date, None, None, f"{doc_id}.md", f"sha256:{doc_id}"
        )
        graph = build_graph(meta, doc, extract(doc, date, use_parser=False))
        store.load(graph.serialize(format="nt").encode(), ox.RdfFormat.N_TRIPLES)
    return store


def test_a_theme_s_number_is_its_number_alone_and_its_notation_the_number_as_written() -> None:
    doc = read_string(OLD, suffix=".md")
    meta = DocumentMeta(
        "plan-2024", "地域福祉計画", None, dt.date(2024, 4, 1), None, None, "p.md", "sha256:p"
    )
    graph = build_graph(meta, doc, extract(doc, dt.date(2024, 4, 1), use_parser=False))
    numbered = sorted(
        (str(graph.value(t, SKOS.notation)), str(n)) for t, n in graph.subject_objects(POL.number)
    )
    assert numbered == [("基本目標1", "1"), ("基本目標2", "2"), ("施策の方向1", "1"), ("施策の方向1", "1")]


def test_a_retitled_theme_is_matched_by_its_number_as_written_not_by_another_series() -> None:
    reader = OxigraphSelects(_store())
    found = compare(load_snapshot(reader, "plan-2024"), load_snapshot(reader, "plan-2025"), {"Theme"})
    changed = [
        (c.kind, c.old.label if c.old else None, c.new.label if c.new else None) for c in found.changes
    ]
    assert changed == [
        ("reworded", "誰もが安心して暮らせるまちづくり", "安心して暮らせる地域社会の実現"),
        ("reworded", "地域の見守り体制の充実", "地域の見守りネットワーク"),
    ]
    by_number = [(m.old.number, m.new.number) for m in found.matching.pairs if m.basis == "number"]
    assert by_number == [("基本目標1", "基本目標1"), ("施策の方向1", "施策の方向1")]
