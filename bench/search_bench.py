"""Search benchmark: index a scaled corpus and time queries in process.

Builds the sample corpus, takes its passages as seeds and writes variations of
them (other numbers, dates, clause order and a few words swapped for related
ones, spread over more documents, years and issues) until there are at least
50,000 passages.  Reports the index time and the median and p99 latency of a
fixed list of queries (each a full search: ranking, facets over every hit and
snippets of the first page), each figure with its target: first in process,
then over HTTP against ``/search.json`` of the web app served by waitress on
127.0.0.1 in a separate process, and, with ``--pages-seconds``, the requests per
second of search pages and of ``/search.json`` under wrk (as bench/scale_bench.py
measures them).

``--passages 296906`` makes an index the size of the 1,000-document corpus's
without building that corpus; ``--data DIR`` keeps the built seed store and the
index in DIR and reuses them on the next run with the same ``--passages``.
``--profile N`` prints the N costliest functions (cProfile) of the in-process rounds.
``--page-cpu N`` measures instead the processor time of a search page worked out afresh: N
queries, each new to the server's caches (distinct words of passages picked at random, written to
``--queries FILE`` or read from it when it exists), rendered in process (the app's test client) and
over HTTP (user + system time of the server process from /proc, and its resident memory after
the pages, anonymous and mapped apart); ``--dump FILE`` writes each
query's JSON and page, to compare two versions of the code.
Every figure is taken twice: with each search worked out afresh
(``search_results_kept = 0``), and with the results kept for the index
generation, as the server keeps them by default.

Run with `.venv/bin/python bench/search_bench.py [--passages N] [--rounds N] [--http-rounds N]
[--pages-seconds S] [--data DIR] [--profile N] [--page-cpu N --queries FILE [--dump FILE]]`.
"""

from __future__ import annotations

import argparse
import cProfile
import http.client
import io
import json
import os
import platform
import pstats
import random
import shutil
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
from serving import Server, free_port, wrk_rate  # noqa: E402

from kg.build import build  # noqa: E402
from kg.settings import Settings, load_settings  # noqa: E402
from kg.store.reader import ReadStore  # noqa: E402
from search.analysis import pieces  # noqa: E402
from search.build import write_index  # noqa: E402
from search.engine import Filters, search  # noqa: E402
from search.index import IndexLock, holder  # noqa: E402
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
# What bench/scale_bench.py loads the 1,000-document build with: search pages under wrk,
# and /search.json one request at a time.
PAGE_QUERIES = ["マイナンバー", "電子証明書", "デジタル庁", "マイナンバーカード 普及", "公金受取口座"]
JSON_QUERIES = ["マイナンバー", "電子証明書", "デジタル庁", "公金受取口座"]
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


def in_process(settings: Settings, rounds: int, profile: int = 0) -> tuple[list[str], dict[str, int]]:
    """Every query of :data:`QUERIES` and :data:`FILTERED`, ``rounds`` times over.

    With ``profile``, the rounds after the first run under cProfile and the
    ``profile`` costliest functions (by their own time and cumulatively) are listed.
    """
    lines: list[str] = []
    started = time.perf_counter()
    search(settings, "登記")  # opens the index, loads the dictionary, reads facet postings
    lines.append(f"first query (opens the index): {(time.perf_counter() - started) * 1000:.0f} ms")
    wall: list[list[float]] = []
    cpu: list[float] = []
    totals: dict[str, int] = {}
    searches: list[tuple[str, Filters | None]] = [*((q, None) for q in QUERIES), *FILTERED]
    profiler = cProfile.Profile() if profile else None
    for n in range(rounds):
        times = []
        if profiler is not None and n == 1:
            profiler.enable()
        for query, filters in searches:
            started, started_cpu = time.perf_counter(), time.process_time()
            result = search(settings, query, filters)
            cpu.append(time.process_time() - started_cpu)
            times.append(time.perf_counter() - started)
            if filters is None:
                totals[query] = result.total
        wall.append(times)
    if profiler is not None:
        profiler.disable()
    every = [t for times in wall for t in times]
    lines.append(f"in process, {len(every)} searches ({len(searches)} queries × {rounds} rounds):")
    lines.extend("  " + line for line in latencies("latency", every, cpu))
    # The first round reads each term's postings from disk; later rounds find them in memory.
    first = sorted(wall[0])
    lines.append(
        f"  first round alone (terms not yet in memory): median {statistics.median(first) * 1000:.1f} ms, "
        f"max {first[-1] * 1000:.1f} ms"
    )
    for name, query in (("broad", "マイナンバー"), ("narrow", "運転免許証")):
        times = []
        for _ in range(max(rounds, 5)):
            started = time.perf_counter()
            search(settings, query)
            times.append(time.perf_counter() - started)
        lines.append(f"  {name} query {query}: median {statistics.median(times) * 1000:.1f} ms")
    if profiler is not None:
        for order in ("tottime", "cumulative"):
            out = io.StringIO()
            pstats.Stats(profiler, stream=out).sort_stats(order).print_stats(profile)
            lines.append(f"profile of rounds 2–{rounds}, by {order}:")
            lines.extend("    " + line for line in out.getvalue().splitlines() if line.strip())
    return lines, totals


