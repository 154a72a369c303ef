"""Dependency-graph slices over a small hand-written graph, and over the sample corpus."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import Graph

from kg.errors import ExportError, NotFoundError
from kg.export.graphs import Focus, build_slice, normalise, resolve_focus
from kg.settings import Settings
from kg.store.reader import ReadStore
from kg.store.writer import writing

ID = "https://w3id.org/policykg/id/"

# Laws, a bundle, measures, progress updates, agencies, issues, themes, a goal and dates,
# modelled on the seed report.  Two links carry a basis as reified statements.
SAMPLE_TTL = """
@prefix pol: <https://w3id.org/policykg/ns#> .
@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix dcterms: <http://purl.org/dc/terms/> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@base <https://w3id.org/policykg/id/> .

<doc/t> a pol:Document ; rdfs:label "フォローアップ報告"@ja ; pol:documentId "t" .

<law/reform> a pol:Law , pol:LawBundle ; rdfs:label "デジタル改革関連法"@ja .
<law/dsd> a pol:Law ;
    rdfs:label "デジタル社会の形成を図るための関係法律の整備に関する法律"@ja ;
    skos:altLabel "デジタル社会形成整備法"@ja ; dcterms:isPartOf <law/reform> .
<law/account> a pol:Law ;
    rdfs:label "公的給付の支給等の迅速かつ確実な実施のための預貯金口座の登録等に関する法律"@ja ;
    skos:altLabel "公金受取口座登録法"@ja ; dcterms:isPartOf <law/reform> .
<law/jpki> a pol:Law ;
    rdfs:label "電子署名等に係る地方公共団体情報システム機構の認証業務に関する法律"@ja ;
    skos:altLabel "公的個人認証法"@ja .

<agency/digital> a pol:Agency ; rdfs:label "デジタル庁"@ja ; skos:altLabel "Digital Agency"@en .
<agency/jlis> a pol:Agency ; rdfs:label "地方公共団体情報システム機構"@ja ; skos:altLabel "J-LIS"@ja .
<agency/mic> a pol:Agency ; rdfs:label "総務省"@ja .

<doc/t/theme/1> a pol:Theme ; pol:number "1" ; rdfs:label "マイナンバー関連システム整備"@ja ;
    prov:wasDerivedFrom <doc/t> .
<doc/t/theme/2> a pol:Theme ; pol:number "2" ; rdfs:label "マイナンバーの利活用の促進"@ja ;
    prov:wasDerivedFrom <doc/t> .
<doc/t/theme/3> a pol:Theme ; pol:number "3" ; rdfs:label "マイナンバーカードの機能強化"@ja ;
    prov:wasDerivedFrom <doc/t> .
<doc/t/issue/1.1> a pol:Issue ; pol:number "1.1" ; pol:partOfTheme <doc/t/theme/1> ;
    rdfs:label "マイナンバー関連システムのトータルデザイン"@ja ; prov:wasDerivedFrom <doc/t> .
<doc/t/issue/1.3> a pol:Issue ; pol:number "1.3" ; pol:partOfTheme <doc/t/theme/1> ;
    rdfs:label "マイナンバーカードの発行・運営体制の抜本的強化"@ja ; prov:wasDerivedFrom <doc/t> ;
    pol:section <doc/t/section/1.3> .
<doc/t/issue/2.3> a pol:Issue ; pol:number "2.3" ; pol:partOfTheme <doc/t/theme/2> ;
    rdfs:label "金融：公金受取口座の利便向上"@ja ; prov:wasDerivedFrom <doc/t> .
<doc/t/issue/3.2> a pol:Issue ; pol:number "3.2" ; pol:partOfTheme <doc/t/theme/3> ;
    rdfs:label "カード機能（公的個人認証サービス）の抜本的改善"@ja ; prov:wasDerivedFrom <doc/t> .
<doc/t/section/1.3> a pol:Section ; rdfs:label "1.3 マイナンバーカードの発行・運営体制の抜本的強化"@ja .

<doc/t/goal/digital-first> a pol:Goal ; rdfs:label "デジタル・ファースト"@ja .

<doc/t/measure/1.3-1> a pol:Measure ; rdfs:label "J-LISに対する国のガバナンスの強化"@ja ;
    pol:addressesIssue <doc/t/issue/1.3> ; pol:involvesAgency <agency/jlis> ;
    pol:dependsOnLaw <law/dsd> ; pol:contributesToGoal <doc/t/goal/digital-first> ;
    pol:section <doc/t/section/1.3> ; prov:wasDerivedFrom <doc/t> .
