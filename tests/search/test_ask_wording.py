"""Wordings read by rule: how many rows of a ranking pass a threshold (「交付率40%以上の都道府県はいくつ」),
how a measure's progress stands (「…、進捗どうなってる？」), the numbers of a list of issues
(「…課題の番号」), and issues a follow-up left out (「フォローアップで取り上げられなかった課題」).

The expected answers are read from the seed report (line numbers given); look-alikes that name no
figure, no list or nothing the graph holds are not answered.
"""

from __future__ import annotations

import pytest

from kg.settings import Settings
from search.ask import AskResult, answer_question
from tests.conftest import SEED, SEED_ID
from tests.search.test_ask import ISSUES_PER_THEME, NO_PROGRESS, seed_rows
from tests.search.test_ask_forms import FORTY_OR_MORE, RATES_BY_PREFECTURE


def ask(settings: Settings, question: str) -> AskResult:
    return answer_question(settings, question, limit=1000)


def _count(result: AskResult) -> int:
    assert result.answer.understood, result.answer.message
    (row,) = result.answer.rows
    return int(row["count"].value)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("交付率が４０％以上の都道府県はいくつ", len(FORTY_OR_MORE)),
        ("交付率40%以上の都道府県の数", len(FORTY_OR_MORE)),
        # the seven of lines 148-196 at 40% or more are all above 40.0% (山口県 40.6%, line 184)
        ("交付率が40%を超える都道府県は何県ありますか", len(FORTY_OR_MORE)),
        ("交付率が35%未満の県は何県", sum(1 for r in RATES_BY_PREFECTURE.values() if r < 35)),
    ],
)
def test_the_rows_past_a_threshold_are_counted(indexed: Settings, question: str, expected: int) -> None:
    result = ask(indexed, question)
    assert result.answer.kind.endswith("_cut_count"), result.answer.message
    assert _count(result) == expected


@pytest.mark.parametrize(
    "question",
    ["40%以上の都道府県はいくつ", "交付率が高い都道府県はいくつ", "交付率が40%以上になった理由はいくつ"],
)
def test_a_count_with_no_figure_or_no_threshold_is_not_answered(indexed: Settings, question: str) -> None:
    assert not ask(indexed, question).answer.understood


def test_how_a_measures_progress_stands(indexed: Settings) -> None:
    # line 53: the only entry of 在留カードとマイナンバーカードの一体化 is 「…関係省庁間で検討」
    for question in (
        "在留カードとマイナンバーカードの一体化、進捗どうなってる？",
        "在留カードとマイナンバーカードの一体化の進捗はどう",
        "在留カードとマイナンバーカードの一体化の取組状況はどうなっていますか",
    ):
        result = ask(indexed, question)
        assert result.answer.kind == "measure_progress", (question, result.answer.message)
        rows = seed_rows(result)
        assert [r["line"] for r in rows] == ["53"], question
        assert "関係省庁間で検討" in rows[0]["itemLabel"]


def test_how_an_issues_progress_stands_is_its_progress(indexed: Settings) -> None:
    plain = seed_rows(ask(indexed, "課題3.2の進捗"))
    assert plain
    assert seed_rows(ask(indexed, "課題3.2の進捗どうなってる")) == plain


@pytest.mark.parametrize(
    "question", ["どうなってる", "マイナンバーカードはどう", "交付率はどうなっていますか"]
)
def test_how_it_stands_alone_is_not_answered(indexed: Settings, question: str) -> None:
    assert not ask(indexed, question).answer.understood


@pytest.mark.parametrize(
    "question",
    [
        "フォローアップで取り上げられなかった課題の番号を教えて",
        "進捗報告に載っていない課題",
        "フォローアップで扱われなかった課題番号",
        "進捗のない課題の番号は？",
    ],
)
def test_issues_the_follow_up_left_out(indexed: Settings, question: str) -> None:
    result = ask(indexed, question)
    assert result.answer.kind == "issues_without_progress", result.answer.message
    assert {r["number"] for r in seed_rows(result)} == NO_PROGRESS


def test_how_many_issues_the_follow_up_left_out(indexed: Settings) -> None:
    # counted over every document built, the seed report's ten among them
    listed = ask(indexed, "取組状況が一つも載っていない課題")
    assert {r["number"] for r in seed_rows(listed)} == NO_PROGRESS
    assert _count(ask(indexed, "取組状況が一つも載っていない課題はいくつありますか")) == listed.answer.total


