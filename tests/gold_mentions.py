"""The annotated mentions of tests/gold/<doc>/<name>.tsv, and precision/recall/F1 against them.

Shared by the law and agency tests; kept apart from :mod:`kg.extract.evaluate` so that
the tests score the extractor with arithmetic of their own.
"""

from __future__ import annotations

import csv
from collections import Counter

from tests.conftest import ROOT

GOLD = ROOT / "tests" / "gold"


def read_gold(doc_id: str, name: str) -> Counter[tuple[int, str, str]]:
    with (GOLD / doc_id / f"{name}.tsv").open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f, delimiter="\t"))
    return Counter((int(r["line"]), r["text"], r["key"]) for r in rows)


def prf(
    found: Counter[tuple[int, str, str]], gold: Counter[tuple[int, str, str]]
) -> tuple[float, float, float]:
    hits = sum((found & gold).values())
    precision = hits / max(sum(found.values()), 1)
    recall = hits / max(sum(gold.values()), 1)
    f1 = 2 * precision * recall / (precision + recall) if hits else 0.0
    return precision, recall, f1