<doc/t/measure/3.2-1> a pol:Measure ; rdfs:label "スマートフォンへの公的個人認証機能の搭載"@ja ;
    pol:addressesIssue <doc/t/issue/3.2> ; pol:involvesAgency <agency/digital> , <agency/mic> ;
    pol:dependsOnLaw <law/jpki> ; pol:amendsLaw <law/jpki> ; pol:when <doc/t/date/4年度> ;
    prov:wasDerivedFrom <doc/t> .

<doc/t/progress/1> a pol:ProgressUpdate ;
    rdfs:label "デジタル社会形成整備法によるJ-LISに対する国のガバナンスの強化（3年9月施行）"@ja ;
    pol:addressesIssue <doc/t/issue/1.3> ; pol:reportsOn <doc/t/measure/1.3-1> ;
    pol:dependsOnLaw <law/dsd> ; pol:enforcesLaw <law/dsd> ; pol:involvesAgency <agency/jlis> ;
    pol:when <doc/t/date/3年9月> ; prov:wasDerivedFrom <doc/t> .
<doc/t/progress/2> a pol:ProgressUpdate ; rdfs:label "公金受取口座登録法の成立（3年5月）"@ja ;
    pol:addressesIssue <doc/t/issue/2.3> ; pol:dependsOnLaw <law/account> ; pol:enactsLaw <law/account> ;
    pol:involvesAgency <agency/digital> ; pol:when <doc/t/date/3年5月> ; prov:wasDerivedFrom <doc/t> .
<doc/t/progress/3> a pol:ProgressUpdate ; rdfs:label "住民票の写し等のコンビニ交付の拡大（3年9月）"@ja ;
    pol:involvesAgency <agency/mic> ; pol:when <doc/t/date/3年9月> ; prov:wasDerivedFrom <doc/t> .

<doc/t/date/3年9月> a pol:DateExpression ; pol:dateText "3年9月" ; pol:start "2021-09"^^xsd:gYearMonth .
<doc/t/date/3年5月> a pol:DateExpression ; pol:dateText "3年5月" ; pol:start "2021-05"^^xsd:gYearMonth .
<doc/t/date/4年度> a pol:DateExpression ; pol:dateText "4年度" ; pol:start "2022-04-01"^^xsd:date ;
    pol:fiscalYear "2022"^^xsd:gYear .

<doc/t/link/1> a rdf:Statement ; rdf:subject <doc/t/progress/1> ; rdf:predicate pol:addressesIssue ;
    rdf:object <doc/t/issue/1.3> ; pol:linkBasis pol:ViaTableRow .
<doc/t/link/2> a rdf:Statement ; rdf:subject <doc/t/measure/1.3-1> ; rdf:predicate pol:addressesIssue ;
    rdf:object <doc/t/issue/1.3> ; pol:linkBasis pol:Stated .
