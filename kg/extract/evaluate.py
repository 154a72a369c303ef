"""Measure extraction against annotated expectations: precision, recall and F1 per type.

The expectations live in ``tests/gold/<document id>/<type>.tsv``, written by
reading the documents.  Each file has a header line and one row per expected
item with at least ``line`` and ``text`` (the text as it stands on that line,
without list markers or ``**``).  Items match on their line and normalised
text; laws and agencies also on the entity key; dates on the line, an
overlapping span and the right start month, and their normalised values are
scored separately.
"""

from __future__ import annotations

import csv
import datetime as dt
import unicodedata
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from kg.errors import PolicyKGError
from kg.extract.extraction import Extraction, extract
from kg.read.corpus import Entry, load_corpus

ITEM_TYPES = {
    "goals": "Goal",
    "themes": "Theme",
    "issues": "Issue",
    "measures": "Measure",
    "progress": "ProgressUpdate",
    "targets": "Target",
}


def norm(text: str) -> str:
    """Text compared for matching: NFKC, no emphasis marks, no spaces, no outer 「」."""
    text = unicodedata.normalize("NFKC", text).replace("**", "")
    text = "".join(text.split())
    while len(text) > 1 and text[0] in "「『" and text[-1] in "」』":
        text = text[1:-1]
    return text


@dataclass(slots=True)
class Score:
    name: str
    gold: int = 0
    found: int = 0
    correct: int = 0

    @property
    def precision(self) -> float:
        return self.correct / self.found if self.found else (1.0 if not self.gold else 0.0)

    @property
    def recall(self) -> float:
        return self.correct / self.gold if self.gold else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, other: Score) -> None:
        self.gold += other.gold
        self.found += other.found
        self.correct += other.correct


@dataclass(slots=True)
class DocumentScores:
    doc_id: str
    scores: dict[str, Score] = field(default_factory=dict)
    date_values: Score = field(default_factory=lambda: Score("date values"))
    misses: dict[str, list[str]] = field(default_factory=dict)


def read_gold(path: Path) -> list[dict[str, str]]:
    if not path.is_file():
        return []
    with path.open(encoding="utf-8", newline="") as fh:
        return [dict(row) for row in csv.DictReader(fh, delimiter="\t")]


def _score(
    name: str, gold: Iterable[tuple[str, ...]], found: Iterable[tuple[str, ...]]
) -> tuple[Score, list[str]]:
    g, f = Counter(gold), Counter(found)
    correct = sum((g & f).values())
    misses = [f"missed {k}" for k in (g - f).elements()] + [f"extra  {k}" for k in (f - g).elements()]
    return Score(name, sum(g.values()), sum(f.values()), correct), misses


def _score_spans(
    name: str, gold: list[tuple[str, str]], found: list[tuple[str, str]]
) -> tuple[Score, list[str]]:
    """Items on the same line match when one text holds the other: where an item
    starts and ends is a judgment (a target inside a longer bullet), what it is not."""
    unused = list(found)
    correct, misses = 0, []
    for line, text in gold:
        hit = next((f for f in unused if f == (line, text)), None) or next(
            (f for f in unused if f[0] == line and (text in f[1] or f[1] in text)), None
        )
        if hit is None:
            misses.append(f"missed {(line, text)}")
            continue
        unused.remove(hit)
        correct += 1
    misses += [f"extra  {f}" for f in unused]
    return Score(name, len(gold), len(found), correct), misses


def _item_keys(
    ex: Extraction, cls: str, gold_rows: list[dict[str, str]]
) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    use_number = cls in ("Theme", "Issue")
    found = [
        (str(i.line), i.number or "") if use_number else (str(i.line), norm(i.label))
        for i in ex.items
        if i.cls == cls
    ]
    gold = [(r["line"], r["number"]) if use_number else (r["line"], norm(r["text"])) for r in gold_rows]
    return gold, found


def _date_value(mention_value: object) -> str:
    return mention_value.xsd()[0] if mention_value is not None else ""  # type: ignore[attr-defined]


def _score_dates(ex: Extraction, gold_rows: list[dict[str, str]], result: DocumentScores) -> None:
    doc = ex.doc
    found = list(ex.dates)
    used: set[int] = set()
    score = Score("dates", gold=len(gold_rows), found=len(found))
    values = result.date_values
    misses: list[str] = []
    seen: Counter[tuple[str, str]] = Counter()
    for row in gold_rows:
        line = int(row["line"])
        line_text = doc.line_text(line)
        line_start = doc.line_start(line)
        # The same date twice on a line: the k-th gold row is the k-th occurrence.
        occurrence = seen[(row["line"], row["text"])]
        seen[(row["line"], row["text"])] += 1
        at = -1
        for _ in range(occurrence + 1):
            at = line_text.find(row["text"], at + 1)
            if at < 0:
                break
        gold_start = line_start + at if at >= 0 else -1
        gold_end = gold_start + len(row["text"]) if at >= 0 else -1
        expected_month = (row.get("start") or row.get("end") or "")[:7]
        match = None
        for n, m in enumerate(found):
            if n in used or doc.line_of(m.start) != line:
                continue
            overlaps = gold_start < 0 or (m.start < gold_end and gold_start < m.end)
            month = (_date_value(m.start_value) or _date_value(m.end_value))[:7]
            if overlaps and month == expected_month:
                match = n
                break
        if match is None:
            misses.append(f"missed L{line} {row['text']} start={row.get('start')}")
            continue
        used.add(match)
        score.correct += 1
        m = found[match]
        values.gold += 1
        values.found += 1
        fy = str(m.fiscal_year) if m.fiscal_year is not None else ""
        planned = "true" if m.planned else "false"
        if (
            _date_value(m.start_value) == row.get("start", "")
            and _date_value(m.end_value) == row.get("end", "")
            and fy == row.get("fiscal_year", "")
            and planned == (row.get("planned") or "false")
        ):
            values.correct += 1
        else:
            misses.append(
                f"value  L{line} {row['text']}: got {_date_value(m.start_value)}..{_date_value(m.end_value)}"
                f" fy={fy} planned={planned}; want {row.get('start')}..{row.get('end')}"
                f" fy={row.get('fiscal_year')} planned={row.get('planned')}"
            )
    misses += [f"extra  L{doc.line_of(m.start)} {m.text}" for n, m in enumerate(found) if n not in used]
    result.scores["dates"] = score
    result.misses["dates"] = misses


