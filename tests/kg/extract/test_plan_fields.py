"""What a plan's tables and fields say of its items, in a Word plan and an HTML page written here.

Written for the tests (no published document's text).  The Word plan (python-docx: Heading styles,
real tables) states its measures under numbered issue headings, reports progress in a status table
whose issue cell repeats for each of the issue's rows and whose 時期 column dates them, lists a
工程表 of the same measures by shorter names, and closes with an appendix of laws naming the issues
by number.  The HTML page (a municipality's CMS: h2/h3, <table>, <ul>) lists its measures in tables
with a 担当課, a 根拠法令等 and a 時期 column, and reports progress in a chapter of 「課題N関係」
sections.  Every expectation was read off the text before the extractor ran on it.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import docx

from kg.extract.extraction import Extraction, extract
from kg.read import read_document

DATE = dt.date(2025, 3, 31)


def _word_plan(path: Path) -> Path:
    document = docx.Document()
    document.add_heading("道路行政手続デジタル化計画", level=0)
    document.add_paragraph("令和7年3月　国土交通省")
    document.add_heading("第1章　課題と施策", level=1)
    document.add_heading("重点分野1　占用手続のオンライン化", level=2)
    document.add_heading("課題1-1　道路占用許可の電子申請", level=3)
    document.add_paragraph("道路法に基づく占用許可の申請は、書面による提出が中心である。")
    document.add_paragraph("【施策】")
    document.add_paragraph("○ 占用許可申請の電子受付システムの構築（担当：道路局路政課）〔根拠：道路法〕")
    document.add_paragraph("○ 占用料の電子納付の導入（担当：道路局路政課）")
    document.add_heading("課題1-2　特殊車両通行許可の迅速化", level=3)
    document.add_paragraph("許可までの審査に長い日数を要している。")
    document.add_paragraph("有料道路では、道路整備特別措置法（以下「特措法」という。）に基づく手続も要する。")
    document.add_paragraph("【施策】")
    document.add_paragraph("○ 特殊車両の通行経路の自動審査の導入（担当：道路局道路交通管理課）")
    document.add_paragraph("○ 有料道路における通行手続の一元化（担当：道路局高速道路課）〔根拠：特措法〕")
    document.add_heading("第2章　これまでの取組状況", level=1)
    _table(
        document,
        [
            ["課題", "取組状況", "時期"],
            ["1-1 道路占用許可の電子申請", "電子受付システムの要件定義を完了", "令和5年9月"],
            ["1-1 道路占用許可の電子申請", "電子受付システムの運用開始", "令和7年4月（予定）"],
            ["1-2 特殊車両通行許可の迅速化", "自動審査の対象経路を拡大", "令和6年4月～"],
        ],
    )
    document.add_heading("第3章　今後の工程", level=1)
    document.add_paragraph("各年度の取組は予定であり、進捗に応じて見直す。")
    _table(
        document,
        [
            ["施策", "令和7年度", "令和8年度"],
            ["占用許可申請の電子受付", "運用開始", "機能拡充"],
            ["占用料の電子納付", "検討", "導入"],
            ["特殊車両通行許可の迅速化", "対象経路の拡大", "―"],
            ["占用手続の見直し", "制度検討", "―"],
        ],
    )
    document.add_heading("別表　関係法令", level=1)
    _table(document, [["法令名", "関連する課題"], ["道路法", "1-1、1-2"], ["道路整備特別措置法", "1-2"]])
    document.save(str(path))
    return path


def _table(document: docx.document.Document, rows: list[list[str]]) -> None:
    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    for r, cells in enumerate(rows):
        for c, text in enumerate(cells):
            table.cell(r, c).text = text


_HTML = """\
<html><head><meta charset="utf-8"><title>窓口手続デジタル化計画</title></head><body>
<h1>窓口手続デジタル化計画</h1>
<p>更新日：2025年3月31日</p>
<h2>1 課題と取組</h2>
<h3>課題1 証明書の請求に来庁が必要である</h3>
<p>証明書の多くは、窓口でしか請求できない。</p>
<table>
<tr><th>No.</th><th>取組</th><th>内容</th><th>担当課</th><th>根拠法令等</th><th>時期</th></tr>
<tr><td>1-1</td><td>住民票の写しの電子請求</td><td>住民票の写しをオンラインで請求できるようにします。</td>
<td>市民課</td><td>住民基本台帳法</td><td>令和6年度～</td></tr>
<tr><td>1-2</td><td>戸籍証明書の郵送請求の電子化</td><td>郵送請求の申込みを電子化します。</td>
<td>市民課</td><td>戸籍法</td><td>令和7年度</td></tr>
</table>
<h3>課題2 手数料の支払方法が現金に限られる</h3>
<table>
<tr><th>No.</th><th>取組</th><th>内容</th><th>担当課</th><th>根拠法令等</th><th>時期</th></tr>
<tr><td>2-1</td><td>窓口のキャッシュレス決済の導入</td><td>証明書の交付手数料をキャッシュレスで納付できるようにします。</td>
<td>会計課</td><td>地方自治法</td><td>令和6年10月～</td></tr>
<tr><td>2-2</td><td>納付書の二次元コード対応</td><td>納付書に二次元コードを印字します。</td>
<td>会計課</td><td>―</td><td>令和7年度</td></tr>
</table>
<h2>2 これまでの取組状況</h2>
<h3>課題1関係</h3>
<ul><li>令和5年6月 住民票の写しの電子請求を試行</li>
<li>令和6年1月 電子請求の対象を戸籍証明書に拡大</li></ul>
<h3>課題2関係</h3>
<ul><li>令和6年3月 市民課窓口に決済端末を設置</li></ul>
</body></html>
"""


def _html_plan(path: Path) -> Path:
    path.write_text(_HTML, encoding="utf-8")
    return path


def _read(path: Path) -> Extraction:
    return extract(read_document(path), DATE, use_parser=False)


def _progress(ex: Extraction) -> list[tuple[str, str, list[str], bool]]:
    """(words of each update, label of the item it reports on, its months, whether it is planned)."""
    labels = {i.key: i.label for i in ex.items}
    return [
        (
            p.label,
            labels.get(p.reports_on or p.issue or "", ""),
            [f"{d.start_value.year}-{d.start_value.month:02}" for d in p.dates if d.start_value],
            any(d.planned for d in p.dates),
        )
        for p in ex.of("ProgressUpdate")
    ]


def test_a_status_tables_rows_are_dated_by_its_time_column(tmp_path: Path) -> None:
    found = _progress(_read(_word_plan(tmp_path / "plan.docx")))
    assert found == [
        ("電子受付システムの要件定義を完了", "道路占用許可の電子申請", ["2023-09"], False),
        ("電子受付システムの運用開始", "道路占用許可の電子申請", ["2025-04"], True),
        ("自動審査の対象経路を拡大", "特殊車両通行許可の迅速化", ["2024-04"], False),
    ]


def test_a_schedule_of_the_plans_measures_and_a_list_of_laws_by_issue_number_add_no_items(
    tmp_path: Path,
) -> None:
    ex = _read(_word_plan(tmp_path / "plan.docx"))
    measures = [m.label for m in ex.of("Measure")]
    assert len(measures) == 4
    opening = ("占用許可申請の電子受付", "占用料の電子納付", "特殊車両", "有料道路")
    assert [any(m.startswith(w) for m in measures) for w in opening] == [True, True, True, True]
    assert sorted(i.label for i in ex.of("Issue")) == ["特殊車両通行許可の迅速化", "道路占用許可の電子申請"]
    assert [t.label for t in ex.of("Theme")] == ["占用手続のオンライン化"]


def test_a_law_column_whose_header_closes_with_to_gives_each_rows_measure_its_laws(tmp_path: Path) -> None:
    ex = _read(_html_plan(tmp_path / "plan.html"))
    laws = {m.label: sorted(law.text for law in m.laws) for m in ex.of("Measure")}
    assert laws == {
        "住民票の写しの電子請求": ["住民基本台帳法"],
        "戸籍証明書の郵送請求の電子化": ["戸籍法"],
        "窓口のキャッシュレス決済の導入": ["地方自治法"],
        "納付書の二次元コード対応": [],
    }


def test_a_chapter_of_progress_by_issue_number_reports_on_those_issues(tmp_path: Path) -> None:
    found = _progress(_read(_html_plan(tmp_path / "plan.html")))
    assert [(on, months) for _, on, months, _ in found] == [
        ("証明書の請求に来庁が必要である", ["2023-06"]),
        ("証明書の請求に来庁が必要である", ["2024-01"]),
        ("手数料の支払方法が現金に限られる", ["2024-03"]),
    ]
    ends = ("試行", "拡大", "設置")
    assert [label.endswith(end) for (label, *_), end in zip(found, ends, strict=True)] == [True, True, True]


def test_an_abbreviation_the_plan_defines_once_names_its_law_in_a_later_field(tmp_path: Path) -> None:
    ex = _read(_word_plan(tmp_path / "plan.docx"))
    laws = {m.label[:8]: [(law.text, law.key) for law in m.laws] for m in ex.of("Measure")}
    # 道路整備特別措置法 (昭和31年法律第7号): the e-Gov law ID of its number
    assert laws["有料道路における"] == [("特措法", "331AC0000000007")]
    assert laws["占用許可申請の電"] == [("道路法", "327AC0000000180")]


# The same page with its progress as a table, a row per update naming its issue 「課題N関係」.
_HTML_ROWS = _HTML[: _HTML.index("<h3>課題1関係</h3>")] + (
    "<table>\n<tr><th>課題</th><th>取組状況</th><th>時期</th></tr>\n"
    "<tr><td>課題1関係</td><td>住民票の写しの電子請求を試行</td><td>令和5年6月</td></tr>\n"
    "<tr><td>課題2関係</td><td>市民課窓口に決済端末を設置</td><td>令和6年3月</td></tr>\n"
    "</table>\n</body></html>\n"
)


def test_a_status_tables_rows_naming_an_issue_by_number_report_on_it(tmp_path: Path) -> None:
    path = tmp_path / "plan.html"
    path.write_text(_HTML_ROWS, encoding="utf-8")
    assert _progress(_read(path)) == [
        ("住民票の写しの電子請求を試行", "証明書の請求に来庁が必要である", ["2023-06"], False),
        ("市民課窓口に決済端末を設置", "手数料の支払方法が現金に限られる", ["2024-03"], False),
    ]
