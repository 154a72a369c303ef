"""Agency roles and law relations read inside the sentences of the seed report.

Each row is a sentence of the seed report with what a reader takes from it: who
acts, who is acted upon, how the item stands to each law, and which laws the
sentence puts in a bundle.
"""

from __future__ import annotations

import datetime as dt
import logging
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from rdflib import Graph, URIRef

from kg.build import extract_graph
from kg.extract import parser
from kg.extract.agencies import find_agencies
from kg.extract.extraction import extract
from kg.extract.laws import find_laws
from kg.extract.parser import sentences
from kg.extract.relations import Relations, relate
from kg.rdf.namespaces import DCTERMS, ID, POL, RDF, RDFS
from kg.rdf.triples import DocumentMeta
from kg.read import read_document
from tests.conftest import SEED

BUNDLE = "digital-reform-acts"

# (sentence, {law text: (relations, stated bundle)}, [(agency text, role)])
ROWS: list[tuple[str, dict[str, tuple[tuple[str, ...], str | None]], list[tuple[str, str]]]] = [
    (
        # The law is the means (による) and the measure took effect when it came into force
        # (施行 hangs on 強化, the measure); J-LIS is what the governance is aimed at.
        "デジタル社会形成整備法によるJ-LISに対する国のガバナンスの強化（3年9月施行）",
        {"デジタル社会形成整備法": (("based_on", "enforces"), None)},
        [("J-LIS", "target")],
    ),
    (
        # The office of 総務省 (now デジタル庁) carried out the survey: より marks the source.
        "総務省・マイナンバー室(現デジタル庁)より、情報連携の活用状況等の調査の実施(2年末～3年1月)、省令整備(3年7月)",
        {},  # 省令整備 names no law: it is a legislative action (kg.extract.legislation)
        [("総務省", "actor"), ("マイナンバー室", "actor"), ("デジタル庁", "actor")],
    ),
    (
        "法制審議会に諮問（3年9月）され、専門部会において氏名の読み仮名の法制化について調査審議を実施",
        {},
        [("法制審議会", "target")],
    ),
    (
        # において: the subcommittee discusses; the study group is set up at 資源エネルギー庁,
        # which runs it.
        "電力データ活用については、持続可能な電力システム構築小委員会において、制度の詳細設計を議論し、"
        "中間とりまとめを公表（3年8月） また、資源エネルギー庁に「電力データ活用の在り方検討会」を設置し、"
        "電力データの提供者及び利用希望者とで電力データ活用のプラットフォームの在り方を検討（3年6月～）",
        {},
        # the study group is what is set up (「…検討会」を設置)
        [
            ("持続可能な電力システム構築小委員会", "actor"),
            ("資源エネルギー庁", "actor"),
            ("電力データ活用の在り方検討会", "target"),
        ],
    ),
    (
        # J-LIS is converted (を); the two ministries hold it jointly (と…で).
        "地方公共団体情報システム機構（J-LIS）を国と地方公共団体が共同で管理する法人へ転換し、デジタル庁と総務省で共管",
        {},
        [
            ("地方公共団体情報システム機構", "target"),
            ("J-LIS", "target"),
            ("デジタル庁", "actor"),
            ("総務省", "actor"),
        ],
    ),
    (
        # Both laws passed as part of the bundle named in brackets after 成立.
        "公金受取口座登録法及び預貯金口座個人番号利用申出法の成立(デジタル改革関連法)(3年5月)",
        {
            "公金受取口座登録法": (("enacts",), BUNDLE),
            "預貯金口座個人番号利用申出法": (("enacts",), BUNDLE),
            "デジタル改革関連法": (("enacts",), None),
        },
        [],
    ),
    (
        "地方公共団体情報システムの標準化に関する法律の制定（デジタル改革関連法）",
        {
            "地方公共団体情報システムの標準化に関する法律": (("enacts",), BUNDLE),
            "デジタル改革関連法": (("enacts",), None),
        },
        [],
    ),
    (
        # マイナンバー法 is amended by the bundle, not one of its members.
        "32の国家資格に関するマイナンバー法等の法律改正（デジタル改革関連法）",
        {"マイナンバー法": (("amends",), None), "デジタル改革関連法": (("enacts",), None)},
        [],
    ),
    (
        # The amendment was made by passing the bundle; the bundle itself is not amended.
        "電子証明書のスマートフォンへの搭載について法改正を実施（デジタル改革関連法）（3年5月）",
        {"デジタル改革関連法": (("enacts",), None)},
        [],
    ),
    ("公的個人認証法改正（3年5月）", {"公的個人認証法": (("amends",), None)}, []),
    (
        # The ordinance was amended in 3年9月 and comes into force in 4年6月; which ordinance the
        # text does not say, so no law is linked (the amendment is a legislative action).
        "児童手当について、情報連携等の活用による現況届の一律の届出義務の廃止(提出省略可)(3年9月府令改正・4年6月施行)",
        {},
        [],
    ),
    (
        "療育手帳のマイナンバーによる情報連携の法制上の措置(デジタル改革関連法)、マイナポータル自己情報表示の前倒実現予定(4年2月)",
        {"デジタル改革関連法": (("enacts",), None)},
        [],
    ),
    ("個人情報保護法制の見直し", {"個人情報保護法制": ((), None)}, []),
    (
        "J-LISから民間事業者等の署名検証者に、本人同意を前提とした、氏名・住所等の基本4情報を提供",
        {},
        [("J-LIS", "actor")],
    ),
    ("強力な司令塔機能を有するデジタル庁の設置", {}, [("デジタル庁", "target")]),
    ("政府情報システムの3類型化とデジタル庁による統括・監理", {}, [("デジタル庁", "actor")]),
    ("デジタル庁への予算一括計上の推進", {}, [("デジタル庁", "target")]),
    ("読み仮名に係る法務省の検討状況を踏まえたカード券面記載事項のあり方の検討", {}, [("法務省", "actor")]),
    (
        # デジタル庁 names a kind of system here; it does nothing in the sentence.
        "令和3年度予算から①デジタル庁システム、②デジタル庁・各府省共同プロジェクト型システムの経費について一括計上",
        {},
        [("デジタル庁", "mentioned"), ("デジタル庁", "mentioned")],
    ),
]

