"""A build that runs out of disk space says so in one line and leaves the previous build serving."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from kg.settings import Settings
from tests.conftest import settings_for
from tests.faults.conftest import add_copies, answers, copy_data, generations, start_build

# Room left after the existing build: enough to start a build, far from enough
# for the graphs of three more reports (several megabytes each).
HEADROOM = 3 * 1024 * 1024


def _mount(args: list[str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["mount", *args], capture_output=True, text=True, timeout=30)


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A size-limited file system (tmpfs), unmounted afterwards."""
    if shutil.which("mount") is None:
        pytest.skip("no mount command here, so no size-limited folder to fill")
    disk = tmp_path / "disk"
    disk.mkdir()
    mounted = _mount(["-t", "tmpfs", "-o", "size=256m", "tmpfs", str(disk)])
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs (needs root or CAP_SYS_ADMIN): {mounted.stderr.strip()}")
    try:
        yield disk
    finally:
        subprocess.run(["umount", "-l", str(disk)], capture_output=True, timeout=30)


def test_full_disk_fails_in_one_line_and_keeps_the_previous_build(
    built: Settings, small_disk: Path, corpus_copy: Path, builds: list[subprocess.Popen[str]]
) -> None:
    data = copy_data(built.data_dir, small_disk / "data")
    settings = settings_for(data, corpus_copy)
    before = answers(settings)
    report_before = (data / "build-report.json").read_bytes()
    # Shrink the file system to what the build occupies plus a little.
    size = shutil.disk_usage(small_disk).used + HEADROOM
    resized = _mount(["-o", f"remount,size={size}", str(small_disk)])
    assert resized.returncode == 0, resized.stderr
    add_copies(corpus_copy, 3)

    proc = start_build(data, corpus_copy)
    builds.append(proc)
    out, err = proc.communicate(timeout=300)

    assert proc.returncode == 1, f"stdout: {out}\nstderr: {err}"
    assert "Traceback" not in err
    *logged, error = err.strip().splitlines()
    assert error.startswith("policykg: "), err
    assert str(data) in error
    assert "no space" in error.lower()
    # Documents the build got to before it stopped may be logged, each on its line.
    assert all(line.startswith("WARNING ") and "No space left" in line for line in logged), err
    # The previous build is untouched and still answers; the abandoned generation is gone.
    assert answers(settings) == before
    assert generations(data, "store") == [before.store_generation]
    assert generations(data, "index") == [before.index_generation]
    assert (data / "build-report.json").read_bytes() == report_before
