"""Spoken and polite wordings read by rule: 「…を教えていただけますか」, 「…って全部でいくつあるの」,
「…がまだ無い」, 「…ってどうなってる」「…は今どこまで来てる」「…についてこれまでにやったこと」, a measure
named by a part of its name, progress updates with no law, and counts per theme or issue that list every theme
and name each issue.

The expected answers are read from the seed report (line numbers given).
"""

from __future__ import annotations

import pytest

from kg.settings import Settings
from search.ask import AskResult, answer_question
from tests.conftest import SEED_ID
from tests.search.test_ask import (
    ISSUE_1_3,
    ISSUE_4_3,
    ISSUE_5_4,
    ISSUES_PER_THEME,
    MEASURES_2_3,
    MEASURES_3_2,
    NO_PROGRESS,
    seed_rows,
)
from tests.search.test_ask_forms import RATES_BY_PREFECTURE


def ask(settings: Settings, question: str) -> AskResult:
    return answer_question(settings, question, limit=1000)


def _lines_and_labels(result: AskResult) -> list[tuple[int, str]]:
    return sorted((int(r["line"]), r["itemLabel"]) for r in seed_rows(result))


@pytest.mark.parametrize(
    "question",
    [
        "テーマごとの課題の数を教えていただけますか",
        "分野別の課題数を教えてもらえますか",
        "テーマ別の課題数を教えていただけませんか",
    ],
)
def test_a_polite_request_is_the_question(indexed: Settings, question: str) -> None:
    result = ask(indexed, question)
    assert result.answer.kind == "issue_count_by_theme", result.answer.message
    counts = {r["number"]: int(r["count"]) for r in seed_rows(result) if SEED_ID in r["theme"]}
    assert counts == ISSUES_PER_THEME  # part II: 1.1-1.7, 2.1-2.5, 3.1-3.5, 4.1-4.7, 5.1-5.7, 6.1-6.3


@pytest.mark.parametrize(
    "question", ["課題って全部でいくつあるの", "課題って何件あるの？", "課題の数って何件"]
)
def test_a_spoken_count(indexed: Settings, question: str) -> None:
    result = ask(indexed, question)
    assert result.answer.kind == "issue_total", result.answer.message
    plain = ask(indexed, "課題の総数")
    assert result.answer.rows[0]["count"].value == plain.answer.rows[0]["count"].value


@pytest.mark.parametrize(
    "question", ["取組状況がまだない課題", "進捗がいまだに無い課題は？", "進捗報告がまだない課題の一覧"]
)
def test_not_yet_is_none(indexed: Settings, question: str) -> None:
    result = ask(indexed, question)
    assert result.answer.kind == "issues_without_progress", result.answer.message
    assert {r["number"] for r in seed_rows(result)} == NO_PROGRESS


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("課題5.4ってどうなってる？", ISSUE_5_4),
        ("課題1.3は今どこまで来てる", ISSUE_1_3),
        ("課題1.3はいまどこまできているの", ISSUE_1_3),
        ("課題4.3についてこれまでにやったこと", ISSUE_4_3),
        ("課題5.4で今までに行われた取組", ISSUE_5_4),
    ],
)
def test_how_far_it_has_come_is_its_progress(
    indexed: Settings, question: str, expected: list[tuple[int, str]]
) -> None:
    result = ask(indexed, question)
    assert result.answer.kind == "issue_progress", result.answer.message
    found = _lines_and_labels(result)
    assert [line for line, _ in found] == sorted(line for line, _ in expected)
    assert all(any(label.startswith(want[:15]) for _, label in found) for _, want in expected)


