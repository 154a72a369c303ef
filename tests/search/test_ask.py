"""Questions in Japanese answered from the sample corpus's graph, or searched as text.

Each phrasing's expected answer was written by reading the seed report
(corpus/digital-wg-followup-2021-10-22.txt; line numbers are its lines): the ✓
entries and ・ bullets that name the law or agency, the status-table rows under
each numbered issue, the dates in brackets.  Where a set is large (everything
done in 2021, every measure without a law) it comes from a plain query of the
graph filtered in Python here, written without the templates.
"""

from __future__ import annotations

import shutil
from collections import Counter

import pytest

from kg.settings import Settings
from kg.store.reader import ReadStore
from search.ask import AskResult, answer_question
from tests.conftest import SEED, SEED_ID, settings_for

# ---------------------------------------------------------------------------
# expectations read from the seed report: (line, words of the entry)

REFORM_ACTS = {
    (25, "デジタル社会形成整備法によるJ-LISに対する国のガバナンスの強化"),
    (35, "療育手帳のマイナンバーによる情報連携の法制上の措置"),
    (36, "公金受取口座登録法及び預貯金口座個人番号利用申出法の成立"),
    (45, "電子証明書のスマートフォンへの搭載について法改正を実施"),
    (54, "32の国家資格に関するマイナンバー法等の法律改正"),
    (62, "郵便局における電子証明書の発行・更新等の可能化について法改正を実施"),
    (75, "地方公共団体情報システムの標準化に関する法律の制定"),
}
# The entries that report an amendment made by the bundle (法改正 / 法律改正 with （デジタル改革関連法）).
REFORM_AMENDMENTS = {
    (45, "電子証明書のスマートフォンへの搭載について法改正を実施"),
    (54, "32の国家資格に関するマイナンバー法等の法律改正"),
    (62, "郵便局における電子証明書の発行・更新等の可能化について法改正を実施"),
}
MY_NUMBER_ACT = {(54, "32の国家資格に関するマイナンバー法等の法律改正")}
JPKI_ACT = {(46, "公的個人認証法改正（3年5月）")}
IMPROVEMENT_ACT = {(25, "デジタル社会形成整備法によるJ-LISに対する国のガバナンスの強化")}
PRIVACY_ACT = {(456, "個人情報保護法制の見直し")}
STANDARDIZATION_ACT = {(75, "地方公共団体情報システムの標準化に関する法律の制定")}
ACCOUNT_ACT = {(36, "公金受取口座登録法及び預貯金口座個人番号利用申出法の成立")}
J_LIS = {
    (25, "デジタル社会形成整備法によるJ-LISに対する国のガバナンスの強化"),
    (319, "地方公共団体情報システム機構（J-LIS）を国と地方公共団体が共同で管理する法人へ転換"),
    (399, "J-LISから民間事業者等の署名検証者に"),
}
MIC = {
    (35, "総務省・マイナンバー室(現デジタル庁)より、情報連携の活用状況等の調査の実施"),
    (319, "地方公共団体情報システム機構（J-LIS）を国と地方公共団体が共同で管理する法人へ転換"),
}
DIGITAL_AGENCY = {
    (35, "総務省・マイナンバー室(現デジタル庁)より"),
    (89, "デジタル庁の設置（3年9月）"),
    (90, "令和3年度予算から①デジタル庁システム"),
    (319, "デジタル庁と総務省で共管"),
    (448, "強力な司令塔機能を有するデジタル庁の設置"),
    (452, "政府情報システムの3類型化とデジタル庁による統括・監理"),
    (452, "デジタル庁への予算一括計上の推進"),
    # chaired by デジタル審議官, an official of デジタル庁 (the entry names the official, not the body)
    (76, "関係府省会議（議長：デジタル審議官"),
}
LEGISLATIVE_COUNCIL = {(28, "法制審議会に諮問（3年9月）")}
# 法務省's own entry (line 27) and that of its council, 法制審議会 (line 28): an agency answers for its
# offices and councils.
MOJ = {(27, "読み仮名に係る法務省の検討状況を踏まえたカード券面記載事項のあり方の検討")} | LEGISLATIVE_COUNCIL
ANRE = {(98, "電力データ活用については、持続可能な電力システム構築小委員会において")}
# 施策 alone is the measures (the bullets of part II), not the status-table rows: a law's measures are
# those whose rows cite it (the rows of lines 25 … 75 report on the bullets of their issue; see
# tests/gold/digital-wg-followup-2021-10-22/depends_on_law_items.tsv) or that name it themselves (456).
REFORM_MEASURES = {
    (319, "地方公共団体情報システム機構（J-LIS）を国と地方公共団体が共同で管理する法人へ転換"),  # row 25
    (357, "療育手帳の交付事務などにおけるマイナンバーの利用・情報連携"),  # row 35
    (361, "公金受取口座の登録・利用の仕組みの創設"),  # row 36
    (362, "預貯金付番を円滑に進める仕組み"),  # row 36
    (387, "マイナンバーカードの機能（電子証明書）のスマートフォンへの搭載の実現"),  # row 45
    (405, "その他の国家資格証のデジタル化"),  # row 54
    (419, "郵便局における電子証明書の発行・更新等の可能化"),  # row 62
    (436, "標準仕様の策定"),  # row 75
    (437, "標準仕様に準拠したシステムの利用"),  # row 75
}
MY_NUMBER_MEASURES = {(405, "その他の国家資格証のデジタル化")}
JPKI_MEASURES = {(399, "J-LISから民間事業者等の署名検証者に")}  # row 46 (課題3.4)
IMPROVEMENT_MEASURES = {
    (319, "地方公共団体情報システム機構（J-LIS）を国と地方公共団体が共同で管理する法人へ転換")
}
STANDARDIZATION_MEASURES = {(436, "標準仕様の策定"), (437, "標準仕様に準拠したシステムの利用")}
ACCOUNT_MEASURES = {(361, "公金受取口座の登録・利用の仕組みの創設")}
# The measures that name an agency (its rows are progress updates): J-LIS at 319 and 399, 総務省 at 319,
# デジタル庁 at 319, 448 and the two of 452; none names 法務省, its council or 資源エネルギー庁.
J_LIS_MEASURES = {
    (319, "地方公共団体情報システム機構（J-LIS）を国と地方公共団体が共同で管理する法人へ転換"),
    (399, "J-LISから民間事業者等の署名検証者に"),
}
MIC_MEASURES = {(319, "デジタル庁と総務省で共管")}
DIGITAL_AGENCY_MEASURES = {
    (319, "デジタル庁と総務省で共管"),
    (448, "強力な司令塔機能を有するデジタル庁の設置"),
    (452, "政府情報システムの3類型化とデジタル庁による統括・監理"),
    (452, "デジタル庁への予算一括計上の推進"),
}
# 課題3.1's bullet planned for the end of 2022 (「2022年末を目指し」), the one measure dated in FY2022
PLANNED_FY2022_MEASURES = {(383, "2022年末を目指し実現")}