"""

# The same kind of basis written as an RDF 1.2 reifier, which rdflib cannot parse but the store can.
REIFIER_TTL = """
@prefix pol: <https://w3id.org/policykg/ns#> .
@base <https://w3id.org/policykg/id/> .
<< <doc/t/progress/2> pol:addressesIssue <doc/t/issue/2.3> >> pol:linkBasis pol:ViaTitleMatch .
"""


def load_sample(data: Path) -> ReadStore:
    """A store holding the hand-written graph."""
    with writing(data) as writer:
        writer.replace_graphs([], f"{ID}graph/sample", Graph().parse(data=SAMPLE_TTL, format="turtle"))
        writer.load(REIFIER_TTL.encode("utf-8"), ox.RdfFormat.TURTLE, f"{ID}graph/sample-reifiers")
    return ReadStore(data)


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory) -> ReadStore:
    return load_sample(tmp_path_factory.mktemp("sample") / "data")


def iri(path: str) -> str:
    return ID + path


def nodes_of(graph: object) -> set[str]:
    return {str(n) for n in graph.nodes}  # type: ignore[attr-defined]


def edges_of(graph: object) -> set[tuple[str, str, str]]:
    return {(s, rel, o) for s, o, rel in graph.edges(keys=True)}  # type: ignore[attr-defined]


BUNDLE = {iri("law/reform"), iri("law/dsd"), iri("law/account")}


# ----------------------------------------------------------------------------- focus


@pytest.mark.parametrize(
    ("focus", "expected"),
    [
        (Focus("law", "デジタル改革関連法"), "law/reform"),
        (Focus("law", "デジタル社会形成整備法"), "law/dsd"),  # an abbreviation (skos:altLabel)
        (Focus("law", "公的個人認証法"), "law/jpki"),
        (Focus("law", " 公的個人認証法 "), "law/jpki"),
        (Focus("agency", "デジタル庁"), "agency/digital"),
        (Focus("agency", "Ｊ－ＬＩＳ"), "agency/jlis"),  # full-width form, matched once normalised
        (Focus("agency", "j-lis"), "agency/jlis"),
        (Focus("agency", "digital agency"), "agency/digital"),
        (Focus("issue", "3.2"), "doc/t/issue/3.2"),
        (Focus("issue", "３．２"), "doc/t/issue/3.2"),
        (Focus("issue", "3"), "doc/t/theme/3"),  # no issue is numbered 3: the theme is meant
        (Focus("theme", "1"), "doc/t/theme/1"),
        (Focus("entity", iri("doc/t/measure/1.3-1")), "doc/t/measure/1.3-1"),
        (Focus("entity", "id:doc/t/progress/2"), "doc/t/progress/2"),
        ("スマートフォンへの公的個人認証機能の搭載", "doc/t/measure/3.2-1"),
        ("1.3", "doc/t/issue/1.3"),
        (iri("agency/mic"), "agency/mic"),
    ],
)
def test_focus_resolves(sample: ReadStore, focus: Focus | str, expected: str) -> None:
    assert resolve_focus(sample, focus) == iri(expected)


def test_unknown_law_lists_near_names(sample: ReadStore) -> None:
    with pytest.raises(NotFoundError) as caught:
        resolve_focus(sample, Focus("law", "デジタル改革法"))
    assert "デジタル改革関連法" in caught.value.message
    assert "\n" not in caught.value.message


@pytest.mark.parametrize(
    "focus",
    [
        Focus("agency", "財務省"),
        Focus("issue", "9.9"),
        Focus("theme", "7"),
        Focus("entity", iri("law/none")),
        Focus("law", "デジタル庁"),  # an agency is not a law
    ],
)
def test_unknown_focus_is_not_found(sample: ReadStore, focus: Focus) -> None:
    with pytest.raises(NotFoundError):
        build_slice(sample, focus)


@pytest.mark.parametrize(
    "focus",
    [
        Focus("entity", "not an iri"),
        Focus("entity", "https://x/<bad>"),
        Focus("issue", "三の二"),
        Focus("law", " "),
    ],
)
def test_malformed_focus_is_refused(sample: ReadStore, focus: Focus) -> None:
    with pytest.raises(ExportError):
        build_slice(sample, focus)


def test_normalise_ignores_width_case_and_punctuation() -> None:
    assert normalise("Ｊ－ＬＩＳ") == normalise("j lis") == "jlis"
    assert normalise("デジタル庁") == "デジタル庁"


# ----------------------------------------------------------------------------- slices


def test_bundle_expands_to_its_members_and_what_depends_on_them(sample: ReadStore) -> None:
    graph = build_slice(sample, Focus("law", "デジタル改革関連法"), depth=1)
    assert graph.graph["focus"] == iri("law/reform")
    assert nodes_of(graph) == BUNDLE | {
        iri("doc/t/measure/1.3-1"),
        iri("doc/t/progress/1"),
        iri("doc/t/progress/2"),
    }
    assert edges_of(graph) == {
        (iri("law/dsd"), "isPartOf", iri("law/reform")),
        (iri("law/account"), "isPartOf", iri("law/reform")),
        (iri("doc/t/measure/1.3-1"), "dependsOnLaw", iri("law/dsd")),
        # the specific link stands in for the general one stated beside it
        (iri("doc/t/progress/1"), "enforcesLaw", iri("law/dsd")),
        (iri("doc/t/progress/2"), "enactsLaw", iri("law/account")),
        (iri("doc/t/progress/1"), "reportsOn", iri("doc/t/measure/1.3-1")),
    }
    assert {graph.nodes[n]["distance"] for n in BUNDLE} == {0}


def test_law_focus_at_depth_two_reaches_issues_agencies_and_dates(sample: ReadStore) -> None:
    graph = build_slice(sample, Focus("law", "デジタル改革関連法"), depth=2)
    assert nodes_of(graph) == BUNDLE | {
        iri(p)
        for p in (
            "doc/t/measure/1.3-1",
            "doc/t/progress/1",
            "doc/t/progress/2",
            "doc/t/issue/1.3",
            "doc/t/issue/2.3",
            "agency/jlis",
            "agency/digital",
            "doc/t/goal/digital-first",
            "doc/t/date/3年9月",
            "doc/t/date/3年5月",
        )
    }
    # a section is not followed unless asked for, and the jpki law is outside the bundle
    assert iri("doc/t/section/1.3") not in graph
    assert iri("law/jpki") not in graph


def test_a_date_does_not_join_unrelated_items(sample: ReadStore) -> None:
    # progress/3 shares only the date 3年9月 with progress/1, and agency/mic is four hops away.
    graph = build_slice(sample, Focus("law", "デジタル改革関連法"), depth=3)
    assert iri("doc/t/progress/3") not in graph
    assert iri("doc/t/theme/1") in graph
    assert iri("doc/t/measure/3.2-1") in graph  # through デジタル庁


def test_member_law_focus(sample: ReadStore) -> None:
    graph = build_slice(sample, Focus("law", "デジタル社会形成整備法"), depth=1)
    assert nodes_of(graph) == {
        iri("law/dsd"),
        iri("law/reform"),
        iri("doc/t/measure/1.3-1"),
        iri("doc/t/progress/1"),
    }


def test_agency_focus(sample: ReadStore) -> None:
    graph = build_slice(sample, Focus("agency", "J-LIS"), depth=1)
    assert nodes_of(graph) == {iri("agency/jlis"), iri("doc/t/measure/1.3-1"), iri("doc/t/progress/1")}
    assert edges_of(graph) == {
        (iri("doc/t/measure/1.3-1"), "involvesAgency", iri("agency/jlis")),
        (iri("doc/t/progress/1"), "involvesAgency", iri("agency/jlis")),
        (iri("doc/t/progress/1"), "reportsOn", iri("doc/t/measure/1.3-1")),
    }


def test_issue_focus_with_link_bases(sample: ReadStore) -> None:
    graph = build_slice(sample, Focus("issue", "1.3"), depth=1)
    assert nodes_of(graph) == {
        iri("doc/t/issue/1.3"),
        iri("doc/t/theme/1"),
        iri("doc/t/measure/1.3-1"),
        iri("doc/t/progress/1"),
    }
    issue = iri("doc/t/issue/1.3")
    via_table = graph.edges[iri("doc/t/progress/1"), issue, "addressesIssue"]
    assert (via_table["basis"], via_table["basis_detail"]) == ("inferred", "ViaTableRow")
    stated = graph.edges[iri("doc/t/measure/1.3-1"), issue, "addressesIssue"]
    assert (stated["basis"], stated["basis_detail"]) == ("stated", "Stated")
    plain = graph.edges[issue, iri("doc/t/theme/1"), "partOfTheme"]
    assert (plain["basis"], plain["basis_detail"]) == ("stated", "")


def test_basis_from_an_rdf_reifier(sample: ReadStore) -> None:
    graph = build_slice(sample, Focus("issue", "2.3"), depth=1)
    edge = graph.edges[iri("doc/t/progress/2"), iri("doc/t/issue/2.3"), "addressesIssue"]
    assert (edge["basis"], edge["basis_detail"]) == ("inferred", "ViaTitleMatch")


def test_node_attributes(sample: ReadStore) -> None:
    graph = build_slice(sample, Focus("issue", "1.3"), depth=2)
    issue = graph.nodes[iri("doc/t/issue/1.3")]
    assert issue["label"] == "マイナンバーカードの発行・運営体制の抜本的強化"
    assert (issue["class"], issue["number"], issue["document"]) == ("Issue", "1.3", "t")
    progress = graph.nodes[iri("doc/t/progress/1")]
    assert progress["class"] == "ProgressUpdate"
    assert progress["dates"] == "3年9月 (2021-09)"
    date = graph.nodes[iri("doc/t/date/3年9月")]
    assert (date["class"], date["label"]) == ("DateExpression", "3年9月")
    law = graph.nodes[iri("law/dsd")]
    assert law["label"] == "デジタル社会の形成を図るための関係法律の整備に関する法律"
    assert graph.nodes[iri("agency/jlis")]["class"] == "Agency"


def test_bundle_is_shown_as_a_bundle(sample: ReadStore) -> None:
    graph = build_slice(sample, Focus("law", "デジタル改革関連法"), depth=0)
    assert graph.nodes[iri("law/reform")]["class"] == "LawBundle"
    assert nodes_of(graph) == BUNDLE


@pytest.mark.parametrize(("depth", "count"), [(0, 1), (1, 3), (2, 7)])
def test_depth_limits(sample: ReadStore, depth: int, count: int) -> None:
    # 3.2 → theme 3 and its measure → the measure's law, agencies and date
    graph = build_slice(sample, Focus("issue", "3.2"), depth=depth)
    assert graph.number_of_nodes() == count
    assert max(d for _, d in graph.nodes(data="distance")) == depth


@pytest.mark.parametrize("depth", [-1, 7])
def test_depth_out_of_range(sample: ReadStore, depth: int) -> None:
    with pytest.raises(ExportError):
        build_slice(sample, Focus("issue", "3.2"), depth=depth)


def test_relation_filter(sample: ReadStore) -> None:
    graph = build_slice(sample, Focus("issue", "1.3"), depth=2, relations=["addressesIssue"])
    assert nodes_of(graph) == {iri("doc/t/issue/1.3"), iri("doc/t/measure/1.3-1"), iri("doc/t/progress/1")}
    assert {rel for _, _, rel in graph.edges(keys=True)} == {"addressesIssue"}


def test_depends_on_law_filter_brings_the_specific_links(sample: ReadStore) -> None:
    graph = build_slice(
        sample, Focus("law", "デジタル社会形成整備法"), depth=2, relations=["pol:dependsOnLaw"]
    )
    assert nodes_of(graph) == {iri("law/dsd"), iri("doc/t/measure/1.3-1"), iri("doc/t/progress/1")}
    assert edges_of(graph) == {
        (iri("doc/t/measure/1.3-1"), "dependsOnLaw", iri("law/dsd")),
        (iri("doc/t/progress/1"), "enforcesLaw", iri("law/dsd")),
    }


def test_section_relation_on_request(sample: ReadStore) -> None:
    graph = build_slice(sample, Focus("issue", "1.3"), depth=1, relations=["section"])
    assert nodes_of(graph) == {iri("doc/t/issue/1.3"), iri("doc/t/section/1.3")}


def test_class_filter(sample: ReadStore) -> None:
    graph = build_slice(sample, Focus("law", "デジタル改革関連法"), depth=2, classes=["Law", "Measure"])
    assert nodes_of(graph) == BUNDLE | {iri("doc/t/measure/1.3-1")}
    assert (iri("doc/t/measure/1.3-1"), "dependsOnLaw", iri("law/dsd")) in edges_of(graph)


@pytest.mark.parametrize(("relations", "classes"), [(["dependsOn"], None), (None, ["Bill"])])
def test_unknown_filters_are_refused(
    sample: ReadStore, relations: list[str] | None, classes: list[str] | None
) -> None:
    with pytest.raises(ExportError):
        build_slice(sample, Focus("issue", "1.3"), relations=relations, classes=classes)


def test_node_limit_truncates_nearest_first(sample: ReadStore) -> None:
    graph = build_slice(sample, Focus("law", "デジタル改革関連法"), depth=2, max_nodes=4)
    assert graph.number_of_nodes() == 4
    assert graph.graph["truncated"] is True
    assert nodes_of(graph) >= BUNDLE
    whole = build_slice(sample, Focus("law", "デジタル改革関連法"), depth=2)
    assert whole.graph["truncated"] is False


# ----------------------------------------------------------------------------- the sample corpus


SEED = ID + "doc/digital-wg-followup-2021-10-22/"


def test_corpus_issue_slice(built: Settings) -> None:
    store = ReadStore(built.data_dir)
    graph = build_slice(store, Focus("issue", "1.3"), depth=2)
    # Theme 1 (マイナンバー関連システム整備) numbers the issues 1.1 to 1.7.
    issues = {f"{SEED}issue/1.{n}" for n in range(1, 8)}
    assert nodes_of(graph) >= issues | {SEED + "theme/1"}
    assert graph.nodes[SEED + "theme/1"]["label"] == "マイナンバー関連システム整備"
    assert graph.nodes[SEED + "issue/1.3"]["label"] == "マイナンバーカードの発行・運営体制の抜本的強化"
    for issue in issues:
        assert (issue, SEED + "theme/1", "partOfTheme") in graph.edges(keys=True)
    assert {n for n, c in graph.nodes(data="class") if c == "Theme"} == {SEED + "theme/1"}


def test_corpus_theme_slice(built: Settings) -> None:
    store = ReadStore(built.data_dir)
    graph = build_slice(store, Focus("issue", "3"), depth=1)
    assert graph.graph["focus"] == SEED + "theme/3"
    # Theme 3 (マイナンバーカードの機能強化) has the issues 3.1 to 3.5.
    assert {f"{SEED}issue/3.{n}" for n in range(1, 6)} <= nodes_of(graph)
