"""A real Oxigraph server (the binary of the ``oxigraph`` package) for the integration tests.

The server listens on 127.0.0.1 only, on a free port, with its database in a
temporary folder, and stops when the session ends.  Nothing else is contacted:
``no_proxy`` keeps HTTP clients from routing 127.0.0.1 through a proxy.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from kg.settings import Settings

START_TIMEOUT_S = 30.0
_PROXY_VARS = ("http_proxy", "https_proxy", "all_proxy", "HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY")


@dataclass(frozen=True)
class Server:
    """A running Oxigraph server and its three endpoints."""

    base: str
    location: Path

    @property
    def store(self) -> str:  # Graph Store HTTP Protocol
        return f"{self.base}/store"

    @property
    def query(self) -> str:
        return f"{self.base}/query"

    @property
    def update(self) -> str:
        return f"{self.base}/update"


def oxigraph_binary() -> str | None:
    """The server binary the ``oxigraph`` package installs next to this interpreter."""
    return shutil.which("oxigraph", path=str(Path(sys.executable).parent)) or shutil.which("oxigraph")


def local_env() -> dict[str, str]:
    """The environment for child processes: no proxy for 127.0.0.1, no policykg settings."""
    env = {k: v for k, v in os.environ.items() if k not in _PROXY_VARS and not k.startswith("POLICYKG_")}
    env["no_proxy"] = env["NO_PROXY"] = "127.0.0.1,localhost"
    return env


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _answers(base: str) -> bool:
    try:
        with urllib.request.urlopen(f"{base}/query?query=ASK%7B%7D", timeout=1) as response:
            return bool(response.status == 200)
    except (urllib.error.URLError, OSError):
        return False


def _start(binary: str, location: Path) -> tuple[subprocess.Popen[bytes], str]:
    """Start the server on a free port; a port taken between the probe and the bind is tried again."""
    log_path = location / "server.log"
    for _attempt in range(3):
        # The default graph stays a graph of its own (no --union-default-graph):
        # push fills it with the merge of the named graphs, as the embedded store has it.
        port = _free_port()
        base = f"http://127.0.0.1:{port}"
        with log_path.open("wb") as log:
            process = subprocess.Popen(
                [binary, "serve", "--location", str(location / "db"), "--bind", f"127.0.0.1:{port}"],
                stdout=log,
                stderr=subprocess.STDOUT,
                env=local_env(),
            )
        deadline = time.monotonic() + START_TIMEOUT_S
        while process.poll() is None and time.monotonic() < deadline:
            if _answers(base):
                return process, base
            time.sleep(0.1)
        process.kill()
        process.wait(10)
    log_text = log_path.read_text(errors="replace")[-2000:]
    pytest.fail(f"the Oxigraph server did not start on 127.0.0.1:\n{log_text}")


@pytest.fixture(scope="session")
def oxigraph(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    """An empty Oxigraph server on 127.0.0.1, for the whole session."""
    binary = oxigraph_binary()
    if binary is None:
        pytest.skip("the Oxigraph server binary is missing: pip install 'oxigraph>=0.5,<0.6'")
    with pytest.MonkeyPatch.context() as mp:
        for var in _PROXY_VARS:
            mp.delenv(var, raising=False)
        mp.setenv("no_proxy", "127.0.0.1,localhost")
        mp.setenv("NO_PROXY", "127.0.0.1,localhost")
        location = tmp_path_factory.mktemp("oxigraph")
        process, base = _start(binary, location)
        try:
            yield Server(base, location)
        finally:
            process.terminate()
            try:
                process.wait(10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait(10)


def push(settings: Settings, endpoint: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    """``policykg push`` as a user runs it, in a child process."""
    return subprocess.run(
        [sys.executable, "-m", "kg", "push", "--endpoint", endpoint, "--data", str(settings.data_dir)],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=cwd,
        env=local_env(),
        check=False,
    )


@pytest.fixture(scope="session")
def pushed(oxigraph: Server, built: Settings, tmp_path_factory: pytest.TempPathFactory) -> str:
    """The sample corpus pushed once to the server; the command's report (its status lines, on stderr)."""
    done = push(built, oxigraph.store, tmp_path_factory.mktemp("push-cwd"))
    assert done.returncode == 0, done.stderr
    assert done.stdout == "", "a real push reports on standard error only"
    return done.stderr
