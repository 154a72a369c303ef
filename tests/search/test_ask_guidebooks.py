"""Questions over guidebooks whose themes nest (a heading over numbered items) and whose examples name
places as data: GIF DS-468-1 (データ品質管理ガイドブック) and DS-469 (メタデータ導入実践ガイドブック), built
from the shared development documents.

The expected answers are read from the texts (line numbers are their lines): in DS-468-1 each item
2.3.1–2.5.6 lists its 問題となる例 (the issues), and the headings 2.3, 2.4 and 2.5 list none of their own.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from kg.settings import Settings
from search.ask import AskResult, answer_question
from tests.conftest import CORPUS_DEV, settings_for, shared_file

QUALITY = "GIF_DS-468-1_guidebook_dataquality.md"
METADATA = "GIF_DS-469_guidebook_metadata.md"
_MANIFEST = """[corpus]
ignore = ["manifest.toml"]

[[document]]
id = "gif-ds-468-1-guidebook-dataquality"
file = "GIF_DS-468-1_guidebook_dataquality.md"
title = "データ品質管理ガイドブック"
publisher = "デジタル庁"
date = 2022-03-31

[[document]]
id = "gif-ds-469-guidebook-metadata"
file = "GIF_DS-469_guidebook_metadata.md"
title = "メタデータ導入実践ガイドブック"
publisher = "デジタル庁"
date = 2022-03-31
"""
# 問題となる例 under each item of 2.3 データの評価 (lines 250-483): 2.3.1 four (261-266), 2.3.2 two,
# 2.3.3 three, 2.3.4 three, 2.3.5 four, 2.3.6 three, 2.3.7 three, 2.3.8 two, 2.3.9 four, 2.3.10 three,
# 2.3.11 three, 2.3.12 three, 2.3.13 two, 2.3.14 three, 2.3.15 two
DATA_EVALUATION_ISSUES = 4 + 2 + 3 + 3 + 4 + 3 + 3 + 2 + 4 + 3 + 3 + 3 + 2 + 3 + 2
# under 2.5 データ管理プロセスの評価 (lines 645-739): one example each in 2.5.1-2.5.5, two in 2.5.6
PROCESS_ISSUES = 1 + 1 + 1 + 1 + 1 + 2
# the numbered headings of chapter 2 from 2.3 on: 2.3 with 2.3.1-2.3.15, 2.4 with 2.4.1-2.4.9,
# 2.5 with 2.5.1-2.5.6
QUALITY_THEMES = 1 + 15 + 1 + 9 + 1 + 6


@pytest.fixture(scope="module")
def guidebooks(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    from kg.build import build

    corpus = tmp_path_factory.mktemp("guidebooks") / "corpus"
    corpus.mkdir()
    for name in (QUALITY, METADATA):
        shutil.copy2(shared_file(CORPUS_DEV / name), corpus / name)
    (corpus / "manifest.toml").write_text(_MANIFEST, encoding="utf-8")
    settings = settings_for(Path(corpus.parent / "data"), corpus)
    report = build(settings)
    assert not report.failed, report.to_text()
    return settings


def ask(settings: Settings, question: str) -> AskResult:
    return answer_question(settings, question, limit=1000)


def _count(result: AskResult) -> int:
    assert result.answer.understood, result.answer.message
    return int(result.answer.rows[0]["count"].value)


@pytest.mark.parametrize(
    "question", ["データの評価に属する課題の一覧", "データの評価の中の課題", "分野「データの評価」の課題"]
)
def test_the_issues_of_a_heading_over_themes(guidebooks: Settings, question: str) -> None:
    # 2.3 has no example of its own: its issues are those of 2.3.1-2.3.15
    result = ask(guidebooks, question)
    assert result.answer.understood, result.answer.message
    assert len({row["issue"].value for row in result.answer.rows}) == DATA_EVALUATION_ISSUES


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("データの評価の課題は何件", DATA_EVALUATION_ISSUES),
        ("データ管理プロセスの評価分野の課題数", PROCESS_ISSUES),
        ("データ管理プロセスの評価における課題はいくつある", PROCESS_ISSUES),
    ],
)
def test_the_count_within_a_heading_over_themes(guidebooks: Settings, question: str, expected: int) -> None:
    assert _count(ask(guidebooks, question)) == expected


@pytest.mark.parametrize(
    "question",
    [
        "データ品質管理ガイドブックの各テーマの課題の件数",
        "データ品質管理ガイドブックでテーマごとに課題は何件",
    ],
)
def test_every_theme_counted_with_none_as_zero(guidebooks: Settings, question: str) -> None:
    # a heading (2.3, 2.4, 2.5) and 2.4.9 データ廃棄 (lines 641-644: no example) count 0
    result = ask(guidebooks, question)
    assert result.answer.understood, result.answer.message
    counts = {row["number"].value: int(row["count"].value) for row in result.answer.rows}
    assert len(counts) == QUALITY_THEMES
    assert (counts["2.3"], counts["2.4"], counts["2.5"], counts["2.4.9"]) == (0, 0, 0, 0)
    assert (counts["2.3.1"], counts["2.5.6"]) == (4, 2)


@pytest.mark.parametrize(
    "question",
    [
        "メタデータ導入実践ガイドブックで言及されている機関",
        "メタデータ導入実践ガイドブックで触れられている機関",
    ],
)
def test_places_given_as_data_are_no_agencies(guidebooks: Settings, question: str) -> None:
    # lines 409-454: 関東甲信越厚生局's lists of 茨城県医科 and 栃木県医科 (file names, not bodies at work);
    # 厚生労働省 (398) and 国税庁 (392) are named as publishers of data
    result = ask(guidebooks, question)
    assert result.answer.understood, result.answer.message
    labels = {row["entityLabel"].value for row in result.answer.rows}
    assert {"厚生労働省", "国税庁", "関東甲信越厚生局"} <= labels
    assert not labels & {"茨城県", "栃木県"}


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # 2.3.13 可用性（Availability） lists two examples (lines 441-454), 2.3.2 完全性 two (276-280),
        # 2.3.11 追跡可能性（Traceability） three (410-424), 2.3.12 理解性 three (425-440)
        ("可用性の課題", 2),
        ("完全性の問題となる例の一覧", 2),
        ("追跡可能性（Traceability）の問題となる例", 3),
        ("データ品質管理ガイドブックで理解性に関する課題", 3),
    ],
)
def test_a_theme_named_by_the_term_of_its_title(guidebooks: Settings, question: str, expected: int) -> None:
    # a title 「可用性（Availability）：基礎」 is asked for by its term, with or without the gloss
    result = ask(guidebooks, question)
    assert result.answer.understood, result.answer.message
    assert len({row["issue"].value for row in result.answer.rows}) == expected


@pytest.mark.parametrize(("question", "expected"), [("移植性分野の課題は何件", 3), ("回復性の課題の数", 2)])
def test_a_count_within_a_theme_named_by_its_term(guidebooks: Settings, question: str, expected: int) -> None:
    # 2.3.14 移植性 three examples (lines 455-469), 2.3.15 回復性 two (470-483)
    assert _count(ask(guidebooks, question)) == expected


def test_a_term_within_a_longer_word_names_no_theme(guidebooks: Settings) -> None:
    # 「高可用性」 holds 可用性 but is another word: no theme is read from it
    result = ask(guidebooks, "高可用性の課題")
    assert not result.answer.understood or "可用性（Availability）" not in (result.answer.reading or "")


# DS-469 lines 89-98: the issues its users and its staff feel, eight bullets
METADATA_ISSUES = {
    "データを見つけられない",
    "データの存在があるかどうかもわからない",
    "関連するデータに何があるのかわからない",
    "データを見つけてもライセンスなどの利用条件がわからない",
    "データの更新周期がわからない",
    "データの品質がわからない",
    "他の行政機関が持っている情報を活用して業務を高度化、効率化したい",
    "データに関する問い合わせへの対応に負荷がかかる",
}


@pytest.mark.parametrize(
    "question", ["課題の一覧（メタデータ導入実践ガイドブック）", "課題は？(メタデータ導入実践ガイドブック)"]
)
def test_a_document_named_in_brackets_after_the_question(guidebooks: Settings, question: str) -> None:
    result = ask(guidebooks, question)
    assert result.answer.understood, result.answer.message
    assert {row["issueLabel"].value for row in result.answer.rows} >= METADATA_ISSUES
    assert {row["document"].value for row in result.answer.rows} == {"gif-ds-469-guidebook-metadata"}


def test_a_count_per_theme_kept_to_a_document_in_brackets(guidebooks: Settings) -> None:
    # the same as 「データ品質管理ガイドブックの各テーマの課題の件数」 (every numbered item from 2.3 on)
    result = ask(guidebooks, "テーマごとの課題数（データ品質管理ガイドブック）")
    assert result.answer.understood, result.answer.message
    counts = {row["number"].value: int(row["count"].value) for row in result.answer.rows}
    assert len(counts) == QUALITY_THEMES
    assert (counts["2.3.9"], counts["2.4.3"], counts["2.4.9"]) == (4, 3, 0)


def test_brackets_that_name_no_document_are_no_scope(guidebooks: Settings) -> None:
    # 「（参考）」 names nothing: the question is not kept to a document on its account
    result = ask(guidebooks, "課題の一覧（参考）")
    assert not result.answer.understood or "文書" not in (result.answer.reading or "")


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # DS-469 chapter 3 様々な分野での活用: the fields 3.1-3.5 (lines 390-542)
        ("メタデータ導入実践ガイドブックのテーマ数", 5),
        ("データ品質管理ガイドブックに載っているテーマは何件", QUALITY_THEMES),
        # the document tied to the rest by other words: における, 中の, に記載の
        ("メタデータ導入実践ガイドブックにおけるテーマの数", 5),
        ("データ品質管理ガイドブック中のテーマは何件", QUALITY_THEMES),
        ("メタデータ導入実践ガイドブックに記載のテーマはいくつ", 5),
    ],
)
def test_a_total_kept_to_a_document(guidebooks: Settings, question: str, expected: int) -> None:
    result = ask(guidebooks, question)
    assert _count(result) == expected
    assert "すべての文書" not in (result.answer.reading or "")


@pytest.mark.parametrize(
    "question",
    [
        "メタデータのガイドブックにある課題",
        "メタデータ導入ガイドブックの課題の一覧",
        "メタデータのガイドブックにおける課題",
        "メタデータ導入ガイドブックで取り上げられている課題の一覧",
        "メタデータ導入ガイドブックでの課題",
    ],
)
def test_a_document_by_words_of_its_title(guidebooks: Settings, question: str) -> None:
    # 「メタデータ導入」: two words of the title 「メタデータ導入実践ガイドブック」 said together
    result = ask(guidebooks, question)
    assert result.answer.understood, result.answer.message
    assert {row["issueLabel"].value for row in result.answer.rows} >= METADATA_ISSUES
    assert {row["document"].value for row in result.answer.rows} == {"gif-ds-469-guidebook-metadata"}


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # four examples each: 2.3.1 正確性, 2.3.5 最新性, 2.3.9 効率性; none of the other items has more
        ("データ品質管理ガイドブックで問題となる例が一番多いテーマ", {"2.3.1", "2.3.5", "2.3.9"}),
        # the fourth has three, as have 2.3.3, 2.3.4, 2.3.6, 2.3.7, 2.3.10, 2.3.11, 2.3.12, 2.3.14,
        # 2.4.3 and 2.4.7 (ties kept)
        (
            "データ品質管理ガイドブックで課題の数が上位4件のテーマ",
            {"2.3.1", "2.3.5", "2.3.9", "2.3.3", "2.3.4", "2.3.6", "2.3.7"}
            | {"2.3.10", "2.3.11", "2.3.12", "2.3.14", "2.4.3", "2.4.7"},
        ),
    ],
)
def test_the_first_within_a_document_is_the_documents_first(
    guidebooks: Settings, question: str, expected: set[str]
) -> None:
    # the first of the document's themes, not the document's rows of the first over every document
    result = ask(guidebooks, question)
    assert result.answer.understood, result.answer.message
    assert {row["number"].value for row in result.answer.rows} == expected


@pytest.mark.parametrize(
    "question",
    ["データ品質管理ガイドブックで課題が一つもない項目", "課題の無い分野（データ品質管理ガイドブック）"],
)
def test_themes_with_no_issue(guidebooks: Settings, question: str) -> None:
    # 2.4.9 データ廃棄 (lines 641-644) gives no example; 2.3, 2.4 and 2.5 hold those of their items
    result = ask(guidebooks, question)
    assert result.answer.understood, result.answer.message
    assert {row["number"].value for row in result.answer.rows} == {"2.4.9"}


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # line 93 alone speaks of licences, line 94 alone of the update cycle
        (
            "メタデータ導入実践ガイドブックでライセンスに関する課題",
            {"データを見つけてもライセンスなどの利用条件がわからない"},
        ),
        ("更新周期についての課題", {"データの更新周期がわからない"}),
    ],
)
def test_issues_by_a_word_they_hold(guidebooks: Settings, question: str, expected: set[str]) -> None:
    result = ask(guidebooks, question)
    assert result.answer.understood, result.answer.message
    assert {row["issueLabel"].value for row in result.answer.rows} == expected


def test_a_word_no_issue_holds_is_said_to_be_absent(guidebooks: Settings) -> None:
    # no issue of either guidebook speaks of 量子計算: said so, not answered with an empty list
    result = ask(guidebooks, "量子計算に関する課題")
    assert not result.answer.understood
    assert "量子計算" in (result.answer.message or "")


def _goals(result: AskResult) -> set[str]:
    assert result.answer.understood, result.answer.message
    return {row["goal"].value for row in result.answer.rows}


def test_two_guidebooks_said_by_words_both_titles_hold(guidebooks: Settings) -> None:
    # 「データ」 and 「ガイドブック」 are in both titles (データ品質管理ガイドブック, メタデータ導入実践
    # ガイドブック): each is meant, not one of them to be chosen
    both = _goals(ask(guidebooks, "データのガイドブックの目標をすべて"))
    quality = _goals(ask(guidebooks, "データ品質管理ガイドブックの目標"))
    metadata = _goals(ask(guidebooks, "メタデータ導入実践ガイドブックの目標"))
    assert quality and metadata
    assert both == quality | metadata


def test_the_kind_of_document_alone_is_asked_about(guidebooks: Settings) -> None:
    result = ask(guidebooks, "ガイドブックの目標")
    assert not result.answer.understood
    assert len(result.answer.candidates) == 2
