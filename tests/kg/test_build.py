"""The first slice end to end: the seed report's themes and issues in the store.

Expectations are read off the report: section II numbers six themes and 34
issues (its heading says 33), 1.7 stands before 1.6, and theme 1 repeats as
「1. マイナンバー関連システム整備（続き）」 on a continuation page.
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from kg.build import build
from kg.settings import Settings
from tests.conftest import CORPUS, GIF_ID, SAMPLE_IDS, SEED_ID, needs_gif, settings_for

POL = "https://w3id.org/policykg/ns#"
ISSUES_PER_THEME = {"1": 7, "2": 5, "3": 5, "4": 7, "5": 7, "6": 3}

THEMES = [
    ("1", "マイナンバー関連システム整備"),
    ("2", "マイナンバーの利活用の促進"),
    ("3", "マイナンバーカードの機能強化"),
    ("4", "カードの発行促進と地方自治体における業務システム整備"),
    ("5", "デジタル化に関する制度"),
    ("6", "データの利活用とコスト管理"),
]

ISSUES = [
    ("1.1", 296, "マイナンバー関連システム（マイナンバー管理システム、マイナポータル等）、住基ネット、"),
    ("1.3", 317, "マイナンバーカードの発行・運営体制の抜本的強化"),
    ("1.6", 334, "オンラインによる手続の完結、即日給付、オンライン手続における「世帯」の扱い、"),
    ("1.7", 330, "海外でも利用可能となるようにマイナンバーカードへの日本国政府、西暦、ローマ字の表記"),
    ("2.3", 359, "金融：公金受取口座、複数口座の管理や相続等の利便向上、"),
    ("3.2", 385, "カード機能（公的個人認証サービス）の抜本的改善"),
    ("4.3", 417, "カードの発行・更新等が可能な場所（申請サポートを含む。）の充実"),
    ("5.4", 458, "読み仮名の法制化の検討"),
    ("6.3", 485, "病床管理、感染症情報、災害情報等の全国のリアルタイムの情報基盤の整備"),
]


def select(settings: Settings, query: str) -> list[dict[str, str]]:
    from kg.rdf.namespaces import sparql_prologue
    from kg.store.reader import ReadStore

    return ReadStore(settings.data_dir).select(sparql_prologue() + query)


def test_six_themes(built: Settings) -> None:
    rows = select(built, "SELECT ?n ?label WHERE { ?t a pol:Theme ; pol:number ?n ; rdfs:label ?label }")
    assert sorted((r["n"], r["label"]) for r in rows) == THEMES


def test_thirty_four_issues_under_their_themes(built: Settings) -> None:
    rows = select(
        built, "SELECT ?n ?theme WHERE { ?i a pol:Issue ; pol:number ?n ; pol:partOfTheme/pol:number ?theme }"
    )
    assert len(rows) == 34
    counts: dict[str, int] = {}
    for row in rows:
        assert row["n"].split(".")[0] == row["theme"]
        counts[row["theme"]] = counts.get(row["theme"], 0) + 1
    assert counts == ISSUES_PER_THEME


@pytest.mark.parametrize(("number", "line", "label_start"), ISSUES)
def test_issue_label_and_source_line(built: Settings, number: str, line: int, label_start: str) -> None:
    rows = select(
        built,
        f"""SELECT ?label ?line ?exact ?start ?end WHERE {{
            ?i a pol:Issue ; pol:number "{number}" ; rdfs:label ?label .
            ?ann oa:hasBody ?i ; pol:line ?line ; oa:hasTarget ?t .
            ?t oa:hasSource ?doc ; oa:hasSelector ?q, ?p .
            ?q oa:exact ?exact . ?p oa:start ?start ; oa:end ?end .
            ?doc pol:documentId "{SEED_ID}" }}""",
    )
    assert len(rows) == 1
    row = rows[0]
    assert row["label"].startswith(label_start)
    assert int(row["line"]) == line
    text = (CORPUS / "digital-wg-followup-2021-10-22.txt").read_text(encoding="utf-8")
    assert text[int(row["start"]) : int(row["end"])] == row["exact"]
    assert row["exact"] in text.splitlines()[line - 1]
    assert row["exact"].startswith(number)


@needs_gif
def test_documents_with_manifest_metadata(built: Settings) -> None:
    rows = select(
        built,
        """SELECT ?id ?title ?issued ?publisher WHERE { ?d a pol:Document ; pol:documentId ?id ;
           rdfs:label ?title ; dcterms:issued ?issued ; dcterms:publisher/rdfs:label ?publisher }""",
    )
    by_id = {r["id"]: r for r in rows}
    assert set(by_id) == {SEED_ID, GIF_ID}
    assert by_id[SEED_ID]["issued"] == "2021-10-22"
    assert by_id[GIF_ID]["issued"] == "2022-05-09"
    assert {r["publisher"] for r in rows} == {"デジタル庁"}


@needs_gif
def test_the_guidebook_has_its_sections_and_only_the_issues_it_states(built: Settings) -> None:
    # DS-410 states two issues in prose (lines 279 and 450, tests/gold/gif-ds-410-overview/issues.tsv).
    issues = select(
        built,
        f"""SELECT ?line WHERE {{ ?i a pol:Issue ; prov:wasDerivedFrom/pol:documentId "{GIF_ID}" .
            ?a oa:hasBody ?i ; pol:line ?line }}""",
    )
    assert sorted(int(r["line"]) for r in issues) == [279, 450]
    sections = select(
        built,
        f"""SELECT ?label WHERE {{ ?s a pol:Section ; pol:number "6.2.7" ; rdfs:label ?label ;
            prov:wasDerivedFrom/pol:documentId "{GIF_ID}" }}""",
    )
    assert [r["label"] for r in sections] == ["ID（識別子）"]


@needs_gif
def test_one_named_graph_per_document_and_union_default(built: Settings) -> None:
    rows = select(
        built,
        "SELECT ?g ?id WHERE { GRAPH ?g { ?d a pol:Document ; pol:documentId ?id } }",
    )
    assert sorted(r["id"] for r in rows) == sorted([SEED_ID, GIF_ID])
    assert all(r["g"].startswith("https://w3id.org/policykg/id/graph/" + r["id"] + "/") for r in rows)


def test_rebuild_is_a_no_op_and_keeps_iris(tmp_path: Path) -> None:
    settings = settings_for(tmp_path / "data")
    build(settings)
    first = sorted(r["i"] for r in select(settings, "SELECT ?i WHERE { ?i a pol:Issue }"))
    generation = (settings.data_dir / "store" / "current").resolve()
    report = build(settings)
    assert [d.status for d in report.documents] == ["unchanged"] * len(SAMPLE_IDS)
    assert "nothing changed" in report.to_text()
    assert (settings.data_dir / "store" / "current").resolve() == generation, "a no-op build swaps nothing"
    other = settings_for(tmp_path / "other")
    build(other)
    assert sorted(r["i"] for r in select(other, "SELECT ?i WHERE { ?i a pol:Issue }")) == first


@needs_gif
def test_changed_document_rebuilds_only_itself(tmp_path: Path, corpus_copy: Path) -> None:
    settings = settings_for(tmp_path / "data", corpus_copy)
    build(settings)
    seed = corpus_copy / "digital-wg-followup-2021-10-22.txt"
    seed.write_text(seed.read_text(encoding="utf-8").replace("（略）", "（中略）"), encoding="utf-8")
    report = build(settings)
    assert {d.id: d.status for d in report.documents} == {SEED_ID: "built", GIF_ID: "unchanged"}
    issues = select(settings, "SELECT ?i WHERE { ?i a pol:Issue ; pol:number ?n }")
    assert len(issues) == 34  # the seed's numbered issues, once (DS-410's two have no number)
    graphs = select(settings, "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?d a pol:Document } }")
    assert len(graphs) == 2, "the old version's graph is replaced, not kept beside the new one"


@needs_gif
def test_failed_document_keeps_its_previous_graph(tmp_path: Path, corpus_copy: Path) -> None:
    settings = settings_for(tmp_path / "data", corpus_copy)
    build(settings)
    (corpus_copy / "GIF_DS-410_overview.md").write_bytes(b"")
    report = build(settings)
    status = {d.id: (d.status, d.error) for d in report.documents}
    assert status[SEED_ID] == ("unchanged", None)
    assert status[GIF_ID][0] == "failed"
    assert "GIF_DS-410_overview.md" in (status[GIF_ID][1] or "")
    docs = select(settings, "SELECT ?id WHERE { ?d a pol:Document ; pol:documentId ?id }")
    assert sorted(r["id"] for r in docs) == sorted([SEED_ID, GIF_ID])
    saved = json.loads((settings.data_dir / "build-report.json").read_text(encoding="utf-8"))
    assert [d["status"] for d in saved["documents"]] == ["unchanged", "failed"]


@needs_gif
def test_unlisted_document_gets_guessed_metadata(tmp_path: Path, corpus_copy: Path) -> None:
    shutil.copy(CORPUS / "digital-wg-followup-2021-10-22.txt", corpus_copy / "copy-of-report.txt")
    settings = settings_for(tmp_path / "data", corpus_copy)
    report = build(settings)
    assert {d.id for d in report.documents if d.status == "built"} == {SEED_ID, GIF_ID, "copy-of-report"}
    assert any("copy-of-report.txt" in w and "not in manifest.toml" in w for w in report.warnings)
    rows = select(
        settings,
        """SELECT ?title ?issued ?publisher WHERE { ?d pol:documentId "copy-of-report" ; rdfs:label ?title ;
           dcterms:issued ?issued ; dcterms:publisher/rdfs:label ?publisher ; pol:metadataGuessed true }""",
    )
    assert rows == [
        {
            "title": "マイナンバー制度及び国と地方のデジタル 基盤抜本改善ワーキンググループ "
            "報告書フォローアップ",
            "issued": "2021-10-22",
            "publisher": "デジタル庁",
        }
    ]


@needs_gif
def test_documents_removed_from_the_corpus_leave_the_store(tmp_path: Path, corpus_copy: Path) -> None:
    settings = settings_for(tmp_path / "data", corpus_copy)
    build(settings)
    (corpus_copy / "GIF_DS-410_overview.md").unlink()
    manifest = corpus_copy / "manifest.toml"
    text = manifest.read_text(encoding="utf-8")
    manifest.write_text(text[: text.rindex("[[document]]")], encoding="utf-8")
    kept = build(settings)
    assert kept.kept == [GIF_ID] and kept.removed == [], "without prune nothing is removed"
    report = build(settings, prune=True)
    assert [d.id for d in report.documents] == [SEED_ID]
    assert report.removed == [GIF_ID]
    docs = select(settings, "SELECT ?id WHERE { ?d a pol:Document ; pol:documentId ?id }")
    assert [r["id"] for r in docs] == [SEED_ID]


def _pdf_without_text(path: Path) -> None:
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path))
    c.rect(100, 100, 200, 200, fill=1)  # a drawing, no text: what a scan looks like to a reader
    c.save()


BAD_INPUTS = [
    ("empty.txt", lambda p: p.write_bytes(b""), "empty"),
    ("binary.txt", lambda p: p.write_bytes(b"\x00\x01\x02PNG\x00" * 50), "binary"),
    ("garbled.txt", lambda p: p.write_bytes(bytes(range(0x80, 0x100)) * 40), "decode"),
    ("scan.pdf", _pdf_without_text, "text layer"),
    ("huge.txt", lambda p: p.write_bytes(b"a" * 2048), "limit"),
]


@needs_gif
@pytest.mark.parametrize(("name", "make", "reason"), BAD_INPUTS, ids=[b[0] for b in BAD_INPUTS])
def test_bad_input_fails_alone_and_loses_nothing(
    tmp_path: Path, corpus_copy: Path, name: str, make: Callable[[Path], None], reason: str
) -> None:
    settings = settings_for(tmp_path / "data", corpus_copy).replace(max_document_bytes=1024 * 1024)
    build(settings)
    issues_before = select(settings, "SELECT ?i WHERE { ?i a pol:Issue }")
    make(corpus_copy / name)
    if name == "huge.txt":
        settings = settings.replace(max_document_bytes=1024)
    report = build(settings)
    status = {d.file.rsplit("/", 1)[-1]: (d.status, d.error) for d in report.documents}
    assert status[name][0] == "failed"
    error = status[name][1] or ""
    assert name in error, "the error names the file"
    assert reason in error.lower(), f"the error says why: {error}"
    # the documents already built are still there, unchanged
    assert status["digital-wg-followup-2021-10-22.txt"][0] == "unchanged"
    assert status["GIF_DS-410_overview.md"][0] == "unchanged"
    assert select(settings, "SELECT ?i WHERE { ?i a pol:Issue }") == issues_before
    saved = json.loads((settings.data_dir / "build-report.json").read_text(encoding="utf-8"))
    assert any(d["status"] == "failed" and name in (d["error"] or "") for d in saved["documents"])


def test_unreadable_path_in_manifest_is_reported(tmp_path: Path, corpus_copy: Path) -> None:
    (corpus_copy / "folder.txt").mkdir()
    manifest = corpus_copy / "manifest.toml"
    manifest.write_text(
        manifest.read_text(encoding="utf-8") + '\n[[document]]\nid = "folder"\nfile = "folder.txt"\n',
        encoding="utf-8",
    )
    report = build(settings_for(tmp_path / "data", corpus_copy))
    status = {d.id: (d.status, d.error) for d in report.documents}
    assert status["folder"][0] == "failed"
    assert "folder.txt" in (status["folder"][1] or "")
    assert status[SEED_ID][0] == "built"


def test_unpacked_size_limit_is_a_setting(tmp_path: Path, corpus_copy: Path) -> None:
    import docx

    document = docx.Document()
    document.add_heading("1. テスト", level=1)
    document.add_paragraph("本文" * 2000)
    document.save(str(corpus_copy / "small.docx"))
    settings = settings_for(tmp_path / "data", corpus_copy).replace(max_unpacked_bytes=1000)
    report = build(settings)
    status = {d.file.rsplit("/", 1)[-1]: (d.status, d.error) for d in report.documents}
    assert status["small.docx"][0] == "failed"
    assert "the limit is 1,000" in (status["small.docx"][1] or "")
    assert status["digital-wg-followup-2021-10-22.txt"][0] == "built"
