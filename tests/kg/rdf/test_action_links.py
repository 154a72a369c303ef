"""A legislative action on an ordinance of the document's own body links to that document's law node."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from rdflib import Literal, URIRef

from kg.build import extract_graph
from kg.rdf import iris
from kg.rdf.namespaces import ELI, POL, RDF, RDFS
from kg.rdf.triples import DocumentMeta
from kg.read import read_document

PLAN = """# デジタル推進計画

## 3. 施策

- 本市は、令和6年度に自治基本条例を制定する。
- 本市情報公開条例の一部を改正し、開示請求をオンラインで受け付ける。
"""


def test_an_action_on_the_citys_own_ordinance_links_to_its_document_scoped_law(tmp_path: Path) -> None:
    path = tmp_path / "plan.md"
    path.write_text(PLAN, encoding="utf-8")
    meta = DocumentMeta("plan", "plan", None, dt.date(2024, 4, 1), None, None, path.name, "sha256:0")
    g = extract_graph(meta, read_document(path))
    amended = {o for _, _, o in g.triples((None, POL.amendsLaw, None)) if isinstance(o, URIRef)}
    enacted = {o for _, _, o in g.triples((None, POL.enactsLaw, None)) if isinstance(o, URIRef)}
    # 「自治基本条例」 (made: an enactment) and 「本市情報公開条例」 (revised) are this city's: one node
    # each in this document, typed as laws, not a law of that name for the whole corpus
    own = {
        iris.in_document("plan", "law", "自治基本条例"),
        iris.in_document("plan", "law", "本市情報公開条例"),
    }
    assert enacted == {iris.in_document("plan", "law", "自治基本条例")}
    assert amended | enacted == own
    assert all((node, RDF.type, POL.Law) in g for node in own)
    assert not any((iris.law(key), None, None) in g for key in ("自治基本条例", "本市情報公開条例"))


FOLLOWUP = """# 医療DXフォローアップ

## 1. 施策

- 医療提供体制の確保を図るための医療法及び介護保険法等の一部を改正する法律（令和7年法律第90号）が成立した。
"""


def test_an_amending_act_of_its_own_title_changes_the_acts_it_names(tmp_path: Path) -> None:
    path = tmp_path / "followup.md"
    path.write_text(FOLLOWUP, encoding="utf-8")
    meta = DocumentMeta("followup", "followup", None, dt.date(2025, 4, 1), None, None, path.name, "sha256:0")
    g = extract_graph(meta, read_document(path))
    title = "医療提供体制の確保を図るための医療法及び介護保険法等の一部を改正する法律"
    (act,) = {s for s, _, o in g.triples((None, RDFS.label, None)) if str(o) == title}
    changed = set(g.objects(act, ELI.changes))
    # the act and the two acts its title names are laws; its law number beside it names the act
    assert len(changed) == 2 and all((node, RDF.type, POL.Law) in g for node in (act, *changed))
    assert {str(o) for node in changed for o in g.objects(node, RDFS.label)} == {"医療法", "介護保険法"}
    assert str(g.value(act, POL.lawNumber)) == "令和7年法律第90号"
    # what the text does to it (成立) amends the acts it names, not the act itself
    amended = set(g.objects(None, POL.amendsLaw))
    assert amended == changed


PLANNED = """# 消費者保護の工程

## 1. 施策

- 令和8年の通常国会に、消費者契約法の一部を改正する法律案を提出する予定である。
- 食品衛生法施行規則を改正し、営業許可の区分を見直した。
"""


def test_an_action_stated_as_intended_is_planned_and_one_done_is_not(tmp_path: Path) -> None:
    path = tmp_path / "plan.md"
    path.write_text(PLANNED, encoding="utf-8")
    meta = DocumentMeta("plan", "plan", None, dt.date(2024, 4, 1), None, None, path.name, "sha256:0")
    g = extract_graph(meta, read_document(path))
    kinds = {str(g.value(a, POL.actionKind)): a for a in g.subjects(RDF.type, POL.LegislativeAction)}
    assert set(kinds) == {"bill", "revision"}
    assert g.value(kinds["bill"], POL.planned) == Literal(True)  # 「…を提出する予定」
    assert g.value(kinds["revision"], POL.planned) is None  # 「…を改正し、…を見直した」: done