def over_http(data: Path, rounds: int) -> list[str]:
    """The same queries against ``/search.json`` of the app served by waitress in another process."""
    port = free_port()
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
        lines.append(f"over HTTP (waitress, 127.0.0.1, one keep-alive connection), {len(times)} requests:")
        lines.extend("  " + line for line in latencies("latency", times))
        times = []
        for _ in range(rounds):
            for query in JSON_QUERIES:
                started = time.perf_counter()
                _get(connection, f"/search.json?q={quote(query)}")
                times.append(time.perf_counter() - started)
        connection.close()
        lines.append(
            f"over HTTP, the {len(JSON_QUERIES)} queries of bench/scale_bench.py ({', '.join(JSON_QUERIES)}):"
        )
        lines.extend("  " + line for line in latencies("latency", times))
        return lines
    finally:
        server.terminate()
        server.wait(timeout=30)


def under_load(data: Path, seconds: int) -> list[str]:
    """Requests/s of search pages and of /search.json under wrk (1 thread, 8 connections)."""
    server = Server(data)
    try:
        lines = []
        for what, paths in (
            ("search pages", [f"/search?q={quote(q)}" for q in PAGE_QUERIES]),
            ("/search.json", [f"/search.json?q={quote(q)}" for q in JSON_QUERIES]),
        ):
            for path in paths:
                status, _ = server.get(path)  # the first request of each opens and reads
                if status != 200:
                    raise SystemExit(f"GET {path}: HTTP {status}")
            rate = wrk_rate(server, paths, seconds)
            shown = "wrk is not installed (make bench-deps)" if rate is None else f"{rate:,.0f} requests/s"
            lines.append(
                f"{what} ({', '.join(PAGE_QUERIES if what == 'search pages' else JSON_QUERIES)}): {shown}"
            )
        lines.append(f"  (wrk, 1 thread, 8 connections, {seconds} s each, sharing the cores with the server)")
        return lines
    finally:
        server.stop()


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


def _get(connection: http.client.HTTPConnection, path: str, accept: str = "application/json") -> None:
    connection.request("GET", path, headers={"Accept": accept})
    response = connection.getresponse()
    body = response.read()
    if response.status != 200:
        raise SystemExit(f"GET {path}: HTTP {response.status}: {body[:200]!r}")


def page_queries(settings: Settings, count: int) -> list[str]:
    """``count`` distinct queries, no word in two of them: a word of a passage picked at random
    (so common words come up as often as people meet them), every fifth query two such words."""
    rng = random.Random(23)
    words: list[str] = []
    with holder(settings.data_dir).searcher() as (_, searcher):
        passages = searcher.doc_count_all()
        while len(words) < count * 6 // 5:
            text = searcher.stored_fields(rng.randrange(passages)).get("text", "")
            found = [
                text[p.start : p.end]
                for p in pieces(text)
                if not p.sub and p.end - p.start > 1 and not text[p.start : p.end].isdigit()
            ]
            found = [w for w in found if any(not ("ぁ" <= c <= "ゟ") for c in w) and w not in words]
            if found:
                words.append(rng.choice(found))
    queries, at = [], 0
    while len(queries) < count:
        take = 2 if len(queries) % 5 == 4 else 1
        queries.append(" ".join(words[at : at + take]))
        at += take
    return queries


