"""Goals, themes, issues and measures in documents of the common shapes, as Markdown and as Word.

The excerpts (tests/kg/extract/shapes_cases.py) were written for these tests
with their items read off them.  An item is matched when its type, its line and
its label (the stated text) are right; a matched item's theme must be the one
the text puts it under; nothing else of the four types may be found, and no
navigation or procedure line may become an item.  Three excerpts are also built
as Word files (python-docx), where the items must be the same.

One reading holds for every set.  The cue of a label, or of its field or column name, decides
the type where it names one: 目標/目指す姿/目的/将来像 a goal, 課題/問題点/論点 an issue,
施策/取組/対応/対策/事業/アクション a measure (a 施策名 field, a 「施策1-1」 heading, a 施策 column
merged over its 取組 are measures; a 「論点1」 heading an issue).  Otherwise position decides: a
heading, or a cell carried down over rows, that stands over other items is a theme (a 「(1)」
heading over 「①」 sentences); a leaf heading, entry, cell or sentence naming an action a measure.
An item's theme is the nearest theme it stands within; a theme's own theme (the one it stands
within) is no link the sets score.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from io import BytesIO
from pathlib import Path

import docx
import pytest

from kg.extract.evaluate import norm
from kg.extract.extraction import Extraction, extract
from kg.extract.profiles import ProfileError, load_file
from kg.read import read_document, read_string
from tests.kg.extract.shapes_cases import (
    BRACKET_THEMES,
    CASES,
    FIFTH_SET,
    FOURTH_SET,
    GOAL_STATEMENT,
    HELD_OUT,
    KATAKANA_ITEMS,
    LISTED_THEMES,
    MERGED_THEME_CELLS,
    NUMBERED_ITEMS,
    ROMAN_LABELS,
    SECOND_SET,
    THEME_TABLES,
    THIRD_SET,
    Case,
)

DATE = dt.date(2025, 4, 1)
TYPES = ("Goal", "Theme", "Issue", "Measure")


@dataclass
class Tally:
    """Expected, found and right items per type, theme links, and the wrong ones by name."""

    expected: dict[str, int] = field(default_factory=dict)
    found: dict[str, int] = field(default_factory=dict)
    right: dict[str, int] = field(default_factory=dict)
    links: int = 0
    links_right: int = 0
    wrong: list[str] = field(default_factory=list)

    @property
    def not_items(self) -> int:
        """Lines named as no item that became one."""
        return sum(w.startswith("not an item") for w in self.wrong)

    def f1(self, cls: str) -> float:
        """F1 of the type ``cls``: precision 1 where nothing was found, recall 1 where none expected."""
        right, found, expected = self.right.get(cls, 0), self.found.get(cls, 0), self.expected.get(cls, 0)
        p = right / found if found else 1.0
        r = right / expected if expected else 1.0
        return 2 * p * r / (p + r) if p + r else 0.0


def sum_tallies(tallies: Iterable[Tally]) -> Tally:
    """One tally of a whole set: counts per type and links added up, the wrong ones listed together."""
    total = Tally()
    for t in tallies:
        for mine, theirs in ((total.expected, t.expected), (total.found, t.found), (total.right, t.right)):
            for cls, n in theirs.items():
                mine[cls] = mine.get(cls, 0) + n
        total.links += t.links
        total.links_right += t.links_right
        total.wrong += t.wrong
    return total


def excerpt_params(cases: Iterable[Case], missing: dict[str, str], prefix: str = "") -> list[object]:
    """Each case a test parameter named after it (after ``prefix``); those ``missing`` names are
    strict expected failures, with the reason given there."""
    return [
        pytest.param(
            c,
            id=prefix + c.name,
            marks=[pytest.mark.xfail(reason=missing[c.name], strict=True)] if c.name in missing else [],
        )
        for c in cases
    ]


def set_figures(cases: Iterable[Case]) -> tuple[dict[str, float], Tally]:
    """The F1 per type a set of excerpts reaches read from Markdown (to two places), and its tally."""
    t = sum_tallies(tally(case, _markdown(case)) for case in cases)
    return {cls: round(t.f1(cls), 2) for cls in TYPES}, t


def _line_of(text: str, needle: str) -> int:
    for number, line in enumerate(text.splitlines(), 1):
        if needle in line:
            return number
    raise AssertionError(f"no line holds {needle!r}")


def tally(case: Case, ex: Extraction, *, word: bool = False) -> Tally:
    """Score one extraction of ``case`` (its lines named by text, so Word and Markdown alike).

    Word writes a numbered list's numbers apart from the text: there a line the
    excerpt names by its number (「1. 避難情報の伝達」) is named by the item's label.
    """
    text = ex.doc.text
    out = Tally()
    items = [i for i in ex.items if i.cls in TYPES]
    themes = {i.key: norm(i.label) for i in ex.of("Theme")}
    used: set[int] = set()
    for want in case.items:
        out.expected[want.cls] = out.expected.get(want.cls, 0) + 1
        needle = want.line if want.line and not (word and want.line not in text) else want.label
        line = _line_of(text, needle)
        hit = next(
            (
                n
                for n, i in enumerate(items)
                if n not in used
                and i.cls == want.cls
                and i.line == line
                and norm(i.label) == norm(want.label)
            ),
            None,
        )
        # A Theme's own theme (the theme it stands within) is no link the sets score.
        linked = want.cls != "Theme"
        if want.theme and linked:
            out.links += 1
        if hit is None:
            out.wrong.append(f"missed {want.cls} {line} {want.label}")
            continue
        used.add(hit)
        out.right[want.cls] = out.right.get(want.cls, 0) + 1
        got = themes.get(items[hit].theme or "")
        if not linked:
            continue
        if want.theme and got == norm(want.theme):
            out.links_right += 1
        elif want.theme or got:
            out.wrong.append(f"theme of {want.label}: {got} (want {want.theme})")
    for n, i in enumerate(items):
        out.found[i.cls] = out.found.get(i.cls, 0) + 1
        if n not in used:
            out.wrong.append(f"extra {i.cls} {i.line} {i.label}")
    for piece in case.not_items:
        line = _line_of(text, piece)
        out.wrong += [
            f"not an item: {i.cls} {i.line} {i.label}" for i in ex.items if i.line == line and i.cls in TYPES
        ]
    return out


def _markdown(case: Case) -> Extraction:
    return extract(read_string(case.text, suffix=".md"), DATE, use_parser=False)


ALL = CASES + HELD_OUT + SECOND_SET + THIRD_SET + FOURTH_SET + FIFTH_SET


@pytest.mark.parametrize("case", ALL, ids=[c.name for c in ALL])
def test_the_items_of_each_shape_are_found_with_their_themes(case: Case) -> None:
    assert tally(case, _markdown(case)).wrong == []


# Word: the same excerpts written as a user's word processor stores them.
HEADING = re.compile(r"^(#{1,6}) (.*)$")
NUMBERED = re.compile(r"^\d+\. (.*)$")
NESTED = re.compile(r"^( {2,})- (.*)$")
BOLD = re.compile(r"\*\*(.+?)\*\*")


def _runs(paragraph: object, text: str) -> None:
    for n, part in enumerate(BOLD.split(text)):
        if part:
            paragraph.add_run(part).bold = n % 2 == 1  # type: ignore[attr-defined]


def _word(case: Case, path: Path) -> Path:
    """The excerpt as a .docx: heading styles, list styles, real tables, ・ lists in cells as paragraphs."""
    document = docx.Document()
    rows: list[list[str]] = []

    def flush() -> None:
        if not rows:
            return
        table = document.add_table(rows=len(rows), cols=len(rows[0]))
        for r, cells in enumerate(rows):
            for c, cell in enumerate(cells):
                if not cell and r > 1:  # an empty cell under a filled one: the two merged
                    table.cell(r - 1, c).merge(table.cell(r, c))
                    continue
                parts = cell.split("<br>")
                table.cell(r, c).text = parts[0]
                for part in parts[1:]:
                    table.cell(r, c).add_paragraph(part)
        rows.clear()

    for line in case.text.splitlines():
        if line.startswith("|"):
            if not set(line) <= set("|-: "):
                rows.append([cell.strip() for cell in line.strip("|").split("|")])
            continue
        flush()
        if not line.strip():
            continue
        if m := HEADING.match(line):
            document.add_heading(m.group(2), level=len(m.group(1)))
        elif line.startswith("- "):
            _runs(document.add_paragraph(style="List Bullet"), line[2:])
        elif m := NESTED.match(line):  # a nested entry: a list level of its own (List Bullet 2, 3)
            level = min(len(m.group(1)) // 2 + 1, 3)
            _runs(document.add_paragraph(style=f"List Bullet {level}"), m.group(2))
        elif m := NUMBERED.match(line):
            _runs(document.add_paragraph(style="List Number"), m.group(1))
        else:
            _runs(document.add_paragraph(), line)
    flush()
    buffer = BytesIO()
    document.save(buffer)
    path.write_bytes(buffer.getvalue())
    return path


WORD_CASES = (
    THEME_TABLES,
    ROMAN_LABELS,
    BRACKET_THEMES,
    MERGED_THEME_CELLS,
    NUMBERED_ITEMS,
    LISTED_THEMES,
    GOAL_STATEMENT,
    KATAKANA_ITEMS,
)


def assert_word_gives_the_markdown_items(case: Case, tmp_path: Path) -> None:
    """The case written as a Word file is scored right, and gives the items its Markdown gives."""
    ex = extract(read_document(_word(case, tmp_path / "excerpt.docx")), DATE, use_parser=False)
    assert tally(case, ex, word=True).wrong == []
    labels = sorted((i.cls, norm(i.label)) for i in ex.items if i.cls in TYPES)
    assert labels == sorted((i.cls, norm(i.label)) for i in _markdown(case).items if i.cls in TYPES)


@pytest.mark.parametrize("case", WORD_CASES, ids=[c.name for c in WORD_CASES])
def test_the_word_version_gives_the_same_items(case: Case, tmp_path: Path) -> None:
    assert_word_gives_the_markdown_items(case, tmp_path)


# The forms are profile data: a family's file changes them without Python.
NUMBERED_FAMILY = """\
name = "kaizen-numbered"
priority = 5

