"""Progress updates in the shapes plans give them, what each reports on, and the laws they lift.

The reports and their expectations (tests/kg/extract/progress_shapes_cases.py) were written by
reading before the extractor ran on them.  Before the rules for them, of the first six reports' 30
updates 10 were found on the right item (a status row naming its measure by number or part of its
label became a measure of its own, 「施策1：…」 lines in a chapter of progress were measures, entries
after a label alone on its line and dated entries were not read, issues 「課題A」 and measures
「施策A-1」 numbered by a letter gave no item), and 6 of 17 links.  The Word version of each, and
the status-table report as a web page, give the same.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from kg.extract.evaluate import norm
from kg.extract.extraction import Extraction, extract
from kg.read import read_document, read_string
from tests.kg.extract.progress_shapes_cases import CASES, YEARLY_COLUMNS, ProgressCase
from tests.kg.extract.shapes_cases import Case
from tests.kg.extract.test_depends import expected_links, found_links
from tests.kg.extract.test_shapes import _word

DATE = dt.date(2025, 4, 1)


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


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_the_measures_and_issues_depend_on_the_laws_their_updates_name(case: ProgressCase) -> None:
    ex = extract(read_string(case.text, suffix=".md"), DATE, use_parser=False)
    assert found_links(ex) == expected_links(case)  # type: ignore[arg-type]


# The status-table report as a web page writes it: its headings and table as HTML elements.
YEARLY_PAGE = """\
<html><head><title>北山市 食品ロス削減推進計画 実施状況</title></head><body>
<h1>北山市 食品ロス削減推進計画 実施状況</h1>
<h2>基本方針1　家庭の食品ロスの削減</h2>
<h3>施策1-1　食べきりの啓発</h3>
<p>家庭で食べきる工夫を広める。</p>
<h3>施策1-2　フードドライブの常設化</h3>
<p>家庭で余った食品を常に受け付ける。</p>
<h2>基本方針2　事業者の食品ロスの削減</h2>
<h3>施策2-1　食べきり協力店の登録</h3>
<p>小盛りや持ち帰りに応じる飲食店を登録する。</p>
<h3>施策2-2　未利用食品の寄附の仲介</h3>
<p>売れ残った食品を福祉団体に届ける。</p>
<h2>施策の実施状況</h2>
<table>
<tr><th>施策</th><th>令和5年度実績</th><th>令和6年度実績</th></tr>
<tr><td>1-1</td><td>啓発動画を作成した</td><td>小学校で出前授業を10回行った</td></tr>
<tr><td>フードドライブ</td><td>市役所に回収箱を置いた</td><td>回収拠点を5か所に増やした</td></tr>
<tr><td>協力店の登録</td><td>42店を登録した</td><td>登録が68店に増えた</td></tr>
<tr><td>2-2</td><td>食品ロスの削減の推進に関する法律に基づく手引を事業者に配布した</td><td>寄附の仲介を30件行った</td></tr>
</table>
</body></html>
"""


def test_the_web_page_of_a_status_table_gives_the_same_updates_and_links() -> None:
    ex = extract(read_string(YEARLY_PAGE, suffix=".html"), DATE, use_parser=False)
    _check_updates(YEARLY_COLUMNS, ex)
    assert found_links(ex) == expected_links(YEARLY_COLUMNS)  # type: ignore[arg-type]
