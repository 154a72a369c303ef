"""The tests every set of annotated sentences runs, made once for all of them.

A set (tests/kg/extract/test_generality_sentences*.py) gives its rows and takes its tests from here:

    test_named_bodies = bodies_test(BODIES)
    test_laws = laws_test(LAWS)
    test_legislative_actions = actions_test(ACTIONS)
    test_the_measures_and_issues_depend_on_their_laws, test_all_links_counted = depends_tests(
        DEPENDS, (right, found, expected)
    )

A row's expectation is one reading or a tuple of the readings that are all right (a compound
name read as one body or as two, an amending act named by its title or by the act it amends).
DEPENDS rows are short Markdown documents with the (item class, item label, law surface) links of
their measures and issues; the figures of the whole set are floors a rule may not take below.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import pytest

from kg.extract.evaluate import norm
from kg.extract.extraction import extract
from kg.extract.gazetteers import normalise_name
from kg.extract.laws import find_laws
from kg.read import read_string
from tests.kg.extract.test_depends import DATE, found_links
from tests.kg.extract.test_generality import bodies
from tests.kg.extract.test_generality_blind import actions_by_surface

Links = set[tuple[str, str, str]]
Document = tuple[str, list[tuple[str, str, str]]]


def readings(expected: Any) -> tuple[Any, ...]:
    """The acceptable readings of a row: a tuple of them, or the one given."""
    return expected if isinstance(expected, tuple) else (expected,)


def _ids(rows: Sequence[tuple[str, Any]]) -> list[str]:
    return [row[0][:16] for row in rows]


def bodies_test(rows: Sequence[tuple[str, Any]]) -> Callable[[str, Any], None]:
    """Each sentence's named public bodies, as a set of surfaces."""

    @pytest.mark.parametrize(("text", "expected"), rows, ids=_ids(rows))
    def test(text: str, expected: Any) -> None:
        assert bodies(text) in readings(expected)

    return test


def laws_test(rows: Sequence[tuple[str, Any]]) -> Callable[[str, Any], None]:
    """Each sentence's laws, as the list of their surfaces in order."""

    @pytest.mark.parametrize(("text", "expected"), rows, ids=_ids(rows))
    def test(text: str, expected: Any) -> None:
        assert [m.text for m in find_laws(text)] in readings(expected)

    return test


def actions_test(rows: Sequence[tuple[str, Any]]) -> Callable[[str, Any], None]:
    """Each sentence's legislative actions: (act kind, action kind, the surfaces of its laws)."""

    @pytest.mark.parametrize(("text", "expected"), rows, ids=_ids(rows))
    def test(text: str, expected: Any) -> None:
        assert actions_by_surface(text) in readings(expected)

    return test


def law_key(surface: str, *, rules_by_name: bool = False) -> str:
    """The key of the one law ``surface`` names; with ``rules_by_name`` a rule no list holds
    (「…規則」 named alone) is one by its name, as what the text does to it makes it one."""
    found = find_laws(surface)
    if not found and rules_by_name and surface.endswith("規則"):
        return normalise_name(surface)
    assert len(found) == 1 and found[0].text == surface, f"{surface!r} is not read as one law"
    return found[0].key


def links(document: Document, *, rules_by_name: bool = False) -> tuple[Links, Links]:
    """(found, expected) links of the measures and issues of one document."""
    text, want = document
    ex = extract(read_string(text, suffix=".md"), DATE, use_parser=False)
    expected = {(cls, norm(label), law_key(law, rules_by_name=rules_by_name)) for cls, label, law in want}
    return found_links(ex), expected


def _title(text: str) -> str:
    return text.lstrip("#").split("\n", 1)[0].strip()[:14]


def depends_tests(
    documents: Sequence[Document], figures: tuple[int, int, int], *, rules_by_name: bool = False
) -> tuple[Callable[[Document], None], Callable[[], None]]:
    """Each document's links, and the (right, found, expected) links of the set as a whole."""

    @pytest.mark.parametrize("document", documents, ids=[_title(text) for text, _ in documents])
    def test_documents(document: Document) -> None:
        found, expected = links(document, rules_by_name=rules_by_name)
        assert found == expected

    def test_figures() -> None:
        right = got = want = 0
        for document in documents:
            found, expected = links(document, rules_by_name=rules_by_name)
            right, got, want = right + len(found & expected), got + len(found), want + len(expected)
        assert (right, got, want) == figures

    return test_documents, test_figures


def not_yet_read_test(documents: Sequence[Document], ids: Sequence[str]) -> Callable[[Document], None]:
    """Documents whose measures the outline does not read yet: each must still fail (strict), so the
    day a rule reads one, the test says so and the document joins its set's ``DEPENDS``."""

    @pytest.mark.xfail(strict=True, reason="the outline does not read these measures yet")
    @pytest.mark.parametrize("document", documents, ids=list(ids))
    def test_documents(document: Document) -> None:
        found, expected = links(document)
        assert found == expected

    return test_documents
