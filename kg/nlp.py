"""The rule-based Japanese pipeline that finds laws and agencies.

:func:`rule_pipeline` is ``spacy.blank("ja")`` (SudachiPy tokens, no statistical
model) with the components registered with it by :func:`register_ruler`:

* ``policykg_law_ruler_v1`` (:mod:`kg.laws`) and
* ``policykg_agency_ruler_v1`` (:mod:`kg.agencies`), which runs second and
  skips names inside a law's title (デジタル庁 in デジタル庁設置法).

The rulers' modules register themselves when they are imported, so this module
imports neither; a pipeline holds the rulers registered when it was built.

Each component matches its gazetteer on the text (character by character, so a
name is found even where SudachiPy cuts across it, as in 「マイナンバー法等」),
and a token :class:`spacy.matcher.Matcher` finds the productive forms (a run of
nouns ending in 法, 省 or 庁).  The mentions go to ``doc.user_data`` with exact
character offsets, and to ``doc.spans`` for spaCy's own tools.

A SudachiPy tokenizer must not be shared between threads, so there is one
pipeline per thread; :func:`extract` cuts long texts with :func:`kg.chunking.chunks`
and maps offsets back.
"""

from __future__ import annotations

import bisect
import csv
import io
import re
import threading
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any, Generic, Protocol, TypeVar

import spacy
from spacy.language import Language
from spacy.matcher import Matcher

from kg.chunking import chunks

__all__ = [
    "AGENCIES_KEY",
    "AGENCY_RULER",
    "LAWS_KEY",
    "LAW_RULER",
    "Candidate",
    "Ruler",
    "composed",
    "extract",
    "extract_many",
    "fold",
    "masked_spans",
    "read_gazetteer_csv",
    "register_ruler",
    "rule_pipeline",
    "select_longest",
    "surface_regex",
]

# Versioned like spaCy's own registered names; spaCy refuses dots in factory names.
LAW_RULER = "policykg_law_ruler_v1"
AGENCY_RULER = "policykg_agency_ruler_v1"
LAWS_KEY = "policykg.laws"
AGENCIES_KEY = "policykg.agencies"

_local = threading.local()


@dataclass(frozen=True, slots=True)
class Ruler:
    """A component of the rule pipeline: its spaCy factory name, where it puts its mentions,
    and its gazetteer (whose names tell the texts it may find something in)."""

    factory: str
    key: str
    gazetteer: Callable[[], Iterable[GazetteerEntry]]
    #: Rulers run in this order (the agency ruler reads the law ruler's mentions).
    order: int


_rulers: dict[str, Ruler] = {}


def register_ruler(ruler: Ruler, component: Callable[[Language, str], Any]) -> None:
    """Add ``ruler`` to every pipeline built from now on (its module calls this on import);
    ``component(nlp, name)`` makes the spaCy component."""
    Language.factory(ruler.factory, func=component)
    _rulers[ruler.factory] = ruler
    gazetteer_patterns.cache_clear()


def _registered() -> tuple[Ruler, ...]:
    return tuple(sorted(_rulers.values(), key=lambda r: r.order))


def rule_pipeline() -> Language:
    """This thread's rule pipeline (built on first use, and again when a ruler registers)."""
    rulers = _registered()
    cached: tuple[tuple[Ruler, ...], Language] | None = getattr(_local, "nlp", None)
    if cached is None or cached[0] != rulers:
        cached = (rulers, new_rule_pipeline())
        _local.nlp = cached
    return cached[1]


def new_rule_pipeline() -> Language:
    """A fresh ``spacy.blank("ja")`` pipeline with the registered rulers."""
    nlp = spacy.blank("ja")
    for ruler in _registered():
        nlp.add_pipe(ruler.factory)
    return nlp


def extract(text: str) -> tuple[list[Any], list[Any]]:
    """Laws and agencies found in ``text``, offsets into ``text``.

    The last text's result is kept per thread, so that asking for its laws and
    then its agencies tokenizes it once.
    """
    key = (text, _registered())
    cached: tuple[object, tuple[list[Any], list[Any]]] | None = getattr(_local, "last", None)
    if cached is not None and cached[0] == key:
        return cached[1]
    result = extract_many([text])[0]
    _local.last = (key, result)
    return result


