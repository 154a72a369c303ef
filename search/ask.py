"""A question answered from the graph, or, failing that, searched as text.

Takes the settings, a question and the page of the answer wanted (``offset``,
``limit``); gives an :class:`AskResult`: the graph's answer (:func:`kg.ask.answer.ask`,
names resolved with the curated synonym list too; its JSON's ``next`` and ``prev``
lead to the neighbouring pages, as the search JSON's do) and, when the question was
not understood, names something the graph does not hold or is ambiguous, the
full-text hits for it.  The CLI, ``/ask`` and the
search page all answer through :func:`answer_question`, so they agree.
"""

from __future__ import annotations

import logging
import threading
import time
import unicodedata
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlencode

from kg.ask.answer import Answer, ask
from kg.ask.names import Lexicon
from kg.ask.pages import DEFAULT_PAGE_ROWS
from kg.ask.text import core
from kg.errors import PolicyKGError, SearchRequestError
from kg.settings import Settings
from kg.store.backend import GraphReader
from kg.store.reader import ReadStore
from search.analysis import pieces
from search.engine import Hit
from search.engine import search as run_search
from search.synonyms import curated_groups

FALLBACK_HITS = 10
MAX_FALLBACK_WORDS = 8
MAX_QUESTION_CHARS = 1000

_lexicons: dict[str, Lexicon] = {}
_lock = threading.Lock()
# one lexicon built at a time: a question asked while the names are read in the background waits for
# them rather than reading them a second time
_building = threading.Lock()
# the classes whose labels a question by words looks through (:mod:`kg.ask.labelled`)
WARMED_CLASSES = ("Issue", "Measure", "ProgressUpdate")
_log = logging.getLogger(__name__)


@dataclass
class AskResult:
    """The graph's answer and, when it had none, the search hits."""

    answer: Answer
    fallback: str | None = None
    hits: list[Hit] = field(default_factory=list)
    total_hits: int = 0

    def url(self, offset: int | None) -> str | None:
        """The path of this answer's JSON from row ``offset`` on (None for None)."""
        if offset is None:
            return None
        pairs = [("q", self.answer.question), ("offset", str(offset)), ("limit", str(self.answer.limit))]
        return "/ask.json?" + urlencode(pairs)

    def to_json(self) -> dict[str, Any]:
        out = self.answer.to_json()
        out["next"] = self.url(self.answer.next_offset)
        out["prev"] = self.url(self.answer.prev_offset)
        out["fallback"] = self.fallback
        out["hits"] = [h.to_json() for h in self.hits]
        out["total_hits"] = self.total_hits
        return out


def question_words(question: str, answer: Answer | None = None) -> str:
    """What to search for a question as text: the names of what it asks about (which the
    search expands to their other names), else its words, as alternatives (「a OR b」).

    Every word must match in a plain search, and a sentence rarely does.
    """
    if answer is not None and answer.entities:
        return " OR ".join(dict.fromkeys(e.label for e in answer.entities if e.kind != "issue"))
    text = core(question, outline=False)
    words = [text[p.start : p.end] for p in pieces(text) if not p.sub and p.end - p.start > 1]
    words = list(dict.fromkeys(words))[:MAX_FALLBACK_WORDS]
    return " OR ".join(words) if len(words) > 1 else ""


def lexicon_for(store: GraphReader) -> Lexicon:
    """The names ``store`` knows, with the curated synonyms (kept while the store is open)."""
    key = f"{id(store)}:{getattr(store, 'generation', '')}"
    with _lock:
        cached = _lexicons.get(key)
    if cached is not None:
        return cached
    with _building:
        with _lock:
            cached = _lexicons.get(key)
        if cached is not None:
            return cached
        lexicon = Lexicon.from_store(store, curated_groups())
        with _lock:
            _lexicons.clear()  # one store is open at a time
            _lexicons[key] = lexicon
    return lexicon


def warm(store: GraphReader) -> float:
    """Read the names ``store`` knows and the labels a question by words looks through, so that the
    first such question does not pay for them; gives the seconds it took."""
    started = time.perf_counter()
    lexicon = lexicon_for(store)
    if lexicon.labels is not None:
        for cls in WARMED_CLASSES:
            lexicon.labels.of(cls)
    return time.perf_counter() - started


def warm_in_background(store: GraphReader) -> threading.Thread:
    """:func:`warm` in a thread of its own (a failure there is logged: the question reads them again)."""

    def run() -> None:
        try:
            seconds = warm(store)
        except PolicyKGError as exc:
            _log.warning("the names and labels of the store were not read ahead: %s", exc)
        else:
            _log.info("names and labels of the store read ahead in %.2f s", seconds)

    thread = threading.Thread(target=run, name="policykg-ask-warm", daemon=True)
    thread.start()
    return thread


def answer_question(
    settings: Settings,
    question: str,
    *,
    store: GraphReader | None = None,
    hits: int = FALLBACK_HITS,
    search_hits: bool = True,
    offset: int = 0,
    limit: int = DEFAULT_PAGE_ROWS,
) -> AskResult:
    """Answer ``question`` (rows ``offset`` … ``offset + limit``); fall back to full-text
    search when the graph cannot.

    ``search_hits=False`` leaves the search out (the search page runs its own).
    """
    if len(question) > MAX_QUESTION_CHARS:
        raise SearchRequestError(
            f"the question is too long ({len(question)} characters; at most {MAX_QUESTION_CHARS})"
        )
    store = store or ReadStore(settings.data_dir)
    answer = ask(
        store,
        question,
        max_rows=settings.max_result_rows,
        max_query_bytes=settings.max_query_bytes,
        lexicon=lexicon_for(store),
        offset=offset,
        limit=limit,
    )
    if answer.understood:
        return AskResult(answer)
    if not search_hits:
        return AskResult(answer, "search")
    # A name the graph does not hold is looked for in the text alone; a question not
    # understood is searched for as it was asked.
    text = answer.name or core(question, outline=False) or unicodedata.normalize("NFKC", question).strip()
    if not text:
        return AskResult(answer, "search")
    result = run_search(settings, text, page_size=hits)
    if not result.total and not answer.name and (words := question_words(question)):
        result = run_search(settings, words, page_size=hits)
    return AskResult(answer, "search", result.hits, result.total)
