"""A law named with one of its articles (「…法第35条」「…法35条1項」「…法律第2条第3号の規定」): the law.

Takes a folded question; gives the question with each article said after a law's name taken out, and
the articles taken (for the words of how it was read), or None where no article follows a law.  The
graph ties items to laws, not to their articles, so an item resting on the law is the answer; the
reading says the article was read as the whole law.
"""

from __future__ import annotations

import re

_NUMBER = r"(?:\d+|[一二三四五六七八九十百]+)"
# an article after a name that ends as a law's does (法, 法律, 令, 条例, 規則), with its paragraph,
# item and branch number (「第2条の2第1項第3号」)
_ARTICLE_RE = re.compile(
    rf"(?<=法|律|令|例|則)(?:の)?(?:第?{_NUMBER}条(?:の{_NUMBER})*(?:第?{_NUMBER}項)?(?:第?{_NUMBER}号)?)"
    rf"(?:(?:及び|および|と|、|,|・)第?{_NUMBER}条(?:の{_NUMBER})*(?:第?{_NUMBER}項)?(?:第?{_NUMBER}号)?)*"
)


def without_articles(text: str) -> tuple[str, tuple[str, ...]] | None:
    """``text`` with the articles after a law's name taken out, and those articles; None where none."""
    found = tuple(m[0].removeprefix("の") for m in _ARTICLE_RE.finditer(text))
    if not found:
        return None
    return _ARTICLE_RE.sub("", text), found
