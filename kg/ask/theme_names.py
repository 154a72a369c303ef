"""Themes named in a question: by number (「テーマ5」「第3テーマ」), by title, or by a short term that
titles one (「精度（Precision）」 asked as 「精度の課題」).

Takes the store's theme titles and two look-ups (themes by number, themes by title); gives the
theme mentions of a folded question (:meth:`ThemeNames.find`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from kg.ask.entities import Entity, Mention, distinct
from kg.ask.glossed import disagreeing, glossed
from kg.ask.outline_words import THEME_WORDS
from kg.ask.text import fold

THEME_TITLES_QUERY = """
SELECT DISTINCT ?label WHERE { ?entity a pol:Theme ; rdfs:label ?label }"""
THEME_QUERY_BY_TITLE = """
SELECT ?entity ?label WHERE { VALUES ?label { $labels } ?entity rdfs:label ?label ; a pol:Theme }"""
# A title shorter than this is too common a phrase to stand for a theme.
MIN_THEME_CHARS = 6
_COMMAS_RE = re.compile(r"[、,，・]")

# 「標準適合性（Compliance）：基礎」: a title's level or kind said after a colon
_QUALIFIER_RE = re.compile(r":[^:()]{1,6}$")
# 「最新性（Currentness）」: a term glossed in Latin letters
_GLOSSED_RE = re.compile(r"(?P<term>[^()a-z]{2,12})\((?P<gloss>[a-z][a-z .\-]*)\)")
# what may follow a theme's term: its gloss, 分野 or テーマ, then a particle or the end
_TERM_END = r"(?:\([a-z][a-z .\-]*\))?(?:分野|テーマ)?(?=の|に|で|は|が|について|$)"


def _shorter_titles(title: str) -> set[str]:
    """A title without its qualifier after a colon (「最新性(currentness)」 for 「…:基礎」)."""
    shorter = _QUALIFIER_RE.sub("", title)
    return {shorter} if shorter != title else set()


# 「テーマ5」「分野2」「第3テーマ」: a theme by its number.
_THEME_RE = re.compile(
    r"(?:テーマ|分野)(?:番号)?(?:no\.?|№|第)?(\d+)(?:番)?|第(\d+)(?:の)?(?:テーマ|分野)"
    rf"|(?:^|(?<=[の各(、,]))((?:{'|'.join(sorted(THEME_WORDS, key=len, reverse=True))})\d+)"
)
# 「テーマ5(」 just before a theme title: its number, said with it
_NUMBER_BEFORE_RE = re.compile(r"(?:テーマ|分野)(\d{1,2})\($")
# 「(テーマ3)」「(柱2)」 just after a theme title: its number, said with it
_NUMBER_AFTER_RE = re.compile(
    rf"\((?:テーマ|分野|{'|'.join(sorted(THEME_WORDS, key=len, reverse=True))})?(?:第)?(\d{{1,2}})\)"
)


class ThemeNames:
    """Theme titles folded (with or without their commas) to the titles as written, and the look-ups."""

    def __init__(
        self,
        titles: Iterable[str] = (),
        lookup_by_number: Callable[[str], list[Entity]] | None = None,
        lookup_by_title: Callable[[str], list[Entity]] | None = None,
    ) -> None:
        self._lookup_by_number = lookup_by_number
        self._lookup_by_title = lookup_by_title
        self._titles: dict[str, str] = {}
        # the short terms that title themes, each glossed in Latin letters (「精度（Precision）」)
        self._terms: dict[str, str] = {}
        for title in titles:
            for key in {fold(title), _COMMAS_RE.sub("", fold(title)), *_shorter_titles(fold(title))}:
                if len(key) >= MIN_THEME_CHARS:
                    self._titles[key] = title
            if (glossed := _GLOSSED_RE.fullmatch(_QUALIFIER_RE.sub("", fold(title)))) is not None:
                self._terms[glossed["term"]] = title

    def find(self, text: str) -> list[Mention]:
        """Theme numbers in ``text`` (「テーマ5」「第3テーマ」), known or not, and themes' titles; a number
        said with words of its title (「柱1　○○の施策」) is the theme of that number they agree with."""
        if self._lookup_by_number is not None:
            for m in _THEME_RE.finditer(text):
                number = m.group(1) or m.group(2) or m.group(3)
                numbered = distinct(self._lookup_by_number(number))
                if (said := glossed(text, m.end(), numbered)) is not None:
                    return [Mention(m.start(), said[0], number, "theme", distinct(said[1]))]
                if (unsure := disagreeing(text, m.end(), numbered)) is not None:
                    return [
                        Mention(m.start(), unsure, text[m.start() : unsure], "theme", numbered, unsure=True)
                    ]
        found = self._by_title(text)
        if found:
            return found
        for m in _THEME_RE.finditer(text):
            number = m.group(1) or m.group(2) or m.group(3)
            themes = self._lookup_by_number(number) if self._lookup_by_number is not None else []
            found.append(Mention(m.start(), m.end(), number, "theme", distinct(themes)))
        return found

    def _by_title(self, text: str) -> list[Mention]:
        """The longest theme title in ``text`` (「テーマ」 before or after it taken with it)."""
        for key in sorted(self._titles, key=len, reverse=True):
            at = text.find(key)
            if at < 0:
                continue
            start = at - len("テーマ") if text[:at].endswith("テーマ") else at
            end = at + len(key) + (len("テーマ") if text[at + len(key) :].startswith("テーマ") else 0)
            lookup = self._lookup_by_title
            themes = lookup(self._titles[key]) if lookup is not None else []
            entities = distinct(themes)
            # 「テーマ5（デジタル化に関する制度）」: the number and its title in brackets, one theme
            # where they agree (where they do not, the number is left to stand unread)
            numbered = _NUMBER_BEFORE_RE.search(text[:at])
            if numbered is not None and text[at + len(key) :].startswith(")") and self._lookup_by_number:
                by_number = {e.iri for e in self._lookup_by_number(numbered[1])}
                if agreeing := tuple(e for e in entities if e.iri in by_number):
                    start, end, entities = numbered.start(), at + len(key) + 1, agreeing
            # 「○○（テーマ3）の施策」: the title, its number after it in brackets
            after = _NUMBER_AFTER_RE.match(text, end)
            if after is not None and self._lookup_by_number:
                by_number = {e.iri for e in self._lookup_by_number(after[1])}
                if agreeing := tuple(e for e in entities if e.iri in by_number):
                    end, entities = after.end(), agreeing
            return [Mention(start, end, text[start:end], "theme", entities)]
        return self._by_term(text)

    def _by_term(self, text: str) -> list[Mention]:
        """A short term that titles a theme (「精度の課題」「機密性の課題は何件」), said as a word."""
        for term in sorted(self._terms, key=len, reverse=True):
            m = re.search(rf"(?:^|(?<=[のでにはがを、,]))(?:テーマ|分野)?{re.escape(term)}{_TERM_END}", text)
            if m is None:
                continue
            lookup = self._lookup_by_title
            themes = lookup(self._titles.get(term) or self._terms[term]) if lookup else []
            entities = distinct(themes)
            return [Mention(m.start(), m.end(), m[0], "theme", entities)]
        return []
