"""Laws found in Japanese policy text, every surface form resolved to one entity."""

from __future__ import annotations

import bisect
import re
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kg.extract.law_numbers import LawNumber, parse_law_number
from kg.extract.laws import find_laws, law_gazetteer
from kg.read.document import line_starts
from tests.conftest import GIF, GIF_ID, SEED, SEED_ID, needs_gif
from tests.gold_mentions import prf, read_gold


def found(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.key) for m in find_laws(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "デジタル社会形成整備法によるJ-LISに対する国のガバナンスの強化（3年9月施行）",
            [("デジタル社会形成整備法", "digital-society-improvement-act")],
        ),
        (
            "公金受取口座登録法及び預貯金口座個人番号利用申出法の成立(デジタル改革関連法)(3年5月)",
            [
                ("公金受取口座登録法", "public-benefit-account-act"),
                ("預貯金口座個人番号利用申出法", "deposit-account-my-number-act"),
                ("デジタル改革関連法", "digital-reform-acts"),
            ],
        ),
        ("公的個人認証法改正（3年5月）", [("公的個人認証法", "jpki-act")]),
        (
            "32の国家資格に関するマイナンバー法等の法律改正（デジタル改革関連法）",
            [("マイナンバー法", "my-number-act"), ("デジタル改革関連法", "digital-reform-acts")],
        ),
        (
            "電子証明書のスマートフォンへの搭載について法改正を実施（デジタル改革関連法）（3年5月）",
            [("デジタル改革関連法", "digital-reform-acts")],
        ),
        (
            "療育手帳のマイナンバーによる情報連携の法制上の措置(デジタル改革関連法)",
            [("デジタル改革関連法", "digital-reform-acts")],
        ),
        (
            "地方公共団体情報システムの標準化に関する法律の制定（デジタル改革関連法）",
            [
                ("地方公共団体情報システムの標準化に関する法律", "local-system-standardization-act"),
                ("デジタル改革関連法", "digital-reform-acts"),
            ],
        ),
        ("個人情報保護法制の見直し", [("個人情報保護法制", "personal-information-protection-act")]),
        (
            "令和３年改正個人情報保護法の改正で全国的な共通ルールを規定し",
            [("個人情報保護法", "personal-information-protection-act")],
        ),
        (
            "情報通信技術を活用した行政の推進等に関する法律（デジタル手続法。平成14年法律第151号）",
            [
                ("情報通信技術を活用した行政の推進等に関する法律", "digital-procedures-act"),
                ("デジタル手続法", "digital-procedures-act"),
                ("平成14年法律第151号", "digital-procedures-act"),
            ],
        ),
        (
            "３原則とするデジタル手続法[^1]　を制定しています。",
            [("デジタル手続法", "digital-procedures-act")],
        ),
        # A kind of act is no law's name: these are legislative actions (tests/kg/test_legislation.py).
        ("(提出省略可)(3年9月府令改正・4年6月施行)", []),
        ("、省令整備(3年7月)", []),
        # Acts of the statute book are keyed by their e-Gov law ID (昭和三十五年法律第百五号).
        ("道路交通法の改正", [("道路交通法", "335AC0000000105")]),
        (
            "行政機関の保有する個人情報の保護に関する法律に基づく",
            [
                (
                    "行政機関の保有する個人情報の保護に関する法律",
                    "415AC0000000058",  # 平成十五年法律第五十八号
                )
            ],
        ),
    ],
)
def test_finds_laws_in_document_text(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "surface", "relation"),
    [
        ("公金受取口座登録法及び預貯金口座個人番号利用申出法の成立", "公金受取口座登録法", "enacts"),
        (
            "公金受取口座登録法及び預貯金口座個人番号利用申出法の成立",
            "預貯金口座個人番号利用申出法",
            "enacts",
        ),
        (
            "地方公共団体情報システムの標準化に関する法律の制定",
            "地方公共団体情報システムの標準化に関する法律",
            "enacts",
        ),
        ("公的個人認証法改正（3年5月）", "公的個人認証法", "amends"),
        ("マイナンバー法等の法律改正（デジタル改革関連法）", "マイナンバー法", "amends"),
        ("マイナンバー法等の法律改正（デジタル改革関連法）", "デジタル改革関連法", "amends"),
        ("について法改正を実施（デジタル改革関連法）", "デジタル改革関連法", "amends"),
        ("令和３年改正個人情報保護法の改正で", "個人情報保護法", "amends"),
        ("デジタル社会形成整備法によるJ-LISに対する", "デジタル社会形成整備法", "based_on"),
        ("番号法に基づく情報連携", "番号法", "based_on"),
        ("デジタル社会形成基本法の施行", "デジタル社会形成基本法", "enforces"),
        ("デジタル手続法の3原則の１つである", "デジタル手続法", None),
    ],
)
def test_relation_follows_the_words(text: str, surface: str, relation: str | None) -> None:
    (mention,) = [m for m in find_laws(text) if m.text == surface]
    assert mention.relation == relation


