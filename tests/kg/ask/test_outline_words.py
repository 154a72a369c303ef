"""A plan's outline words for its classes said as the kinds say them, and left alone inside a name."""

from __future__ import annotations

import pytest

from kg.ask.outline_words import outline_words
from kg.ask.text import core


@pytest.mark.parametrize(
    ("folded", "said"),
    [
        ("重点分野1の課題", "重点分野1の課題"),  # before a number: the theme numbered so (kg.ask.names)
        ("施策の柱ごとの課題の件数", "テーマごとの課題の件数"),
        ("報告書の基本方針の一覧", "報告書のテーマの一覧"),
        ("政策別の課題数", "テーマ別の課題数"),
        ("政策の一覧", "テーマの一覧"),
        ("j-lisのアクション一覧", "j-lisの施策一覧"),
        ("課題3.2の実績", "課題3.2の進捗"),
        ("実績のない課題", "進捗のない課題"),
        ("j-lisの実績", "j-lisの進捗"),
        # inside a name, or said of something else: left alone
        ("電柱の課題", "電柱の課題"),
        ("デジタル政策の課題", "デジタル政策の課題"),  # 政策 after a name is its measures' word
        ("アクションプランの課題", "アクションプランの課題"),  # a kind of document
        ("2021年の実績", "2021年の実績"),  # what was done in a period
        ("令和3年度実績", "令和3年度実績"),
    ],
)
def test_outline_words(folded: str, said: str) -> None:
    assert outline_words(folded) == said


def test_the_words_searched_for_as_text_are_those_typed() -> None:
    assert core("重点分野の説明を教えて") == "テーマの説明"
    assert core("重点分野の説明を教えて", outline=False) == "重点分野の説明"