def as_asked(
    question: str, both: set[tuple[int, str]], measures: set[tuple[int, str]]
) -> set[tuple[int, str]]:
    """The measures where ``question`` asks for 施策 (or 対策, 措置, 事業, a plan's アクション: the things
    to be done) and no other class (no 取組, 進捗, 対応 …), else the entries of both classes."""
    others = ("取組", "取り組", "進捗", "状況", "対応")
    asked = any(w in question for w in ("施策", "アクション", "措置", "事業", "対策"))
    return measures if asked and not any(w in question for w in others) else both


# 課題3.2 (カード機能の抜本的改善): the row at line 45, oldest date first.
ISSUE_3_2 = [
    (45, "マイナンバーカード機能のスマートフォン搭載等に関する検討会における検討（2年11月～）"),
    (45, "電子証明書のスマートフォンへの搭載について法改正を実施（デジタル改革関連法）（3年5月）"),
    (45, "マイナンバーカード機能のスマートフォン搭載に関する技術検証の実施（3年5月～）"),
]
ISSUE_1_3 = [
    (25, "デジタル社会形成整備法によるJ-LISに対する国のガバナンスの強化（3年9月施行）"),
    (25, "代表者会議委員に国の委員の選出、中期目標の策定・中期計画の認可（3年9月）"),
]
# 課題4.3: the row at line 62; the two dated entries come first, in date order.
ISSUE_4_3 = [
    (62, "運転免許センターでの出張申請受付等の実施（3府県4市）（3年2月～3月）"),
    (62, "金融機関、学校、携帯会社について、所管官庁と連名で出張申請受付"),
    (62, "郵便局における電子証明書の発行・更新等の可能化について法改正を実施"),
    (62, "コンビニにおけるカードの暗証番号初期化等の対応についてシステム設計・開発の実施"),
]
ISSUE_5_4 = [
    (28, "「氏名の読み仮名の法制化に関する研究会」において、戸籍における読み仮名の法制化を検討（～3年7月）"),
    (28, "法制審議会に諮問（3年9月）され、専門部会において氏名の読み仮名の法制化について調査審議を実施"),
]
MEASURES_3_2 = {
    (387, "マイナンバーカードの機能（電子証明書）のスマートフォンへの搭載の実現"),
    (388, "電子証明書を扱うシステムのクラウド利用の可能化"),
    (389, "レベルに応じた認証の推進"),
    (390, "民間IDとマイナンバーカード電子証明書との紐づけの推奨"),
}
MEASURES_2_3 = {
    (361, "公金受取口座の登録・利用の仕組みの創設"),
    (362, "預貯金付番を円滑に進める仕組み"),
    (363, "A T Mによる口座振込"),
}
# Dates in FY2022 (April 2022 to March 2023) that the report marks 予定 or that lie after its date.  A date
# that runs on (「4年1月～予定」) is planned for the month it starts: line 34's three entries planned from
# January and February 2022 belong to FY2021, not here.
PLANNED_FY2022 = {
    (35, "児童手当について、情報連携等の活用による現況届"),  # 4年6月施行
    (89, "国家公務員採用試験へのデジタル区分の追加（令和4年度実施試験から）"),
    (90, "③各府省システムの経費について令和4年度概算要求から一括計上"),
    (383, "2022年末を目指し実現"),
}
# The issues of the status rows that name the bundle or one of its acts (lines 25 … 75).
REFORM_ISSUES = {"1.3", "2.2", "2.3", "3.2", "3.5", "4.3", "4.6"}
# Issues no status-table row reports on: the rows cover 1.3 1.4 1.7 2.1-2.5 3.1 3.2 3.4 3.5
# 4.1-4.4 4.6 4.7 5.1 5.2 5.4 5.6 6.1 6.2.
NO_PROGRESS = {"1.1", "1.2", "1.5", "1.6", "3.3", "4.5", "5.3", "5.5", "5.7", "6.3"}
# Issues per theme in part II: 1.1-1.7, 2.1-2.5, 3.1-3.5, 4.1-4.7, 5.1-5.7, 6.1-6.3.
ISSUES_PER_THEME = {"1": 7, "2": 5, "3": 5, "4": 7, "5": 7, "6": 3}


def ask(settings: Settings, question: str) -> AskResult:
    return answer_question(settings, question)


def seed_rows(result: AskResult) -> list[dict[str, str]]:
    return [
        {k: c.value for k, c in row.items()}
        for row in result.answer.rows
        if row.get("document") is None or row["document"].value == SEED_ID
    ]


def items(result: AskResult) -> list[tuple[int, str]]:
    """(line, label) of each distinct item the answer lists from the seed report, in order."""
    seen: dict[str, tuple[int, str]] = {}
    for row in seed_rows(result):
        seen.setdefault(row.get("item") or row.get("issue", ""), (int(row.get("line", 0)), row["itemLabel"]))
    return list(seen.values())


def same_items(found: list[tuple[int, str]], expected: set[tuple[int, str]] | list[tuple[int, str]]) -> bool:
    """Every expected entry is found once (same line, label containing its words), and nothing else."""
    if Counter(line for line, _ in found) != Counter(line for line, _ in expected):
        return False
    return all(
        sum(1 for fl, label in found if fl == line and words in label) == 1 for line, words in expected
    )


