"""Targets and goals asked for by their class or by words, and issues by the words of their label
said any way: 「数値目標は？」「オンライン資格確認のKPI」「ワンス・オンリーに関する目標」
「海外でのカード利用の課題」.

The expected answers are read from the seed report (line numbers given) and the GIF guidebook DS-410.
"""

from __future__ import annotations

import pytest

from kg.settings import Settings
from search.ask import AskResult, answer_question
from tests.conftest import GIF_ID, HAVE_GIF, SEED_ID, needs_gif

# 「目標：医療機関等の6割程度での導入（令和3年3月時点）、概ね全ての医療機関等での導入（令和5年3月末）を
# 目指す」 (line 243, under 「医療機関・薬局におけるオンライン資格確認の導入状況について」, line 212)
ONLINE_CHECK = {(243, "医療機関等の6割程度での導入"), (243, "概ね全ての医療機関等での導入")}
# and 「…オンライン手続を2022年末を目指し実現」 (line 383), a figure with its date
TARGETS = ONLINE_CHECK | {
    (383, "マイナポータルから原則全自治体で利便性向上に資するオンライン手続を2022年末を目指し実現")
}


def ask(settings: Settings, question: str) -> AskResult:
    return answer_question(settings, question, limit=1000)


def _targets(result: AskResult) -> set[tuple[int, str]]:
    rows = [{k: c.value for k, c in row.items()} for row in result.answer.rows]
    return {(int(r["line"]), r["targetLabel"]) for r in rows if r["document"] == SEED_ID}


def _goals(result: AskResult) -> set[tuple[str, str]]:
    return {(row["document"].value, row["goalLabel"].value) for row in result.answer.rows}


@pytest.mark.parametrize(
    "question",
    ["数値目標は？", "目標値の一覧", "KPIを全部見せてください", "ＫＰＩの一覧を出して", "成果指標はどれ"],
)
def test_the_targets_by_their_class(indexed: Settings, question: str) -> None:
    result = ask(indexed, question)
    assert result.answer.kind == "target_list", result.answer.message
    assert _targets(result) == TARGETS


@pytest.mark.parametrize("question", ["ＫＰＩは何個ありますか", "数値目標の数", "目標値はいくつ"])
def test_the_targets_counted(indexed: Settings, question: str) -> None:
    result = ask(indexed, question)
    assert result.answer.kind == "target_list_count", result.answer.message
    assert int(result.answer.rows[0]["count"].value) == len(TARGETS)  # the GIF guidebook sets none


@pytest.mark.parametrize(
    "question",
    [
        "オンライン資格確認のKPIを教えて",
        "オンライン資格確認の導入目標（KPI）は",
        "医療機関での導入目標",
        "医療機関等の導入に関する数値目標",
    ],
)
def test_targets_by_the_words_of_their_label_or_heading(indexed: Settings, question: str) -> None:
    result = ask(indexed, question)
    assert result.answer.kind == "targets_worded", result.answer.message
    assert _targets(result) == ONLINE_CHECK


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # line 289 「セキュリティが大きく向上する」
        ("セキュリティについての目標は", {(SEED_ID, "セキュリティが大きく向上する")}),
        # line 280 「あらゆる行政手続きがスマホから簡単にできる（デジタル・ファースト）」
        (
            "スマホに関する目標",
            {(SEED_ID, "あらゆる行政手続きがスマホから簡単にできる（デジタル・ファースト）")},
        ),
        ("システムコストの目標", {(SEED_ID, "システムコストを大幅に削減する")}),  # line 283
    ],
)
def test_goals_by_the_words_of_their_label(indexed: Settings, question: str, expected: set) -> None:
    result = ask(indexed, question)
    assert result.answer.kind == "goals_worded", result.answer.message
    assert _goals(result) == expected


