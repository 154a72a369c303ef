"""Benchmark: passes of a watching build after one sentence is appended to one document.

Run with `.venv/bin/python bench/rebuild_bench.py --corpus DIR --data DIR --document ID
[--passes 3] [--profile FILE]` on a built data folder (a copy: the passes change it, and the
corpus too).  It does what `policykg build --watch` does in one process: a first pass
(nothing changed; it compares every pair of editions), the pipeline loaded, then for each
pass one sentence appended to the document ``ID`` and the build that follows, timed (wall and
this process's CPU, with the load average before it).  ``--profile``: one more pass under
cProfile, its statistics written to ``FILE`` (read them with `python -m pstats FILE`).
"""

from __future__ import annotations

import argparse
import cProfile
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

SENTENCE = "\nデジタル庁は、この報告書の内容を来年度に見直す予定である。\n"


def _load() -> str:
    return " ".join(Path("/proc/loadavg").read_text().split()[:3])


def main() -> None:
    from kg.build import build
    from kg.build_watch import warm_up
    from kg.settings import load_settings
    from kg.track.graph import Kept

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--corpus", type=Path, required=True)
    parser.add_argument("--data", type=Path, required=True)
    parser.add_argument("--document", required=True, help="the id of the document to change")
    parser.add_argument("--passes", type=int, default=3)
    parser.add_argument("--profile", type=Path, default=None, help="profile one more pass into this file")
    args = parser.parse_args()
    settings = load_settings(overrides={"corpus_dir": args.corpus, "data_dir": args.data})
    path = args.corpus / f"{args.document}.txt"
    if not path.is_file():
        raise SystemExit(f"{path}: no such document file")
    kept = Kept()
    start = time.perf_counter()
    build(settings, kept_pairs=kept)
    warm_up()
    print(f"first pass and warm-up: {time.perf_counter() - start:.1f} s", flush=True)

    def one_pass() -> tuple[float, float]:
        with path.open("a", encoding="utf-8") as f:
            f.write(SENTENCE)
        wall, cpu = time.perf_counter(), time.process_time()
        report = build(settings, kept_pairs=kept)
        wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
        built = [d.id for d in report.documents if d.status == "built"]
        assert built == [args.document], built
        return wall, cpu

    for n in range(1, args.passes + 1):
        load = _load()
        wall, cpu = one_pass()
        print(f"pass {n}: {wall:.2f} s wall, {cpu:.2f} s CPU (load before {load})", flush=True)
    if args.profile is not None:
        profiler = cProfile.Profile()
        load = _load()
        profiler.enable()
        wall, cpu = one_pass()
        profiler.disable()
        profiler.dump_stats(str(args.profile))
        print(f"profiled pass: {wall:.2f} s wall, {cpu:.2f} s CPU (load before {load})", flush=True)


if __name__ == "__main__":
    main()
