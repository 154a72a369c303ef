"""Headless Chromium for the browser tests: Debian's chromium driven by Playwright."""

from __future__ import annotations

import contextlib
import shutil
import threading
from collections.abc import Iterator
from typing import Any

import pytest

from kg.settings import Settings
from web import create_app

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
# Without the background-networking flags Chromium keeps reaching for hosts
# this machine's closed network refuses.
CHROMIUM_FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
SKIP_REASON = "Chromium is not installed (make test installs Debian's chromium where it can)"


@contextlib.contextmanager
def serving(settings: Settings) -> Iterator[str]:
    """The web app on waitress at a free port on 127.0.0.1; yields its base URL (no trailing slash)."""
    from waitress.server import create_server

    server = create_server(create_app(settings), host="127.0.0.1", port=0, threads=4)
    port = server.effective_port  # type: ignore[union-attr]
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.close()


@contextlib.contextmanager
def chromium() -> Iterator[Any]:
    """A launched headless browser, or a skip where Chromium cannot be had."""
    if CHROMIUM is None:
        pytest.skip(SKIP_REASON)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_FLAGS)
        try:
            yield browser
        finally:
            browser.close()