IDS = [row[0][:16] for row in ROWS]


def read(text: str, *, use_parser: bool = True) -> Relations:
    return relate(text, find_laws(text), find_agencies(text), use_parser=use_parser)


def laws_of(found: Relations) -> dict[str, tuple[tuple[str, ...], str | None]]:
    return {link.mention.text: (link.relations, link.bundle) for link in found.laws}


def roles_of(found: Relations) -> list[tuple[str, str]]:
    return [(link.mention.text, link.role) for link in found.agencies]


@pytest.mark.parametrize(("text", "laws", "roles"), ROWS, ids=IDS)
def test_parse_decides_roles_and_relations(
    text: str, laws: dict[str, tuple[tuple[str, ...], str | None]], roles: list[tuple[str, str]]
) -> None:
    found = read(text)
    assert laws_of(found) == laws
    assert roles_of(found) == roles


@pytest.mark.parametrize(("text", "laws", "roles"), ROWS, ids=IDS)
def test_text_rules_agree_without_a_parse(
    text: str, laws: dict[str, tuple[tuple[str, ...], str | None]], roles: list[tuple[str, str]]
) -> None:
    found = read(text, use_parser=False)
    assert found.parsed == 0
    assert laws_of(found) == laws
    assert roles_of(found) == roles


@pytest.mark.parametrize(
    ("text", "parsed"),
    [
        # The characters after each name decide: による and に対する, a closing note with 施行.
        ("デジタル社会形成整備法によるJ-LISに対する国のガバナンスの強化（3年9月施行）", 0),
        ("法制審議会に諮問（3年9月）され", 0),
        # A name glued to a noun has no particle to read, a law no cue word: nothing to decide.
        ("令和3年度予算から①デジタル庁システム、②デジタル庁・各府省共同プロジェクト型システムの経費", 0),
        ("個人情報保護法制の見直し", 0),
        ("読み仮名の法制化の検討", 0),  # no mention at all
        # Left open by the characters: names listed before one particle, a 施行 inside the
        # sentence, a の before a verb (its subject?), a quoting と.
        ("内閣官房及び内閣府は、経済財政諮問会議の議論を踏まえ、基本方針の原案を作成する。", 1),
        ("総務省・経済産業省が検討", 1),
        ("個人情報保護法を改正し、令和4年4月に施行された。", 1),
        ("厚生労働省の所管する研究所の在り方を見直す。", 1),
        ("J-LISという言葉が出てくる箇所", 1),
    ],
)
def test_only_sentences_the_characters_leave_open_are_parsed(text: str, parsed: int) -> None:
    found = read(text)
    assert found.parsed == parsed
    assert all(link.parsed == bool(parsed) for link in [*found.laws, *found.agencies])


