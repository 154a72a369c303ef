"""Goals, themes, issues and measures of the development guidebooks against annotations written by reading.

The documents are read from SHARED/corpus-dev (skipped where absent).  The
Markdown files are scored (the annotations give lines of those files); the Word
originals of DS-462 and DS-468-1 must give the same items with the same labels
and theme links.
"""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from kg.extract.evaluate import DocumentScores, evaluate, norm, totals
from kg.extract.extraction import Extraction, extract
from kg.read import read_document
from tests.conftest import CORPUS_DEV, ROOT, shared_file

GOLD = ROOT / "tests" / "gold"
MARKDOWN = [
    "GIF_DS-461_guidebook_character.md",
    "GIF_DS-462_guidebook_masterdata.md",
    "GIF_DS-466-1_guidebook_human_resource.md",
    "GIF_DS-468-1_guidebook_dataquality.md",
    "GIF_DS-469_guidebook_metadata.md",
]
PAIRS = ["GIF_DS-462_guidebook_masterdata", "GIF_DS-468-1_guidebook_dataquality"]
STRUCTURE = ("Goal", "Theme", "Issue", "Measure")


@pytest.fixture(scope="module")
def dev_corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("corpus-dev")
    for name in MARKDOWN:
        shutil.copy2(shared_file(CORPUS_DEV / name), folder / name)
    return folder


@pytest.fixture(scope="module")
def scores(dev_corpus: Path) -> list[DocumentScores]:
    return evaluate(GOLD, dev_corpus)


@pytest.mark.parametrize(("name", "minimum"), [("themes", 0.85), ("goals", 0.85), ("issues", 0.85)])
def test_f1_per_type_over_the_dev_guidebooks(scores: list[DocumentScores], name: str, minimum: float) -> None:
    score = totals(scores)[name]
    misses = [m for r in scores for m in r.misses.get(name, [])]
    assert score.gold > 0
    assert score.f1 >= minimum, f"{name}: F1 {score.f1:.2f}: {misses}"


def test_item_theme_recall(scores: list[DocumentScores]) -> None:
    score = totals(scores)["item→theme"]
    assert score.gold > 0
    assert score.recall >= 0.85, [m for r in scores for m in r.misses.get("item→theme", [])]


def test_no_navigation_procedure_or_contents_line_becomes_an_item(scores: list[DocumentScores]) -> None:
    for result in scores:
        assert result.scores["not items"].gold > 0
        assert result.misses["not items"] == [], result.doc_id


def test_the_eval_command_scores_each_document_and_all_together(dev_corpus: Path) -> None:
    run = subprocess.run(
        [sys.executable, "-m", "policykg", "eval", "--corpus", str(dev_corpus)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
        env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"},
    )
    lines = run.stdout.splitlines()
    for doc_id in ("gif_ds-462_guidebook_masterdata", "gif_ds-468-1_guidebook_dataquality"):
        assert doc_id in lines
    assert "all 5 documents" in lines
    assert any(line.split()[:1] == ["item→theme"] for line in lines)


def _structure(ex: Extraction) -> list[tuple[str, str, str]]:
    themes = {t.key: norm(t.label) for t in ex.of("Theme")}
    return [(i.cls, norm(i.label), themes.get(i.theme or "", "")) for i in ex.items if i.cls in STRUCTURE]


@pytest.mark.parametrize("stem", PAIRS)
def test_word_and_markdown_give_the_same_items(stem: str) -> None:
    found = {}
    for suffix in (".md", ".docx"):
        doc = read_document(shared_file(CORPUS_DEV / f"{stem}{suffix}"))
        ex = extract(doc, dt.date(2022, 3, 31), use_parser=False)
        found[suffix] = ex
        for item in ex.items:
            if item.cls in STRUCTURE:
                # Exact provenance in both formats: the label stands at the item's span and line.
                assert norm(item.label) in norm(doc.text[item.start : item.end])
                assert doc.line_of(item.start) == item.line
    assert _structure(found[".md"]), stem
    assert _structure(found[".docx"]) == _structure(found[".md"])
