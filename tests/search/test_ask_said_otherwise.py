"""Questions said in ways the vocabulary of :mod:`tests.search.test_ask_families` did not list when they
were written: a relation said by a noun or a provision (「…に根拠を置く」「…の規定に基づく」), spoken
forms (「…ってある？」「やってる」「がらみ」), a period, a theme or a name said to be written somewhere,
the class said first or last.  The expected answers are the sets read from the seed report in
:mod:`tests.search.test_ask` (line numbers are its lines).
"""

from __future__ import annotations

import pytest

from kg.settings import Settings
from tests.search.test_ask import (
    ACCOUNT_MEASURES,
    ANRE,
    DIGITAL_AGENCY,
    DIGITAL_AGENCY_MEASURES,
    IMPROVEMENT_MEASURES,
    ISSUE_1_3,
    ISSUE_3_2,
    ISSUE_4_3,
    ISSUE_5_4,
    ISSUES_PER_THEME,
    J_LIS,
    J_LIS_MEASURES,
    JPKI_ACT,
    LEGISLATIVE_COUNCIL,
    MEASURES_2_3,
    MEASURES_3_2,
    MIC,
    MIC_MEASURES,
    MOJ,
    MY_NUMBER_ACT,
    MY_NUMBER_MEASURES,
    NO_PROGRESS,
    PLANNED_FY2022,
    PLANNED_FY2022_MEASURES,
    PRIVACY_ACT,
    REFORM_ACTS,
    REFORM_ISSUES,
    REFORM_MEASURES,
    STANDARDIZATION_ACT,
    STANDARDIZATION_MEASURES,
    _done_in,
    _text_lines,
    as_asked,
    items,
    same_items,
    seed_rows,
)
from tests.search.test_ask_families import (
    ask,
    check_count,
    check_issues,
    check_items,
    check_kept_out,
    check_progress,
)

