"""The command as users' tools expect it: ``python -m policykg``, ``--version``, the log level."""

from __future__ import annotations

import os
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from tests.conftest import ROOT

PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


def policykg(*args: str, cwd: Path = ROOT, **env: str) -> subprocess.CompletedProcess[str]:
    clean = {k: v for k, v in os.environ.items() if not k.startswith("POLICYKG_")}
    return subprocess.run(
        [sys.executable, "-m", "policykg", *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        env={**clean, "PYTHONPATH": str(ROOT), **env},
        timeout=120,
        check=False,
    )


def test_python_m_policykg_prints_the_version() -> None:
    result = policykg("--version")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"policykg, version {PYPROJECT['project']['version']}"


def test_python_m_policykg_runs_the_commands() -> None:
    result = policykg("--help")
    assert result.returncode == 0
    assert "Usage: policykg" in result.stdout
    for command in ("build", "serve", "search"):
        assert f"  {command}" in result.stdout


def test_no_command_is_a_usage_error() -> None:
    result = policykg()
    assert result.returncode == 2
    assert result.stdout == ""
    assert "Usage: policykg" in result.stderr


@pytest.fixture
def report(tmp_path: Path) -> Path:
    path = tmp_path / "報告.txt"
    path.write_text("報告\n\n1 概要\n\n本文です。\n", encoding="utf-8")
    return path


def test_log_level_debug_from_the_environment_is_applied(report: Path, tmp_path: Path) -> None:
    result = policykg("inspect", str(report), cwd=tmp_path, POLICYKG_LOG_LEVEL="debug")
    assert result.returncode == 0, result.stderr
    assert "DEBUG kg.cli: logging at DEBUG" in result.stderr


def test_log_level_from_the_settings_file_is_applied(report: Path, tmp_path: Path) -> None:
    (tmp_path / "policykg.toml").write_text('log_level = "DEBUG"\n', encoding="utf-8")
    result = policykg("inspect", str(report), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "DEBUG kg.cli: logging at DEBUG" in result.stderr


def test_default_log_level_shows_no_debug_lines(report: Path, tmp_path: Path) -> None:
    result = policykg("inspect", str(report), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "DEBUG" not in result.stderr


def test_bad_log_level_is_one_line_naming_the_setting(report: Path, tmp_path: Path) -> None:
    result = policykg("inspect", str(report), cwd=tmp_path, POLICYKG_LOG_LEVEL="loud")
    assert result.returncode == 2
    [line] = result.stderr.splitlines()
    assert "POLICYKG_LOG_LEVEL" in line and "'loud'" in line and "DEBUG, INFO, WARNING, ERROR" in line


def test_licence_is_an_spdx_expression_with_a_setuptools_that_reads_it() -> None:
    # A licence table is deprecated; setuptools reads the expression from version 77 (PEP 639).
    assert PYPROJECT["project"]["license"] == "MIT"
    assert "setuptools>=77" in PYPROJECT["build-system"]["requires"]
    assert "policykg" in PYPROJECT["tool"]["setuptools"]["packages"]["find"]["include"]
