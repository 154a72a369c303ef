"""A build killed with SIGKILL half-way loses nothing, and the next build cleans up after it."""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import time
from pathlib import Path

from kg.build import build
from kg.store.reader import current_generation
from kg.store.writer import BuildLock
from search import index
from tests.conftest import settings_for
from tests.faults.conftest import (
    NEW_PHRASE,
    add_copies,
    answers,
    change_guidebook,
    generations,
    start_build,
    wait_for,
)


def _stat(pid: int) -> list[str] | None:
    """The fields of ``/proc/PID/stat`` after the command's name (state first), or None."""
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except (OSError, IndexError):
        return None


def _children(pid: int) -> dict[int, str]:
    """The processes whose parent is ``pid``, with the time each started (a pid can be reused)."""
    found = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        fields = _stat(int(stat.parent.name))
        if fields is not None and int(fields[1]) == pid:
            found[int(stat.parent.name)] = fields[19]
    return found


def _running(pid: int, started: str) -> bool:
    """Whether the process ``pid`` that started at ``started`` still lives: a zombie has ended
    (its exit only waits to be collected by whoever inherited it), and a pid taken by a new
    process is no longer it."""
    fields = _stat(pid)
    return fields is not None and fields[0] not in "ZX" and fields[19] == started


def _writing_started(generation: Path) -> bool:
    # The new generation is a hard-linked copy of the current one. Graphs going into
    # it show as a grown write-ahead log (ordinary writes) or as a table file of its
    # own, linked nowhere else (bulk loading, which bypasses the log).
    try:
        return any(p.stat().st_size > 0 for p in generation.glob("*.log")) or any(
            p.stat().st_nlink == 1 for p in generation.glob("*.sst")
        )
    except FileNotFoundError:  # a file compacted away while we looked
        return False


def test_killed_build_keeps_the_previous_build_and_the_next_one_cleans_up(
    data: Path, corpus_copy: Path, builds: list[subprocess.Popen[str]]
) -> None:
    settings = settings_for(data, corpus_copy)
    before = answers(settings)
    assert before.issues and before.total > 0
    add_copies(corpus_copy, 10)

    proc = start_build(data, corpus_copy)
    builds.append(proc)
    partial = data / "store" / "gen-000002"
    # The workers are noted while waiting, not only once the first write shows in the new
    # generation: in two clean-clone runs on a loaded machine none was found at that moment.
    # Each look is taken with the build and its workers stopped, and the kill comes before they
    # go on: what is seen is where the kill lands, however late this process is woken.
    seen: dict[int, str] = {}

    def writing_started() -> bool:
        os.killpg(proc.pid, signal.SIGSTOP)
        seen.update(_children(proc.pid))
        # Opening the new generation may write into it before any worker starts (a copied log
        # replayed into a table file): the kill waits for both, so that it lands among workers.
        if seen and _writing_started(partial):
            return True
        os.killpg(proc.pid, signal.SIGCONT)
        return False

    wait_for(partial.is_dir, proc, 120, "new store generation")
    wait_for(writing_started, proc, 120, "write into the new generation")
    seen.update(_children(proc.pid))
    assert seen, "the build extracts in worker processes"
    current = current_generation(data)
    assert current is not None and current.name == "gen-000001", (
        "the kill lands before the new store is made current"
    )
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(10)
    assert proc.returncode == -signal.SIGKILL
    with contextlib.suppress(ProcessLookupError):
        os.killpg(proc.pid, signal.SIGCONT)  # its workers go on, as they would have after a kill
    # Its worker processes do not outlive it (they would wait for work forever).  How soon they
    # are gone is the machine's: one still starting learns of the death only once started.
    deadline = time.monotonic() + 120
    while any(_running(*worker) for worker in seen.items()) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not [pid for pid, started in seen.items() if _running(pid, started)]

    # The killed build left its half-written generation, and nothing else moved.
    assert generations(data, "store") == ["gen-000001", "gen-000002"]
    assert answers(settings) == before
    with BuildLock(data):
        pass  # the kernel dropped the dead process's lock with it

    # A search index build killed half-way leaves a generation without meta.json
    # and a link that never replaced `current`; plant both, as a kill would.
    half_index = data / "index" / "gen-000002"
    half_index.mkdir()
    (half_index / "MAIN_1.toc").write_bytes(b"\0" * 64)
    (data / "index" / ".current-4242-1").symlink_to("gen-000002")
    (data / "store" / ".current-4242").symlink_to("gen-000002")
    assert answers(settings) == before, "half-written leftovers are never read"

    # The next build (of a corpus with one changed document) completes and cleans up.
    for copy in corpus_copy.glob("copy-*.txt"):
        copy.unlink()
    change_guidebook(corpus_copy)
    report = build(settings)
    assert not report.failed and not report.step_failures, report.to_text()
    after = answers(settings)
    # The previous generation stays (a server may still read it); the leftovers go.
    assert generations(data, "store") == ["gen-000001", "gen-000003"]
    assert after.store_generation == "gen-000003"
    assert after.index_generation != before.index_generation
    assert generations(data, "index") == [before.index_generation, after.index_generation]
    assert not list((data / "store").glob(".current-*"))
    assert not list((data / "index").glob(".current-*"))
    assert after.issues == before.issues
    assert dict(after.documents).keys() == dict(before.documents).keys()
    meta = index.read_meta(data / "index" / after.index_generation)
    assert meta["store"].startswith("gen-000003:")

    from search.engine import search

    assert search(settings, NEW_PHRASE).total > 0, "the index was rebuilt from the new store"
