"""Phrasings of every kind of question typed as staff type them: plain and polite, particles
dropped, 体言止め, 「〜てる」, 「ある？」「どれ」「一覧で」, synonyms (対策, 事業, 絡み, 根拠法, 所管,
経過, 見込み, 実績), word order changed; and the forms read since: the laws enacted, put in force
or amended, what a council discusses, a range of months said in words, a deadline
(「…までに着手すべき」), lists broken down by theme or issue, and statistics rows named together.

Each phrasing is checked against a phrasing of the same question whose answer the other tests read
from the seed report, or against the seed report itself (line numbers are its lines).
"""

from __future__ import annotations

import pytest

from kg.settings import Settings
from search.ask import AskResult, answer_question
from tests.search.test_ask import (
    ISSUE_3_2,
    ISSUES_PER_THEME,
    MEASURES_3_2,
    NO_PROGRESS,
    items,
    same_items,
    seed_rows,
)


def ask(settings: Settings, question: str) -> AskResult:
    return answer_question(settings, question, limit=1000)


def _answer_set(result: AskResult) -> set[tuple[str, ...]]:
    return {tuple(str(c.value) for c in row.values()) for row in result.answer.rows}


SAME_AS = [
    # a law's dependants
    ("デジタル改革関連法に依拠してる施策", "デジタル改革関連法に基づく施策"),
    ("番号法が根拠の取組ってある？", "マイナンバー法に基づく取組"),
    ("デジタル改革関連法関係の事業一覧", "デジタル改革関連法に基づく施策"),
    ("公的個人認証法に基づく対策を教えて", "公的個人認証法に基づく施策"),
    ("デジタル改革関連法にもとづく取り組みどれ", "デジタル改革関連法に基づく取組"),
    ("根拠法がデジタル改革関連法の施策", "デジタル改革関連法に基づく施策"),
    ("デジタル改革関連法を根拠法とする施策は？", "デジタル改革関連法に基づく施策"),
    ("標準化法がベースの施策", "標準化法に基づく施策"),
    ("デジタル改革関連法に基づく施策、どれ？", "デジタル改革関連法に基づく施策"),
    ("根拠法令がマイナンバー法の取組", "マイナンバー法に基づく取組"),
    ("デジタル改革関連法絡みの施策", "デジタル改革関連法に基づく施策"),
    ("番号法を根拠に行われている施策", "マイナンバー法に基づく施策"),
    ("整備法に基づいてる取組", "デジタル社会形成整備法に基づく取組"),
    # an agency's items
    ("デジタル庁が担当してる取組", "デジタル庁が関わる取組"),
    ("法務省が関わってる施策ある？", "法務省が関わる施策"),
    ("総務省は何やってる？", "総務省が担当する取組"),
    ("総務省が所管する対策", "総務省が担当する施策"),
    ("J-LISが担ってる事業", "J-LISが関わる施策"),
    ("デジタル庁って何してる？", "デジタル庁が関わる取組"),
    ("デジタル庁が進めてる取組一覧", "デジタル庁が関わる取組"),
    # an issue's progress
    ("課題2.3の取組の経過を教えて", "課題2.3の進捗"),
    ("課題4.3の取組の進み具合", "課題4.3の進捗"),
    ("課題5.1は今どうなってる", "課題5.1の進捗"),
    ("課題3.2の対応状況", "課題3.2の進捗"),
    # periods
    ("令和4年度の見込み", "令和4年度に予定されている取組"),
    ("2022年度に予定してる施策", "令和4年度に予定されている施策"),
    ("2021年度の実績", "令和3年度に実施された取組状況"),
    ("3年7月から8月にかけて実施された取組", "令和3年7月～8月に実施された取組"),
    ("2021年7月から8月にかけての取組", "2021年7月～8月の取組"),
    ("3年4月から6月までに実施された取組", "令和3年4月～6月に実施された取組"),
    ("2022年までに着手すべき施策", "2022年までに予定されている施策"),
    ("2021年上半期に実施された取組", "2021年1月～6月に実施された取組"),
    ("令和3年度下半期の取組", "令和3年10月～令和4年3月の取組"),
    # English words, an issue's agencies by 所管
    ("Digital Reform Actsに基づくmeasures", "デジタル改革関連法に基づく施策"),
    ("J-LISのprogress", "J-LISの進捗"),
    ("課題1.3の所管は", "課題1.3の担当省庁"),
    # what has none, an agency's issues, where a name is mentioned
    ("根拠法なしの施策", "根拠法のない施策"),
    ("取組状況が出てない課題", "進捗のない課題"),
    ("法務省はどの課題に関わってる？", "法務省が関わる課題"),
    ("総務省ってどこに出てくる？", "総務省が言及されている箇所"),
    ("法制審議会はどこで言及されてる？", "法制審議会が言及されている箇所"),
    ("番号法の出てくる箇所", "番号法が言及されている箇所"),
    ("デジタル庁が言及されてる箇所", "デジタル庁が言及されている箇所"),
    # statistics
    ("申込割合を施設種別で", "施設種別の申込割合"),
    ("病院・診療所・薬局別の申込割合", "施設種別の申込割合"),
    ("病院や薬局など施設別の申込割合", "施設種別の申込割合"),
]


