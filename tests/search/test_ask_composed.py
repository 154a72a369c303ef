"""Questions read as slots put together: what is asked for (the things of a class, a count per
thing, the progress of something named by its words), the names in it (a theme by its title, a
document by its short name, a date restated in brackets) and what narrows it (only one class of
item, none of a kind, compared with the national figure) — each said in ways no one kind spells out.

The expected answers are read from the seed report (corpus/digital-wg-followup-2021-10-22.txt) and
the GIF guidebook DS-410 (line numbers are their lines), or are those of a phrasing of the same
question that the other tests check against the text.
"""

from __future__ import annotations

import pytest

from kg.settings import Settings
from search.ask import AskResult, answer_question
from tests.conftest import GIF_ID, HAVE_GIF, SEED_ID
from tests.search.test_ask import (
    DIGITAL_AGENCY,
    ISSUE_3_2,
    ISSUES_PER_THEME,
    MIC,
    NO_PROGRESS,
    REFORM_ACTS,
    items,
    same_items,
    seed_rows,
)
from tests.search.test_ask_forms import ABOVE_NATIONAL, RATES_BY_PREFECTURE

needs_gif = pytest.mark.skipif(not HAVE_GIF, reason="the GIF guidebook is not in the test corpus")


def ask(settings: Settings, question: str) -> AskResult:
    return answer_question(settings, question, limit=1000)


def _answer_set(result: AskResult) -> set[tuple[str, ...]]:
    return {tuple(str(c.value) for c in row.values()) for row in result.answer.rows}


def _values(result: AskResult, column: str) -> set[str]:
    return {row[column].value for row in result.answer.rows}


# ---------------------------------------------------------------------------
# a count per thing, said with 各, それぞれ, ひとつひとつ, 単位, ごと in any place


def _per_issue(result: AskResult) -> dict[str, int]:
    """The count of each numbered issue (the guidebook's issues have no number)."""
    return {r["number"]: int(r["count"]) for r in seed_rows(result) if "number" in r}


@pytest.mark.parametrize(
    "question",
    [
        "課題ごとの施策の数",
        "課題１つ１つの施策数",
        "課題単位で施策の件数を数えて",
        "それぞれの課題について施策が何件あるか教えて",
        "各課題の施策は何件？",
    ],
)
def test_measures_per_issue(indexed: Settings, question: str) -> None:
    # part II: 課題3.2 has four measures (lines 387-390), 課題5.4 one (line 460), 課題2.1 six (341-346)
    result = ask(indexed, question)
    assert result.answer.understood, result.answer.message
    counts = _per_issue(result)
    assert len(counts) == sum(ISSUES_PER_THEME.values())
    assert (counts["3.2"], counts["5.4"], counts["2.1"]) == (4, 1, 6)


@pytest.mark.parametrize(
    "question",
    ["それぞれのテーマに課題が何個あるか", "各テーマに含まれる課題の数", "テーマ毎の課題の件数を知りたい"],
)
def test_issues_per_theme(indexed: Settings, question: str) -> None:
    result = ask(indexed, question)
    assert result.answer.understood, result.answer.message
    assert {r["number"]: int(r["count"]) for r in seed_rows(result)} == ISSUES_PER_THEME


@pytest.mark.parametrize("question", ["課題それぞれの取組状況の件数", "課題別に取組状況の件数を出して"])
def test_progress_per_issue(indexed: Settings, question: str) -> None:
    # the row of 課題3.2 (line 45) holds three entries
    result = ask(indexed, question)
    assert result.answer.understood, result.answer.message
    assert _per_issue(result)["3.2"] == len(ISSUE_3_2)


@pytest.mark.parametrize(
    "question", ["機関ごとに何件の施策に関わっているか", "機関ごとに関わっている施策の件数"]
)
def test_items_per_agency(indexed: Settings, question: str) -> None:
    # 施策: the measures; J-LIS: lines 319 and 399 name it (line 25 is a status row); no measure names
    # 法務省 (its status row is line 27)
    result = ask(indexed, question)
    assert result.answer.understood, result.answer.message
    counts = {r["agencyLabel"].value: int(r["count"].value) for r in result.answer.rows}
    assert counts["地方公共団体情報システム機構"] == 2 and counts.get("法務省", 0) == 0