def test_goals_by_words_in_every_document(indexed: Settings) -> None:
    # line 286 「行政機関等から同じ情報を聞かれない（ワンス・オンリー）」, and in DS-410 (line 221) the goal
    # that names 「ワンスオンリー、ワンストップの実現」
    result = ask(indexed, "ワンス・オンリーに関する目標")
    assert result.answer.kind == "goals_worded", result.answer.message
    found = _goals(result)
    assert (SEED_ID, "行政機関等から同じ情報を聞かれない（ワンス・オンリー）") in found
    assert {document for document, _ in found} == ({SEED_ID, GIF_ID} if HAVE_GIF else {SEED_ID})


@pytest.mark.parametrize("question", ["宇宙開発に関する目標", "宇宙開発のKPI"])
def test_words_no_goal_or_target_holds_are_not_an_answer(indexed: Settings, question: str) -> None:
    assert not ask(indexed, question).answer.understood


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # 1.7 「海外でも利用可能となるようにマイナンバーカードへの…」 (line 330)
        ("海外でのカード利用の課題", {"1.7"}),
        # マイナポータル in the labels of 1.1 (line 296), 1.4 (321), 2.1 (341) and 3.1 (380)
        ("マイナポータルが出てくる課題", {"1.1", "1.4", "2.1", "3.1"}),
        ("マイナポータルが含まれる課題", {"1.1", "1.4", "2.1", "3.1"}),
        ("読み仮名を扱う課題", {"5.4"}),  # line 458
    ],
)
def test_issues_by_words_said_any_way(indexed: Settings, question: str, expected: set[str]) -> None:
    result = ask(indexed, question)
    assert result.answer.kind == "issues_worded", result.answer.message
    numbers = {row["issueLabel"].value for row in result.answer.rows}
    assert len(numbers) == len(expected)
    issues = ask(indexed, "課題の一覧").answer.rows
    by_label = {r["issueLabel"].value: r["number"].value for r in issues if "number" in r}
    assert {by_label[label] for label in numbers} == expected


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("マイナポータルのKPIは", TARGETS - ONLINE_CHECK),  # line 383 holds マイナポータル
        ("2022年末までの数値目標", TARGETS - ONLINE_CHECK),  # 「…を2022年末を目指し実現」
    ],
)
def test_a_target_by_the_words_of_its_label(indexed: Settings, question: str, expected: set) -> None:
    result = ask(indexed, question)
    assert result.answer.kind == "targets_worded", result.answer.message
    assert _targets(result) == expected


def test_targets_glossed_and_counted_in_words(indexed: Settings) -> None:
    result = ask(indexed, "目標（KPI）はどれくらいありますか")
    assert result.answer.kind == "target_list_count", result.answer.message
    assert int(result.answer.rows[0]["count"].value) == len(TARGETS)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("緊急時の目標", "緊急時の事務を速やかに処理できる"),  # line 281
        ("公正な負担と給付の目標", "公正な負担と給付が実現されている社会が創出される"),  # line 288
        ("APIに関係する目標", "政府のAPI活用等により民間企業の生産性が向上する"),  # line 285
        ("民間企業の生産性についての目標", "政府のAPI活用等により民間企業の生産性が向上する"),
    ],
)
def test_a_goal_by_its_words(indexed: Settings, question: str, expected: str) -> None:
    result = ask(indexed, question)
    assert result.answer.kind == "goals_worded", result.answer.message
    assert _goals(result) == {(SEED_ID, expected)}


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # 3.3 「生体認証などの暗証番号に依存しない認証の仕組みの検討」 (lines 394-395)
        (
            "生体認証の課題の施策",
            {
                (394, "顔認証技術を活用したコンビニでの電子証明書の暗証番号初期化・再設定（ロック解除）"),
                (395, "スマホ格納の電子証明書の利用に当たり生体認証を活用する方策について検討"),
            },
        ),
        # 2.5 「固定資産課税台帳とその他の土地に関する各種台帳等の情報連携等の検討」 (lines 374-376)
        (
            "固定資産課税台帳の課題に対する施策は",
            {
                (374, "土地に関する各種台帳等の情報連携の高度化"),
                (375, "固定資産課税台帳とマイナンバーとの紐づけの推進"),
                (376, "相続登記等の申請の義務化"),
            },
        ),
    ],
)
def test_an_issue_named_by_its_words_and_the_class(indexed: Settings, question: str, expected: set) -> None:
    result = ask(indexed, question)
    assert result.answer.kind == "issue_measures", result.answer.message
    assert {(int(r["line"].value), r["itemLabel"].value) for r in result.answer.rows} == expected


