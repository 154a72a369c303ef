"""pol:dependsOnLaw lifted from progress lines to the measures and issues they serve, told apart in RDF."""

from __future__ import annotations

import datetime as dt

from rdflib import Graph, URIRef

from kg.build import extract_graph
from kg.extract.extraction import extract
from kg.rdf.namespaces import ID, POL, PROV, RDF
from kg.rdf.triples import DocumentMeta
from kg.read import read_document
from tests.conftest import SEED

LIFT_QUERY = """
SELECT ?item ?law ?basis ?from WHERE {
  ?st rdf:subject ?item ; rdf:predicate pol:dependsOnLaw ; rdf:object ?law ; pol:linkBasis ?basis .
  OPTIONAL { ?st prov:wasDerivedFrom ?from }
}"""


def seed() -> tuple[object, Graph]:
    ex = extract(read_document(SEED), dt.date(2021, 10, 22))
    meta = DocumentMeta("seed", "seed", None, dt.date(2021, 10, 22), None, None, SEED.name, "sha256:0")
    return ex, extract_graph(meta, read_document(SEED))


def test_measures_and_issues_depend_on_the_laws_of_their_progress_lines() -> None:
    ex, _ = seed()
    lifted = {(ex.items[x.item].cls, ex.items[x.item].line, x.law.key) for x in ex.lifted}  # type: ignore[attr-defined]
    # Read from the report: 「公的個人認証法改正（3年5月）」 (line 46) reports on issue 3.4, whose
    # one measure is the bullet on line 399; 「32の国家資格に関するマイナンバー法等の法律改正」 (54)
    # serves 「その他の国家資格証のデジタル化」 (405) of issue 3.5, not
    # 「在留カードとマイナンバーカードとの一体化」 (404).
    assert ("Measure", 399, "jpki-act") in lifted
    assert ("Issue", 397, "jpki-act") in lifted
    assert ("Measure", 405, "my-number-act") in lifted
    assert ("Measure", 404, "my-number-act") not in lifted
    # 個人情報保護法制の見直し (456) is a measure that names its law: the issue above it (454) gets it.
    assert ("Issue", 454, "personal-information-protection-act") in lifted
    assert ("Measure", 456, "personal-information-protection-act") not in lifted  # stated, not lifted


def test_lifted_links_are_statements_derived_from_the_stated_ones() -> None:
    _, g = seed()
    rows = list(g.query(LIFT_QUERY, initNs={"pol": POL._NS, "prov": PROV, "rdf": RDF}))
    lifted = [r for r in rows if r[2] == POL.Lifted]
    assert lifted, "no lifted link in the graph"
    stated = {r[0] for r in rows if r[2] == POL.Stated}  # the statements' IRIs
    jpki = URIRef(f"{ID}law/jpki-act")
    (link,) = [r for r in lifted if r[1] == jpki and "/measure/" in str(r[0])]
    # derived from the progress line's stated link to the same law
    source = link[3]
    assert source is not None and (source, RDF.subject, None) in g
    assert (source, POL.linkBasis, POL.Stated) in g
    assert g.value(source, RDF.object) == jpki
    assert "/progress/" in str(g.value(source, RDF.subject))
    assert stated