def test_items_per_law(indexed: Settings) -> None:
    same = ask(indexed, "法律ごとに依拠している施策がいくつあるか")
    assert same.answer.understood, same.answer.message
    assert _answer_set(same) == _answer_set(ask(indexed, "依拠する施策が多い法令"))


# ---------------------------------------------------------------------------
# the things of one class: laws, agencies, themes, goals, each asked for as a list

# the laws the two documents name: デジタル改革関連法 and its members named in the report (lines 25, 36,
# 46, 54, 75), 個人情報保護法 (line 456; the guidebook's line 303), デジタル手続法 (the guidebook's line 104)
LAWS = {
    "デジタル改革関連法",
    "デジタル社会の形成を図るための関係法律の整備に関する法律",
    "公的給付の支給等の迅速かつ確実な実施のための預貯金口座の登録等に関する法律",
    "預貯金者の意思に基づく個人番号の利用による預貯金口座の管理等に関する法律",
    "電子署名等に係る地方公共団体情報システム機構の認証業務に関する法律",
    "行政手続における特定の個人を識別するための番号の利用等に関する法律",
    "地方公共団体情報システムの標準化に関する法律",
    "個人情報の保護に関する法律",
}
DIGITAL_PROCEDURE_ACT = "情報通信技術を活用した行政の推進等に関する法律"


@pytest.mark.parametrize(
    "question", ["法律の一覧", "法令の一覧を見せて", "登場する法律をすべて", "グラフにある法令を全部"]
)
def test_every_law(indexed: Settings, question: str) -> None:
    result = ask(indexed, question)
    assert result.answer.kind == "law_list", result.answer.message
    expected = LAWS | ({DIGITAL_PROCEDURE_ACT} if HAVE_GIF else set())
    assert _values(result, "entityLabel") == expected


# the national bodies the documents name (no council, no office within one, no local government)
MINISTRIES = {"デジタル庁", "厚生労働省", "地方公共団体情報システム機構", "法務省"}
MINISTRIES |= {"総務省", "個人情報保護委員会", "資源エネルギー庁"}
GIF_BODIES = {"内閣サイバーセキュリティセンター", "情報処理推進機構"}


@pytest.mark.parametrize("question", ["省庁の一覧", "出てくる省庁を列挙して"])
def test_every_ministry(indexed: Settings, question: str) -> None:
    result = ask(indexed, question)
    assert result.answer.kind == "agency_list", result.answer.message
    assert _values(result, "entityLabel") == MINISTRIES | (GIF_BODIES if HAVE_GIF else set())


@pytest.mark.parametrize("question", ["出てくる機関の一覧", "行政機関の一覧を出してください"])
def test_every_body(indexed: Settings, question: str) -> None:
    # the ministries, their offices (マイナンバー室, line 35) and the councils (法制審議会, line 28); no city
    result = ask(indexed, question)
    assert result.answer.kind == "agency_list", result.answer.message
    labels = _values(result, "entityLabel")
    assert labels > MINISTRIES and {"法制審議会", "マイナンバー室"} < labels
    assert not any(label.endswith(("市", "町", "村", "県")) for label in labels)


@needs_gif
def test_the_laws_of_the_guidebook_asked_as_a_list(indexed: Settings) -> None:
    # デジタル手続法 (lines 104, 241, 547) and 個人情報保護法 (line 303)
    result = ask(indexed, "GIFの法律一覧")
    assert result.answer.kind == "law_list_in_document", result.answer.message
    assert _values(result, "entityLabel") == {DIGITAL_PROCEDURE_ACT, "個人情報の保護に関する法律"}


