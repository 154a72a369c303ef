"""Questions held outside the repository, scored against their hand-written SPARQL.

Takes a folder written by someone who has not seen the question kinds:
``questions.tsv`` (``n``, ``question``, ``expect`` = ``graph`` or ``none``, ``key`` = the
variables whose values are the answer, ``note``) and ``q/NNN.rq`` (the SPARQL of each graph
question), and a data folder built from the documents they are about.  Prints, for each graph
question, whether it was understood and whether its answer set equals the SPARQL's (compared
as sets of tuples over any of the answer's columns in any order), and each ``none`` question
that was answered; then the totals.

Run with `.venv/bin/python bench/ask_heldout.py QUESTIONS_DIR DATA_DIR [-v]`.
"""

from __future__ import annotations

import argparse
import csv
import itertools
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import pyoxigraph as ox  # noqa: E402

from kg.settings import load_settings  # noqa: E402
from kg.store.reader import current_generation  # noqa: E402
from search.ask import answer_question  # noqa: E402


def _value(term: object, documents: dict[str, str] | None = None) -> str | None:
    """A cell or term as text, numbers compared by value (「7」 and 7.0 are one), a document's
    IRI or title as its ``pol:documentId`` (a document may be given any of the three ways)."""
    if term is None:
        return None
    text = str(getattr(term, "value", term))
    if documents and text in documents:
        return documents[text]
    try:
        return repr(round(float(text), 6))
    except ValueError:
        return text


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("questions", type=Path)
    parser.add_argument("data", type=Path)
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args()
    settings = load_settings(env={}, config_path=None, overrides={"data_dir": args.data})
    generation = current_generation(args.data)
    if generation is None:
        parser.error(f"{args.data}: nothing built there")
    store = ox.Store.read_only(str(generation))
    documents: dict[str, str] = {}
    for s in store.query(  # type: ignore[union-attr]
        "SELECT ?doc ?id ?title WHERE { ?doc <https://w3id.org/policykg/ns#documentId> ?id "
        "OPTIONAL { ?doc <http://purl.org/dc/terms/title> ?title } }"
    ):
        documents[s["doc"].value] = s["id"].value  # type: ignore[index]
        if s["title"] is not None:  # type: ignore[index]
            documents[s["title"].value] = s["id"].value  # type: ignore[index]
    with (args.questions / "questions.tsv").open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f, delimiter="\t"))
    tally = {"right": 0, "wrong": 0, "missed": 0, "none kept out": 0, "none answered": 0}
    graph = 0
    for row in rows:
        question, expect = row["question"], row["expect"].strip()
        answer = answer_question(settings, question, search_hits=False, limit=1000).answer
        if expect == "none":
            tally["none kept out" if not answer.understood else "none answered"] += 1
            if answer.understood:
                print("ANSWERED", row["n"], question, "|", answer.kind)
            continue
        graph += 1
        if not answer.understood:
            tally["missed"] += 1
            print("MISSED", row["n"], question, "|", "candidates" if answer.candidates else answer.message)
            continue
        keys = row["key"].replace(",", " ").split()
        sparql = (args.questions / "q" / f"{int(row['n']):03d}.rq").read_text(encoding="utf-8")
        wanted = {tuple(_value(s[k], documents) for k in keys) for s in store.query(sparql)}  # type: ignore[union-attr]
        found = [
            {tuple(_value(r[c], documents) if c in r else None for c in combo) for r in answer.rows}
            for combo in itertools.permutations(answer.columns, len(keys))
        ]
        if wanted in found:
            tally["right"] += 1
            if args.verbose:
                print("RIGHT", row["n"], question, "|", answer.kind, len(wanted))
        else:
            tally["wrong"] += 1
            best = max(found, key=lambda s: len(s & wanted), default=set())
            print(
                "WRONG",
                row["n"],
                question,
                "|",
                answer.kind,
                f"| wanted {len(wanted)}, answered {len(best)}, in common {len(best & wanted)}",
            )
    understood = tally["right"] + tally["wrong"]
    print(
        f"{graph} graph questions: understood {understood} ({understood / max(graph, 1):.0%}), "
        f"answer equal to the SPARQL's {tally['right']} ({tally['right'] / max(graph, 1):.0%}), "
        f"wrong {tally['wrong']}, missed {tally['missed']}; "
        f"{tally['none kept out']} of {tally['none kept out'] + tally['none answered']} "
        "non-questions kept out"
    )


if __name__ == "__main__":
    main()