def test_the_numbers_of_an_agencys_issues(indexed: Settings) -> None:
    # line 28, issue 5.4's row: 「法制審議会に諮問（3年9月）され…」
    for question in ("法制審議会が関わる課題の番号", "法制審議会に関係する課題番号を教えて"):
        result = ask(indexed, question)
        assert result.answer.kind == "agency_issues", result.answer.message
        assert {r["number"] for r in seed_rows(result)} == {"5.4"}


@pytest.mark.parametrize(
    "question", ["新聞で取り上げられなかった課題", "取り上げられなかった施策", "課題の番号", "施策の番号"]
)
def test_look_alikes_of_left_out_issues_are_not_answered(indexed: Settings, question: str) -> None:
    assert not ask(indexed, question).answer.understood


@pytest.mark.parametrize(
    ("question", "theme"),
    [
        # themes 1 and 6 by their titles (lines 294, 475) or number, with 分野 after the title
        ("マイナンバー関連システム整備分野で進捗未報告の課題", "1"),
        ("テーマ1で進捗未報告の課題", "1"),
        ("データの利活用とコスト管理の課題で、まだ進捗がないもの", "6"),
        ("データの利活用とコスト管理分野の取組状況が未記載の課題", "6"),
    ],
)
def test_a_themes_issues_without_progress(indexed: Settings, question: str, theme: str) -> None:
    result = ask(indexed, question)
    assert result.answer.kind == "issues_without_progress", result.answer.message
    assert {r["number"] for r in seed_rows(result)} == {n for n in NO_PROGRESS if n.startswith(theme + ".")}


@pytest.mark.parametrize(
    ("question", "plainly"),
    [
        ("法制審議会はどの課題に関わっていますか", "法制審議会が関わる課題"),
        ("総務省はどの課題に関係している？", "総務省が関わる課題"),
        ("デジタル改革関連法はどの課題に関係しますか", "デジタル改革関連法に関係する課題"),
    ],
)
def test_which_issues_a_name_bears_on(indexed: Settings, question: str, plainly: str) -> None:
    result, plain = ask(indexed, question), ask(indexed, plainly)
    assert result.answer.kind == plain.answer.kind, result.answer.message
    assert seed_rows(result) == seed_rows(plain) != []


def test_which_issue_the_legislative_council_bears_on(indexed: Settings) -> None:
    # line 28, issue 5.4's row: 「法制審議会に諮問（3年9月）され…」
    result = ask(indexed, "法制審議会はどの課題に関係しますか")
    assert {r["number"] for r in seed_rows(result)} == {"5.4"}


@pytest.mark.parametrize(
    ("question", "line", "words"),
    [
        # line 98: 「持続可能な電力システム構築小委員会において、制度の詳細設計を議論し…」
        ("持続可能な電力システム構築小委員会で議論された取組", "98", "制度の詳細設計を議論"),
        # line 28: 「法制審議会に諮問（3年9月）され、専門部会において…調査審議を実施」
        ("法制審議会で審議された取組", "28", "法制審議会に諮問"),
    ],
)
def test_what_a_council_discussed(indexed: Settings, question: str, line: str, words: str) -> None:
    result = ask(indexed, question)
    assert result.answer.kind == "agency_items", result.answer.message
    rows = seed_rows(result)
    assert any(r["line"] == line and words in r["itemLabel"] for r in rows)


@pytest.mark.parametrize(
    ("question", "plainly"),
    [
        ("令和３年７月に決定・実施されたもの", "令和3年7月に実施されたもの"),
        ("令和3年9月に施行・実施された取組", "令和3年9月に実施された取組"),
        ("2021年7月に決定された施策や取組", "2021年7月に実施された施策や取組"),
    ],
)
def test_decided_or_done_in_a_period_is_done(indexed: Settings, question: str, plainly: str) -> None:
    result, plain = ask(indexed, question), ask(indexed, plainly)
    assert result.answer.kind == plain.answer.kind == "period_done", result.answer.message
    assert seed_rows(result) == seed_rows(plain) != []