@pytest.mark.parametrize(
    "question", ["テーマは何がありますか", "報告書に出てくる分野は？", "分野を全部見せて"]
)
def test_every_theme(indexed: Settings, question: str) -> None:
    # (「報告書に出てくる」 keeps them to the report, which has them all)
    result = ask(indexed, question)
    assert result.answer.kind.startswith("theme_list"), result.answer.message
    assert {r["number"] for r in seed_rows(result)} == set(ISSUES_PER_THEME)


@pytest.mark.parametrize(
    "question",
    [
        "報告書の目標は？",
        "報告書の目指すところ",
        "フォローアップ報告書の目標一覧",
        "報告書が目指している目標",
    ],
)
def test_the_goals_of_the_report(indexed: Settings, question: str) -> None:
    # the overall goal (line 273) and the eleven goals (lines 280-290)
    result = ask(indexed, question)
    assert result.answer.kind == "goal_list_in_document", result.answer.message
    assert {r["document"].value for r in result.answer.rows} == {SEED_ID}
    assert len(result.answer.rows) == 12


@needs_gif
@pytest.mark.parametrize(
    "question", ["GIFの目的は何ですか", "GIFの狙い", "ガイドブックの目的を教えて", "DS−410の目指すところ"]
)
def test_the_aims_of_the_guidebook(indexed: Settings, question: str) -> None:
    # lines 108, 126, 148, 194 and 221 each say what GIF is for
    result = ask(indexed, question)
    assert result.answer.kind == "goal_list_in_document", result.answer.message
    assert {r["document"].value for r in result.answer.rows} == {GIF_ID}
    assert len(result.answer.rows) == 5


# ---------------------------------------------------------------------------
# a theme named by its title, with the words that put something in it


@pytest.mark.parametrize(
    ("question", "numbers"),
    [
        ("マイナンバーの利活用の促進に含まれる課題を教えて", {"2.1", "2.2", "2.3", "2.4", "2.5"}),
        ("分野「データの利活用とコスト管理」の課題", {"6.1", "6.2", "6.3"}),
        ("データの利活用とコスト管理に含まれる課題", {"6.1", "6.2", "6.3"}),
        ("テーマ３にはどんな課題がありますか", {"3.1", "3.2", "3.3", "3.4", "3.5"}),
    ],
)
def test_the_issues_of_a_theme(indexed: Settings, question: str, numbers: set[str]) -> None:
    result = ask(indexed, question)
    assert result.answer.understood, result.answer.message
    assert {r["number"] for r in seed_rows(result)} == numbers


def test_the_measures_of_a_theme_named_after_its_word(indexed: Settings) -> None:
    same = ask(indexed, "テーマ「デジタル化に関する制度」の施策")
    assert same.answer.understood, same.answer.message
    assert _answer_set(same) == _answer_set(ask(indexed, "テーマ5の施策"))


# ---------------------------------------------------------------------------
# the progress of a measure named by words of its name


@pytest.mark.parametrize("question", ["デジタル庁の設置はどうなった？", "デジタル庁の設置の進捗"])
def test_the_progress_of_a_measure_said_in_fewer_words(indexed: Settings, question: str) -> None:
    # 「強力な司令塔機能を有するデジタル庁の設置」 (line 448); its issue's row: 「デジタル庁の設置（3年9月）」
    result = ask(indexed, question)
    assert result.answer.kind == "measure_progress", result.answer.message
    assert same_items(items(result), [(89, "デジタル庁の設置（3年9月）")])


# ---------------------------------------------------------------------------
# one class of item kept, the rest said not to be wanted


def _agency_rows(found: list[tuple[int, str]], agency: set[tuple[int, str]], lines: set[int]) -> bool:
    return same_items(found, {entry for entry in agency if entry[0] in lines})


@pytest.mark.parametrize("question", ["総務省が関わる進捗だけ", "総務省が関わる取組状況だけ見せて"])
def test_progress_alone(indexed: Settings, question: str) -> None:
    # of 総務省's two entries (lines 35 and 319) the progress update is line 35's
    result = ask(indexed, question)
    assert result.answer.understood, result.answer.message
    assert _agency_rows(items(result), MIC, {35})