# Phrasings written after that vocabulary, with no pattern or word added for them first (the
# relation said by a noun, 「…に根拠を置く」「…が主体となって進める」「…の規定に基づく」; a class named by
# the verb of the text that lists it, 「課題3.2で挙げられている施策」).
MORE_ITEMS = [
    ("デジタル改革関連法を根拠として行われている施策", REFORM_MEASURES),
    ("デジタル改革関連法の規定に基づく取組", REFORM_ACTS),
    ("デジタル改革関連法に基づいた事業はどれですか", REFORM_MEASURES),
    ("デジタル改革関連法に関わりがある取組", REFORM_ACTS),
    ("デジタル改革関連法と結びついている施策", REFORM_MEASURES),
    ("デジタル改革関連法で定められた取組", REFORM_ACTS),
    ("デジタル改革関連法を受けて実施された施策", REFORM_MEASURES),
    ("デジタル改革関連法に依拠しているアクション一覧", REFORM_MEASURES),
    ("デジタル改革関連法を踏まえて行われた取組を教えてください", REFORM_ACTS),
    ("デジタル改革関連法に紐づいている取り組みの一覧を出して", REFORM_ACTS),
    ("番号法に根拠を置く施策", MY_NUMBER_MEASURES),
    ("標準化法関係の施策を全部見せて", STANDARDIZATION_MEASURES),
    ("公的個人認証法に基づいて進められている取組", JPKI_ACT),
    ("デジタル社会形成整備法に関連した施策", IMPROVEMENT_MEASURES),
    ("施策の中で番号法に基づくものはどれ", MY_NUMBER_MEASURES),
    ("総務省が担っている施策", MIC_MEASURES),
    ("総務省の手がける取組", MIC),
    ("総務省が主体となって進める施策", MIC_MEASURES),
    ("総務省が実施主体の取組", MIC),
    ("J-LISが行っている事業", J_LIS_MEASURES),
    ("J-LISの関わる施策はどれ", J_LIS_MEASURES),
    ("法務省が取り組んでいる施策", MOJ),
    ("法務省所管の取組", MOJ),
    ("デジタル庁が推進している取組", DIGITAL_AGENCY),
    ("デジタル庁に関係する施策を一覧で", DIGITAL_AGENCY_MEASURES),
    ("取組のうちJ-LISが関与しているもの", J_LIS),
    ("課題3.2に対応する施策", MEASURES_3_2),
    ("課題2.3の解決策は？", MEASURES_2_3),
    ("課題3.2で挙げられている施策", MEASURES_3_2),
    ("令和4年度に実施される予定の施策", PLANNED_FY2022_MEASURES),
    ("令和4年度に予定されている事業", PLANNED_FY2022_MEASURES),
    ("2022年度予定の取組", PLANNED_FY2022),
    ("デジタル改革関連法に基づき行われている措置を一覧にしてください", REFORM_MEASURES),
    ("デジタル改革関連法に依拠した対応は何がありますか", REFORM_ACTS),
    ("どんな取組がデジタル改革関連法を根拠にしていますか", REFORM_ACTS),
    ("デジタル改革関連法が根拠となっている施策の一覧", REFORM_MEASURES),
    ("デジタル改革関連法に沿って進められている取組", REFORM_ACTS),
    ("デジタル改革関連法の下で行われている施策", REFORM_MEASURES),
    ("デジタル改革関連法を根拠とした施策・取組を教えて", REFORM_ACTS),
    ("マイナンバー法に依拠した取組", MY_NUMBER_ACT),
    ("番号法に関する施策", MY_NUMBER_MEASURES),
    ("行政手続における特定の個人を識別するための番号の利用等に関する法律に基づく施策", MY_NUMBER_MEASURES),
    ("公的個人認証法に関わる取組は？", JPKI_ACT),
    ("標準化法に基づいて行われる取組", STANDARDIZATION_ACT),
    ("資源エネルギー庁が関与する取組", ANRE),
    ("エネ庁が担当している施策", set()),
    ("法制審議会が担う取組", LEGISLATIVE_COUNCIL),
    ("地方公共団体情報システム機構が担当している施策の一覧", J_LIS_MEASURES),
    ("J-LISが中心となって進めている取組", J_LIS),
    ("デジタル庁が手がけている事業", DIGITAL_AGENCY_MEASURES),
    ("デジタル庁が主導する施策", DIGITAL_AGENCY_MEASURES),
    ("施策のうち法務省が関わるものを教えて", set()),
    ("法務省が担当している取組はどれですか", MOJ),
    ("課題3.2の施策を一覧で", MEASURES_3_2),
    ("課題2.3に対する対策は？", MEASURES_2_3),
    ("課題3.2を解決するための措置", MEASURES_3_2),
    ("令和4年度に予定される取組", PLANNED_FY2022),
    ("2022年度に実施予定の施策", PLANNED_FY2022_MEASURES),
    ("令和4年度に計画されている取組", PLANNED_FY2022),
    ("デジタル改革関連法にもとづいて実施されている対応", REFORM_ACTS),
    ("デジタル改革関連法を根拠に持つ施策", REFORM_MEASURES),
    ("デジタル改革関連法に依拠する施策や取組の一覧を教えてください", REFORM_ACTS),
    ("番号法を踏まえて進められている施策", MY_NUMBER_MEASURES),
    ("整備法に基づく措置はありますか", IMPROVEMENT_MEASURES),
    ("標準化法関連の取組を一覧表示して", STANDARDIZATION_ACT),
    ("J-LISが担当する取組を全件", J_LIS),
    ("J-LISが実施している施策の一覧をください", J_LIS_MEASURES),
    ("総務省が関与している取組を教えていただけますか", MIC),
    ("法務省の所管する施策", set()),
    ("デジタル庁によって進められている取組", DIGITAL_AGENCY),
    ("デジタル庁が手掛ける施策を挙げて", DIGITAL_AGENCY_MEASURES),
    ("資源エネルギー庁が関係する施策", set()),
    ("令和4年度に予定の施策を一覧で", PLANNED_FY2022_MEASURES),
    ("2022年度に実施の予定がある取組", PLANNED_FY2022),
]
MORE_PROGRESS = [
    ("課題3.2の対応の進み具合", ISSUE_3_2),
    ("課題3.2の最新の取組状況", ISSUE_3_2),
    ("課題4.3についての実施状況はどうなっていますか", ISSUE_4_3),
    ("課題1.3の進捗状況を知りたいです", ISSUE_1_3),
    ("課題5.4の経過は？", ISSUE_5_4),
    ("課題３．２の進捗報告を時系列で", ISSUE_3_2),
    ("課題4.3の進捗を教えてください", ISSUE_4_3),
    ("課題4.3に関する対応状況は？", ISSUE_4_3),
    ("課題1.3の取り組み状況を日付順に", ISSUE_1_3),
    ("課題5.4に関する進捗報告", ISSUE_5_4),
    ("課題３．２の実施状況", ISSUE_3_2),
    ("課題3.2は現在どうなっていますか", ISSUE_3_2),
    ("課題4.3の進捗状況を日付の古い順に", ISSUE_4_3),
    ("課題１．３の取組状況は？", ISSUE_1_3),
    ("課題5.4の検討状況", ISSUE_5_4),
    ("課題3.2に関する最新の進捗", ISSUE_3_2),
]
MORE_ISSUES = [
    ("デジタル改革関連法が関係している課題はどれ", REFORM_ISSUES),
    ("総務省が関わっている課題の一覧", {"2.2", "1.3"}),
    ("J-LISが担当している課題", {"1.3", "3.4"}),
    ("進捗状況が報告されていない課題", NO_PROGRESS),
    ("取組状況の報告が無い課題", NO_PROGRESS),
    ("フォローアップされていない課題はどれですか", NO_PROGRESS),
    ("進捗が記載されてない課題", NO_PROGRESS),
    ("実施状況が未報告の課題", NO_PROGRESS),
    ("デジタル改革関連法に関わる論点", REFORM_ISSUES),
    ("デジタル改革関連法に基づく施策がある課題", REFORM_ISSUES),
    ("総務省が関与する課題は？", {"2.2", "1.3"}),
    ("J-LISが関係している課題", {"1.3", "3.4"}),
    ("取組状況が載っていない課題はどれ", NO_PROGRESS),
    ("進捗の記載が無い課題", NO_PROGRESS),
    ("フォローアップ状況が報告されていない課題", NO_PROGRESS),
    ("デジタル改革関連法が関係する問題", REFORM_ISSUES),
    ("J-LISの関わる課題の一覧", {"1.3", "3.4"}),
    ("進捗報告のない課題を全部", NO_PROGRESS),
    ("取組状況の掲載がない課題", NO_PROGRESS),
    ("テーマ3の課題一覧", {"3.1", "3.2", "3.3", "3.4", "3.5"}),
]
MORE_COUNTS = [
    ("デジタル改革関連法に基づく取組の件数は？", "デジタル改革関連法に基づく取組"),
    ("総務省が関わる施策は何件ある", "総務省が担当する施策"),
    ("進捗が報告されていない課題の数", "進捗のない課題"),
    ("デジタル改革関連法に依拠している取組はいくつありますか", "デジタル改革関連法に基づく取組"),
    ("J-LISが関わる取組の数", "J-LISが関わる取組"),
    ("取組状況の記載がない課題は何件", "進捗のない課題"),
    ("課題3.2の施策の件数", "課題3.2の施策"),
    ("デジタル改革関連法に基づく施策の件数を教えて", "デジタル改革関連法に基づく施策"),
    ("総務省が関与する取組って何件？", "総務省が担当する取組"),
    ("分野３に含まれる課題はいくつ", "テーマ3の課題"),
]
MORE_KEPT_OUT = [
    "デジタル改革関連法に基づかない取組",
    "総務省が関与していない施策",
    "デジタル改革関連法に基づく施策の効果",
    "総務省が担当する施策の予算額",
    "課題3.2の進捗の遅れの原因",
    "J-LIS以外が関わる取組",
    "デジタル改革関連法に基づく施策の担当者名",
    "デジタル改革関連法に依拠していない施策",
    "J-LISが担当していない取組",
    "デジタル改革関連法に基づく施策の評価",
    "総務省が担当する施策の今後の課題",
    "デジタル改革関連法を所管する省庁",
    "課題3.2の進捗が遅れている理由",
    "総務省と法務省が対立している施策",
    "デジタル改革関連法に基づく施策の進捗率",
    "デジタル改革関連法より前の施策",
    "課題3.2の進捗の担当",
    "テーマ3の課題の予算",
]


