"""Scores for public bodies, references to bodies, statutes, legislative actions and law-dependent items.

Extraction stage (evaluation).  Takes an :class:`kg.extract.Extraction` and a
gold folder holding ``bodies.tsv``, ``body_references.tsv``, ``statutes.tsv``,
``legislative_actions.tsv`` and ``depends_on_law_items.tsv`` (their formats in
``tests/gold/README.md``); gives one :class:`kg.extract.evaluate.Score` per type, and
per class of body (``bodies:council``, ``bodies:municipality`` …).  Mentions
match on their line and normalised text; a legislative action also when one
text holds the other on the same line (「読み仮名の法制化」 and 「法制化」: where an
action's words start is a judgment); a law-dependent item on its kind, line,
text and the law's entity (the gold's law surface resolved through the title
``statutes.tsv`` gives it).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from kg.extract.gazetteers import normalise_name
from kg.extract.laws import law_gazetteer
from kg.extract.local_governments import local_government
from kg.extract.statutes import statute_book

__all__ = ["BODY_CLASSES", "body_class", "score_actors"]

Scorer = Callable[[str, Any, Any], tuple[Any, list[str]]]

#: The gold's classes of body, by the extractor's kinds.
BODY_CLASSES = {
    "ministry": "ministry",
    "cabinet_body": "ministry",
    "agency": "agency",
    "unit": "unit",
    "office": "unit",
    "centre": "unit",
    "council": "council",
    "conference": "council",
    "headquarters": "council",
    "commission": "council",
    "corporation": "corporation",
    "incorporated_administrative_agency": "corporation",
    "local_joint_corporation": "corporation",
    "special_corporation": "corporation",
}


def body_class(mention: Any) -> str:
    """The gold's class of a found body."""
    if mention.kind == "local_government":
        body = local_government(mention.key)
        return body.kind if body is not None else "municipality"
    return BODY_CLASSES.get(mention.kind, "other")


def _law_key(surface: str, titles: dict[str, str]) -> str:
    """The entity a gold law surface names: through its official title, else its own name."""
    for name in (titles.get(surface) or "", surface):
        if not name:
            continue
        entry = law_gazetteer().resolve(name)
        if entry is not None:
            return entry.key
        statute = statute_book().by_title(name)
        if statute is not None:
            for e in law_gazetteer():
                if e.egov_id == statute.egov_id:
                    return e.key
            return statute.egov_id
    return normalise_name(surface)


def score_actors(
    ex: Any,
    gold_dir: Path,
    read_gold: Callable[[Path], list[dict[str, str]]],
    norm: Callable[[str], str],
    score: Scorer,
    score_spans: Scorer,
) -> tuple[dict[str, Any], dict[str, list[str]]]:
    """The scores of the files present in ``gold_dir`` (none when it holds none of them)."""
    scores: dict[str, Any] = {}
    misses: dict[str, list[str]] = {}
    doc = ex.doc

    def line(m: Any) -> str:
        return str(doc.line_of(m.start))

    bodies = read_gold(gold_dir / "bodies.tsv")
    if (gold_dir / "bodies.tsv").is_file():
        # the gold's class other holds foreign governments and organisations of states, kept apart
        found = [(line(m), norm(m.text), body_class(m)) for m in [*ex.agencies, *ex.foreign]]
        gold = [(r["line"], norm(r["text"]), r["class"]) for r in bodies]
        scores["bodies"], misses["bodies"] = score("bodies", [g[:2] for g in gold], [f[:2] for f in found])
        for cls in sorted({g[2] for g in gold} | {f[2] for f in found}):
            name = f"bodies:{cls}"
            scores[name], misses[name] = score(
                name, [g for g in gold if g[2] == cls], [f for f in found if f[2] == cls]
            )
    if (gold_dir / "body_references.tsv").is_file():
        rows = read_gold(gold_dir / "body_references.tsv")
        scores["references"], misses["references"] = score(
            "references",
            [(r["line"], norm(r["text"])) for r in rows],
            [(line(r), norm(r.text)) for r in ex.references],
        )
    statutes = read_gold(gold_dir / "statutes.tsv")
    if (gold_dir / "statutes.tsv").is_file():
        scores["statutes"], misses["statutes"] = score(
            "statutes",
            [(r["line"], norm(r["text"])) for r in statutes],
            [(line(m), norm(m.text)) for m in ex.laws],
        )
    if (gold_dir / "legislative_actions.tsv").is_file():
        rows = read_gold(gold_dir / "legislative_actions.tsv")
        found_actions = [(line(a), norm(a.text)) for item in ex.items for a in item.actions]
        scores["actions"], misses["actions"] = score_spans(
            "actions", [(r["line"], norm(r["text"])) for r in rows], found_actions
        )
    if (gold_dir / "depends_on_law_items.tsv").is_file():
        rows = read_gold(gold_dir / "depends_on_law_items.tsv")
        titles = {r["text"]: r["title"] for r in statutes}
        gold_links = [(r["kind"], r["line"], norm(r["text"]), _law_key(r["law"], titles)) for r in rows]
        stated = {
            (i.cls, str(i.line), norm(i.label), m.key)
            for i in ex.items
            if i.cls in ("Measure", "ProgressUpdate", "Issue")
            for m in i.laws
        }
        lifted = {
            (ex.items[x.item].cls, str(ex.items[x.item].line), norm(ex.items[x.item].label), x.law.key)
            for x in ex.lifted
        }
        found_links = sorted(stated | lifted)
        scores["dependsOnLaw items"], misses["dependsOnLaw items"] = score(
            "dependsOnLaw items", gold_links, found_links
        )
        for kind in ("Measure", "Issue", "ProgressUpdate"):
            name = f"dependsOnLaw {kind}"
            scores[name], misses[name] = score(
                name, [g for g in gold_links if g[0] == kind], [f for f in found_links if f[0] == kind]
            )
    return scores, misses
