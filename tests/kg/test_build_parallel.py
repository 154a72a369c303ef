"""A build with worker processes stores what a build in one process stores."""

from __future__ import annotations

import shutil
from pathlib import Path

import pyoxigraph as ox

from kg.build import build, default_workers
from kg.processes import cores
from kg.rdf.iris import GRAPH_PREFIX
from kg.store.reader import current_generation
from tests.conftest import CORPUS, settings_for


def _quads(data: Path) -> set[str]:
    """The quads of the documents' graphs (the ontology's blank nodes are named anew by each load)."""
    gen = current_generation(data)
    assert gen is not None
    store = ox.Store.read_only(str(gen))
    return {
        str(q)
        for q in store.quads_for_pattern(None, None, None, None)
        if isinstance(q.graph_name, ox.NamedNode) and q.graph_name.value.startswith(GRAPH_PREFIX)
    }


def _corpus(tmp_path: Path) -> Path:
    """The sample corpus twice over: four documents, so that two workers each get some."""
    target = tmp_path / "corpus"
    shutil.copytree(CORPUS, target)
    manifest = (target / "manifest.toml").read_text(encoding="utf-8")
    for path in sorted(target.glob("*.txt")) + sorted(target.glob("*.md")):
        if path.name.startswith(("LICENSE", "README")):
            continue
        shutil.copy(path, target / f"copy-{path.name}")
    (target / "manifest.toml").write_text(manifest, encoding="utf-8")
    return target


def test_two_workers_store_the_same_quads(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path)
    serial = build(settings_for(tmp_path / "serial", corpus), workers=1)
    parallel = build(settings_for(tmp_path / "parallel", corpus), workers=2)
    assert not serial.failed and not parallel.failed
    assert [(d.id, d.status, d.triples) for d in parallel.documents] == [
        (d.id, d.status, d.triples) for d in serial.documents
    ]
    assert _quads(tmp_path / "parallel") == _quads(tmp_path / "serial")


def test_an_unchanged_corpus_starts_no_workers(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path)
    settings = settings_for(tmp_path / "data", corpus)
    build(settings, workers=2)
    again = build(settings, workers=2)
    assert {d.status for d in again.documents} == {"unchanged"}


def test_few_documents_are_built_in_process() -> None:
    assert default_workers(0) == 0
    assert default_workers(1) == 0
    assert default_workers(3) == 0


def test_a_second_worker_starts_only_for_many_documents() -> None:
    # The build's own process stores as one worker extracts; more workers pay only past it.
    assert default_workers(4) == 1
    assert default_workers(20) == 1
    assert default_workers(49) == 1
    assert default_workers(100) == min(2, cores())