def test_a_compound_said_as_its_halves(indexed: Settings) -> None:
    # 「海外利用」: 海外 and 利用 in 1.7 「海外でも利用可能となるように…」 (line 330), in no other issue
    result = ask(indexed, "海外利用に向けた課題")
    assert result.answer.kind == "issues_worded", result.answer.message
    assert [r["issueLabel"].value[:9] for r in result.answer.rows] == ["海外でも利用可能と"]


def _lines(result: AskResult) -> set[tuple[int, str]]:
    return {(int(r["line"].value), r["itemLabel"].value) for r in result.answer.rows}


@pytest.mark.parametrize(
    ("question", "kind", "expected"),
    [
        (
            "汎用システムに関する施策",
            "measures_worded",
            {
                (
                    300,
                    "自治体等が突発的な事務に対応できる汎用システムである「(仮称)自治体等共通SaaS基盤」の構築",
                )
            },
        ),
        (
            "オープンデータに関係する施策",
            "measures_worded",
            {(312, "オープンデータ等を提供する各種APIの開発・提供の推進")},
        ),
        # the bullet under 3.3 (line 394) and under 4.3 (line 421)
        (
            "顔認証技術についての施策",
            "measures_worded",
            {
                (394, "顔認証技術を活用したコンビニでの電子証明書の暗証番号初期化・再設定（ロック解除）"),
                (421, "顔認証技術を活用したコンビニでの電子証明書の暗証番号初期化・再設定（ロック解除）"),
            },
        ),
        # 取組: progress updates too (lines 82-83 of the status table); no measure names it
        (
            "ガバメントクラウドの取組",
            "items_worded",
            {
                (82, "「地方自治体によるガバメントクラウドの活用について（案）」を改訂（3年8月）"),
                (83, "ガバメントクラウド先行事業の公募終了"),
            },
        ),
    ],
)
def test_measures_by_the_words_of_their_label(
    indexed: Settings, question: str, kind: str, expected: set
) -> None:
    result = ask(indexed, question)
    assert result.answer.kind == kind, result.answer.message
    assert _lines(result) == expected


@pytest.mark.parametrize(
    ("question", "number"),
    [
        ("APIカタログの整備はどの課題？", "1.2"),  # 「「APIカタログ」の整備」 (line 313) under 1.2
        ("電子証明書のクラウド利用はどの課題の施策", "3.2"),  # line 388 under 3.2
    ],
)
def test_the_issue_of_a_measure_named_by_words(indexed: Settings, question: str, number: str) -> None:
    result = ask(indexed, question)
    assert result.answer.kind == "issue_of_items", result.answer.message
    assert {r["number"].value for r in result.answer.rows} == {number}


@pytest.mark.parametrize(
    "question", ["達成すべき目標値はありますか", "KPIって何がある", "目標値（KPI）を教えてください"]
)
def test_the_targets_asked_otherwise(indexed: Settings, question: str) -> None:
    result = ask(indexed, question)
    assert result.answer.kind == "target_list", result.answer.message
    assert _targets(result) == TARGETS


def test_words_as_typed_before_their_parts(indexed: Settings) -> None:
    # 「データ連携」 whole: DS-410's goal at line 148 holds it; the one at line 108 holds 連携 alone
    result = ask(indexed, "データ連携についての目標")
    assert result.answer.kind == "goals_worded", result.answer.message
    if HAVE_GIF:
        found = _goals(result)
        assert len(found) == 1
        assert next(iter(found))[1].startswith("データ連携に関わる従来の様々な取り組みを継承し")


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # 3.5's label holds 在留カード and 一体化; of its measures (lines 403-405) line 404 says so
        ("在留カードの一体化の施策", {(404, "在留カードとマイナンバーカードとの一体化")}),
        # 3.2's label holds 「スマートフォンへの搭載」 in brackets; of its measures line 387 says so
        (
            "スマートフォンへの搭載に関する施策",
            {(387, "マイナンバーカードの機能（電子証明書）のスマートフォンへの搭載の実現")},
        ),
        # 4.3's label names 郵便局 among places; lines 419-420 are the measures that name it
        (
            "郵便局に関する施策は",
            {
                (419, "郵便局における電子証明書の発行・更新等の可能化"),
                (
                    420,
                    "郵便局、金融機関、病院、学校、運転免許センター、携帯会社における市町村職員出張申請受付等の実施拡充",
                ),
            },
        ),
    ],
)
def test_the_measures_that_say_so_before_the_issue_whose_label_does(
    indexed: Settings, question: str, expected: set
) -> None:
    result = ask(indexed, question)
    assert result.answer.kind == "measures_worded", result.answer.message
    assert _lines(result) == expected


