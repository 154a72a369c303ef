"""Validation of built graphs against the shapes: a valid graph passes, each mistake is named."""

from __future__ import annotations

import pytest
from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.compare import isomorphic

from kg.errors import PolicyKGError
from kg.rdf.namespaces import ID
from kg.rdf.validate import Severity, ValidationReport, Violation, validate

# A small graph shaped like the builder's output for the seed report: a document, its
# sections, a theme, an issue, a measure, a progress update, a law in a bundle, an agency,
# a goal, a target with a deadline, date expressions, annotations and one statistics figure.
VALID = """
@base <https://w3id.org/policykg/id/> .
@prefix pol: <https://w3id.org/policykg/ns#> .
@prefix oa: <http://www.w3.org/ns/oa#> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix dcterms: <http://purl.org/dc/terms/> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix qb: <http://purl.org/linked-data/cube#> .

<doc/seed> a pol:Document , prov:Entity ;
    rdfs:label "マイナンバー制度及び国と地方のデジタル基盤抜本改善WG報告書フォローアップ"@ja ;
    dcterms:title "マイナンバー制度及び国と地方のデジタル基盤抜本改善WG報告書フォローアップ"@ja ;
    dcterms:issued "2021-10-22"^^xsd:date ;
    dcterms:publisher <agency/digital-agency> ;
    dcterms:license <https://creativecommons.org/licenses/by/4.0/> ;
    dcterms:source "https://www.digital.go.jp/" ;
    pol:documentId "seed" ;
    pol:contentHash "sha256:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08" ;
    pol:sourceFile "corpus/digital-wg-followup-2021-10-22.txt" ;
    pol:mediaType "text/plain" .

<agency/digital-agency> a pol:Agency ;
    rdfs:label "デジタル庁"@ja ; skos:altLabel "Digital Agency"@en .
<agency/j-lis> a pol:Agency ;
    rdfs:label "地方公共団体情報システム機構"@ja ; skos:altLabel "J-LIS"@ja .

<doc/seed/section/II> a pol:Section ;
    rdfs:label "33の課題を解決するための取組方針"@ja ; pol:number "II" ;
    prov:wasDerivedFrom <doc/seed> .
<doc/seed/section/1> a pol:Section ;
    rdfs:label "マイナンバー関連システム整備"@ja ; pol:number "1" ;
    pol:subsectionOf <doc/seed/section/II> ; prov:wasDerivedFrom <doc/seed> .
<doc/seed/section/1.3> a pol:Section ;
    rdfs:label "マイナンバーカードの発行・運営体制の抜本的強化"@ja ; pol:number "1.3" ;
    pol:subsectionOf <doc/seed/section/1> ; prov:wasDerivedFrom <doc/seed> .

<doc/seed/theme/1> a pol:Theme ;
    rdfs:label "マイナンバー関連システム整備"@ja ; pol:number "1" ;
    pol:section <doc/seed/section/1> ; prov:wasDerivedFrom <doc/seed> .

<doc/seed/issue/1.3> a pol:Issue ;
    rdfs:label "マイナンバーカードの発行・運営体制の抜本的強化"@ja ; pol:number "1.3" ;
    pol:partOfTheme <doc/seed/theme/1> ; pol:section <doc/seed/section/1.3> ;
    prov:wasDerivedFrom <doc/seed> .

<doc/seed/goal/digital-first> a pol:Goal ;
    rdfs:label "あらゆる行政手続きがスマホから簡単にできる（デジタル・ファースト）"@ja ;
    prov:wasDerivedFrom <doc/seed> .

<doc/seed/measure/1.3-1> a pol:Measure ;
    rdfs:label "J-LISに対する国のガバナンスの強化"@ja ;
    pol:addressesIssue <doc/seed/issue/1.3> ; pol:contributesToGoal <doc/seed/goal/digital-first> ;
    pol:involvesAgency <agency/j-lis> ; pol:section <doc/seed/section/1.3> ; pol:order 1 ;
    prov:wasDerivedFrom <doc/seed> .

<doc/seed/progress/1-1> a pol:ProgressUpdate ;
    rdfs:label "デジタル社会形成整備法によるJ-LISに対する国のガバナンスの強化（3年9月施行）"@ja ;
    pol:addressesIssue <doc/seed/issue/1.3> ; pol:reportsOn <doc/seed/measure/1.3-1> ;
    pol:dependsOnLaw <law/digital-society-development> ;
    pol:enforcesLaw <law/digital-society-development> ;
    pol:involvesAgency <agency/j-lis> ;
    pol:when <doc/seed/date/3年9月> ;
    pol:linkBasis pol:ViaTableRow ;
    prov:wasDerivedFrom <doc/seed> .

<doc/seed/date/3年9月> a pol:DateExpression ;
    pol:dateText "3年9月" ; pol:start "2021-09"^^xsd:gYearMonth ; pol:end "2021-09"^^xsd:gYearMonth ;
    pol:planned false .
<doc/seed/date/令和5年3月末> a pol:DateExpression ;
    pol:dateText "令和5年3月末" ; pol:end "2023-03-31"^^xsd:date ; pol:fiscalYear "2022"^^xsd:gYear ;
    pol:openEnded false .

<law/digital-society-development> a pol:Law ;
    rdfs:label "デジタル社会の形成を図るための関係法律の整備に関する法律"@ja ;
    skos:altLabel "デジタル社会形成整備法"@ja ;
    pol:lawNumber "令和3年法律第37号" ;
    dcterms:isPartOf <law/digital-reform-laws> .
<law/digital-reform-laws> a pol:LawBundle ;
    rdfs:label "デジタル改革関連法"@ja .

<doc/seed/target/online-eligibility> a pol:Target ;
    rdfs:label "概ね全ての医療機関等での導入（令和5年3月末）"@ja ;
    pol:targetValue 100 ; pol:targetUnit "%" ;
    pol:when <doc/seed/date/令和5年3月末> ;
    prov:wasDerivedFrom <doc/seed> .

<doc/seed/stats/issuance/hokkaido> a qb:Observation ;
    qb:dataSet <doc/seed/stats/issuance> ;
    pol:refArea <area/hokkaido> ; pol:refPeriod "2021-10-01"^^xsd:date ;
    pol:population 5228732 ; pol:issuedCards 1800192 ; pol:issuanceRate 34.4 .
<doc/seed/stats/issuance> a qb:DataSet ; qb:structure pol:CardIssuanceStructure .

<doc/seed/ann/issue-1.3> a oa:Annotation ;
    oa:hasBody <doc/seed/issue/1.3> ; oa:motivatedBy oa:identifying ; pol:line 317 ;
    oa:hasTarget [ a oa:SpecificResource ; oa:hasSource <doc/seed> ;
        oa:hasSelector
            [ a oa:TextQuoteSelector ; oa:exact "1.3 マイナンバーカードの発行・運営体制の抜本的強化" ] ,
                       [ a oa:TextPositionSelector ; oa:start 9876 ; oa:end 9903 ] ] .
<doc/seed/ann/measure-1.3-1> a oa:Annotation ;
    oa:hasBody <doc/seed/measure/1.3-1> ; pol:line 320 ; pol:endLine 321 ;
    oa:hasTarget [ oa:hasSource <doc/seed> ;
        oa:hasSelector [ a oa:TextQuoteSelector ; oa:exact "J-LISに対する国のガバナンスの強化" ] ,
                       [ a oa:TextPositionSelector ; oa:start 10020 ; oa:end 10038 ] ] .
<doc/seed/ann/progress-1-1> a oa:Annotation ;
    oa:hasBody <doc/seed/progress/1-1> ; pol:line 25 ;
    oa:hasTarget [ oa:hasSource <doc/seed> ;
        oa:hasSelector
            [ a oa:TextQuoteSelector ;
              oa:exact "デジタル社会形成整備法によるJ-LISに対する国のガバナンスの強化（3年9月施行）" ] ,
                       [ a oa:TextPositionSelector ; oa:start 1234 ; oa:end 1274 ] ] .
<doc/seed/ann/goal-digital-first> a oa:Annotation ;
    oa:hasBody <doc/seed/goal/digital-first> ; pol:line 280 ;
    oa:hasTarget [ oa:hasSource <doc/seed> ;
        oa:hasSelector
            [ a oa:TextQuoteSelector ;
              oa:exact "あらゆる行政手続きがスマホから簡単にできる（デジタル・ファースト）" ] ,
                       [ a oa:TextPositionSelector ; oa:start 8800 ; oa:end 8834 ] ] .
<doc/seed/ann/target-online-eligibility> a oa:Annotation ;
    oa:hasBody <doc/seed/target/online-eligibility> ; pol:line 243 ;
    oa:hasTarget [ oa:hasSource <doc/seed> ;
        oa:hasSelector [ a oa:TextQuoteSelector ; oa:exact "概ね全ての医療機関等での導入（令和5年3月末）" ] ,
                       [ a oa:TextPositionSelector ; oa:start 7600 ; oa:end 7623 ] ] .
<doc/seed/ann/agency-digital> a oa:Annotation ;
    oa:hasBody <agency/digital-agency> ; pol:line 7 ;
    oa:hasTarget [ oa:hasSource <doc/seed> ;
        oa:hasSelector [ a oa:TextQuoteSelector ; oa:exact "デジタル庁" ] ,
                       [ a oa:TextPositionSelector ; oa:start 75 ; oa:end 80 ] ] .
"""

