"""Headless Chromium for the browser tests: Debian's chromium driven by Playwright.

Gives the context managers ``serving`` (the web app on waitress) and ``chromium``
(a launched browser), and the fixtures every browser test shares, registered for
the whole suite by tests/conftest.py:

- ``served_build``: the built data folder the module's pages come from; the
  session's sample corpus unless a module (or a folder's conftest) overrides it;
- ``live_url``: the base URL (no trailing slash) of the web app over it;
- ``browser``: one headless Chromium per module;
- ``page``: a fresh 1280×900 page in its own context, whose console messages and
  page errors are kept in ``page.console_messages`` (CSP violations show there).
"""

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


@pytest.fixture(scope="module")
def served_build(built: Settings) -> Settings:
    """The session's sample corpus, built; override it in a module that serves another build."""
    return built


@pytest.fixture(scope="module")
def live_url(served_build: Settings) -> Iterator[str]:
    with serving(served_build) as url:
        yield url


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with chromium() as launched:
        yield launched


@pytest.fixture
def page(browser: Any) -> Iterator[Any]:
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    opened = context.new_page()
    opened.console_messages = []
    opened.on("console", lambda m: opened.console_messages.append(f"{m.type}: {m.text}"))
    opened.on("pageerror", lambda e: opened.console_messages.append(f"pageerror: {e}"))
    try:
        yield opened
    finally:
        context.close()
