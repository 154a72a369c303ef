"""Forms of question read by rule: rankings cut short (「ワースト3」「40%以上」「最も多い」), the
rate tables of cities, towns and kinds of local government, the facilities' application shares,
themes named by their titles, scopes put after the question, progress asked of a law, an agency or a
period, and measures or issues named by the words of their names.

The expected answers are read from the seed report (line numbers given); questions that look like
these but ask what the graph does not hold (a reason, an opinion, a figure not in the tables) are
not answered.
"""

from __future__ import annotations

import pytest

from kg.rdf.ontology import class_label
from kg.settings import Settings
from search.ask import AskResult, answer_question
from tests.conftest import SEED
from tests.search.test_ask import (
    ISSUE_4_3,
    JPKI_ACT,
    NO_PROGRESS,
    REFORM_ACTS,
    items,
    same_items,
    seed_rows,
)

PROGRESS = class_label("ProgressUpdate")
# The prefectures at 40% or more of lines 148-196: 東京都 (160), 神奈川県 (161), 滋賀県 (174), 兵庫県 (177),
# 奈良県 (178), 山口県 (184), 宮崎県 (194); the next is 大阪府 at 39.8%.
FORTY_OR_MORE = {"東京都", "神奈川県", "滋賀県", "兵庫県", "奈良県", "山口県", "宮崎県"}
# 全国 38.4% (line 107): above it, lines 153-194; 愛知県 (line 170) is 38.4% itself.
ABOVE_NATIONAL = {
    "千葉県", "東京都", "神奈川県", "富山県", "石川県", "静岡県", "滋賀県", "京都府",
    "大阪府", "兵庫県", "奈良県", "広島県", "山口県", "香川県", "愛媛県", "宮崎県",
}  # fmt: skip
# The three lowest: 沖縄県 30.3% (196), 高知県 31.2% (188), 新潟県 31.9% (162).
LOWEST_THREE = {"沖縄県", "高知県", "新潟県"}
# 【町村】 (lines 132-141): 姫島村 and 粟島浦村 tie at 75.6%, then 西伊豆町 65.4%.
TOWNS_TOP_THREE = {"大分県姫島村", "新潟県粟島浦村", "静岡県西伊豆町"}
# 【特別区・市】 (lines 118-127): 加賀市 70.0%, 宿毛市 67.7%, 都城市 65.3%.
CITIES_TOP_THREE = {"石川県加賀市", "高知県宿毛市", "宮崎県都城市"}
# 団体区分別 (lines 107-111).
CATEGORIES = {"全国": 38.4, "特別区": 42.3, "指定都市": 40.4, "市（指定都市を除く）": 37.8, "町村": 34.7}
# 【内訳】 of the applications (lines 228-231).
SHARES = {"病院": 77.5, "医科診療所": 44.0, "歯科診療所": 48.6, "薬局": 80.7}
# 課題3.1's status row (line 44): two entries.
ISSUE_3_1 = {
    (44, "UIUX改善版のリリース（3年6月、10月予定）"),
    (44, "全自治体においてマイナポータルを利用した行政手続のオンライン申請サービスの提供が可能（3年5月）"),
}


def ask(settings: Settings, question: str) -> AskResult:
    return answer_question(settings, question, limit=1000)


def _prefecture_rates() -> dict[str, float]:
    """Lines 148-196 of the report: 「県名<TAB>人口<TAB>交付枚数<TAB>率%」."""
    rates: dict[str, float] = {}
    for line in SEED.read_text(encoding="utf-8").splitlines()[147:196]:
        cells = line.split("\t")
        if len(cells) == 4 and cells[3].endswith("%") and cells[0].endswith(("都", "道", "府", "県")):
            rates[cells[0]] = float(cells[3].rstrip("%"))
    return rates


RATES_BY_PREFECTURE = _prefecture_rates() if SEED.exists() else {}