# Spoken: 「…ってある？」「…教えてもらえる？」, verbs of doing (やってる, 進めてる) said of an agency, of a
# law after で or a relation, and of a period; がらみ, 主導の, ゼロの.
SPOKEN_ITEMS = [
    ("デジタル改革関連法絡みの施策ってある？", REFORM_MEASURES),
    ("デジタル改革関連法がらみの取り組み教えて", REFORM_ACTS),
    ("デジタル改革関連法関係の対応を全部出して", REFORM_ACTS),
    ("デジタル改革関連法に基づいてやってる施策", REFORM_MEASURES),
    ("デジタル改革関連法で進めてる取組ある？", REFORM_ACTS),
    ("デジタル改革関連法を根拠にやってる事業", REFORM_MEASURES),
    ("個人情報保護法に関わる施策ってどれ", PRIVACY_ACT),
    ("公金受取口座登録法に基づく施策教えてもらえる？", ACCOUNT_MEASURES),
    ("地方公共団体情報システムの標準化に関する法律に依拠した取組", STANDARDIZATION_ACT),
    ("総務省がやってる施策", MIC_MEASURES),
    ("総務省がかかわってる取り組み", MIC),
    ("総務省担当の取り組みってどれ？", MIC),
    ("J－ＬＩＳがやってる事業教えて", J_LIS_MEASURES),
    ("ＪＬＩＳの関わってる施策", J_LIS_MEASURES),
    ("法務省で進めてる取組", MOJ),
    ("デジタル庁が絡んでる施策", DIGITAL_AGENCY_MEASURES),
    ("デジタル庁主導の取組", DIGITAL_AGENCY),
    ("令和4年度にやる予定の施策", PLANNED_FY2022_MEASURES),
    ("2022年度に予定されてるもの", PLANNED_FY2022),
]
SPOKEN_PROGRESS = [
    ("課題3.2の進捗ってどうなってる？", ISSUE_3_2),
    ("課題3.2の今の状況", ISSUE_3_2),
    ("課題4.3、進捗は？", ISSUE_4_3),
    ("課題1.3の取組状況教えて", ISSUE_1_3),
    ("課題5.4のこれまでの経過", ISSUE_5_4),
]
SPOKEN_ISSUES = [
    ("デジタル改革関連法絡みの課題", REFORM_ISSUES),
    ("総務省がかかわってる課題", {"2.2", "1.3"}),
    ("進捗ゼロの課題", NO_PROGRESS),
    ("取組状況がひとつもない課題", NO_PROGRESS),
    ("まだ進捗報告がない課題", NO_PROGRESS),
]
SPOKEN_COUNTS = [
    ("デジタル改革関連法に基づく施策って何件ある？", "デジタル改革関連法に基づく施策"),
    ("総務省の取組はいくつ", "総務省が担当する取組"),
    ("進捗ゼロの課題は何件", "進捗のない課題"),
]
SPOKEN_KEPT_OUT = [
    "デジタル改革関連法に基づく施策ってどう思う？",
    "総務省がやめた施策",
    "デジタル改革関連法に反する取組",
    "課題3.2の進捗が遅い理由",
    "総務省がやってない施策",
]