@pytest.mark.parametrize(
    "text",
    [
        "読み仮名に係る法務省の検討状況",
        "法制審議会に諮問（3年9月）",
        "戸籍における読み仮名の法制化を検討",
        "読み仮名の法制化の検討",
        "実践方法を解説した実践ガイドブック",
        "法人の認証は政府統一の認証システムである",
        "このような設計手法をとることで",
        "内閣法制局の審査",
        "データの活用法を学ぶ",
        "制度改正から情報連携開始までの期間の短縮",
        "https://example.go.jp/個人情報保護法.html",
        "[4.0.2. 個人情報保護条例](#402-個人情報保護条例)",
        "",
    ],
)
def test_finds_no_law(text: str) -> None:
    assert find_laws(text) == []


@pytest.mark.parametrize(
    "surface",
    [
        "行政手続における特定の個人を識別するための番号の利用等に関する法律",
        "番号法",
        "マイナンバー法",
        "「マイナンバー法」",
        "『番号法』",
        "（マイナンバー法）",
        "ﾏｲﾅﾝﾊﾞｰ法",
        "平成25年法律第27号",
        "平成２５年法律第２７号",
        "平成二十五年法律第二十七号",
        "マイナンバー法等の法律改正",
        "改正マイナンバー法",
    ],
)
def test_every_surface_form_is_one_law(surface: str) -> None:
    assert law_gazetteer().resolve(surface).key == "my-number-act"  # type: ignore[union-attr]
    assert {m.key for m in find_laws(surface)} == {"my-number-act"}


def test_unnamed_ordinance_and_measure_name_no_law() -> None:
    """「府令改正」 and 「法改正」 say that an act is changed, not which: no Law is made of them."""
    assert find_laws("3年9月府令改正") == []
    assert find_laws("必要な法改正を検討する") == []


def test_members_carry_their_bundle() -> None:
    (member,) = find_laws("デジタル庁設置法の成立")
    assert (member.key, member.bundle, member.known) == ("digital-agency-act", "digital-reform-acts", True)
    (bundle,) = find_laws("（デジタル改革関連法）")
    assert (bundle.kind, bundle.bundle) == ("bundle", None)


def test_unknown_statute_gets_a_key_from_its_name() -> None:
    # No act of this title is in the statute book: it is found by its form.
    (mention,) = find_laws("データ連携推進法に基づく")
    assert (mention.key, mention.known, mention.kind, mention.relation, mention.basis) == (
        "データ連携推進法",
        False,
        "statute",
        "based_on",
        "form",
    )


@pytest.mark.parametrize(
    ("text", "surface", "key", "basis"),
    [
        # the title of an act of the statute book, keyed by its e-Gov law ID (平成十四年法律第百二号)
        (
            "電子署名及び認証業務に関する法律に基づく認定",
            "電子署名及び認証業務に関する法律",
            "412AC0000000102",
            "gazetteer",
        ),
        # a common abbreviation of the project's list: 官民データ活用推進基本法 (平成二十八年法律第百三号)
        ("官民データ法の施行", "官民データ法", "428AC0000000103", "abbreviation"),
        ("改正電気通信事業法の施行", "電気通信事業法", "359AC0000000086", "gazetteer"),
        # a law number: 平成二十五年法律第二十七号 is the My Number Act of the project's list
        ("平成二十五年法律第二十七号", "平成二十五年法律第二十七号", "my-number-act", "law_number"),
        # a law number of an act the project has never seen keys it by its e-Gov law ID
        ("令和5年法律第48号による改正", "令和5年法律第48号", "505AC0000000048", "law_number"),
        ("横浜市個人情報保護条例の改正", "横浜市個人情報保護条例", "横浜市個人情報保護条例", "form"),
        ("個人情報保護法施行令の改正", "個人情報保護法施行令", "個人情報保護法施行令", "form"),
    ],
)
def test_says_how_each_law_was_recognised(text: str, surface: str, key: str, basis: str) -> None:
    (mention,) = find_laws(text)
    assert (mention.text, mention.key, mention.basis) == (surface, key, basis)


@pytest.mark.parametrize(
    "text",
    [
        "分析の方法と手法を文法に沿って記述",
        "憲法上の要請",
        "独立行政法人情報処理推進機構",
        "法務省と内閣法制局",
        "法制審議会に諮問",
        "「包括的データ戦略」を決定",
        "「デジタル社会の実現に向けた重点計画」",
        "「マイナンバー法改正ガイドライン」を公表",
        "デジタル手続法研究会の開催",
        "各団体の個人情報保護条例",
        "学校法人と宗教法人",
    ],
)
def test_false_friends_are_no_laws(text: str) -> None:
    assert find_laws(text) == []


def test_enforcement_order_is_its_own_ordinance() -> None:
    (mention,) = find_laws("番号法施行令の改正")
    assert (mention.text, mention.kind, mention.known, mention.relation) == (
        "番号法施行令",
        "ordinance",
        False,
        "amends",
    )


