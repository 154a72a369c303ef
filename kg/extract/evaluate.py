"""Measure extraction against annotated expectations: precision, recall and F1 per type.

The expectations live in ``tests/gold/<document id>/<type>.tsv``, written by
reading the documents.  Each file has a header line and one row per expected
item with at least ``line`` and ``text`` (the text as it stands on that line,
without list markers or ``**``).  Items match on their line and normalised
text (themes and issues also on their number where the expectation gives
one); laws and agencies also on the entity key; dates on the line, an
overlapping span and the right start month, and their normalised values are
scored separately.

``item_themes.tsv`` (line, type, text, theme) scores the item → theme links:
an expected link is found when the matched item's theme has the stated name.
``not_items.tsv`` (line, text, kind) lists lines that must not become items
(navigation and procedure headings, table-of-contents lines): each one an
item stands on counts as a miss.  :func:`totals` sums each type over documents.
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
from kg.extract.evaluate_actors import score_actors
from kg.extract.extraction import Extraction, Item, extract
from kg.read.corpus import Entry, load_corpus, slug

ITEM_TYPES = {
    "goals": "Goal",
    "themes": "Theme",
    "issues": "Issue",
    "measures": "Measure",
    "progress": "ProgressUpdate",
    "targets": "Target",
}
# Gold lines are lines of the file as stored: where a folder holds a document in
# several formats, the text one is scored.
_TEXT_SUFFIXES = (".md", ".markdown", ".txt")


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
    found = [(str(i.line), norm(i.label)) for i in ex.items if i.cls == cls]
    gold = [(r["line"], norm(r["text"])) for r in gold_rows]
    return gold, found


def _score_numbered(
    name: str, ex: Extraction, cls: str, gold_rows: list[dict[str, str]]
) -> tuple[Score, list[str]]:
    """Themes and issues: line and text as for every item, and the number where the row gives one."""
    unused = [i for i in ex.items if i.cls == cls]
    correct, misses = 0, []
    for row in gold_rows:
        line, text, number = row["line"], norm(row["text"]), (row.get("number") or "").strip()

        def fits(item: Item, exact: bool, line: str = line, text: str = text, number: str = number) -> bool:
            label = norm(item.label)
            same = label == text if exact else bool(label) and (text in label or label in text)
            return str(item.line) == line and same and (not number or (item.number or "") == number)

        hit = next((i for i in unused if fits(i, True)), None) or next(
            (i for i in unused if fits(i, False)), None
        )
        if hit is None:
            misses.append(f"missed {(line, number, row['text'])}")
            continue
        unused.remove(hit)
        correct += 1
    misses += [f"extra  {(str(i.line), i.number or '', i.label)}" for i in unused]
    return Score(name, len(gold_rows), sum(1 for i in ex.items if i.cls == cls), correct), misses


def _score_item_themes(ex: Extraction, rows: list[dict[str, str]]) -> tuple[Score, list[str]]:
    """Recall of the stated item → theme links (the found side counts every linked item)."""
    themes = {i.key: norm(i.label) for i in ex.of("Theme")}
    linked = [i for i in ex.items if i.cls in ("Goal", "Issue", "Measure") and i.theme in themes]
    correct, misses = 0, []
    for row in rows:
        text = norm(row["text"])
        hit = next(
            (
                i
                for i in linked
                if str(i.line) == row["line"]
                and i.cls == row["type"]
                and (norm(i.label) == text or text in norm(i.label) or norm(i.label) in text)
                and themes[i.theme or ""] == norm(row["theme"])
            ),
            None,
        )
        if hit is None:
            misses.append(f"missed {(row['line'], row['type'], row['text'], row['theme'])}")
        else:
            correct += 1
    return Score("item→theme", len(rows), len(linked), correct), misses


def _score_not_items(ex: Extraction, rows: list[dict[str, str]]) -> tuple[Score, list[str]]:
    """Lines that must not become items: ``correct`` counts those kept out."""
    kept, misses = 0, []
    for row in rows:
        text = norm(row["text"])
        wrong = [
            i
            for i in ex.items
            if str(i.line) == row["line"] and text and (text in norm(i.label) or norm(i.label) in text)
        ]
        if wrong:
            misses.append(f"made an item of {(row['line'], row['text'], row['kind'])}: {wrong[0].cls}")
        else:
            kept += 1
    return Score("not items", len(rows), len(rows), kept), misses


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
        if not (gold_dir / f"{name}.tsv").is_file():
            continue  # not annotated for this document (an empty file says: none)
        rows = read_gold(gold_dir / f"{name}.tsv")
        if not rows and not ex.of(cls):
            continue
        if cls in ("Theme", "Issue"):
            result.scores[name], result.misses[name] = _score_numbered(name, ex, cls, rows)
        else:
            gold, found = _item_keys(ex, cls, rows)
            result.scores[name], result.misses[name] = _score_spans(name, gold, found)
    if rows := read_gold(gold_dir / "item_themes.tsv"):
        result.scores["item→theme"], result.misses["item→theme"] = _score_item_themes(ex, rows)
    if rows := read_gold(gold_dir / "not_items.tsv"):
        result.scores["not items"], result.misses["not items"] = _score_not_items(ex, rows)
    for name, mentions in (("laws", ex.laws), ("agencies", ex.agencies)):
        if not (gold_dir / f"{name}.tsv").is_file():
            continue  # not annotated for this document
        rows = read_gold(gold_dir / f"{name}.tsv")
        gold_keys = [(r["line"], norm(r["text"]), r["key"]) for r in rows]
        found_keys = [(str(ex.doc.line_of(m.start)), norm(m.text), m.key) for m in mentions]
        result.scores[name], result.misses[name] = _score(name, gold_keys, found_keys)
    if (gold_dir / "dates.tsv").is_file():
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
            | (_unnamed_acts(ex, kinds) if attr == "laws" else set())
        )
        result.scores[name], result.misses[name] = _score(name, gold_links, found_links)
    found_scores, found_misses = score_actors(ex, gold_dir, read_gold, norm, _score, _score_spans)
    result.scores.update(found_scores)
    result.misses.update(found_misses)
    return result


def _unnamed_acts(ex: Extraction, kinds: set[str]) -> set[tuple[str, str, str, str]]:
    """Items resting on an ordinance the text does not name (「府令改正」): the kind of act stands for it."""
    return {
        (i.cls, str(i.line), norm(i.label), action.act_kind)
        for i in ex.items
        if i.cls in kinds
        for action in i.actions
        if not action.laws and action.act_kind not in ("法律", "")
    }


def _entry_date(entry: Entry) -> dt.date:
    return entry.date or dt.date.today()


def evaluate(gold_root: Path, corpus_dir: Path) -> list[DocumentScores]:
    """Score every document of the corpus that has a gold folder."""
    from kg.read import read_document

    if not gold_root.is_dir():
        raise PolicyKGError(f"{gold_root}: no folder of annotated expectations here")
    results = []
    for doc_id, entry in _scored_entries(gold_root, corpus_dir).items():
        ex = extract(read_document(entry.path), _entry_date(entry))
        results.append(evaluate_document(ex, gold_root / doc_id, doc_id))
    if not results:
        raise PolicyKGError(f"{gold_root}: no annotated document matches the corpus in {corpus_dir}")
    return results


def _scored_entries(gold_root: Path, corpus_dir: Path) -> dict[str, Entry]:
    """Each gold folder's document: the entry of that id or file name, a text format first."""
    candidates: dict[str, list[Entry]] = {}
    for entry in load_corpus(corpus_dir).entries:
        if not entry.path.is_file():
            continue
        for doc_id in dict.fromkeys((entry.id, slug(entry.path.stem))):
            if (gold_root / doc_id).is_dir():
                candidates.setdefault(doc_id, []).append(entry)
    return {
        doc_id: max(entries, key=lambda e: (e.path.suffix.lower() in _TEXT_SUFFIXES, e.id == doc_id))
        for doc_id, entries in candidates.items()
    }


