"""Shared pieces of the fault tests: data folders to break, slow corpora, answers to compare."""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from kg.settings import Settings
from tests.conftest import GIF, ROOT, SEED, shared_file

ISSUES = "SELECT ?i WHERE { ?i a pol:Issue }"
DOCUMENTS = "SELECT ?id ?hash WHERE { ?d a pol:Document ; pol:documentId ?id ; pol:contentHash ?hash }"
SEARCH_TERM = "マイナンバー"
# A phrase the sample corpus does not hold, so a search tells which build answers.
NEW_PHRASE = "耐障害性"


@dataclass(frozen=True, slots=True)
class Answers:
    """What a data folder serves: its generations, store answers and search hits."""

    store_generation: str
    index_generation: str
    issues: tuple[str, ...]
    documents: tuple[tuple[str, str], ...]
    hits: tuple[str, ...]
    total: int


def answers(settings: Settings) -> Answers:
    from kg.rdf.namespaces import sparql_prologue
    from kg.store.reader import ReadStore, current_generation
    from search import index
    from search.engine import search

    store_gen = current_generation(settings.data_dir)
    index_gen = index.current_generation(settings.data_dir)
    assert store_gen is not None and index_gen is not None
    store = ReadStore(settings.data_dir)
    issues = tuple(sorted(r["i"] for r in store.select(sparql_prologue() + ISSUES)))
    docs = tuple(sorted((r["id"], r["hash"]) for r in store.select(sparql_prologue() + DOCUMENTS)))
    result = search(settings, SEARCH_TERM, page_size=50)
    return Answers(
        store_gen.name, index_gen.name, issues, docs, tuple(h.iri for h in result.hits), result.total
    )


def copy_data(source: Path, target: Path) -> Path:
    """A copy of a built data folder; ``current`` stays a link, as a build made it."""
    shutil.copytree(source, target, symlinks=True)
    return target


def add_copies(corpus: Path, count: int) -> None:
    """Make a corpus slower to build: each copy of the seed report is one more document to extract."""
    for n in range(count):
        shutil.copy(SEED, corpus / f"copy-{n:02d}.txt")


def change_guidebook(corpus: Path) -> bytes:
    """Change one document so that the next build makes a new generation; its new bytes."""
    shared_file(GIF)
    path = corpus / GIF.name
    addition = f"\n\n## 追記\n\n{NEW_PHRASE}の検証のための追記。\n"
    path.write_text(GIF.read_text(encoding="utf-8") + addition, encoding="utf-8")
    return path.read_bytes()


def generations(data: Path, part: str) -> list[str]:
    return sorted(p.name for p in (data / part).glob("gen-*"))


def cli_env() -> dict[str, str]:
    return {k: v for k, v in os.environ.items() if not k.startswith("POLICYKG_")}


def start_build(data: Path, corpus: Path) -> subprocess.Popen[str]:
    """`policykg build` in its own process group, so that it and any workers can be ended together."""
    return subprocess.Popen(
        [sys.executable, "-m", "kg", "build", "--data", str(data), "--corpus", str(corpus)],
        cwd=ROOT,
        env=cli_env(),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )


def end_group(proc: subprocess.Popen[str]) -> None:
    with contextlib.suppress(ProcessLookupError):
        os.killpg(proc.pid, signal.SIGKILL)
    with contextlib.suppress(subprocess.TimeoutExpired):
        proc.communicate(timeout=10)


def wait_for(condition: Callable[[], bool], proc: subprocess.Popen[str], timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if proc.poll() is not None:
            _, err = proc.communicate()
            raise AssertionError(f"the build ended before {what} (exit {proc.returncode}): {err}")
        if time.monotonic() > deadline:
            raise AssertionError(f"no {what} after {timeout}s")
        time.sleep(0.05)


@pytest.fixture
def builds(tmp_path: Path) -> Iterator[list[subprocess.Popen[str]]]:
    """Build processes a test starts; any still running at the end are ended."""
    started: list[subprocess.Popen[str]] = []
    yield started
    for proc in started:
        if proc.poll() is None:
            end_group(proc)


@pytest.fixture
def data(built: Settings, tmp_path: Path) -> Path:
    """A private copy of the session's built data folder (store and index), free to break."""
    return copy_data(built.data_dir, tmp_path / "data")
