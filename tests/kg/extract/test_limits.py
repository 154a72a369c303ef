"""The caps on what one document yields: exact where they bite, silent on real reports."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from rdflib import Literal, URIRef

from kg.build import extract_triples, read_document
from kg.extract.extraction import extract
from kg.extract.limits import Cuts, ExtractionLimits
from kg.rdf.triples import DocumentMeta, Triples
from kg.settings import Settings

SHARED = Path("/work/shared")
LINE = "デジタル庁は令和3年9月にデジタル社会形成基本法を施行した。"
REPORT_DATE = dt.date(2021, 10, 22)


def _meta(name: str) -> DocumentMeta:
    return DocumentMeta("doc", "文書", None, REPORT_DATE, None, None, name, "sha256:0")


def _doc(tmp_path: Path, text: str) -> object:
    path = tmp_path / "doc.md"
    path.write_text(text, encoding="utf-8")
    return read_document(path, 20_000_000)


def test_the_defaults_are_the_settings_defaults() -> None:
    assert ExtractionLimits() == ExtractionLimits.of(Settings())


def test_a_block_keeps_its_first_mentions_and_dates_up_to_the_cap(tmp_path: Path) -> None:
    # One paragraph: each line names デジタル庁 and デジタル社会形成基本法 and holds 令和3年9月.
    doc = _doc(tmp_path, LINE * 10 + "\n")
    limits = ExtractionLimits(block_mentions=5, block_dates=3)
    found = extract(doc, REPORT_DATE, use_parser=False, limits=limits)  # type: ignore[arg-type]
    assert len(found.laws) + len(found.agencies) == 5
    # In text order: agency, law, agency, law, agency.
    assert min(m.start for m in [*found.laws, *found.agencies]) == 0
    assert len(found.agencies) == 3 and len(found.laws) == 2
    assert [d.text for d in found.dates] == ["令和3年9月"] * 3
    assert found.cuts.entries[("law and agency mentions", "the block at line 1", 5)] == 15
    assert found.cuts.entries[("dates", "the block at line 1", 3)] == 7


def test_the_document_caps_count_over_all_blocks(tmp_path: Path) -> None:
    doc = _doc(tmp_path, "\n\n".join([LINE] * 10) + "\n")  # ten paragraphs of one line
    limits = ExtractionLimits(document_mentions=7, document_dates=4)
    found = extract(doc, REPORT_DATE, use_parser=False, limits=limits)  # type: ignore[arg-type]
    assert len(found.laws) + len(found.agencies) == 7
    assert len(found.dates) == 4
    # The fourth paragraph brings the mentions to eight: one is cut there; six paragraphs follow.
    assert found.cuts.entries == {("law and agency mentions", "the document", 7): 1}
    assert found.cuts.unread == {("law and agency mentions", 7): 6, ("dates", 4): 6}


def test_the_triple_cap_keeps_the_first_triples_and_counts_the_rest() -> None:
    sink = Triples(limit=2)
    s, p = URIRef("https://example.org/s"), URIRef("https://example.org/p")
    for n in range(5):
        sink.add((s, p, Literal(n)))
    sink.add((s, p, Literal(0)))  # already kept: not a cut
    assert [t[2] for t in sink] == [Literal(0), Literal(1)]
    assert sink.cut == 3


def test_cuts_in_words() -> None:
    cuts = Cuts()
    cuts.add("dates", 3, "the document", 10)
    cuts.add("triples", 0, "the document", 10)  # nothing left out: not a cut
    assert cuts.describe() == "3 dates beyond 10 in the document"


def _real_documents() -> list[Path]:
    found = [
        p
        for folder in (SHARED / "seeds", SHARED / "corpus-dev")
        if folder.is_dir()
        for p in sorted(folder.iterdir())
        if p.suffix in {".md", ".txt", ".docx"} and not p.name.startswith(("README", "LICENSE"))
    ]
    return found


@pytest.mark.parametrize("path", _real_documents() or [None], ids=lambda p: p.name if p else "none")
def test_real_reports_are_not_cut(path: Path | None) -> None:
    if path is None:
        pytest.skip(f"{SHARED} holds no seed or development documents here")
    doc = read_document(path, 20_000_000)
    cuts = Cuts()
    capped = extract_triples(_meta(path.name), doc, ExtractionLimits(), cuts)
    assert not cuts, cuts.describe()
    unbounded = ExtractionLimits(*(10**9,) * 6)
    assert set(capped) == set(extract_triples(_meta(path.name), doc, unbounded))
