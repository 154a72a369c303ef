"""Synonyms: the names the graph knows for each law and agency, and a curated list.

A group is a set of surface forms that name one thing (地方公共団体情報システム機構,
J-LIS, JLIS).  A query that contains any form also searches the others.  Forms
are compared folded (:func:`search.analysis.fold`), and found inside longer query
words, longest first, so 「J-LISの体制強化」 expands J-LIS too.

Law bundles are not expanded to their member laws: a query for
デジタル改革関連法 finds the text that says so, and the ``law`` filter (which
counts members for the bundle, as the graph contract does) finds the rest.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from importlib.resources import files

from search.analysis import fold, fold_chars

# One-character forms (法, 省) would expand nearly every query.
MIN_FORM_CHARS = 2


@dataclass(frozen=True, slots=True)
class Match:
    """A synonym form found in a query word: [start, end) in the word as typed."""

    start: int
    end: int
    alternatives: tuple[str, ...]


def curated_groups() -> list[tuple[str, ...]]:
    """The groups of ``search/data/synonyms.tsv``."""
    text = files("search.data").joinpath("synonyms.tsv").read_text(encoding="utf-8")
    groups = []
    for line in text.splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        forms = tuple(f.strip() for f in line.split("\t") if f.strip())
        if len(forms) > 1:
            groups.append(forms)
    return groups


class SynonymTable:
    """Forms to their alternatives.

    >>> table = SynonymTable([("マイナンバー", "個人番号")])
    >>> table.alternatives("マイナンバー")
    ('個人番号',)
    >>> [(m.start, m.end) for m in table.find("マイナンバーの利用")]
    [(0, 6)]
    """

    def __init__(self, groups: Iterable[Iterable[str]]) -> None:
        self.groups: list[tuple[str, ...]] = []
        self._by_form: dict[str, list[int]] = {}
        for group in groups:
            forms = tuple(dict.fromkeys(f for f in group if len(fold(f)) >= MIN_FORM_CHARS))
            if len(forms) < 2:
                continue
            self.groups.append(forms)
            for form in forms:
                self._by_form.setdefault(fold(form), []).append(len(self.groups) - 1)
        self._longest = max((len(k) for k in self._by_form), default=0)

    def alternatives(self, form: str) -> tuple[str, ...]:
        """The other forms of every group ``form`` belongs to (none if it is no known form)."""
        key = fold(form)
        seen: dict[str, str] = {}
        for gid in self._by_form.get(key, []):
            for other in self.groups[gid]:
                folded = fold(other)
                if folded != key:
                    seen.setdefault(folded, other)
        return tuple(seen.values())

    def find(self, word: str) -> list[Match]:
        """Known forms inside ``word``, leftmost-longest and not overlapping."""
        chars = fold_chars(word)
        folded = "".join(c for c, _ in chars)
        found: list[Match] = []
        i = 0
        while i < len(folded):
            for length in range(min(self._longest, len(folded) - i), MIN_FORM_CHARS - 1, -1):
                key = folded[i : i + length]
                if key in self._by_form:
                    start = chars[i][1]
                    end = chars[i + length - 1][1] + 1
                    found.append(Match(start, end, self.alternatives(key)))
                    i += length
                    break
            else:
                i += 1
        return found

    def to_json(self) -> list[list[str]]:
        return [list(g) for g in self.groups]
