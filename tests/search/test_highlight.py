"""Snippets are safe HTML: the text escaped, only our <mark> tags left."""

from __future__ import annotations

import re

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