def test_measures_alone_said_of_all_items(indexed: Settings) -> None:
    # デジタル庁's measures: lines 319, 448 and 452 (two)
    result = ask(indexed, "デジタル庁が関わる取組のうち施策だけ")
    assert result.answer.understood, result.answer.message
    assert _agency_rows(items(result), DIGITAL_AGENCY, {319, 448, 452})


def test_progress_alone_with_the_measures_said_not_wanted(indexed: Settings) -> None:
    result = ask(indexed, "デジタル改革関連法に基づく取組状況のみ、施策はいらない")
    assert result.answer.understood, result.answer.message
    assert same_items(items(result), REFORM_ACTS)


def test_an_issues_progress_alone(indexed: Settings) -> None:
    result = ask(indexed, "課題3.2の取組状況だけ見たい")
    assert result.answer.kind == "issue_progress", result.answer.message
    assert same_items(items(result), ISSUE_3_2)


# ---------------------------------------------------------------------------
# none of a kind


@needs_gif
@pytest.mark.parametrize("question", ["施策のない課題", "施策がない課題", "対策が一つもない課題"])
def test_issues_without_measures(indexed: Settings, question: str) -> None:
    # every issue of the report has its measures in part II; the guidebook's two (lines 279, 450) none
    result = ask(indexed, question)
    assert result.answer.kind == "issues_without_measures", result.answer.message
    assert {r["document"].value for r in result.answer.rows} == {GIF_ID}
    assert len(result.answer.rows) == 2


def test_progress_without_law_said_with_its_basis(indexed: Settings) -> None:
    same = ask(indexed, "根拠法のない取組状況")
    assert same.answer.kind == "progress_without_law", same.answer.message
    assert _answer_set(same) == _answer_set(ask(indexed, "法律と関係がない取組状況"))


# ---------------------------------------------------------------------------
# compared with the national figure (全国 38.4%, line 107), the comparison said before the figure


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("全国の交付率より高い都道府県はどこ", ABOVE_NATIONAL),
        ("全国平均を上回る交付率の都道府県", ABOVE_NATIONAL),
        ("交付率が全国平均以上の県", ABOVE_NATIONAL | {"愛知県"}),  # 愛知県 is at 38.4% (line 170)
        ("全国平均を下回る交付率の都道府県", set(RATES_BY_PREFECTURE) - ABOVE_NATIONAL - {"愛知県"}),
    ],
)
def test_prefectures_against_the_national_rate(indexed: Settings, question: str, expected: set[str]) -> None:
    result = ask(indexed, question)
    assert result.answer.understood, result.answer.message
    assert {r["areaLabel"] for r in seed_rows(result)} == expected


# ---------------------------------------------------------------------------
# periods: a target date, a date restated in brackets after a relative one


@pytest.mark.parametrize("question", ["2024年を目途とする取組", "2024年をめどに実施予定の施策"])
def test_a_target_year(indexed: Settings, question: str) -> None:
    result = ask(indexed, question)
    assert result.answer.understood, result.answer.message
    assert same_items(items(result), [(332, "2024年のマイナンバーカード海外利用開始に合わせた運用開始")])


@pytest.mark.parametrize(
    ("question", "same_as"),
    [
        ("来年（2022年）2月に予定されている取組", "2022年2月に予定されている取組"),
        ("今年（2021年）9月に実施された取組", "2021年9月に実施された取組"),
        ("今年度（令和3年度）に実施された取組", "令和3年度に実施された取組"),
    ],
)
def test_a_relative_date_restated(indexed: Settings, question: str, same_as: str) -> None:
    result = ask(indexed, question)
    assert result.answer.understood, result.answer.message
    assert _answer_set(result) == _answer_set(ask(indexed, same_as))