def test_the_parse_decides_what_the_characters_leave_open() -> None:
    # Both offices draft the plan: the listed names share the particle after the last.
    found = read("内閣官房及び内閣府は、経済財政諮問会議の議論を踏まえ、基本方針の原案を作成する。")
    assert roles_of(found) == [("内閣官房", "actor"), ("内閣府", "actor"), ("経済財政諮問会議", "mentioned")]
    # The law was amended and the amendment came into force.
    found = read("個人情報保護法を改正し、令和4年4月に施行された。")
    assert laws_of(found) == {"個人情報保護法": (("amends", "enforces"), None)}


def test_a_body_something_is_set_up_in_runs_it() -> None:
    # に before 置く or 設置 names the host, whichever comes first, the verb or what is set up.
    for text, body in [
        ("総務省に置かれる行政不服審査会は、答申を公表している。", "総務省"),
        ("成年後見制度の相談窓口を社会福祉協議会に設置する。", "社会福祉協議会"),
        ("資源エネルギー庁に「電力データ活用の在り方検討会」を設置", "資源エネルギー庁"),
    ]:
        assert dict(roles_of(read(text, use_parser=False)))[body] == "actor"
        assert dict(roles_of(read(text)))[body] == "actor"


def test_each_sentence_is_read_on_its_own() -> None:
    text = "総務省が検討した。デジタル庁に報告"
    assert sentences(text) == [(0, 9), (9, 17)]
    found = read(text)
    assert found.parsed == 0  # が and に: the characters decide both
    assert roles_of(found) == [("総務省", "actor"), ("デジタル庁", "target")]
    # Offsets stay offsets into the whole text.
    assert [text[a.mention.start : a.mention.end] for a in found.agencies] == ["総務省", "デジタル庁"]


def test_a_law_outside_the_gazetteer_joins_the_bundle_its_sentence_names() -> None:
    text = "電子行政推進法及び公金受取口座登録法の成立（デジタル改革関連法）"
    found = read(text)
    assert laws_of(found)["電子行政推進法"] == (("enacts",), BUNDLE)
    assert not next(m for m in find_laws(text) if m.text == "電子行政推進法").known


def basis_of(g: Graph, s: URIRef, p: URIRef, o: URIRef) -> set[URIRef]:
    return {
        b
        for st in g.subjects(RDF.subject, s)
        if (st, RDF.predicate, p) in g and (st, RDF.object, o) in g
        for b in g.objects(st, POL.linkBasis)
    }