def _areas(result: AskResult) -> dict[str, float]:
    return {r["areaLabel"]: float(r["rate"]) for r in seed_rows(result)}


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("交付率40%以上の都道府県", FORTY_OR_MORE),
        ("交付枚数率が４０％以上の都道府県", FORTY_OR_MORE),
        ("交付率が4割以上の都道府県", FORTY_OR_MORE),
        ("交付率が40%を超える都道府県はどこですか", FORTY_OR_MORE),  # none is exactly 40%
        ("都道府県の交付率が40パーセント以上", FORTY_OR_MORE),
        ("交付率が45%を超える県", {"宮崎県"}),
        ("交付率が31%未満の都道府県", {"沖縄県"}),
        ("交付率の低い都道府県ワースト３", LOWEST_THREE),
        ("交付率ワースト3の都道府県", LOWEST_THREE),
        ("交付率が低い県 下位3", LOWEST_THREE),
        ("マイナンバーカードの交付率が高い都道府県上位1", {"宮崎県"}),
        ("交付率トップの県", {"宮崎県"}),
        ("交付率が最高の都道府県", {"宮崎県"}),
        ("町村で交付率が高い上位3団体", TOWNS_TOP_THREE),
        ("町村の交付率トップ3", TOWNS_TOP_THREE),
        ("交付率が最も高い町村", {"大分県姫島村", "新潟県粟島浦村"}),  # a tie at the top: both
        ("交付率が高い市ベスト3", CITIES_TOP_THREE),
        ("特別区・市の交付率上位3", CITIES_TOP_THREE),
        ("交付率が全国平均を上回る都道府県", ABOVE_NATIONAL),
        ("交付率が全国平均より低い県", set(RATES_BY_PREFECTURE) - ABOVE_NATIONAL - {"愛知県"}),
        ("交付率35%〜40%の都道府県", {p for p, r in RATES_BY_PREFECTURE.items() if 35 <= r <= 40}),
        ("交付率が3割から4割の県", {p for p, r in RATES_BY_PREFECTURE.items() if 30 <= r <= 40}),
    ],
)
def test_rates_cut_short(indexed: Settings, question: str, expected: set[str]) -> None:
    result = ask(indexed, question)
    assert result.answer.understood, result.answer.message
    assert set(_areas(result)) == expected


@pytest.mark.parametrize(
    ("question", "count", "first"),
    [
        ("町村の交付率", 10, "大分県姫島村"),  # lines 132-141
        ("町村の交付率上位", 10, "大分県姫島村"),
        ("町村別交付率", 10, "大分県姫島村"),
        ("交付率上位の市", 10, "石川県加賀市"),  # lines 118-127
        ("市の交付率ランキング", 10, "石川県加賀市"),
        ("市区町村の交付率", 20, "大分県姫島村"),
        ("団体区分別の交付率", 5, "特別区"),  # lines 107-111
    ],
)
def test_rates_of_towns_cities_and_categories(
    indexed: Settings, question: str, count: int, first: str
) -> None:
    result = ask(indexed, question)
    assert result.answer.understood, result.answer.message
    rows = seed_rows(result)
    assert len(rows) == count
    tied = {"大分県姫島村": {"大分県姫島村", "新潟県粟島浦村"}}  # 75.6% both (lines 132-133)
    assert rows[0]["areaLabel"] in tied.get(first, {first})
    if count == 5:
        assert _areas(result) == CATEGORIES


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("施設種別の申込割合", SHARES),
        ("オンライン資格確認の申込割合（施設別）", SHARES),
        ("オンライン資格確認の申込割合が最も高い施設種別", {"薬局": 80.7}),
        ("申込割合が最も低い施設", {"医科診療所": 44.0}),
        ("申込割合が50%以上の施設種別", {"病院": 77.5, "薬局": 80.7}),
    ],
)
def test_facility_shares(indexed: Settings, question: str, expected: dict[str, float]) -> None:
    result = ask(indexed, question)
    assert result.answer.understood, result.answer.message
    assert {r["typeLabel"]: float(r["share"]) for r in seed_rows(result)} == expected