def test_an_issue_said_to_be_meant_keeps_all_its_measures(indexed: Settings) -> None:
    # 「…の課題の施策」: 3.5's three measures (lines 403-405)
    result = ask(indexed, "在留カードの一体化の課題の施策")
    assert result.answer.kind == "issue_measures", result.answer.message
    assert {line for line, _ in _lines(result)} == {403, 404, 405}


@pytest.mark.parametrize(
    ("question", "kind", "expected"),
    [
        ("セキュリティ関連の目標", "goals_worded", {(SEED_ID, "セキュリティが大きく向上する")}),
        (
            "目標のうちAPIに関するもの",
            "goals_worded",
            {(SEED_ID, "政府のAPI活用等により民間企業の生産性が向上する")},
        ),
    ],
)
def test_goals_said_otherwise(indexed: Settings, question: str, kind: str, expected: set) -> None:
    result = ask(indexed, question)
    assert result.answer.kind == kind, result.answer.message
    assert _goals(result) == expected


def test_items_by_a_verb_of_using(indexed: Settings) -> None:
    result = ask(indexed, "生体認証を活用する取組")
    assert result.answer.kind == "items_worded", result.answer.message
    assert _lines(result) == {(395, "スマホ格納の電子証明書の利用に当たり生体認証を活用する方策について検討")}


def test_the_issues_of_measures_in_two_places(indexed: Settings) -> None:
    # the 顔認証 bullet under 3.3 (line 394) and 4.3 (line 421)
    result = ask(indexed, "顔認証の施策はどの課題？")
    assert result.answer.kind == "issue_of_items", result.answer.message
    assert {r["number"].value for r in result.answer.rows} == {"3.3", "4.3"}


@needs_gif
def test_a_guidebook_named_loosely(indexed: Settings) -> None:
    # DS-410 「政府相互運用性フレームワーク（GIF） 全体編」: its five goals (lines 108, 126, 148, 194, 221)
    result = ask(indexed, "全体編の目的は何ですか")
    assert result.answer.kind == "goal_list_in_document", result.answer.message
    assert {row["document"].value for row in result.answer.rows} == {GIF_ID}
    assert len(result.answer.rows) == 5


def test_what_was_done_said_as_a_thing_done(indexed: Settings) -> None:
    # dated 3年5月 (2021-05) and not planned: lines 36, 44, 45 (two entries) and 46
    result = ask(indexed, "３年５月にやったこと")
    assert result.answer.kind == "period_done", result.answer.message
    assert sorted(int(r["line"].value) for r in result.answer.rows) == [36, 44, 45, 45, 46]


def test_issues_said_to_be_written_about_words(indexed: Settings) -> None:
    result = ask(indexed, "生体認証について書かれた課題")
    assert result.answer.kind == "issues_worded", result.answer.message
    assert [r["issueLabel"].value for r in result.answer.rows] == [
        "生体認証などの暗証番号に依存しない認証の仕組みの検討"
    ]