[match]
patterns = ["業務改善計画"]

[item_numbers]
measure = ['改善項目[0-9]+[ \\u3000]+']

[headings]
theme_numbers = ['領域[A-Z][ \\u3000：:]+']
"""

NUMBERED_PLAN = """\
# 業務改善計画

## 領域A：窓口

### 改善項目1 申請様式の統一

### 改善項目2 押印の廃止
"""


def test_a_familys_profile_gives_its_own_item_and_theme_numbers(tmp_path: Path) -> None:
    (tmp_path / "numbered.toml").write_text(NUMBERED_FAMILY, encoding="utf-8")
    doc = read_string(NUMBERED_PLAN, suffix=".md")
    # The generic profile knows neither number: 「領域A」 stays in the theme's name, and a heading whose
    # words name no action (「押印の廃止」) is no measure of it.
    generic = extract(doc, DATE, use_parser=False)
    assert [t.label for t in generic.of("Theme")] != ["窓口"]
    assert "押印の廃止" not in [m.label for m in generic.of("Measure")]
    found = extract(doc, DATE, use_parser=False, profile_dir=tmp_path)
    themes = {t.key: t.label for t in found.of("Theme")}
    assert list(themes.values()) == ["窓口"]
    assert [(m.label, themes[m.theme or ""]) for m in found.of("Measure")] == [
        ("申請様式の統一", "窓口"),
        ("押印の廃止", "窓口"),
    ]


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        ('name = "x"\n[item_numbers]\nissue = ["課題(["]\n', "item_numbers.issue holds a bad pattern"),
        ('name = "x"\n[headings]\nnumbers = "第1"\n', "headings.numbers must be a list of strings"),
        ('name = "x"\n[inline_labels]\ngoal = ["(?P<"]\n', "inline_labels.goal holds a bad pattern"),
    ],
)
def test_a_bad_form_pattern_is_refused_naming_the_key(tmp_path: Path, content: str, reason: str) -> None:
    path = tmp_path / "bad.toml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ProfileError) as raised:
        load_file(path)
    assert str(path) in str(raised.value) and reason in str(raised.value)


def test_a_theme_number_run_into_the_title_names_no_theme() -> None:
    text = "# 手引き\n\n## テーマ1の進め方\n\n## テーマ2：人材の育成\n"
    assert [t.label for t in _markdown(Case("", text, ())).of("Theme")] == ["人材の育成"]
