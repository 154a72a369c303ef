"""The shared analyzer: folded forms, mode-A sub-words, offsets into the text as given."""

from __future__ import annotations

import threading

import pytest

from search.analysis import analyzer, fold, pieces


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("マイナンバーカード", "ﾏｲﾅﾝﾊﾞｰｶｰﾄﾞ"),
        ("ＧＩＧＡ", "giga"),
        ("J-LIS", "Ｊ－ＬＩＳ"),
        ("ガバメント", "がばめんと"),
    ],
)
def test_fold_meets_width_and_kana_variants(a: str, b: str) -> None:
    assert fold(a) == fold(b)


def _forms(text: str) -> set[str]:
    return {f for p in pieces(text) for f in p.forms}


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("マイナンバーカードの発行", "マイナンバー"),
        ("マイナンバーカードの発行", "カード"),
        ("電子証明書の搭載", "証明"),
        ("児童手当について", "手当"),
        ("特定健診等情報", "健診"),
        ("相続登記等の申請", "登記"),
    ],
)
def test_compounds_yield_their_parts(text: str, part: str) -> None:
    assert fold(part) in _forms(text)


def test_offsets_point_into_the_text_as_given() -> None:
    text = "（ＪーＬＩＳ）ｶﾞﾊﾞﾒﾝﾄとマイナンバーカード"
    for piece in pieces(text):
        surface = text[piece.start : piece.end]
        assert fold(surface) in piece.forms or piece.sub or surface


def test_sub_words_share_the_position_of_their_compound() -> None:
    found = [(p.forms[0], p.pos, p.sub) for p in pieces("マイナンバーカードの発行")]
    assert (fold("マイナンバーカード"), 0, False) in found
    assert (fold("マイナンバー"), 0, True) in found
    assert (fold("発行"), 1, False) in found


def test_punctuation_and_particles_are_not_tokens() -> None:
    assert _forms("「の」、。") == set()


def test_long_text_beyond_sudachis_limit_is_analysed() -> None:
    text = "マイナンバーカードの発行。\n" * 6000  # far over 49,149 bytes
    count = sum(1 for p in pieces(text) if not p.sub and p.forms[0] == fold("発行"))
    assert count == 6000


def test_threads_each_get_their_own_tokenizer() -> None:
    errors: list[BaseException] = []
    expected = [t.text for t in analyzer()("地方公共団体情報システム機構（J-LIS）")]

    def work() -> None:
        try:
            for _ in range(30):
                assert [t.text for t in analyzer()("地方公共団体情報システム機構（J-LIS）")] == expected
        except BaseException as exc:  # collected and re-raised in the main thread
            errors.append(exc)

    threads = [threading.Thread(target=work) for _ in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