def test_long_text_is_cut_and_offsets_map_back() -> None:
    line = "公的個人認証法改正（3年5月）、デジタル庁設置法の成立。\n"
    text = line * 2500  # far over SudachiPy's 49,149 bytes
    mentions = find_laws(text)
    assert len(mentions) == 5000
    assert all(text[m.start : m.end] == m.text for m in mentions)


def test_threads_each_get_their_own_pipeline() -> None:
    texts = [f"{i}年 マイナンバー法等の法律改正" for i in range(40)]
    with ThreadPoolExecutor(max_workers=4) as pool:
        results = list(pool.map(found, texts))
    assert results == [[("マイナンバー法", "my-number-act")]] * 40


# --- the gazetteer ---------------------------------------------------------------

REFORM_ACTS = {
    35: "デジタル社会形成基本法",
    36: "デジタル庁設置法",
    37: "デジタル社会の形成を図るための関係法律の整備に関する法律",
    38: "公的給付の支給等の迅速かつ確実な実施のための預貯金口座の登録等に関する法律",
    39: "預貯金者の意思に基づく個人番号の利用による預貯金口座の管理等に関する法律",
    40: "地方公共団体情報システムの標準化に関する法律",
}


def test_gazetteer_keys_and_names_are_unique() -> None:
    entries = list(law_gazetteer())
    assert len({e.key for e in entries}) == len(entries) == len(law_gazetteer())
    names = Counter(n for e in entries for n in e.names)
    assert [n for n, c in names.items() if c > 1] == []
    assert all(re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)*", e.key) for e in entries)


def test_bundle_has_the_six_digital_reform_acts() -> None:
    members = {e.name: e for e in law_gazetteer() if e.bundle == "digital-reform-acts"}
    assert set(members) == set(REFORM_ACTS.values())
    for number, name in REFORM_ACTS.items():
        assert parse_law_number(members[name].number or "") == LawNumber("令和", 3, "法律", number)
    assert law_gazetteer().get("digital-reform-acts").kind == "bundle"  # type: ignore[union-attr]


def test_law_numbers_parse_and_egov_ids_follow_them() -> None:
    for entry in law_gazetteer():
        if entry.bundle:
            assert law_gazetteer().get(entry.bundle) is not None
        if entry.kind == "bundle":
            continue
        number = parse_law_number(entry.number or "")
        assert number is not None, entry.key
        assert re.fullmatch(r"[一-龥]+", entry.number or ""), "law numbers are written in kanji"
        assert entry.egov_id == number.egov_id(), entry.key
        assert law_gazetteer().resolve(str(number)) is entry


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("令和三年法律第三十五号", LawNumber("令和", 3, "法律", 35)),
        ("平成14年法律第151号", LawNumber("平成", 14, "法律", 151)),
        ("平成十四年法律第百五十三号", LawNumber("平成", 14, "法律", 153)),
        ("昭和二十二年法律第二百二十四号", LawNumber("昭和", 22, "法律", 224)),
        ("令和元年政令第十号", LawNumber("令和", 1, "政令", 10)),
        ("法律第151号", None),
    ],
)
def test_parse_law_number(text: str, expected: LawNumber | None) -> None:
    assert parse_law_number(text) == expected


# --- whole documents against the gold -------------------------------------------


@pytest.mark.parametrize(
    ("path", "doc_id", "floor"), [(SEED, SEED_ID, 0.95), pytest.param(GIF, GIF_ID, 0.85, marks=needs_gif)]
)
def test_whole_document_matches_gold(path: Path, doc_id: str, floor: float) -> None:
    text = path.read_text(encoding="utf-8")
    starts = line_starts(text)
    mentions = find_laws(text)
    assert all(text[m.start : m.end] == m.text for m in mentions)
    got = Counter((bisect.bisect_right(starts, m.start), m.text, m.key) for m in mentions)
    gold = read_gold(doc_id, "laws")
    for line, surface, _ in gold:
        assert surface in text.splitlines()[line - 1], (line, surface)
    precision, recall, f1 = prf(got, gold)
    assert f1 >= floor, (precision, recall, sorted(got - gold), sorted(gold - got))


# --- any text --------------------------------------------------------------------

JAPANESE = st.text(
    alphabet=st.sampled_from(
        list("法律令改正省庁の等及び「」（）()・、。　 \n0-9年月第号関連制化人務方手")
        + list("デジタル番号個人情報保護令和平成")
    ),
    max_size=80,
)


@settings(max_examples=60, deadline=None)
@given(st.one_of(JAPANESE, st.text(max_size=60)))
def test_any_text_gives_valid_spans(text: str) -> None:
    mentions = find_laws(text)
    last_end = 0
    for m in mentions:
        assert last_end <= m.start < m.end <= len(text)
        assert text[m.start : m.end] == m.text
        last_end = m.end
