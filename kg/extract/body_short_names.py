"""Short names a text gives a body in brackets right after its full name (extraction stage).

Takes the folded text and the bodies found in it (anything with ``start``, ``end``); gives the span of
each short name written right after a body, in brackets — an acronym of Latin letters
(「国立研究開発法人…機構（JAXA）」, 「…機構(J-LIS)」) or a word in katakana (「…振興機構（ジェトロ）」) — or
defined for it (「…機構（以下「NEDO」という。）」), or a shorter name that ends in the same kind of body
(「…都市再生機構（UR都市機構）」): a mention of the same body.  Brackets of
another kind (「（仮称）」, 「（第3回）」, 「（現デジタル庁）」) hold none, nor does the abbreviation of a
kind of meeting (「…ワーキンググループ（WG）」, 「…タスクフォース（TF）」) or a file's type
(「総務省（PDF）」, a link's label: :func:`is_file_type`).  :mod:`kg.extract.body_evidence` ties
such names to their body across the whole document.

>>> text = "独立行政法人国際協力機構(JICA)と連携"
>>> class Body:
...     start, end = 0, 12
>>> [text[s:e] for s, e, _ in bracketed_short_names(text, [Body()])]
['JICA']
"""

from __future__ import annotations

import mimetypes
import re
from collections.abc import Sequence
from typing import Protocol

from kg.extract.folding import KANJI

__all__ = ["bracketed_short_names", "is_file_type"]

# An acronym (two capitals or more, with digits, 「-」, 「&」 or 「・」 inside) or a katakana word.
_SHORT = r"(?P<short>[A-Z][A-Za-z0-9&・\-]{1,11}|[ァ-ヺ][ァ-ヺー・]{1,9})"
_BRACKETED_RE = re.compile(rf"[(（](?:以下[「『])?{_SHORT}(?:[」』](?:という|と呼ぶ|と略す)。?)?[)）]")
_CAPITALS_RE = re.compile(r"[A-Z].*[A-Z]")
# Working group, sub-working group, task force, project team: a kind of meeting, not one body's name.
_KINDS_OF_MEETING = frozenset({"WG", "SWG", "TF", "PT"})
# The file types Python knows by their suffixes (its own table, not the machine's).
_FILE_TYPES = mimetypes.MimeTypes(filenames=())


def is_file_type(word: str) -> bool:
    """Whether ``word`` is a file's type (PDF, XLSX, CSV), no body's short name.

    >>> is_file_type("PDF"), is_file_type("JAXA")
    (True, False)
    """
    return _FILE_TYPES.guess_type(f"x.{word.lower()}")[0] is not None


class _Span(Protocol):
    @property
    def start(self) -> int: ...

    @property
    def end(self) -> int: ...


# 「…都市再生機構（UR都市機構）」, 「…振興機構（都市機構）」: a shorter name ending in the same kind of body
_CORPORATE_KINDS = ("機構", "協会", "公社", "公団", "事業団", "振興会", "基金", "センター", "研究所")
_SAME_KIND_RE = re.compile(rf"[(（](?P<short>[A-Za-z0-9{KANJI}ァ-ヺー・]{{3,12}})[)）]")


def _same_kind(folded: str, start: int, end: int) -> re.Match[str] | None:
    """A short name in brackets after the corporation at ``start:end`` that ends in its kind (機構, 協会,
    公社 …), shorter than the full name and not the full name's own end."""
    m = _SAME_KIND_RE.match(folded, end)
    full, short = folded[start:end], m["short"] if m else ""
    if m is None or end - start < 5 or not full.endswith(_CORPORATE_KINDS) or len(short) >= len(full):
        return None
    if not short.endswith(full[-2:]) or short.startswith(
        ("第", "本", "同", "当", "各", "全", "新", "旧", "現")
    ):
        return None  # 「…機構（本機構）」: a word for it, no name
    return None if full.endswith(short) else m


def bracketed_short_names(folded: str, bodies: Sequence[_Span]) -> list[tuple[int, int, int]]:
    """(start, end, index of the body it names) of each short name in brackets after a body."""
    found = []
    taken = {(b.start, b.end) for b in bodies}
    for n, body in enumerate(bodies):
        m = _BRACKETED_RE.match(folded, body.end) or _same_kind(folded, body.start, body.end)
        if m is None:
            continue
        short = m["short"]
        if short[0].isascii() and (
            not _CAPITALS_RE.search(short) or short in _KINDS_OF_MEETING or is_file_type(short)
        ):
            continue  # 「（Ver2）」: no acronym; 「（WG）」: a kind of meeting; 「（PDF）」: a file's type
        if (m.start("short"), m.end("short")) not in taken:
            found.append((m.start("short"), m.end("short"), n))
    return found