@pytest.mark.parametrize(("question", "same_as"), SAME_AS)
def test_phrasings_give_the_same_answer(indexed: Settings, question: str, same_as: str) -> None:
    result, expected = ask(indexed, question), ask(indexed, same_as)
    assert expected.answer.understood, (same_as, expected.answer.message)
    assert result.answer.understood, (question, result.answer.message)
    assert result.answer.kind == expected.answer.kind
    assert _answer_set(result) == _answer_set(expected)


# The laws the entries say were enacted: line 36 (公金受取口座登録法 and 預貯金口座個人番号利用申出法,
# 「…の成立」) and line 75 (「地方公共団体情報システムの標準化に関する法律の制定」).
ENACTED = {
    "公的給付の支給等の迅速かつ確実な実施のための預貯金口座の登録等に関する法律": {36},
    "預貯金者の意思に基づく個人番号の利用による預貯金口座の管理等に関する法律": {36},
    "地方公共団体情報システムの標準化に関する法律": {75},
}
# 「公的個人認証法改正」 (line 46), 「マイナンバー法等の法律改正」 (line 54),
# 「個人情報保護法制の見直し」 (line 456).
AMENDED = {
    "電子署名等に係る地方公共団体情報システム機構の認証業務に関する法律": {46},
    "行政手続における特定の個人を識別するための番号の利用等に関する法律": {54},
    "個人情報の保護に関する法律": {456},
}
# 「デジタル社会形成整備法による…（3年9月施行）」 (line 25).
IN_FORCE = {"デジタル社会の形成を図るための関係法律の整備に関する法律": {25}}
BUNDLE = "デジタル改革関連法"


def _laws(result: AskResult) -> dict[str, set[int]]:
    assert result.answer.kind == "laws_acted", result.answer.message
    out: dict[str, set[int]] = {}
    for row in seed_rows(result):
        out.setdefault(row["lawLabel"], set()).add(int(row["line"]))
    return out


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("成立した法律は？", ENACTED),
        ("制定された法律一覧", ENACTED),
        ("どの法律が成立した？", ENACTED),
        ("成立・制定された法律", ENACTED),
        ("新たに成立した法律はどれ", ENACTED),
        ("制定済みの法律は", ENACTED),
        ("改正された法律は？", AMENDED),
        ("どの法律が改正された？", AMENDED),
        ("法改正された法律の一覧", AMENDED),
        ("施行された法令一覧", IN_FORCE),
        ("制定・施行された法律", {**ENACTED, **IN_FORCE}),
    ],
)
def test_the_laws_enacted_amended_or_put_in_force(
    indexed: Settings, question: str, expected: dict[str, set[int]]
) -> None:
    found = _laws(ask(indexed, question))
    # the entries marked 「（デジタル改革関連法）」 speak of an act of the bundle: the bundle may be named too
    found.pop(BUNDLE, None)
    assert found == expected


def test_an_act_of_enactment_said_two_ways(indexed: Settings) -> None:
    # 「法律の成立・制定に関する取組」: the entries resting on an enactment, named or not (line 28's
    # 法制化 of 読み仮名, line 36's 成立, line 75's 制定, and measure 5.4's 「戸籍における法制化」,
    # line 460)
    result = ask(indexed, "法律の成立・制定に関する取組")
    assert result.answer.kind == "act_kind_items", result.answer.message
    assert {line for line, _ in items(result)} == {28, 36, 75, 460}


# The councils' own entries: what each discusses.
COUNCILS = [
    ("電力データ活用の在り方検討会では何を検討してる？", {98}),
    ("電力データ活用の在り方検討会の検討事項", {98}),
    ("電力データ活用の在り方検討会で話し合われている内容", {98}),
    ("マイナンバーカード機能のスマートフォン搭載等に関する検討会で議論された内容", {45}),
    ("法制審議会で審議されている事項", {28}),
    ("法制審議会では何を審議してる？", {28}),
    ("持続可能な電力システム構築小委員会の議題", {98}),
    ("持続可能な電力システム構築小委員会では何が議論された？", {98}),
    ("氏名の読み仮名の法制化に関する研究会の検討内容は？", {28}),
]


