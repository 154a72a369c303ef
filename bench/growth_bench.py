"""Benchmark: how a full build grows with the corpus, and a watched rebuild after one change.

Run with `.venv/bin/python bench/growth_bench.py WORK --documents 100 1000 [--corpus DIR]
[--rebuild]`.  For each size N it takes the first N documents of ``--corpus`` (manifest order;
without it, `bench/corpus_gen.py` makes them) into ``WORK/corpus-N``, builds them afresh into
``WORK/data-N`` with `policykg build` under `/usr/bin/time -v`, and prints one row: wall time,
CPU time, peak resident memory, each per document too.  With ``--rebuild``, it then does what
`policykg build --watch` does in one process: a first pass (nothing changed), the pipeline
loaded, one sentence appended to one document, and the pass that builds it, timed.

The 1,000-document corpus of the benchmarks is 500 editions of each of two series, so a build
also compares every edition with the one before it.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

_TIME_FIELDS = {
    "wall": re.compile(r"Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (\S+)"),
    "user": re.compile(r"User time \(seconds\): (\S+)"),
    "system": re.compile(r"System time \(seconds\): (\S+)"),
    "rss_kb": re.compile(r"Maximum resident set size \(kbytes\): (\d+)"),
}


def take(corpus: Path, out: Path, documents: int) -> Path:
    """The first ``documents`` documents of ``corpus`` (its manifest's order), copied into ``out``."""
    text = (corpus / "manifest.toml").read_text(encoding="utf-8")
    head, *blocks = re.split(r"(?m)^(?=\[\[document\]\])", text)
    if len(blocks) < documents:
        raise SystemExit(f"{corpus}: {len(blocks)} documents, fewer than {documents}")
    out.mkdir(parents=True, exist_ok=True)
    for block in blocks[:documents]:
        found = re.search(r'(?m)^file = "([^"]+)"', block)
        assert found is not None, block
        shutil.copy2(corpus / found[1], out / found[1])
    (out / "manifest.toml").write_text(head + "".join(blocks[:documents]), encoding="utf-8")
    return out


def generate(out: Path, documents: int) -> Path:
    subprocess.run(
        [sys.executable, str(ROOT / "bench" / "corpus_gen.py"), str(out), "--documents", str(documents)],
        check=True,
    )
    return out


def _seconds(clock: str) -> float:
    parts = [float(p) for p in clock.split(":")]
    return sum(p * 60**n for n, p in enumerate(reversed(parts)))


def timed_build(corpus: Path, data: Path, log: Path) -> dict[str, float]:
    """A fresh `policykg build` under /usr/bin/time -v: wall and CPU seconds, peak RSS in MB."""
    shutil.rmtree(data, ignore_errors=True)
    command = ["/usr/bin/time", "-v", sys.executable, "-m", "kg", "build", "--corpus", str(corpus)]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    with log.open("w", encoding="utf-8") as out:
        done = subprocess.run([*command, "--data", str(data)], stdout=out, stderr=subprocess.PIPE, env=env)
    stderr = done.stderr.decode("utf-8", "replace")
    log.with_suffix(".time").write_text(stderr, encoding="utf-8")
    if done.returncode != 0:
        raise SystemExit(f"build of {corpus} failed; see {log} and {log.with_suffix('.time')}")
    found = {k: m[1] for k, p in _TIME_FIELDS.items() if (m := p.search(stderr))}
    return {
        "wall": _seconds(found["wall"]),
        "cpu": float(found["user"]) + float(found["system"]),
        "rss_mb": int(found["rss_kb"]) / 1024,
    }


def watched_rebuild(corpus: Path, data: Path) -> float:
    """Seconds of the pass a watching build makes after one sentence is appended to one document."""
    from kg.build import build
    from kg.build_watch import warm_up
    from kg.settings import load_settings
    from kg.track.graph import Kept

    settings = load_settings(overrides={"corpus_dir": corpus, "data_dir": data})
    kept = Kept()
    build(settings, kept_pairs=kept)
    warm_up()
    last = sorted(corpus.glob("*.txt"))[-1]
    with last.open("a", encoding="utf-8") as f:
        f.write("\nデジタル庁は、この報告書の内容を来年度に見直す予定である。\n")
    start = time.perf_counter()
    report = build(settings, kept_pairs=kept)
    seconds = time.perf_counter() - start
    built = [d.id for d in report.documents if d.status == "built"]
    assert built == [last.stem], built
    return seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("work", type=Path)
    parser.add_argument("--documents", type=int, nargs="+", default=[100, 1000])
    parser.add_argument("--corpus", type=Path, default=None, help="take the documents from here")
    parser.add_argument("--rebuild", action="store_true", help="also time a watched rebuild")
    args = parser.parse_args()
    args.work.mkdir(parents=True, exist_ok=True)
    print("| documents | wall | CPU | peak RSS | wall / doc | CPU / doc | RSS / doc | load before |")
    print("|---|---|---|---|---|---|---|---|")
    for n in args.documents:
        corpus = args.work / f"corpus-{n}"
        if not corpus.is_dir():
            take(args.corpus, corpus, n) if args.corpus else generate(corpus, n)
        load = " ".join(Path("/proc/loadavg").read_text().split()[:3])
        row = timed_build(corpus, args.work / f"data-{n}", args.work / f"build-{n}.log")
        print(
            f"| {n:,} | {row['wall']:.0f} s | {row['cpu']:.0f} s | {row['rss_mb']:,.0f} MB "
            f"| {row['wall'] / n:.2f} s | {row['cpu'] / n:.2f} s | {row['rss_mb'] / n:.1f} MB | {load} |",
            flush=True,
        )
        if args.rebuild:
            seconds = watched_rebuild(corpus, args.work / f"data-{n}")
            print(f"watched rebuild of one document at {n:,}: {seconds:.2f} s", flush=True)


if __name__ == "__main__":
    main()