@pytest.mark.parametrize(
    ("question", "number"),
    [
        ("自治体等共通SaaS基盤の構築はどの課題に対応？", "1.1"),  # line 300
        ("「APIカタログ」って何の課題？", "1.2"),  # line 313
        ("相続登記の施策はどの課題", "2.5"),  # line 376
        # a progress update: 「国家公務員採用試験へのデジタル区分の追加」 in the row of 5.1 (line 89)
        ("デジタル区分の追加はどの課題の取組？", "5.1"),
    ],
)
def test_the_issue_of_what_the_words_name(indexed: Settings, question: str, number: str) -> None:
    result = ask(indexed, question)
    assert result.answer.kind == "issue_of_items", result.answer.message
    assert {r["number"].value for r in result.answer.rows} == {number}


def test_measures_by_words_counted(indexed: Settings) -> None:
    # 「マイナポイントの基盤の拡充・提供」 (line 425) and 「マイナポイント基盤の拡充・提供」 (line 473)
    result = ask(indexed, "マイナポイントに関する施策の数")
    assert result.answer.kind == "measures_worded_count", result.answer.message
    assert int(result.answer.rows[0]["count"].value) == 2


def test_items_by_words_are_measures_and_progress(indexed: Settings) -> None:
    # the law passed (line 36, a progress update) and the measure (line 361)
    result = ask(indexed, "公金受取口座に関する取組")
    assert result.answer.kind == "items_worded", result.answer.message
    assert {(line, r_type) for line, r_type in _typed(result)} == {(36, "取組状況"), (361, "施策")}


def _typed(result: AskResult) -> set[tuple[int, str]]:
    return {(int(r["line"].value), r["type"].value) for r in result.answer.rows}


@needs_gif
def test_a_middle_dot_is_no_part_of_the_words(indexed: Settings) -> None:
    # 「ワンス・オンリー」 (line 286) and DS-410's 「ワンスオンリー、ワンストップの実現」 (line 221)
    result = ask(indexed, "ワンスオンリーに関する目標")
    assert result.answer.kind == "goals_worded", result.answer.message
    assert {document for document, _ in _goals(result)} == {SEED_ID, GIF_ID}
    assert len(result.answer.rows) == 2


def test_no_goal_or_target_holds_the_words(indexed: Settings) -> None:
    assert not ask(indexed, "マイナンバーカードの交付率の目標").answer.understood


def test_issues_of_the_measures_that_say_words_no_issue_label_holds(indexed: Settings) -> None:
    # no issue's label says 顔認証; the measures of 3.3 (line 394) and 4.3 (line 421) do
    result = ask(indexed, "顔認証に関係する課題")
    assert result.answer.kind == "issue_of_items", result.answer.message
    assert {r["number"].value for r in result.answer.rows} == {"3.3", "4.3"}


def test_items_by_words_with_a_place_tie(indexed: Settings) -> None:
    # the law changed (line 62, progress) and the measures of lines 419-420
    result = ask(indexed, "郵便局での取組")
    assert result.answer.kind == "items_worded", result.answer.message
    assert _typed(result) == {(62, "取組状況"), (419, "施策"), (420, "施策")}


def test_a_target_figure_asked_for(indexed: Settings) -> None:
    result = ask(indexed, "オンライン資格確認の目標は何％")
    assert result.answer.kind == "targets_worded", result.answer.message
    assert _targets(result) == ONLINE_CHECK
    assert {r["value"].value for r in result.answer.rows} == {"60", "100"}  # 6割程度, 概ね全て


@pytest.mark.parametrize(
    ("question", "kind"), [("KPIってある？", "target_list"), ("緊急時の目標ってある？", "goals_worded")]
)
def test_whether_there_are_any_is_the_list(indexed: Settings, question: str, kind: str) -> None:
    result = ask(indexed, question)
    assert result.answer.kind == kind, result.answer.message
    assert result.answer.rows


def test_words_spaced_in_a_label_are_held(indexed: Settings) -> None:
    # 「A P I システム（「官民 A P I G W」）の構築…」 (line 432) holds API with its letters spaced
    result = ask(indexed, "ＡＰＩに関する施策")
    assert result.answer.kind == "measures_worded", result.answer.message
    assert {line for line, _ in _lines(result)} == {312, 313, 328, 432}


