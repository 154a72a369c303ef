"""Measures laid out as headings over their sentences, table rows with a 内容 cell and entries with a
law label line after them depend on the laws so stated, as Markdown, as Word and as HTML.

The documents and their links (tests/kg/extract/depends_layouts.py) were written, each link read off
the text, before the extractor was run on them.  Before these layouts were read, 9 of their 19 links
were found and 5 wrong ones besides (a 「① …」 line's sentences, a 内容 or 取組内容 cell, a 「※…法」 note
were no measure's; a closing 「（…法第N条に基づく）」 stayed in its entry's name; a sentence quoting a
law's purpose under a measure's heading gave the measure that law); now all 19 and no other, and the
Word versions of the Markdown plans give the same.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from rdflib import Graph

from kg.build import extract_graph
from kg.extract.evaluate import norm
from kg.extract.extraction import Extraction, extract
from kg.extract.laws import find_laws
from kg.rdf.namespaces import POL, RDF, RDFS
from kg.rdf.triples import DocumentMeta
from kg.read import read_document, read_string
from tests.kg.extract import depends_layouts as docs
from tests.kg.extract.shapes_cases import Case
from tests.kg.extract.test_depends import found_links
from tests.kg.extract.test_shapes import _word

DATE = dt.date(2025, 4, 1)
Link = tuple[str, str, str]


def _key(surface: str) -> str:
    found = find_laws(surface)
    assert len(found) == 1 and found[0].text == surface, f"{surface!r} is not read as one law"
    return found[0].key


def _wanted(links: list[tuple[str, str, str]] | tuple[tuple[str, str, str], ...]) -> set[Link]:
    return {(cls, norm(label), _key(law)) for cls, label, law in links}


def _markdown(text: str) -> Extraction:
    return extract(read_string(text, suffix=".md"), DATE, use_parser=False)


@pytest.mark.parametrize(("text", "links"), docs.DEPENDS, ids=[t.split("\n", 1)[0] for t, _ in docs.DEPENDS])
def test_each_measure_and_issue_depends_on_the_laws_its_layout_gives_it(
    text: str, links: list[tuple[str, str, str]]
) -> None:
    assert found_links(_markdown(text)) == _wanted(links)


@pytest.mark.parametrize(("text", "links"), docs.DEPENDS, ids=[t.split("\n", 1)[0] for t, _ in docs.DEPENDS])
def test_their_word_versions_give_the_same_links(
    text: str, links: list[tuple[str, str, str]], tmp_path: Path
) -> None:
    path = _word(Case("word", text, ()), tmp_path / "plan.docx")
    assert found_links(extract(read_document(path), DATE, use_parser=False)) == _wanted(links)


def test_a_chapters_lead_and_a_quoted_purpose_give_no_measure_a_law() -> None:
    ex = _markdown(docs.HEADINGS_OVER_SENTENCES)
    laws = {i.label: [m.text for m in i.laws] for i in ex.of("Measure")}
    # 「…法の改正を踏まえ、本章では…」 stands under the chapter's heading, before any measure: no one's;
    # 「…法は、…を目的としている。」 under 「(2) 食品ロスの削減」 says what the law is for, not what is done
    assert laws == {
        "再生可能エネルギーの導入促進": ["地球温暖化対策の推進に関する法律"],
        "省エネルギー住宅の普及": [],
        "プラスチックごみの削減": ["プラスチックに係る資源循環の促進等に関する法律"],
        "食品ロスの削減": [],
    }
    lead = min((m for m in ex.laws if m.text == "地球温暖化対策の推進に関する法律"), key=lambda m: m.start)
    assert lead.relation == "amends"  # 「…法の改正を踏まえ」
    assert all(lead.start not in {m.start for m in i.laws} for i in ex.items)


def test_a_closing_note_of_the_law_an_entry_is_done_under_is_no_part_of_its_name() -> None:
    ex = _markdown(docs.ISSUE_OVER_MEASURES)
    assert [i.label for i in ex.of("Measure")] == [
        "特定空家等の所有者に対する助言及び指導",
        "空き家の所有者への適正管理の啓発",
        "空き家バンクの運営",
        "空き家の改修費の補助",
    ]


def test_a_content_column_of_sentences_explains_its_rows_measure_and_one_of_entries_lists_its_actions() -> (
    None
):
    head = "| 施策 | 取組内容 |\n|---|---|\n"
    sentences = head + "| 空き家バンクの運営 | 空家等対策の推進に関する特別措置法に基づき登録する。 |\n"
    entries = head + "| 空き家バンクの運営 | ・物件の登録<br>・内覧会の開催 |\n"
    assert [(i.label, [m.text for m in i.laws]) for i in _markdown(sentences).of("Measure")] == [
        ("空き家バンクの運営", ["空家等対策の推進に関する特別措置法"])
    ]
    assert [i.label for i in _markdown(entries).of("Measure")] == [
        "空き家バンクの運営",
        "物件の登録",
        "内覧会の開催",
    ]


def _graph_links(path: Path) -> set[Link]:
    meta = DocumentMeta("plan", "plan", None, DATE, None, None, path.name, "sha256:0")
    g: Graph = extract_graph(meta, read_document(path))
    found = set()
    for item, law in g.subject_objects(POL.dependsOnLaw):
        cls = g.value(item, RDF.type)
        if cls in (POL.Measure, POL.Issue):
            found.add(
                (
                    str(cls).rsplit("#", 1)[-1],
                    norm(str(g.value(item, RDFS.label))),
                    str(law).rsplit("/", 1)[-1],
                )
            )
    return found


def test_the_html_plans_rows_depend_on_their_content_cells_laws_in_the_built_graph(tmp_path: Path) -> None:
    path = tmp_path / "plan.html"
    path.write_text(docs.HTML_CONTENT_TABLE, encoding="utf-8")
    assert _graph_links(path) == _wanted(docs.HTML_CONTENT_TABLE_LINKS)


def test_the_word_plans_measure_headings_depend_on_their_sentences_laws_in_the_built_graph(
    tmp_path: Path,
) -> None:
    path = _word(Case("word", docs.WORD_MEASURE_HEADINGS, ()), tmp_path / "plan.docx")
    assert _graph_links(path) == _wanted(docs.WORD_MEASURE_HEADINGS_LINKS)
