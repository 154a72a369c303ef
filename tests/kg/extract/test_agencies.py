"""Named public bodies found in Japanese policy text, every surface form resolved to one entity."""

from __future__ import annotations

import bisect
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kg.extract.agencies import agency_gazetteer, find_agencies, publisher_key
from kg.extract.body_references import find_references
from kg.extract.local_governments import local_government
from kg.read.document import line_starts
from tests.conftest import GIF, GIF_ID, SEED, SEED_ID, needs_gif
from tests.gold_mentions import prf, read_gold


def found(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.key) for m in find_agencies(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("デジタル庁", [("デジタル庁", "digital-agency")]),
        (
            "マイナンバーカードの発行・運営体制の抜本的強化（J-LISの体制強化）",
            [("J-LIS", "j-lis")],
        ),
        ("読み仮名に係る法務省の検討状況を踏まえた", [("法務省", "moj")]),
        ("法制審議会に諮問（3年9月）され、専門部会において", [("法制審議会", "legislative-council")]),
        (
            "総務省・マイナンバー室(現デジタル庁)より、情報連携の活用状況等の調査の実施",
            # the office is a unit of the ministry the text names before it
            [("総務省", "mic"), ("マイナンバー室", "マイナンバー室"), ("デジタル庁", "digital-agency")],
        ),
        (
            "令和3年度予算から①デジタル庁システム、②デジタル庁・各府省共同プロジェクト型システム",
            [("デジタル庁", "digital-agency"), ("デジタル庁", "digital-agency")],
        ),
        (
            "持続可能な電力システム構築小委員会において、制度の詳細設計を議論し",
            [("持続可能な電力システム構築小委員会", "sustainable-power-system-subcommittee")],
        ),
        (
            "資源エネルギー庁に「電力データ活用の在り方検討会」を設置し",
            [("資源エネルギー庁", "anre"), ("電力データ活用の在り方検討会", "電力データ活用の在り方検討会")],
        ),
        ("※ 公的医療機関等における申込状況は厚生労働省HPに掲載", [("厚生労働省", "mhlw")]),
        (
            "（令和元年9月デジタル・ガバメント閣僚会議決定）",
            [("デジタル・ガバメント閣僚会議", "dg-ministerial-council")],
        ),
        (
            "地方公共団体情報システム機構（J-LIS）を国と地方公共団体が共同で管理する法人へ転換し、デジタル庁と総務省で共管",
            [
                ("地方公共団体情報システム機構", "j-lis"),
                ("J-LIS", "j-lis"),
                ("デジタル庁", "digital-agency"),
                ("総務省", "mic"),
            ],
        ),
        ("全体の所管を個人情報保護委員会に一元化することで", [("個人情報保護委員会", "ppc")]),
        (
            "内閣サイバーセキュリティセンターの公表する「政府機関等のサイバーセキュリティ対策のための統一規範」",
            [("内閣サイバーセキュリティセンター", "nisc")],
        ),
        ("コア語彙（共通語彙基盤［IPAで運用中］）", [("IPA", "ipa")]),
        ("Ｊ－ＬＩＳから民間事業者等の署名検証者に", [("Ｊ－ＬＩＳ", "j-lis")]),
        ("こども未来庁の設置", [("こども未来庁", "こども未来庁")]),
        ("社会保障審議会の部会", [("社会保障審議会", "社会保障審議会")]),
    ],
)
def test_finds_agencies_in_document_text(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "国と各地方公共団体が一体となって",
        "全自治体においてマイナポータルを利用した",
        "市町村との連携など、制度・運用面について関係省庁間で検討",
        "後期高齢者医療広域連合に対し、令和2年度は",
        "郵便局における電子証明書の発行・更新等の可能化",
        "金融機関、学校、携帯会社について、所管官庁と連名で",
        "関係府省会議（議長：デジタル審議官、構成員：関係府省の局長級）の開催",
        "政府機関におけるデジタル改革に必要なIT・セキュリティ知識",
        "医療機関・薬局での特定健診等情報・薬剤情報の閲覧開始",
        "民間事業者のデジタル化対応の加速化",
        "全業所管官庁等を通じた計画的な取組",
        "専門部会において調査審議",  # which council's subcommittee the words alone do not say
        "関係府省会議の開催",  # a meeting of whichever ministries concern a matter
        "郵便局と薬局の窓口",
        "東京都市大学",
        "デジタル庁設置法の成立",
        "内閣府令の改正",
        "東京都庁の窓口",
        "https://security-portal.nisc.go.jp/stopransomware/",
        "IPAddress の設定",
        "",
    ],
)
def test_finds_no_agency(text: str) -> None:
    assert find_agencies(text) == []