ISSUE = ID["doc/seed/issue/1.3"]
THEME = ID["doc/seed/theme/1"]
MEASURE = ID["doc/seed/measure/1.3-1"]
PROGRESS = ID["doc/seed/progress/1-1"]
GOAL = ID["doc/seed/goal/digital-first"]
TARGET = ID["doc/seed/target/online-eligibility"]
DOCUMENT = ID["doc/seed"]
AGENCY = ID["agency/digital-agency"]
LAW = ID["law/digital-society-development"]
BUNDLE = ID["law/digital-reform-laws"]
DATE = ID["doc/seed/date/3年9月"]
OBSERVATION = ID["doc/seed/stats/issuance/hokkaido"]
ISSUE_ANNOTATION = ID["doc/seed/ann/issue-1.3"]
MEASURE_ANNOTATION = ID["doc/seed/ann/measure-1.3-1"]


def parse(text: str) -> Graph:
    return Graph().parse(data=text, format="turtle")


def edited(old: str, new: str) -> str:
    assert VALID.count(old) == 1, f"the edit must hit exactly one place: {old!r}"
    return VALID.replace(old, new)


@pytest.fixture(scope="module")
def valid_report() -> ValidationReport:
    return validate(parse(VALID))


def test_valid_graph_conforms(valid_report: ValidationReport) -> None:
    assert valid_report.conforms
    assert valid_report.violations == []
    assert valid_report.to_text() == "0 violations"


