"""The seed report's graph: every parent body typed and named; covered periods told from action dates."""

from __future__ import annotations

import datetime as dt
from functools import cache

from rdflib import Graph, Literal, URIRef

from kg.build import extract_graph
from kg.rdf.namespaces import ORG, POL, RDF, RDFS
from kg.rdf.triples import DocumentMeta
from kg.read import read_document
from tests.conftest import SEED


@cache
def seed_graph() -> Graph:
    meta = DocumentMeta("seed", "seed", None, dt.date(2021, 10, 22), None, None, SEED.name, "sha256:0")
    return extract_graph(meta, read_document(SEED))


def test_every_parent_body_in_the_seed_graph_has_a_label_and_a_type() -> None:
    g = seed_graph()
    parents = {p for p in g.objects(None, ORG.subOrganizationOf) if isinstance(p, URIRef)}
    assert parents, "no body in the seed report has a parent"
    bare = sorted(
        str(p) for p in parents if g.value(p, RDFS.label) is None or (p, RDF.type, POL.Agency) not in g
    )
    assert bare == []
    # 資源エネルギー庁 (line 98 of the report) is an agency of 経済産業省: the ministry is named too.
    labels = {str(g.value(p, RDFS.label)) for p in parents}
    assert "経済産業省" in labels


def test_the_periods_an_object_covers_are_kept_but_not_planned() -> None:
    # Line 34: 「令和3年分確定申告より…実現予定」 and 「医療費通知情報(3年9月診療分以降)…実現予定」:
    # the tax year and the month of treatment, not the dates of the planned step.
    g = seed_graph()
    for text in ("令和3年分", "3年9月"):
        nodes = [
            n for n in g.subjects(POL.dateText, Literal(text)) if (n, POL.coveredPeriod, Literal(True)) in g
        ]
        assert nodes, text
        assert all((n, POL.planned, Literal(False)) in g for n in nodes)
    # and line 205's 「10月請求分のレセプト」 (the month the receipts were billed); no other date
    covered = {str(g.value(n, POL.dateText)) for n in g.subjects(POL.coveredPeriod, Literal(True))}
    assert covered == {"令和3年分", "3年9月", "10月"}