@pytest.mark.parametrize(("question", "lines"), COUNCILS)
def test_what_a_council_discusses(indexed: Settings, question: str, lines: set[int]) -> None:
    result = ask(indexed, question)
    assert result.answer.kind == "agency_items", result.answer.message
    assert {line for line, _ in items(result)} == lines


def test_a_month_range_said_in_words(indexed: Settings) -> None:
    result = ask(indexed, "3年7月から8月にかけて実施された取組")
    assert result.answer.kind == "period_done", result.answer.message
    labels = " ".join(r["itemLabel"] for r in seed_rows(result))
    # line 77 (改定（3年8月）), 82 (改訂（3年8月）), 89 (決定（3年7月）) are in it; line 62's
    # 3年2月～3月 is not
    for words in (
        "住民記録の標準仕様書の改定",
        "ガバメントクラウドの活用について（案）」を改訂",
        "総合強化方針の決定",
    ):
        assert words in labels
    assert "運転免許センターでの出張申請受付" not in labels


def test_issues_listed_by_theme(indexed: Settings) -> None:
    for question in ("テーマ別の課題一覧", "テーマごとの課題", "各テーマの課題一覧"):
        result = ask(indexed, question)
        assert result.answer.kind == "issues_by_theme", (question, result.answer.message)
        per_theme: dict[str, int] = {}
        for row in seed_rows(result):
            assert row["number"].startswith(row["themeNumber"] + ".")
            per_theme[row["themeNumber"]] = per_theme.get(row["themeNumber"], 0) + 1
        assert per_theme == ISSUES_PER_THEME


def _by_issue(result: AskResult, number: str) -> list[tuple[int, str]]:
    return [(int(r["line"]), r["itemLabel"]) for r in seed_rows(result) if r["number"] == number]


@pytest.mark.parametrize(
    "question", ["課題ごとの施策", "課題別の施策一覧", "施策の一覧（課題別）", "課題毎の施策リスト"]
)
def test_measures_listed_by_issue(indexed: Settings, question: str) -> None:
    result = ask(indexed, question)
    assert result.answer.kind == "items_by_issue", result.answer.message
    assert same_items(_by_issue(result, "3.2"), MEASURES_3_2)


@pytest.mark.parametrize("question", ["課題ごとの取組状況", "課題別の取組状況一覧", "取組状況を課題ごとに"])
def test_progress_listed_by_issue(indexed: Settings, question: str) -> None:
    result = ask(indexed, question)
    assert result.answer.kind == "items_by_issue", result.answer.message
    assert same_items(_by_issue(result, "3.2"), ISSUE_3_2)
    assert not {r["number"] for r in seed_rows(result)} & NO_PROGRESS


def test_measures_listed_by_theme(indexed: Settings) -> None:
    result = ask(indexed, "テーマごとの施策")
    assert result.answer.kind == "items_by_theme", result.answer.message
    theme_3 = [(int(r["line"]), r["itemLabel"]) for r in seed_rows(result) if r["themeNumber"] == "3"]
    # theme 3's bullets are those of part II's section 3 (lines 378-405), issue 3.2's at lines 387-390
    assert all(378 <= line <= 405 for line, _ in theme_3)
    assert same_items([(line, label) for line, label in theme_3 if 387 <= line <= 390], MEASURES_3_2)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("病院と薬局の申込割合", {"病院": 77.5, "薬局": 80.7}),
        ("病院・薬局の申込割合", {"病院": 77.5, "薬局": 80.7}),
        ("宮崎県と鹿児島県の交付率", {"宮崎県": 49.8, "鹿児島県": 36.2}),  # lines 194, 195
        ("東京都・大阪府の交付率は？", {"東京都": 41.7, "大阪府": 39.8}),  # lines 160, 176
    ],
)
def test_rows_named_together(indexed: Settings, question: str, expected: dict[str, float]) -> None:
    result = ask(indexed, question)
    assert result.answer.understood, result.answer.message
    figure = "share" if "申込" in question else "rate"
    label = "typeLabel" if figure == "share" else "areaLabel"
    assert {r[label]: float(r[figure]) for r in seed_rows(result)} == expected


