"""Laws by the forms of their titles: amending acts named by their own title, law numbers beside a title,
ordinances enforcing a titled act, names joined by 「・」, and the clause a title starts after.

Sentences invented for these tests in the prose of ministry plans and municipal reports, each
expectation written by reading the sentence alone, with the conventions of
:mod:`tests.kg.extract.test_generality_blind`.  An amending act whose title amends several acts
(「…法等の一部を改正する法律」) or states its purpose (「…を図るための…法の一部を改正する法律」) is the
act named, and what the text does to it is the change of the acts its title names; a plain
「…法の一部を改正する法律」 is the change of that one act, as before.
"""

from __future__ import annotations

import pytest

from kg.extract.extraction import extract
from kg.extract.laws import find_laws
from kg.read import read_string
from tests.kg.extract.test_depends import DATE
from tests.kg.extract.test_generality import bodies
from tests.kg.extract.test_generality_blind import actions_by_surface

# (sentence, its laws in order, its legislative actions (act kind, action kind, law surfaces))
CASES: list[tuple[str, list[str], list[tuple[str, str, tuple[str, ...]]]]] = [
    # an amending act that amends several acts, by its own title
    (
        "子ども・子育て支援法等の一部を改正する法律が令和6年6月に成立した。",
        ["子ども・子育て支援法等の一部を改正する法律"],
        [("法律", "amendment", ("子ども・子育て支援法",))],
    ),
    (
        "全世代対応型の持続可能な社会保障制度を構築するための健康保険法等の一部を改正する法律により、出産育児一時金の財源を見直した。",
        ["全世代対応型の持続可能な社会保障制度を構築するための健康保険法等の一部を改正する法律"],
        [("法律", "amendment", ("健康保険法",))],
    ),
    # its mere mention, or its enforcement, changes nothing
    (
        "行政機関の保有する個人情報の保護に関する法律等の一部を改正する法律の施行に伴い、内部規程を整理した。",
        ["行政機関の保有する個人情報の保護に関する法律等の一部を改正する法律"],
        [],
    ),
    # an amending act that states its purpose before the one act it amends
    (
        "地域の自主性及び自立性を高めるための地方自治法の一部を改正する法律が成立した。",
        ["地域の自主性及び自立性を高めるための地方自治法の一部を改正する法律"],
        [("法律", "amendment", ("地方自治法",))],
    ),
    # 「…ための」 inside the title of the act amended is no purpose of the amending act
    (
        "行政手続における特定の個人を識別するための番号の利用等に関する法律の一部を改正する法律が公布された。",
        ["行政手続における特定の個人を識別するための番号の利用等に関する法律"],
        [("法律", "amendment", ("行政手続における特定の個人を識別するための番号の利用等に関する法律",))],
    ),
    # a plain amending act is the change of its one act
    (
        "道路交通法の一部を改正する法律が公布された。",
        ["道路交通法"],
        [("法律", "amendment", ("道路交通法",))],
    ),
    # a bill keeps naming the act it amends
    (
        "子ども・子育て支援法等の一部を改正する法律案を国会に提出した。",
        ["子ども・子育て支援法"],
        [("法律", "bill", ("子ども・子育て支援法",))],
    ),
    # a city's ordinance enforcing a titled act, not the act's title cut before 施行条例
    (
        "相模原市個人情報の保護に関する法律施行条例の一部を改正する条例を公布した。",
        ["相模原市個人情報の保護に関する法律施行条例"],
        [("条例", "revision", ("相模原市個人情報の保護に関する法律施行条例",))],
    ),
    (
        "個人情報の保護に関する法律施行条例を制定し、開示請求の手数料を定めた。",
        ["個人情報の保護に関する法律施行条例"],
        [("条例", "enactment", ("個人情報の保護に関する法律施行条例",))],
    ),
    # a municipality's ordinance whose name joins words by 「・」, one of them an adjective in katakana
    (
        "加賀市デジタル・スマート窓口条例を制定した。",
        ["加賀市デジタル・スマート窓口条例"],
        [("条例", "enactment", ("加賀市デジタル・スマート窓口条例",))],
    ),
    (
        "福岡市グリーン・クリーン推進条例（令和5年福岡市条例第12号）に基づき、補助を行う。",
        ["福岡市グリーン・クリーン推進条例"],
        [],
    ),
    # 「令和5年に」, 「今年度中に」: に before a noun ends the clause a title starts after
    (
        "令和5年に地域の脱炭素化の推進に関する法律を制定する。",
        ["地域の脱炭素化の推進に関する法律"],
        [("法律", "enactment", ("地域の脱炭素化の推進に関する法律",))],
    ),
    (
        "今年度中に山村の振興に関する法律の改正を行う。",
        ["山村の振興に関する法律"],
        [("法律", "amendment", ("山村の振興に関する法律",))],
    ),
]


