"""Benchmark: one build against another on the same generated corpus, CPU time per build.

Run with `.venv/bin/python bench/paired_build_bench.py OTHER_TREE [--documents N] [--rounds R]`.
Takes a second checkout of the project (the 'before'); generates N documents once
(bench/corpus_gen.py of this checkout), then builds them from scratch with one worker
alternately with the other tree and with this one, R rounds, and prints the processor time
(user + system, of the build process and its children) and the wall time of each build, and
the change of throughput.  Processor time moves less than wall time when the machine is shared.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

from corpus_gen import generate  # noqa: E402


def build(tree: Path, corpus: Path) -> tuple[float, float]:
    """Processor and wall seconds of one fresh build of ``corpus`` by the code of ``tree``."""
    with tempfile.TemporaryDirectory() as data:
        env = {**os.environ, "PYTHONPATH": str(tree)}
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        command = [sys.executable, "-m", "kg", "build", "--corpus", str(corpus), "--data", data]
        command += ["--workers", "1"]
        subprocess.run(command, cwd=tree, env=env, check=True, capture_output=True)
        wall = time.perf_counter() - start
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return cpu, wall


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("other", type=Path, help="the checkout to compare with (before)")
    parser.add_argument("--documents", type=int, default=24)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus"
        paths = generate(corpus, args.documents)
        chars = sum(len(p.read_text(encoding="utf-8")) for p in paths)
        print(f"{args.documents} documents, {chars:,} characters; load {os.getloadavg()}")
        runs: dict[str, list[tuple[float, float]]] = {"before": [], "after": []}
        for _ in range(args.rounds):
            for name, tree in (("before", args.other.resolve()), ("after", ROOT)):
                cpu, wall = build(tree, corpus)
                runs[name].append((cpu, wall))
                print(f"{name}: {cpu:.2f} s processor, {wall:.2f} s wall")
    cpu = {k: statistics.mean(c for c, _ in v) for k, v in runs.items()}
    wall = {k: statistics.mean(w for _, w in v) for k, v in runs.items()}
    print(
        f"throughput change: {cpu['before'] / cpu['after'] - 1:+.1%} by processor time, "
        f"{wall['before'] / wall['after'] - 1:+.1%} by wall time "
        f"({chars / cpu['after']:,.0f} chars per processor second after)"
    )


if __name__ == "__main__":
    main()