def _counts(result: AskResult) -> dict[str, int]:
    return {r["number"]: int(r["count"]) for r in seed_rows(result) if "number" in r}


@pytest.mark.parametrize(
    ("question", "ranking", "n"),
    [
        ("進捗報告の件数が多い課題トップ3", "進捗が多い課題", 3),
        ("取組状況が多い課題上位5件", "取組状況の多い課題", 5),
        ("施策数が最も多い課題", "施策が多い課題", 1),
        ("施策の多い課題上位3つ", "施策が多い課題", 3),
        ("依拠する施策が多い法令トップ3", "依拠する施策が多い法令", 3),
        ("関与する施策が最も多い機関", "関与している施策が多い機関", 1),
        # 「最も…」 and a top N together: the N is what is asked
        ("施策の数が最も多い課題トップ3", "施策が多い課題", 3),
        ("最も多くの施策が依拠する法令の上位2", "依拠する施策が多い法令", 2),
    ],
)
def test_top_n_keeps_ties(indexed: Settings, question: str, ranking: str, n: int) -> None:
    """The top N of a ranking: every row whose count is at least the N-th row's (ties kept)."""
    whole = ask(indexed, ranking)
    counts = [int(r["count"].value) for r in whole.answer.rows]
    assert len(counts) > n
    cut = sorted(counts, reverse=True)[n - 1]
    result = ask(indexed, question)
    assert result.answer.understood, result.answer.message
    assert sorted(int(r["count"].value) for r in result.answer.rows) == sorted(c for c in counts if c >= cut)


@pytest.mark.parametrize(
    ("question", "ranking", "least"),
    [
        ("施策が5件以上の課題", "施策が多い課題", 5),
        ("進捗が3件以上ある課題", "進捗が多い課題", 3),
        ("依拠する施策が2件以上の法令", "依拠する施策が多い法令", 2),
    ],
)
def test_count_thresholds(indexed: Settings, question: str, ranking: str, least: int) -> None:
    whole = ask(indexed, ranking)
    expected = sorted(int(r["count"].value) for r in whole.answer.rows if int(r["count"].value) >= least)
    result = ask(indexed, question)
    assert result.answer.understood, result.answer.message
    assert sorted(int(r["count"].value) for r in result.answer.rows) == expected


@pytest.mark.parametrize("question", ["課題ごとの進捗件数", "課題別の取組状況の数", "進捗の件数（課題別）"])
def test_progress_per_issue_lists_every_issue(indexed: Settings, question: str) -> None:
    """A breakdown by issue lists all 34 issues of part II, those no status row reports on with 0."""
    result = ask(indexed, question)
    assert result.answer.kind == "progress_per_issue"
    counts = _counts(result)
    assert len(counts) == 34
    assert {n for n, c in counts.items() if c == 0} == NO_PROGRESS
    assert counts["4.3"] == len(ISSUE_4_3)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        (
            "マイナンバー関連システム整備の課題のうち進捗報告がないもの",
            {n for n in NO_PROGRESS if n[0] == "1"},
        ),
        ("デジタル化に関する制度の課題のうち、進捗が無いもの", {n for n in NO_PROGRESS if n[0] == "5"}),
        ("マイナンバー関連システム整備　進捗なし　課題", {n for n in NO_PROGRESS if n[0] == "1"}),
        ("進捗のない課題（テーマ5）", {n for n in NO_PROGRESS if n[0] == "5"}),
        ("データの利活用とコスト管理の課題一覧", {"6.1", "6.2", "6.3"}),
    ],
)
def test_themes_by_title(indexed: Settings, question: str, expected: set[str]) -> None:
    result = ask(indexed, question)
    assert result.answer.understood, result.answer.message
    assert {r["number"] for r in seed_rows(result)} == expected


