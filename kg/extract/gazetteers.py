"""What the law and agency rulers share: gazetteers read from ``kg/data``, name patterns,
candidates and the longest-match selection, and putting mentions on a spaCy doc.
"""

from __future__ import annotations

import bisect
import csv
import io
import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from importlib import resources
from typing import Any, Generic, Protocol, TypeVar

from spacy.language import Language
from spacy.matcher import Matcher

from kg.extract.folding import fold


def read_gazetteer_csv(name: str) -> list[dict[str, str]]:
    """Rows of a CSV shipped in ``kg.data``; lines starting with ``#`` are comments."""
    raw = resources.files("kg.data").joinpath(name).read_text(encoding="utf-8")
    body = "".join(line for line in io.StringIO(raw) if not line.startswith("#"))
    return [{k: (v or "").strip() for k, v in row.items()} for row in csv.DictReader(io.StringIO(body))]


def split_names(field: str) -> tuple[str, ...]:
    return tuple(n.strip() for n in field.split("|") if n.strip())


_BRACKETS = "「」『』()（）[]［］【】〈〉《》\"'“”‘’"


class GazetteerEntry(Protocol):
    @property
    def key(self) -> str: ...

    @property
    def names(self) -> tuple[str, ...]: ...


E = TypeVar("E", bound=GazetteerEntry)


class Gazetteer(Generic[E]):
    """Entries by key and by every name (in :func:`normalise_name` form), in file order."""

    def __init__(self, entries: list[E]) -> None:
        self._by_key = {e.key: e for e in entries}
        self._by_name = {normalise_name(n): e for e in entries for n in e.names}

    def __iter__(self) -> Iterator[E]:
        return iter(self._by_key.values())

    def __len__(self) -> int:
        return len(self._by_key)

    def get(self, key: str) -> E | None:
        return self._by_key.get(key)


G = TypeVar("G", bound=Gazetteer[Any])


class GazetteerRuler(Generic[G]):
    """What both rulers hold: their component name, their gazetteer with its names folded
    (and one pattern for them), and a token matcher for the names' productive forms."""

    def __init__(self, nlp: Language, name: str, gazetteer: G) -> None:
        self.name = name
        self.gazetteer = gazetteer
        self._names = {fold(n): e for e in gazetteer for n in e.names}
        self._names_re = surface_regex(self._names)
        self._matcher = Matcher(nlp.vocab)


def normalise_name(surface: str) -> str:
    """The form names are compared in: NFKC, no brackets or spaces around or inside.

    >>> normalise_name("「デジタル手続法」")
    'デジタル手続法'
    """
    norm = unicodedata.normalize("NFKC", surface)
    norm = re.sub(r"\s+", "", norm)
    return norm.strip(_BRACKETS)


_ASCII_WORD = re.compile(r"[A-Za-z0-9]")


def surface_regex(names: Iterable[str]) -> re.Pattern[str]:
    """One pattern for all ``names`` (folded), longest first, so the longest name wins.

    A name in Latin letters must stand as its own word: IPA is not found in IPAddress.
    """
    alternatives = []
    for name in sorted({fold(n) for n in names if n}, key=lambda n: (-len(n), n)):
        pattern = "".join(_char_pattern(ch) for ch in name)
        if _ASCII_WORD.match(name[0]):
            pattern = r"(?<![A-Za-z0-9])" + pattern
        if _ASCII_WORD.match(name[-1]):
            pattern += r"(?![A-Za-z0-9])"
        alternatives.append(pattern)
    return re.compile("|".join(alternatives) or r"(?!)")


def composed(matched: str) -> str:
    """A match of :func:`surface_regex` in the form its name was given in (voiced kana composed)."""
    return unicodedata.normalize("NFC", matched)


def _char_pattern(ch: str) -> str:
    # fold() keeps one character per character, so half-width ﾊﾞ stays two: ハ and
    # a combining mark.  A voiced kana matches both spellings.
    decomposed = unicodedata.normalize("NFD", ch)
    if len(decomposed) == 2 and decomposed[1] in "\u3099\u309a":
        return f"(?:{re.escape(ch)}|{re.escape(decomposed)})"
    return re.escape(ch)


@dataclass(frozen=True, slots=True)
class Candidate:
    """A possible mention before overlaps are resolved; ``key`` None means not in the gazetteer."""

    start: int
    end: int
    key: str | None
    kind: str
    #: Among candidates of the same length, the higher wins (the gazetteer over a pattern).
    priority: int = 0

    @property
    def length(self) -> int:
        return self.end - self.start


def select_longest(candidates: Iterable[Candidate]) -> list[Candidate]:
    """Non-overlapping candidates in text order, preferring the longest, then the higher priority."""
    ranked = sorted(candidates, key=lambda c: (-c.length, -c.priority, c.start))
    starts: list[int] = []
    taken: list[Candidate] = []  # in text order, so only the neighbours can overlap
    for cand in ranked:
        i = bisect.bisect_left(starts, cand.start)
        if cand.length <= 0 or (i > 0 and taken[i - 1].end > cand.start):
            continue
        if i < len(taken) and taken[i].start < cand.end:
            continue
        starts.insert(i, cand.start)
        taken.insert(i, cand)
    return taken


def noun_runs(doc: Any, matcher: Any, label: str) -> Iterator[tuple[int, int]]:
    """Token index ranges the ``matcher`` found under ``label``, longest per end."""
    best: dict[int, int] = {}
    for match_id, start, end in matcher(doc):
        if doc.vocab.strings[match_id] == label and (end not in best or start < best[end]):
            best[end] = start
    for end, start in sorted(best.items()):
        yield start, end


def store(doc: Any, key: str, mentions: Sequence[Any], label: Callable[[Any], str]) -> None:
    """Put ``mentions`` on ``doc``: exact offsets in ``user_data``, token spans in ``doc.spans``."""
    doc.user_data[key] = list(mentions)
    spans = []
    for m in mentions:
        span = doc.char_span(m.start, m.end, label=label(m), alignment_mode="expand")
        if span is not None:
            spans.append(span)
    doc.spans[key] = spans
