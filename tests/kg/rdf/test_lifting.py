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


def test_a_line_that_singles_out_no_measure_gives_each_law_to_the_measures_it_concerns() -> None:
    ex, _ = seed()
    lifted = {(ex.items[x.item].cls, ex.items[x.item].line, x.law.key) for x in ex.lifted}  # type: ignore[attr-defined]
    # Line 36, 「公金受取口座登録法及び預貯金口座個人番号利用申出法の成立(デジタル改革関連法)」, under
    # issue 2.3: each act is the law of the measure it is named for (361 公金受取口座…, 362 預貯金付番…),
    # the bundle of both, and the third measure (363, ATM) of neither.
    assert ("Measure", 361, "public-benefit-account-act") in lifted
    assert ("Measure", 362, "deposit-account-my-number-act") in lifted
    assert ("Measure", 361, "deposit-account-my-number-act") not in lifted
    assert ("Measure", 362, "public-benefit-account-act") not in lifted
    assert {("Measure", 361, "digital-reform-acts"), ("Measure", 362, "digital-reform-acts")} <= lifted
    assert not {x for x in lifted if x[1] == 363}
    # Line 75, 「地方公共団体情報システムの標準化に関する法律の制定」, under issue 4.6: the act sets the
    # standard specifications (436) and the use of systems that follow them (437).
    assert ("Measure", 436, "local-system-standardization-act") in lifted
    assert ("Measure", 437, "local-system-standardization-act") in lifted


def _items(measures: list[str], line: str, laws: list[tuple[str, str, str]]) -> list[object]:
    from types import SimpleNamespace as N

    items: list[object] = [
        N(cls="Issue", key="1.1", number="1.1", issue=None, reports_on=None, laws=[], label="課題")
    ]
    items += [
        N(cls="Measure", key=f"m{k}", number=None, issue="1.1", reports_on=None, laws=[], label=label)
        for k, label in enumerate(measures)
    ]
    mentions = [N(key=key, text=text, kind=kind) for key, text, kind in laws]
    items.append(
        N(cls="ProgressUpdate", key="p", number=None, issue="1.1", reports_on=None, laws=mentions, label=line)
    )
    return items


def test_the_rule_on_lines_written_for_it() -> None:
    from kg.extract.lifting import lift_laws

    measures = ["電子処方箋の仕組みの構築", "医療機関における電子カルテ情報の共有", "介護人材の確保"]
    # two acts named together: each goes to its own measure, the bundle to both, none to 介護人材
    items = _items(
        measures,
        "電子処方箋法及び電子カルテ情報共有法の成立（医療DX関連法）",
        [
            ("rx", "電子処方箋法", "statute"),
            ("ehr", "電子カルテ情報共有法", "statute"),
            ("dx", "医療DX関連法", "bundle"),
        ],
    )
    got = {(x.item, x.law.key) for x in lift_laws(items) if x.item != 0}
    assert got == {(1, "rx"), (2, "ehr"), (1, "dx"), (2, "dx")}
    # one act: every measure that shares a word of its name
    items = _items(
        ["データ連携基盤の構築", "データ標準の策定", "職員研修の実施"],
        "データ連携推進法の制定",
        [("data", "データ連携推進法", "statute")],
    )
    assert {(x.item, x.law.key) for x in lift_laws(items) if x.item != 0} == {(1, "data"), (2, "data")}
    # a line whose own words single out a measure gives it all its laws
    items = _items(measures, "介護人材の確保について介護保険法を改正", [("care", "介護保険法", "statute")])
    assert {(x.item, x.law.key) for x in lift_laws(items) if x.item != 0} == {(3, "care")}


DEPENDS_QUERY = """
SELECT ?class ?label ?law ?basis WHERE {
  ?st rdf:subject ?item ; rdf:predicate pol:dependsOnLaw ; rdf:object ?law ; pol:linkBasis ?basis .
  ?item a ?class ; rdfs:label ?label .
  FILTER(?class IN (pol:Measure, pol:Issue))
}"""


def test_a_generic_reports_measures_and_issues_depend_on_the_laws_under_them() -> None:
    from kg.rdf.namespaces import RDFS
    from kg.read import read_string
    from tests.kg.extract.depends_cases import FOLLOWUP_BULLETS

    doc = read_string(FOLLOWUP_BULLETS.text, suffix=".md")
    meta = DocumentMeta("fu", "fu", None, dt.date(2025, 4, 1), None, None, "fu.md", "sha256:0")
    g = extract_graph(meta, doc)
    ns = {"pol": POL._NS, "rdf": RDF, "rdfs": RDFS}
    rows = {
        (str(c).rsplit("#", 1)[-1], str(label), str(law).rsplit("/", 1)[-1], str(b).rsplit("#", 1)[-1])
        for c, label, law, b in g.query(DEPENDS_QUERY, initNs=ns)
    }
    # Read from the excerpt: the measure rests on the law its 取組状況 line names (lifted), the
    # issue on the law of the sentence under its heading (stated) and on its measure's (lifted).
    assert ("Measure", "スマートフォンへの電子証明書の搭載", "jpki-act", "Lifted") in rows
    assert ("Issue", "申請時の添付書類が多い", "digital-procedures-act", "Stated") in rows
    assert ("Issue", "申請時の添付書類が多い", "family-register-act", "Lifted") in rows
    assert not {r for r in rows if r[1] == "申請様式の統一"}  # a 方針 is no law
    # the progress line reports on the measure it stands under, by its heading
    (line,) = [s for s in g.subjects(RDF.type, POL.ProgressUpdate) if "個人認証法" in g.value(s, RDFS.label)]
    measure = g.value(line, POL.reportsOn)
    assert str(g.value(measure, RDFS.label)) == "スマートフォンへの電子証明書の搭載"
    (basis,) = g.query(
        "SELECT ?b WHERE { ?st rdf:subject ?s ; rdf:predicate pol:reportsOn ; pol:linkBasis ?b }",
        initNs=ns,
        initBindings={"s": line},
    )
    assert basis[0] == POL.ViaHeading