def test_validation_leaves_the_data_alone() -> None:
    data = parse(VALID)
    before = parse(VALID)
    validate(data)
    assert isomorphic(data, before)


def test_dataset_is_validated_as_the_union_of_its_graphs() -> None:
    # The annotation sits in the document's named graph, the issue in another one; the
    # issue has its provenance only if the two are read together.
    whole = parse(VALID)
    dataset = Dataset()
    annotations = dataset.graph(ID["graph/doc/seed"])
    rest = dataset.graph(ID["graph/entities"])
    for triple in whole:
        subject = triple[0]
        target = annotations if str(subject).startswith(str(ID["doc/seed/ann/"])) else rest
        target.add(triple)
    # The annotation targets are blank nodes; they travel with their annotation.
    for triple in whole:
        if not isinstance(triple[0], URIRef):
            annotations.add(triple)
    report = validate(dataset)
    assert report.conforms, report.to_text()


# (case, old Turtle, new Turtle, focus, path, message) — each edit breaks one rule of the contract.
BROKEN = [
    (
        "issue without a label",
        '    rdfs:label "マイナンバーカードの発行・運営体制の抜本的強化"@ja ; pol:number "1.3" ;\n'
        "    pol:partOfTheme",
        '    pol:number "1.3" ;\n    pol:partOfTheme',
        ISSUE,
        "rdfs:label",
        "An issue (課題) needs one name in Japanese (rdfs:label with @ja)",
    ),
    (
        "agency label without @ja",
        'rdfs:label "デジタル庁"@ja ;',
        'rdfs:label "デジタル庁" ;',
        AGENCY,
        "rdfs:label",
        "An agency (機関) needs one name in Japanese (rdfs:label with @ja); other names go in skos:altLabel",
    ),
    (
        "law with an English label",
        'rdfs:label "デジタル社会の形成を図るための関係法律の整備に関する法律"@ja ;',
        'rdfs:label "Act on the Arrangement of Related Acts for the Formation of a Digital Society"@en ;',
        LAW,
        "rdfs:label",
        "A law (法令) needs one name in Japanese (rdfs:label with @ja); other names go in skos:altLabel",
    ),
    (
        "issue numbered with its counting word",
        'pol:number "1.3" ;\n    pol:partOfTheme',
        'pol:number "課題1.3" ;\n    pol:partOfTheme',
        ISSUE,
        "pol:number",
        "An issue (課題) needs its number alone, like 1.3 or 1-2",
    ),
    (
        "theme numbered with its counting word",
        'rdfs:label "マイナンバー関連システム整備"@ja ; pol:number "1" ;\n    pol:section',
        'rdfs:label "マイナンバー関連システム整備"@ja ; pol:number "分野1" ;\n    pol:section',
        THEME,
        "pol:number",
        "A theme (分野) needs its number alone, like 1 or 2-1",
    ),
    (
        "start as a plain string",
        'pol:start "2021-09"^^xsd:gYearMonth',
        'pol:start "2021-09"^^xsd:string',
        DATE,
        "pol:start",
        "A date's start (pol:start) must be one xsd:date, xsd:gYearMonth or xsd:gYear",
    ),
    (
        "start in the Japanese era",
        'pol:start "2021-09"^^xsd:gYearMonth',
        'pol:start "令和3年9月"',
        DATE,
        "pol:start",
        "A date's start (pol:start) must be one xsd:date, xsd:gYearMonth or xsd:gYear",
    ),
    (
        "fiscal year as an integer",
        'pol:fiscalYear "2022"^^xsd:gYear',
        "pol:fiscalYear 2022",
        ID["doc/seed/date/令和5年3月末"],
        "pol:fiscalYear",
        "A fiscal year (pol:fiscalYear, 年度) must be one xsd:gYear, such as 2021 for 令和3年度",
    ),
    (
        "planned as a string",
        "pol:planned false",
        'pol:planned "予定"',
        DATE,
        "pol:planned",
        "pol:planned (予定) must be true or false (xsd:boolean)",
    ),
    (
        "issue without an annotation",
        "oa:hasBody <doc/seed/issue/1.3> ;",
        "oa:hasBody <doc/seed/theme/1> ;",
        ISSUE,
        "^oa:hasBody",
        "An issue (課題) must point back at the text it was read from "
        "(be the oa:hasBody of an oa:Annotation)",
    ),
    (
        "measure without an annotation",
        "oa:hasBody <doc/seed/measure/1.3-1> ;",
        "oa:hasBody <doc/seed/issue/1.3> ;",
        MEASURE,
        "^oa:hasBody",
        "A measure (施策) must point back at the text it was read from "
        "(be the oa:hasBody of an oa:Annotation)",
    ),
    (
        "target without a deadline",
        "    pol:when <doc/seed/date/令和5年3月末> ;\n",
        "",
        TARGET,
        "pol:when",
        "A target (目標値) needs its deadline (pol:when, a date expression)",
    ),
    (
        "depends on an issue",
        "pol:dependsOnLaw <law/digital-society-development> ;",
        "pol:dependsOnLaw <doc/seed/issue/1.3> ;",
        PROGRESS,
        "pol:dependsOnLaw",
        "pol:dependsOnLaw must point at a law (法令) or a legislative action (立法措置)",
    ),
    (
        "enforces a law named only by enforcesLaw",
        "    pol:dependsOnLaw <law/digital-society-development> ;\n",
        "",
        PROGRESS,
        "pol:enforcesLaw",
        "A specific law link (pol:enactsLaw, pol:amendsLaw, pol:enforcesLaw, pol:basedOnLaw) must also be "
        "stated as pol:dependsOnLaw, or queries will not find it",
    ),
    (
        "enforces an agency",
        "pol:enforcesLaw <law/digital-society-development> ;",
        "pol:enforcesLaw <agency/j-lis> ; pol:dependsOnLaw <agency/j-lis> ;",
        PROGRESS,
        "pol:enforcesLaw",
        "pol:enforcesLaw must point at a law (法令)",
    ),
    (
        "addresses a theme",
        "pol:addressesIssue <doc/seed/issue/1.3> ; pol:contributesToGoal",
        "pol:addressesIssue <doc/seed/theme/1> ; pol:contributesToGoal",
        MEASURE,
        "pol:addressesIssue",
        "pol:addressesIssue must point at an issue (課題)",
    ),
    (
        "issue under a section instead of a theme",
        "pol:partOfTheme <doc/seed/theme/1> ;",
        "pol:partOfTheme <doc/seed/section/1> ;",
        ISSUE,
        "pol:partOfTheme",
        "pol:partOfTheme must point at a theme (分野)",
    ),
    (
        "agency involvement pointing at a law",
        "pol:involvesAgency <agency/j-lis> ; pol:section",
        "pol:involvesAgency <law/digital-society-development> ; pol:section",
        MEASURE,
        "pol:involvesAgency",
        "pol:involvesAgency must point at an agency (機関)",
    ),
    (
        "when pointing at plain text",
        "pol:when <doc/seed/date/3年9月> ;",
        'pol:when "3年9月" ;',
        PROGRESS,
        "pol:when",
        "pol:when must point at a date expression (日付表現)",
    ),
    (
        "law part of a plain law",
        "dcterms:isPartOf <law/digital-reform-laws> .",
        "dcterms:isPartOf <law/digital-society-development> .",
        LAW,
        "dcterms:isPartOf",
        "A law can only be part of a law bundle (dcterms:isPartOf a pol:LawBundle, 関連法)",
    ),
    (
        "link basis outside the list",
        "pol:linkBasis pol:ViaTableRow ;",
        'pol:linkBasis "table" ;',
        PROGRESS,
        "pol:linkBasis",
        "pol:linkBasis must be one of the link bases, such as pol:Stated or pol:ViaTableRow",
    ),
    (
        "annotation with no line",
        "oa:motivatedBy oa:identifying ; pol:line 317 ;",
        "oa:motivatedBy oa:identifying ;",
        ISSUE_ANNOTATION,
        "pol:line",
        "An annotation needs one line number (pol:line, 行), a whole number from 1",
    ),
    (
        "annotation on line 0",
        "pol:line 317 ;",
        "pol:line 0 ;",
        ISSUE_ANNOTATION,
        "pol:line",
        "An annotation needs one line number (pol:line, 行), a whole number from 1",
    ),
    (
        "annotation line as a string",
        "pol:line 317 ;",
        'pol:line "317" ;',
        ISSUE_ANNOTATION,
        "pol:line",
        "An annotation needs one line number (pol:line, 行), a whole number from 1",
    ),
    (
        "annotation ending before it starts",
        "pol:line 320 ; pol:endLine 321 ;",
        "pol:line 320 ; pol:endLine 319 ;",
        MEASURE_ANNOTATION,
        "pol:line",
        "An annotation's line (pol:line) cannot come after its end line (pol:endLine)",
    ),
    (
        "annotation with two bodies",
        "oa:hasBody <doc/seed/issue/1.3> ;",
        "oa:hasBody <doc/seed/issue/1.3> , <doc/seed/theme/1> ;",
        ISSUE_ANNOTATION,
        "oa:hasBody",
        "An annotation needs exactly one body (oa:hasBody): the IRI of the item it is about",
    ),
    (
        "start offset after end offset",
        "oa:start 9876 ; oa:end 9903",
        "oa:start 9903 ; oa:end 9876",
        ISSUE_ANNOTATION,
        "oa:start",
        "A position selector's start (oa:start) cannot come after its end (oa:end)",
    ),
    (
        "annotation without a quote",
        "\n            [ a oa:TextQuoteSelector ;"
        ' oa:exact "1.3 マイナンバーカードの発行・運営体制の抜本的強化" ] ,\n'
        "                       [ a oa:TextPositionSelector ; oa:start 9876",
        " [ a oa:TextPositionSelector ; oa:start 9876",
        ISSUE_ANNOTATION,
        "oa:hasTarget/oa:hasSelector",
        "An annotation's target needs the quoted text (an oa:TextQuoteSelector)",
    ),
    (
        "annotation whose source is not a document",
        "oa:hasTarget [ a oa:SpecificResource ; oa:hasSource <doc/seed> ;",
        "oa:hasTarget [ a oa:SpecificResource ; oa:hasSource <doc/seed/section/1.3> ;",
        ISSUE_ANNOTATION,
        "oa:hasTarget/oa:hasSource",
        "An annotation's target needs its source document (oa:hasSource, a pol:Document)",
    ),
    (
        "section without its document",
        'pol:number "II" ;\n    prov:wasDerivedFrom <doc/seed> .',
        'pol:number "II" .',
        ID["doc/seed/section/II"],
        "prov:wasDerivedFrom",
        "A section (節) must say which document it was read from (prov:wasDerivedFrom a pol:Document)",
    ),
    (
        "document hash without its algorithm",
        'pol:contentHash "sha256:9f86',
        'pol:contentHash "9f86',
        DOCUMENT,
        "pol:contentHash",
        "A document's content hash (pol:contentHash) must look like sha256: followed by 64 hex digits",
    ),
    (
        "observation without a dimension",
        'pol:refArea <area/hokkaido> ; pol:refPeriod "2021-10-01"^^xsd:date ;',
        "",
        OBSERVATION,
        None,
        "A statistics figure (qb:Observation) needs a dimension, such as its area (pol:refArea)",
    ),
    (
        "observation without a value",
        "pol:population 5228732 ; pol:issuedCards 1800192 ; pol:issuanceRate 34.4 .",
        ".",
        OBSERVATION,
        None,
        "A statistics figure (qb:Observation) needs a measured value, such as cards issued (pol:issuedCards)",
    ),
    (
        "cards issued with a thousands separator",
        "pol:issuedCards 1800192 ;",
        'pol:issuedCards "1,800,192" ;',
        OBSERVATION,
        "pol:issuedCards",
        "Cards issued (pol:issuedCards, 交付枚数) must be one whole number (xsd:integer)",
    ),
    (
        "issuance rate as a fraction of 1000",
        "pol:issuanceRate 34.4 .",
        "pol:issuanceRate 344.0 .",
        OBSERVATION,
        "pol:issuanceRate",
        "An issuance rate (pol:issuanceRate, 交付枚数率) must be one percentage from 0 to 100 "
        "(xsd:decimal, 34.4 for 34.4%)",
    ),
]