def test_a_scope_in_brackets_after_the_question(indexed: Settings) -> None:
    after = ask(indexed, "根拠法のない施策（課題4.3）")
    before = ask(indexed, "課題4.3の根拠法のない施策")
    assert after.answer.understood and before.answer.understood
    assert items(after) == items(before) and items(after)
    assert all(418 <= line <= 421 for line, _ in items(after))  # 4.3's measures in part II: lines 419-421


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("公的個人認証法の改正に関する進捗", JPKI_ACT),  # line 46, a status row
        ("デジタル改革関連法による法改正等の進捗状況", REFORM_ACTS),  # 法改正等: all the bundle brought
        ("デジタル改革関連法に関連する進捗", REFORM_ACTS),
        ("総務省の進捗", {(35, "総務省・マイナンバー室(現デジタル庁)より")}),  # line 319 is a measure
        ("J-LISの取組状況", {(25, "デジタル社会形成整備法によるJ-LISに対する国のガバナンスの強化")}),
        ("J-LISの取組の進捗状況", {(25, "デジタル社会形成整備法によるJ-LISに対する国のガバナンスの強化")}),
        (
            "マイナンバーカード機能のスマートフォン搭載等に関する検討会の検討状況",
            {(45, "マイナンバーカード機能のスマートフォン搭載等に関する検討会における検討")},
        ),
        ("在留カードとマイナンバーカードの一体化　進捗", {(53, "一体化後の券面情報及びその確認方法")}),
        ("マイナポータルのUI・UX最適化の進捗", ISSUE_3_1),  # issue 3.1 by the words of its name
        # 経産省: the gazetteer's short name of 経済産業省; its 資源エネルギー庁 is named in line 98's bullet
        ("経産省が関わっている取組はありますか", {(98, "資源エネルギー庁に「電力データ活用")}),
        # line 27 names 法務省, line 28 its 法制審議会: the scope in brackets changes nothing
        ("法務省が関係する取組（審議会も含めて）", {(27, "読み仮名に係る法務省"), (28, "法制審議会に諮問")}),
    ],
)
def test_progress_asked_of_a_law_an_agency_or_a_name(
    indexed: Settings, question: str, expected: set[tuple[int, str]]
) -> None:
    result = ask(indexed, question)
    assert result.answer.understood, result.answer.message
    assert all(r.get("type", PROGRESS) == PROGRESS for r in seed_rows(result))
    assert same_items(items(result), expected), items(result)


def test_both_asked_for_are_both_listed(indexed: Settings) -> None:
    both = ask(indexed, "デジタル社会形成整備法を根拠とする施策・進捗")
    assert both.answer.understood and "pol:Measure" in both.answer.sparql


def test_a_date_running_until_after_the_report_is_not_planned(indexed: Settings) -> None:
    """Line 63: 「マイナポイント事業を実施（～3年12月）」 is being done, not planned; 2021 did it."""
    planned = ask(indexed, "2021年10月以降に予定されている取組")
    done = ask(indexed, "2021年に実施された取組")
    assert planned.answer.understood and done.answer.understood
    assert 63 not in {line for line, _ in items(planned)}
    assert 63 in {line for line, _ in items(done)}


@pytest.mark.parametrize("question", ["課題一覧", "課題の一覧", "課題のリスト", "課題を全て"])
def test_the_list_of_issues(indexed: Settings, question: str) -> None:
    result = ask(indexed, question)
    assert result.answer.kind == "issue_list"
    assert len({r["number"] for r in seed_rows(result)}) == 34


@pytest.mark.parametrize(
    "question",
    [
        "交付率を上げるにはどうすればいい？",
        "交付率が低い理由は",
        "ワースト3の原因",
        "上位3位の施策はどれが重要？",
        "40%以上って高いの？",
        "マイナンバーカードの交付率の目標は",
        "町村の交付率を上げる方法",
        "トップ3を教えて",
        "交付率が高い県の特徴",
        "交付率の推移",
        "交付率が50%を超えるのはいつ頃",
        "施策が多い課題の理由",
        "最も重要な施策",
        "一番遅れている課題",
        "上位5件",
        "申込割合を増やす方法",
        "病院の数",
        "交付率",
        "J-LISの進捗はどう思う？",
        "デジタル化に関する制度とは",
        "交付率が上がった理由",
        "大阪市の交付率",  # the tables have no such row (lines 100-196)
        "宮崎県の交付率が高い理由",
        "交付率トップの県の施策",
        "令和4年度のデジタル庁の予算",
        "課題3.2の担当者",
        "全国平均はいくつ",
        "東京都の人口",
        "病院の申込割合の目標",
        "番号法の改正内容",
        "マイナンバーカードの交付率",
        "施策の優先順位",
    ],
)
def test_look_alikes_are_not_answered(indexed: Settings, question: str) -> None:
    assert not ask(indexed, question).answer.understood


