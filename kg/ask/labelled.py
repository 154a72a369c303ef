"""The labels of a class's entities, read once for a lexicon (one generation of the store) and
looked through here: 「マイナポータルに関する施策」 picks the labels that hold the words, and the
store is asked only for the entities with those labels (a scan of every label at 1,000 documents
takes seconds each question).

Takes the lexicon's ``select`` and the class's local name; gives the labels holding each word
(folded as the questions are: no spaces or middle dots, lower case) as SPARQL literals for a
``VALUES`` clause, or None where they are too many to list in one query (the question is then
answered by a plain search, said so).
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass

# the literals of one VALUES clause, at most (the store takes queries of 100,000 bytes)
MAX_VALUES_BYTES = 80_000
_SPACE_RE = re.compile(r"[\s・]")
# what the store's REPLACE(…, "\\s", "") takes out (XML Schema's spaces), and a label's asides
_XSD_SPACE_RE = re.compile(r"[ \t\n\r]")
_ASIDE_RE = re.compile(r"[（(][^）)]*[）)]")
_LABELS = """SELECT ?entity ?label (LANG(?label) AS ?lang) WHERE {
  ?entity a pol:$class ; rdfs:label ?label .
}"""

Select = Callable[[str], list[dict[str, str]]]


class TooManyError(Exception):
    """More labels hold the words than one query may list."""


@dataclass(frozen=True, slots=True)
class Labelled:
    """One entity's label: as stored, as a literal, folded as the words asked are (``folded``), and
    as the name lookups fold it (``plain``: no spaces, lower case; ``bare``: without its asides)."""

    iri: str
    label: str
    literal: str
    folded: str
    plain: str
    bare: str


class Labels:
    """Each class's labels, folded, read on first use."""

    def __init__(self, select: Select, max_bytes: int = MAX_VALUES_BYTES) -> None:
        self._select = select
        self._max_bytes = max_bytes
        self._lock = threading.Lock()
        self._by_class: dict[str, list[Labelled]] = {}

    def of(self, cls: str) -> list[Labelled]:
        """The labels of the entities of ``cls`` (a local name of the vocabulary: ``Measure``)."""
        with self._lock:
            known = self._by_class.get(cls)
            if known is None:
                known = []
                for row in self._select(_LABELS.replace("$class", cls)):
                    label = row["label"]
                    plain = _XSD_SPACE_RE.sub("", label).lower()
                    literal = sparql_literal(label, row.get("lang", ""))
                    known.append(
                        Labelled(
                            row["entity"], label, literal, fold_label(label), plain, _ASIDE_RE.sub("", plain)
                        )
                    )
                self._by_class[cls] = known
            return known

    def is_read(self, cls: str) -> bool:
        """Whether the labels of ``cls`` have been read (a question looking through them waits for none)."""
        with self._lock:
            return cls in self._by_class

    def named(self, cls: str, words: Sequence[str]) -> list[Labelled]:
        """The entities whose label, or label without its asides, holds each of ``words``."""
        return [e for e in self.of(cls) if all(w in e.plain or w in e.bare for w in words)]

    def called(self, cls: str, name: str) -> list[Labelled]:
        """The entities whose whole label, or label without its asides, is ``name``."""
        return [e for e in self.of(cls) if name in (e.plain, e.bare)]

    def holding(self, classes: Sequence[str], words: Sequence[str], plain: bool = False) -> list[str]:
        """The literals of the labels of ``classes`` that hold each of ``words`` (folded, or with
        ``plain`` only without spaces and in lower case); raises :class:`TooManyError` where they would
        not fit one query."""
        found: dict[str, None] = {}
        size = 0
        for cls in classes:
            for entity in self.of(cls):
                literal = entity.literal
                said = entity.plain if plain else entity.folded
                if literal not in found and all(w in said for w in words):
                    found[literal] = None
                    size += len(literal.encode()) + 1
                    if size > self._max_bytes:
                        raise TooManyError
        return list(found)


def fold_label(label: str) -> str:
    """A label folded as the words asked are: 「ワンス・オンリー」 → 「ワンスオンリー」."""
    return _SPACE_RE.sub("", label).lower()


def sparql_literal(label: str, lang: str = "") -> str:
    """``label`` as a SPARQL string literal (its quotes, backslashes and line breaks escaped), tagged
    ``lang`` where one is given."""
    text = label.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r")
    return f'"{text}"@{lang}' if lang else f'"{text}"'