@pytest.mark.parametrize(("question", "expected"), MORE_ITEMS + SPOKEN_ITEMS)
def test_items_said_otherwise(indexed: Settings, question: str, expected: set[tuple[int, str]]) -> None:
    check_items(indexed, question, expected)


@pytest.mark.parametrize(("question", "expected"), MORE_PROGRESS + SPOKEN_PROGRESS)
def test_progress_said_otherwise(indexed: Settings, question: str, expected: list[tuple[int, str]]) -> None:
    check_progress(indexed, question, expected)


@pytest.mark.parametrize(("question", "expected"), MORE_ISSUES + SPOKEN_ISSUES)
def test_issues_said_otherwise(indexed: Settings, question: str, expected: set[str]) -> None:
    check_issues(indexed, question, expected)


@pytest.mark.parametrize(("question", "listed"), MORE_COUNTS + SPOKEN_COUNTS)
def test_counts_said_otherwise(indexed: Settings, question: str, listed: str) -> None:
    check_count(indexed, question, listed)


@pytest.mark.parametrize("question", MORE_KEPT_OUT + SPOKEN_KEPT_OUT)
def test_near_questions_said_otherwise_kept_out(indexed: Settings, question: str) -> None:
    check_kept_out(indexed, question)


# The other names a question holds: a period (planned, done or either, the class said first or last),
# a theme (its issues, counted with the count said anywhere), and a name said to be written somewhere.
PLANNED_MORE = [
    "取組のうち令和4年度に予定されているもの",
    "令和4年度に実施が計画されている施策の一覧",
    "令和4年度中に行う予定の取組",
    "令和4年度の実施予定の施策はどれ",
    "2022年度中に予定している取組を知りたい",
    "令和4年度に見込まれている施策",
]
DONE_MORE = [
    ("2021年に実施済みの取組", "2021-01", "2021-12"),
    ("2021年中に行われた施策", "2021-01", "2021-12"),
    ("令和3年に実施した取組の一覧", "2021-01", "2021-12"),
    ("2021年の実績", "2021-01", "2021-12"),
    ("令和3年度に実施された施策を教えて", "2021-04", "2022-03"),
    ("令和3年度中に行われた取組", "2021-04", "2022-03"),
    ("令和3年度に実施済みの施策", "2021-04", "2022-03"),
]
MENTIONS_MORE = [
    "デジタル庁について書かれている箇所",
    "デジタル庁の記載がある行",
    "デジタル庁が登場する部分",
    "デジタル庁に触れている箇所を一覧で",
    "デジタル庁という語が出てくる場所",
    "デジタル庁の名前が載っている行",
    "デジタル庁が記載されている行を教えて",
    "デジタル庁の出てくるところ",
]
THEME_3 = [
    "テーマ3に含まれる課題",
    "テーマ3に属する課題の一覧",
    "テーマ３の課題を教えて",
    "テーマ3にある問題",
    "分野3の課題",
]
THEME_COUNTED = [
    ("テーマ4に課題はいくつありますか", "4"),
    ("テーマ2の課題の件数", "2"),
    ("テーマ6には何件の課題がある", "6"),
]