ITEM_QUESTIONS = [
    # which measures / progress updates depend on a law (members of a bundle count for it)
    ("デジタル改革関連法に基づく施策は？", REFORM_MEASURES),
    ("デジタル改革関連法に基づく施策", REFORM_MEASURES),
    ("デジタル改革関連法 基づく施策", REFORM_MEASURES),
    ("デジタル改革関連法基づく施策", REFORM_MEASURES),
    ("デジタル改革関連法に関係する取組を教えてください", REFORM_ACTS),
    ("デジタル改革関連法に基づいている取組はありますか", REFORM_ACTS),
    ("デジタル改革関連法に関連する取組状況", REFORM_ACTS),
    ("デジタル改革関連６法に基づく施策", REFORM_MEASURES),
    ("デジタル改革関連法の施策一覧", REFORM_MEASURES),
    ("デジタル改革関連法を根拠とする施策を見せて", REFORM_MEASURES),
    ("Digital Reform Actsに基づく施策", REFORM_MEASURES),
    ("デジタル改革関連法に基づいて行われている施策は？", REFORM_MEASURES),
    ("デジタル改革関連法が根拠の施策", REFORM_MEASURES),
    ("デジタル改革関連法関連の施策", REFORM_MEASURES),
    ("どの施策がデジタル改革関連法に基づいていますか", REFORM_MEASURES),
    ("デジタル改革関連法に基づく取り組みを一覧にして", REFORM_ACTS),
    ("番号法の改正に関する取組", MY_NUMBER_ACT),
    ("デジタル改革関連法を根拠にしている施策", REFORM_MEASURES),
    ("デジタル改革関連法で措置された取組", REFORM_ACTS),
    ("デジタル改革関連法によって実現した施策", REFORM_MEASURES),
    ("デジタル改革関連法の関連施策", REFORM_MEASURES),
    ("マイナンバー法に基づく施策", MY_NUMBER_MEASURES),
    ("番号法に関係する取組", MY_NUMBER_ACT),
    ("番号利用法に基づく取組は？", MY_NUMBER_ACT),
    ("マイナンバー法を改正した取組", MY_NUMBER_ACT),
    ("ﾏｲﾅﾝﾊﾞｰ法に基づく施策", MY_NUMBER_MEASURES),
    ("公的個人認証法を改正した取組", JPKI_ACT),
    ("公的個人認証法に基づく施策は何ですか", JPKI_MEASURES),
    ("電子署名等に係る地方公共団体情報システム機構の認証業務に関する法律に基づく施策", JPKI_MEASURES),
    ("デジタル社会形成整備法に基づく施策", IMPROVEMENT_MEASURES),
    ("整備法による取組", IMPROVEMENT_ACT),
    ("個人情報保護法に関係する施策", PRIVACY_ACT),
    ("標準化法に基づく取組", STANDARDIZATION_ACT),
    ("公金受取口座登録法に基づく取組です", ACCOUNT_ACT),
    # a law's name with 関係 / 関連 and nothing else: what rests on it
    ("標準化法関連", STANDARDIZATION_ACT),
    ("公金受取口座登録法関係", ACCOUNT_ACT),
    # a law's or an agency's name alone: what rests on it, what it is involved in
    ("デジタル改革関連法", REFORM_ACTS),
    ("「公金受取口座登録法」", ACCOUNT_ACT),
    ("J-LIS", J_LIS),
    ("総務省", MIC),
    ("デジタル庁について", DIGITAL_AGENCY),
    # 「（全文書）」: every document, as any question not kept to one
    ("J-LISが関わる取組（全文書）", J_LIS),
    ("デジタル改革関連法に基づく施策(すべての文書)", REFORM_MEASURES),
    # which entries amend a law: only those that say 改正 (enactments such as line 36 or 75 do not)
    ("デジタル改革関連法で改正した取組", REFORM_AMENDMENTS),
    ("デジタル改革関連法による法改正の取組", REFORM_AMENDMENTS),
    ("どの取組がデジタル改革関連法で法改正した？", REFORM_AMENDMENTS),
    ("番号法を改正した施策は？", set()),  # no measure says 改正 (the row at line 54 does)
    ("公的個人認証法改正に関する取組", JPKI_ACT),
    # what an agency does or is involved in
    ("J-LISが関わる取組", J_LIS),
    ("J-LISが関わる取組は？", J_LIS),
    ("JLISの施策", J_LIS_MEASURES),
    ("地方公共団体情報システム機構が関与する施策", J_LIS_MEASURES),
    ("Ｊ－ＬＩＳが担当する施策", J_LIS_MEASURES),
    ("j-lisに関係する取組を教えて", J_LIS),
    ("J-LISは何をしている？", J_LIS),
    ("J-LISに関する取組", J_LIS),
    ("総務省の担当施策", MIC_MEASURES),
    ("総務省所管の施策", MIC_MEASURES),
    ("J-LISに関連する施策", J_LIS_MEASURES),
    ("デジタル庁の取り組みについて教えて", DIGITAL_AGENCY),
    ("総務省が担当する施策", MIC_MEASURES),
    ("総務省の取組", MIC),
    ("総務省が関わっている施策を教えてください。", MIC_MEASURES),
    ("デジタル庁が関わる取組", DIGITAL_AGENCY),
    ("デジタル庁が担当している施策は", DIGITAL_AGENCY_MEASURES),
    ("法務省が関わる取組", MOJ),
    # a unit of 法務省 in brackets, which the graph does not know: 法務省's own entry, not its council's
    ("法務省（民事局）が関わる取組", MOJ - LEGISLATIVE_COUNCIL),
    ("法制審議会が関わる取組", LEGISLATIVE_COUNCIL),
    ("エネ庁が関わる取組", ANRE),
    ("資源エネルギー庁の取組", ANRE),
    ("厚労省が関わる施策", set()),  # named only outside the items (lines 241, 262)
    # an issue's measures
    ("課題3.2の施策", MEASURES_3_2),
    ("課題３．２に関する施策は？", MEASURES_3_2),
    ("課題2.3の施策", MEASURES_2_3),
    # planned in a period (年度 = April to March; a bare era year in the era of the latest document)
    ("令和4年度に予定されている施策", PLANNED_FY2022_MEASURES),
    ("令和４年度に予定されている取組は？", PLANNED_FY2022),
    ("R4年度に予定されている施策", PLANNED_FY2022_MEASURES),
    ("2022年度に予定されている施策", PLANNED_FY2022_MEASURES),
    ("4年度に予定されている施策", PLANNED_FY2022_MEASURES),
    ("令和4年度の予定の施策", PLANNED_FY2022_MEASURES),
    ("令和4年度に実施予定の取組", PLANNED_FY2022),
    ("令和4年度予定の施策", PLANNED_FY2022_MEASURES),
    ("令和4年度に何が予定されている？", PLANNED_FY2022),
    ("令和4年度中に予定されている施策", PLANNED_FY2022_MEASURES),
]


# The measures a reader gives each law through the entries that report on them (lifted links;
# tests/gold/digital-wg-followup-2021-10-22/depends_on_law_items.tsv): a law's answer lists the
# entries above and may add only these.  Which of them the extractor finds is scored by
# `policykg eval` (dependsOnLaw Measure), not here.
LIFTED_MEASURES = {
    frozenset(REFORM_ACTS): {319, 357, 361, 362, 387, 405, 419, 436, 437},
    frozenset(MY_NUMBER_ACT): {405},
    frozenset(JPKI_ACT): {399},
    frozenset(IMPROVEMENT_ACT): {319},
    frozenset(STANDARDIZATION_ACT): {436, 437},
    frozenset(ACCOUNT_ACT): {361},
}


@pytest.mark.parametrize(("question", "expected"), ITEM_QUESTIONS)
def test_items_answer(indexed: Settings, question: str, expected: set[tuple[int, str]]) -> None:
    result = ask(indexed, question)
    assert result.answer.understood, result.answer.message
    assert result.fallback is None and result.answer.sparql
    found = items(result)
    lifted = LIFTED_MEASURES.get(frozenset(expected), set())
    stated = [
        (line, label) for line, label in found if line not in lifted or line in {n for n, _ in expected}
    ]
    assert same_items(stated, expected), (found, expected)


