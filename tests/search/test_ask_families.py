"""Families of paraphrases, each varying one way a question can be said that its readers had not
written a pattern for: the verb of the relation (基づく, 依拠する, 伴う, 準拠した, 受け持つ, 管轄する …),
the noun of the class asked for (施策, 取組, 対応, 措置, 事業, アクション; 課題, 問題, 論点; 進捗,
取組状況, 実施状況, フォローアップ), the order of the parts (「施策のうち…に基づくもの」), the ending
(は, を教えて, を知りたい, の一覧, はどれ, はありますか, はいくつ, 何件), politeness, full and half
width, and names abbreviated.

The expected answers are the sets :mod:`tests.search.test_ask` reads from the seed report (line
numbers are its lines): a law's entries (the status rows that name it), an agency's entries, an
issue's status row in date order, an issue's measures in part III, the issues no status row reports
on.  The questions that must stay out change the answer with a word (a negation, a figure the graph
does not hold) and must not be read as the question next to them.
"""

from __future__ import annotations

import pytest

from kg.settings import Settings
from search.ask import AskResult, answer_question
from tests.search.test_ask import (
    DIGITAL_AGENCY,
    DIGITAL_AGENCY_MEASURES,
    IMPROVEMENT_ACT,
    ISSUE_1_3,
    ISSUE_3_2,
    ISSUE_4_3,
    ISSUE_5_4,
    J_LIS,
    J_LIS_MEASURES,
    JPKI_ACT,
    JPKI_MEASURES,
    LIFTED_MEASURES,
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
    REFORM_ACTS,
    REFORM_ISSUES,
    REFORM_MEASURES,
    STANDARDIZATION_ACT,
    STANDARDIZATION_MEASURES,
    as_asked,
    items,
    same_items,
    seed_rows,
)

_NOUNS = ["施策", "取組", "取り組み", "対応", "措置", "事業", "アクション", "施策・取組", "対策", "取組み"]
_ENDS = [
    "",
    "は",
    "は？",
    "を教えて",
    "を知りたい",
    "の一覧",
    "を一覧で",
    "はどれ",
    "はありますか",
    "を教えてください",
    "を一覧で見せて",
    "はどれですか",
]


def _rotate(stems: list[str], name: str) -> list[str]:
    """``name`` + each stem, with the class nouns and the endings taken in turn."""
    return [f"{name}{stem}{_NOUNS[i % len(_NOUNS)]}{_ENDS[i % len(_ENDS)]}" for i, stem in enumerate(stems)]


# The verbs and phrases of "rests on a law", each said of デジタル改革関連法.
LAW_VERBS = [
    "に基づく",
    "に依拠する",
    "を根拠とする",
    "に関係する",
    "に関連する",
    "に係る",
    "に伴う",
    "を踏まえた",
    "に沿った",
    "を受けた",
    "による",
    "に関わる",
    "に準拠した",
    "に係わる",
    "に基づき実施される",
    "と関わりのある",
    "に立脚した",
    "を法的根拠とする",
    "に即した",
    "に則した",
    "に基づいて進められる",
    "に依拠している",
    "を根拠にしている",
    "と関連のある",
]
# Other laws, each by the name staff use for it.
OTHER_LAWS = [
    ("番号法に準拠した施策", MY_NUMBER_MEASURES),
    ("マイナンバー法に伴う取組は？", MY_NUMBER_ACT),
    ("番号利用法と関係のある対応を教えて", MY_NUMBER_ACT),
    ("標準化法に立脚した取組", STANDARDIZATION_ACT),
    ("標準化法を受けた措置の一覧", STANDARDIZATION_MEASURES),
    ("標準化法に係わる事業はありますか", STANDARDIZATION_MEASURES),
    ("公的個人認証法に即した施策", JPKI_MEASURES),
    ("公的個人認証法を法的根拠とする取組を知りたい", JPKI_ACT),
    ("整備法を踏まえた取組", IMPROVEMENT_ACT),
    ("デジタル社会形成整備法に沿った対応はどれ", IMPROVEMENT_ACT),
]
# The parts in another order: the class first, the law in a clause after it.
LAW_ORDER = [
    "施策のうちデジタル改革関連法に基づくもの",
    "取組の中でデジタル改革関連法に関係するもの",
    "施策で、デジタル改革関連法に依拠しているもの",
    "デジタル改革関連法に基づいているのはどの施策",
    "どの取組がデジタル改革関連法に関連していますか",
    "デジタル改革関連法が根拠になっている取組",
    "デジタル改革関連法を根拠とした取組にはどんなものがある？",
    "取組のうち、デジタル改革関連法を踏まえたもの",
]
# Politeness, width and abbreviations.
LAW_SAID = [
    "デジタル改革関連法に基づく施策を教えていただけますか",
    "デジタル改革関連法に基づく施策をお願いします",
    "ﾃﾞｼﾞﾀﾙ改革関連法に基づく施策",
    "デジタル改革関連６法に依拠する取組",
    "デジタル改革関連法に基づく施策を知りたいです",
    "デジタル改革関連法に基づく取組を全部",
]

