"""Statutes named by a common short form no list holds, resolved to the one title it shortens.

Extraction stage.  Takes a 「…法」 name the law ruler found by its form and not in any list
(「食品ロス削減推進法」) and the titles of the statute book and of the project's own law list; gives
the key of the one title that keeps the name's words in order (「食品ロスの削減の推進に関する法律」:
食品ロス, 削減, 推進, then the title's closing 法律), or None.

How a name is matched to a title:

* the name less its closing 法 is cut into pieces of two characters or more, each written
  together in the title, one after the other (「高齢者虐待防止法」: 高齢者虐待, 防止 in
  「高齢者虐待の防止、高齢者の養護者に対する…法律」); a piece of one character is too loose to say
  which title it comes from (入管法 is no run of 出入国管理… by this rule, and stays unresolved);
* the title is longer than the name and ends in 法 or 法律;
* 特措 is read as the 特別措置 it shortens (「空家特措法」: 空家, 特別措置);
* the name has three characters or more before 法, and is resolved only when exactly one title
  fits: 「基本法」, 「推進法」, 「特別措置法」 or 「地域振興法」 fit many titles, or none, and name none;
* a prefix of one character the name opens with (再 of 「再エネ」, clipped from 再生可能エネルギー) is
  a piece of it where the rest names one title and the title holds that character before the rest's
  first piece.

Titles are looked up by an index of the characters each holds (a bit set per character, one AND
per character of the name), so only the few titles holding every character are matched piece by
piece; a name is resolved once per process.

>>> short_form_key("食品ロス削減推進法")
'501AC0000000019'
>>> short_form_key("推進法") is None
True
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from kg.extract.folding import fold
from kg.extract.gazetteers import read_gazetteer_csv

__all__ = ["ShortForms", "short_form_key", "short_form_start", "short_forms"]

_MIN_PIECE = 2
_MIN_NAME = 3  # characters before the closing 法
_MAX_NAME = 24


def _fits(name: str, title: str, i: int = 0, j: int = 0) -> bool:
    """Whether ``name[i:]`` is pieces of two characters or more found in order in ``title[j:]``."""
    if i == len(name):
        return True
    for length in range(len(name) - i, _MIN_PIECE - 1, -1):
        at = title.find(name[i : i + length], j)
        if at >= 0 and _fits(name, title, i + length, at + length):
            return True
    return False


class ShortForms:
    """Titles by key, with a bit set of titles per character to pick the few a name may shorten."""

    def __init__(self, titles: list[tuple[str, str]]) -> None:
        self._titles: list[tuple[str, str]] = []  # (folded title less its closing 法/法律, key)
        self._by_key: dict[str, str] = {}
        self._by_char: dict[str, int] = {}
        seen: set[str] = set()
        for title, key in titles:
            folded = fold(title)
            body = folded[:-2] if folded.endswith("法律") else folded[:-1] if folded.endswith("法") else ""
            if len(body) < _MIN_NAME or key in seen:
                continue
            seen.add(key)
            bit = 1 << len(self._titles)
            self._titles.append((body, key))
            self._by_key[key] = body
            for ch in set(body):
                self._by_char[ch] = self._by_char.get(ch, 0) | bit

    def __len__(self) -> int:
        return len(self._titles)

    @lru_cache(maxsize=4096)  # noqa: B019 - one instance for the process (short_forms)
    def key(self, name: str) -> str | None:
        """The key of the one title ``name`` (「…法」) shortens, or None."""
        folded = fold(name)
        if not folded.endswith("法") or not _MIN_NAME < len(folded) <= _MAX_NAME:
            return None
        body = folded[:-1].replace("特措", "特別措置")  # 「…特措法」: 特別措置 shortened
        mask = -1
        for ch in set(body):
            mask &= self._by_char.get(ch, 0)
            if not mask:
                return None
        found: str | None = None
        while mask:
            low = mask & -mask
            title, key = self._titles[low.bit_length() - 1]
            mask ^= low
            if len(title) > len(body) and _fits(body, title):
                if found is not None and found != key:
                    return None
                found = key
        return found

    def prefixed_key(self, prefix: str, name: str) -> str | None:
        """The key of the one title ``name`` shortens when it also holds ``prefix`` (one character)
        before the first two characters of ``name``, or None."""
        key = self.key(name)
        title = self._by_key.get(key, "") if key is not None else ""
        at = title.find(fold(name)[:_MIN_PIECE])
        return key if len(prefix) == 1 and 0 <= title.find(fold(prefix)) < at else None


@lru_cache(maxsize=1)
def short_forms() -> ShortForms:
    """The titles of the shipped statute book and law list (read once)."""
    titles = [(row["title"], row["egov_id"]) for row in read_gazetteer_csv("statutes.csv")]
    known = {egov for _, egov in titles}
    for row in read_gazetteer_csv("laws.csv"):
        if row["egov_id"] in known:
            continue
        titles.append((row["name"], row["key"]))
    return ShortForms(titles)


def short_form_key(name: str) -> str | None:
    """The key (an e-Gov law ID, or the law list's key) of the title ``name`` shortens, or None."""
    forms = short_forms()
    key = forms.key(name)
    if key is None and len(name) > 2 and "ァ" <= name[1] <= "ヺ":
        # 「再エネ…法」: a prefix before a word clipped in katakana
        key = forms.prefixed_key(name[0], name[1:])
    return key


def short_form_start(doc: Any, run: int, first: int, end_char: int) -> int | None:
    """Where the short form of one title ending at ``end_char`` begins, if earlier than token ``first``.

    The law ruler starts a name after the modifiers its run of nouns begins with (token ``run``) and
    ends its nouns at の; a short form may hold either (「高年齢者雇用安定法」, whose 高 the tagger reads
    as a prefix; 「種の保存法」, 「子どもの貧困対策法」).  The earliest start whose name is the short
    form of one title wins; None where there is none.
    """
    starts = [doc[i].idx for i in range(run, first)]
    if first >= 2 and doc[first - 1].text == "の":
        i = first - 2
        while i >= 0 and doc[i].pos_ in ("NOUN", "PROPN"):
            starts.append(doc[i].idx)
            i -= 1
    for start in sorted(starts):
        if short_form_key(doc.text[start:end_char]) is not None:
            return int(start)
    lead = doc[run]
    prefixed = first == run + 1 and lead.tag_.startswith("接頭辞") and len(lead.text) == 1
    if prefixed and short_forms().prefixed_key(lead.text, doc.text[lead.idx + 1 : end_char]) is not None:
        return int(lead.idx)  # 「再エネ…法」: the prefix the tagger splits off is a piece of the name
    return None
