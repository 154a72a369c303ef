"""Snippets as safe HTML: everything escaped, then the hits marked with ``<mark>``.

Hits are the tokens the index's analyzer found in the text as stored, so
マイナンバー is marked inside マイナンバーカード and ＪーＬＩＳ where J-LIS was typed.
Search results take their offsets from the index (:func:`render`); :func:`snippet`
analyses a text itself.
"""

from __future__ import annotations

from html import escape

from search.analysis import pieces

SNIPPET_CHARS = 160
# Text past this point is not searched for hits (passages are rarely longer).
SCAN_CHARS = 4000


def hit_spans(text: str, terms: set[str]) -> list[tuple[int, int]]:
    """Merged [start, end) spans of the tokens of ``text`` whose forms are in ``terms``."""
    return merge([(p.start, p.end) for p in pieces(text[:SCAN_CHARS]) if any(f in terms for f in p.forms)])


def merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``spans`` in order, overlapping or touching ones joined."""
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def _window(text: str, spans: list[tuple[int, int]], size: int) -> tuple[int, int]:
    if len(text) <= size:
        return 0, len(text)
    if not spans:
        return 0, size
    # The window holding most hits, starting a little before its first one.  The
    # spans are merged, so their ends rise with their starts: one pass finds it,
    # however many hits a long passage holds.
    best, best_count = spans[0][0], 0
    past = 0  # index of the first span ending beyond the current window
    for i, (start, _) in enumerate(spans):
        past = max(past, i)
        while past < len(spans) and spans[past][1] <= start + size:
            past += 1
        if past - i > best_count:
            best, best_count = start, past - i
    begin = max(0, min(best - size // 5, len(text) - size))
    return begin, begin + size


def snippet(text: str, terms: set[str], size: int = SNIPPET_CHARS) -> str:
    """A window of ``text`` around its hits, escaped, hits in ``<mark>``.

    >>> snippet("<b>マイナンバーカード</b>", {"まいなんばー"})
    '&lt;b&gt;<mark>マイナンバー</mark>カード&lt;/b&gt;'
    """
    return render(text, hit_spans(text, terms) if terms else [], size)


def render(text: str, spans: list[tuple[int, int]], size: int = SNIPPET_CHARS) -> str:
    """A window of ``text`` around ``spans`` (merged first), escaped, spans in ``<mark>``.

    >>> render("a < b", [(4, 5)])
    'a &lt; <mark>b</mark>'
    """
    spans = merge(spans)
    begin, end = _window(text, spans, size)
    out = ["…"] if begin > 0 else []
    at = begin
    for start, stop in spans:
        if stop <= begin or start >= end:
            continue
        start, stop = max(start, begin), min(stop, end)
        out.append(escape(text[at:start], quote=True))
        out.append("<mark>" + escape(text[start:stop], quote=True) + "</mark>")
        at = stop
    out.append(escape(text[at:end], quote=True))
    if end < len(text):
        out.append("…")
    return "".join(out)