@pytest.mark.parametrize(
    "question",
    [
        "今日の天気",
        "デジタル庁の職員数",
        "法律",
        "施設",
        "種類",
        "マイナポイントとは",
        "財務省が関わる施策",
        "宮崎県と大阪市の交付率",
        "法務省の予算",
        "デジタル改革関連法の条文",
        "おはよう",
        "成立",
        "来年度予定の施策",  # now is when the question is asked, not the report's date
    ],
)
def test_not_questions_of_the_graph(indexed: Settings, question: str) -> None:
    assert not ask(indexed, question).answer.understood


# A body asked by a short form of its name (「法制審」), with its unit in brackets after its name, as a
# partner (「…と連携している」) or by what it decided: the answer of its whole name.
BODIES_SAID_OTHERWISE = [
    ("法制審が関わる取組", "法制審議会が関わる取組"),
    ("法制審議会が決めたこと", "法制審議会が関わる取組"),
    ("J-LISと連携している取組", "J-LISが関わる取組"),
    ("総務省（自治行政局担当）が関わる施策", "総務省が関わる施策"),
]


@pytest.mark.parametrize(("question", "same_as"), BODIES_SAID_OTHERWISE)
def test_bodies_said_otherwise(indexed: Settings, question: str, same_as: str) -> None:
    test_phrasings_give_the_same_answer(indexed, question, same_as)


def test_a_word_that_shortens_no_body_is_not_read_as_one(indexed: Settings) -> None:
    assert not ask(indexed, "審議が関わる取組").answer.understood


# The seed report named by words of its title alone, in brackets after the question or after its
# question mark; a ranking kept to it; the lines a name is on, asked with the unit; a list asked
# document by document or over every document (which every list is); 「柱（テーマ）」 for its themes.
_DONE_IN_SEED = "フォローアップ報告書で令和3年度に実施された取組"
DOCUMENT_SAID_SHORT = [
    ("進捗のない課題（ワーキンググループ）", "フォローアップ報告書で進捗のない課題"),
    ("進捗のない課題は？ワーキンググループ", "フォローアップ報告書で進捗のない課題"),
    ("総務省の出てくる箇所（行番号）", "総務省が言及されている箇所"),
    ("J-LISが関わる取組を文書別に", "J-LISが関わる取組"),
    ("公的個人認証法に基づく施策をすべての文書から", "公的個人認証法に基づく施策"),
    ("フォローアップ報告書にある柱（テーマ）の一覧", "フォローアップ報告書のテーマ一覧"),
    ("法令ごとの施策・取組の件数が多い順", "法律ごとの取組件数"),
    # named just before the class asked, after a period and a verb; its publisher as the doer
    ("令和3年度に実施したワーキンググループの取組", "フォローアップ報告書で令和3年度に実施された取組"),
    (
        "令和3年度にデジタル庁が実施したワーキンググループの取組",
        "フォローアップ報告書で令和3年度に実施された取組",
    ),
]


@pytest.mark.parametrize(("question", "same_as"), DOCUMENT_SAID_SHORT)
def test_documents_said_short(indexed: Settings, question: str, same_as: str) -> None:
    result, expected = ask(indexed, question), ask(indexed, same_as)
    assert expected.answer.understood, (same_as, expected.answer.message)
    assert result.answer.understood, (question, result.answer.message)
    assert _answer_set(result) == _answer_set(expected)


def test_a_ranking_and_mentions_kept_to_one_document(indexed: Settings) -> None:
    ranked = ask(indexed, "法律ごとの取組件数（ワーキンググループ報告書フォローアップ）")
    assert ranked.answer.kind == "law_ranking_in_document", ranked.answer.message
    # the seed report's items alone are counted: デジタル改革関連法 counts its members' (line 36, two
    # acts of it enacted; line 75, the standardisation act) among them
    counts = {row["lawLabel"].value: int(row["count"].value) for row in ranked.answer.rows}
    assert counts["デジタル改革関連法"] >= 2
    mentioned = ask(indexed, "フォローアップ報告書で総務省が書かれている箇所")
    assert mentioned.answer.kind == "mentions_in_document", mentioned.answer.message
    assert {row["document"].value for row in mentioned.answer.rows} == {"digital-wg-followup-2021-10-22"}


def test_when_a_thing_was_done(indexed: Settings) -> None:
    # line 89: 「デジタル庁の設置（3年9月）」
    result = ask(indexed, "デジタル庁の設置の時期")
    assert result.answer.understood, result.answer.message
    rows = {(int(r["line"].value), r["dateText"].value) for r in result.answer.rows}
    assert (89, "3年9月") in rows