ORDERED_QUESTIONS = [
    ("課題3.2の進捗", ISSUE_3_2),
    ("課題3.2の進捗は？", ISSUE_3_2),
    ("課題３．２の進捗状況を教えてください", ISSUE_3_2),
    ("課題 3.2 の取組状況", ISSUE_3_2),
    ("3.2の課題の進捗", ISSUE_3_2),
    ("課題3.2はどこまで進んでいる？", ISSUE_3_2),
    ("課題3.2はどうなっている？", ISSUE_3_2),
    ("3.2の進捗", ISSUE_3_2),
    ("課題3.2の最新の進捗", ISSUE_3_2),
    ("課題1.3の取組状況", ISSUE_1_3),
    ("課題4.3の進捗状況", ISSUE_4_3),
    ("課題5.4の進み具合", ISSUE_5_4),
    # 「…の時系列」: the same progress, asked as its timeline (typed apart by a space too)
    ("課題1.3の取組状況の時系列", ISSUE_1_3),
    ("課題4.3の進捗　時系列", ISSUE_4_3),
    # 「…の経緯」「…の進展」: how it went, its progress in date order
    ("課題3.2のこれまでの経緯", ISSUE_3_2),
    ("課題４．３の経緯は？", ISSUE_4_3),
    ("課題1.3の進展", ISSUE_1_3),
    # an issue named alone, or with 「について」: its progress
    ("課題3.2", ISSUE_3_2),
    ("課題１．３について", ISSUE_1_3),
]


@pytest.mark.parametrize(("question", "expected"), ORDERED_QUESTIONS)
def test_progress_in_date_order(indexed: Settings, question: str, expected: list[tuple[int, str]]) -> None:
    result = ask(indexed, question)
    assert result.answer.kind == "issue_progress", result.answer.message
    found = items(result)
    assert same_items(found, expected), (found, expected)
    # Oldest first, undated last: the first entry is the oldest one of the report.
    assert expected[0][1] in found[0][1]
    dates = [row.get("date") for row in seed_rows(result)]
    known = [d for d in dates if d]
    assert known == sorted(known) and dates[: len(known)] == known


ISSUE_SET_QUESTIONS = [
    ("デジタル改革関連法に関係する課題", REFORM_ISSUES),
    ("デジタル改革関連法に基づく課題は？", REFORM_ISSUES),
    ("総務省が関わる課題", {"2.2", "1.3"}),
    ("J-LISが関わる課題", {"1.3", "3.4"}),
    ("デジタル庁が触れている課題", {"1.3", "2.2", "4.6", "5.1", "5.2"}),  # 4.6: line 76, デジタル審議官
    ("取組状況のない課題", NO_PROGRESS),
    ("進捗のない課題は？", NO_PROGRESS),
    ("課題のうち進捗がないもの", NO_PROGRESS),
    ("進捗が報告されていない課題", NO_PROGRESS),
    ("取組状況が無い課題を教えて", NO_PROGRESS),
    ("課題で取組状況がない", NO_PROGRESS),
    ("まだ取り組まれていない課題", NO_PROGRESS),
    ("進捗がまだない課題", NO_PROGRESS),
    ("フォローアップされていない課題", NO_PROGRESS),
    ("進捗報告のない課題は？", NO_PROGRESS),
]


@pytest.mark.parametrize(("question", "expected"), ISSUE_SET_QUESTIONS)
def test_issue_sets(indexed: Settings, question: str, expected: set[str]) -> None:
    result = ask(indexed, question)
    assert result.answer.understood, result.answer.message
    numbers = [row["number"] for row in seed_rows(result)]
    assert sorted(numbers) == sorted(expected)


def _text_lines(word: str) -> list[int]:
    """Line numbers of the seed report, once per occurrence of ``word``."""
    out = []
    for n, line in enumerate(SEED.read_text(encoding="utf-8").splitlines(), start=1):
        out += [n] * line.count(word)
    return out


@pytest.mark.parametrize(
    "question",
    [
        "デジタル庁が言及されている箇所",
        "デジタル庁の言及箇所",
        "デジタル庁はどこに出てくる？",
        "デジタル庁が出てくる箇所を教えて",
        "デジタル庁に言及している箇所",
        "デジタル庁が記載されている箇所",
    ],
)
def test_mentions_of_an_agency(indexed: Settings, question: str) -> None:
    result = ask(indexed, question)
    assert result.answer.kind == "mentions"
    rows = seed_rows(result)
    assert sorted(int(r["line"]) for r in rows) == _text_lines("デジタル庁")
    assert {r["exact"] for r in rows} == {"デジタル庁"}


@pytest.mark.parametrize(
    ("question", "lines"),
    [("J-LISが出てくる箇所", {25, 319, 399}), ("マイナンバー法が言及されている箇所", {54})],
)
def test_mentions_by_another_name(indexed: Settings, question: str, lines: set[int]) -> None:
    result = ask(indexed, question)
    assert result.answer.kind == "mentions"
    assert {int(r["line"]) for r in seed_rows(result)} == lines


def test_the_law_most_rest_on(indexed: Settings) -> None:
    """The bundle: seven entries name it, and each other act one entry (see below)."""
    result = ask(indexed, "最も多くの施策が依拠している法律")
    assert result.answer.kind == "law_ranking_cut"
    assert [row["lawLabel"] for row in seed_rows(result)] == ["デジタル改革関連法"]


@pytest.mark.parametrize(
    "question",
    [
        "依拠する施策が多い法令",
        "施策の多い法令ランキング",
        "法令別の施策の数",
        "施策数（法令別）",
        "法令ランキング",
        # the items said first, resting on the laws ranked
        "施策が依存している法律のランキング",
        "取組が基づいている法令の順位（全体）",
    ],
)
def test_law_ranking(indexed: Settings, question: str) -> None:
    result = ask(indexed, question)
    assert result.answer.kind == "law_ranking"
    counts = {row["lawLabel"]: int(row["count"]) for row in seed_rows(result)}
    # The bundle: the seven entries above and at most the nine measures they serve; each act,
    # bundle or not, is named by one entry and serves at most two measures.
    assert 7 <= counts.pop("デジタル改革関連法") <= 7 + 9
    assert seed_rows(result)[0]["lawLabel"] == "デジタル改革関連法"
    assert set(counts.values()) <= {1, 2, 3}
    assert "地方公共団体情報システムの標準化に関する法律" in counts
    assert "個人情報の保護に関する法律" in counts


@pytest.mark.parametrize(
    "question",
    [
        "都道府県別の交付率",
        "都道府県別のマイナンバーカード交付率",
        "交付率（都道府県別）",
        "交付率が高い都道府県",
        "都道府県ごとの交付率は？",
        "都道府県別交付率",
    ],
)
def test_prefecture_rates(indexed: Settings, question: str) -> None:
    result = ask(indexed, question)
    assert result.answer.kind == "prefecture_rates"
    rows = seed_rows(result)
    assert len(rows) == 47  # lines 148-196 of the report
    assert (rows[0]["areaLabel"], float(rows[0]["rate"])) == ("宮崎県", 49.8)
    assert (rows[-1]["areaLabel"], float(rows[-1]["rate"])) == ("沖縄県", 30.3)
    by_area = {r["areaLabel"]: float(r["rate"]) for r in rows}
    assert by_area["北海道"] == 34.4 and by_area["東京都"] == 41.7 and by_area["和歌山県"] == 33.8


