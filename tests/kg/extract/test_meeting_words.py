"""A meeting named by what it is about alone is no council: sentences written for it, expected by reading.

A council's name has a name before its ending (「規制改革推進会議」, 「地域医療構想調整会議」); a meeting word
of one two-character word and 会議 (「調達会議」, 「推進会議」, 「調整会議」) says what a meeting is about and
names no body, whoever holds it (「都道府県の調達会議」).
"""

from __future__ import annotations

import pytest

from tests.kg.extract.test_generality import bodies

MEETINGS: list[tuple[str, set[str]]] = [
    # a meeting word alone: no body
    ("都道府県の調達会議を設置（2024年6月）", set()),
    ("市町村の推進会議を年2回開催する。", set()),
    ("関係機関による調整会議を開いた。", set()),
    ("県の防災会議で報告した。", set()),
    ("調整会議において合意した。", set()),
    # a council with a name before the ending
    ("規制改革推進会議の答申を踏まえる。", {"規制改革推進会議"}),
    ("地域医療構想調整会議で協議を行う。", {"地域医療構想調整会議"}),
    ("中央防災会議が基本計画を決定した。", {"中央防災会議"}),
    ("経済財政諮問会議において議論された。", {"経済財政諮問会議"}),
    # the other endings keep their short names (a named body of a two-character name)
    ("法制審議会に諮問した。", {"法制審議会"}),
    ("統計委員会の審議を経る。", {"統計委員会"}),
]


@pytest.mark.parametrize(("text", "expected"), MEETINGS)
def test_a_meeting_word_alone_is_no_council(text: str, expected: set[str]) -> None:
    assert bodies(text) == expected