# The verbs of "an agency does or is involved in", each said of 総務省.
AGENCY_VERBS = [
    "が担当する",
    "が所管する",
    "が関与する",
    "が関わる",
    "が携わる",
    "が実施する",
    "が行う",
    "が進める",
    "が取り組む",
    "が手がける",
    "が担う",
    "が推進する",
    "が受け持つ",
    "が管轄する",
    "が主管する",
    "が実施している",
    "の担当する",
    "の所管している",
    "が担当している",
    "が関与している",
]
AGENCY_SAID = [
    ("J-LISが受け持つ施策", J_LIS_MEASURES),
    ("地方公共団体情報システム機構の関与する取組", J_LIS),
    ("Ｊ－ＬＩＳが携わる事業を教えて", J_LIS_MEASURES),
    ("JLISが管轄する取組", J_LIS),
    ("法務省が手がける施策", set()),
    ("法務省が関与している取組を知りたい", MOJ),
    ("法務省が受け持つ対応はありますか", MOJ),
    ("施策のうち総務省が担当するもの", MIC_MEASURES),
    ("取組で総務省が関わるもの", MIC),
    ("総務省担当の施策", MIC_MEASURES),
    ("総務省による取組", MIC),
    ("総務省が担当しているのはどの施策", MIC_MEASURES),
    ("総務省が所管している事業の一覧", MIC_MEASURES),
    ("デジタル庁が管轄する取組", DIGITAL_AGENCY),
    ("デジタル庁が受け持っている施策", DIGITAL_AGENCY_MEASURES),
    ("ﾃﾞｼﾞﾀﾙ庁が担当する施策", DIGITAL_AGENCY_MEASURES),
]

# The words for progress, each said of 課題3.2; and the issue written in other ways.
PROGRESS_NOUNS = [
    "進捗",
    "進捗状況",
    "取組状況",
    "実施状況",
    "フォローアップ状況",
    "進み具合",
    "経過",
    "対応状況",
    "最新状況",
    "取り組み状況",
    "進行状況",
    "進捗報告",
    "フォローアップ",
    "進展状況",
]
_PROGRESS_FORMS = ["課題3.2の{}", "課題3.2に関する{}は？", "課題3.2についての{}を教えて", "課題３．２の{}"]
PROGRESS_SAID = [
    ("課題1.3の実施状況", ISSUE_1_3),
    ("課題4.3の対応状況を知りたい", ISSUE_4_3),
    ("課題5.4に関する取組状況", ISSUE_5_4),
    ("課題4.3のフォローアップ状況は？", ISSUE_4_3),
    ("課題5.4の進捗を時系列で", ISSUE_5_4),
    ("課題1.3の進展状況", ISSUE_1_3),
    ("課題3-2の進捗", ISSUE_3_2),
    ("3.2番の課題の進捗", ISSUE_3_2),
    ("課題番号3.2の進捗状況", ISSUE_3_2),
    ("課題3.2について進捗を教えて", ISSUE_3_2),
]

# The nouns for an issue's measures.
MEASURE_NOUNS = ["施策", "措置", "対策", "解決策", "具体策", "対応策", "取組方針", "方策"]
MEASURES_SAID = [
    ("課題2.3の施策は？", MEASURES_2_3),
    ("課題2.3の対策を教えて", MEASURES_2_3),
    ("課題2.3に対する措置", MEASURES_2_3),
    ("課題2.3の具体策の一覧", MEASURES_2_3),
    ("課題2.3を解決するための施策", MEASURES_2_3),
]