@pytest.mark.parametrize("question", ["交付率が低い都道府県", "交付率の低い都道府県は？", "交付率の低い順"])
def test_prefecture_rates_lowest_first(indexed: Settings, question: str) -> None:
    result = ask(indexed, question)
    assert result.answer.kind == "prefecture_rates_low"
    rows = seed_rows(result)
    assert len(rows) == 47  # lines 148-196 of the report
    assert (rows[0]["areaLabel"], float(rows[0]["rate"])) == ("沖縄県", 30.3)
    assert (rows[-1]["areaLabel"], float(rows[-1]["rate"])) == ("宮崎県", 49.8)
    rates = [float(r["rate"]) for r in rows]
    assert rates == sorted(rates)


@pytest.mark.parametrize(
    ("question", "area", "rate"),
    [
        ("交付率が一番低い都道府県", "沖縄県", 30.3),  # line 196, the last of lines 148-196
        ("交付率がもっとも低い県", "沖縄県", 30.3),
        ("交付率が一番高い都道府県は？", "宮崎県", 49.8),  # line 148
        ("最もマイナンバーカードの交付率が高い県はどこ", "宮崎県", 49.8),
    ],
)
def test_the_highest_or_lowest_prefecture(indexed: Settings, question: str, area: str, rate: float) -> None:
    result = ask(indexed, question)
    assert result.answer.kind in {"prefecture_rate_highest", "prefecture_rate_lowest"}
    rows = seed_rows(result)
    assert [(r["areaLabel"], float(r["rate"])) for r in rows] == [(area, rate)]


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("マイナンバー法を改正した取組", MY_NUMBER_ACT),
        ("デジタル改革関連法で改正した取組", REFORM_AMENDMENTS),
        ("公的個人認証法改正に関する取組", JPKI_ACT),
    ],
)
def test_amendments_are_their_own_kind(
    indexed: Settings, question: str, expected: set[tuple[int, str]]
) -> None:
    """An amendment question lists the entries that amend, not every entry that depends on the law."""
    result = ask(indexed, question)
    assert result.answer.kind == "law_amends"
    assert "改正" in result.answer.reading
    assert same_items(items(result), expected)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("読み仮名の法制化の進捗", ISSUE_5_4),  # issue 5.4, named by words of its label (line 28)
        ("カード機能の抜本的改善の進捗状況", ISSUE_3_2),  # issue 3.2 (line 45)
    ],
)
def test_progress_of_an_issue_named_by_its_words(
    indexed: Settings, question: str, expected: list[tuple[int, str]]
) -> None:
    result = ask(indexed, question)
    assert result.answer.kind == "issue_progress", result.answer.message
    assert same_items(items(result), expected), items(result)


def test_an_issue_named_by_words_apart_in_its_name(indexed: Settings) -> None:
    """「国家資格のデジタル化」: both words are in issue 3.5's name (line 54:
    「運転免許証その他の国家資格証のデジタル化」) though not side by side, and in no measure's name whole;
    the answer is the one to 「課題3.5の進捗」."""
    by_words = ask(indexed, "国家資格のデジタル化の進捗")
    by_number = ask(indexed, "課題3.5の進捗")
    assert by_words.answer.kind == by_number.answer.kind == "issue_progress", by_words.answer.message
    assert items(by_words) == items(by_number)
    assert any(line == 54 and "32の国家資格" in label for line, label in items(by_words))


def test_words_whole_in_a_measure_and_apart_in_an_issue_ask_which(indexed: Settings) -> None:
    """「免許証のデジタル化」 is within the name of the measure 「運転免許証のデジタル化」 (line 52) and
    word by word in issue 3.5's (line 54): both offered, no answer."""
    result = ask(indexed, "免許証のデジタル化の進捗")
    assert not result.answer.understood and result.answer.rows == []
    labels = {c.label for c in result.answer.candidates}
    assert "運転免許証のデジタル化" in labels
    assert any(label.startswith("各種免許・国家資格等") for label in labels)


def test_words_in_several_issue_names_ask_which(indexed: Settings) -> None:
    """「マイナンバーカード」 is in the names of several issues (1.3, 4.1, …): the candidates, no answer."""
    result = ask(indexed, "マイナンバーカードの進捗")
    assert not result.answer.understood and result.answer.rows == []
    labels = [c.label for c in result.answer.candidates]
    assert len(labels) >= 2 and all("マイナンバーカード" in label for label in labels)


def test_a_month_in_era_letters(indexed: Settings) -> None:
    """「R3.7」 is 令和3年7月: the same answer as the month written out."""
    short = ask(indexed, "R3.7に実施された取組")
    long = ask(indexed, "令和3年7月に実施された取組")
    assert short.answer.kind == long.answer.kind == "period_done"
    assert items(short) == items(long) and items(short)
    # line 28: 「…読み仮名の法制化を検討（～3年7月）」 was under way in July 2021
    assert any(line == 28 for line, _ in items(short))


def test_words_naming_no_issue_are_not_read_as_one(indexed: Settings) -> None:
    result = ask(indexed, "宇宙開発の推進の進捗")
    assert not result.answer.understood
    assert result.fallback == "search"


@pytest.mark.parametrize(
    "question",
    [
        "課題の数（テーマ別）",
        "テーマ別の課題の数",
        "分野ごとの課題数",
        "テーマごとに課題はいくつありますか",
        "テーマ毎の課題の件数",
        "課題はテーマごとに何件",
    ],
)
def test_issue_count_by_theme(indexed: Settings, question: str) -> None:
    result = ask(indexed, question)
    assert result.answer.kind == "issue_count_by_theme"
    assert {r["number"]: int(r["count"]) for r in seed_rows(result)} == ISSUES_PER_THEME


# ---------------------------------------------------------------------------
# periods whose answer is large: the dates of the graph read plainly and filtered here


def _dated_items(settings: Settings, measures: bool = False, progress: bool = False) -> list[dict[str, str]]:
    """The dated measures and progress updates (the measures alone where ``measures``: 施策 asked; the
    progress updates alone where ``progress``: 実績 or 実施済み asked)."""
    store = ReadStore(settings.data_dir)
    classes = "{ ?item a pol:Measure }" + ("" if measures else " UNION { ?item a pol:ProgressUpdate }")
    classes = "{ ?item a pol:ProgressUpdate }" if progress else classes
    return store.select(
        f"""SELECT ?item ?start ?end ?planned ?open ?issued WHERE {{
             {classes}
             ?item pol:when ?d . ?d pol:planned ?planned ; pol:openEnded ?open .
             # the period some records cover (「3年9月診療分以降」) is not a date of the work
             FILTER NOT EXISTS {{ ?d pol:coveredPeriod true }}
             OPTIONAL {{ ?d pol:start ?start }} OPTIONAL {{ ?d pol:end ?end }}
             ?a oa:hasBody ?item ; oa:hasTarget/oa:hasSource ?doc . ?doc dcterms:issued ?issued }}"""
    )


