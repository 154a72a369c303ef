"""Extraction scored on annotated excerpts and sentences held outside the repository.

Takes Python modules written by someone who has not seen the extractor, in the forms of the
repository's own test sets:

* ``--shapes FILE``: ``CASES``, excerpts in the form of ``tests/kg/extract/shapes_cases.py``
  (goals, themes, issues and measures with the theme each sits under, and lines that are no item);
* ``--generality FILE``: ``BODIES``, ``LAWS`` and ``ACTIONS`` in the form of
  ``tests/kg/extract/test_generality_blind.py``, and optionally ``DEPENDS``: short Markdown
  documents with the (item class, item label, law surface) links of the measures and issues that
  depend on a law.

Prints precision, recall and F1 per type, the item → theme links found (a Theme's own theme=, the
theme it stands within, is no link and is not scored), the lines named as no item that became one,
and the mentions of bodies, laws and legislative actions and the dependsOnLaw links, each as P/R/F1;
``-v`` lists every miss and extra.

Run with `.venv/bin/python bench/extract_heldout.py --shapes FILE --generality FILE [-v]`.
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from types import ModuleType
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kg.extract.evaluate import norm  # noqa: E402
from kg.extract.extraction import extract  # noqa: E402
from kg.extract.laws import find_laws  # noqa: E402
from kg.read import read_string  # noqa: E402
from tests.kg.extract.test_generality import REPORT, bodies  # noqa: E402
from tests.kg.extract.test_generality_blind import actions_by_surface  # noqa: E402
from tests.kg.extract.test_shapes import DATE, TYPES, _markdown, sum_tallies, tally  # noqa: E402


def _load(path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location(path.stem, path)
    if spec is None or spec.loader is None:
        raise SystemExit(f"{path}: not a Python module")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _prf(right: int, found: int, expected: int) -> str:
    p = right / found if found else 1.0
    r = right / expected if expected else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return f"P {p:.2f}  R {r:.2f}  F1 {f:.2f}  ({right} right, {found} found, {expected} expected)"


def score_shapes(path: Path, verbose: bool) -> None:
    cases = _load(path).CASES
    tallies = []
    for case in cases:
        t = tally(case, _markdown(case))
        tallies.append(t)
        if verbose and t.wrong:
            print(f"-- {case.name}")
            for w in t.wrong:
                print(f"   {w}")
    total = sum_tallies(tallies)
    print(f"shapes: {len(cases)} excerpts ({path})")
    for cls in TYPES:
        counts = (total.right.get(cls, 0), total.found.get(cls, 0), total.expected.get(cls, 0))
        print(f"  {cls:<8} {_prf(*counts)}")
    recall = total.links_right / max(total.links, 1)
    print(f"  links    {total.links_right} of {total.links} item → theme links right (recall {recall:.2f})")
    print(f"  lines named as no item that became items: {total.not_items}")


def _sets(want: Any) -> list[set[str]]:
    return [set(w) for w in want] if isinstance(want, tuple) else [set(want)]


def _best(want: Any, got: Iterable[str]) -> tuple[int, int, int]:
    """(right, found, expected) against the reading of ``want`` that ``got`` fits best."""
    got_set = set(got)
    best = max(_sets(want), key=lambda w: (len(w & got_set), -len(w ^ got_set)))
    return len(best & got_set), len(got_set), len(best)


def _best_list(want: Any, got: list[Any]) -> tuple[int, int, int]:
    readings = list(want) if isinstance(want, tuple) else [want]

    def fit(reading: list[Any]) -> tuple[int, int, int]:
        left = Counter(reading)
        hits = 0
        for g in got:
            if left[g] > 0:
                left[g] -= 1
                hits += 1
        return hits, len(got), len(reading)

    return max((fit(list(r)) for r in readings), key=lambda t: (t[0], -(t[1] + t[2] - 2 * t[0])))


def _score_rows(name: str, rows: list[tuple[str, Any]], find: Any, lists: bool, verbose: bool) -> None:
    r = f = e = whole = 0
    for text, want in rows:
        got = find(text)
        right, found, expected = _best_list(want, got) if lists else _best(want, got)
        r, f, e = r + right, f + found, e + expected
        if right == found == expected:
            whole += 1
        elif verbose:
            print(f"   {name}: {text}\n      want {want}\n      got  {got}")
    print(f"  {name:<8} {_prf(r, f, e)}; sentences all right {whole}/{len(rows)}")


def _kind_unsaid_as_empty(rows: list[tuple[str, Any]]) -> list[tuple[str, Any]]:
    """A set may write an act kind the text does not say as None; the extractor gives "" for it."""
    return [(text, [("" if act is None else act, *rest) for act, *rest in want]) for text, want in rows]


def _law_key(surface: str) -> str:
    found = find_laws(surface)
    return found[0].key if found else norm(surface)


def score_depends(docs: list[tuple[str, list[tuple[str, str, str]]]], verbose: bool) -> None:
    r = f = e = 0
    for text, links in docs:
        ex = extract(read_string(text, suffix=".md"), DATE, use_parser=False)
        stated = {
            (i.cls, norm(i.label), m.key) for i in ex.items if i.cls in ("Measure", "Issue") for m in i.laws
        }
        lifted = {
            (ex.items[x.item].cls, norm(ex.items[x.item].label), x.law.key)
            for x in ex.lifted
            if ex.items[x.item].cls in ("Measure", "Issue")
        }
        got = stated | lifted
        want = {(cls, norm(label), _law_key(law)) for cls, label, law in links}
        r, f, e = r + len(got & want), f + len(got), e + len(want)
        if verbose and got != want:
            print(f"   depends: missed {sorted(want - got)}\n            extra  {sorted(got - want)}")
    print(f"  depends  {_prf(r, f, e)} (Measure and Issue subjects, {len(docs)} documents)")


def score_generality(path: Path, verbose: bool) -> None:
    module = _load(path)
    print(f"generality: {path}")
    _score_rows("bodies", module.BODIES, bodies, False, verbose)
    _score_rows("laws", module.LAWS, lambda t: [m.text for m in find_laws(t)], True, verbose)
    _score_rows("actions", _kind_unsaid_as_empty(module.ACTIONS), actions_by_surface, True, verbose)
    if hasattr(module, "DEPENDS"):
        score_depends(module.DEPENDS, verbose)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shapes", type=Path)
    parser.add_argument("--generality", type=Path)
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args()
    if not (args.shapes or args.generality):
        parser.error("give --shapes FILE, --generality FILE or both")
    print(f"(report dates: excerpts {DATE}, sentences {REPORT})")
    if args.shapes:
        score_shapes(args.shapes, args.verbose)
    if args.generality:
        score_generality(args.generality, args.verbose)


if __name__ == "__main__":
    main()
