"""Benchmarks: reading, extraction and a corpus build, with figures for BENCHMARKS.md.

Run with `make bench` (or `.venv/bin/python bench/run.py`).  Each figure is the
median of several runs on the sample corpus; the machine is printed with them.
Then the scaled benchmarks (bench/scale_bench.py) run: ``--quick`` on a small
generated corpus (a few minutes), otherwise on 1,000 documents.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from corpus_gen import sample_corpus  # noqa: E402

from kg.build import build, extract_graph  # noqa: E402
from kg.extract.extraction import extract  # noqa: E402
from kg.rdf.triples import DocumentMeta  # noqa: E402
from kg.read import read_document  # noqa: E402
from kg.settings import load_settings  # noqa: E402
from kg.store.reader import ReadStore  # noqa: E402

SEED = ROOT / "corpus" / "digital-wg-followup-2021-10-22.txt"


def median_seconds(fn: Callable[[], object], runs: int = 5) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true", help="the scaled benchmarks on a small corpus")
    parser.add_argument("--no-scale", action="store_true", help="only the sample-corpus figures")
    args = parser.parse_args()
    sample()
    if not args.no_scale:
        scale = [sys.executable, str(ROOT / "bench" / "scale_bench.py"), *(["--quick"] if args.quick else [])]
        subprocess.run(scale, check=True)


def sample() -> None:
    machine = platform.processor() or platform.machine()
    print(f"machine: {machine}, {os.cpu_count()} cores, Python {platform.python_version()}")
    chars = len(SEED.read_text(encoding="utf-8"))
    read = median_seconds(lambda: read_document(SEED))
    print(f"read seed report ({chars} chars): {read * 1000:.1f} ms ({chars / read:,.0f} chars/s)")
    doc = read_document(SEED)
    meta = DocumentMeta("bench", "bench", None, dt.date(2021, 10, 22), None, None, "seed.txt", "sha256:0")
    start = time.perf_counter()
    extract(doc, dt.date(2021, 10, 22))  # the first call loads the pipelines
    print(f"extract seed report, first call (loads the NLP pipelines): {time.perf_counter() - start:.2f} s")
    found = median_seconds(lambda: extract(doc, dt.date(2021, 10, 22)))
    print(f"extract seed report (items, laws, agencies, dates, tables): {found * 1000:.0f} ms")
    graph = median_seconds(lambda: extract_graph(meta, doc))
    print(f"extract seed report to RDF (extraction and triples): {graph * 1000:.0f} ms")
    with tempfile.TemporaryDirectory() as tmp:
        # The seed report and, where the shared seeds folder has it, the GIF guidebook.
        corpus = sample_corpus(Path(tmp))
        settings = load_settings(
            env={}, config_path=None, overrides={"data_dir": Path(tmp) / "data", "corpus_dir": corpus}
        )
        start = time.perf_counter()
        report = build(settings)
        first = time.perf_counter() - start
        start = time.perf_counter()
        build(settings)
        noop = time.perf_counter() - start
        print(
            f"build sample corpus: {first:.2f} s ({len(report.documents)} documents, "
            f"{report.triples} triples); unchanged rebuild: {noop:.2f} s"
        )
        store = ReadStore(settings.data_dir)
        query = 'SELECT ?i ?l WHERE { ?i a pol:Issue ; rdfs:label ?l ; pol:partOfTheme/pol:number "3" }'
        q = median_seconds(lambda: store.select(query), runs=20)
        print(f"SPARQL select (issues of a theme): {q * 1000:.2f} ms")


if __name__ == "__main__":
    main()