@pytest.mark.parametrize(
    ("surfaces", "key"),
    [
        (
            [
                "地方公共団体情報システム機構",
                "J-LIS",
                "JLIS",
                "Ｊ－ＬＩＳ",
                "（J-LIS）",
                "「地方公共団体情報システム機構」",
            ],
            "j-lis",
        ),
        (["デジタル庁", "現デジタル庁", "「デジタル庁」"], "digital-agency"),
        (["内閣サイバーセキュリティセンター", "NISC"], "nisc"),
        (["情報処理推進機構", "IPA", "独立行政法人情報処理推進機構"], "ipa"),
        (["厚生労働省", "厚労省"], "mhlw"),
    ],
)
def test_every_surface_form_is_one_agency(surfaces: list[str], key: str) -> None:
    for surface in surfaces:
        assert agency_gazetteer().resolve(surface).key == key, surface  # type: ignore[union-attr]
        assert {m.key for m in find_agencies(surface)} == {key}, surface


def test_gazetteer_keys_names_and_parents() -> None:
    entries = list(agency_gazetteer())
    assert len({e.key for e in entries}) == len(entries) == len(agency_gazetteer())
    names = Counter(n for e in entries for n in e.names)
    assert [n for n, c in names.items() if c > 1] == []
    assert all(re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)*", e.key) for e in entries)
    assert all(agency_gazetteer().get(e.parent) is not None for e in entries if e.parent)
    for key in ("moj", "j-lis", "ppc", "legislative-council", "nisc", "ipa", "anre"):
        assert agency_gazetteer().get(key) is not None


MINISTRIES = ["内閣府", "総務省", "法務省", "外務省", "財務省", "文部科学省", "厚生労働省"]
MINISTRIES += ["農林水産省", "経済産業省", "国土交通省", "環境省", "防衛省", "デジタル庁", "復興庁"]


@pytest.mark.parametrize("name", MINISTRIES)
def test_gazetteer_has_every_ministry(name: str) -> None:
    assert agency_gazetteer().resolve(name) is not None


# Every 外局 under 国家行政組織法 別表第一 and 内閣府設置法 第64条, with the ministry it belongs to.
EXTERNAL_BUREAUS = [
    ("公正取引委員会", "cao"),
    ("国家公安委員会", "cao"),
    ("個人情報保護委員会", "cao"),
    ("カジノ管理委員会", "cao"),
    ("金融庁", "cao"),
    ("消費者庁", "cao"),
    ("こども家庭庁", "cao"),
    ("公害等調整委員会", "mic"),
    ("消防庁", "mic"),
    ("公安審査委員会", "moj"),
    ("出入国在留管理庁", "moj"),
    ("公安調査庁", "moj"),
    ("国税庁", "mof"),
    ("スポーツ庁", "mext"),
    ("文化庁", "mext"),
    ("中央労働委員会", "mhlw"),
    ("林野庁", "maff"),
    ("水産庁", "maff"),
    ("資源エネルギー庁", "meti"),
    ("特許庁", "meti"),
    ("中小企業庁", "meti"),
    ("観光庁", "mlit"),
    ("気象庁", "mlit"),
    ("運輸安全委員会", "mlit"),
    ("海上保安庁", "mlit"),
    ("原子力規制委員会", "moe"),
    ("防衛装備庁", "mod"),
]


@pytest.mark.parametrize(("name", "ministry"), EXTERNAL_BUREAUS)
def test_gazetteer_has_every_external_bureau_under_its_ministry(name: str, ministry: str) -> None:
    entry = agency_gazetteer().resolve(name)
    assert entry is not None
    assert entry.parent == ministry
    (found,) = find_agencies(f"{name}において検討を行った。")
    assert (found.text, found.key) == (name, entry.key)


@pytest.mark.parametrize(
    ("path", "doc_id", "floor"), [(SEED, SEED_ID, 0.95), pytest.param(GIF, GIF_ID, 0.85, marks=needs_gif)]
)
def test_whole_document_matches_gold(path: Path, doc_id: str, floor: float) -> None:
    text = path.read_text(encoding="utf-8")
    starts = line_starts(text)
    mentions = find_agencies(text)
    assert all(text[m.start : m.end] == m.text for m in mentions)
    got = Counter((bisect.bisect_right(starts, m.start), m.text, m.key) for m in mentions)
    gold = read_gold(doc_id, "agencies")
    lines = text.splitlines()
    for (line, surface, _), count in gold.items():
        assert lines[line - 1].count(surface) >= count, (line, surface)
    precision, recall, f1 = prf(got, gold)
    assert f1 >= floor, (precision, recall, sorted(got - gold), sorted(gold - got))


JAPANESE = st.text(
    alphabet=st.sampled_from(
        list("省庁府局室会議審委員機構センター総務法厚生労働デジタル現各関係J-LISIPA「」（）・、。 \n")
    ),
    max_size=80,
)


