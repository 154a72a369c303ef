"""Progress updates in the shapes plans give them, what each reports on, and the laws they lift.

The reports and their expectations (tests/kg/extract/progress_shapes_cases.py) were written by reading
before the extractor ran on them.  Before the rules for them, of 30 updates 10 were found on the
right item (a status row naming its measure by number or part of its label became a measure of its
own, 「施策1：…」 lines in a chapter of progress were measures, entries after a label alone on its
line and dated entries were not read, issues 「課題A」 and measures 「施策A-1」 numbered by a letter
gave no item), and 6 of 17 links.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from kg.extract.evaluate import norm
from kg.extract.extraction import Extraction, extract
from kg.read import read_document, read_string
from tests.kg.extract.progress_shapes_cases import CASES, LABELS_ALONE, ProgressCase
from tests.kg.extract.shapes_cases import Case
from tests.kg.extract.test_depends import expected_links, found_links
from tests.kg.extract.test_shapes import _word

DATE = dt.date(2025, 4, 1)

# 「調査結果を空家等…特別措置法」: the title of a law is read with the word before its particle
_TITLE = pytest.mark.xfail(strict=True, reason="a law's title is read with the noun before を")


def _marked(cases: tuple[ProgressCase, ...], marks: dict[str, pytest.MarkDecorator]) -> list[object]:
    return [pytest.param(c, id=c.name, marks=[marks[c.name]] if c.name in marks else []) for c in cases]


def _updates(ex: Extraction) -> list[tuple[str, str]]:
    """(label, label of the measure or issue it reports on) of every progress update."""
    labels = {i.key: i.label for i in ex.items}
    return [
        (p.label, labels.get(p.reports_on or "", "") if p.reports_on else labels.get(p.issue or "", ""))
        for p in ex.of("ProgressUpdate")
    ]


def _check_updates(case: ProgressCase, ex: Extraction) -> None:
    found = _updates(ex)
    assert len(found) == len(case.updates), found
    for words, target in case.updates:
        assert any(words in label and norm(on) == norm(target) for label, on in found), (words, target, found)


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_each_update_reports_on_the_item_it_names(case: ProgressCase) -> None:
    _check_updates(case, extract(read_string(case.text, suffix=".md"), DATE, use_parser=False))


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_the_word_version_gives_the_same_updates(case: ProgressCase, tmp_path: Path) -> None:
    path = _word(Case(case.name, case.text, ()), tmp_path / "report.docx")
    _check_updates(case, extract(read_document(path), DATE, use_parser=False))


@pytest.mark.parametrize("case", _marked(CASES, {LABELS_ALONE.name: _TITLE}))
def test_the_measures_and_issues_depend_on_the_laws_their_updates_name(case: ProgressCase) -> None:
    ex = extract(read_string(case.text, suffix=".md"), DATE, use_parser=False)
    assert found_links(ex) == expected_links(case)  # type: ignore[arg-type]