def _months(row: dict[str, str]) -> tuple[str, str]:
    first = row.get("start") or row["end"]
    last = row.get("end") or first
    first = first + "-01" if len(first) == 4 else first[:7]
    last = last + "-12" if len(last) == 4 else last[:7]
    return first, last


def _done_in(
    settings: Settings, start: str, end: str, measures: bool = False, progress: bool = False
) -> set[str]:
    out = set()
    for row in _dated_items(settings, measures, progress):
        first, last = _months(row)
        if row["planned"] == "false" and first <= row["issued"][:7] and first <= end and last >= start:
            out.add(row["item"])
    return out


def _any_in(settings: Settings, start: str, end: str, measures: bool = False) -> set[str]:
    out = set()
    for row in _dated_items(settings, measures):
        first, last = _months(row)
        if row["open"] == "true" and not row.get("end"):
            last = "9999-12"
        if first <= end and last >= start:
            out.add(row["item"])
    return out


@pytest.mark.parametrize(
    ("question", "start", "end"),
    [
        ("2021年に実施された取組", "2021-01", "2021-12"),
        ("２０２１年に実施された施策", "2021-01", "2021-12"),
        ("令和3年に実施された取組", "2021-01", "2021-12"),
        ("2021年に行われた取組", "2021-01", "2021-12"),
        ("令和3年度に実施された取組", "2021-04", "2022-03"),
    ],
)
def test_done_in_a_period(indexed: Settings, question: str, start: str, end: str) -> None:
    result = ask(indexed, question)
    assert result.answer.kind == "period_done"
    found = {row["item"].value for row in result.answer.rows}
    measures = "施策" in question  # the measures alone (line 411 is the one dated in 2021)
    expected = _done_in(indexed, start, end, measures)
    assert found == expected
    labels = {row["itemLabel"].value for row in result.answer.rows}
    assert ("デジタル庁の設置（3年9月）" in labels) != measures  # line 89, a status row
    assert not any(label.startswith("国家公務員採用試験") for label in labels)  # 令和4年度から


@pytest.mark.parametrize("question", ["令和2年度の取組", "令和２年度の施策は？"])
def test_items_of_a_period(indexed: Settings, question: str) -> None:
    result = ask(indexed, question)
    assert result.answer.kind == "period_items"
    found = {row["item"].value for row in result.answer.rows}
    measures = "施策" in question
    assert found == _any_in(indexed, "2020-04", "2021-03", measures)
    labels = {row["itemLabel"].value for row in result.answer.rows}
    # line 38 (令和2年度) is a status row; line 411 (2020年11月から2021年3月まで) a measure
    assert any("不動産番号の活用方策" in label for label in labels) != measures
    assert any("申請書をカード未取得者に送付" in label for label in labels)


@pytest.mark.parametrize(
    "question",
    [
        "法令のない施策",
        "法的根拠のない施策は？",
        "施策のうち根拠法がないもの",
        # the list said first, what it lacks after it
        "施策のうち法律に根拠がないもの",
        "施策のうち、法令の裏付けがないもの",
        "法律に基づかない施策",
        "法律に基づいていない施策",
        "法令に依拠していない施策は",
    ],
)
def test_measures_without_law(indexed: Settings, question: str) -> None:
    result = ask(indexed, question)
    assert result.answer.kind == "measures_without_law"
    store = ReadStore(indexed.data_dir)
    measures = {r["m"] for r in store.select("SELECT ?m WHERE { ?m a pol:Measure }")}
    # a law is one the text names (a law or a bundle, or one an act amends or belongs to): an act of
    # legislation without a law's name (line 460, 「戸籍における法制化」) is none
    with_law = {
        r["m"]
        for r in store.select(
            "SELECT DISTINCT ?m WHERE { ?m a pol:Measure ; pol:dependsOnLaw ?x .\n"
            "  { ?x a pol:Law } UNION { ?x a pol:LawBundle }\n"
            "  UNION { ?x pol:amendsLaw ?l } UNION { ?x a pol:LegislativeAction ; dcterms:isPartOf ?l } }"
        )
    }
    assert {row["item"].value for row in result.answer.rows} == measures - with_law
    labels = {row["itemLabel"].value for row in result.answer.rows}
    assert "個人情報保護法制の見直し" not in labels  # line 456 names 個人情報保護法制
    assert "プッシュ通知" in labels  # line 354


# ---------------------------------------------------------------------------
# honest fallback


@pytest.mark.parametrize(
    "question",
    [
        "今日の天気は？",
        "マイナンバーカードの予算はいくら？",
        "デジタル改革関連法の施策の予算",
        "デジタル庁と総務省の違い",
        "こんにちは",
        "デジタル改革関連法とマイナンバー法に基づく施策",
        "SELECT * WHERE { ?s ?p ?o }",
        "？？？",
        "施策",
        "マイナンバーカード",  # a word of entries, no name the graph knows
        # near a kind, but asking something its query would not answer
        "デジタル改革関連法に基づかない施策",
        "J-LISが関わらない取組",
        "令和4年度に予定されていない施策",
        "デジタル庁が設置されたのはいつ？",
        "来年度に予定されている施策",  # a date relative to today is not read
    ],
)
def test_not_understood_falls_back_to_search(indexed: Settings, question: str) -> None:
    result = ask(indexed, question)
    assert not result.answer.understood
    assert result.answer.message in {"質問の形を読み取れませんでした", "質問が空です"}
    assert result.answer.sparql is None and result.answer.rows == []
    assert result.fallback == "search"


@pytest.mark.parametrize(
    ("question", "name"),
    [("デジタル改革関連法", "デジタル改革関連法"), ("J-LIS", "J-LIS"), ("課題3.2", "課題3.2")],
)
def test_a_name_alone_says_how_it_was_read(indexed: Settings, question: str, name: str) -> None:
    assert ask(indexed, question).answer.reading.startswith(f"名前だけの質問（{name}）として: ")


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # line 319 (theme 1, issue 1.3): 「デジタル庁と総務省で共管」; no measure of theme 5 names 総務省
        ("テーマ1の施策のうち総務省が関わるもの", MIC_MEASURES),
        ("テーマ５の施策のうち総務省が関与しているもの", set()),
    ],
)
def test_a_condition_after_a_scoped_list_keeps_the_scope(
    indexed: Settings, question: str, expected: set[tuple[int, str]]
) -> None:
    result = ask(indexed, question)
    assert result.answer.understood, result.answer.message
    assert same_items(items(result), expected), items(result)


def test_fallback_shows_the_hits(indexed: Settings) -> None:
    result = ask(indexed, "マイナンバーカード")
    assert result.total_hits > 0
    assert any("マイナンバーカード" in hit.label for hit in result.hits)


