"""Sentences and their dependency parse: GiNZA (``ja_ginza``), one pipeline per thread."""

from __future__ import annotations

import logging
import re
import threading
from collections.abc import Iterable
from typing import Any

log = logging.getLogger(__name__)


PARSER_MODEL = "ja_ginza"


# The parse needs tokens, tags and dependencies; named entities and bunsetu spans decide nothing here.
_EXCLUDED = ["ner", "bunsetu_recognizer"]


_local = threading.local()


_UNSET = object()


def _load() -> Any:
    import spacy

    return spacy.load(PARSER_MODEL, exclude=_EXCLUDED)


def dependency_parser() -> Any | None:
    """This thread's GiNZA pipeline, or None when the model cannot be loaded."""
    nlp = getattr(_local, "parser", _UNSET)
    if nlp is _UNSET:
        try:
            nlp = _load()
        except (OSError, ImportError) as exc:
            log.warning("%s cannot be loaded (%s): relations are read from the text alone", PARSER_MODEL, exc)
            nlp = None
        _local.parser = nlp
    return nlp


_SENTENCE_END = re.compile(r"[。\n]+")


def sentences(text: str) -> list[tuple[int, int]]:
    """Offsets of the sentences of ``text`` (split after 。 and at line breaks).

    >>> sentences("設置した。検討する")
    [(0, 5), (5, 9)]
    """
    spans, start = [], 0
    for m in _SENTENCE_END.finditer(text):
        if text[start : m.end()].strip():
            spans.append((start, m.end()))
        start = m.end()
    if text[start:].strip():
        spans.append((start, len(text)))
    return spans


def parse_many(texts: Iterable[str]) -> dict[str, Any]:
    """Each distinct text parsed once, in one ``nlp.pipe`` stream; empty without the model.

    The parser's per-call overhead and its small matrix products dominate a
    sentence at a time; a batch shares both.
    """
    unique = list(dict.fromkeys(texts))
    nlp = dependency_parser() if unique else None
    if nlp is None:
        return {}
    return dict(zip(unique, nlp.pipe(unique, batch_size=_PARSE_BATCH), strict=True))


_PARSE_BATCH = 64
