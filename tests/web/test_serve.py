"""`policykg serve` for real: a waitress process answering on a free port."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator

import pytest

from tests.conftest import ROOT


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    data = tmp_path_factory.mktemp("serve") / "data"
    env = {k: v for k, v in os.environ.items() if not k.startswith("POLICYKG_")}
    subprocess.run([sys.executable, "-m", "kg", "build", "--data", str(data)], check=True, cwd=ROOT, env=env,
                   capture_output=True, timeout=300)  # fmt: skip
    port = free_port()
    proc = subprocess.Popen(
        [sys.executable, "-m", "kg", "serve", "--data", str(data), "--port", str(port)],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    url = f"http://127.0.0.1:{port}/"
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                urllib.request.urlopen(url, timeout=2).read()
                break
            except OSError:
                if proc.poll() is not None:
                    raise AssertionError(proc.stderr.read() if proc.stderr else "server exited") from None
                time.sleep(0.2)
        yield url
    finally:
        proc.terminate()
        proc.wait(10)


def test_serves_the_home_page(server: str) -> None:
    # The server's data is a build of corpus/, the sample corpus: the seed report alone.
    with urllib.request.urlopen(server, timeout=10) as response:
        assert response.status == 200
        assert response.headers["Server"] == "policykg"
        html = response.read().decode("utf-8")
    assert "マイナンバー制度及び国と地方のデジタル基盤抜本改善ワーキンググループ報告書フォローアップ" in html
    assert "政府相互運用性フレームワーク（GIF）" not in html


def test_serves_static_files(server: str) -> None:
    with urllib.request.urlopen(server + "static/policykg.css", timeout=10) as response:
        assert response.status == 200
        assert "text/css" in response.headers["Content-Type"]


def test_error_has_no_traceback(server: str) -> None:
    request = urllib.request.Request(server + "missing", headers={"Accept": "application/json"})
    try:
        urllib.request.urlopen(request, timeout=10)
    except urllib.error.HTTPError as exc:
        assert exc.code == 404
        body = exc.read().decode("utf-8")
        assert '"ok":false' in body.replace(" ", "")
        assert "Traceback" not in body
    else:
        raise AssertionError("expected 404")
