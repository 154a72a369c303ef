"""An item that names an official involves the official's body in the graph, and the body is a node there."""

from __future__ import annotations

import datetime as dt

from rdflib import Literal

from kg.build import extract_graph
from kg.rdf.namespaces import ID, POL, RDF, RDFS
from kg.rdf.triples import DocumentMeta
from kg.read import read_string

PLAN = """\
# 推進体制の整備

## 施策

- デジタル審議官を座長とする検討チームの開催
"""


def test_the_measure_involves_the_body_whose_official_it_names() -> None:
    meta = DocumentMeta("plan", "plan", None, dt.date(2025, 4, 1), None, None, "plan.md", "sha256:0")
    g = extract_graph(meta, read_string(PLAN, suffix=".md"))
    agency = ID["agency/digital-agency"]
    measures = set(g.subjects(RDF.type, POL.Measure))
    assert len(measures) == 1
    assert (measures.pop(), POL.involvesAgency, agency) in g
    # No mention of デジタル庁 stands in the text, but the body is still typed and named.
    assert (agency, RDF.type, POL.Agency) in g
    assert (agency, RDFS.label, Literal("デジタル庁", lang="ja")) in g