@pytest.mark.parametrize(
    ("old", "new", "focus", "path", "message"),
    [pytest.param(*row[1:], id=row[0]) for row in BROKEN],
)
def test_broken_graph_names_the_mistake(
    old: str, new: str, focus: URIRef, path: str | None, message: str
) -> None:
    report = validate(parse(edited(old, new)))
    assert not report.conforms
    found = [(v.focus, v.path, v.message) for v in report.errors]
    assert (focus, path, message) in found, report.to_text()


# (case, old Turtle, new Turtle, focus, message) — things worth a look that do not fail the graph.
WARNED = [
    (
        "measure linked to no issue",
        "pol:addressesIssue <doc/seed/issue/1.3> ; pol:contributesToGoal",
        "pol:contributesToGoal",
        MEASURE,
        "A measure (施策) is not linked to any issue (pol:addressesIssue, 課題)",
    ),
    (
        "bundle with no members",
        "    dcterms:isPartOf <law/digital-reform-laws> .",
        "    .",
        BUNDLE,
        "A law bundle (関連法) has no member laws (no law is dcterms:isPartOf it)",
    ),
    (
        "date left unresolved",
        'pol:start "2021-09"^^xsd:gYearMonth ; pol:end "2021-09"^^xsd:gYearMonth ;',
        "",
        DATE,
        "A date expression (日付表現) was not resolved to a calendar date "
        "(no pol:start, pol:end or pol:fiscalYear)",
    ),
]


