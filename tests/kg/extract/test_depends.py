"""Which measures and issues depend on a law, in documents of common shapes, as Markdown and as Word.

The excerpts and their links (tests/kg/extract/depends_cases.py) were written for these tests,
each link read off the text.  A link is (item class, item label, law); the links found are the
measures' and issues' own laws (their text, the sentences under their heading, their row's
根拠法令) and the laws lifted to them from the progress lines that report on them.  Before the
progress lines and the laws under items were read, none of the 27 links was found; an issue over a
table of measures still misses the two laws of its rows (the rows' measures are not tied to it).
Before headings and bullets named by their cue alone (「## 課題：…」, 「- 施策　…」) and bullets over
progress bullets of their own were read, the three excerpts of those forms gave no item and none of
their 10 links.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from kg.extract.evaluate import norm
from kg.extract.extraction import Extraction, extract
from kg.extract.laws import find_laws
from kg.read import read_document, read_string
from tests.kg.extract.depends_cases import (
    BASIS_TABLE,
    CASES,
    CUE_COLON_HEADINGS,
    CUE_SPACE_BULLETS,
    FOLLOWUP_BULLETS,
    NESTED_PROGRESS_BULLETS,
    PROGRESS_HEADINGS,
    RELATED_LAWS_COLUMN,
    DependsCase,
)
from tests.kg.extract.shapes_cases import Case
from tests.kg.extract.test_shapes import _word

DATE = dt.date(2025, 4, 1)
Link = tuple[str, str, str]


def _law_key(surface: str) -> str:
    found = find_laws(surface)
    assert len(found) == 1 and found[0].text == surface, f"{surface!r} is not read as one law"
    return found[0].key


def found_links(ex: Extraction) -> set[Link]:
    """(class, normalised label, law key) of every measure's and issue's own and lifted law."""
    own = {(i.cls, norm(i.label), m.key) for i in ex.items if i.cls in ("Measure", "Issue") for m in i.laws}
    lifted = {(ex.items[x.item].cls, norm(ex.items[x.item].label), x.law.key) for x in ex.lifted}
    return own | lifted


def expected_links(case: DependsCase) -> set[Link]:
    return {(cls, norm(label), _law_key(law)) for cls, label, law in case.links}


def _markdown(case: DependsCase) -> Extraction:
    return extract(read_string(case.text, suffix=".md"), DATE, use_parser=False)


def _from_word(case: DependsCase, tmp_path: Path) -> Extraction:
    path = _word(Case(case.name, case.text, ()), tmp_path / "excerpt.docx")
    return extract(read_document(path), DATE, use_parser=False)


def _wanted(case: DependsCase) -> set[Link]:
    return expected_links(case)


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_the_measures_and_issues_depend_on_the_laws_the_text_gives_them(case: DependsCase) -> None:
    assert found_links(_markdown(case)) == _wanted(case)


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_the_word_version_gives_the_same_links(case: DependsCase, tmp_path: Path) -> None:
    assert found_links(_from_word(case, tmp_path)) == _wanted(case)


def test_all_links_counted() -> None:
    # the measures of a table under an issue's own heading address that issue: its links are lifted
    right = found = expected = 0
    for case in CASES:
        got, want = found_links(_markdown(case)), expected_links(case)
        right, found, expected = right + len(got & want), found + len(got), expected + len(want)
    assert (right, found, expected) == (41, 41, 41)


def _progress(ex: Extraction) -> dict[str, tuple[str | None, str | None, list[str], list[str]]]:
    """A progress update's label → (measure it reports on, its issue, its laws, its dates)."""
    measures = {i.key: i.label for i in ex.of("Measure")}
    return {
        i.label: (
            measures.get(i.reports_on or ""),
            i.issue,
            [m.text for m in i.laws],
            [d.text for d in i.dates],
        )
        for i in ex.of("ProgressUpdate")
    }


def test_labelled_bullets_under_a_measure_heading_report_on_it_with_their_dates() -> None:
    found = _progress(_markdown(FOLLOWUP_BULLETS))
    line = "公的個人認証法の一部を改正し、スマートフォンへの電子証明書の搭載を可能とした（令和4年5月成立）。"
    assert found[line] == ("スマートフォンへの電子証明書の搭載", "課題1", ["公的個人認証法"], ["令和4年5月"])
    # 「今後の予定：」 is no progress label; 取組状況, 進捗状況, 実績 and 対応状況 are
    assert len(found) == 5
    assert found["法務局と連携し、システム改修を完了した。"][:3] == ("戸籍証明書の添付の省略", "課題2", [])


def test_entries_under_a_progress_sub_heading_and_cells_of_a_progress_column_are_progress() -> None:
    found = _progress(_markdown(PROGRESS_HEADINGS))
    assert found["2市で試行運用を開始した。"][0] == "被災者台帳システムの導入"
    assert found["令和6年3月、被災者台帳システム整備要綱を定めた。"][0] == "被災者台帳システムの導入"
    assert len(found) == 3
    cells = _progress(_markdown(BASIS_TABLE))
    assert cells["住民基本台帳法施行規則の改正に合わせて様式を改めた。"][0] == "住民情報の適正な管理"
    assert len(cells) == 6  # one per row of the 取組状況 column