@pytest.mark.parametrize(
    ("question", "message"),
    [
        ("道路交通法に基づく施策", "法令「道路交通法」はグラフにありません"),
        ("文部科学省が関わる取組", "機関「文部科学省」はグラフにありません"),
        ("課題9.9の進捗", "課題「9.9」はグラフにありません"),
        # (経済産業省 is in the graph: the ministry of 資源エネルギー庁, named on line 98)
        ("国土交通省が言及されている箇所", "法令・機関「国土交通省」はグラフにありません"),
    ],
)
def test_unknown_names_say_so(indexed: Settings, question: str, message: str) -> None:
    result = ask(indexed, question)
    assert not result.answer.understood
    assert result.answer.message == message
    assert result.fallback == "search" and result.answer.rows == []


@pytest.fixture(scope="module")
def two_number_acts(indexed: Settings, tmp_path_factory: pytest.TempPathFactory) -> Settings:
    """The sample graph with a second law also called 番号法 loaded beside it."""
    from kg.store.loading import load_file

    data = tmp_path_factory.mktemp("ambiguous") / "data"
    shutil.copytree(indexed.data_dir, data, symlinks=True)
    settings = settings_for(data)
    extra = data.parent / "other.ttl"
    extra.write_text(
        "@prefix pol: <https://w3id.org/policykg/ns#> .\n"
        "@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .\n"
        "@prefix skos: <http://www.w3.org/2004/02/skos/core#> .\n"
        "<https://example.org/law/other-number-act> a pol:Law ;\n"
        '  rdfs:label "番号に関する別の法律"@ja ; skos:altLabel "番号法"@ja .\n',
        encoding="utf-8",
    )
    load_file(settings, extra, graph_iri="https://example.org/graph/other", fmt=None)
    return settings


def test_an_ambiguous_name_lists_the_candidates(two_number_acts: Settings) -> None:
    result = ask(two_number_acts, "番号法に基づく施策")
    assert not result.answer.understood
    assert result.answer.rows == [] and result.answer.sparql is None
    assert {c.label for c in result.answer.candidates} == {
        "行政手続における特定の個人を識別するための番号の利用等に関する法律",
        "番号に関する別の法律",
    }
    assert "2件" in (result.answer.message or "")
    # The other names of the first law still name it alone.
    assert ask(two_number_acts, "マイナンバー法に基づく施策").answer.understood


def test_an_ambiguous_name_alone_lists_the_candidates(two_number_acts: Settings) -> None:
    result = ask(two_number_acts, "番号法")
    assert not result.answer.understood and result.answer.rows == []
    assert len(result.answer.candidates) == 2


def test_cli_lists_the_candidates(two_number_acts: Settings) -> None:
    from click.testing import CliRunner

    from search.ask_cli import ask as ask_command

    result = CliRunner().invoke(ask_command, ["番号法に基づく施策", "--data", str(two_number_acts.data_dir)])
    assert result.exit_code == 0
    lines = result.output.splitlines()
    assert lines[0] == "「番号法」に当たるものが2件あります。どれかを選んでください:"
    assert sorted(line.split()[0] for line in lines[1:]) == [
        "番号に関する別の法律",
        "行政手続における特定の個人を識別するための番号の利用等に関する法律",
    ]


def test_the_command_is_registered() -> None:
    import tomllib

    from tests.conftest import ROOT

    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert project["project"]["entry-points"]["policykg.commands"]["ask"] == "search.ask_cli:ask"


# ---------------------------------------------------------------------------
# counts and rankings: by issue and agency from the entries read above; totals against the graph
# read plainly


def _count_by(result: AskResult, key: str) -> dict[str, int]:
    return {row[key].value: int(row["count"].value) for row in result.answer.rows}


@pytest.mark.parametrize(
    "question", ["課題別の施策数", "課題ごとの施策の件数", "施策の数（課題別）", "施策が多い課題"]
)
def test_measures_per_issue(indexed: Settings, question: str) -> None:
    result = ask(indexed, question)
    # a breakdown lists every issue (0 where it has no measure), a ranking those with some
    assert result.answer.kind == ("measures_ranked_by_issue" if "多い" in question else "measures_by_issue")
    counts = {r["number"].value: int(r["count"].value) for r in result.answer.rows if "number" in r}
    assert counts["3.2"] == len(MEASURES_3_2) and counts["2.3"] == len(MEASURES_2_3)
    ranked = [int(row["count"].value) for row in result.answer.rows]
    assert ranked == sorted(ranked, reverse=True)


@pytest.mark.parametrize("question", ["進捗が多い課題ランキング", "取組状況の多い課題"])
def test_progress_per_issue(indexed: Settings, question: str) -> None:
    result = ask(indexed, question)
    assert result.answer.kind == "progress_by_issue"
    counts = {
        row["number"].value: int(row["count"].value)
        for row in result.answer.rows
        if SEED_ID in row["issue"].value
    }
    assert counts["3.2"] == len(ISSUE_3_2) and counts["1.3"] == len(ISSUE_1_3)
    assert counts["4.3"] == len(ISSUE_4_3) and counts["5.4"] == len(ISSUE_5_4)
    assert not NO_PROGRESS & set(counts)  # only issues with progress are ranked


@pytest.mark.parametrize("question", ["関与している施策が多い機関", "機関別の施策数", "府省ごとの取組の件数"])
def test_agencies_by_their_items(indexed: Settings, question: str) -> None:
    result = ask(indexed, question)
    assert result.answer.kind == "agency_ranking"
    counts = {row["agencyLabel"].value: int(row["count"].value) for row in result.answer.rows}
    assert counts["総務省"] == len(as_asked(question, MIC, MIC_MEASURES))
    assert counts["デジタル庁"] == len(as_asked(question, DIGITAL_AGENCY, DIGITAL_AGENCY_MEASURES))
    # the ranking counts each body apart; no measure names 法務省
    assert counts.get("法務省", 0) == len(as_asked(question, MOJ - LEGISLATIVE_COUNCIL, set()))


def _plain(settings: Settings, query: str) -> set[str]:
    return {r["x"] for r in ReadStore(settings.data_dir).select(query)}


@pytest.mark.parametrize("question", ["課題は全部でいくつ？", "課題の総数", "課題は何件ありますか"])
def test_issues_in_all(indexed: Settings, question: str) -> None:
    result = ask(indexed, question)
    assert result.answer.kind == "issue_total"
    issues = _plain(indexed, "SELECT ?x WHERE { ?x a pol:Issue }")
    assert int(result.answer.rows[0]["count"].value) == len(issues)
    assert len(issues) >= sum(ISSUES_PER_THEME.values())  # the seed's 34 numbered issues, and more


