"""Pages with pictures: how long they take to load on the sample corpus.

Run with `.venv/bin/python bench/pictures_bench.py`.  Builds the sample corpus
into a temporary folder, serves it on waitress and times, for each page that
draws a picture (an issue's timeline, the prefecture map, a chart, a document
with all its tables, the document's timeline): the first request of the page
(drawn from the store), the median of 20 more, and, where Chromium is installed,
the browser's load time (navigation start to the load event).  Target: under 300 ms.
"""

from __future__ import annotations

import shutil
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from corpus_gen import sample_corpus  # noqa: E402

from kg.build import build  # noqa: E402
from kg.settings import load_settings  # noqa: E402
from web import create_app  # noqa: E402

SEED = "/id/doc/digital-wg-followup-2021-10-22"
PAGES = {
    "issue 2.1 (timeline, 8 items)": f"{SEED}/issue/2.1",
    "都道府県別 dataset (map of 47 prefectures)": f"{SEED}/dataset/t147",
    "団体区分別 dataset (bar chart)": f"{SEED}/dataset/t106",
    "document entity page (timeline of the whole report)": SEED,
    "document text (9 maps and charts)": "/documents/digital-wg-followup-2021-10-22",
}
TARGET_MS = 300.0


def browser_load_ms(base: str, path: str) -> float | None:
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium is None:
        return None
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium, headless=True, args=["--no-sandbox"])
        page = browser.new_page()
        page.goto(base + "/")  # warm the browser itself
        times = []
        for _ in range(5):
            page.goto(base + path, wait_until="load")
            timing = page.evaluate("performance.getEntriesByType('navigation')[0].loadEventEnd")
            times.append(float(timing))
        browser.close()
    return statistics.median(times)


def main() -> None:
    from waitress.server import create_server

    with tempfile.TemporaryDirectory() as tmp:
        corpus = sample_corpus(Path(tmp))
        settings = load_settings(
            env={}, config_path=None, overrides={"data_dir": Path(tmp) / "data", "corpus_dir": corpus}
        )
        build(settings)
        server = create_server(create_app(settings), host="127.0.0.1", port=0, threads=4)
        base = f"http://127.0.0.1:{server.effective_port}"  # type: ignore[union-attr]
        threading.Thread(target=server.run, daemon=True).start()
        try:
            with httpx.Client(base_url=base, timeout=30) as client:
                client.get("/")  # the app's first request loads templates and opens the store
                print("| page | first request | median of 20 | browser load (median of 5) | target |")
                print("|---|---|---|---|---|")
                for name, path in PAGES.items():
                    start = time.perf_counter()
                    assert client.get(path).status_code == 200, path
                    first = (time.perf_counter() - start) * 1000
                    times = []
                    for _ in range(20):
                        start = time.perf_counter()
                        client.get(path)
                        times.append((time.perf_counter() - start) * 1000)
                    warm = statistics.median(times)
                    load = browser_load_ms(base, path)
                    shown = f"{load:.0f} ms" if load is not None else "no Chromium"
                    worst = max(first, load or 0.0)
                    verdict = "**met**" if worst < TARGET_MS else "missed"
                    print(
                        f"| {name} | {first:.0f} ms | {warm:.0f} ms | {shown} "
                        f"| < {TARGET_MS:.0f} ms: {verdict} |"
                    )
        finally:
            server.close()


if __name__ == "__main__":
    main()
