"""An act amending a law named by the law it amends (「○○法等の一部改正法」「令和4年の○○法改正」): read as
the act the graph holds under its title; no store needed.  The laws are real public ones."""

from __future__ import annotations

from datetime import date

from kg.ask.amending import amending_act
from kg.ask.entities import Entity
from kg.ask.names import Lexicon
from kg.ask.outcomes import Reading
from kg.ask.reading import read_question

ROAD = Entity("https://w3id.org/policykg/id/law/road-traffic-act", "law", "道路交通法")
ROAD_AMENDED = Entity(
    "https://w3id.org/policykg/id/law/road-traffic-amendment", "law", "道路交通法の一部を改正する法律"
)
TODAY = date(2023, 4, 1)


def _lexicon(*entities: Entity) -> Lexicon:
    return Lexicon([(e, e.label) for e in entities])


def test_an_amendment_said_with_its_year_is_the_act_that_made_it() -> None:
    said = amending_act("令和4年の道路交通法改正に基づく施策", _lexicon(ROAD, ROAD_AMENDED))
    assert said == ("道路交通法の一部を改正する法律に基づく施策", (ROAD_AMENDED,))
    outcome = read_question("令和4年の道路交通法改正に基づく施策は？", _lexicon(ROAD, ROAD_AMENDED), TODAY)
    assert isinstance(outcome, Reading)
    assert outcome.entities == (ROAD_AMENDED,)


def test_an_amending_act_said_short() -> None:
    said = amending_act("道路交通法の一部改正法に基づく取組", _lexicon(ROAD, ROAD_AMENDED))
    assert said is not None and said[1] == (ROAD_AMENDED,)


def test_no_act_in_the_graph_or_no_year_leaves_the_question_as_it_is() -> None:
    # the graph holds no amending act: the amendment is read as the kinds read it
    assert amending_act("令和4年の道路交通法改正に基づく施策", _lexicon(ROAD)) is None
    # 「…法の改正に関する取組」 without a year: the law's amendments, not one act
    assert amending_act("道路交通法の改正に関する取組", _lexicon(ROAD, ROAD_AMENDED)) is None