@pytest.mark.parametrize(
    "question",
    ["電子証明書の発行・更新等の可能化ってどうなってる", "電子証明書の発行・更新等の可能化の進捗は？"],
)
def test_a_measure_named_by_part_of_its_name(indexed: Settings, question: str) -> None:
    # line 419: 施策 「郵便局における電子証明書の発行・更新等の可能化」 of issue 4.3, whose title (line 417)
    # holds the words only apart; line 62 reports on it alone of the four entries of 4.3
    result = ask(indexed, question)
    assert result.answer.kind == "measure_progress", result.answer.message
    found = _lines_and_labels(result)
    assert [line for line, _ in found] == [62]
    assert found[0][1].startswith("郵便局における電子証明書の発行・更新等の可能化について法改正を実施")


@pytest.mark.parametrize(
    "question",
    ["法律と関係がない取組状況", "法令に紐づかない進捗", "取組状況のうち法令が関係しないもの"],
)
def test_progress_updates_with_no_law(indexed: Settings, question: str) -> None:
    result = ask(indexed, question)
    assert result.answer.kind == "progress_without_law", result.answer.message
    found = _lines_and_labels(result)
    lines = {line for line, _ in found}
    assert lines and max(lines) <= 98  # the progress table runs over lines 23-98, the measures after it
    labels = {label for _, label in found}
    # line 28 names no law (「戸籍における読み仮名の法制化を検討」), line 25 names デジタル社会形成整備法 and
    # line 46 公的個人認証法
    assert any(label.startswith("「氏名の読み仮名の法制化に関する研究会」") for label in labels)
    assert not any("デジタル社会形成整備法" in label or "公的個人認証法改正" in label for label in labels)


def test_the_issue_with_most_progress_is_named(indexed: Settings) -> None:
    # lines 52-54: 3.5 has five entries (two on 運転免許証, one on 在留カード, two on 国家資格), more
    # than any other issue
    result = ask(indexed, "取組状況が一番多い課題")
    assert result.answer.understood, result.answer.message
    (row,) = seed_rows(result)
    assert row["number"] == "3.5" and int(row["count"]) == 5
    assert row["issueLabel"].startswith("各種免許・国家資格等")


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("テーマ3にはどんな課題がある？", {"3.1", "3.2", "3.3", "3.4", "3.5"}),
        ("テーマ6ではどのような課題がありますか", {"6.1", "6.2", "6.3"}),
        ("分野6にはどういう課題があるの", {"6.1", "6.2", "6.3"}),
    ],
)
def test_what_kinds_of_issue_a_theme_has(indexed: Settings, question: str, expected: set[str]) -> None:
    # part II: issues 3.1-3.5 under theme 3, 6.1-6.3 under theme 6
    result = ask(indexed, question)
    assert result.answer.kind == "issue_list", result.answer.message
    assert {r["number"] for r in seed_rows(result)} == expected


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("課題4-3の進捗", ISSUE_4_3),
        ("課題１－３の取組状況", ISSUE_1_3),
        ("課題5-4はどうなっている", ISSUE_5_4),
    ],
)
def test_an_issue_number_with_a_hyphen(
    indexed: Settings, question: str, expected: list[tuple[int, str]]
) -> None:
    result = ask(indexed, question)
    assert result.answer.kind == "issue_progress", result.answer.message
    assert [line for line, _ in _lines_and_labels(result)] == sorted(line for line, _ in expected)


@pytest.mark.parametrize(
    "question",
    ["法務省という言葉が出てくる箇所", "法務省の名前が出てくる行", "法務省という語が使われている部分は？"],
)
def test_where_a_word_comes_up_is_where_it_is_mentioned(indexed: Settings, question: str) -> None:
    result = ask(indexed, question)
    assert result.answer.kind == "mentions", result.answer.message
    lines = {int(r["line"]) for r in seed_rows(result)}
    # line 27: 「読み仮名に係る法務省の検討状況を踏まえた…」
    assert 27 in lines
    assert lines == {int(r["line"]) for r in seed_rows(ask(indexed, "法務省が言及されている箇所"))}