def test_measures_by_words_kept_to_a_document(indexed: Settings) -> None:
    # クラウド in the measures of lines 301, 348, 388, 405, 479 and 488
    result = ask(indexed, "フォローアップでクラウドに関する施策")
    assert result.answer.kind == "measures_worded_in_document", result.answer.message
    assert {line for line, _ in _lines(result)} == {301, 348, 388, 405, 479, 488}


@pytest.mark.parametrize("question", ["KPIどれ", "数値目標まとめて"])
def test_the_targets_asked_in_few_words(indexed: Settings, question: str) -> None:
    result = ask(indexed, question)
    assert result.answer.kind == "target_list", result.answer.message
    assert _targets(result) == TARGETS


@pytest.mark.parametrize(
    ("question", "kind", "lines"),
    [
        ("郵便局関連の施策", "measures_worded", {419, 420}),
        ("顔認証関係の取組", "items_worded", {394, 421}),
        ("在留カード一体化の施策", "measures_worded", {404}),
    ],
)
def test_words_tied_by_a_noun_of_relation(
    indexed: Settings, question: str, kind: str, lines: set[int]
) -> None:
    result = ask(indexed, question)
    assert result.answer.kind == kind, result.answer.message
    assert {line for line, _ in _lines(result)} == lines


@pytest.mark.parametrize(
    "question",
    ["今日はいい天気ですね", "KPIの意味は？", "目標を達成するためのアドバイス", "国の目標は何ですか"],
)
def test_not_questions_of_the_graph(indexed: Settings, question: str) -> None:
    assert not ask(indexed, question).answer.understood


def test_goals_by_words_kept_to_a_document(indexed: Settings) -> None:
    result = ask(indexed, "フォローアップの目標のうちセキュリティに関するもの")
    assert result.answer.kind == "goals_worded_in_document", result.answer.message
    assert _goals(result) == {(SEED_ID, "セキュリティが大きく向上する")}  # line 289


@pytest.mark.parametrize("question", ["課題3.1に関するKPI", "第1グループの取組"])
def test_a_number_is_not_dropped_from_the_words(indexed: Settings, question: str) -> None:
    # 「課題3.1」 read as 「課題」 alone would answer for any issue
    result = ask(indexed, question)
    assert result.answer.kind not in ("targets_worded", "items_worded"), result.answer.reading


def test_what_each_target_gives(indexed: Settings) -> None:
    result = ask(indexed, "マイナポータルに関するKPIの目標値")
    assert result.answer.kind == "targets_worded", result.answer.message
    assert _targets(result) == TARGETS - ONLINE_CHECK


def test_labels_holding_words_are_looked_through_once(indexed: Settings) -> None:
    """The labels of a class read once (kg.ask.labelled): the progress updates of lines 82-83 hold
    「ガバメントクラウド」; more labels than a query may list are refused, not cut."""
    from kg.ask.labelled import Labels, TooManyError
    from kg.store.reader import ReadStore

    store = ReadStore(indexed.data_dir)
    labels = Labels(store.select)
    held = labels.holding(("ProgressUpdate",), ["ガバメントクラウド"])
    assert (
        '"ガバメントクラウド先行事業の公募終了"@ja' in held
        or '"ガバメントクラウド先行事業の公募終了"' in held
    )
    assert len(held) >= 2
    # a label in lower case (line 312: 「…各種APIの開発・提供の推進」)
    named = {e.label for e in labels.named("Measure", ["api", "開発"])}
    assert "オープンデータ等を提供する各種APIの開発・提供の推進" in named
    with pytest.raises(TooManyError):
        Labels(store.select, max_bytes=100).holding(("Measure", "ProgressUpdate"), ["マイナンバー"])


@pytest.mark.parametrize("question", ["目標Cに関連する課題", "目標３についての課題", "施策5はどの課題？"])
def test_a_class_word_with_a_label_is_not_read_as_words(indexed: Settings, question: str) -> None:
    # the report's goals (lines 280-290) are bullets with no letter or number, and no measure is
    # called 施策5: the label names nothing, and the class's word alone (「目標」 is in many labels)
    # is not what was asked about
    result = ask(indexed, question)
    assert not result.answer.understood and result.answer.rows == [], result.answer.kind
