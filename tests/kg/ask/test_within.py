"""An issue's number read within the documents a question is kept to; no store needed."""

from __future__ import annotations

from kg.ask.entities import Entity
from kg.ask.names import Lexicon


def test_an_issue_number_kept_to_the_documents_asked_about() -> None:
    # two documents each number an issue 3.2: a question kept to one of them means its own
    first = Entity("https://w3id.org/policykg/id/doc/a/issue/3.2", "issue", "一つ目の文書の課題")
    second = Entity("https://w3id.org/policykg/id/doc/b/issue/3.2", "issue", "二つ目の文書の課題")
    lexicon = Lexicon([], [(first, "3.2"), (second, "3.2")])
    assert set(lexicon.issues("3.2")) == {first, second}
    assert lexicon.within(["https://w3id.org/policykg/id/doc/b"]).issues("3.2") == (second,)
    # documents that number no issue so keep every one (the question is then asked back)
    assert set(lexicon.within(["https://w3id.org/policykg/id/doc/c"]).issues("3.2")) == {first, second}


def test_an_issue_number_glossed_by_words_of_its_label() -> None:
    card = Entity("https://w3id.org/policykg/id/doc/a/issue/2.1", "issue", "カード交付の円滑化")
    data = Entity("https://w3id.org/policykg/id/doc/b/issue/2.1", "issue", "行政データの二次利用の推進")
    lexicon = Lexicon([], [(card, "2.1"), (data, "2.1")])
    (found,) = lexicon.find_issues("課題2.1(二次利用)の施策")
    assert found.candidates == (data,) and found.end == len("課題2.1(二次利用)")
    # words no label holds (or both hold) leave the number to be asked back
    (found,) = lexicon.find_issues("課題2.1(予定含む)の施策")
    assert set(found.candidates) == {card, data} and found.end == len("課題2.1")