def _answer_set(result: AskResult) -> set[tuple[str, ...]]:
    return {tuple(str(c.value) for c in row.values()) for row in result.answer.rows}


# Phrasings staff type, each with a phrasing of the same question whose answer test_ask.py checks
# against the seed report: the two must give the same rows.
SAME_AS = [
    ("マイナンバー法に基づいて何が行われていますか", "マイナンバー法に基づく取組"),
    ("デジタル改革関連法で実現したこと", "デジタル改革関連法に基づく取組"),
    ("J-LIS関連の施策", "J-LISが関わる施策"),
    ("法務省関連の取組", "法務省が関わる取組"),
    ("デジタル庁はどんな取組をしていますか", "デジタル庁が関わる取組"),
    ("デジタル庁がやっている施策", "デジタル庁が関わる施策"),
    ("総務省が所管する取組を知りたい", "総務省が担当する取組"),
    ("J-LIS 関係課題", "J-LISが関わる課題"),
    ("3.2 進捗", "課題3.2の進捗"),
    ("課題3.2の進捗はどうなっている？", "課題3.2の進捗"),
    ("課題3.2について、これまでの進捗", "課題3.2の進捗"),
    ("進捗状況が記載されていない課題", "取組状況のない課題"),
    ("フォローアップ状況がない課題", "取組状況のない課題"),
    ("まだ進捗がない課題", "取組状況のない課題"),
    ("進捗ゼロの課題", "取組状況のない課題"),
    ("法的根拠が示されていない施策", "法令のない施策"),
    ("根拠法令のない施策", "法令のない施策"),
    ("法令の裏付けがない施策", "法令のない施策"),
    ("厚労省について記述のある箇所", "厚労省が言及されている箇所"),
    ("J-LISはどこに出てきますか", "J-LISが言及されている箇所"),
    ("令和4年度 予定", "令和4年度に予定されている取組"),
    ("2021年 実施済み", "2021年に実施された取組状況"),
    ("法令ごとの依拠施策数", "依拠する施策が多い法令"),
    ("最も多くの施策が依拠する法令", "依拠する施策が多い法令トップ1"),
    ("交付率の高い順に都道府県を並べて", "都道府県別の交付率"),
    ("整備法関連の取組のリスト", "整備法による取組"),
    # related to the amendment: the row saying 改正 (line 54) and the measure it reports on (405)
    ("マイナンバー法の改正に関係する取組", "マイナンバー法に関係する取組"),
    ("課題一覧", "すべての課題"),
    ("番号法の対象となる施策", "番号法に基づく施策"),
    ("公的個人認証法の施行に伴う取組", "公的個人認証法に基づく取組"),
    ("改正マイナンバー法に基づく施策", "マイナンバー法に基づく施策"),
    ("デジタル庁による取組", "デジタル庁が関わる取組"),
    ("デジタル庁が主体の施策", "デジタル庁が関わる施策"),
    ("課題3.2の検討状況", "課題3.2の進捗"),
    ("課題3.2の進捗を見たい", "課題3.2の進捗"),
    ("課題3.2の対策", "課題3.2の施策"),
    ("課題3.2に対応する施策", "課題3.2の施策"),
    ("デジタル庁はどこで触れられていますか", "デジタル庁が言及されている箇所"),
    ("進捗が一つもない課題", "取組状況のない課題"),
    ("法律に根拠のない施策", "法令のない施策"),
    ("課題ごとの施策数ランキング", "課題別の施策数"),
    ("関わっている施策が多い府省", "関与している施策が多い機関"),
    ("番号法について、関連する施策を教えて", "番号法に基づく施策"),
    ("「番号法」に基づく施策", "番号法に基づく施策"),
    ("どの課題に進捗がない？", "取組状況のない課題"),
    ("どの施策が番号法に基づいていますか", "番号法に基づく施策"),
    ("FY2022に予定されている施策", "令和4年度に予定されている施策"),
    ("令和四年度に予定されている施策", "令和4年度に予定されている施策"),
    ("どの法律に基づく施策が多い？", "依拠する施策が多い法令"),
    ("交付率が高いのはどこ", "都道府県別の交付率"),
    ("番号法関係の施策って何がある？", "番号法に基づく施策"),
    ("番号法に基づく施策には何がありますか", "番号法に基づく施策"),
    ("デジタル庁の施策をリストにして", "デジタル庁が関わる施策"),
    ("デジタル庁が担当する施策を一覧で出してください", "デジタル庁が関わる施策"),
    ("令和4年度に予定されている施策をすべて表示", "令和4年度に予定されている施策"),
    ("進捗がない課題ってどれ", "取組状況のない課題"),
    ("都道府県ごとに交付率を見たい", "都道府県別の交付率"),
    ("交付率を都道府県別に", "都道府県別の交付率"),
    ("施策の数を課題別に", "課題別の施策数"),
    ("宮崎の交付率", "宮崎県の交付率"),
    ("東京の交付率", "東京都の交付率"),
]