def test_a_law_under_an_issue_heading_is_the_issues_own_and_what_it_is_based_on() -> None:
    ex = _markdown(FOLLOWUP_BULLETS)
    (issue,) = [i for i in ex.of("Issue") if i.label == "申請時の添付書類が多い"]
    assert [m.text for m in issue.laws] == ["デジタル手続法"]
    assert [link.relations for link in issue.law_links] == [("based_on",)]
    # the lifted law of its measure's progress line stays lifted, not stated
    assert {x.law.key for x in ex.lifted if ex.items[x.item] is issue} == {_law_key("戸籍法")}


def test_a_law_column_gives_its_row_and_nothing_else() -> None:
    ex = _markdown(RELATED_LAWS_COLUMN)
    laws = {i.label: [m.text for m in i.laws] for i in ex.of("Measure")}
    assert laws == {
        "入所申請のオンライン受付": ["児童福祉法施行規則"],
        "就労証明書の電子提出": [],
        "認定結果の電子通知": ["行政手続等における情報通信の技術の利用に関する法律"],
    }


FIELDS = """\
# 事業評価シート

| 項目 | 記載内容 |
|---|---|
| 事業名 | 空き家バンクの運営 |
| 根拠法令 | 空家等対策の推進に関する特別措置法 |
| 取組実績 | 令和5年度に登録物件を40件追加した。 |
"""


def test_a_review_sheets_law_and_progress_fields_belong_to_its_one_measure() -> None:
    ex = extract(read_string(FIELDS, suffix=".md"), DATE, use_parser=False)
    (measure,) = ex.of("Measure")
    assert measure.label == "空き家バンクの運営"
    assert [m.text for m in measure.laws] == ["空家等対策の推進に関する特別措置法"]
    assert _progress(ex) == {
        "令和5年度に登録物件を40件追加した。": ("空き家バンクの運営", None, [], ["令和5年度"])
    }


NO_MEASURE_ABOVE = """\
# 窓口改善の報告

## 1. はじめに

- 取組状況：本書は戸籍法の改正を踏まえて作成した。
"""


def test_a_progress_label_under_no_measure_or_issue_gives_nothing() -> None:
    ex = extract(read_string(NO_MEASURE_ABOVE, suffix=".md"), DATE, use_parser=False)
    assert ex.of("ProgressUpdate") == [] and ex.lifted == []


def test_a_cue_alone_before_a_heading_or_bullet_names_the_item_and_gives_it_no_number() -> None:
    for case in (CUE_COLON_HEADINGS, CUE_SPACE_BULLETS):
        ex = _markdown(case)
        issues = {i.key: i.label for i in ex.of("Issue")}
        measures = {i.label: (issues.get(i.issue or ""), i.number) for i in ex.of("Measure")}
        assert all(i.number is None for i in ex.of("Issue"))
        if case is CUE_COLON_HEADINGS:
            assert measures == {
                "自家用有償旅客運送の活用": ("路線バスの運転士が不足している", None),
                "乗合タクシーの運行": ("路線バスの運転士が不足している", None),
                "運転士の確保に向けた広報": ("路線バスの運転士が不足している", None),
            }
        else:
            assert measures == {
                "食べきり運動の普及": ("家庭から出る食品ロスが多い", None),
                "フードドライブの常設化": ("家庭から出る食品ロスが多い", None),
                "フードバンクとの連携": ("事業者の未利用食品の活用が進まない", None),
            }


def test_bullets_over_their_progress_lines_are_measures_and_the_lines_report_on_them() -> None:
    ex = _markdown(NESTED_PROGRESS_BULLETS)
    # every bullet of the list, the one closing with its progress in brackets named without it; the
    # 取組状況 bullets are no measures
    assert [i.label for i in ex.of("Measure")] == [
        "産後ケア事業の拡充",
        "妊婦健康診査の費用助成",
        "伴走型相談支援の実施",
        "病児保育施設の町立診療所への併設",
    ]
    found = _progress(ex)
    assert found["母子保健法に基づく母子健康手帳の交付時に面談を行った。"][0] == "伴走型相談支援の実施"
    assert (
        found["国の「病児保育事業実施要綱」に沿って運営している。"][0] == "病児保育施設の町立診療所への併設"
    )


ONE_BULLET = """\
# 窓口業務の改善計画　取組一覧

## 1. 窓口の予約制

- 来庁予約システムの導入
- 予約枠の拡大

## 2. 転出手続のオンライン化

- 住民基本台帳法に基づく転出届のオンライン手続への移行
"""


def test_a_heading_over_one_bullet_naming_a_change_over_gives_that_measure_and_its_law() -> None:
    ex = extract(read_string(ONE_BULLET, suffix=".md"), DATE, use_parser=False)
    label = "住民基本台帳法に基づく転出届のオンライン手続への移行"
    assert [i.label for i in ex.of("Measure")] == ["来庁予約システムの導入", "予約枠の拡大", label]
    assert found_links(ex) == {("Measure", norm(label), _law_key("住民基本台帳法"))}
