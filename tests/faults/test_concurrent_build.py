"""Two `policykg build` at once: the second stops at once with one clear line; the first is unharmed."""

from __future__ import annotations

import subprocess
import time
from pathlib import Path

from tests.conftest import settings_for
from tests.faults.conftest import add_copies, answers, generations, start_build, wait_for


def test_second_concurrent_build_fails_fast(
    data: Path, corpus_copy: Path, builds: list[subprocess.Popen[str]]
) -> None:
    add_copies(corpus_copy, 3)
    first = start_build(data, corpus_copy)
    builds.append(first)
    # The new generation appears only once the first build holds the lock.
    wait_for((data / "store" / "gen-000002").is_dir, first, 120, "new store generation")

    started = time.monotonic()
    second = start_build(data, corpus_copy)
    builds.append(second)
    out, err = second.communicate(timeout=60)
    seconds = time.monotonic() - started
    assert first.poll() is None, "the first build was still running when the second gave up"
    assert second.returncode == 1, f"stdout: {out}\nstderr: {err}"
    assert err.strip().count("\n") == 0 and "Traceback" not in err, err
    assert err.startswith("policykg: ") and "another build is running" in err
    assert str(data) in err
    assert seconds < 30, "the second build did not wait for the first"

    _, first_err = first.communicate(timeout=240)
    assert first.returncode == 0, first_err
    assert generations(data, "store") == ["gen-000001", "gen-000002"]
    after = answers(settings_for(data, corpus_copy))
    assert after.store_generation == "gen-000002"
    assert {doc_id for doc_id, _ in after.documents} >= {f"copy-{n:02d}" for n in range(3)}