@pytest.mark.parametrize("question", ["2021年9月に行ったことは？", "令和３年９月に実施されたことは"])
def test_what_was_done_in_a_month_asked_with_koto_wa(indexed: Settings, question: str) -> None:
    # 「…ことは」: the thing done is asked, its こと no part of a 「…とは」 (line 89: 3年9月)
    result = ask(indexed, question)
    assert result.answer.understood, result.answer.message
    assert (89, "デジタル庁の設置（3年9月）") in items(result)
    assert "2021-09～2021-09" in result.answer.reading


@pytest.mark.parametrize("question", ["来年（2022年）1月からの予定", "令和４年１月からの予定"])
def test_what_is_to_start_in_a_month(indexed: Settings, question: str) -> None:
    # line 34: 地震保険料控除証明書 (4年1月～予定) and ふるさと納税 (4年1月～); not what starts later
    result = ask(indexed, question)
    assert result.answer.understood, result.answer.message
    found = items(result)
    assert [line for line, _ in found] == [34, 34]
    assert any("地震保険料控除証明書" in label for _, label in found)
    assert any("寄附金控除証明書" in label for _, label in found)


# ---------------------------------------------------------------------------
# phrasings of known kinds, spoken, polite, abbreviated or with full-width digits

SAME_AS = [
    ("総務省は何をしてる？", "総務省が関わる取組"),
    ("J-LISは何に関与していますか", "J-LISが関わる取組"),
    ("デジタル庁が関係しているもの", "デジタル庁が関わる取組"),
    ("法務省の関わっていること", "法務省が関わる取組"),
    ("J−LISが関わる取組ってある？", "J-LISが関わる取組"),
    ("課題３．５の進捗をお願いします", "課題3.5の進捗"),
    ("番号法に基づく施策を教えていただけますか", "マイナンバー法に基づく施策"),
    ("令和３年９月に実施された取組はありますか", "令和3年9月に実施された取組"),
    ("総務省への言及箇所", "総務省が言及されている箇所"),
    ("J-LISという言葉が出てくる箇所", "J-LISが言及されている箇所"),
    ("デジタル改革関連法に基づく施策だけ。取組状況は不要", "デジタル改革関連法に基づく施策のみ"),
    ("テーマ４の中の課題はどれ", "テーマ4の課題"),
]


@pytest.mark.parametrize(("question", "same_as"), SAME_AS)
def test_said_another_way(indexed: Settings, question: str, same_as: str) -> None:
    result, expected = ask(indexed, question), ask(indexed, same_as)
    assert expected.answer.understood, expected.answer.message
    assert result.answer.understood, result.answer.message
    assert _answer_set(result) == _answer_set(expected)


# ---------------------------------------------------------------------------
# not questions of the graph: a class's name alone or asked what it means, a breakdown by what the
# graph does not count, words no slot accounts for

NOT_UNDERSTOOD = [
    "テーマ",
    "法律",
    "課題",
    "法律とは",
    "機関って何",
    "目標とは",
    "都道府県ごとの施策の数",
    "課題ごとの課題の数",
    "テーマごとの天気",
    "法律の予算の一覧",
    "審議会の議事録をください",
    "来年の天気",
    "交付率が全国平均より高い国",
    "施策の数を占って",
    "法務省の予算はいくら",
    "デジタル庁の職員数",
    "機関の電話番号一覧",
    "課題ごとの予算",
    "GIFの作者",
    "各課題の担当者の名前",
    "省庁の住所",
]


@pytest.mark.parametrize("question", NOT_UNDERSTOOD)
def test_not_understood(indexed: Settings, question: str) -> None:
    assert not ask(indexed, question).answer.understood, question


# ---------------------------------------------------------------------------
# a thing asked about by words its issue's progress updates hold, not by the issue's own label


@pytest.mark.parametrize("question", ["デジタル活用支援の進み具合", "デジタル活用支援の進捗"])
def test_progress_named_by_the_words_of_its_entries(indexed: Settings, question: str) -> None:
    # 課題5.6's row (line 91): the trial (2年7月～3年3月) and the nationwide roll-out (3年6月～)
    result = ask(indexed, question)
    assert result.answer.kind == "worded_progress", result.answer.message
    found = items(result)
    assert [line for line, _ in found] == [91, 91]
    assert all("デジタル活用支援の全国展開" in label for _, label in found)


