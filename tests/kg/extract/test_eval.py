"""Extraction quality against the annotated expectations in tests/gold/ (written by reading)."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.extract.evaluate import DocumentScores, Score, evaluate, norm
from tests.conftest import CORPUS, CORPUS_DEV, GIF_ID, PROJECT_CORPUS, ROOT, SEED_ID, SEEDS, needs_gif

GOLD = Path(__file__).resolve().parents[2] / "gold"


@pytest.fixture(scope="module")
def scores() -> dict[str, DocumentScores]:
    return {r.doc_id: r for r in evaluate(GOLD, CORPUS)}


@pytest.mark.parametrize(
    ("doc_id", "name", "minimum"),
    [
        (SEED_ID, "laws", 0.95),
        (SEED_ID, "agencies", 0.95),
        (SEED_ID, "dates", 0.95),
        (SEED_ID, "goals", 0.95),
        (SEED_ID, "issues", 0.95),
        (SEED_ID, "measures", 0.95),
        (SEED_ID, "progress", 0.95),
        (SEED_ID, "dependsOnLaw", 0.90),
        (SEED_ID, "progress→issue", 0.95),
        pytest.param(GIF_ID, "laws", 0.85, marks=needs_gif),
        pytest.param(GIF_ID, "agencies", 0.85, marks=needs_gif),
        pytest.param(GIF_ID, "dates", 0.85, marks=needs_gif),
        pytest.param(GIF_ID, "goals", 0.85, marks=needs_gif),
    ],
)
def test_f1_per_type(scores: dict[str, DocumentScores], doc_id: str, name: str, minimum: float) -> None:
    score = scores[doc_id].scores[name]
    assert score.gold > 0, f"{name}: no expectations for {doc_id}"
    assert score.f1 >= minimum, (
        f"{doc_id} {name}: F1 {score.f1:.2f} < {minimum}: {scores[doc_id].misses[name]}"
    )


@pytest.mark.parametrize("doc_id", [SEED_ID, pytest.param(GIF_ID, marks=needs_gif)])
def test_date_values(scores: dict[str, DocumentScores], doc_id: str) -> None:
    values = scores[doc_id].date_values
    assert values.found > 0
    assert values.correct / values.found >= 0.95


@pytest.mark.parametrize(
    ("gold", "found", "correct", "p", "r"),
    [(4, 4, 4, 1.0, 1.0), (4, 2, 2, 1.0, 0.5), (2, 4, 2, 0.5, 1.0), (0, 0, 0, 1.0, 1.0), (3, 0, 0, 0.0, 0.0)],
)
def test_score_arithmetic(gold: int, found: int, correct: int, p: float, r: float) -> None:
    score = Score("x", gold, found, correct)
    assert (score.precision, score.recall) == (p, r)
    assert score.f1 == pytest.approx(2 * p * r / (p + r) if p + r else 0.0)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("**強力な司令塔機能**", "強力な司令塔機能"),
        ("「国民の満足度」", "国民の満足度"),
        ("ＡＰＩ カタログ", "APIカタログ"),
    ],
)
def test_norm(text: str, expected: str) -> None:
    assert norm(text) == expected


def _document_paths() -> dict[str, Path]:
    """Document id → its text: the test corpus, then the shared seeds and corpus-dev folders."""
    from kg.read.corpus import load_corpus, slug

    paths = {entry.id: entry.path for entry in load_corpus(CORPUS).entries}
    for folder in (SEEDS, CORPUS_DEV):
        for path in sorted(folder.glob("*")) if folder.is_dir() else []:
            if (
                path.suffix in (".md", ".txt")
                and path.stem != "README"
                and not path.stem.startswith("LICENSE")
            ):
                paths.setdefault(slug(path.name), path)
    return paths


GOLD_DOCS = sorted(path.name for path in GOLD.iterdir() if path.is_dir())


@pytest.fixture(scope="module")
def document_paths() -> dict[str, Path]:
    return _document_paths()


@pytest.mark.parametrize("doc_id", GOLD_DOCS)
def test_gold_rows_point_at_their_lines(document_paths: dict[str, Path], doc_id: str) -> None:
    """Every gold text stands on the line it names (a check of the expectations themselves)."""
    import csv

    if doc_id not in document_paths:
        pytest.skip(
            f"the document of tests/gold/{doc_id} is absent (looked in the test corpus, {SEEDS} and "
            f"{CORPUS_DEV}; set POLICYKG_TEST_SHARED to the shared folder)"
        )
    lines = document_paths[doc_id].read_text(encoding="utf-8").splitlines()
    tsvs = sorted((GOLD / doc_id).glob("*.tsv"))
    assert tsvs, f"tests/gold/{doc_id} holds no annotations"
    for tsv in tsvs:
        with tsv.open(encoding="utf-8") as fh:
            for row in csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE):
                number = int(row["line"])
                assert 1 <= number <= len(lines), (tsv.name, row)
                line = lines[number - 1].replace("**", "")
                text = row["text"].replace("**", "")
                assert text in line or norm(text) in norm(line), (tsv.name, row)


def test_eval_scores_the_sample_corpus_and_notes_the_annotations_it_cannot_score() -> None:
    """On corpus/ (the seed report alone) the guidebook's annotations are named, not an error."""
    import os
    import subprocess
    import sys

    run = subprocess.run(
        [sys.executable, "-m", "policykg", "eval", "--gold", str(GOLD), "--corpus", str(PROJECT_CORPUS)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
        env={
            **{k: v for k, v in os.environ.items() if not k.startswith("POLICYKG_")},
            "PYTHONPATH": str(ROOT),
        },
    )
    assert run.returncode == 0, run.stderr
    assert run.stdout.splitlines()[0] == SEED_ID
    assert GIF_ID not in run.stdout
    assert f"{GOLD / GIF_ID} not scored" in run.stderr
    assert "--corpus" in run.stderr