def _server_cpu(pid: int) -> float:
    """User + system seconds of process ``pid`` so far."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _server_memory(pid: int) -> str:
    """Resident memory of process ``pid``: anonymous (the heap) and mapped files, in MB."""
    found = dict(
        line.split(":", 1) for line in Path(f"/proc/{pid}/status").read_text().splitlines() if ":" in line
    )
    mb = {k: int(found[k].split()[0]) / 1024 for k in ("VmRSS", "RssAnon", "RssFile") if k in found}
    return ", ".join(f"{k} {v:,.0f} MB" for k, v in mb.items())


def _settle(pid: int) -> None:
    """Wait until ``pid`` stops using the processor (its reading ahead of names is done)."""
    last = _server_cpu(pid)
    while True:
        time.sleep(1.0)
        now = _server_cpu(pid)
        if now - last < 0.02:
            return
        last = now


PAGE_BUDGET_S = 600.0
WARM_QUERIES = ["登記", "マイナンバー", "デジタル庁 推進", "電子証明書", "公金受取口座"]


def page_cpu(settings: Settings, queries: list[str], profile: int, dump: Path | None) -> list[str]:
    """Processor ms per search page afresh, in process and over HTTP, over ``queries``."""
    from web.app import create_app

    lines = [f"{len(queries)} queries, each new to the caches; pages of {settings.search_page_size} hits"]
    # The first page opens the index, which under a heavy load of other work can pass a page's budget.
    settings = settings.replace(page_budget_s=PAGE_BUDGET_S)
    os.environ["POLICYKG_PAGE_BUDGET_S"] = str(PAGE_BUDGET_S)
    client = create_app(settings).test_client()
    for query in WARM_QUERIES:
        client.get("/search", query_string={"q": query})
    paths = [f"/search?q={quote(q)}" for q in queries]
    profiler = cProfile.Profile() if profile else None
    started = time.process_time()
    if profiler is not None:
        profiler.enable()
    for path in paths:
        response = client.get(path)
        if response.status_code != 200:
            raise SystemExit(f"GET {path}: HTTP {response.status_code}")
    if profiler is not None:
        profiler.disable()
    spent = time.process_time() - started
    lines.append(f"in process: {spent / len(paths) * 1000:.2f} ms of processor time per page")
    if profiler is not None:
        for order in ("tottime", "cumulative"):
            out = io.StringIO()
            pstats.Stats(profiler, stream=out).sort_stats(order).print_stats(profile)
            lines.append(f"profile of the {len(paths)} pages, by {order}:")
            lines.extend("    " + line for line in out.getvalue().splitlines() if line.strip())
    if dump is not None:
        with dump.open("w", encoding="utf-8") as out_file:
            for query in queries:
                body = client.get("/search.json", query_string={"q": query}).get_json()
                page = client.get("/search", query_string={"q": query}).get_data(as_text=True)
                out_file.write(
                    json.dumps({"q": query, "json": body, "page": page}, ensure_ascii=False) + "\n"
                )
    port = free_port()
    server = subprocess.Popen(
        [*(sys.executable, "-m", "kg.cli", "serve", "--data", str(settings.data_dir)), "--port", str(port)],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        connection = _connect(port, server)
        for query in WARM_QUERIES:
            _get(connection, "/search?q=" + quote(query), "text/html")
        _settle(server.pid)
        before = _server_cpu(server.pid)
        for path in paths:
            _get(connection, path, "text/html")
        spent = _server_cpu(server.pid) - before
        connection.close()
        lines.append(f"over HTTP: {spent / len(paths) * 1000:.2f} ms of the server's processor time per page")
        lines.append(f"the server after the pages: {_server_memory(server.pid)}")
    finally:
        server.terminate()
        server.wait(timeout=30)
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--passages", type=int, default=50_000)
    parser.add_argument("--rounds", type=int, default=10)
    parser.add_argument("--http-rounds", type=int, default=15, help="rounds over HTTP (0 skips them)")
    parser.add_argument(
        "--pages-seconds", type=int, default=0, help="seconds of wrk load on search pages (0 skips it)"
    )
    parser.add_argument("--data", type=Path, help="keep the seed store and the index here, and reuse them")
    parser.add_argument("--profile", type=int, default=0, help="list this many functions of a cProfile")
    parser.add_argument("--page-cpu", type=int, default=0, help="processor time per page over N new queries")
    parser.add_argument("--queries", type=Path, help="the queries of --page-cpu (written if missing)")
    parser.add_argument("--dump", type=Path, help="with --page-cpu: each query's JSON and page, to compare")
    args = parser.parse_args()
    machine = platform.processor() or platform.machine()
    print(f"machine: {machine}, {os.cpu_count()} cores, Python {platform.python_version()}")
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else 0.0
    print(f"load average at start: {load:.2f} (wall-clock figures grow when other work shares the cores)")
    with tempfile.TemporaryDirectory() as tmp:
        data = args.data or Path(tmp) / "data"
        settings = load_settings(
            env={}, config_path=None, overrides={"data_dir": data, "corpus_dir": data / "corpus"}
        )
        marker = data / "bench-passages.txt"
        if marker.is_file() and marker.read_text(encoding="utf-8").strip() == str(args.passages):
            print(f"reusing the index of {args.passages:,} passages in {data}")
        else:
            make_index(settings, args.passages)
            marker.write_text(str(args.passages), encoding="utf-8")
        if args.page_cpu:
            if args.queries and args.queries.is_file():
                queries = args.queries.read_text(encoding="utf-8").splitlines()[: args.page_cpu]
            else:
                queries = page_queries(settings, args.page_cpu)
                if args.queries:
                    args.queries.write_text("\n".join(queries) + "\n", encoding="utf-8")
            print("\n".join(page_cpu(settings, queries, args.profile, args.dump)))
            return
        # Every search worked out afresh, then the same searches answered from the results
        # kept for the generation (the setting search_results_kept; the server's default).
        for kept in (0, settings.search_results_kept):
            print(f"\n## search_results_kept = {kept}" + (" (every search afresh)" if not kept else ""))
            os.environ["POLICYKG_SEARCH_RESULTS_KEPT"] = str(kept)
            lines, totals = in_process(
                settings.replace(search_results_kept=kept), args.rounds, 0 if kept else args.profile
            )
            print("\n".join(lines))
            if not kept:
                print("hits per query: " + ", ".join(f"{q} {t:,}" for q, t in totals.items()))
            if args.http_rounds > 0:
                print("\n".join(over_http(data, args.http_rounds)))
            if args.pages_seconds > 0:
                print("\n".join(under_load(data, args.pages_seconds)))


def make_index(settings: Settings, count: int) -> None:
    """Build the sample corpus into ``settings.data_dir``; index ``count`` passages varied from its own."""
    data = settings.data_dir
    if data.exists():
        shutil.rmtree(data)
    data.mkdir(parents=True)
    shutil.move(sample_corpus(data), settings.corpus_dir)
    # The store stays: search pages answer questions from it (web/ask.py).
    build(settings)
    seeds, vocab, _ = collect(ReadStore(data), settings.corpus_dir)
    rng = random.Random(20211022)
    passages = list(seeds)
    n = 0
    while len(passages) < count:
        passages.append(vary(seeds[n % len(seeds)], n, rng))
        n += 1
    chars = sum(len(p.text) for p in passages)
    started = time.perf_counter()
    with IndexLock(data):
        write_index(data, passages, vocab, "bench")
    index_seconds = time.perf_counter() - started
    print(
        figure(f"index {len(passages):,} passages ({chars:,} chars)", index_seconds, "s", TARGETS["index_s"])
        + f", {len(passages) / index_seconds:,.0f} passages/s"
    )


if __name__ == "__main__":
    main()