def test_progress_named_by_words_kept_to_the_entries_that_hold_them(indexed: Settings) -> None:
    # 課題6.2's row (line 98) reports four things; one of them is on 電力データ活用
    result = ask(indexed, "電力データ活用の進捗")
    assert result.answer.kind == "worded_progress", result.answer.message
    found = items(result)
    assert len(found) == 1 and found[0][0] == 98 and found[0][1].startswith("電力データ活用については")


def test_a_long_vowel_mark_as_a_dash(indexed: Settings) -> None:
    result, expected = ask(indexed, "ＪーＬＩＳが出てくる箇所"), ask(indexed, "J-LISが言及されている箇所")
    assert result.answer.understood, result.answer.message
    assert _answer_set(result) == _answer_set(expected)


def test_plans_from_a_month_on_are_not_only_those_starting_then(indexed: Settings) -> None:
    # 「4月以降の予定」 runs on from April (「1月からの予定」 is what starts in January)
    result = ask(indexed, "来年（2022年）4月以降の予定")
    assert result.answer.understood, result.answer.message
    assert _answer_set(result) == _answer_set(ask(indexed, "2022年4月以降に予定されている取組"))
    assert any("2024年" in label for _, label in items(result))  # line 332


def test_a_bound_of_the_national_rate_said_first(indexed: Settings) -> None:
    result = ask(indexed, "全国平均未満の交付率の県")
    assert result.answer.understood, result.answer.message
    assert {r["areaLabel"] for r in seed_rows(result)} == set(RATES_BY_PREFECTURE) - ABOVE_NATIONAL - {
        "愛知県"
    }


# ---------------------------------------------------------------------------
# more ways of asking for the things of one class


@pytest.mark.parametrize("question", ["どんな法律が出てくる？", "この資料に登場する法令は何がありますか"])
def test_laws_asked_with_the_verb_after(indexed: Settings, question: str) -> None:
    result = ask(indexed, question)
    assert result.answer.kind == "law_list", result.answer.message
    assert _values(result, "entityLabel") == LAWS | ({DIGITAL_PROCEDURE_ACT} if HAVE_GIF else set())


def test_ministries_concerned(indexed: Settings) -> None:
    result = ask(indexed, "関係省庁の一覧")
    assert result.answer.kind == "agency_list", result.answer.message
    assert _values(result, "entityLabel") == MINISTRIES | (GIF_BODIES if HAVE_GIF else set())


def test_councils_of_a_kind_asked_as_a_question(indexed: Settings) -> None:
    # 法制審議会 (line 28) is the one 審議会 an entry names
    result = ask(indexed, "出てくる審議会は？")
    assert result.answer.kind == "council_list", result.answer.message
    assert _values(result, "agencyLabel") == {"法制審議会"}


@needs_gif
def test_goals_counted(indexed: Settings) -> None:
    # the report's twelve (lines 273, 280-290) and the guidebook's five
    result = ask(indexed, "目標はいくつある")
    assert result.answer.understood, result.answer.message
    assert int(result.answer.rows[0]["count"].value) == 17


def test_a_count_per_law_said_with_each(indexed: Settings) -> None:
    same = ask(indexed, "法令1つ1つについて関係する施策の件数")
    assert same.answer.understood, same.answer.message
    assert _answer_set(same) == _answer_set(ask(indexed, "依拠する施策が多い法令"))


@needs_gif
def test_the_measures_of_a_document(indexed: Settings) -> None:
    # the guidebook lists no measures: an answer of none, not the measures of an issue whose label says GIF
    result = ask(indexed, "GIFの施策")
    assert result.answer.kind == "items_within_in_document", result.answer.message
    assert result.answer.rows == []


