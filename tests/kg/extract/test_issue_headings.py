"""Which numbered headings a status table makes issues (kg.extract.issue_headings), by reading."""

from __future__ import annotations

from kg.extract.extraction import extract
from kg.read import read_string
from tests.kg.extract.test_shapes import DATE

_TABLE = """
## 2 取組状況

| 課題 | 取組状況 |
|---|---|
| 1.1 | ✓ 窓口を1か所増やした |
"""


def _classes(text: str) -> dict[str, str]:
    ex = extract(read_string(text, suffix=".md"), DATE, use_parser=False)
    return {item.label: item.cls for item in ex.items}


def test_a_heading_the_table_names_is_an_issue_and_its_bullets_its_measures() -> None:
    text = "# 窓口改革の推進状況\n\n## 1 窓口\n\n### 1.1 待ち時間が長い\n\n- 予約制窓口の導入\n" + _TABLE
    ex = extract(read_string(text, suffix=".md"), DATE, use_parser=False)
    issue = next(i for i in ex.items if i.label == "待ち時間が長い")
    measure = next(i for i in ex.items if i.label == "予約制窓口の導入")
    assert (issue.cls, measure.cls, measure.issue) == ("Issue", "Measure", issue.key)
    assert [i.issue for i in ex.items if i.cls == "ProgressUpdate"] == [issue.key]


def test_a_heading_over_the_line_stating_its_issue_is_that_one_issue() -> None:
    text = (
        "# 窓口改革の推進状況\n\n## 1 窓口\n\n### 1.1 窓口の改善\n\n"
        "課題：来庁者の待ち時間が長い。\n\n- 予約制窓口の導入\n" + _TABLE
    )
    classes = _classes(text)
    assert classes["窓口の改善"] == "Issue"
    assert list(classes.values()).count("Issue") == 1


def test_without_a_status_table_the_heading_is_a_theme() -> None:
    text = "# 窓口改革の推進状況\n\n## 1 窓口\n\n### 1.1 待ち時間が長い\n\n- 予約制窓口の導入\n"
    assert _classes(text)["待ち時間が長い"] == "Theme"