@settings(max_examples=60, deadline=None)
@given(st.one_of(JAPANESE, st.text(max_size=60)))
def test_any_text_gives_valid_spans(text: str) -> None:
    mentions = find_agencies(text)
    last_end = 0
    for m in mentions:
        assert last_end <= m.start < m.end <= len(text)
        assert text[m.start : m.end] == m.text
        last_end = m.end


def test_an_agency_inside_a_law_title_is_skipped_with_only_the_agency_module_imported() -> None:
    # The rulers register with the pipeline when their modules are imported; the agency
    # module brings the law ruler along, which must run first.
    code = (
        "from kg.extract.agencies import find_agencies\n"
        "print([m.text for m in find_agencies('デジタル庁設置法に基づきデジタル庁が')])"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "['デジタル庁']"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # councils and deliberative bodies by their ending; the name reaches back over its joining words
        (
            "マイナンバーカード機能のスマートフォン搭載等に関する検討会における検討",
            [("マイナンバーカード機能のスマートフォン搭載等に関する検討会", None, "council")],
        ),
        (
            "「氏名の読み仮名の法制化に関する研究会」において",
            [("氏名の読み仮名の法制化に関する研究会", None, "council")],
        ),
        ("データ戦略タスクフォースの開催", [("データ戦略タスクフォース", None, "council")]),
        # a printed title broken by a space is one name
        (
            "マイナンバー制度及び国と地方のデジタル 基盤抜本改善ワーキンググループ 報告書",
            [("マイナンバー制度及び国と地方のデジタル 基盤抜本改善ワーキンググループ", None, "council")],
        ),
        # units: two mentions, the body and the unit's chain after it (or after 「・」), whose
        # parent is that body (tests/gold/README.md: 「総務省統計局」 is 総務省 and 統計局)
        (
            "静岡市総務局ＩＣＴ推進課",
            [("静岡市", None, "local_government"), ("総務局ＩＣＴ推進課", "lg-221007", "unit")],
        ),
        (
            "環境省大臣官房総務課環境情報室",
            [("環境省", None, "ministry"), ("大臣官房総務課環境情報室", "moe", "unit")],
        ),
        ("総務省統計局などのコード一覧", [("総務省", None, "ministry"), ("統計局", "mic", "unit")]),
        # local governments of the national list, with their 全国地方公共団体コード
        (
            "都道府県名\t人口\n北海道\t5,228,732\n東京都\t13,843,525",
            [("北海道", None, "local_government"), ("東京都", None, "local_government")],
        ),
        ("石川県加賀市\t65,307", [("石川県加賀市", None, "local_government")]),
        # corporations: 独立行政法人… resolves to the body the gazetteer knows
        (
            "独立行政法人情報処理推進機構",
            [("独立行政法人情報処理推進機構", None, "incorporated_administrative_agency")],
        ),
    ],
)
def test_finds_bodies_by_form_and_by_list(text: str, expected: list[tuple[str, str | None, str]]) -> None:
    got = [(m.text, m.parent, m.kind) for m in find_agencies(text)]
    assert got == expected


@pytest.mark.parametrize(
    ("text", "key", "code"),
    [
        ("石川県加賀市", "lg-172065", "172065"),
        ("北海道", "lg-010006", "010006"),
        ("高知県四万十市", "lg-392103", "392103"),
    ],
)
def test_local_governments_carry_their_code(text: str, key: str, code: str) -> None:
    # Codes read from the national list (municipalities.csv; 北海道 is 01000 plus its check digit).
    (mention,) = find_agencies(text)
    assert mention.key == key
    assert local_government(key).code == code  # type: ignore[union-attr]


def test_generic_references_are_no_bodies() -> None:
    text = "国と地方公共団体、関係省庁間で検討し、全国の市町村と民間事業者に周知"
    assert find_agencies(text) == []
    assert [r.key for r in find_references(text)] == [
        "国",
        "地方公共団体",
        "関係省庁",
        "市町村",
        "民間事業者",
    ]


@pytest.mark.parametrize(
    ("publisher", "key"),
    [
        ("デジタル庁", "digital-agency"),
        ("総務省", "mic"),
        ("厚生労働省", "mhlw"),
        ("内閣府", "cao"),
        # a city by its name alone and with its prefecture: one body, 前橋市's 全国地方公共団体コード 10201-6
        ("前橋市", "lg-102016"),
        ("群馬県前橋市", "lg-102016"),
        (" 静岡市 ", "lg-221007"),
        # a unit written after its city: the unit, keyed by its whole name
        ("横浜市こども青少年局", "横浜市こども青少年局"),
        # two cities of this name (東京都, 広島県): no rule can tell which
        ("府中市", None),
        # a body and words that are no body's name
        ("国土交通省 物流政策課", None),
        ("株式会社みらい総研", None),
    ],
)
def test_publisher_key_is_the_key_of_the_body_the_text_names(publisher: str, key: str | None) -> None:
    assert publisher_key(publisher) == key
