"""The document view: line anchors, highlights at the annotated places, fallbacks."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from bs4 import BeautifulSoup, Tag
from flask.testing import FlaskClient

from kg.settings import Settings
from kg.store.reader import ReadStore
from tests.conftest import CORPUS, GIF_ID, SEED, SEED_ID, needs_gif
from web import create_app

ID = "https://w3id.org/policykg/id/"
SEED_PAGE = f"/documents/{SEED_ID}"


@pytest.fixture(scope="module")
def seed_soup(client: FlaskClient) -> BeautifulSoup:
    response = client.get(SEED_PAGE)
    assert response.status_code == 200
    return BeautifulSoup(response.get_data(as_text=True), "html.parser")


def line(soup: BeautifulSoup, number: int) -> Tag:
    found = soup.select_one(f"#L{number}")
    assert isinstance(found, Tag), f"no line {number}"
    return found


@needs_gif
def test_document_list_links_both_documents(client: FlaskClient) -> None:
    soup = BeautifulSoup(client.get("/documents").get_data(as_text=True), "html.parser")
    hrefs = [a["href"] for a in soup.select("a.doc-title")]
    assert hrefs == sorted(hrefs, key=lambda h: h != SEED_PAGE)  # the 2021 report before the 2022 guide
    assert set(hrefs) == {SEED_PAGE, f"/documents/{GIF_ID}"}


def test_every_line_has_an_anchor(seed_soup: BeautifulSoup) -> None:
    source_lines = SEED.read_text(encoding="utf-8").splitlines()
    anchors = seed_soup.select(".source .line")
    assert [a["id"] for a in anchors] == [f"L{n}" for n in range(1, len(source_lines) + 1)]
    assert line(seed_soup, 25).select_one("a.ln")["href"] == "#L25"
    # the text of each line is the file's line, character for character
    for number in (1, 25, 317, len(source_lines)):
        assert line(seed_soup, number).select_one(".text").get_text() == source_lines[number - 1]


def test_law_on_line_25_is_highlighted_and_linked(seed_soup: BeautifulSoup) -> None:
    laws = line(seed_soup, 25).select("a.hl.Law")
    found = [a for a in laws if a.get_text() == "デジタル社会形成整備法"]
    assert found, [a.get_text() for a in laws]
    assert found[0]["href"] == "/id/law/digital-society-improvement-act"
    # J-LIS on the same line is an agency
    agencies = [a for a in line(seed_soup, 25).select("a.hl.Agency") if a.get_text() == "J-LIS"]
    assert agencies and agencies[0]["href"] == "/id/agency/j-lis"


def test_markup_in_the_text_is_shown_not_obeyed(client: FlaskClient, seed_soup: BeautifulSoup) -> None:
    # line 25 of the report carries an HTML fragment left over from the PDF conversion
    assert '<ul style="list-style-type: none">' in line(seed_soup, 25).get_text()
    assert not line(seed_soup, 25).find("ul")
    assert '<ul style="list-style-type' not in client.get(SEED_PAGE).get_data(as_text=True)


def test_issue_heading_on_line_317_links_to_the_issue(seed_soup: BeautifulSoup) -> None:
    hrefs = {a["href"] for a in line(seed_soup, 317).select("a.hl, a.hl-part")}
    assert "/id/doc/digital-wg-followup-2021-10-22/issue/1.3" in hrefs
    assert line(seed_soup, 317).select(".hl.Issue")


def _mentions(settings: Settings, cls: str) -> list[dict[str, str]]:
    return ReadStore(settings.data_dir).select(
        "PREFIX oa: <http://www.w3.org/ns/oa#> PREFIX pol: <https://w3id.org/policykg/ns#> "
        "SELECT ?body ?line ?exact WHERE { ?ann oa:hasBody ?body ; pol:line ?line ; oa:hasTarget ?t . "
        f"?t oa:hasSource <{ID}doc/{SEED_ID}> ; oa:hasSelector/oa:exact ?exact . ?body a pol:{cls} }}"
    )


@pytest.mark.parametrize("cls", ["Law", "Agency", "DateExpression"])
def test_every_mention_is_highlighted_on_its_line(
    built: Settings, seed_soup: BeautifulSoup, cls: str
) -> None:
    mentions = _mentions(built, cls)
    assert mentions
    for m in mentions:
        href = "/id/" + m["body"].removeprefix(ID)
        # a link, or (where two entities share the very same words) a span around the other's link
        marks = line(seed_soup, int(m["line"])).select(f".hl.{cls}")
        assert any(el["data-entity"] == href and el.get_text() == m["exact"] for el in marks), m


def test_legend_names_the_classes_in_words(seed_soup: BeautifulSoup) -> None:
    legend = [li.get_text(" ", strip=True) for li in seed_soup.select(".legend li")]
    assert any(item.startswith("法令") for item in legend)
    assert any(item.startswith("機関") for item in legend)
    assert {span["class"][1] for span in seed_soup.select(".legend .hl")} >= {"Law", "Agency", "Measure"}


@needs_gif
def test_markdown_document_is_shown_with_highlights(client: FlaskClient) -> None:
    response = client.get(f"/documents/{GIF_ID}")
    assert response.status_code == 200
    soup = BeautifulSoup(response.get_data(as_text=True), "html.parser")
    assert soup.select_one("#L1") is not None
    assert soup.select("a.hl")


@pytest.mark.parametrize("doc", ["nope", "..", "..%2F..%2Fetc%2Fpasswd", "a'b", "x%00", "a" * 300])
def test_unknown_document_is_404(client: FlaskClient, doc: str) -> None:
    response = client.get(f"/documents/{doc}", headers={"Accept": "application/json"})
    assert response.status_code == 404
    body = response.get_json()
    assert body["ok"] is False and body["status"] == 404


def test_missing_file_falls_back_to_the_quoted_lines(built: Settings, tmp_path: Path) -> None:
    empty = tmp_path / "corpus"
    empty.mkdir()
    client = create_app(built.replace(corpus_dir=empty)).test_client()
    response = client.get(SEED_PAGE)
    assert response.status_code == 200
    soup = BeautifulSoup(response.get_data(as_text=True), "html.parser")
    assert "digital-wg-followup-2021-10-22.txt" in soup.select_one(".notice").get_text()
    laws = [a for a in line(soup, 25).select("a.hl.Law") if a.get_text() == "デジタル社会形成整備法"]
    assert laws and laws[0]["href"] == "/id/law/digital-society-improvement-act"


def test_changed_file_still_highlights_the_right_words(built: Settings, tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    shutil.copytree(CORPUS, corpus)
    seed = corpus / SEED.name
    seed.write_text("追記された一行\n" + seed.read_text(encoding="utf-8"), encoding="utf-8")
    client = create_app(built.replace(corpus_dir=corpus)).test_client()
    soup = BeautifulSoup(client.get(SEED_PAGE).get_data(as_text=True), "html.parser")
    assert "変更" in soup.select_one(".notice").get_text()
    # every line moved down by one; the mention is found again on its new line
    laws = [a for a in line(soup, 26).select("a.hl.Law") if a.get_text() == "デジタル社会形成整備法"]
    assert laws


def test_a_pdf_source_is_read_within_the_unpacked_limit(tmp_path: Path) -> None:
    from kg.build import build
    from tests.conftest import settings_for
    from tests.pdf_streams import japanese_pdf, pdfminer_decoded, recompress

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    pdf = recompress(japanese_pdf(), [b"/LZWDecode"])
    (corpus / "report.pdf").write_bytes(pdf)
    settings = settings_for(tmp_path / "data", corpus)
    report = build(settings)
    assert not report.failed, report.to_text()
    page = f"/documents/{report.documents[0].id}"
    size = pdfminer_decoded(pdf)
    within = create_app(settings.replace(max_unpacked_bytes=size)).test_client().get(page)
    soup = BeautifulSoup(within.get_data(as_text=True), "html.parser")
    assert soup.select_one(".notice") is None
    assert "これまでの主な取組状況について" in soup.select_one(".source").get_text()
    past = create_app(settings.replace(max_unpacked_bytes=size - 1)).test_client().get(page)
    notice = BeautifulSoup(past.get_data(as_text=True), "html.parser").select_one(".notice")
    assert notice is not None and "decompression bomb" in notice.get_text()


def test_an_html_source_is_shown_and_anchored_by_the_lines_of_its_file(tmp_path: Path) -> None:
    """pol:line of a mention in an HTML file is the line of the file; the page anchors it there."""
    from kg.build import build
    from kg.rdf.namespaces import sparql_prologue
    from tests.conftest import settings_for
    from tests.kg.read.test_reader_docx_html import SOURCE_LINES_HTML

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "plan.html").write_text(SOURCE_LINES_HTML, encoding="utf-8")
    (corpus / "onelined.html").write_text(
        "<html><body><h1>計画</h1><p>防災行政無線の更新を進める。</p><p>避難所の環境を改善する。</p></body></html>",
        encoding="utf-8",
    )
    settings = settings_for(tmp_path / "data", corpus)
    report = build(settings)
    assert not report.failed, report.to_text()
    rows = ReadStore(settings.data_dir).select(
        sparql_prologue() + 'SELECT DISTINCT ?line WHERE { ?a rdfs:label "総務省"@ja . '
        "?ann oa:hasBody ?a ; pol:line ?line }"
    )
    assert [int(r["line"]) for r in rows] == [7]  # the seventh line of the file, the text's second
    client = create_app(settings).test_client()
    page = client.get("/documents/plan").get_data(as_text=True)
    soup = BeautifulSoup(page, "html.parser")
    # The paragraph of lines 6-7 is one line of the text, shown under 6 and anchored at 6 and 7.
    paragraph = line(soup, 6)
    assert paragraph.select_one("a.ln").get_text() == "6" and line(soup, 7).find_parent("div") is paragraph
    agencies = {a.get_text() for a in paragraph.select("a.hl.Agency")}
    assert {"デジタル庁", "総務省", "地方公共団体情報システム機構"} <= agencies
    assert "推進体制" in line(soup, 4).get_text() and "経済産業省" in line(soup, 14).get_text()
    assert line(soup, 15).find_parent("div") is line(soup, 14)  # a row whose cells stand on two lines
    assert soup.select_one("#L5") is None  # <p> opens line 5; its text starts on 6
    # Search names the same lines; a page written on one line keeps every paragraph.
    hits = client.get("/search.json?q=連携").get_json()["hits"]
    assert [(h["document"], h["line"]) for h in hits if "連携" in h["snippet"]] == [("plan", 6)]
    for word in ("防災行政無線", "避難所"):
        found = client.get(f"/search.json?q={word}").get_json()["hits"]
        assert [(h["document"], h["line"]) for h in found] == [("onelined", 1)], word