# ---------------------------------------------------------------------------
# every item or issue with a condition on it, kept to a theme or not (「テーマ3で法律に基づく施策」)


@pytest.mark.parametrize("question", ["法律に基づく施策の一覧", "根拠法のある施策", "法律に基づく施策"])
def test_measures_with_a_law(indexed: Settings, question: str) -> None:
    # the other side of 「根拠法のない施策」: together every measure, none in both; 個人情報保護法制の見直し
    # (line 456) names its law
    result = ask(indexed, question)
    assert result.answer.understood, result.answer.message
    with_law = {r["item"].value for r in result.answer.rows}
    without = {r["item"].value for r in ask(indexed, "根拠法のない施策").answer.rows}
    every = {r["item"].value for t in ISSUES_PER_THEME for r in ask(indexed, f"テーマ{t}の施策").answer.rows}
    assert with_law and not with_law & without and with_law | without >= every
    assert (456, "個人情報保護法制の見直し") in items(result)


def test_issues_of_a_theme_with_a_law(indexed: Settings) -> None:
    # theme 4: 4.3 (the post offices, by an amendment of デジタル改革関連法, line 62) and 4.6 (the
    # standardisation act, line 75)
    result = ask(indexed, "テーマ4で法律が関係する課題")
    assert result.answer.understood, result.answer.message
    assert {r["number"] for r in seed_rows(result)} == {"4.3", "4.6"}


def test_measures_of_a_theme_with_a_law(indexed: Settings) -> None:
    result, every = ask(indexed, "テーマ3で法律に基づく施策"), ask(indexed, "法律に基づく施策")
    assert result.answer.understood, result.answer.message
    in_theme = {r["item"].value for r in ask(indexed, "テーマ3の施策").answer.rows}
    assert {r["item"].value for r in result.answer.rows} == in_theme & {
        r["item"].value for r in every.answer.rows
    }


# ---------------------------------------------------------------------------
# the issues that have some, what is planned at all, a condition said after the list


def test_issues_with_progress(indexed: Settings) -> None:
    result = ask(indexed, "進捗のある課題")
    assert result.answer.kind == "issues_with_progress", result.answer.message
    every = {f"{t}.{n}" for t, count in ISSUES_PER_THEME.items() for n in range(1, count + 1)}
    assert {r["number"] for r in seed_rows(result)} == every - NO_PROGRESS
    same = ask(indexed, "取組状況が報告されている課題")
    assert _answer_set(same) == _answer_set(result)


def test_issues_with_measures_counted(indexed: Settings) -> None:
    # every issue of the report has its measures in part II; the guidebook's have none
    result = ask(indexed, "施策がある課題の数")
    assert result.answer.understood, result.answer.message
    assert int(result.answer.rows[0]["count"].value) == sum(ISSUES_PER_THEME.values())


@pytest.mark.parametrize("question", ["予定されている施策は？", "予定されてる取組ある？"])
def test_what_is_planned_at_all(indexed: Settings, question: str) -> None:
    result = ask(indexed, question)
    assert result.answer.kind == "planned_ahead", result.answer.message
    asked = "施策" if "施策" in question else "取組"
    assert _answer_set(result) == _answer_set(ask(indexed, f"今後予定されている{asked}"))


def test_what_happened_in_a_month(indexed: Settings) -> None:
    result = ask(indexed, "3年9月の出来事")
    assert result.answer.understood, result.answer.message
    assert _answer_set(result) == _answer_set(ask(indexed, "2021年9月に実施された取組"))
    assert (89, "デジタル庁の設置（3年9月）") in items(result)


def test_a_condition_said_after_the_list(indexed: Settings) -> None:
    result = ask(indexed, "令和3年度に実施された取組のうちデジタル庁が関わるもの")
    assert result.answer.understood, result.answer.message
    assert _answer_set(result) == _answer_set(ask(indexed, "デジタル庁が関わる、令和3年度に実施された取組"))
    assert (89, "デジタル庁の設置（3年9月）") in items(result)
    # 施策: the measures, none of which naming デジタル庁 (lines 319, 448, 452) is dated in 令和3年度
    result = ask(indexed, "令和3年度に実施された施策のうちデジタル庁が関わるもの")
    assert result.answer.understood, result.answer.message
    assert items(result) == []


