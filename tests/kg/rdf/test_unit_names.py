"""A unit is named with its body too: the name the text glues together (「文化庁著作権課」) finds it."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from kg.build import extract_graph
from kg.rdf.namespaces import ORG, RDFS, SKOS
from kg.rdf.triples import DocumentMeta
from kg.read import read_document

PLAN = """# 著作物の利用環境の整備

## 1. 施策

- 文化庁著作権課は、教育機関向けの研修資料を作成する。
- 浜松市市民部は、窓口の混雑状況をオンラインで公開する。
"""


def test_a_unit_is_named_with_its_body_before_its_own_name(tmp_path: Path) -> None:
    path = tmp_path / "plan.md"
    path.write_text(PLAN, encoding="utf-8")
    meta = DocumentMeta(
        "plan", "plan", None, dt.date(2024, 4, 1), None, None, path.name, "sha256:" + "0" * 64
    )
    g = extract_graph(meta, read_document(path))
    names = {
        str(label): {str(other) for other in g.objects(node, SKOS.altLabel)}
        for node in g.subjects(ORG.subOrganizationOf, None)
        for label in g.objects(node, RDFS.label)
    }
    # the agency's unit: its own name and the agency's before it
    assert "文化庁著作権課" in names["著作権課"]
    # the city's unit: with the city's name of the national list, and with the prefecture's before it
    assert {"浜松市市民部", "静岡県浜松市市民部"} <= names["市民部"]
