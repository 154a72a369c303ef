"""What a PDF's streams decode to, measured in the raw bytes before pdfminer decodes any.

pdfminer finds an object wherever the cross-reference table points, parses its
dictionary and, when the keyword ``stream`` follows, reads ``/Length`` bytes
(with a broken table: everything up to ``endstream``) and decodes them with the
``/Filter`` chain, each filter whole and in memory.  A crafted file must not show
this measurement one thing and pdfminer another, so:

* every place an object can start (each ``obj`` keyword, wherever it stands) is
  parsed with pdfminer's own object parser, stopped at ``stream``; a stream given
  different dictionaries by different starts is measured with each;
* a stream is measured over the longer of ``/Length`` and its distance to
  ``endstream``, and to the end of the file where ``/Length`` is a reference
  (decoding more bytes never gives less output);
* a ``stream`` keyword no dictionary was found for is measured with the filter
  names written just before it;
* filters or their parameters given by reference, a predictor whose output
  another filter decodes, a filter after CCITTFax and chains longer than
  :data:`MAX_FILTERS` cannot be measured, and the file is refused
  (:class:`UncheckableError`); real files hardly ever do any of these;
* parsing is bounded: past :data:`PARSE_FACTOR` times the file's size in all
  (only objects overlapping on purpose come near) the file is refused.

Streams are measured as stored where they are encrypted, and CCITTFax data is
not expanded (pdfminer decodes it only where a content stream uses it).

>>> pdf = b"1 0 obj << /Length 3 /Filter /RunLengthDecode >> stream\\n\\x81x\\x80\\nendstream endobj"
>>> inflated_size(pdf, limit=1_000)
128
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from io import BytesIO
from typing import Any

from pdfminer.pdfparser import PDFParser
from pdfminer.pdftypes import (
    LITERALS_ASCII85_DECODE,
    LITERALS_ASCIIHEX_DECODE,
    LITERALS_CCITTFAX_DECODE,
    LITERALS_DCT_DECODE,
    LITERALS_FLATE_DECODE,
    LITERALS_JBIG2_DECODE,
    LITERALS_JPX_DECODE,
    LITERALS_LZW_DECODE,
    LITERALS_RUNLENGTH_DECODE,
    PDFObjRef,
)
from pdfminer.psparser import PSKeyword, PSLiteral

from kg.readers.filters import (
    ASCII85Decoder,
    ASCIIHexDecoder,
    Decoder,
    FlateDecoder,
    LZWDecoder,
    RunLengthDecoder,
    decoded_size,
)

MAX_FILTERS = 16
PARSE_FACTOR = 2

# pdfminer's lexer ends a keyword at these; "obj" and "stream" are keywords only
# where one follows and no letter comes before.
_END = rb"(?=[#/%\[\]()<>{}\s\x00]|\Z)"
_OBJ = re.compile(rb"(?<![A-Za-z])obj" + _END)
_STREAM = re.compile(rb"(?<![A-Za-z])stream")
_EOL = re.compile(rb"\r\n|\r|\n")
_ENDSTREAM = b"endstream"
# For a stream without a parsed dictionary: the filter names written before it.
_NAMES = re.compile(
    rb"/(FlateDecode|Fl|LZWDecode|LZW|RunLengthDecode|RL|ASCII85Decode|A85|ASCIIHexDecode|AHx)"
    rb"(?=[#/%\[\]()<>{}\s\x00]|\Z)"
)
_GUESS_WINDOW = 2048

_KINDS: dict[str, tuple[Any, ...]] = {
    "flate": LITERALS_FLATE_DECODE,
    "lzw": LITERALS_LZW_DECODE,
    "rl": LITERALS_RUNLENGTH_DECODE,
    "a85": LITERALS_ASCII85_DECODE,
    "ahx": LITERALS_ASCIIHEX_DECODE,
    "ccitt": LITERALS_CCITTFAX_DECODE,
    "same": (*LITERALS_DCT_DECODE, *LITERALS_JBIG2_DECODE, *LITERALS_JPX_DECODE),
}
_BY_NAME = {literal.name: kind for kind, literals in _KINDS.items() for literal in literals}


class UncheckableError(ValueError):
    """A stream whose decoded size cannot be known before pdfminer decodes it."""


# ---------------------------------------------------------------------------
# finding each stream's dictionary


class _StreamReachedError(Exception):
    def __init__(self, position: int, dictionary: Any) -> None:
        super().__init__(position)
        self.position = position
        self.dictionary = dictionary


class _OverBudgetError(Exception):
    pass


class _DictionaryParser(PDFParser):
    """pdfminer's object parser, stopped at ``stream`` (nothing is read or decoded past it)."""

    def __init__(self, data: bytes) -> None:
        super().__init__(BytesIO(data))
        self.stop_at = 0

    def nexttoken(self) -> Any:
        token = super().nexttoken()
        if token[0] > self.stop_at:
            raise _OverBudgetError
        return token

    def do_keyword(self, pos: int, token: PSKeyword) -> None:
        if token is self.KEYWORD_STREAM:
            popped = self.pop(1)
            raise _StreamReachedError(pos, popped[0][1] if popped else None)
        super().do_keyword(pos, token)


