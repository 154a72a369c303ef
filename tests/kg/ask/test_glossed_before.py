"""An issue's number in brackets after words of its label, where two documents number an issue alike:
「○○（課題2-1）」 and 「○○である課題（2-1）」 name the issue whose label holds the words; no store needed."""

from __future__ import annotations

from kg.ask.entities import Entity, Mention
from kg.ask.glossed import glossed_before, narrowed_inside, numbers_after_words
from kg.ask.text import fold

PAPER = Entity("https://w3id.org/policykg/id/doc/a/issue/2-1", "issue", "窓口での手続に紙の書類が多い")
NURSERY = Entity(
    "https://w3id.org/policykg/id/doc/b/issue/2-1", "issue", "保育所の入所申請の手続が煩雑である"
)


def test_words_before_the_number_in_brackets_pick_one_issue() -> None:
    text = fold("入所申請（課題2-1）の施策")
    (number,) = numbers_after_words(text)
    found = [Mention(number.start() + 1, number.end() - 1, "2.1", "issue", (PAPER, NURSERY))]
    assert narrowed_inside(found, number, text)
    assert found[0].candidates == (NURSERY,)


def test_the_issue_class_said_between_the_words_and_the_number() -> None:
    text = fold("入所申請の手続が煩雑である課題（2-1）への施策")
    (number,) = numbers_after_words(text)
    assert glossed_before(text, number.start(), (PAPER, NURSERY)) == (NURSERY,)
    # words no label holds pick none
    text = fold("公金受取口座の課題（2-1）への施策")
    (number,) = numbers_after_words(text)
    assert glossed_before(text, number.start(), (PAPER, NURSERY)) == ()
