"""A document's publisher is the same node as the body the text names: one city, one node."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from rdflib import URIRef

from kg.build import extract_graph
from kg.rdf import iris
from kg.rdf.namespaces import DCTERMS, POL, RDF, RDFS
from kg.rdf.triples import DocumentMeta
from kg.read import read_document

PLAN = """# 前橋市情報化推進計画

## 1. 施策

- 群馬県前橋市は、証明書のコンビニ交付を拡大する。
"""


def _graph(tmp_path: Path, publisher: str):  # type: ignore[no-untyped-def]
    path = tmp_path / "plan.md"
    path.write_text(PLAN, encoding="utf-8")
    meta = DocumentMeta(
        "plan", "plan", publisher, dt.date(2024, 4, 1), None, None, path.name, "sha256:" + "0" * 64
    )
    return extract_graph(meta, read_document(path))


def test_a_city_publishing_its_plan_is_the_city_its_text_names(tmp_path: Path) -> None:
    g = _graph(tmp_path, "前橋市")
    (publisher,) = set(g.objects(None, DCTERMS.publisher))
    # 前橋市's 全国地方公共団体コード is 10201-6: the publisher is the node of the national list
    assert publisher == iris.agency("lg-102016")
    assert (publisher, RDF.type, POL.Agency) in g
    # the text's 「群馬県前橋市」 is that node too: no second 前橋市
    named = {
        node for node in g.subjects(RDF.type, POL.Agency) if "前橋" in "".join(g.objects(node, RDFS.label))
    }
    assert named == {publisher}
    assert {str(label) for label in g.objects(publisher, RDFS.label)} == {"群馬県前橋市"}


def test_a_publisher_no_rule_names_keeps_its_own_node_and_label(tmp_path: Path) -> None:
    g = _graph(tmp_path, "株式会社みらい総研")
    (publisher,) = set(g.objects(None, DCTERMS.publisher))
    assert isinstance(publisher, URIRef)
    assert {str(label) for label in g.objects(publisher, RDFS.label)} == {"株式会社みらい総研"}
