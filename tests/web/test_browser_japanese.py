"""Japanese pages name classes in Japanese: 取組状況, 課題, 取組状況表の行 … first, English only after it.

Visits the home page, a search, one entity page of every class the sample corpus has, a
document and the graph explorer in headless Chromium, and reads every place a class is named
(badges, type headings, legends, facets, highlight titles, the explorer's selection): none may
show an English class name where the ontology gives a Japanese one, except inside the
``lang="en"`` glosses that follow the Japanese.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pytest

from kg.rdf.namespaces import ID, sparql_prologue
from kg.rdf.ontology import class_labels
from kg.settings import Settings
from kg.store.reader import ReadStore
from tests.conftest import SEED_ID

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parents[2]
ASSET = ROOT / "web" / "static" / "vendor" / "cytoscape.min.js"
BUNDLE = "https://w3id.org/policykg/id/law/digital-reform-acts"

JA = class_labels("ja")
# Each class by its local name and by its English label ("ProgressUpdate", "Progress update").
ENGLISH = sorted({*JA, *(class_labels("en")[name] for name in JA)}, key=len, reverse=True)
ENGLISH_RE = re.compile(r"(?<![A-Za-z])(?:" + "|".join(map(re.escape, ENGLISH)) + r")(?![A-Za-z])")

# Every element that names a class; [lang=en] glosses inside them are taken out before reading.
LABEL_SELECTORS = ", ".join(
    [
        ".badge",
        ".types .type",
        ".legend li",
        ".facet h2",
        ".facet[data-facet=type] a",
        "#selection-class",
    ]
)
READ_LABELS = """(selector) => Array.from(document.querySelectorAll(selector)).map(el => {
  const copy = el.cloneNode(true);
  copy.querySelectorAll('[lang="en"]').forEach(e => e.remove());
  return copy.textContent.replace(/\\s+/g, " ").trim();
})"""
# A highlight's tooltip is "its classes: its label"; the classes part must be Japanese.
READ_HIGHLIGHT_TITLES = """() => Array.from(document.querySelectorAll(".hl[title]"))
  .map(el => el.getAttribute("title").split(": ")[0])"""


@pytest.fixture(scope="module")
def one_of_each_class(built: Settings) -> dict[str, str]:
    """An entity of every labelled class the sample corpus has, by class local name."""
    rows = ReadStore(built.data_dir).select(
        sparql_prologue() + "SELECT ?t (MIN(STR(?s)) AS ?e) WHERE { ?s a ?t "
        f'FILTER(STRSTARTS(STR(?s), "{ID}") && !CONTAINS(STR(?s), "#")) }} GROUP BY ?t'
    )
    found: dict[str, str] = {}
    for row in rows:
        local = re.split(r"[#/]", row["t"])[-1]
        if local in JA:
            found[local] = row["e"]
    return found


def english_labels(page: Any) -> list[str]:
    """Every class label on the page that names a class in English outside a gloss."""
    texts = [*page.evaluate(READ_LABELS, LABEL_SELECTORS), *page.evaluate(READ_HIGHLIGHT_TITLES)]
    assert texts, f"no class label found on {page.url}"
    return [t for t in texts if ENGLISH_RE.search(t)]


def test_the_sample_corpus_has_the_classes_the_reports_are_made_of(one_of_each_class: dict[str, str]) -> None:
    # The seed report has every kind of item and table (README: the entity counts of a build).
    expected = {"Document", "Section", "Theme", "Issue", "Measure", "ProgressUpdate", "Goal", "Target"}
    expected |= {"Law", "LawBundle", "Agency", "DateExpression", "StatusTable", "StatusRow"}
    assert expected <= set(one_of_each_class)


def test_home_and_search_name_classes_in_japanese(page: Any, live_url: str) -> None:
    page.goto(f"{live_url}/search?q={quote('マイナンバー')}")
    badges = page.evaluate(READ_LABELS, ".hit-head .badge")
    assert JA["Measure"] in badges and JA["ProgressUpdate"] in badges
    assert english_labels(page) == []
    page.goto(f"{live_url}/search?type=Section")
    assert set(page.evaluate(READ_LABELS, ".hit-head .badge")) == {JA["Section"]}
    page.goto(f"{live_url}/")
    texts = page.evaluate(READ_LABELS, "h1, h2, h3")
    assert not [t for t in texts if ENGLISH_RE.search(t)], texts


def test_every_entity_page_names_classes_in_japanese(
    page: Any, live_url: str, one_of_each_class: dict[str, str]
) -> None:
    problems: dict[str, list[str]] = {}
    for local, iri in sorted(one_of_each_class.items()):
        page.goto(live_url + "/id/" + quote(iri[len(str(ID)) :], safe="/%"))
        types = page.evaluate(READ_LABELS, ".types .type")
        assert JA[local] in types, (local, types)
        found = english_labels(page)
        if found:
            problems[local] = found
    assert problems == {}


def test_an_update_links_its_row_and_issue_in_japanese(page: Any, live_url: str, built: Settings) -> None:
    # The update of the first status-table row (line 25) reports on issue 1.3 and was read from
    # that row; its links read 「Issue 1.3」 and 「StatusRow」 before.
    rows = ReadStore(built.data_dir).select(
        sparql_prologue() + "SELECT ?u WHERE { ?u a pol:ProgressUpdate ; pol:statusRow ?row ; "
        'pol:addressesIssue/pol:number "1.3" } ORDER BY ?u LIMIT 1'
    )
    assert rows, "no progress update of issue 1.3 read from a status row"
    page.goto(live_url + "/id/" + rows[0]["u"][len(str(ID)) :])
    badges = set(page.evaluate(READ_LABELS, ".links .badge"))
    assert {JA["StatusRow"], JA["Issue"]} <= badges, badges
    assert not [b for b in badges if ENGLISH_RE.search(b)], badges
    assert page.locator(".links dd", has_text="1.3").first.inner_text().startswith(JA["Issue"])


def test_the_document_view_names_classes_in_japanese(page: Any, live_url: str) -> None:
    page.goto(f"{live_url}/documents/{SEED_ID}")
    legend = page.evaluate(READ_LABELS, ".legend li")
    assert any(text.startswith(JA["ProgressUpdate"]) for text in legend), legend
    titles = page.evaluate(READ_HIGHLIGHT_TITLES)
    # the laws named and the status-table rows (lines 23 on) are highlighted under their names
    assert JA["Law"] in " ".join(titles) and JA["StatusRow"] in titles
    assert english_labels(page) == []


def test_the_graph_explorer_names_classes_in_japanese(page: Any, live_url: str) -> None:
    from playwright.sync_api import expect

    if not ASSET.is_file():
        pytest.skip("cytoscape.js is not installed (scripts/install-web-assets.sh); the explorer needs it")
    page.goto(f"{live_url}/graph?focus={quote(BUNDLE)}")
    status = page.locator("#graph-status")
    expect(status).not_to_have_attribute("data-nodes", "0")
    expect(status).not_to_have_attribute("aria-busy", "true")
    point = page.evaluate(
        """() => {
          const cy = window.policykgExplorer.cy;
          const node = cy.nodes('[class = "ProgressUpdate"]').first();
          const box = cy.container().getBoundingClientRect();
          const at = node.renderedPosition();
          return {x: box.left + at.x, y: box.top + at.y};
        }"""
    )
    page.mouse.click(point["x"], point["y"])
    expect(page.locator("#selection-class")).to_have_text(JA["ProgressUpdate"])
    assert english_labels(page) == []
