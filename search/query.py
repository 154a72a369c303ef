"""What staff type, turned into a Whoosh query that cannot blow up.

The syntax is small on purpose: words (all must match), ``"a phrase"``, ``OR``
between two words, ``-word`` or ``NOT word`` to exclude.  There are no
wildcards, no fuzzy terms and no field prefixes, so no query expands into
thousands of terms.  Brackets, stray quotes, ``*`` and ``~`` are plain
characters (the analyzer drops punctuation); an unclosed quote makes the rest
plain words.  Parsing never raises.

Each word is analysed with the index's analyzer: a mode-C token matches itself
or all of its mode-A sub-words; synonyms found inside a word are searched as
phrases beside it.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from typing import Any

from whoosh import query as wq

from search.analysis import Piece, pieces
from search.synonyms import SynonymTable

FIELD = "text"
MAX_QUERY_CHARS = 1000
MAX_CLAUSES = 32
MAX_TOKENS = 64
_QUOTES = {'"', "“", "”", "＂"}
_OR = {"OR", "|"}
_NOT = {"NOT"}
_AND = {"AND", "&"}


@dataclass(frozen=True, slots=True)
class Clause:
    """One word or phrase as typed."""

    text: str
    phrase: bool = False
    negated: bool = False


@dataclass(slots=True)
class ParsedQuery:
    """The Whoosh query (None when nothing searchable was typed) and what it searched."""

    query: Any
    expanded: list[str] = field(default_factory=list)
    terms: set[str] = field(default_factory=set)


def split(text: str) -> list[list[Clause]]:
    """Groups of clauses: every group must match; within a group, any clause (OR).

    >>> [[c.text for c in g] for g in split('a "b c" OR d -e')]
    [['a'], ['b c', 'd'], ['e']]
    """
    words: list[tuple[str, bool]] = []
    buf: list[str] = []
    i = 0
    text = text[:MAX_QUERY_CHARS]
    while i < len(text):
        ch = text[i]
        if ch in _QUOTES:
            end = next((j for j in range(i + 1, len(text)) if text[j] in _QUOTES), -1)
            if end != -1:
                if buf:
                    words.append(("".join(buf), False))
                    buf = []
                words.append((text[i + 1 : end], True))
                i = end + 1
                continue
            i += 1  # an unclosed quote: the rest is plain words
            continue
        if ch.isspace():
            if buf:
                words.append(("".join(buf), False))
                buf = []
        else:
            buf.append(ch)
        i += 1
    if buf:
        words.append(("".join(buf), False))

    groups: list[list[Clause]] = []
    join_next = False
    negate_next = False
    for word, phrase in words:
        keyword = unicodedata.normalize("NFKC", word) if not phrase else ""
        if keyword in _OR:
            join_next = bool(groups)
            continue
        if keyword in _NOT:
            negate_next = True
            continue
        if keyword in _AND:
            continue
        negated = negate_next
        negate_next = False
        if not phrase and len(keyword) > 1 and keyword[0] == "-":
            negated, word = True, word[1:]
        if not word.strip():
            continue
        clause = Clause(word, phrase, negated)
        if join_next and not negated and groups and not groups[-1][0].negated:
            groups[-1].append(clause)
        else:
            groups.append([clause])
        join_next = False
        if len(groups) >= MAX_CLAUSES:
            break
    return groups


def _term(piece: Piece, terms: set[str]) -> Any:
    terms.update(piece.forms)
    if len(piece.forms) == 1:
        return wq.Term(FIELD, piece.forms[0])
    return wq.Or([wq.Term(FIELD, f) for f in piece.forms])


def _grouped(text: str) -> list[tuple[Piece, list[Piece]]]:
    out: list[tuple[Piece, list[Piece]]] = []
    for piece in pieces(text):
        if piece.sub and out:
            out[-1][1].append(piece)
        elif not piece.sub:
            out.append((piece, []))
        if len(out) > MAX_TOKENS:
            break
    return out[:MAX_TOKENS]


def _words(text: str, terms: set[str]) -> Any:
    """All tokens of ``text``: each token itself, or all of its sub-words."""
    parts = []
    for token, subs in _grouped(text):
        alternative = _term(token, terms)
        if subs:
            alternative = wq.Or([alternative, wq.And([_term(s, terms) for s in subs])])
        parts.append(alternative)
    if not parts:
        return None
    return parts[0] if len(parts) == 1 else wq.And(parts)


def _phrase(text: str, terms: set[str]) -> Any:
    """``text`` as a phrase of mode-C tokens, or of its finer split where a compound differs."""
    grouped = _grouped(text)
    if not grouped:
        return None
    for token, subs in grouped:
        terms.update(token.forms)
        for sub in subs:
            terms.update(sub.forms)
    coarse = [token.forms[0] for token, _ in grouped]
    fine = [f for token, subs in grouped for f in ([s.forms[0] for s in subs] or [token.forms[0]])]
    variants = [coarse] if fine == coarse else [coarse, fine]
    queries = [wq.Term(FIELD, v[0]) if len(v) == 1 else wq.Phrase(FIELD, v) for v in variants]
    return queries[0] if len(queries) == 1 else wq.Or(queries)


def _clause(clause: Clause, synonyms: SynonymTable, parsed: ParsedQuery) -> Any:
    terms = parsed.terms
    if clause.phrase:
        base = _phrase(clause.text, terms)
        alternatives = synonyms.alternatives(clause.text)
        if not alternatives:
            return base
        others = [q for alt in alternatives if (q := _phrase(alt, terms)) is not None]
        _note(parsed, alternatives)
        return wq.Or([q for q in [base, *others] if q is not None]) or None
    parts = []
    at = 0
    text = clause.text
    for match in synonyms.find(text):
        if match.start > at:
            parts.append(_words(text[at : match.start], terms))
        surface = text[match.start : match.end]
        own = _words(surface, terms)
        others = [q for alt in match.alternatives if (q := _phrase(alt, terms)) is not None]
        _note(parsed, match.alternatives)
        parts.append(wq.Or([q for q in [own, *others] if q is not None]))
        at = match.end
    if at < len(text):
        parts.append(_words(text[at:], terms))
    parts = [p for p in parts if p is not None]
    if not parts:
        return None
    return parts[0] if len(parts) == 1 else wq.And(parts)


def _note(parsed: ParsedQuery, alternatives: tuple[str, ...]) -> None:
    for alt in alternatives:
        if alt not in parsed.expanded:
            parsed.expanded.append(alt)


def parse(text: str, synonyms: SynonymTable) -> ParsedQuery:
    """The query for ``text``; ``query`` is None when no searchable word was typed.

    Terms of excluded words are not kept for highlighting.
    """
    parsed = ParsedQuery(None)
    positive: list[Any] = []
    negative: list[Any] = []
    for group in split(text):
        if group[0].negated:
            # Excluded words neither highlight nor count as expansions.
            throwaway = ParsedQuery(None)
            q = _clause(group[0], synonyms, throwaway)
            if q is not None:
                negative.append(q)
            continue
        alternatives = [q for c in group if (q := _clause(c, synonyms, parsed)) is not None]
        if alternatives:
            positive.append(alternatives[0] if len(alternatives) == 1 else wq.Or(alternatives))
    if not positive:
        parsed.expanded = []
        return parsed
    query = positive[0] if len(positive) == 1 else wq.And(positive)
    if negative:
        query = wq.AndNot(query, negative[0] if len(negative) == 1 else wq.Or(negative))
    parsed.query = query
    return parsed
