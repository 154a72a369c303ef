"""A law's amending act, named by the law it amends: 「○○法等の一部改正法」「○○法の一部を改正する法律」
「令和4年の○○法改正」.

An act that amends a law is titled after it (「○○法等の一部を改正する法律」).  Takes the folded
question and the lexicon; gives the question with the words that name such an act put as its title,
and the acts the graph holds so titled (one, or several to choose from), or None where no words
name such an act or the graph holds none (the question is then read as it stands).
"""

from __future__ import annotations

import re

from kg.ask.entities import Entity, distinct
from kg.ask.names import Lexicon
from kg.ask.text import fold

# what follows a law's name to name an act amending it (「等」: it amends other laws with it)
_ACT_AFTER_RE = re.compile(r"(?:等)?(?:の)?(?:一部改正法|一部を改正する法律|一部改正法律|改正法)")
# 「令和4年の…法改正」「2022年の…法改正」: an amendment said with its year is one act
_YEAR_BEFORE_RE = re.compile(r"(?:令和|平成|昭和|r|h)?(?:\d{1,4}|元)年度?(?:の|に行われた|に成立した)?$")
_AMENDMENT_AFTER_RE = re.compile(r"等?(?:の)?(?:法)?改正")
_TITLES = ("等の一部を改正する法律", "の一部を改正する法律")


def amending_act(text: str, lexicon: Lexicon) -> tuple[str, tuple[Entity, ...]] | None:
    """``text`` with the words that name an act amending a law put as the act's title, and the acts so
    titled; None where none is named so, or the graph holds no act so titled."""
    for m in lexicon.find_names(text):
        if m.kind != "law" or len(m.candidates) != 1:
            continue
        law, start = m.candidates[0], m.start
        after = _ACT_AFTER_RE.match(text, m.end)
        if after is None:
            year = _YEAR_BEFORE_RE.search(text[: m.start])
            after = _AMENDMENT_AFTER_RE.match(text, m.end) if year is not None else None
            if year is None or after is None:
                continue
            start = year.start()
        acts = distinct(a for title in _TITLES for a in lexicon.called(law.label + title) if a.iri != law.iri)
        if acts:
            return f"{text[:start]}{fold(acts[0].label)}{text[after.end() :]}", acts
    return None
