"""Foreign governments and organisations of states are named bodies, kept apart from Japan's public bodies."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from kg.build import extract_graph
from kg.rdf import iris
from kg.rdf.namespaces import POL, RDF, RDFS
from kg.rdf.triples import DocumentMeta
from kg.rdf.validate import Severity, validate
from kg.read import read_document

PLAN = """# データ連携の国際動向

## 1. 施策

- 経済産業省は、米国商務省及び欧州委員会と、データ流通の国際ルールについて協議した。
"""


def test_a_foreign_body_is_no_agency_and_no_party_to_the_measure(tmp_path: Path) -> None:
    path = tmp_path / "plan.md"
    path.write_text(PLAN, encoding="utf-8")
    meta = DocumentMeta(
        "plan", "plan", None, dt.date(2024, 4, 1), None, None, path.name, "sha256:" + "0" * 64
    )
    g = extract_graph(meta, read_document(path))
    foreign = set(g.subjects(RDF.type, POL.ForeignBody))
    # the U.S. ministry and the union's commission: named, typed apart, never pol:Agency
    assert {str(label) for node in foreign for label in g.objects(node, RDFS.label)} == {
        "米国商務省",
        "欧州委員会",
    }
    assert not any((node, RDF.type, POL.Agency) in g for node in foreign)
    agencies = {
        str(label) for node in g.subjects(RDF.type, POL.Agency) for label in g.objects(node, RDFS.label)
    }
    assert agencies == {"経済産業省"}
    # the measure involves the ministry of Japan's alone
    involved = set(g.objects(None, POL.involvesAgency))
    assert involved == {iris.agency("meti")}
    # the shapes hold (a measure under no issue is only warned of)
    assert [v.message for v in validate(g).violations if v.severity != Severity.WARNING] == []