@pytest.mark.parametrize(
    "question", ["法務省は何に関わっている？", "法務省って何に関与してるの", "法務省は何に携わっていますか"]
)
def test_what_an_agency_is_involved_in(indexed: Settings, question: str) -> None:
    result = ask(indexed, question)
    assert result.answer.kind == "agency_items", result.answer.message
    # line 27 (法務省の検討状況) and line 28 (法制審議会に諮問, a council of 法務省)
    assert {int(r["line"]) for r in seed_rows(result)} >= {27, 28}
    assert seed_rows(result) == seed_rows(ask(indexed, "法務省が関わっている取組"))


@pytest.mark.parametrize("question", ["2022年を目途に予定されている取組", "2022年をめどに予定している取組"])
def test_a_target_date_is_the_date(indexed: Settings, question: str) -> None:
    result = ask(indexed, question)
    assert result.answer.kind == "period_planned", result.answer.message
    # line 34: 「ふるさと納税…（4年1月～）」 among those planned in 2022
    assert any(int(r["line"]) == 34 for r in seed_rows(result))
    assert seed_rows(result) == seed_rows(ask(indexed, "2022年に予定されている取組"))


@pytest.mark.parametrize(
    "question", ["テーマ（分野）の一覧", "報告書の分野（テーマ）の一覧", "報告書のテーマ一覧"]
)
def test_themes_said_with_a_restated_word(indexed: Settings, question: str) -> None:
    result = ask(indexed, question)
    assert result.answer.kind == "theme_list", result.answer.message
    assert {r["number"] for r in seed_rows(result)} == set(ISSUES_PER_THEME)


@pytest.mark.parametrize(
    "question",
    [
        "マイナンバー関連システム整備の分野で、取組状況の記載がない課題",
        "マイナンバー関連システム整備のテーマで進捗がない課題",
    ],
)
def test_a_theme_said_as_a_field(indexed: Settings, question: str) -> None:
    # theme 1: issues 1.1, 1.2, 1.5 and 1.6 have no row in the progress table (lines 23-98)
    result = ask(indexed, question)
    assert result.answer.kind == "issues_without_progress", result.answer.message
    assert {r["number"] for r in seed_rows(result)} == {"1.1", "1.2", "1.5", "1.6"}


@pytest.mark.parametrize(
    "question", ["文書に出てくる会議体を列挙して", "資料に登場する審議会・研究会などの会議体の一覧"]
)
def test_every_council_the_documents_name(indexed: Settings, question: str) -> None:
    result = ask(indexed, question)
    assert result.answer.kind == "council_list", result.answer.message
    labels = {r["agencyLabel"] for r in seed_rows(result)}
    # line 28: 法制審議会 and the 研究会 on 読み仮名; the ministerial council of the report's own heading
    # is named by no entry but is in the documents
    assert {"法制審議会", "氏名の読み仮名の法制化に関する研究会", "デジタル・ガバメント閣僚会議"} <= labels
    named = {r["agencyLabel"] for r in seed_rows(ask(indexed, "取組に名前が出てくる会議体の一覧"))}
    assert named < labels


@pytest.mark.parametrize(
    "question", ["各課題の施策の数", "課題それぞれに施策はいくつあるか", "課題一つ一つの施策の件数"]
)
def test_measures_of_each_issue_with_zeros(indexed: Settings, question: str) -> None:
    result = ask(indexed, question)
    assert result.answer.kind == "measures_by_issue", result.answer.message
    counts = {r["number"]: int(r["count"]) for r in seed_rows(result) if "number" in r}
    assert len(counts) == sum(ISSUES_PER_THEME.values())  # every issue of part II, one row each
    assert counts["3.2"] == len(MEASURES_3_2) and counts["2.3"] == len(MEASURES_2_3)
    assert all(r.get("issueLabel") for r in seed_rows(result))


