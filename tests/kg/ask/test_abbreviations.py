"""Short forms of bodies' names that a question may use and a document may never write: characters of
the full name kept in order, its first and its last (or the first of a head such as 協議会), or its
last words; no store needed.  The names are those of real public bodies."""

from __future__ import annotations

import pytest

from kg.ask.abbreviations import Abbreviations, shortens
from kg.ask.entities import Entity


@pytest.mark.parametrize(
    ("short", "name"),
    [
        ("厚労省", "厚生労働省"),
        ("経産省", "経済産業省"),
        ("法制審", "法制審議会"),
        ("個情委", "個人情報保護委員会"),
        ("全国知事会", "公益社団法人全国知事会"),
        # a council of a city, shortened without the city's name
        ("教委", "横浜市教育委員会"),
        ("日弁連", "日本弁護士連合会"),
        ("年金機構", "日本年金機構"),
    ],
)
def test_a_short_form_keeps_the_names_characters_in_order(short: str, name: str) -> None:
    assert shortens(short, name)


@pytest.mark.parametrize(
    ("short", "name"),
    [
        ("消防", "消防庁"),  # the name's first word, not a short form of it
        ("労働省", "厚生労働省"),  # not its first character, and too short to be its last words
        ("厚生労働省", "厚生労働省"),  # the name itself
        ("経産局", "経済産業省"),  # a character it does not have
    ],
)
def test_what_is_no_short_form(short: str, name: str) -> None:
    assert not shortens(short, name)


def test_a_word_of_the_question_read_as_the_agencies_it_shortens() -> None:
    mhlw = Entity("https://w3id.org/policykg/id/agency/mhlw", "agency", "厚生労働省")
    meti = Entity("https://w3id.org/policykg/id/agency/meti", "agency", "経済産業省")
    found = Abbreviations([(mhlw, "厚生労働省"), (meti, "経済産業省")])
    assert found.at("厚労省が関わる施策", 0) == (3, (mhlw,))
    # a word is read whole, from where it starts
    assert found.at("厚労省が関わる施策", 1) == (1, ())
    assert found.at("施策", 0) == (0, ())
