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
