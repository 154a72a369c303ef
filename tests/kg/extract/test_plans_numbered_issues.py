"""Plans whose issues are numbered headings inside their themes, as Word, HTML and Markdown
(tests/kg/extract/plans_numbered_issues.py: the plans and what was read off them).

Scored as the other Word and HTML plans are (:mod:`tests.kg.extract.test_plans_word_html`): type,
line, label and theme of each item, each issue's number, one progress update per ✓ entry with its
month on the issue its row names; besides, each measure addresses the issue whose heading holds it,
and the Word plan and the HTML page give what the same plan written as Markdown gives.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.extract.extraction import extract
from kg.read import read_string
from tests.kg.extract.plans_numbered_issues import ADDRESSED, MARKDOWN, PLANS
from tests.kg.extract.plans_word_html import Plan
from tests.kg.extract.test_plans_word_html import DATE, _items, _read, check_plan

FORMS = [(p, f) for p in PLANS for f in ([".md", ".docx"] if p.suffix == ".docx" else [".html", ".md"])]


def _form(plan: Plan, form: str, tmp_path: Path):  # type: ignore[no-untyped-def]
    if form == ".md" and plan.suffix == ".html":
        return extract(read_string(MARKDOWN[plan.name], suffix=".md"), DATE, use_parser=False)
    return _read(plan, form, tmp_path)


@pytest.mark.parametrize(("plan", "form"), FORMS, ids=[f"{p.name}{f}" for p, f in FORMS])
def test_numbered_issues_inside_themes_are_issues_with_their_measures_and_progress(
    plan: Plan, form: str, tmp_path: Path
) -> None:
    ex = _form(plan, form, tmp_path)
    check_plan(plan, ex, word=form == ".docx")
    labels = {i.key: i.label for i in ex.items}
    addressed: dict[str, list[str]] = {}
    for m in ex.of("Measure"):
        addressed.setdefault(labels.get(m.issue or "", ""), []).append(m.label)
    assert addressed == ADDRESSED[plan.name]


@pytest.mark.parametrize("plan", PLANS, ids=[p.name for p in PLANS])
def test_the_plan_as_word_or_html_gives_what_its_markdown_gives(plan: Plan, tmp_path: Path) -> None:
    assert _items(_form(plan, plan.suffix, tmp_path)) == _items(_form(plan, ".md", tmp_path))