# Issues by a law or an agency, the issue said as 課題, 問題 or 論点.
ISSUES_SAID = [
    ("デジタル改革関連法に関係する課題", REFORM_ISSUES),
    ("デジタル改革関連法に関連する問題", REFORM_ISSUES),
    ("デジタル改革関連法が関わる課題は？", REFORM_ISSUES),
    ("デジタル改革関連法と関係のある課題", REFORM_ISSUES),
    ("デジタル改革関連法に係る課題の一覧", REFORM_ISSUES),
    ("デジタル改革関連法が絡む課題", REFORM_ISSUES),
    ("デジタル改革関連法と関わりのある課題を教えて", REFORM_ISSUES),
    ("デジタル改革関連法に関連する論点", REFORM_ISSUES),
    ("総務省が担当する課題", {"2.2", "1.3"}),
    ("総務省の関わる問題", {"2.2", "1.3"}),
    ("総務省が所管する課題はどれ", {"2.2", "1.3"}),
    ("J-LISが関与している課題", {"1.3", "3.4"}),
    ("J-LISが携わる課題を教えて", {"1.3", "3.4"}),
    ("J-LISが受け持つ課題", {"1.3", "3.4"}),
]
# The issues no status row reports on.
NO_PROGRESS_SAID = [
    "進捗が無い課題",
    "取組状況の記載がない課題",
    "実施状況の報告がない課題",
    "フォローアップのない課題",
    "進捗未報告の課題",
    "進捗が記載されていない課題",
    "取組状況が書かれていない課題",
    "進捗の報告がない課題",
    "取組状況がまだない課題はどれ",
    "進捗なしの課題の一覧",
    "取り組み状況が載っていない課題",
    "進捗報告が無い課題を教えて",
    "実施状況が報告されていない課題",
    "進捗が一件もない課題",
]
# Planned in FY2022.
PLANNED_SAID = [
    "令和4年度に実施予定の対応",
    "令和4年度に予定している施策",
    "令和4年度予定の事業",
    "2022年度に実施が予定されている施策",
    "令和4年度に行われる予定の取組",
    "令和４年度の予定の取組",
    "FY2022に予定されている施策",
    "令和4年度に計画されている施策",
    "令和4年度に予定されている措置",
    "令和4年度に予定されている取組を教えて",
]


def _law_items() -> list[tuple[str, set[tuple[int, str]]]]:
    return (
        [(q, as_asked(q, REFORM_ACTS, REFORM_MEASURES)) for q in _rotate(LAW_VERBS, "デジタル改革関連法")]
        + OTHER_LAWS
        + [(q, as_asked(q, REFORM_ACTS, REFORM_MEASURES)) for q in LAW_ORDER + LAW_SAID]
    )


def _agency_items() -> list[tuple[str, set[tuple[int, str]]]]:
    return [(q, as_asked(q, MIC, MIC_MEASURES)) for q in _rotate(AGENCY_VERBS, "総務省")] + AGENCY_SAID


def _progress() -> list[tuple[str, list[tuple[int, str]]]]:
    forms = [_PROGRESS_FORMS[i % len(_PROGRESS_FORMS)].format(n) for i, n in enumerate(PROGRESS_NOUNS)]
    return [(q, ISSUE_3_2) for q in forms] + PROGRESS_SAID


def _measures() -> list[tuple[str, set[tuple[int, str]]]]:
    return [(f"課題3.2の{n}", MEASURES_3_2) for n in MEASURE_NOUNS] + MEASURES_SAID


