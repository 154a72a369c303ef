"""A server for the benchmarks to load: ``policykg serve`` in a child process, and the requests put on it.

:class:`Server` starts the server on a free local port, waits for its first page and keeps its
cold start; :func:`load_test` counts requests per second from keep-alive connections in threads of
this process, :func:`wrk_rate` from wrk (a Debian package, installed by `make bench`) cycling through
the paths given.  Used by bench/scale_bench.py and bench/search_bench.py.
"""

from __future__ import annotations

import http.client
import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class Server:
    """``policykg serve`` in a child process, with its cold start and memory."""

    def __init__(self, data: Path) -> None:
        self.port = free_port()
        exe = Path(sys.executable).with_name("policykg")
        start = time.perf_counter()
        self.proc = subprocess.Popen(
            [str(exe), "serve", "--data", str(data), "--port", str(self.port)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        while True:
            try:
                if self.get("/")[0] == 200:
                    break
            except OSError:
                pass
            if self.proc.poll() is not None or time.perf_counter() - start > 60:
                raise RuntimeError("the server did not start")
            time.sleep(0.02)
        self.cold_start = time.perf_counter() - start

    def get(self, path: str, conn: http.client.HTTPConnection | None = None) -> tuple[int, bytes]:
        own = conn is None
        c = conn or http.client.HTTPConnection("127.0.0.1", self.port, timeout=30)
        c.request("GET", path, headers={"Accept": "application/sparql-results+json, text/html"})
        resp = c.getresponse()
        body = resp.read()
        if own:
            c.close()
        return resp.status, body

    def rss_mb(self, field: str = "VmRSS") -> float:
        """Resident memory (``RssAnon``: the process's own; ``RssFile``: mapped files)."""
        status = Path(f"/proc/{self.proc.pid}/status").read_text()
        kb = next(int(line.split()[1]) for line in status.splitlines() if line.startswith(f"{field}:"))
        return kb / 1024

    def stop(self) -> None:
        self.proc.terminate()
        self.proc.wait(timeout=10)


def load_test(server: Server, paths: list[str], seconds: float, clients: int) -> tuple[float, int]:
    """Requests per second from ``clients`` keep-alive connections; and the count of non-200 answers."""
    done, errors = [0] * clients, [0] * clients
    stop = time.perf_counter() + seconds

    def client(n: int) -> None:
        conn = http.client.HTTPConnection("127.0.0.1", server.port, timeout=30)
        i = n
        while time.perf_counter() < stop:
            status, _ = server.get(paths[i % len(paths)], conn)
            done[n] += 1
            errors[n] += status != 200
            i += 1
        conn.close()

    threads = [threading.Thread(target=client, args=(n,)) for n in range(clients)]
    start = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return sum(done) / (time.perf_counter() - start), sum(errors)


_WRK_ROTATE = """
paths = {PATHS}
n = 0
request = function()
  n = n + 1
  return wrk.format("GET", paths[(n % #paths) + 1])
end
"""


def wrk_rate(server: Server, paths: list[str], seconds: int, connections: int = 8) -> float | None:
    """Requests/s from wrk (Debian package, installed by `make bench`) cycling through ``paths``."""
    if shutil.which("wrk") is None:
        return None
    with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as script:
        script.write(_WRK_ROTATE.replace("{PATHS}", "{" + ", ".join(json.dumps(p) for p in paths) + "}"))
    try:
        out = subprocess.run(
            [
                "wrk",
                "-t1",
                f"-c{connections}",
                f"-d{seconds}s",
                "-s",
                script.name,
                f"http://127.0.0.1:{server.port}/",
            ],
            capture_output=True,
            text=True,
            check=False,
        ).stdout
    finally:
        os.unlink(script.name)
    for line in out.splitlines():
        if line.startswith("Requests/sec:"):
            return float(line.split()[1])
    return None
