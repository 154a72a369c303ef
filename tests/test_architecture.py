"""The layout holds: no import circles, imports flow one way, modules stay small.

Read from the source with :mod:`ast` (every import counts, those inside functions
and under ``TYPE_CHECKING`` too), so a circle or an upward import fails here
before it is ever run.  The stages, lowest first (docs/architecture.md):

    base (kg.errors, kg.settings, kg.processes, kg.digests, kg.budget, kg.display)
    kg.read → kg.extract → kg.rdf → kg.store → kg.export
    kg.track, kg.ask (features that read the built graph)
    kg.build, kg.cli (compose the stages) → search → web (→ policykg, the command's name)

A module may import its own stage and the ones below it, never one above.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
# policykg only names the command (python -m policykg); the code is in kg, search and web.
PACKAGES = tuple(p for p in ("policykg", "kg", "search", "web") if (ROOT / p).is_dir())
MAX_LINES = 500
# Said in a module's docstring when it is longer than MAX_LINES, with the reason.
LONG_MARK = "longer than 500 lines"

BASE = {"kg", "kg.errors", "kg.settings", "kg.processes", "kg.digests", "kg.budget", "kg.display", "kg.data"}
STAGES = ["kg.read", "kg.extract", "kg.rdf", "kg.store", "kg.export"]
# Features that read the built graph: above the stages, below what composes them.
FEATURES = ("kg.track", "kg.ask")
COMPOSERS = {
    "kg.build",
    "kg.build_watch",
    "kg.build_report",
    "kg.build_documents",
    "kg.build_store",
    "kg.jobs",
    "kg.cli",
    "kg.cli_options",
    "kg.cli_documents",
    "kg.cli_graph",
    "kg.__main__",
}


def modules() -> dict[str, Path]:
    found = {}
    for package in PACKAGES:
        for path in sorted((ROOT / package).rglob("*.py")):
            parts = list(path.relative_to(ROOT).with_suffix("").parts)
            if parts[-1] == "__init__":
                parts.pop()
            found[".".join(parts)] = path
    return found


MODULES = modules()


def imports(name: str, path: Path) -> set[str]:
    """The project modules ``name`` imports (a package's module where one is named)."""
    out: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            targets = [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            subs = [f"{node.module}.{a.name}" for a in node.names if f"{node.module}.{a.name}" in MODULES]
            targets = subs + ([node.module] if len(subs) < len(node.names) else [])
        else:
            continue
        for target in targets:
            while target and target not in MODULES:
                target = target.rpartition(".")[0]
            if target and target != name:
                out.add(target)
    return out


GRAPH = {name: imports(name, path) for name, path in MODULES.items()}


def rank(module: str) -> int:
    """The stage of a module: higher stages may import lower ones only."""
    if module in BASE or module.startswith("kg.data."):
        return 0
    for i, stage in enumerate(STAGES, start=1):
        if module == stage or module.startswith(stage + "."):
            return i
    if module.startswith(tuple(f + "." for f in FEATURES)) or module in FEATURES:
        return len(STAGES) + 1
    if module in COMPOSERS:
        return len(STAGES) + 2
    if module == "search" or module.startswith("search."):
        return len(STAGES) + 3
    if module == "web" or module.startswith("web."):
        return len(STAGES) + 4
    if module == "policykg" or module.startswith("policykg."):
        return len(STAGES) + 5
    raise AssertionError(
        f"{module} is in no stage: place it in a stage package or list it as base or composer"
    )


def circles() -> list[list[str]]:
    """Strongly connected components of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in sorted(GRAPH[v]):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for v in sorted(GRAPH):
        if v not in index:
            visit(v)
    return found


def test_the_graph_is_read() -> None:
    # The test would pass on an empty graph; these arrows stand in the code.
    assert "kg.read.document" in GRAPH["kg.read.builder"]
    assert "kg.store.reader" in GRAPH["kg.store.writer"]
    assert len(MODULES) > 60


def test_no_import_circle() -> None:
    assert circles() == []


def test_circles_are_found() -> None:
    GRAPH["kg.read.document"].add("kg.read.builder")
    try:
        assert any({"kg.read.builder", "kg.read.document"} <= set(c) for c in circles())
    finally:
        GRAPH["kg.read.document"].discard("kg.read.builder")


@pytest.mark.parametrize("module", sorted(MODULES))
def test_every_module_has_a_stage(module: str) -> None:
    rank(module)


def upward(module: str) -> list[str]:
    return sorted(t for t in GRAPH[module] if rank(t) > rank(module))


@pytest.mark.parametrize("module", sorted(MODULES))
def test_no_upward_import(module: str) -> None:
    assert upward(module) == [], f"{module} imports a later stage"


def test_stage_order() -> None:
    assert rank("kg.read.text") < rank("kg.extract.laws") < rank("kg.rdf.triples") < rank("kg.store.sparql")
    assert rank("kg.store.sparql") < rank("kg.export.graphs") < rank("kg.build") < rank("search.engine")
    assert rank("search.engine") < rank("web.app")
    assert rank("kg.errors") < rank("kg.read.document")


@pytest.mark.parametrize("module", sorted(MODULES))
def test_modules_say_what_they_do_and_stay_small(module: str) -> None:
    path = MODULES[module]
    text = path.read_text(encoding="utf-8")
    doc = ast.get_docstring(ast.parse(text)) or ""
    lines = text.count("\n")
    if path.name != "__init__.py" or text.strip():
        assert doc, f"{module} has no docstring saying what it takes and gives"
    assert lines <= MAX_LINES or LONG_MARK in " ".join(doc.split()), (
        f"{module} has {lines} lines: split it along its ideas, or say in its docstring why it is {LONG_MARK}"
    )
