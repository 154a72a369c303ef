"""A golden set of queries, each with the lines a reader expects to find (read from the documents).

Every expected line must be among the first 50 hits; precision (the share of those
hits that are expected) is printed, with no threshold.
"""

from __future__ import annotations

import pytest

from kg.settings import Settings
from search.engine import Filters, search
from tests.conftest import GIF_ID, HAVE_GIF, SEED_ID

TOP = 50
S, G = SEED_ID, GIF_ID

# (query, filters, expected (document, line) pairs)
ALL_GOLDEN: list[tuple[str, dict[str, list[str]], set[tuple[str, int]]]] = [
    # マイナンバー is part of マイナンバーカード; both are found
    ("マイナンバー", {}, {(S, n) for n in (35, 53, 60, 317, 323, 332, 352, 357, 375, 387, 404, 473)}),
    # the statutory names find what the text calls マイナンバーカード / マイナンバー
    ("個人番号カード", {}, {(S, n) for n in (53, 60, 317, 323, 387, 404, 473)}),
    ("個人番号", {}, {(S, n) for n in (35, 36, 352, 357, 375)}),
    ("マイナンバーカード", {}, {(S, n) for n in (53, 60, 317, 323, 332, 387, 404, 473)}),
    # J-LIS and its full name find each other
    ("J-LIS", {}, {(S, 25), (S, 319), (S, 399)}),
    ("地方公共団体情報システム機構", {}, {(S, 25), (S, 319), (S, 399)}),
    ("ＪーＬＩＳ", {}, {(S, 25), (S, 319), (S, 399)}),
    # two-character words
    ("健診", {}, {(S, 37), (S, 98), (S, 202), (S, 367), (S, 369), (S, 483)}),
    ("登記", {}, {(S, 38), (S, 376)}),
    ("手当", {}, {(S, 35), (S, 77), (S, 350)}),
    ("デジタル改革関連法", {}, {(S, n) for n in (35, 36, 45, 54, 62, 75)}),
    ("電子証明書", {}, {(S, n) for n in (45, 62, 387, 388, 390, 394, 395, 419, 421)}),
    # the working group's (仮称)Gov-Cloud is the ガバメントクラウド
    ("ガバメントクラウド", {}, {(S, n) for n in (82, 83, 301, 305, 447)}),
    ("児童手当", {}, {(S, 35), (S, 77), (S, 350)}),
    ("公金受取口座", {}, {(S, 36), (S, 359), (S, 361)}),
    ('"公金受取口座の登録"', {}, {(S, 361)}),
    ('"マイナポータル連携"', {}, {(S, 34)}),
    ('"年末調整"', {}, {(S, 34), (S, 343)}),
    ("スマートフォン", {}, {(S, 45), (S, 280), (S, 385), (S, 387), (S, 395)}),
    ("二次元コード", {}, {(S, 60), (S, 61), (S, 409)}),
    ("QRコード", {}, {(S, 60), (S, 61), (S, 409)}),
    ("自治体 標準化", {}, {(S, 73), (S, 75), (S, 305), (S, 434)}),
    ("マイナポイント", {}, {(S, n) for n in (63, 423, 425, 471, 473)}),
    ("読み仮名", {}, {(S, 27), (S, 28), (S, 458)}),
    ("運転免許証", {}, {(S, 52), (S, 54), (S, 401), (S, 403)}),
    ("在留カード", {}, {(S, 53), (S, 54), (S, 401), (S, 404)}),
    ("オンライン資格確認", {}, {(S, 198), (S, 212), (S, 214), (S, 220)}),
    ("医療費通知", {}, {(S, 34), (S, 207)}),
    ("ふるさと納税", {}, {(S, 34), (S, 344)}),
    ("預貯金付番", {}, {(S, 36), (S, 359), (S, 362)}),
    ("生体認証", {}, {(S, 392), (S, 395)}),
    ("法制審議会", {}, {(S, 28)}),
    ("総務省", {}, {(S, 35), (S, 102), (S, 319)}),
    ("公的個人認証法", {}, {(S, 46)}),
    ("GIF", {}, {(G, 1), (G, 12), (G, 126)}),
    ("政府相互運用性フレームワーク", {}, {(G, 1), (G, 12), (G, 126), (G, 168)}),
    ("ワンスオンリー", {}, {(S, 286), (G, 239), (G, 241), (G, 538)}),
    ("データカタログ", {}, {(G, 323), (G, 325)}),
    ("個人情報保護条例", {}, {(G, 301), (G, 303)}),
    # filters: by type, by law (members of the bundle count for it), by agency
    ("電子証明書", {"types": ["Measure"]}, {(S, n) for n in (387, 388, 390, 394, 395, 419, 421)}),
    ("法改正", {"laws": ["デジタル改革関連法"]}, {(S, 45), (S, 62)}),
    ("", {"laws": ["公金受取口座登録法"]}, {(S, 36)}),
    ("情報連携", {"agencies": ["総務省"]}, {(S, 35)}),
]
# Without the shared guidebook (tests/conftest.py), the queries of the seed report alone.
GOLDEN = [
    (query, filters, expected if HAVE_GIF else {(d, n) for d, n in expected if d == S})
    for query, filters, expected in ALL_GOLDEN
    if HAVE_GIF or any(d == S for d, _ in expected)
]