@pytest.mark.parametrize(
    ("old", "new", "focus", "message"),
    [pytest.param(*row[1:], id=row[0]) for row in WARNED],
)
def test_warnings_do_not_fail_the_graph(old: str, new: str, focus: URIRef, message: str) -> None:
    report = validate(parse(edited(old, new)))
    assert report.conforms, report.to_text()
    assert report.errors == []
    assert [(v.focus, v.message, v.severity) for v in report.warnings] == [(focus, message, Severity.WARNING)]
    assert report.to_text().endswith("0 violations, 1 warning")


def test_bundle_is_checked_as_a_law() -> None:
    # pol:LawBundle is a subclass of pol:Law: the law shape must reach the bundle too.
    report = validate(
        parse(edited('rdfs:label "デジタル改革関連法"@ja .', 'rdfs:label "Digital reform acts"@en .'))
    )
    assert (BUNDLE, "rdfs:label") in {(v.focus, v.path) for v in report.errors}


def test_violation_in_words() -> None:
    # a number with the word that counts it: pol:number holds the number alone (「課題1.3」 → 1.3)
    report = validate(
        parse(
            edited('pol:number "1.3" ;\n    pol:partOfTheme', 'pol:number "課題1.3" ;\n    pol:partOfTheme')
        )
    )
    assert report.errors == [
        Violation(
            focus=ISSUE,
            focus_label="マイナンバーカードの発行・運営体制の抜本的強化",
            path="pol:number",
            message="An issue (課題) needs its number alone, like 1.3 or 1-2",
            severity=Severity.VIOLATION,
            value=Literal("課題1.3"),
            focus_kind="Issue",
            focus_number="課題1.3",
        )
    ]
    assert report.to_text().splitlines() == [
        "Issue 課題1.3 「マイナンバーカードの発行・運営体制の抜本…」 "
        "(https://w3id.org/policykg/id/doc/seed/issue/1.3): "
        'an issue (課題) needs its number alone, like 1.3 or 1-2 [pol:number] (value: "課題1.3")',
        "1 violation in 1 item",
    ]


