"""Search benchmark: index a scaled corpus and time queries in process.

Builds the sample corpus, takes its passages as seeds and writes variations of
them (other numbers, dates, clause order and a few words swapped for related
ones, spread over more documents, years and issues) until there are at least
50,000 passages.  Reports the index time and the median and p99 latency of a
fixed list of queries (each a full search: ranking, facets over every hit and
snippets of the first page), each figure with its target: first in process,
then over HTTP against ``/search.json`` of the web app served by waitress on
127.0.0.1 in a separate process.

Run with `.venv/bin/python bench/search_bench.py [--passages N] [--rounds N] [--http-rounds N]`.
"""

from __future__ import annotations

import argparse
import http.client
import os
import platform
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path
from urllib.parse import quote, urlencode

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from corpus_gen import sample_corpus  # noqa: E402

from kg.build import build  # noqa: E402
from kg.settings import Settings, load_settings  # noqa: E402
from kg.store.reader import ReadStore  # noqa: E402
from search.build import write_index  # noqa: E402
from search.engine import Filters, search  # noqa: E402
from search.index import IndexLock  # noqa: E402
from search.passages import Passage, collect  # noqa: E402

# Index time has no target; latency targets hold for in-process searches at
# 50,000 passages, and are printed beside the figures over HTTP for comparison.
TARGETS: dict[str, float | None] = {"index_s": None, "median_ms": 5.0, "p99_ms": 50.0}
QUERIES = [
    "マイナンバー",
    "マイナンバーカード",
    "個人番号カード",
    "J-LIS",
    "地方公共団体情報システム機構",
    "健診",
    "登記",
    "デジタル改革関連法",
    "電子証明書",
    "ガバメントクラウド",
    "児童手当",
    "公金受取口座",
    '"公金受取口座の登録"',
    "自治体 標準化",
    "マイナポータル 自動入力",
    "スマートフォン OR 生体認証",
    "オンライン資格確認 -薬局",
    "GIF 相互運用性",
    "読み仮名 法制化",
    "運転免許証",
]
FILTERED = [
    ("電子証明書", Filters.of(types=["Measure"])),
    ("法改正", Filters.of(laws=["デジタル改革関連法"])),
]
SWAPS = [
    ("マイナンバーカード", "個人番号カード"),
    ("自治体", "地方公共団体"),
    ("検討", "検討・整備"),
    ("実施", "実施・展開"),
    ("推進", "促進"),
    ("システム", "情報システム"),
    ("スマートフォン", "スマホ"),
]
SUFFIXES = ["（{y}年{m}月）", "（令和{r}年度）", "（{m}月～予定）", ""]


def vary(seed: Passage, n: int, rng: random.Random) -> Passage:
    text = seed.text
    for a, b in rng.sample(SWAPS, 2):
        text = text.replace(a, b) if rng.random() < 0.5 else text
    parts = text.split("、")
    if len(parts) > 2 and rng.random() < 0.5:
        rng.shuffle(parts)
        text = "、".join(parts)
    year = rng.randint(2019, 2026)
    text += rng.choice(SUFFIXES).format(y=year, m=rng.randint(1, 12), r=year - 2018)
    document = f"{seed.document}-v{n % 40:02d}"
    return replace(
        seed,
        key=f"{seed.key}/v{n}",
        iri=f"{seed.iri}/v{n}",
        text=text,
        label=text[:60],
        document=document,
        line=seed.line + n % 1000,
        years=[str(year)] if seed.years or rng.random() < 0.3 else [],
        issues=list(seed.issues)
        or ([f"{rng.randint(1, 6)}.{rng.randint(1, 7)}"] if rng.random() < 0.2 else []),
    )


def percentile(sorted_values: list[float], share: float) -> float:
    """The value below which ``share`` of the values fall (nearest rank)."""
    return sorted_values[min(len(sorted_values) - 1, int(len(sorted_values) * share))]


def figure(name: str, value: float, unit: str, target: float | None) -> str:
    """``name value unit`` with its target and whether it is met."""
    if target is None:
        return f"{name}: {value:,.1f} {unit} (no target)"
    verdict = "met" if value <= target else "MISSED"
    return f"{name}: {value:,.1f} {unit} (target ≤ {target:g} {unit}: {verdict})"


def latencies(label: str, times: list[float], cpu: list[float] | None = None) -> list[str]:
    """Median and p99 lines of ``times`` (seconds), with the CPU time spent when given."""
    times = sorted(times)
    lines = [
        figure(f"{label} median", statistics.median(times) * 1000, "ms", TARGETS["median_ms"]),
        figure(f"{label} p99", percentile(times, 0.99) * 1000, "ms", TARGETS["p99_ms"]),
    ]
    if cpu:
        cpu = sorted(cpu)
        lines.append(
            f"  (CPU time of the same searches: median {statistics.median(cpu) * 1000:.1f} ms, "
            f"p99 {percentile(cpu, 0.99) * 1000:.1f} ms; max wall {times[-1] * 1000:.1f} ms)"
        )
    return lines