ITEM_FAMILIES = (
    _law_items()
    + _agency_items()
    + _measures()
    + [(q, as_asked(q, PLANNED_FY2022, PLANNED_FY2022_MEASURES)) for q in PLANNED_SAID]
)
PROGRESS_FAMILIES = _progress()
ISSUE_FAMILIES = ISSUES_SAID + [(q, NO_PROGRESS) for q in NO_PROGRESS_SAID]
# Counts: the list's entries counted, whatever the count is called.
COUNT_FAMILIES = [
    ("デジタル改革関連法に基づく施策はいくつ", "デジタル改革関連法に基づく施策"),
    ("デジタル改革関連法に依拠する取組は何件", "デジタル改革関連法に基づく取組"),
    ("デジタル改革関連法に関係する施策の数", "デジタル改革関連法に基づく施策"),
    ("総務省が担当する施策の件数", "総務省が担当する施策"),
    ("総務省が受け持つ取組は何件ありますか", "総務省が担当する取組"),
    ("進捗のない課題はいくつ", "進捗のない課題"),
    ("取組状況の記載がない課題の数", "進捗のない課題"),
    ("課題3.2の施策は何件", "課題3.2の施策"),
]
# Near the questions above, but a word changes what is asked: not to be read as them.
KEPT_OUT = [
    "デジタル改革関連法に基づかない施策",
    "総務省が担当しない施策",
    "デジタル改革関連法に基づく施策の予算",
    "総務省が担当する施策の担当者",
    "課題3.2の進捗の理由",
    "デジタル改革関連法を廃止する施策",
    "総務省以外が担当する施策",
    "デジタル改革関連法に基づく施策の問題点",
    "総務省の職員数",
    "課題3.2の予算",
]


def ask(settings: Settings, question: str) -> AskResult:
    return answer_question(settings, question, limit=1000)


def _stated(result: AskResult, expected: set[tuple[int, str]]) -> list[tuple[int, str]]:
    """The entries found, less the measures lifted from a law's entries (see test_ask)."""
    lifted = LIFTED_MEASURES.get(frozenset(expected), set())
    lines = {n for n, _ in expected}
    return [(n, label) for n, label in items(result) if n not in lifted or n in lines]


def check_items(indexed: Settings, question: str, expected: set[tuple[int, str]]) -> None:
    result = ask(indexed, question)
    assert result.answer.understood, (question, result.answer.message)
    assert same_items(_stated(result, expected), expected), (question, items(result))


def check_progress(indexed: Settings, question: str, expected: list[tuple[int, str]]) -> None:
    result = ask(indexed, question)
    assert result.answer.kind == "issue_progress", (question, result.answer.message)
    found = items(result)
    assert same_items(found, expected), (question, found)
    assert expected[0][1] in found[0][1]  # oldest first


def check_issues(indexed: Settings, question: str, expected: set[str]) -> None:
    result = ask(indexed, question)
    assert result.answer.understood, (question, result.answer.message)
    assert sorted(row["number"] for row in seed_rows(result)) == sorted(expected)


def check_count(indexed: Settings, question: str, listed: str) -> None:
    result, listing = ask(indexed, question), ask(indexed, listed)
    assert result.answer.understood, (question, result.answer.message)
    [row] = result.answer.rows
    keys = {"item", "issue"}
    wanted = {str(r[k].value) for r in listing.answer.rows for k in keys if k in r}
    assert int(row["count"].value) == len(wanted)


def check_kept_out(indexed: Settings, question: str) -> None:
    result = ask(indexed, question)
    assert not result.answer.understood, (question, result.answer.kind)


@pytest.mark.parametrize(("question", "expected"), ITEM_FAMILIES)
def test_item_families(indexed: Settings, question: str, expected: set[tuple[int, str]]) -> None:
    check_items(indexed, question, expected)


@pytest.mark.parametrize(("question", "expected"), PROGRESS_FAMILIES)
def test_progress_families(indexed: Settings, question: str, expected: list[tuple[int, str]]) -> None:
    check_progress(indexed, question, expected)


@pytest.mark.parametrize(("question", "expected"), ISSUE_FAMILIES)
def test_issue_families(indexed: Settings, question: str, expected: set[str]) -> None:
    check_issues(indexed, question, expected)


@pytest.mark.parametrize(("question", "listed"), COUNT_FAMILIES)
def test_count_families(indexed: Settings, question: str, listed: str) -> None:
    check_count(indexed, question, listed)


@pytest.mark.parametrize("question", KEPT_OUT)
def test_near_questions_kept_out(indexed: Settings, question: str) -> None:
    check_kept_out(indexed, question)