def test_summary_counts_items_not_findings() -> None:
    text = edited('pol:number "1.3" ;\n    pol:partOfTheme', 'pol:number "課題1.3" ;\n    pol:partOfTheme')
    text = text.replace("pol:line 317 ;", "pol:line 0 ;").replace("oa:hasBody <doc/seed/measure/1.3-1> ;", "")
    report = validate(parse(text))
    focuses = {v.focus for v in report.errors}
    assert ISSUE in focuses
    assert ISSUE_ANNOTATION in focuses
    assert MEASURE in focuses
    assert report.to_text().splitlines()[-1] == f"{len(report.errors)} violations in {len(focuses)} items"


def test_blank_annotation_is_reported_as_a_blank_node() -> None:
    # The contract allows annotations to be blank nodes; nothing with an IRI holds them.
    text = edited("<doc/seed/ann/issue-1.3> a oa:Annotation ;", "[] a oa:Annotation ;").replace(
        "pol:line 317 ;", "pol:line 0 ;"
    )
    report = validate(parse(text))
    (violation,) = report.errors
    assert violation.path == "pol:line"
    assert "(a blank node)" in violation.to_text()


def test_unreadable_input_is_a_policykg_error(monkeypatch: pytest.MonkeyPatch) -> None:
    import kg.rdf.validate as module

    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("shapes could not be loaded")

    monkeypatch.setattr(module.pyshacl, "validate", broken)
    with pytest.raises(PolicyKGError) as caught:
        validate(parse(VALID))
    assert caught.value.code == "E300"
