"""Search benchmark: index a scaled corpus and time queries in process.

Builds the sample corpus, takes its passages as seeds and writes variations of
them (other numbers, dates, clause order and a few words swapped for related
ones, spread over more documents, years and issues) until there are at least
50,000 passages.  Reports the index time and the median and p99 latency of a
fixed list of queries (each a full search: ranking, facets over every hit and
snippets of the first page).

Run with `.venv/bin/python bench/search_bench.py [--passages N]`.
"""

from __future__ import annotations

import argparse
import os
import platform
import random
import statistics
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kg.build import build  # noqa: E402
from kg.settings import load_settings  # noqa: E402
from kg.store import ReadStore  # noqa: E402
from search.build import write_index  # noqa: E402
from search.engine import Filters, search  # noqa: E402
from search.index import IndexLock  # noqa: E402
from search.passages import Passage, collect  # noqa: E402

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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--passages", type=int, default=50_000)
    parser.add_argument("--rounds", type=int, default=10)
    args = parser.parse_args()
    machine = platform.processor() or platform.machine()
    print(f"machine: {machine}, {os.cpu_count()} cores, Python {platform.python_version()}")
    with tempfile.TemporaryDirectory() as tmp:
        seed_settings = load_settings(
            env={},
            config_path=None,
            overrides={"data_dir": Path(tmp) / "seed", "corpus_dir": ROOT / "corpus"},
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
            f"index {len(passages):,} passages ({chars:,} chars): {index_seconds:.1f} s "
            f"({len(passages) / index_seconds:,.0f} passages/s)"
        )
        started = time.perf_counter()
        search(settings, "マイナンバー")  # opens the index, loads the dictionary, reads facet postings
        print(f"first query (opens the index): {(time.perf_counter() - started) * 1000:.0f} ms")
        times: list[float] = []
        totals: dict[str, int] = {}
        for _ in range(args.rounds):
            for query in QUERIES:
                started = time.perf_counter()
                result = search(settings, query)
                times.append(time.perf_counter() - started)
                totals[query] = result.total
            for query, filters in FILTERED:
                started = time.perf_counter()
                search(settings, query, filters)
                times.append(time.perf_counter() - started)
        times.sort()
        median = statistics.median(times) * 1000
        p99 = times[min(len(times) - 1, int(len(times) * 0.99))] * 1000
        print(
            f"query latency over {len(times)} searches "
            f"({len(QUERIES) + len(FILTERED)} queries × {args.rounds}): "
            f"median {median:.1f} ms, p99 {p99:.1f} ms, max {times[-1] * 1000:.1f} ms "
            f"(targets: median ≤ 5 ms, p99 ≤ 50 ms)"
        )
        print("hits per query: " + ", ".join(f"{q} {t:,}" for q, t in totals.items()))


if __name__ == "__main__":
    main()
