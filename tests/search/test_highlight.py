"""Snippets are safe HTML: the text escaped, only our <mark> tags left."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from search.analysis import fold
from search.highlight import snippet


def test_hostile_text_is_escaped() -> None:
    html = snippet('<script>alert("マイナンバー")</script><img src=x onerror=1>', {fold("マイナンバー")})
    assert "<script>" not in html and "<img" not in html
    assert "&lt;script&gt;" in html
    assert "<mark>マイナンバー</mark>" in html
    assert set(re.findall(r"</?(\w+)", html)) == {"mark"}


def test_hits_inside_compounds_are_marked() -> None:
    html = snippet("マイナンバーカードの発行", {fold("マイナンバー")})
    assert html == "<mark>マイナンバー</mark>カードの発行"


def test_long_text_is_cut_around_the_hits() -> None:
    text = "あ" * 500 + "電子証明書" + "い" * 500
    html = snippet(text, {fold("電子証明書")})
    assert "<mark>電子証明書</mark>" in html
    assert html.startswith("…") and html.endswith("…")
    assert len(html) < 250


def test_no_terms_gives_escaped_text() -> None:
    assert snippet("a & b", set()) == "a &amp; b"


def _window_by_counting(text: str, spans: list[tuple[int, int]], size: int) -> tuple[int, int]:
    # The window as first written: every hit counts the hits after it (quadratic).
    if len(text) <= size:
        return 0, len(text)
    if not spans:
        return 0, size
    best, best_count = spans[0][0], 0
    for i, (start, _) in enumerate(spans):
        count = sum(1 for s, e in spans[i:] if e <= start + size)
        if count > best_count:
            best, best_count = start, count
    begin = max(0, min(best - size // 5, len(text) - size))
    return begin, begin + size


@given(st.lists(st.tuples(st.integers(0, 400), st.integers(1, 30)), max_size=40), st.integers(5, 200))
def test_the_window_is_the_one_of_most_hits(raw: list[tuple[int, int]], size: int) -> None:
    from search.highlight import _window, merge

    text = "あ" * 500
    spans = merge([(start, min(start + length, 500)) for start, length in raw])
    assert _window(text, spans, size) == _window_by_counting(text, spans, size)


def test_a_snippet_of_a_passage_of_thirty_thousand_hits() -> None:
    from search.highlight import render

    line = "デジタル庁は令和3年9月にデジタル社会形成基本法を施行した。"
    text = line * 30_000
    spans = [(n * len(line), n * len(line) + 5) for n in range(30_000)]
    assert render(text, spans).startswith("<mark>デジタル庁</mark>は")
