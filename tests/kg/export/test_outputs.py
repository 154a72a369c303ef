"""Files the command line writes: `-` is standard output, a file is replaced whole or not at all.

Each command runs as a real process.  A full disk is played by /dev/full
(every write fails with ENOSPC) and by a file-size limit (RLIMIT_FSIZE, with
SIGXFSZ ignored, so that a write past it fails with EFBIG).
"""

from __future__ import annotations

import csv
import io
import os
import resource
import signal
import stat
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from kg.errors import OutputError
from kg.export.outputs import open_output
from tests.conftest import ROOT
from tests.kg.export.test_graphs import load_sample

LAW = "デジタル改革関連法"
OLD = b"what was there before\n"


@pytest.fixture(scope="module")
def data(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("outputs") / "data"
    load_sample(folder)
    return folder


def _env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("POLICYKG_")}
    env["PYTHONPATH"] = str(ROOT)
    return env


def run(
    *args: str, cwd: Path, limit_bytes: int | None = None, stdin_pipe: bool = False
) -> subprocess.CompletedProcess[bytes]:
    preexec: Callable[[], None] | None = None
    if limit_bytes is not None:
        size = limit_bytes

        def preexec() -> None:
            signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
            resource.setrlimit(resource.RLIMIT_FSIZE, (size, size))

    return subprocess.run(
        [sys.executable, "-m", "kg", *args],
        capture_output=True,
        cwd=cwd,
        env=_env(),
        timeout=300,
        check=False,
        preexec_fn=preexec,
    )


def _one_error_line(result: subprocess.CompletedProcess[bytes], path: str, reason: str) -> None:
    err = result.stderr.decode()
    assert result.returncode == 1, err
    assert "Traceback" not in err
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith(f"policykg: {path}: "), err
    assert reason in lines[0], err


def _export(data: Path, fmt: str, output: str) -> list[str]:
    return [
        "export",
        "graph",
        "--law",
        LAW,
        "--depth",
        "1",
        "--format",
        fmt,
        "-o",
        output,
        "--data",
        str(data),
    ]


def _dump(data: Path, output: str) -> list[str]:
    return ["dump", "--format", "nq", "-o", output, "--data", str(data)]


# ----------------------------------------------------------------------------- a device that refuses


def _dev_full() -> str:
    if not Path("/dev/full").exists() or not stat.S_ISCHR(os.stat("/dev/full").st_mode):
        pytest.skip("no /dev/full character device on this machine")
    return "/dev/full"


@pytest.mark.parametrize("command", [_dump, lambda d, o: _export(d, "graphml", o)], ids=["dump", "export"])
def test_writing_to_dev_full_fails_in_one_line(
    data: Path, tmp_path: Path, command: Callable[[Path, str], list[str]]
) -> None:
    target = _dev_full()
    result = run(*command(data, target), cwd=tmp_path)
    _one_error_line(result, target, "No space left on device")
    assert stat.S_ISCHR(os.stat(target).st_mode)  # written in place, never replaced
    assert not list(Path("/dev").glob("full.*")) and not list(Path("/dev").glob(".full.*"))


@pytest.mark.parametrize("command", [_dump, lambda d, o: _export(d, "json", o)], ids=["dump", "export"])
def test_standard_output_that_refuses_is_reported(
    data: Path, tmp_path: Path, command: Callable[[Path, str], list[str]]
) -> None:
    with open(_dev_full(), "wb") as full:
        result = subprocess.run(
            [sys.executable, "-m", "kg", *command(data, "-")],
            stdout=full,
            stderr=subprocess.PIPE,
            cwd=tmp_path,
            env=_env(),
            timeout=300,
            check=False,
        )
    _one_error_line(result, "standard output", "No space left on device")
    assert not (tmp_path / "-").exists()


# ----------------------------------------------------------------------------- a full disk


@pytest.mark.parametrize(
    ("command", "name"),
    [
        (_dump, "graph.nq"),
        (lambda d, o: _export(d, "json", o), "slice.json"),
        (lambda d, o: _export(d, "csv", o), "slice.csv"),
    ],
    ids=["dump", "export-json", "export-csv"],
)
def test_a_full_disk_leaves_the_old_file_and_nothing_else(
    data: Path, tmp_path: Path, command: Callable[[Path, str], list[str]], name: str
) -> None:
    target = tmp_path / name
    target.write_bytes(OLD)
    # 1 KiB fits the old file but none of the outputs (the sample graph dumps to ~20 KB,
    # its one-hop slice to a few KB).
    result = run(*command(data, str(target)), cwd=tmp_path, limit_bytes=1024)
    _one_error_line(result, str(target), "File too large")
    assert sorted(p.name for p in tmp_path.iterdir()) == [name]
    assert target.read_bytes() == OLD


def test_a_full_disk_leaves_no_file_where_there_was_none(data: Path, tmp_path: Path) -> None:
    result = run(*_dump(data, str(tmp_path / "graph.nq")), cwd=tmp_path, limit_bytes=1024)
    _one_error_line(result, str(tmp_path / "graph.nq"), "File too large")
    assert list(tmp_path.iterdir()) == []


