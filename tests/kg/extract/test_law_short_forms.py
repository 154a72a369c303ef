"""Short forms of statutes resolved to the one title they are made from (kg.extract.law_short_forms).

Measured on the statute book itself: every abbreviation of the project's list resolves to its own
title or to none (none to another), no generic word of law resolves, and a short form in a text is
one law with its full title.
"""

from __future__ import annotations

import pytest

from kg.extract.gazetteers import read_gazetteer_csv
from kg.extract.law_short_forms import ShortForms, short_form_key, short_forms
from kg.extract.laws import find_laws
from kg.extract.statutes import statute_book


def test_every_listed_abbreviation_resolves_to_its_own_title_or_to_none() -> None:
    book = statute_book()
    right = wrong = 0
    for row in read_gazetteer_csv("law_abbreviations.csv"):
        statute = book.by_title(row["title"])
        key = short_form_key(row["abbreviation"])
        if key is None or statute is None:
            continue
        if key == statute.egov_id:
            right += 1
        else:
            wrong += 1
    # 個人情報保護法 fits four titles and 番号法 none of its words run together: unresolved, not wrong;
    # 空家特措法 is 空家等対策の推進に関する特別措置法 with 特措 read as 特別措置; the contractions
    # (児福法, 温対法, 地教行法) are no run of their titles' words and stay unresolved by the rule
    assert (right, wrong) == (107, 0)


@pytest.mark.parametrize(
    "word",
    [
        "基本法", "推進法", "特別措置法", "関連法", "改正法", "根拠法", "個別法", "整備法", "設置法",
        "振興法", "防止法", "促進法", "支援法", "対策法", "規制法", "臨時措置法", "地域振興法",
        "環境保全法", "情報公開法", "地方税法", "社会保障法", "新法", "同法",
    ],
)  # fmt: skip
def test_a_generic_word_of_law_names_no_title(word: str) -> None:
    assert short_form_key(word) is None


@pytest.mark.parametrize(
    ("name", "title"),
    [
        ("食品ロス削減推進法", "食品ロスの削減の推進に関する法律"),
        ("高齢者虐待防止法", "高齢者虐待の防止、高齢者の養護者に対する支援等に関する法律"),
        ("資源有効利用促進法", "資源の有効な利用の促進に関する法律"),
        ("種の保存法", "絶滅のおそれのある野生動植物の種の保存に関する法律"),
        ("鳥獣被害防止特措法", "鳥獣による農林水産業等に係る被害の防止のための特別措置に関する法律"),
    ],
)
def test_a_short_form_resolves_to_the_one_title_its_words_come_from(name: str, title: str) -> None:
    statute = statute_book().by_title(title)
    assert statute is not None and short_form_key(name) == statute.egov_id


def test_a_law_enacted_after_the_statute_book_resolves_to_none_of_its_titles() -> None:
    # made after September 2020: none of the book's titles holds their words
    assert short_form_key("プラスチック資源循環法") is None
    assert short_form_key("こども基本法") is None


def test_pieces_are_two_characters_or_more_and_the_title_must_be_the_only_fit() -> None:
    forms = ShortForms(
        [("甲乙の丙丁に関する法律", "a"), ("甲乙丙丁戊法", "b"), ("丙丁の戊己に関する法律", "c")]
    )
    assert forms.key("甲乙丙丁法") is None  # both a and b hold 甲乙, 丙丁 in order
    assert forms.key("丙丁戊己法") == "c"
    assert forms.key("甲丙己法") is None  # pieces of one character say nothing


def test_a_short_form_in_a_text_is_the_law_of_its_full_title() -> None:
    text = (
        "食品ロスの削減の推進に関する法律（以下、食品ロス削減推進法）に基づき、"
        "高年齢者雇用安定法の改正を踏まえる。"
    )
    found = [(m.text, m.key, m.basis) for m in find_laws(text)]
    assert found[0][1] == found[1][1] == "501AC0000000019"
    assert found[1][2] == "short_form"
    assert found[2][0] == "高年齢者雇用安定法"  # 高 is no prefix of the name


def test_the_index_holds_every_statute_titled_as_an_act() -> None:
    assert len(short_forms()) > 1900


def test_a_prefix_before_a_clipped_word_is_a_piece_of_the_short_form() -> None:
    # 再 of 「再エネ」, clipped from 再生可能エネルギー: a piece of one character, taken where the rest
    # names one title and the title holds it before the rest
    title = "海洋再生可能エネルギー発電設備の整備に係る海域の利用の促進に関する法律"
    statute = statute_book().by_title(title)
    assert statute is not None
    assert short_form_key("再エネ発電設備整備海域法") == statute.egov_id
    assert short_form_key("非エネ発電設備整備海域法") is None  # 非 is no character of the title