def unscored(gold_root: Path, corpus_dir: Path) -> list[str]:
    """Ids of the annotated documents (gold folders) that the corpus does not hold."""
    held = set(_scored_entries(gold_root, corpus_dir))
    return sorted(p.name for p in gold_root.iterdir() if p.is_dir() and p.name not in held)


def totals(results: list[DocumentScores]) -> dict[str, Score]:
    """Each type's counts summed over the documents (micro-averaged P/R/F1)."""
    summed: dict[str, Score] = {}
    for result in results:
        for name, score in result.scores.items():
            summed.setdefault(name, Score(name)).add(score)
    return summed


def render(results: list[DocumentScores], *, misses: bool = False) -> str:
    lines = []
    for result in results:
        lines.append(result.doc_id)
        if not result.scores:
            lines.append("  (none of the types eval scores is annotated)")
            continue
        lines.append(f"  {'type':16} {'gold':>5} {'found':>5} {'right':>5}  {'P':>5} {'R':>5} {'F1':>5}")
        dated = [result.date_values] if "dates" in result.scores else []
        for score in [*result.scores.values(), *dated]:
            lines.append(
                f"  {score.name:16} {score.gold:5d} {score.found:5d} {score.correct:5d}  "
                f"{score.precision:5.2f} {score.recall:5.2f} {score.f1:5.2f}"
            )
        if misses:
            for name, items in result.misses.items():
                for item in items:
                    lines.append(f"    {name}: {item}")
    if len(results) > 1:
        lines.append(f"all {len(results)} documents")
        lines.append(f"  {'type':16} {'gold':>5} {'found':>5} {'right':>5}  {'P':>5} {'R':>5} {'F1':>5}")
        for score in totals(results).values():
            lines.append(
                f"  {score.name:16} {score.gold:5d} {score.found:5d} {score.correct:5d}  "
                f"{score.precision:5.2f} {score.recall:5.2f} {score.f1:5.2f}"
            )
    return "\n".join(lines)