def test_an_error_half_way_removes_the_temporary_file(tmp_path: Path) -> None:
    target = tmp_path / "x.txt"
    target.write_bytes(OLD)
    with pytest.raises(RuntimeError), open_output(target) as out:
        out.write(b"half")
        raise RuntimeError("stopped")
    assert list(tmp_path.iterdir()) == [target]
    assert target.read_bytes() == OLD


def test_a_folder_is_not_a_file(tmp_path: Path) -> None:
    with pytest.raises(OutputError, match="it is a folder"), open_output(tmp_path) as out:
        out.write(b"x")


# ----------------------------------------------------------------------------- overwrite, as Unix tools do


@pytest.mark.parametrize(
    ("command", "name"),
    [
        (_dump, "graph.nq"),
        (lambda d, o: _export(d, "graphml", o), "slice.graphml"),
        (lambda d, o: _export(d, "csv", o), "slice.csv"),
    ],
    ids=["dump", "export-graphml", "export-csv"],
)
def test_an_existing_file_is_replaced(
    data: Path, tmp_path: Path, command: Callable[[Path, str], list[str]], name: str
) -> None:
    target = tmp_path / name
    target.write_bytes(OLD)
    target.chmod(0o640)
    result = run(*command(data, str(target)), cwd=tmp_path)
    assert result.returncode == 0, result.stderr.decode()
    assert target.is_file() and target.read_bytes() != OLD and len(target.read_bytes()) > 100
    assert stat.S_IMODE(target.stat().st_mode) == 0o640  # a replaced file keeps its permissions
    assert result.stderr.decode().strip().startswith(f"wrote {target}")
    assert sorted(p.name for p in tmp_path.iterdir()) == [name]


# ----------------------------------------------------------------------------- `-` is standard output


def test_export_to_dash_prints_the_export_and_reports_on_stderr(data: Path, tmp_path: Path) -> None:
    result = run(*_export(data, "csv", "-"), cwd=tmp_path)
    assert result.returncode == 0, result.stderr.decode()
    rows = list(csv.DictReader(io.StringIO(result.stdout.decode("utf-8"))))
    assert rows and {LAW} <= {r["target_label"] for r in rows} | {r["source_label"] for r in rows}
    assert result.stderr.decode().startswith("wrote standard output: ")
    assert list(tmp_path.iterdir()) == []  # no file named "-"


def test_dump_to_dash_prints_the_graph(data: Path, tmp_path: Path) -> None:
    result = run(*_dump(data, "-"), cwd=tmp_path)
    assert result.returncode == 0, result.stderr.decode()
    assert b"<https://w3id.org/policykg/id/law/reform>" in result.stdout
    assert result.stderr.decode().strip() == "wrote standard output"
    assert list(tmp_path.iterdir()) == []


def test_export_piped_into_head_prints_the_start(data: Path, tmp_path: Path) -> None:
    command = [sys.executable, "-m", "kg", *_export(data, "graphml", "-")]
    result = subprocess.run(
        f"{' '.join(map(_quote, command))} | head -n 3",
        shell=True,
        capture_output=True,
        cwd=tmp_path,
        env=_env(),
        timeout=300,
        check=False,
    )
    lines = result.stdout.decode().splitlines()
    assert len(lines) == 3 and lines[0].startswith("<?xml") and "<graphml" in lines[1]
    assert "Traceback" not in result.stderr.decode()


def _quote(arg: str) -> str:
    import shlex

    return shlex.quote(arg)


def test_sparql_csv_on_stdout_is_w3c_and_in_a_file_is_for_spreadsheets(data: Path, tmp_path: Path) -> None:
    query = 'SELECT ?x ?y WHERE { BIND("=1+1" AS ?x) BIND("-2" AS ?y) }'
    printed = run("sparql", query, "--format", "csv", "--data", str(data), cwd=tmp_path)
    assert printed.returncode == 0, printed.stderr.decode()
    assert printed.stdout.decode().splitlines() == ["x,y", "=1+1,-2"]
    written = run(
        "sparql", query, "--format", "csv", "-o", str(tmp_path / "r.csv"), "--data", str(data), cwd=tmp_path
    )
    assert written.returncode == 0, written.stderr.decode()
    assert written.stdout == b""
    assert (tmp_path / "r.csv").read_text().splitlines() == ["x,y", "'=1+1,'-2"]


def test_load_reports_on_stderr(tmp_path: Path) -> None:
    data = tmp_path / "data"
    load_sample(data)
    turtle = tmp_path / "extra.ttl"
    turtle.write_text("<https://example.org/s> <https://example.org/p> <https://example.org/o> .\n")
    result = run("load", str(turtle), "--data", str(data), cwd=tmp_path)
    assert result.returncode == 0, result.stderr.decode()
    assert result.stdout == b""
    assert result.stderr.decode().startswith("loaded 1 quads from ")
