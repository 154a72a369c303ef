"""A name said with another name of the same thing, or after its parent body, is one mention."""

from __future__ import annotations

from kg.ask.compound import joined
from kg.ask.entities import Entity
from kg.ask.names import Lexicon
from kg.ask.text import fold

MLIT = Entity("urn:body:mlit", "agency", "国土交通省")
ROADS = Entity("urn:body:roads", "agency", "道路局")
MOJ = Entity("urn:body:moj", "agency", "法務省")
COUNCIL = Entity("urn:body:council", "agency", "法制審議会")
DIGITAL = Entity("urn:body:digital", "agency", "デジタル庁")
ACT = Entity("urn:law:roads", "law", "道路法")
LEXICON = Lexicon(
    [
        (MLIT, "国土交通省"),
        (ROADS, "道路局"),
        (MOJ, "法務省"),
        (COUNCIL, "法制審議会"),
        (DIGITAL, "デジタル庁"),
        (ACT, "道路法"),
        (ACT, "昭和二十七年法律第百八十号"),
    ]
)
# the store as these tests know it: 法制審議会 is 法務省's, 道路局 is held under no body
PARENTS = {COUNCIL.iri: MOJ.iri}


def _belongs(body: Entity, parent: Entity) -> bool:
    return PARENTS.get(body.iri) == parent.iri


def _under_any(body: Entity) -> bool:
    return body.iri in PARENTS


def _read(question: str) -> list[tuple[str, tuple[str, ...]]]:
    text = fold(question)
    found = joined(text, LEXICON.find_names(text), _belongs, _under_any)
    return [(m.text, tuple(e.label for e in m.candidates)) for m in found]


def test_a_body_after_the_body_it_belongs_to_is_that_body() -> None:
    assert _read("法務省の法制審議会の取組") == [("法務省の法制審議会", ("法制審議会",))]
    assert _read("法務省法制審議会の取組") == [("法務省法制審議会", ("法制審議会",))]


def test_a_body_held_under_none_is_taken_under_the_one_written_with_it() -> None:
    assert _read("国土交通省道路局の施策") == [("国土交通省道路局", ("道路局",))]
    # with の the graph must hold the tie: two bodies are left as said
    assert [t for t, _ in _read("国土交通省の道路局の施策")] == ["国土交通省", "道路局"]


def test_a_body_under_another_is_not_read_under_the_one_said() -> None:
    # the council is held under 法務省 only: the two said together name nothing
    assert _read("デジタル庁の法制審議会の取組") == [("デジタル庁の法制審議会", ())]
    assert _read("デジタル庁法制審議会の取組") == [("デジタル庁法制審議会", ())]


def test_a_name_with_another_name_of_it_in_brackets_is_one_name() -> None:
    assert _read("道路法（昭和二十七年法律第百八十号）に基づく施策") == [
        ("道路法(昭和二十七年法律第百八十号)", ("道路法",))
    ]
    # names of two things in brackets are left as said
    assert [t for t, _ in _read("国土交通省（道路法）の施策")] == ["国土交通省", "道路法"]


def test_a_law_after_iwayuru_or_before_tou_is_the_law() -> None:
    assert _read("いわゆる道路法に基づく施策") == [("いわゆる道路法", ("道路法",))]
    assert _read("道路法等に基づく施策") == [("道路法等", ("道路法",))]