# ---------------------------------------------------------------------------
# a measure's progress asked with a comma or by some of its words; more ways of saying a count and
# a mention


@pytest.mark.parametrize(
    "question", ["運転免許証のデジタル化、進捗は？", "運転免許証のデジタル化、どうなってる"]
)
def test_a_measures_progress_with_a_comma(indexed: Settings, question: str) -> None:
    # the two ✓ entries of the row 「運転免許証のデジタル化」 (line 52), not the five of 課題3.5
    result = ask(indexed, question)
    assert result.answer.kind == "measure_progress", result.answer.message
    assert [line for line, _ in items(result)] == [52, 52]


def test_a_measures_progress_by_each_of_its_words(indexed: Settings) -> None:
    # 「ふるさと納税に係る寄附金控除手続における自動入力の実現」 (line 344); its issue's row (line 34)
    # reports 「寄附金控除証明書(ふるさと納税)について…自動入力を実現予定(4年1月～)」
    result = ask(indexed, "ふるさと納税の自動入力の進捗")
    assert result.answer.kind == "measure_progress", result.answer.message
    found = items(result)
    assert len(found) == 1 and found[0][0] == 34 and "寄附金控除証明書" in found[0][1]


def test_a_count_per_theme_said_twice(indexed: Settings) -> None:
    result = ask(indexed, "各テーマの施策数はいくつ")
    assert result.answer.understood, result.answer.message
    assert _answer_set(result) == _answer_set(ask(indexed, "テーマごとの施策の数"))


def test_where_a_name_is_written(indexed: Settings) -> None:
    result = ask(indexed, "総務省と書かれている行")
    assert result.answer.kind == "mentions", result.answer.message
    assert _answer_set(result) == _answer_set(ask(indexed, "総務省が言及されている箇所"))


# ---------------------------------------------------------------------------
# spoken forms of a count, a ranking, a restriction and a comparison


@pytest.mark.parametrize(
    ("question", "same_as"),
    [
        ("テーマ毎に施策って何件ずつある？", "テーマごとの施策の数"),
        ("どの課題に施策が多い？", "施策が多い課題"),
        ("どのテーマに課題が多い？", "課題が多いテーマ"),
        ("進捗がない課題を数えて", "進捗のない課題はいくつ"),
        ("デジタル庁が関わる施策のみで、取組状況は不要", "デジタル庁が関わる施策だけ"),
        ("総務省が関わってることある？", "総務省が関わる取組"),
        ("交付率が全国平均より上の都道府県", "交付率が全国平均を上回る都道府県"),
        ("交付率が全国平均より下の県", "交付率が全国平均より低い県"),
    ],
)
def test_spoken_forms_composed(indexed: Settings, question: str, same_as: str) -> None:
    result, expected = ask(indexed, question), ask(indexed, same_as)
    assert expected.answer.understood, expected.answer.message
    assert result.answer.understood, result.answer.message
    assert _answer_set(result) == _answer_set(expected)


@pytest.mark.parametrize(
    "question", ["経済産業省の取組（外局を含む）", "経産省が関わる取組（資源エネルギー庁も含めて）"]
)
def test_an_agency_with_its_bodies_in_brackets_at_the_end(indexed: Settings, question: str) -> None:
    # line 98: 資源エネルギー庁 (an external bureau of 経済産業省) set up the study group on power data
    result = ask(indexed, question)
    assert result.answer.understood, result.answer.message
    assert "経済産業省" in (result.answer.reading or "")
    assert _answer_set(result) == _answer_set(ask(indexed, "経済産業省（外局を含む）の取組"))
    assert any("資源エネルギー庁" in row["itemLabel"].value for row in result.answer.rows)