@pytest.mark.parametrize(("text", "laws", "actions"), CASES, ids=[row[0][:16] for row in CASES])
def test_laws_and_actions_by_the_forms_of_titles(
    text: str, laws: list[str], actions: list[tuple[str, str, tuple[str, ...]]]
) -> None:
    assert [m.text for m in find_laws(text)] == laws
    assert actions_by_surface(text) == actions


def test_an_amending_act_keeps_the_acts_its_title_names() -> None:
    text = "医療提供体制の確保を図るための医療法及び介護保険法等の一部を改正する法律が成立した。"
    (act,) = find_laws(text)
    assert act.text == text[: text.index("が成立")]
    assert [(a.text, text[a.start : a.end]) for a in act.amended] == [
        ("医療法", "医療法"),
        ("介護保険法", "介護保険法"),
    ]
    assert act.amended[0].key != act.key


# (sentence, the title and the law number beside it, both one law)
NUMBERED: list[tuple[str, str, str]] = [
    (
        "孤独・孤立対策推進法（令和5年法律第45号）に基づき、協議会を設置した。",
        "孤独・孤立対策推進法",
        "令和5年法律第45号",
    ),
    (
        "子ども・子育て支援法等の一部を改正する法律（令和6年法律第47号）が成立した。",
        "子ども・子育て支援法等の一部を改正する法律",
        "令和6年法律第47号",
    ),
    ("行政手続法（平成5年法律第88号）第39条に基づき意見を募集した。", "行政手続法", "平成5年法律第88号"),
]


@pytest.mark.parametrize(("text", "title", "number"), NUMBERED, ids=[row[1] for row in NUMBERED])
def test_a_law_number_beside_a_title_is_the_same_law(text: str, title: str, number: str) -> None:
    found = {m.text: m for m in find_laws(text)}
    assert set(found) == {title, number}
    assert found[title].key == found[number].key


def test_a_law_number_alone_stays_its_own_key() -> None:
    (number,) = find_laws("令和6年法律第47号の施行期日を定める。")
    assert number.key != "子ども・子育て支援法等の一部を改正する法律"


# (sentence, the readings of its named bodies): a council's subdivision with its topic in brackets
SUBDIVISIONS: list[tuple[str, tuple[set[str], ...]]] = [
    (
        "法制審議会会社法（企業統治等関係）部会の答申を踏まえ、省令を改正した。",
        ({"法制審議会会社法（企業統治等関係）部会"}, {"法制審議会", "会社法（企業統治等関係）部会"}),
    ),
    (
        "社会保障審議会年金（財政検証）部会において、検証結果が報告された。",
        ({"社会保障審議会年金（財政検証）部会"}, {"社会保障審議会", "年金（財政検証）部会"}),
    ),
    # a remark in brackets after the name is no topic
    ("中央環境審議会循環型社会部会（第40回）を開催した。", ({"中央環境審議会", "循環型社会部会"},)),
]