@pytest.mark.parametrize(("question", "same_as"), SAME_AS)
def test_phrasings_give_the_same_answer(indexed: Settings, question: str, same_as: str) -> None:
    result, plain = ask(indexed, question), ask(indexed, same_as)
    assert result.answer.understood, result.answer.message
    assert plain.answer.understood, plain.answer.message
    assert _answer_set(result) == _answer_set(plain)


@pytest.mark.parametrize(
    ("question", "kind", "count"),
    [
        ("施策は全部で何件", "measures_total", None),
        ("取組状況は何件", "progress_total", None),
        ("テーマ4の課題数", "issue_total", 7),  # 4.1-4.7
        ("課題が最も多いテーマ", "issue_count_by_theme_cut", None),
        ("テーマは全部でいくつ", "theme_total", None),
    ],
)
def test_totals(indexed: Settings, question: str, kind: str, count: int | None) -> None:
    result = ask(indexed, question)
    assert result.answer.kind == kind, result.answer.message
    if count is not None:
        assert int(result.answer.rows[0]["count"].value) == count


def test_measures_total_is_with_and_without_law(indexed: Settings) -> None:
    """Every measure rests on a law or does not: the total is the two counts added."""
    total = int(ask(indexed, "施策の数").answer.rows[0]["count"].value)
    with_law = int(ask(indexed, "法律に基づく施策は何件").answer.rows[0]["count"].value)
    without_law = ask(indexed, "法令のない施策").answer.total
    assert total == with_law + without_law > 0


@pytest.mark.parametrize(
    ("question", "label", "figure"),
    [
        ("宮崎県の交付率", "宮崎県", 49.8),  # line 194
        ("石川県加賀市の交付率は？", "石川県加賀市", 70.0),  # line 118
        ("東京都の交付率は何%", "東京都", 41.7),  # line 160
        ("全国の交付率", "全国", 38.4),  # line 107
        ("薬局の申込割合", "薬局", 80.7),  # line 231
    ],
)
def test_one_row_of_a_table(indexed: Settings, question: str, label: str, figure: float) -> None:
    rows = seed_rows(ask(indexed, question))
    assert [(r.get("areaLabel") or r["typeLabel"], float(r.get("rate") or r["share"])) for r in rows] == [
        (label, figure)
    ]