def in_process(settings: Settings, rounds: int) -> tuple[list[str], dict[str, int]]:
    """Every query of :data:`QUERIES` and :data:`FILTERED`, ``rounds`` times over."""
    lines: list[str] = []
    started = time.perf_counter()
    search(settings, "登記")  # opens the index, loads the dictionary, reads facet postings
    lines.append(f"first query (opens the index): {(time.perf_counter() - started) * 1000:.0f} ms")
    wall: list[list[float]] = []
    cpu: list[float] = []
    totals: dict[str, int] = {}
    searches: list[tuple[str, Filters | None]] = [*((q, None) for q in QUERIES), *FILTERED]
    for _ in range(rounds):
        times = []
        for query, filters in searches:
            started, started_cpu = time.perf_counter(), time.process_time()
            result = search(settings, query, filters)
            cpu.append(time.process_time() - started_cpu)
            times.append(time.perf_counter() - started)
            if filters is None:
                totals[query] = result.total
        wall.append(times)
    every = [t for times in wall for t in times]
    lines.append(f"in process, {len(every)} searches ({len(searches)} queries × {rounds} rounds):")
    lines.extend("  " + line for line in latencies("latency", every, cpu))
    # The first round reads each term's postings from disk; later rounds find them in memory.
    first = sorted(wall[0])
    lines.append(
        f"  first round alone (terms not yet in memory): median {statistics.median(first) * 1000:.1f} ms, "
        f"max {first[-1] * 1000:.1f} ms"
    )
    return lines, totals


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def over_http(data: Path, rounds: int) -> list[str]:
    """The same queries against ``/search.json`` of the app served by waitress in another process."""
    port = _free_port()
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "kg.cli",
            "serve",
            "--data",
            str(data),
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
        ],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        connection = _connect(port, server)
        paths = [f"/search.json?q={quote(q)}" for q in QUERIES]
        paths += [
            f"/search.json?q={quote(q)}&" + urlencode([(k, v) for k, vs in f.by_facet().items() for v in vs])
            for q, f in FILTERED
        ]
        started = time.perf_counter()
        _get(connection, "/search.json?q=" + quote("登記"))
        lines = [
            f"first request (the server opens the index): {(time.perf_counter() - started) * 1000:.0f} ms"
        ]
        times: list[float] = []
        for _ in range(rounds):
            for path in paths:
                started = time.perf_counter()
                _get(connection, path)
                times.append(time.perf_counter() - started)
        connection.close()
        lines.append(f"over HTTP (waitress, 127.0.0.1, one keep-alive connection), {len(times)} requests:")
        lines.extend("  " + line for line in latencies("latency", times))
        return lines
    finally:
        server.terminate()
        server.wait(timeout=30)


def _connect(port: int, server: subprocess.Popen[bytes]) -> http.client.HTTPConnection:
    deadline = time.monotonic() + 60
    while True:
        try:
            connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
            connection.connect()
            return connection
        except OSError:
            if server.poll() is not None or time.monotonic() > deadline:
                error = server.stderr.read().decode() if server.stderr else ""
                raise SystemExit(f"the server did not start: {error}") from None
            time.sleep(0.1)


def _get(connection: http.client.HTTPConnection, path: str) -> None:
    connection.request("GET", path, headers={"Accept": "application/json"})
    response = connection.getresponse()
    body = response.read()
    if response.status != 200:
        raise SystemExit(f"GET {path}: HTTP {response.status}: {body[:200]!r}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--passages", type=int, default=50_000)
    parser.add_argument("--rounds", type=int, default=10)
    parser.add_argument("--http-rounds", type=int, default=15, help="rounds over HTTP (0 skips them)")
    args = parser.parse_args()
    machine = platform.processor() or platform.machine()
    print(f"machine: {machine}, {os.cpu_count()} cores, Python {platform.python_version()}")
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else 0.0
    print(f"load average at start: {load:.2f} (wall-clock figures grow when other work shares the cores)")
    with tempfile.TemporaryDirectory() as tmp:
        seed_settings = load_settings(
            env={},
            config_path=None,
            overrides={"data_dir": Path(tmp) / "seed", "corpus_dir": sample_corpus(Path(tmp))},
        )
        build(seed_settings)
        seeds, vocab, _ = collect(ReadStore(seed_settings.data_dir), seed_settings.corpus_dir)
        rng = random.Random(20211022)
        passages = list(seeds)
        n = 0
        while len(passages) < args.passages:
            passages.append(vary(seeds[n % len(seeds)], n, rng))
            n += 1
        chars = sum(len(p.text) for p in passages)
        data = Path(tmp) / "scaled"
        settings = seed_settings.replace(data_dir=data)
        started = time.perf_counter()
        with IndexLock(data):
            write_index(data, passages, vocab, "bench")
        index_seconds = time.perf_counter() - started
        print(
            figure(
                f"index {len(passages):,} passages ({chars:,} chars)", index_seconds, "s", TARGETS["index_s"]
            )
            + f", {len(passages) / index_seconds:,.0f} passages/s"
        )
        lines, totals = in_process(settings, args.rounds)
        print("\n".join(lines))
        print("hits per query: " + ", ".join(f"{q} {t:,}" for q, t in totals.items()))
        if args.http_rounds > 0:
            print("\n".join(over_http(data, args.http_rounds)))


if __name__ == "__main__":
    main()