@pytest.mark.parametrize(("text", "readings"), SUBDIVISIONS, ids=[row[0][:12] for row in SUBDIVISIONS])
def test_a_subdivision_named_with_its_topic_in_brackets(text: str, readings: tuple[set[str], ...]) -> None:
    assert bodies(text) in readings
    assert not [m.text for m in find_laws(text) if "会社法" in m.text or "年金" in m.text]


FOLLOWUP = """# 子ども施策フォローアップ

## 課題1 給付の手続

### 施策1-1 児童手当の拡充
- 取組状況：子ども・子育て支援法等の一部を改正する法律（令和6年法律第47号）が成立（令和6年6月）。

### 施策1-2 支給事務の見直し
- 取組状況：令和6年法律第47号附則の経過措置に沿って、支給事務を見直した。
"""


def test_a_law_number_used_alone_names_the_act_its_title_gave_it_in_the_document() -> None:
    ex = extract(read_string(FOLLOWUP, suffix=".md"), DATE, use_parser=False)
    title = "子ども・子育て支援法等の一部を改正する法律"
    assert {m.key for m in ex.laws} == {title}
    lifted = {(ex.items[x.item].label, x.law.key) for x in ex.lifted}
    assert {("児童手当の拡充", title), ("支給事務の見直し", title), ("給付の手続", title)} <= lifted


# (sentence, its laws in order): a particle (を, に, と, が, は, で, も) or the end of a verb (「…を踏まえ」,
# 「…した」) before a title's first word ends the clause the title starts after; a を or に whose verb is
# inside the title (「障害を理由とする…」, 「…確保を推進するための…」) is part of it
EDGES: list[tuple[str, list[str]]] = [
    (
        "調査結果を空家等対策の推進に関する特別措置法に基づくデータベースに登録した。",
        ["空家等対策の推進に関する特別措置法"],
    ),
    (
        "国の方針を踏まえ空家等対策の推進に関する特別措置法に基づく計画を改めた。",
        ["空家等対策の推進に関する特別措置法"],
    ),
    (
        "平成26年に成立した空家等対策の推進に関する特別措置法に基づき、計画を見直す。",
        ["空家等対策の推進に関する特別措置法"],
    ),
    ("所有者に空家等対策の推進に関する特別措置法の趣旨を伝える。", ["空家等対策の推進に関する特別措置法"]),
    (
        "説明会で障害を理由とする差別の解消の推進に関する法律を紹介した。",
        ["障害を理由とする差別の解消の推進に関する法律"],
    ),
    (
        "事業者にも障害を理由とする差別の解消の推進に関する法律を周知する。",
        ["障害を理由とする差別の解消の推進に関する法律"],
    ),
    (
        "国は困難な問題を抱える女性への支援に関する法律を制定した。",
        ["困難な問題を抱える女性への支援に関する法律"],
    ),
    (
        "計画と地域における医療及び介護の総合的な確保を推進するための関係法律の整備等に関する法律の関係を整理した。",
        ["地域における医療及び介護の総合的な確保を推進するための関係法律の整備等に関する法律"],
    ),
    # a title of the statute book is the whole name: the words before it closed by の or by a verb
    # (「国の」, 「計画に基づく」) are no part of it
    (
        "国の空家等対策の推進に関する特別措置法の改正を受け、計画を見直す。",
        ["空家等対策の推進に関する特別措置法"],
    ),
    (
        "計画に基づく空家等対策の推進に関する特別措置法の運用を見直す。",
        ["空家等対策の推進に関する特別措置法"],
    ),
    (
        "相談窓口を困難な問題を抱える女性への支援に関する法律に基づき設ける。",
        ["困難な問題を抱える女性への支援に関する法律"],
    ),
]


@pytest.mark.parametrize(("text", "laws"), EDGES, ids=[row[0][:16] for row in EDGES])
def test_a_particle_or_a_verb_before_a_title_ends_the_clause_it_starts_after(
    text: str, laws: list[str]
) -> None:
    assert [m.text for m in find_laws(text)] == laws
