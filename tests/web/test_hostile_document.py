"""One hostile document (a line repeated to 2.8 MB): bounded to build, every page within budget.

The document is made here: one line naming an agency (デジタル庁), a law
(デジタル社会形成基本法) and a date (令和3年9月), repeated to 2.8 MB, under the
20 MB document limit.  Uncapped it made 1.6 M triples and pages that ran for
minutes; capped it builds in bounded memory with a warning naming it, and the
real server (waitress) answers every page of the store within its budget and
stops working as soon as a client leaves.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote

import pytest

from kg.settings import Settings
from tests.conftest import ROOT
from tests.web.test_serve import free_port

LINE = "デジタル庁は令和3年9月にデジタル社会形成基本法を施行した。"
SIZE = 2_800_000
PEAK_MB = 500
AGENCY = "https://w3id.org/policykg/id/agency/digital-agency"
BUDGET_S = Settings().page_budget_s

MANIFEST = """
[[document]]
id = "hostile"
file = "hostile.md"
title = "繰り返しの文書"
publisher = "デジタル庁"
date = 2021-10-01

[[document]]
id = "other"
file = "other.md"
title = "別の文書"
publisher = "総務省"
date = 2022-04-01
"""

# Measures the peak memory of the build and everything it starts (its worker processes).
_MEASURE = """
import resource, subprocess, sys
done = subprocess.run(sys.argv[1:], capture_output=True, text=True)
sys.stderr.write(done.stderr)
print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
sys.exit(done.returncode)
"""


def _env() -> dict[str, str]:
    return {k: v for k, v in os.environ.items() if not k.startswith("POLICYKG_")}


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, int]:
    root = tmp_path_factory.mktemp("hostile")
    corpus = root / "corpus"
    corpus.mkdir()
    line = LINE.encode("utf-8")
    (corpus / "hostile.md").write_bytes(line * (SIZE // len(line)) + b"\n")
    (corpus / "other.md").write_text(
        "# 別の文書\n\n総務省は地方公共団体の情報システムの標準化を進める。\n", encoding="utf-8"
    )
    (corpus / "manifest.toml").write_text(MANIFEST, encoding="utf-8")
    data = root / "data"
    done = subprocess.run(
        [sys.executable, "-c", _MEASURE, sys.executable, "-m", "kg", "build", "--corpus", str(corpus),
         "--data", str(data)],
        cwd=ROOT, env=_env(), capture_output=True, text=True, timeout=600,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    peak_kb = int(done.stdout.split()[-1])
    return data, peak_kb


def test_builds_in_bounded_memory_with_a_warning_naming_what_was_cut(built: tuple[Path, int]) -> None:
    data, peak_kb = built
    assert peak_kb / 1024 <= PEAK_MB, f"the build peaked at {peak_kb / 1024:.0f} MB"
    report = json.loads((data / "build-report.json").read_text(encoding="utf-8"))
    by_id = {d["id"]: d for d in report["documents"]}
    assert by_id["hostile"]["status"] == "built"
    # Each line names one agency and one law (two mentions) and a date; far past the caps.
    settings = Settings()
    assert by_id["hostile"]["triples"] <= settings.max_document_triples
    warnings = [w for w in report["warnings"] if "hostile.md" in w]
    assert len(warnings) == 1, report["warnings"]
    assert f"beyond {settings.max_block_mentions:,}" in warnings[0]
    assert "law and agency mentions" in warnings[0] and "dates" in warnings[0]
    assert not [w for w in report["warnings"] if "other.md" in w]


@pytest.fixture(scope="module")
def server(built: tuple[Path, int]) -> Iterator[tuple[str, subprocess.Popen[str]]]:
    data, _ = built
    port = free_port()
    proc = subprocess.Popen(
        [sys.executable, "-m", "kg", "serve", "--data", str(data), "--port", str(port)],
        cwd=ROOT, env=_env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                urllib.request.urlopen(url + "/", timeout=2).read()
                break
            except OSError:
                if proc.poll() is not None:
                    raise AssertionError(proc.stderr.read() if proc.stderr else "server exited") from None
                time.sleep(0.2)
        yield url, proc
    finally:
        proc.terminate()
        proc.wait(10)


PAGES = [
    "/",
    "/documents/hostile",
    "/documents/other",
    "/search?q=" + quote("施行"),
    "/search?q=" + quote("デジタル社会形成基本法"),
    "/id/agency/digital-agency",
    "/id/agency/digital-agency.ttl",
    "/id/agency/digital-agency.nt",
    "/graph?focus=" + quote(AGENCY, safe=""),
    "/graph/neighbours.json?iri=" + quote(AGENCY, safe=""),
    "/export/graph?format=graphml&entity=" + quote(AGENCY, safe=""),
]


@pytest.mark.parametrize("path", PAGES)
def test_every_page_answers_within_its_budget(server: tuple[str, subprocess.Popen[str]], path: str) -> None:
    url, _ = server
    started = time.monotonic()
    with urllib.request.urlopen(url + path, timeout=BUDGET_S + 5) as response:
        body = response.read()
        assert response.status == 200
    assert time.monotonic() - started < BUDGET_S
    assert body


def test_the_agency_page_shows_the_capped_mentions(server: tuple[str, subprocess.Popen[str]]) -> None:
    url, _ = server
    with urllib.request.urlopen(url + "/id/agency/digital-agency.nt", timeout=BUDGET_S) as response:
        lines = response.read().decode("utf-8").splitlines()
    # At most the block cap of mentions was kept, each one annotation with one body.
    bodies = [ln for ln in lines if "<http://www.w3.org/ns/oa#hasBody>" in ln]
    assert 0 < len(bodies) <= Settings().max_block_mentions + 1  # + the document's publisher


def _cpu_ticks(pid: int) -> int:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return int(fields[11]) + int(fields[12])  # utime + stime


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs /proc to read the server's CPU time")
def test_the_server_is_idle_within_a_second_of_a_client_leaving(
    server: tuple[str, subprocess.Popen[str]],
) -> None:
    url, proc = server
    host, port = url.removeprefix("http://").split(":")
    for path in ("/documents/hostile", "/id/agency/digital-agency.ttl", "/search?q=" + quote("施行")):
        with socket.create_connection((host, int(port))) as client:
            client.sendall(f"GET {path} HTTP/1.1\r\nHost: {host}\r\n\r\n".encode())
            time.sleep(0.05)  # leave mid-request
        time.sleep(1.0)
        before = _cpu_ticks(proc.pid)
        time.sleep(1.0)
        ticks_per_s = os.sysconf("SC_CLK_TCK")
        assert _cpu_ticks(proc.pid) - before <= 0.1 * ticks_per_s, path
