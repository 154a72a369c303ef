"""Every body another body belongs to is an entity of its own in the graph: typed and named."""

from __future__ import annotations

import datetime as dt

from rdflib import URIRef

from kg.build import extract_graph
from kg.rdf.namespaces import ORG, POL, RDF, RDFS
from kg.rdf.triples import DocumentMeta
from kg.read import read_document
from tests.conftest import SEED


def test_every_parent_body_in_the_seed_graph_has_a_label_and_a_type() -> None:
    meta = DocumentMeta("seed", "seed", None, dt.date(2021, 10, 22), None, None, SEED.name, "sha256:0")
    g = extract_graph(meta, read_document(SEED))
    parents = {p for p in g.objects(None, ORG.subOrganizationOf) if isinstance(p, URIRef)}
    assert parents, "no body in the seed report has a parent"
    bare = sorted(str(p) for p in parents if g.value(p, RDFS.label) is None or (p, RDF.type, POL.Agency) not in g)
    assert bare == []
    # 資源エネルギー庁 (line 98 of the report) is an agency of 経済産業省: the ministry is named too.
    labels = {str(g.value(p, RDFS.label)) for p in parents}
    assert "経済産業省" in labels