def _run(settings: Settings, query: str, filters: dict[str, list[str]]) -> list[tuple[str, int]]:
    result = search(settings, query, Filters.of(**filters), page_size=TOP)
    return [(h.document, h.line) for h in result.hits]


@pytest.mark.parametrize(("query", "filters", "expected"), GOLDEN, ids=[g[0] or "(filter)" for g in GOLDEN])
def test_every_expected_line_is_found(
    indexed: Settings, query: str, filters: dict[str, list[str]], expected: set[tuple[str, int]]
) -> None:
    found = set(_run(indexed, query, filters))
    missing = expected - found
    assert not missing, f"{query!r} missed {sorted(missing)}"


def test_golden_set_is_large_enough() -> None:
    assert len(ALL_GOLDEN) >= 30


def test_golden_recall_and_precision(indexed: Settings, capsys: pytest.CaptureFixture[str]) -> None:
    expected_total = found_expected = returned = relevant = 0
    for query, filters, expected in GOLDEN:
        hits = _run(indexed, query, filters)
        returned += len(hits)
        relevant += sum(1 for h in hits if h in expected)
        expected_total += len(expected)
        found_expected += len(expected & set(hits))
    recall = found_expected / expected_total
    precision = relevant / returned if returned else 0.0
    with capsys.disabled():
        print(
            f"\nsearch golden set: {len(GOLDEN)} queries, recall {recall:.1%} "
            f"({found_expected}/{expected_total}), precision {precision:.1%} ({relevant}/{returned} hits)"
        )
    assert recall == 1.0


def test_type_filter_returns_only_that_type(indexed: Settings) -> None:
    result = search(indexed, "電子証明書", Filters.of(types=["施策"]), page_size=TOP)
    assert result.hits
    assert {h.type for h in result.hits} == {"Measure"}


def test_law_filter_counts_bundle_members(indexed: Settings) -> None:
    # 公金受取口座登録法 is one of the デジタル改革関連法; its progress update is found under the bundle
    result = search(indexed, "公金受取口座", Filters.of(laws=["デジタル改革関連法"]), page_size=TOP)
    assert (SEED_ID, 36) in {(h.document, h.line) for h in result.hits}
    assert all("デジタル改革関連法" in h.laws for h in result.hits)


def test_expansions_are_reported(indexed: Settings) -> None:
    assert "個人番号" in search(indexed, "マイナンバー").expanded
    assert "地方公共団体情報システム機構" in search(indexed, "J-LIS").expanded
    assert "J-LIS" in search(indexed, "地方公共団体情報システム機構").expanded
    assert search(indexed, "登記").expanded == []


def test_excluded_words_remove_hits(indexed: Settings) -> None:
    with_word = {(h.document, h.line) for h in search(indexed, "健診", page_size=TOP).hits}
    without = {(h.document, h.line) for h in search(indexed, "健診 -学校", page_size=TOP).hits}
    assert (SEED_ID, 367) in with_word
    assert (SEED_ID, 367) not in without
    assert (SEED_ID, 483) in without


def test_or_finds_either(indexed: Settings) -> None:
    found = {(h.document, h.line) for h in search(indexed, "登記 OR 生体認証", page_size=TOP).hits}
    assert {(SEED_ID, 376), (SEED_ID, 392)} <= found