@pytest.mark.parametrize(
    "question",
    [
        "マイナンバーカードはどの課題に関係しますか",
        "課題3.2はどの課題に関係しますか",
        "法制審議会で議論された理由",
        "進捗未報告の理由",
        "令和3年7月に決定された予算額",
    ],
)
def test_look_alikes_of_these_forms_are_not_answered(indexed: Settings, question: str) -> None:
    assert not ask(indexed, question).answer.understood


@pytest.mark.parametrize(
    "question",
    [
        "デジタル改革関連法には何という法律が含まれていますか",
        "デジタル改革関連法に含まれる法律",
        "デジタル改革関連法の構成法",
        "デジタル改革関連法はどの法律からなる",
    ],
)
def test_the_laws_a_bundle_holds(indexed: Settings, question: str) -> None:
    result = ask(indexed, question)
    assert result.answer.kind == "law_members", result.answer.message
    labels = {r["lawLabel"] for r in seed_rows(result)}
    # line 75: 「地方公共団体情報システムの標準化に関する法律の制定（デジタル改革関連法）」
    assert "地方公共団体情報システムの標準化に関する法律" in labels
    assert "デジタル改革関連法" not in labels and len(labels) > 1


def test_a_law_that_holds_no_laws_has_none(indexed: Settings) -> None:
    result = ask(indexed, "マイナンバー法に含まれる法律")
    assert result.answer.kind == "law_members" and result.answer.rows == []


@pytest.mark.parametrize(
    "question",
    ["デジタル庁が関係するテーマ", "デジタル庁はどのテーマに関わっていますか", "デジタル庁が関わる分野"],
)
def test_the_themes_an_agency_reaches(indexed: Settings, question: str) -> None:
    result = ask(indexed, question)
    assert result.answer.kind == "agency_themes", result.answer.message
    themes = {r["number"] for r in seed_rows(result)}
    # measure 1.3 (line 317, 共管), 2.2's entry of line 35 (現デジタル庁), measures 5.1 and 5.2 (445, 450)
    assert {"1", "2", "5"} <= themes
    issues = {r["number"] for r in seed_rows(ask(indexed, "デジタル庁が関わる課題"))}
    assert themes == {n.split(".")[0] for n in issues}


@pytest.mark.parametrize(
    "question", ["R2.11から始まった取組", "2020年11月に開始された取組", "令和2年11月に始まった施策や取組"]
)
def test_what_started_in_a_month(indexed: Settings, question: str) -> None:
    result = ask(indexed, question)
    assert result.answer.kind == "period_started", result.answer.message
    # line 45: 「…搭載等に関する検討会における検討（2年11月～）」; line 411:
    # 「2020年11月から2021年3月までの間に申請書を…送付」; nothing else in the report starts then
    found = {(r["line"], r["dateText"]) for r in seed_rows(result)}
    assert found == {("45", "2年11月～"), ("411", "2020年11月から2021年3月まで")}


def test_what_started_later_is_not_planned_work(indexed: Settings) -> None:
    # line 34: 「(4年1月～予定)」 starts after the report (2021-10-22): it has not started
    result = ask(indexed, "令和4年1月から始まった取組")
    assert result.answer.kind == "period_started" and seed_rows(result) == []


@pytest.mark.parametrize(
    "question",
    ["テーマごとの進捗なし課題数", "テーマ別の進捗のない課題の数", "テーマごとに進捗のない課題はいくつ"],
)
def test_issues_without_progress_per_theme(indexed: Settings, question: str) -> None:
    result = ask(indexed, question)
    assert result.answer.kind == "issues_without_progress_by_theme", result.answer.message
    counts = {r["number"]: int(r["count"]) for r in seed_rows(result) if SEED_ID in r["theme"]}
    expected = dict.fromkeys(ISSUES_PER_THEME, 0)
    for number in NO_PROGRESS:
        expected[number.split(".")[0]] += 1
    assert counts == expected and counts["2"] == 0  # theme 2, every issue of which has progress, with 0


@pytest.mark.parametrize(
    "question",
    [
        "デジタル改革関連法の法律",
        "デジタル改革関連法に含まれる予算",
        "2021年から始まった理由",
        "テーマごとの進捗なし理由",
    ],
)
def test_look_alikes_of_the_new_kinds_are_not_answered(indexed: Settings, question: str) -> None:
    assert not ask(indexed, question).answer.understood