def test_a_stated_membership_reaches_the_graph(tmp_path: Path) -> None:
    source = tmp_path / "mini.txt"
    source.write_text(
        "II 33の課題を解決するための取組方針\n\n2. マイナンバーの利活用の促進\n\n"
        "2.3 金融：公金受取口座の在り方の検討\n\n"
        "- ・ 電子行政推進法及び公金受取口座登録法の成立（デジタル改革関連法）\n",
        encoding="utf-8",
    )
    meta = DocumentMeta("mini", "mini", None, dt.date(2021, 10, 22), None, None, "mini.txt", "sha256:0")
    g = extract_graph(meta, read_document(source))
    bundle = URIRef(f"{ID}law/{BUNDLE}")
    # The laws of the bundle (the enactment itself, a legislative action, is part of it too).
    members = {s for s in g.subjects(DCTERMS.isPartOf, bundle) if (s, RDF.type, POL.Law) in g}
    unknown = next(iter(members - {URIRef(f"{ID}law/public-benefit-account-act")}))
    assert "電子行政推進法" in str(g.value(unknown, RDFS.label))
    # Both memberships are read from the sentence, the gazetteer's included.
    assert basis_of(g, unknown, DCTERMS.isPartOf, bundle) == {POL.Stated}
    known = URIRef(f"{ID}law/public-benefit-account-act")
    assert basis_of(g, known, DCTERMS.isPartOf, bundle) == {POL.Stated}
    measure = next(s for s in g.subjects(POL.enactsLaw, unknown) if (s, RDF.type, POL.Measure) in g)
    assert (measure, POL.dependsOnLaw, unknown) in g
    (action,) = (s for s in g.subjects(POL.enactsLaw, unknown) if (s, RDF.type, POL.LegislativeAction) in g)
    assert (action, DCTERMS.isPartOf, bundle) in g
    assert (measure, POL.dependsOnLaw, action) in g


def seed_extraction() -> Any:
    return extract(read_document(SEED), dt.date(2021, 10, 22))


def test_the_seed_is_read_without_a_parse(monkeypatch: pytest.MonkeyPatch) -> None:
    # Every item sentence of the report with something to decide (lines 25, 27, 28 twice, 35,
    # 36, 45, 46, 54, 62, 75, 89, 98, 319, 399, 448 and both bullets of 452) has its particle or
    # cue word right after each name: none is left to the parser, whose model is never loaded.
    loads: list[str] = []
    load = parser._load
    monkeypatch.setattr(parser, "_load", lambda: loads.append("ja_ginza") or load())
    ex = in_thread(seed_extraction)
    assert ex.parsed_sentences == 0
    assert loads == []
    links = {(i.line, link.mention.text): link for i in ex.items for link in i.agency_links}
    assert links[(35, "総務省")].role == "actor"
    assert links[(90, "デジタル庁")].role == "mentioned"


def in_thread(fn: Callable[[], Any]) -> Any:
    """Run ``fn`` in a fresh thread, which loads its own parser."""
    out: list[Any] = []
    worker = threading.Thread(target=lambda: out.append(fn()))
    worker.start()
    worker.join()
    return out[0]


def test_the_text_rules_take_over_when_the_model_cannot_be_loaded(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    def missing() -> None:
        raise OSError("[E050] Can't find model 'ja_ginza'")

    monkeypatch.setattr(parser, "_load", missing)
    caplog.set_level(logging.WARNING, logger="kg.extract.parser")
    # A list the parse would read: the characters still give the name before the particle.
    found = in_thread(lambda: read("内閣官房及び内閣府は、基本方針の原案を作成する。"))
    assert found.parsed == 0
    assert dict(roles_of(found))["内閣府"] == "actor"
    assert "ja_ginza cannot be loaded" in caplog.text

    ex = in_thread(seed_extraction)
    assert ex.parsed_sentences == 0
    roles_by_line = {(i.line, a.mention.text): a.role for i in ex.items for a in i.agency_links}
    assert roles_by_line[(35, "総務省")] == "actor"
    assert roles_by_line[(319, "J-LIS")] == "target"