@pytest.mark.parametrize(
    "question", ["法律に基づく施策は何件ありますか", "法令に依拠する施策の数", "根拠法がある施策の件数"]
)
def test_measures_with_a_law_counted(indexed: Settings, question: str) -> None:
    result = ask(indexed, question)
    assert result.answer.kind == "measures_with_law_total"
    # a law the text names (line 460's 「戸籍における法制化」 names none; see test_measures_without_law)
    with_law = _plain(
        indexed,
        "SELECT DISTINCT ?x WHERE { ?x a pol:Measure ; pol:dependsOnLaw ?a .\n"
        "  { ?a a pol:Law } UNION { ?a a pol:LawBundle }\n"
        "  UNION { ?a pol:amendsLaw ?l } UNION { ?a a pol:LegislativeAction ; dcterms:isPartOf ?l } }",
    )
    assert int(result.answer.rows[0]["count"].value) == len(with_law) > 0
    without = ask(indexed, "法令のない施策")  # the two answers split the measures
    measures = _plain(indexed, "SELECT ?x WHERE { ?x a pol:Measure }")
    assert without.answer.total + len(with_law) == len(measures)


@pytest.mark.parametrize("question", ["テーマごとの施策数", "テーマ別の施策の件数", "施策の数（テーマ別）"])
def test_measures_per_theme(indexed: Settings, question: str) -> None:
    result = ask(indexed, question)
    assert result.answer.kind == "measures_by_theme"
    rows = ReadStore(indexed.data_dir).select(
        "SELECT ?m ?theme WHERE { ?m a pol:Measure ; pol:addressesIssue/pol:partOfTheme ?theme }"
    )
    expected = Counter(theme for _, theme in {(r["m"], r["theme"]) for r in rows})
    assert _count_by(result, "theme") == dict(expected)
    assert sum(expected.values()) > 0


# ---------------------------------------------------------------------------
# a question kept within a theme or an issue named ahead of it, and measures alone


def _numbers(result: AskResult) -> set[str]:
    return {row["number"] for row in seed_rows(result)}


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("テーマ5で進捗がない課題", {n for n in NO_PROGRESS if n.startswith("5.")}),
        ("テーマ３の課題", {"3.1", "3.2", "3.3", "3.4", "3.5"}),  # part II, theme 3
        ("第6テーマの課題一覧", {"6.1", "6.2", "6.3"}),
        ("テーマ1のうち取組状況のない課題", {n for n in NO_PROGRESS if n.startswith("1.")}),
    ],
)
def test_issues_within_a_theme(indexed: Settings, question: str, expected: set[str]) -> None:
    result = ask(indexed, question)
    assert result.answer.understood, result.answer.message
    assert "テーマ" in (result.answer.reading or "")
    assert _numbers(result) == expected


@pytest.mark.parametrize(("question", "theme"), [("テーマ4の課題数", "4"), ("テーマ２の課題はいくつ", "2")])
def test_issues_of_a_theme_counted(indexed: Settings, question: str, theme: str) -> None:
    result = ask(indexed, question)
    assert int(result.answer.rows[0]["count"].value) == ISSUES_PER_THEME[theme]


def test_measures_without_law_within_an_issue(indexed: Settings) -> None:
    result = ask(indexed, "課題3.2の施策で法令と紐づいていないもの")
    assert result.answer.understood, result.answer.message
    with_law = {
        r["m"]
        for r in ReadStore(indexed.data_dir).select(
            "SELECT DISTINCT ?m WHERE { ?m a pol:Measure ; pol:dependsOnLaw ?l }"
        )
    }
    found = {(int(r["line"]), r["itemLabel"]) for r in seed_rows(result)}
    expected_lines = {line for line, _ in MEASURES_3_2}
    assert {line for line, _ in found} <= expected_lines and found
    assert not {row["item"].value for row in result.answer.rows} & with_law


def test_an_unknown_theme_says_so(indexed: Settings) -> None:
    result = ask(indexed, "テーマ9の課題数")  # part II has themes 1 to 6
    assert not result.answer.understood and result.fallback == "search"
    assert "9" in (result.answer.message or "")


@pytest.mark.parametrize(
    "question",
    ["デジタル改革関連法に基づく施策だけ（進捗報告は除いて）", "デジタル改革関連法に基づく施策のみ"],
)
def test_measures_alone(indexed: Settings, question: str) -> None:
    """The bundle's ✓ entries are progress updates; without them only the measures they report on stay."""
    result = ask(indexed, question)
    assert result.answer.understood and "取組状況を除く" in (result.answer.reading or "")
    rows = seed_rows(result)
    assert rows and all(row["type"] == "施策" for row in rows)
    assert {int(row["line"]) for row in rows} <= LIFTED_MEASURES[frozenset(REFORM_ACTS)]


def test_measures_alone_where_a_kind_lists_progress_only(indexed: Settings) -> None:
    assert not ask(indexed, "課題3.2の進捗（取組状況は除く）").answer.understood


@pytest.mark.parametrize(
    ("question", "listed"),
    [
        ("マイナンバー法に基づく取組の件数", "マイナンバー法に基づく取組"),
        ("法律と紐づいていない施策は何件ありますか", "法令のない施策"),
        ("J-LISが関わる取組はいくつ", "J-LISが関わる取組"),
        ("取組状況のない課題の数", "取組状況のない課題"),
    ],
)
def test_how_many_a_list_has(indexed: Settings, question: str, listed: str) -> None:
    """「…は何件」 of a list is its number of rows, the total of the list asked plainly."""
    result = ask(indexed, question)
    assert result.answer.understood and "件数" in (result.answer.reading or "")
    assert int(result.answer.rows[0]["count"].value) == ask(indexed, listed).answer.total > 0


def test_how_many_progress_updates_an_issue_has(indexed: Settings) -> None:
    """The progress updates counted within the issue: the three entries of line 45."""
    result = ask(indexed, "課題3.2の進捗は何件")
    assert result.answer.kind == "progress_total"
    assert int(result.answer.rows[0]["count"].value) == len(ISSUE_3_2)


@pytest.mark.parametrize(
    ("question", "lines"),
    [
        # the two ✓ entries of the row 「運転免許証のデジタル化」 (line 52) report on the measure of line 403
        ("運転免許証のデジタル化の進捗", {52}),
        ("在留カードとマイナンバーカードとの一体化　取組状況", {53}),  # row of line 53, measure of line 404
    ],
)
def test_progress_of_a_measure_by_its_name(indexed: Settings, question: str, lines: set[int]) -> None:
    result = ask(indexed, question)
    assert result.answer.kind == "measure_progress", result.answer.message
    assert {line for line, _ in items(result)} == lines


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("法制審議会は何をしていますか", LEGISLATIVE_COUNCIL),
        ("エネ庁　関与", ANRE),
        ("J-LISの担当施策", J_LIS_MEASURES),
    ],
)
def test_more_ways_to_ask_what_an_agency_does(
    indexed: Settings, question: str, expected: set[tuple[int, str]]
) -> None:
    result = ask(indexed, question)
    assert result.answer.kind == "agency_items", result.answer.message
    assert same_items(items(result), expected)
