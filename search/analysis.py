"""The one Japanese analyzer that indexing and querying share.

Sudachi split mode C keeps compounds whole (マイナンバーカード), which is what a
reader means; mode A splits them (マイナンバー / カード), which is what a
searcher types.  Every mode-C token is emitted with its mode-A sub-words at the
same position, so both are found, and phrases still line up on mode-C tokens.

Each token is emitted in every *folded* form it has: Sudachi's normalised form
and its surface, both through :func:`fold` (NFKC, lower case, katakana to
hiragana).  So ＧＩＧＡ, GIGA and ギガ, or ｶﾞﾊﾞﾒﾝﾄ and ガバメント, meet.  Offsets
always point into the text as given, never into a normalised copy, so hits can be
marked in the original.

Sudachi tokenizers are not safe to share between threads: each thread gets its
own, built from one shared dictionary.
"""

from __future__ import annotations

import threading
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from whoosh.analysis import Token, Tokenizer

from kg.read.chunking import chunks

# Bump when the tokens change for the same text, so that indexes are rebuilt.
ANALYZER_VERSION = "1"

# Parts of speech that carry no meaning for search: punctuation, blanks,
# particles and auxiliaries.  Dropping them on both sides keeps phrases tight.
_SKIPPED_POS = frozenset({"補助記号", "空白", "助詞", "助動詞"})
_KATAKANA_START, _KATAKANA_END = 0x30A1, 0x30F6
_VOICING_MARKS = frozenset({"\u3099", "\u309a"})


def _fold_char(char: str) -> str:
    out = []
    for ch in unicodedata.normalize("NFKC", char).casefold():
        code = ord(ch)
        out.append(chr(code - 0x60) if _KATAKANA_START <= code <= _KATAKANA_END else ch)
    return "".join(out)


def fold_chars(text: str) -> list[tuple[str, int]]:
    """Folded characters of ``text``, each with the index of the character it came from.

    >>> "".join(c for c, _ in fold_chars("ＪーＬＩＳのカード"))
    'jーlisのかーど'
    """
    out: list[tuple[str, int]] = []
    for index, char in enumerate(text):
        for ch in _fold_char(char):
            if ch in _VOICING_MARKS and out:
                # A half-width kana and its separate voicing mark (ｶﾞ) compose into one character.
                composed = unicodedata.normalize("NFC", out[-1][0] + ch)
                if len(composed) == 1:
                    out[-1] = (_fold_char(composed), out[-1][1])
                    continue
            out.append((ch, index))
    return out


def fold(text: str) -> str:
    """Text in the form tokens are compared in: NFKC, lower case, hiragana for katakana.

    >>> fold("マイナンバーカード") == fold("ﾏｲﾅﾝﾊﾞｰｶｰﾄﾞ")
    True
    """
    return "".join(c for c, _ in fold_chars(text))


@dataclass(frozen=True, slots=True)
class Piece:
    """One token: its folded forms, where it stands and whether it is a mode-A sub-word."""

    forms: tuple[str, ...]
    start: int
    end: int
    pos: int
    sub: bool = False


class _Local(threading.local):
    tokenizer: Any = None


_local = _Local()
_dictionary: Any = None
_dictionary_lock = threading.Lock()


def _tokenizer() -> Any:
    global _dictionary
    if _local.tokenizer is None:
        from sudachipy import Dictionary

        with _dictionary_lock:
            if _dictionary is None:
                _dictionary = Dictionary()
            _local.tokenizer = _dictionary.create()
    return _local.tokenizer


@lru_cache(maxsize=1 << 16)
def _forms(normalized: str, surface: str) -> tuple[str, ...]:
    # Folding goes character by character in Python, and the same words recur
    # through a corpus, so their forms are remembered.
    first = fold(normalized)
    second = fold(surface)
    return (first,) if first == second or not second else (first, second)


def pieces(text: str) -> Iterator[Piece]:
    """The tokens of ``text``: mode-C tokens, each followed by its mode-A sub-words."""
    for forms, start, end, pos, sub in piece_tuples(text):
        yield Piece(forms, start, end, pos, sub)


def piece_tuples(text: str) -> Iterator[tuple[tuple[str, ...], int, int, int, bool]]:
    """:func:`pieces` as plain tuples (forms, start, end, pos, sub), which the index writer reads."""
    from sudachipy import SplitMode

    tokenizer = _tokenizer()
    mode_a, mode_c = SplitMode.A, SplitMode.C
    pos = 0
    for chunk in chunks(text):
        base = chunk.start
        for morpheme in tokenizer.tokenize(chunk.text, mode_c):
            if morpheme.part_of_speech()[0] in _SKIPPED_POS:
                continue
            forms = _forms(morpheme.normalized_form(), morpheme.surface())
            if not any(f.strip() for f in forms):
                continue
            yield forms, base + morpheme.begin(), base + morpheme.end(), pos, False
            parts = morpheme.split(mode_a)
            if len(parts) > 1:
                for part in parts:
                    forms = _forms(part.normalized_form(), part.surface())
                    yield forms, base + part.begin(), base + part.end(), pos, True
            pos += 1


class SudachiTokenizer(Tokenizer):  # type: ignore[misc]
    """Whoosh's view of :func:`pieces` (the index keeps this class by name, not the Sudachi object)."""

    def __init__(self) -> None:
        self.version = ANALYZER_VERSION

    def __eq__(self, other: object) -> bool:
        return isinstance(other, SudachiTokenizer) and other.version == self.version

    def __hash__(self) -> int:
        return hash((SudachiTokenizer, self.version))

    def __call__(
        self,
        value: str,
        positions: bool = False,
        chars: bool = False,
        keeporiginal: bool = False,
        removestops: bool = True,
        start_pos: int = 0,
        start_char: int = 0,
        tokenize: bool = True,
        mode: str = "",
        **kwargs: Any,
    ) -> Iterator[Token]:
        token = Token(positions, chars, removestops=removestops, mode=mode, **kwargs)
        for forms, start, end, pos, _ in piece_tuples(value):
            for form in forms:
                token.text = form
                token.boost = 1.0
                token.stopped = False
                if keeporiginal:
                    token.original = value[start:end]
                if positions:
                    token.pos = start_pos + pos
                if chars:
                    token.startchar = start_char + start
                    token.endchar = start_char + end
                yield token


def analyzer() -> SudachiTokenizer:
    """The analyzer of the ``text`` field (and of every query against it)."""
    return SudachiTokenizer()