def _dictionaries(data: bytes) -> dict[int, list[dict[str, Any]]]:
    """Each ``stream`` keyword's position → the dictionaries pdfminer may read in front of it."""
    found: dict[int, list[dict[str, Any]]] = {}
    parser = _DictionaryParser(data)
    budget = PARSE_FACTOR * len(data) + (1 << 20)
    for match in _OBJ.finditer(data):
        start = match.end()
        parser.seek(start)
        parser.stop_at = start + budget
        try:
            parser.nextobject()
        except _StreamReachedError as stream:
            if isinstance(stream.dictionary, dict):
                found.setdefault(stream.position, []).append(stream.dictionary)
        except _OverBudgetError:
            raise UncheckableError("its objects overlap too much to be checked") from None
        except Exception:  # noqa: S110 (pdfminer raises many kinds, PSEOF among them, on what is no object)
            pass
        budget -= max(0, parser.bufpos + parser.charpos - start)
    return found


# ---------------------------------------------------------------------------
# the plan for one stream: its filters and how many bytes to read


@dataclass(frozen=True, slots=True)
class _Plan:
    stages: tuple[tuple[str, int], ...]  # (kind, LZW EarlyChange)
    start: int
    length: int

    def decoders(self) -> list[Decoder]:
        made: dict[str, Callable[[], Decoder]] = {
            "flate": FlateDecoder,
            "rl": RunLengthDecoder,
            "a85": ASCII85Decoder,
            "ahx": ASCIIHexDecoder,
        }
        return [LZWDecoder(early) if kind == "lzw" else made[kind]() for kind, early in self.stages]


def _get(dictionary: dict[str, Any], *names: str) -> Any:
    # pdfminer takes the first of these keys that is present (so /F before /Filter).
    for name in names:
        if name in dictionary:
            return dictionary[name]
    return None


def _stages(dictionary: dict[str, Any]) -> list[tuple[str, int]]:
    """The filters pdfminer will run, as (kind, EarlyChange) pairs; raises UncheckableError."""
    filters = _get(dictionary, "F", "Filter")
    params = _get(dictionary, "DP", "DecodeParms", "FDecodeParms")
    if isinstance(filters, PDFObjRef):
        raise UncheckableError("its filters are given by reference")
    if not filters:
        return []
    if isinstance(params, PDFObjRef):
        raise UncheckableError("its decoding parameters are given by reference")
    filters = filters if isinstance(filters, list) else [filters]
    # pdfminer pairs filters with parameters and stops at the shorter list.
    pairs = list(zip(filters, params if isinstance(params, list) else [params] * len(filters), strict=False))
    if len(pairs) > MAX_FILTERS:
        raise UncheckableError(f"it chains more than {MAX_FILTERS} filters")
    kinds = [_kind(f) for f, _ in pairs]
    stages: list[tuple[str, int]] = []
    predicted = False  # what reaches the next filter went through a predictor
    for i, (kind, p) in enumerate(zip(kinds, (p for _, p in pairs), strict=True)):
        if kind is None:
            break  # pdfminer fails at a filter it does not know (Crypt among them)
        decoders_after = any(k not in (None, "same") for k in kinds[i + 1 :])
        if kind == "ccitt":
            if decoders_after:
                raise UncheckableError("a filter decodes what CCITTFax decodes")
            break
        if isinstance(p, PDFObjRef):
            raise UncheckableError("its decoding parameters are given by reference")
        p = p if isinstance(p, dict) else {}
        if kind != "same":
            if predicted:
                raise UncheckableError("a filter decodes what a predictor produced")
            early = p.get("EarlyChange", 1)
            stages.append((kind, early if early in (0, 1) else -1))
        predictor = p.get("Predictor", 1)
        predicted = predicted or not (isinstance(predictor, int) and predictor <= 1)
    return stages