@pytest.mark.parametrize(
    ("question", "region"),
    [
        ("関東7都県の交付率", {"茨城県", "栃木県", "群馬県", "埼玉県", "千葉県", "東京都", "神奈川県"}),
        ("東北6県の交付率", {"青森県", "岩手県", "宮城県", "秋田県", "山形県", "福島県"}),
    ],
)
def test_a_region_with_its_count_of_prefectures(indexed: Settings, question: str, region: set[str]) -> None:
    result = ask(indexed, question)
    assert result.answer.understood, result.answer.message
    assert {r["areaLabel"]: float(r["rate"]) for r in seed_rows(result)} == {
        p: RATES_BY_PREFECTURE[p] for p in region
    }


def test_some_prefectures_of_a_region_are_not_read(indexed: Settings) -> None:
    # 「東北3県」 are three of the six, which three the question does not say
    assert not ask(indexed, "東北3県の交付率").answer.understood


def test_nado_in_an_issue_name_is_to(indexed: Settings) -> None:
    # line 54: 「各種免許・国家資格等：…のデジタル化…」 is issue 3.5
    result = ask(indexed, "国家資格などのデジタル化の進捗")
    assert result.answer.kind == "issue_progress", result.answer.message
    assert seed_rows(result) == seed_rows(ask(indexed, "課題3.5の進捗"))


@pytest.mark.parametrize("question", ["全国平均より交付率が低い都道府県", "全国と比べて交付率が低い県"])
def test_the_national_figure_said_first(indexed: Settings, question: str) -> None:
    # line 107: 全国 38.4%; lines 148-196 the prefectures
    result = ask(indexed, question)
    assert result.answer.understood, result.answer.message
    found = {r["areaLabel"] for r in seed_rows(result)}
    assert found == {p for p, rate in RATES_BY_PREFECTURE.items() if rate < 38.4}


@pytest.mark.parametrize(
    "question", ["番号法の改正について報告している取組状況", "マイナンバー法の改正に関して報告されている進捗"]
)
def test_what_reports_on_an_amendment(indexed: Settings, question: str) -> None:
    # line 54: 「32の国家資格に関するマイナンバー法等の法律改正（デジタル改革関連法）」
    result = ask(indexed, question)
    assert result.answer.kind == "law_amends_progress", result.answer.message
    found = _lines_and_labels(result)
    assert [line for line, _ in found] == [54]
    assert found[0][1].startswith("32の国家資格に関するマイナンバー法等の法律改正")


@pytest.mark.parametrize("question", ["法改正が完了している取組状況", "法律改正が済んだ取組状況"])
def test_an_amendment_done(indexed: Settings, question: str) -> None:
    result = ask(indexed, question)
    assert result.answer.kind == "act_kind_items", result.answer.message
    lines = {line for line, _ in _lines_and_labels(result)}
    # line 46: 「公的個人認証法改正（3年5月）」; line 62: 郵便局 「…について法改正を実施」
    assert {46, 62} <= lines
    assert seed_rows(result) == seed_rows(ask(indexed, "法律改正を実施した取組状況"))


@pytest.mark.parametrize(
    "question", ["進捗がなくて、しかも法律が絡んでいる課題", "取組状況がなく、かつ法令に基づいている課題"]
)
def test_no_progress_and_a_law(indexed: Settings, question: str) -> None:
    # of the issues without progress only 5.3 has a measure resting on a law
    # (line 456: 「個人情報保護法制の見直し」)
    result = ask(indexed, question)
    assert result.answer.understood, result.answer.message
    assert {r["number"] for r in seed_rows(result)} == {"5.3"}


@pytest.mark.parametrize(
    "question",
    ["番号法に根拠がある基本方針上の施策だけ見たい。進捗はいらない", "番号法に根拠のある施策、進捗は不要"],
)
def test_measures_alone_said_in_a_second_sentence(indexed: Settings, question: str) -> None:
    result = ask(indexed, question)
    assert result.answer.kind == "law_items", result.answer.message
    found = _lines_and_labels(result)
    assert found and all(line > 98 for line, _ in found)  # the outline's measures, after the progress table
    assert found == _lines_and_labels(ask(indexed, "番号法に基づく施策（進捗は除く）"))