def evaluate_document(ex: Extraction, gold_dir: Path, doc_id: str) -> DocumentScores:
    result = DocumentScores(doc_id)
    for name, cls in ITEM_TYPES.items():
        rows = read_gold(gold_dir / f"{name}.tsv")
        if not rows and not ex.of(cls):
            continue
        gold, found = _item_keys(ex, cls, rows)
        if cls in ("Theme", "Issue"):
            result.scores[name], result.misses[name] = _score(name, gold, found)
        else:
            result.scores[name], result.misses[name] = _score_spans(name, gold, found)
    for name, mentions in (("laws", ex.laws), ("agencies", ex.agencies)):
        rows = read_gold(gold_dir / f"{name}.tsv")
        gold_keys = [(r["line"], norm(r["text"]), r["key"]) for r in rows]
        found_keys = [(str(ex.doc.line_of(m.start)), norm(m.text), m.key) for m in mentions]
        result.scores[name], result.misses[name] = _score(name, gold_keys, found_keys)
    _score_dates(ex, read_gold(gold_dir / "dates.tsv"), result)
    progress_rows = read_gold(gold_dir / "progress.tsv")
    if progress_rows:
        gold_issue = [(r["line"], norm(r["text"]), r["issue"]) for r in progress_rows if r.get("issue")]
        found_issue = [
            (str(i.line), norm(i.label), i.issue or "") for i in ex.of("ProgressUpdate") if i.issue
        ]
        result.scores["progress→issue"], result.misses["progress→issue"] = _score(
            "progress→issue", gold_issue, found_issue
        )
    links = (("dependsOnLaw", "laws", "depends_on_law"), ("involvesAgency", "agencies", "agencies_involved"))
    for name, attr, file in links:
        rows = read_gold(gold_dir / f"{file}.tsv")
        if not rows:
            continue
        column = "law" if attr == "laws" else "agency"
        kinds = {r["kind"] for r in rows}
        gold_links = [(r["kind"], r["line"], norm(r["text"]), r[column]) for r in rows]
        found_links = sorted(
            {
                (i.cls, str(i.line), norm(i.label), m.key)
                for i in ex.items
                if i.cls in kinds
                for m in getattr(i, attr)
            }
        )
        result.scores[name], result.misses[name] = _score(name, gold_links, found_links)
    return result


def _entry_date(entry: Entry) -> dt.date:
    return entry.date or dt.date.today()


def evaluate(gold_root: Path, corpus_dir: Path) -> list[DocumentScores]:
    """Score every document of the corpus that has a gold folder."""
    from kg.read import read_document

    if not gold_root.is_dir():
        raise PolicyKGError(f"{gold_root}: no folder of annotated expectations here")
    corpus = load_corpus(corpus_dir)
    results = []
    for entry in corpus.entries:
        gold_dir = gold_root / entry.id
        if not gold_dir.is_dir() or not entry.path.is_file():
            continue
        ex = extract(read_document(entry.path), _entry_date(entry))
        results.append(evaluate_document(ex, gold_dir, entry.id))
    if not results:
        raise PolicyKGError(f"{gold_root}: no annotated document matches the corpus in {corpus_dir}")
    return results


def unscored(gold_root: Path, corpus_dir: Path) -> list[str]:
    """Ids of the annotated documents (gold folders) that the corpus does not hold."""
    held = {entry.id for entry in load_corpus(corpus_dir).entries if entry.path.is_file()}
    return sorted(p.name for p in gold_root.iterdir() if p.is_dir() and p.name not in held)


def render(results: list[DocumentScores], *, misses: bool = False) -> str:
    lines = []
    for result in results:
        lines.append(result.doc_id)
        lines.append(f"  {'type':16} {'gold':>5} {'found':>5} {'right':>5}  {'P':>5} {'R':>5} {'F1':>5}")
        for score in [*result.scores.values(), result.date_values]:
            lines.append(
                f"  {score.name:16} {score.gold:5d} {score.found:5d} {score.correct:5d}  "
                f"{score.precision:5.2f} {score.recall:5.2f} {score.f1:5.2f}"
            )
        if misses:
            for name, items in result.misses.items():
                for item in items:
                    lines.append(f"    {name}: {item}")
    return "\n".join(lines)