def _kind(value: Any) -> str | None:
    if isinstance(value, PDFObjRef):
        raise UncheckableError("its filters are given by reference")
    return _BY_NAME.get(value.name) if isinstance(value, PSLiteral) else None


def _variants(stages: list[tuple[str, int]]) -> list[tuple[tuple[str, int], ...]]:
    """pdfminer reads LZW with EarlyChange 1 whatever the stream says; a stream that says 0 is
    measured both ways (and one that says something unreadable, too)."""
    out: list[tuple[tuple[str, int], ...]] = [()]
    for kind, early in stages:
        options = (1,) if kind != "lzw" or early == 1 else (1, 0)
        out = [(*prefix, (kind, option if kind == "lzw" else 0)) for prefix in out for option in options]
        if len(out) > 8:
            raise UncheckableError("it chains too many LZW filters")
    return out


def _extent(data: bytes, start: int, dictionary: dict[str, Any] | None) -> int:
    """Bytes to measure from ``start``: the longest pdfminer may read."""
    rest = len(data) - start
    end = data.find(_ENDSTREAM, start)
    longest = rest if end < 0 else end - start
    length = None if dictionary is None else dictionary.get("Length")
    if isinstance(length, PDFObjRef) or (isinstance(length, int) and length < 0):
        return rest  # unknown here; a negative length makes pdfminer read to the end
    if isinstance(length, int) and not isinstance(length, bool):
        longest = max(longest, length)
    return min(longest, rest)


def _data_start(data: bytes, keyword: int) -> int:
    # pdfminer reads the rest of the keyword's line, then the data.
    eol = _EOL.search(data, keyword)
    return len(data) if eol is None else eol.end()


def _guess(data: bytes, keyword: int) -> list[tuple[str, int]]:
    """Filters for a stream no dictionary was parsed for: the names written just before it."""
    names = [m.group(1).decode() for m in _NAMES.finditer(data, max(0, keyword - _GUESS_WINDOW), keyword)]
    return [(_BY_NAME[n], 1) for n in names] or [("flate", 1)]


def plans(data: bytes) -> Iterator[_Plan]:
    """Every stream of ``data`` as pdfminer may decode it (distinct plans only)."""
    dictionaries = _dictionaries(data)
    seen: set[_Plan] = set()
    keywords = {m.start() for m in _STREAM.finditer(data)} | dictionaries.keys()
    for keyword in sorted(keywords):
        start = _data_start(data, keyword)
        candidates: list[dict[str, Any] | None] = [*dictionaries.get(keyword, [])] or [None]
        for dictionary in candidates:
            stages = _guess(data, keyword) if dictionary is None else _stages(dictionary)
            length = _extent(data, start, dictionary)
            for variant in _variants(stages):
                plan = _Plan(variant, start, length)
                if variant and plan not in seen:
                    seen.add(plan)
                    yield plan


def inflated_size(data: bytes, limit: int) -> int:
    """What the streams of ``data`` decode to, counted up to just past ``limit``; raises
    :class:`UncheckableError` for a stream that cannot be measured."""
    view = memoryview(data)
    total = 0
    for plan in plans(data):
        segment = view[plan.start : plan.start + plan.length]
        total += decoded_size(segment, plan.decoders(), limit - total)
        if total > limit:
            break
    return total
