"""Benchmark: a whole build against GiNZA's whole pipeline on the same text, load included in both.

Run with `.venv/bin/python bench/ginza_bench.py [OTHER_TREE] [--documents 20] [--rounds 2]`.
Generates N variants of the seed report alone (bench/corpus_gen.py with no guidebook beside
it), then, in turns, R rounds: GiNZA (``spacy.load("ja_ginza")`` and ``nlp.pipe`` over the
non-blank lines, as scale_bench.py does) in a process of its own, and a fresh ``policykg
build`` (its default workers, the search index included) by this checkout and, if given,
by OTHER_TREE (the 'before').  Prints the processor time (user + system of the process and
its children) of each, and each build's speed against GiNZA by processor time.
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

_GINZA = """
import sys
import spacy
nlp = spacy.load("ja_ginza")
lines = [l for p in sys.argv[1:] for l in open(p, encoding="utf-8").read().splitlines() if l.strip()]
for _ in nlp.pipe(lines, batch_size=64):
    pass
"""


def timed(command: list[str], cwd: Path, env: dict[str, str]) -> tuple[float, float]:
    """Processor and wall seconds of ``command`` and its children."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(command, cwd=cwd, env=env, check=True, capture_output=True)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime), wall


def build(tree: Path, corpus: Path) -> tuple[float, float]:
    with tempfile.TemporaryDirectory() as data:
        env = {**os.environ, "PYTHONPATH": str(tree)}
        command = [sys.executable, "-m", "kg", "build", "--corpus", str(corpus), "--data", data]
        return timed(command, tree, env)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("other", type=Path, nargs="?", help="a checkout to compare with (before)")
    parser.add_argument("--documents", type=int, default=20)
    parser.add_argument("--rounds", type=int, default=2)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus"
        env = {**os.environ, "BENCH_SHARED": str(Path(tmp) / "none")}  # the seed report alone
        command = [sys.executable, str(ROOT / "bench" / "corpus_gen.py"), str(corpus), "--documents"]
        subprocess.run([*command, str(args.documents)], env=env, check=True, capture_output=True)
        texts = sorted(p for p in corpus.iterdir() if p.name != "manifest.toml")
        chars = sum(len(p.read_text(encoding="utf-8")) for p in texts)
        print(f"{len(texts)} documents, {chars:,} characters; load {os.getloadavg()}")
        trees = [("before", args.other.resolve())] if args.other else []
        trees.append(("after" if args.other else "build", ROOT))
        runs: dict[str, list[float]] = {"ginza": [], **{name: [] for name, _ in trees}}
        for _ in range(args.rounds):
            cpu, wall = timed([sys.executable, "-c", _GINZA, *map(str, texts)], ROOT, dict(os.environ))
            runs["ginza"].append(cpu)
            print(f"ginza: {cpu:.2f} s processor, {wall:.2f} s wall ({chars / cpu:,.0f} chars/s)")
            for name, tree in trees:
                cpu, wall = build(tree, corpus)
                runs[name].append(cpu)
                print(f"{name}: {cpu:.2f} s processor, {wall:.2f} s wall")
        ginza = statistics.median(runs["ginza"])
        for name, _ in trees:
            times = runs[name]
            low, high = ginza / max(times), ginza / min(times)
            median = statistics.median(times)
            print(f"{name}: median {median:.2f} s processor, {low:.1f}–{high:.1f}× GiNZA by processor time")
        print(f"load after: {os.getloadavg()}")


if __name__ == "__main__":
    main()