@pytest.mark.parametrize("question", PLANNED_MORE)
def test_planned_said_otherwise(indexed: Settings, question: str) -> None:
    result = ask(indexed, question)
    assert result.answer.understood, (question, result.answer.message)
    expected = as_asked(question, PLANNED_FY2022, PLANNED_FY2022_MEASURES)
    assert same_items(items(result), expected), (question, items(result))


@pytest.mark.parametrize(("question", "start", "end"), DONE_MORE)
def test_done_said_otherwise(indexed: Settings, question: str, start: str, end: str) -> None:
    result = ask(indexed, question)
    assert result.answer.kind.removesuffix("_progress") == "period_done", (question, result.answer.message)
    # 施策: the measures alone; 実績 or 実施済み (of 取組): the progress updates, which report what was done
    measures = "施策" in question
    progress = not measures and any(w in question for w in ("実績", "実施済"))
    expected = _done_in(indexed, start, end, measures=measures, progress=progress)
    assert {row["item"].value for row in result.answer.rows} == expected


@pytest.mark.parametrize("question", MENTIONS_MORE)
def test_mentions_said_otherwise(indexed: Settings, question: str) -> None:
    result = ask(indexed, question)
    assert result.answer.kind == "mentions", (question, result.answer.message)
    assert sorted(int(row["line"]) for row in seed_rows(result)) == _text_lines("デジタル庁")


@pytest.mark.parametrize("question", THEME_3)
def test_theme_issues_said_otherwise(indexed: Settings, question: str) -> None:
    result = ask(indexed, question)
    assert result.answer.understood, (question, result.answer.message)
    assert sorted(row["number"] for row in seed_rows(result)) == ["3.1", "3.2", "3.3", "3.4", "3.5"]


@pytest.mark.parametrize(("question", "theme"), THEME_COUNTED)
def test_theme_issues_counted_otherwise(indexed: Settings, question: str, theme: str) -> None:
    result = ask(indexed, question)
    assert result.answer.understood, (question, result.answer.message)
    assert int(result.answer.rows[0]["count"].value) == ISSUES_PER_THEME[theme]


# Rankings with the parts in another order: the first alone (the bundle, named by seven entries; デジタル庁,
# named by nine, against three for J-LIS; 3.5, five ✓ entries on lines 52-54).
TOPS = [
    ("施策が最も多く基づいている法令", "lawLabel", "デジタル改革関連法"),
    ("いちばん多くの取組の根拠になっている法律", "lawLabel", "デジタル改革関連法"),
    ("最も多くの施策に関与している機関", "agencyLabel", "デジタル庁"),
    ("一番多くの取組に関わっている省庁", "agencyLabel", "デジタル庁"),
    ("進捗が一番多い課題", "number", "3.5"),
    ("取組状況がいちばん多い課題", "number", "3.5"),
]


@pytest.mark.parametrize(("question", "column", "first"), TOPS)
def test_rankings_said_otherwise(indexed: Settings, question: str, column: str, first: str) -> None:
    result = ask(indexed, question)
    assert result.answer.understood, (question, result.answer.message)
    assert [row[column] for row in seed_rows(result)] == [first]


@pytest.mark.parametrize(
    "question", ["施策が少ない課題", "依拠する施策が少ない法令", "施策が最も少ないテーマ"]
)
def test_rankings_not_said_kept_out(indexed: Settings, question: str) -> None:
    """The fewest are not read."""
    check_kept_out(indexed, question)


@pytest.mark.parametrize(("question", "plain"), [("課題別の施策数を多い順に", "課題別の施策数")])
def test_counts_asked_most_first_where_so_given(indexed: Settings, question: str, plain: str) -> None:
    """「…数を多い順に」: the counts given the most first are the answer; those given in another order
    (a theme's, by its number) are not said to be so."""
    from search.ask import answer_question

    asked = answer_question(indexed, question, limit=1000).answer
    said = answer_question(indexed, plain, limit=1000).answer
    assert asked.understood and asked.kind == said.kind, asked.message
    counts = [int(r["count"].value) for r in asked.rows]
    assert counts == sorted(counts, reverse=True) and counts == [int(r["count"].value) for r in said.rows]
    assert not answer_question(indexed, "テーマごとの施策数を多い順に", limit=1000).answer.understood
