"""The query parser: small syntax, bounded expansion, and it never raises."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg.settings import Settings
from search.engine import search
from search.query import MAX_TOKENS, parse, split
from search.synonyms import SynonymTable, curated_groups

TABLE = SynonymTable([*curated_groups(), ("地方公共団体情報システム機構", "J-LIS", "JLIS")])


@pytest.mark.parametrize(
    ("text", "groups"),
    [
        ("a b", [["a"], ["b"]]),
        ('"a b" c', [["a b"], ["c"]]),
        ("a OR b", [["a", "b"]]),
        ("a ＯＲ b", [["a", "b"]]),
        ('"unclosed phrase', [["unclosed"], ["phrase"]]),
        ("(a", [["(a"]]),
        ("OR", []),
        ("NOT", []),
    ],
)
def test_split(text: str, groups: list[list[str]]) -> None:
    assert [[c.text for c in g] for g in split(text)] == groups


def test_negation_marks_clauses() -> None:
    groups = split("a -b NOT c")
    assert [(g[0].text, g[0].negated) for g in groups] == [("a", False), ("b", True), ("c", True)]


def test_only_exclusions_search_nothing() -> None:
    assert parse("-マイナンバー", TABLE).query is None


def test_synonym_inside_a_word_is_expanded() -> None:
    parsed = parse("J-LISの体制", TABLE)
    assert "地方公共団体情報システム機構" in parsed.expanded
    assert "地方公共団体情報システム機構" in str(parsed.query).replace(" ", "") or "地方公共団体" in str(
        parsed.query
    )


def test_no_wildcards_or_fuzzy_terms() -> None:
    query = parse("マイナ* カード~2 ?", TABLE).query
    assert query is not None
    text = repr(query)
    assert "Wildcard" not in text and "Fuzzy" not in text and "Prefix" not in text


def test_long_input_is_bounded() -> None:
    parsed = parse("マイナンバーカード " * 500, TABLE)
    assert parsed.query is not None
    assert len(list(parsed.query.leaves())) <= 32 * MAX_TOKENS * 8


PIECES = st.one_of(
    st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=6),
    st.sampled_from([*'"“”()[]{}（）「」*~?^:+-!|& ', "AND", "OR", "NOT", "マイナンバー", "J-LIS", " "]),
)
QUERY_TEXT = st.lists(PIECES, max_size=16).map("".join)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=QUERY_TEXT)
def test_parse_never_raises(text: str) -> None:
    parse(text, TABLE)


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=QUERY_TEXT)
def test_search_never_raises(indexed: Settings, text: str) -> None:
    result = search(indexed, text)
    assert result.total >= len(result.hits)
