"""Plans as Word files and HTML pages give the items read off them, and the Word plans what their
Markdown gives (tests/kg/extract/plans_word_html.py: the plans and what was read off them).

Scored as the shape excerpts are (:func:`tests.kg.extract.test_shapes.tally`: type, line, label and
theme); besides, each issue keeps the number its text gives it and each ✓ entry of a status table
(「| 項目 | 取組状況 |」) is one progress update, with its month, on the item its row names.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from kg.extract.evaluate import norm
from kg.extract.extraction import Extraction, extract
from kg.read import read_document, read_string
from tests.kg.extract.plans_word_html import MARKDOWN, PLANS, Plan, word_file
from tests.kg.extract.shapes_cases import Case
from tests.kg.extract.test_shapes import tally

DATE = dt.date(2025, 4, 1)
WORD = [p for p in PLANS if p.suffix == ".docx"]
HTML = [p for p in PLANS if p.suffix == ".html"]


def _read(plan: Plan, form: str, tmp_path: Path) -> Extraction:
    if form == ".md":
        doc = read_string(plan.text, suffix=".md")
    elif form == ".docx":
        doc = read_document(word_file(plan, tmp_path / "plan.docx"))
    else:
        path = tmp_path / "plan.html"
        path.write_text(plan.text, encoding="utf-8")
        doc = read_document(path)
    return extract(doc, DATE, use_parser=False)


FORMS = [(p, f) for p in PLANS for f in ([".md", ".docx"] if p.suffix == ".docx" else [".html"])]


@pytest.mark.parametrize(("plan", "form"), FORMS, ids=[f"{p.name}{f}" for p, f in FORMS])
def test_the_items_are_found_with_their_themes_numbers_and_progress(
    plan: Plan, form: str, tmp_path: Path
) -> None:
    check_plan(plan, _read(plan, form, tmp_path), word=form == ".docx")


def check_plan(plan: Plan, ex: Extraction, *, word: bool) -> None:
    """The plan's items, their themes, its issues' numbers and its progress updates are found in ``ex``."""
    # Word shows a List Number's number apart from the text: no line there to name as no item.
    case = Case(plan.name, plan.text, plan.items, () if word else plan.not_items)
    assert tally(case, ex, word=word).wrong == []
    numbers = {i.label: i.number or "" for i in ex.of("Issue")}
    assert {label: numbers.get(label, "")[-len(n) :] for label, n in plan.numbers.items()} == plan.numbers
    labels = {i.key: i.label for i in ex.items}
    found = [
        (
            norm(p.label),
            labels.get(p.reports_on or p.issue or ""),
            [
                f"{d.start_value.year}-{d.start_value.month:02}"
                for d in p.dates
                if d.start_value and d.start_value.month
            ],
        )
        for p in ex.of("ProgressUpdate")
    ]
    assert found == [(norm(p.label), p.reports_on, [p.month]) for p in plan.progress]


def _items(ex: Extraction) -> list[tuple[str, str, str | None, str | None, str | None]]:
    labels = {i.key: i.label for i in ex.items}
    return [
        (i.cls, norm(i.label), i.number, labels.get(i.theme or ""), labels.get(i.reports_on or ""))
        for i in ex.items
        if i.cls in ("Goal", "Theme", "Issue", "Measure", "ProgressUpdate")
    ]


@pytest.mark.parametrize("plan", WORD, ids=[p.name for p in WORD])
def test_a_word_plan_gives_what_its_markdown_gives(plan: Plan, tmp_path: Path) -> None:
    assert _items(_read(plan, ".docx", tmp_path)) == _items(_read(plan, ".md", tmp_path))


@pytest.mark.parametrize("plan", HTML, ids=[p.name for p in HTML])
def test_an_html_plan_gives_what_the_same_plan_in_markdown_gives(plan: Plan, tmp_path: Path) -> None:
    markdown = extract(read_string(MARKDOWN[plan.name], suffix=".md"), DATE, use_parser=False)
    assert _items(_read(plan, ".html", tmp_path)) == _items(markdown)
