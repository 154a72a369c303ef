"""Benchmark: the dependency parse that decides agency roles and law relations.

Run with `.venv/bin/python bench/relations_bench.py`.  Prints how many of the seed
report's item sentences the parser reads (and how many characters that is, against the
whole report), the time to load the GiNZA model, and the time to extract the seed with
and without the parse (median of several runs, on one core).
"""

from __future__ import annotations

import datetime as dt
import os
import platform
import statistics
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kg.extract import parser, relations  # noqa: E402
from kg.extract.extraction import extract  # noqa: E402
from kg.extract.parser import sentences  # noqa: E402
from kg.read import read_document  # noqa: E402

SEED = ROOT / "corpus" / "digital-wg-followup-2021-10-22.txt"
REPORT_DATE = dt.date(2021, 10, 22)
RUNS = 5


def median_seconds(fn: Callable[[], object], runs: int = RUNS) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def in_fresh_thread(fn: Callable[[], Any]) -> tuple[Any, float]:
    """Run ``fn`` where no parser has been loaded yet (there is one per thread)."""
    out: list[Any] = []

    def run() -> None:
        start = time.perf_counter()
        value = fn()
        out.append((value, time.perf_counter() - start))

    worker = threading.Thread(target=run)
    worker.start()
    worker.join()
    result: tuple[Any, float] = out[0]
    return result


def parsed_characters(doc: Any) -> tuple[int, int, int]:
    """Item sentences with a mention, and the sentences and characters the parser reads."""
    original = parser.dependency_parser
    seen: list[int] = []

    def counting() -> Any:
        nlp = original()
        return None if nlp is None else _Counting(nlp, seen)

    relations.dependency_parser = counting
    parser.dependency_parser = counting
    try:
        ex = extract(doc, REPORT_DATE)
    finally:
        relations.dependency_parser = original
        parser.dependency_parser = original
    with_mention = 0
    for item in ex.items:
        for start, end in sentences(doc.text[item.start : item.end]):
            lo, hi = item.start + start, item.start + end
            mentions = [*item.laws, *item.agencies]
            with_mention += any(lo <= m.start and m.end <= hi for m in mentions)
    return with_mention, len(seen), sum(seen)


class _Counting:
    def __init__(self, nlp: Any, seen: list[int]) -> None:
        self._nlp, self._seen = nlp, seen

    def __call__(self, text: str) -> Any:
        self._seen.append(len(text))
        return self._nlp(text)

    def pipe(self, texts: list[str], **kwargs: Any) -> Any:
        self._seen.extend(len(t) for t in texts)
        return self._nlp.pipe(texts, **kwargs)


def main() -> None:
    machine = platform.processor() or platform.machine()
    print(f"machine: {machine}, {os.cpu_count()} cores, Python {platform.python_version()}")
    doc = read_document(SEED)
    chars = len(doc.text)
    _, load = in_fresh_thread(parser.dependency_parser)
    print(f"load {parser.PARSER_MODEL} (once per thread): {load:.2f} s")
    ex, cold = in_fresh_thread(lambda: extract(doc, REPORT_DATE))
    print(f"extract seed report, cold (model load included): {cold:.2f} s")
    with_mention, parsed, parsed_chars = parsed_characters(doc)
    print(
        f"sentences parsed: {parsed} of {with_mention} item sentences naming a law or agency "
        f"({ex.parsed_sentences} counted by the extraction); "
        f"{parsed_chars} of {chars} characters ({parsed_chars / chars:.1%} of the report)"
    )
    warm = median_seconds(lambda: extract(doc, REPORT_DATE))
    rules = median_seconds(lambda: extract(doc, REPORT_DATE, use_parser=False))
    print(f"extract seed report, warm: {warm * 1000:.0f} ms with the parse, {rules * 1000:.0f} ms without")
    cost = warm - rules
    rate = f" ({parsed_chars / cost:,.0f} chars/s)" if cost > 0 else ""
    print(f"the parse costs {cost * 1000:.0f} ms a run{rate}")


if __name__ == "__main__":
    main()