def _cards(prefecture: str) -> int:
    """The 交付枚数 of ``prefecture`` in lines 148-196: 「県名<TAB>人口<TAB>交付枚数<TAB>率%」."""
    for line in SEED.read_text(encoding="utf-8").splitlines()[147:196]:
        cells = line.split("\t")
        if len(cells) == 4 and cells[0] == prefecture:
            return int(cells[2].replace(",", ""))
    raise AssertionError(f"{prefecture} is not in the table")


@pytest.mark.parametrize(
    ("question", "prefecture"),
    [("東京都の交付枚数を知りたいです", "東京都"), ("宮崎県のカード交付枚数は？", "宮崎県")],
)
def test_a_prefectures_cards_issued(indexed: Settings, question: str, prefecture: str) -> None:
    result = ask(indexed, question)
    assert result.answer.kind == "area_rate", result.answer.message
    assert [int(r["cards"]) for r in seed_rows(result)] == [_cards(prefecture)]


@pytest.mark.parametrize(
    ("question", "plainly"),
    [
        ("オンライン資格確認の施設種別ごとの申込割合", "施設種別ごとの申込割合"),
        ("申込割合（施設種別）", "施設種別ごとの申込割合"),
        (
            "データの利活用とコスト管理の施策で、関係法令がないもの",
            "データの利活用とコスト管理の施策で、法令がないもの",
        ),
        ("根拠法令のない施策", "法令のない施策"),
        ("標準化法の制定についての取組状況", "標準化法の制定に関する取組状況"),
    ],
)
def test_the_same_question_in_other_words(indexed: Settings, question: str, plainly: str) -> None:
    result, plain = ask(indexed, question), ask(indexed, plainly)
    assert result.answer.kind == plain.answer.kind, result.answer.message
    assert seed_rows(result) == seed_rows(plain) != []


def test_progress_on_enacting_a_law(indexed: Settings) -> None:
    # line 75: 「地方公共団体情報システムの標準化に関する法律の制定（デジタル改革関連法）」
    rows = seed_rows(ask(indexed, "標準化法の制定についての取組状況"))
    assert [r["line"] for r in rows] == ["75"]
    assert "標準化に関する法律の制定" in rows[0]["itemLabel"]


@pytest.mark.parametrize("question", ["関係法令", "交付枚数が多い理由", "東京都の交付枚数の目標"])
def test_look_alikes_of_other_words_are_not_answered(indexed: Settings, question: str) -> None:
    assert not ask(indexed, question).answer.understood


@pytest.mark.parametrize(
    ("question", "plainly"),
    [
        # theme 5 is 「デジタル化に関する制度」 (lines 88, 443)
        ("テーマ５（デジタル化に関する制度）の取組状況一覧", "テーマ5の取組状況"),
        ("テーマ5(デジタル化に関する制度)で進捗のない課題", "テーマ5で進捗のない課題"),
    ],
)
def test_a_theme_by_number_and_title(indexed: Settings, question: str, plainly: str) -> None:
    result, plain = ask(indexed, question), ask(indexed, plainly)
    assert result.answer.kind == plain.answer.kind, result.answer.message
    assert seed_rows(result) == seed_rows(plain) != []


def test_a_number_and_title_that_disagree_are_not_read(indexed: Settings) -> None:
    assert not ask(indexed, "テーマ4（デジタル化に関する制度）の取組状況").answer.understood


def test_progress_planned_ahead(indexed: Settings) -> None:
    result = ask(indexed, "今後の予定が書かれている取組状況")
    assert result.answer.kind == "planned_ahead_progress", result.answer.message
    rows = seed_rows(result)
    # line 35: 「…現況届の一律の届出義務の廃止(提出省略可)(3年9月府令改正・4年6月施行)」: 施行 in June
    # 2022, after the report of October 2021; measures are not listed
    assert any(r["line"] == "35" and "現況届" in r["itemLabel"] for r in rows)
    assert all(r["type"] == "取組状況" for r in rows)


@pytest.mark.parametrize(
    "question", ["今後の予定", "今後の予定が書かれている理由", "これから予定されている予算"]
)
def test_look_alikes_of_planned_ahead_are_not_answered(indexed: Settings, question: str) -> None:
    assert not ask(indexed, question).answer.understood
