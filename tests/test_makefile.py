"""`make run` / `make serve`: quiet set-up steps, and options only where the user gave them.

The precedence the README states is defaults < policykg.toml < POLICYKG_* <
options, so make must not turn its own defaults into options.  Read from
`make -n` (nothing is run) and from scripts/step.sh on a command of our own.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.conftest import ROOT

pytestmark = pytest.mark.skipif(shutil.which("make") is None, reason="make is not installed")


def dry_run(*args: str, **env: str) -> list[str]:
    """The policykg command lines `make -n` would run."""
    clean = {
        k: v for k, v in os.environ.items() if not k.startswith("POLICYKG_") and k not in {"HOST", "PORT"}
    }
    done = subprocess.run(
        ["make", "--no-print-directory", "-n", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env={**clean, **env},
        timeout=60,
        check=True,
    )
    return [line for line in done.stdout.splitlines() if "bin/policykg " in line]


def test_make_run_passes_no_options_of_its_own() -> None:
    # Environment settings, and HOST / PORT from the shell's environment, stay with policykg.
    lines = dry_run(
        "run", POLICYKG_PORT="5055", POLICYKG_DATA_DIR="/tmp/elsewhere", HOST="shellhost", PORT="1"
    )
    build, serve = lines
    assert "policykg build" in build and "policykg serve" in serve
    for option in ("--port", "--host", "--data", "--corpus"):
        assert option not in build and option not in serve


def test_make_serve_passes_no_options_of_its_own() -> None:
    [serve] = dry_run("serve", POLICYKG_PORT="5055")
    assert serve.split("policykg serve", 1)[1].strip() == ""


def test_values_on_the_make_command_line_become_options() -> None:
    build, serve = dry_run("run", "PORT=5056", "HOST=0.0.0.0", "DATA=/tmp/d", "CORPUS=/tmp/my reports")
    assert "--corpus '/tmp/my reports'" in build and "--data '/tmp/d'" in build
    assert "--port '5056'" in serve and "--host '0.0.0.0'" in serve and "--data '/tmp/d'" in serve


def test_make_run_installs_and_builds_through_quiet_steps() -> None:
    done = subprocess.run(
        ["make", "--no-print-directory", "-n", "-B", "run"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    text = done.stdout.replace("\\\n", " ")
    pip = [line for line in text.splitlines() if "pip install" in line]
    assert pip and all("scripts/step.sh .venv/install.log" in line for line in pip)
    [build] = [line for line in text.splitlines() if "policykg build" in line]
    assert "scripts/step.sh .venv/build.log" in build


def run_step(tmp_path: Path, script: str, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [
            "bash",
            str(ROOT / "scripts" / "step.sh"),
            str(tmp_path / "logs" / "x.log"),
            "doing x",
            "sh",
            "-c",
            script,
        ],
        capture_output=True,
        text=True,
        env={**os.environ, **env},
        timeout=60,
        check=False,
    )


def test_a_step_prints_one_line_and_keeps_the_output_in_its_log(tmp_path: Path) -> None:
    done = run_step(tmp_path, "for i in 1 2 3 4 5; do echo noise $i; done; echo warning >&2")
    assert done.returncode == 0
    assert done.stdout == "policykg: doing x\n"
    assert done.stderr == ""
    log = (tmp_path / "logs" / "x.log").read_text(encoding="utf-8")
    assert "noise 5" in log and "warning" in log


def test_a_step_can_show_the_last_line_of_its_log(tmp_path: Path) -> None:
    done = run_step(tmp_path, "echo detail; echo '1 built, 0 failed'", STEP_SHOW_LAST="1")
    assert done.stdout.splitlines() == [
        "policykg: doing x",
        f"policykg: 1 built, 0 failed (full report: {tmp_path / 'logs' / 'x.log'})",
    ]


def test_a_failed_step_names_its_log_and_shows_its_end(tmp_path: Path) -> None:
    done = run_step(tmp_path, "echo the reason it failed; exit 3")
    assert done.returncode == 3
    assert "the reason it failed" in done.stderr
    assert f"the full log is {tmp_path / 'logs' / 'x.log'}" in done.stderr