def test_the_themes_with_most_issues(indexed: Settings) -> None:
    """Themes 1, 4 and 5 have seven issues each (1.1-1.7, 4.1-4.7, 5.1-5.7), the most."""
    result = ask(indexed, "課題が最も多いテーマ")
    assert {r["number"] for r in seed_rows(result)} >= {"1", "4", "5"}
    assert {int(r["count"]) for r in seed_rows(result)} == {7}


def test_a_fiscal_year_that_runs_on_counts_in_that_year(indexed: Settings) -> None:
    """「（令和3年度～）」 (line 38's study) counts in fiscal 2021, as 「（令和3年度）」 would, but does not
    say in which month: not in September 2021 alone; 「（3年5月～）」 (line 45's technical check)
    counts in May 2021 alone."""
    assert 38 in {line for line, _ in items(ask(indexed, "令和3年度に実施された取組"))}
    september = {line for line, _ in items(ask(indexed, "令和3年9月に実施された取組"))}
    assert 38 not in september
    assert 45 not in september  # line 45's entries: 2年11月～, 3年5月, 3年5月～
    may = items(ask(indexed, "令和3年5月に実施された取組"))
    assert any(line == 45 and "技術検証" in label for line, label in may)


# (question, the period asked plainly, the law or agency asked plainly); the answer is what both
# hold: line 90's 「デジタル庁システム…一括計上」 (令和3年度) and line 89's 「デジタル庁の設置（3年9月）」
# among them.
KEPT_TO = [
    ("デジタル庁が関わる令和4年度予定の施策", "令和4年度に予定されている施策", "デジタル庁が関わる取組"),
    ("2022年度に予定されているデジタル庁の施策", "令和4年度に予定されている施策", "デジタル庁が関わる取組"),
    ("令和3年度に実施された総務省の取組", "令和3年度に実施された取組", "総務省が関わる取組"),
    ("デジタル庁の令和3年度の取組", "令和3年度の取組", "デジタル庁が関わる取組"),
    ("番号法に基づく令和4年度の施策", "令和4年度の取組", "番号法に基づく施策"),
    (
        "デジタル改革関連法に基づく2021年に実施された取組",
        "2021年に実施された取組",
        "デジタル改革関連法に基づく取組",
    ),
]


@pytest.mark.parametrize(("question", "period", "owner"), KEPT_TO)
def test_a_period_kept_to_a_law_or_agency(indexed: Settings, question: str, period: str, owner: str) -> None:
    """The items of both answers, and no others."""
    result = ask(indexed, question)
    assert result.answer.understood, result.answer.message
    both = {r["item"].value for r in ask(indexed, period).answer.rows} & {
        r["item"].value for r in ask(indexed, owner).answer.rows
    }
    assert {r["item"].value for r in result.answer.rows} == both


def test_digital_agency_in_fiscal_2021(indexed: Settings) -> None:
    lines = {line for line, _ in items(ask(indexed, "デジタル庁の令和3年度の取組"))}
    assert {89, 90} <= lines


@pytest.mark.parametrize("question", ["課題3.2に関わる機関", "課題3.2の担当省庁", "課題３．２を担当する府省"])
def test_the_agencies_of_an_issue(indexed: Settings, question: str) -> None:
    """Line 45 (課題3.2's row) names the 検討会; each agency listed has 3.2 among its issues."""
    result = ask(indexed, question)
    assert result.answer.kind == "issue_agencies", result.answer.message
    labels = {r["agencyLabel"] for r in seed_rows(result)}
    assert "マイナンバーカード機能のスマートフォン搭載等に関する検討会" in labels
    for label in labels:
        issues = {r["number"] for r in seed_rows(ask(indexed, f"{label}が関わる課題"))}
        assert "3.2" in issues, label


@pytest.mark.parametrize(
    ("question", "area"),
    [("交付率1位の都道府県", "宮崎県"), ("交付率が首位の県", "宮崎県"), ("交付率最下位の都道府県", "沖縄県")],
)
def test_the_first_by_rank_words(indexed: Settings, question: str, area: str) -> None:
    assert set(_areas(ask(indexed, question))) == {area}  # lines 194 and 196