def extract_many(
    texts: Sequence[str], *, per_text: int | None = None, total: int | None = None
) -> list[tuple[list[Any], list[Any]]]:
    """:func:`extract` for many texts at once, in order: what a document's blocks need.

    Texts in which no ruler could find anything are not tokenized at all (most
    blocks of a report name no law or agency), and the rest go through
    ``nlp.pipe`` in one stream.  Once a text has given ``per_text`` mentions its
    remaining chunks are skipped, and once all have given ``total`` the rest is:
    the caller cuts to the exact caps, this only spares the work past them.
    """
    results: list[tuple[list[Any], list[Any]]] = [([], []) for _ in texts]
    found = [0]  # mentions so far, over all texts

    def full(n: int) -> bool:
        laws, agencies = results[n]
        return (per_text is not None and len(laws) + len(agencies) >= per_text) or (
            total is not None and found[0] >= total
        )

    def pieces() -> Iterator[tuple[str, tuple[int, int]]]:
        for n, text in enumerate(texts):
            if may_name_law_or_agency(text):
                for c in chunks(text):
                    if full(n):
                        break
                    yield c.text, (n, c.start)

    nlp = rule_pipeline()
    # Small batches, so that the skipping above sees the counts of what was read.
    for doc, (n, offset) in nlp.pipe(pieces(), as_tuples=True, batch_size=_BATCH):
        laws, agencies = results[n]
        new_laws = doc.user_data.get(LAWS_KEY, ())
        new_agencies = doc.user_data.get(AGENCIES_KEY, ())
        laws.extend(m.shifted(offset) for m in new_laws)
        agencies.extend(m.shifted(offset) for m in new_agencies)
        found[0] += len(new_laws) + len(new_agencies)
    return results


_BATCH = 4


# Every candidate of the rulers needs one of these in the folded text: a noun run
# ending in 法 or 法制, …法律, a law number (…号), an ordinance (…令), 法改正, a
# ministry or agency (…省, …庁), a council (審議会); or a gazetteer name.
_TRIGGER_RE = re.compile(r"[法令号省庁]|審議")


def may_name_law_or_agency(text: str) -> bool:
    """False only where neither ruler can find anything, so the text need not be tokenized.

    >>> may_name_law_or_agency("マイナポイントの付与を実施"), may_name_law_or_agency("J-LISの体制")
    (False, True)
    """
    folded = fold(text)
    if _TRIGGER_RE.search(folded):
        return True
    return any(pattern.search(folded) for pattern in gazetteer_patterns())


@lru_cache(maxsize=1)
def gazetteer_patterns() -> tuple[re.Pattern[str], ...]:
    """The gazetteer name patterns of the registered rulers (compiled once per process)."""
    return tuple(surface_regex(n for e in ruler.gazetteer() for n in e.names) for ruler in _registered())


# --- folding and masking -------------------------------------------------------


@lru_cache(maxsize=4096)
def _fold_char(ch: str) -> str:
    folded = unicodedata.normalize("NFKC", ch)
    return folded if len(folded) == 1 else ch


def fold(text: str) -> str:
    """NFKC, one character to one, so offsets into the result are offsets into ``text``.

    >>> fold("Ｊ－ＬＩＳと（３年）")
    'J-LISと(3年)'
    """
    if text.isascii():
        return text
    return "".join(ch if ch < "\x80" else _fold_char(ch) for ch in text)


# URLs, Markdown link targets and HTML tags name no law or agency, even when they
# spell one (nisc.go.jp, #402-個人情報保護条例).
_MASK_RE = re.compile(r"https?://[^\s)）」\]>]+|\]\([^)\n]*\)|<[^>\n]*>")


def masked_spans(folded: str) -> list[tuple[int, int]]:
    """Stretches of ``folded`` where nothing may be found."""
    return [m.span() for m in _MASK_RE.finditer(folded)]


def is_masked(start: int, end: int, masks: Sequence[tuple[int, int]]) -> bool:
    return any(s < end and start < e for s, e in masks)


# --- gazetteers ----------------------------------------------------------------


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


# --- candidates ----------------------------------------------------------------


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
