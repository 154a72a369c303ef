"""Which item of a later edition is which item of the earlier one.

Takes two :class:`~kg.track.editions.Snapshot` s; gives the matched pairs, each
with a score (0–1) and the basis it rests on, and the items left over on each
side (dropped from the old edition, added in the new).  Items are matched
within their class, in passes from the surest to the least sure:

1. ``title`` — the same normalised title (NFKC, no spaces, punctuation,
   dates, status marks or law and agency names).  Where several items share a
   title (a measure listed under two issues), those under matched issues pair
   first, then by position;
2. ``number`` — the same issue or theme number, with titles that still share
   at least half their characters (a reworded issue keeps its number; a
   renumbered one is caught by pass 1 first);
3. ``fuzzy`` — the titles' similarity (difflib's ratio) of at least
   :data:`FUZZY_THRESHOLD`, a point added for standing under the matched issue;
   pairs are taken best first.  A title with one clause rewritten keeps most
   of its characters in order and passes.

Fuzzy matching uses the standard library's :mod:`difflib`: rapidfuzz is not a
dependency, and the fuzzy pass only sees what the exact passes left (a few
items per edition), with ``real_quick_ratio``/``quick_ratio`` bounds cutting
most pairs before the full ratio is computed.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from dataclasses import dataclass, field

from kg.track.editions import TRACKED, Snapshot, Version

FUZZY_THRESHOLD = 0.6
NUMBER_THRESHOLD = 0.5
# Beyond this many leftovers on a side, fuzzy matching compares only items of matched issues.
_FUZZY_ALL = 400

STATUS_MARK = re.compile(r"実施済み?|実現済み?|完了|[（(]済[）)]|済み?(?=[）)、。\s]|$)|予定|✓")
_NOT_WORD = re.compile(r"[\W_]+")
_NAME_LIST = re.compile(r"\x00(?:\s*(?:と|及び|並びに|、|・|,)\s*\x00)+")


@dataclass(frozen=True, slots=True)
class Match:
    old: Version
    new: Version
    score: float
    basis: str  # "title" | "number" | "fuzzy"


@dataclass(slots=True)
class Matching:
    pairs: list[Match] = field(default_factory=list)
    dropped: list[Version] = field(default_factory=list)
    added: list[Version] = field(default_factory=list)


def wording(version: Version, surfaces: set[str] | None = None) -> str:
    """The title as words only: no dates, status marks, law or agency names, punctuation or spaces.

    >>> wording(Version("x", "Measure", "✓ 自動入力を実現予定（4年1月～）"))
    '自動入力を実現'
    """
    text = unicodedata.normalize("NFKC", version.label)
    for date in sorted({unicodedata.normalize("NFKC", d.text) for d in version.dates}, key=len, reverse=True):
        text = text.replace(date, "")
    names = surfaces if surfaces is not None else version.surfaces
    for name in sorted({unicodedata.normalize("NFKC", s) for s in names}, key=len, reverse=True):
        if len(name) > 1:
            text = text.replace(name, "\x00")
    # 「デジタル庁と総務省で」 less 総務省 is 「デジタル庁で」: a list of names goes with its joiners.
    text = _NAME_LIST.sub("\x00", text).replace("\x00", "")
    text = re.sub(r"[0-9〇一二三四五六七八九十元]+年[0-9]*[月度]?[～~]?", "", text)
    return _NOT_WORD.sub("", STATUS_MARK.sub("", text))


def _ratio(a: str, b: str, floor: float) -> float:
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    if matcher.real_quick_ratio() < floor or matcher.quick_ratio() < floor:
        return 0.0
    return matcher.ratio()


class _Pass:
    """The state of matching one class: what is left on each side and the issues matched so far."""

    def __init__(self, old: list[Version], new: list[Version], issues: dict[str, str]) -> None:
        self.old = old
        self.new = new
        self.issues = issues  # old issue number -> new issue number
        self.left_old = set(range(len(old)))
        self.left_new = set(range(len(new)))
        self.pairs: list[Match] = []
        self.words_old = [wording(v) for v in old]
        self.words_new = [wording(v) for v in new]

    def take(self, i: int, j: int, score: float, basis: str) -> None:
        self.left_old.discard(i)
        self.left_new.discard(j)
        self.pairs.append(Match(self.old[i], self.new[j], round(score, 3), basis))

    def same_issue(self, i: int, j: int) -> bool:
        old_issue = self.old[i].issue
        return old_issue is not None and self.issues.get(old_issue) == self.new[j].issue

    def by_title(self) -> None:
        found: dict[str, list[int]] = {}
        for j in sorted(self.left_new):
            found.setdefault(self.words_new[j], []).append(j)
        for i in sorted(self.left_old):
            candidates = [j for j in found.get(self.words_old[i], []) if j in self.left_new]
            if not candidates:
                continue
            # Under the matched issue first, then the nearest in order.
            j = min(candidates, key=lambda j: (not self.same_issue(i, j), abs(j - i)))
            self.take(i, j, 1.0, "title")

    def by_number(self) -> None:
        numbered = {self.new[j].number: j for j in self.left_new if self.new[j].number}
        for i in sorted(self.left_old):
            j_found = numbered.get(self.old[i].number) if self.old[i].number else None
            if j_found is None or j_found not in self.left_new:
                continue
            score = _ratio(self.words_old[i], self.words_new[j_found], NUMBER_THRESHOLD)
            if score >= NUMBER_THRESHOLD:
                self.take(i, j_found, score, "number")

    def fuzzy(self) -> None:
        olds, news = sorted(self.left_old), sorted(self.left_new)
        wide = len(olds) <= _FUZZY_ALL and len(news) <= _FUZZY_ALL
        scored: list[tuple[float, int, int]] = []
        for i in olds:
            for j in news:
                near = self.same_issue(i, j)
                if not (wide or near):
                    continue
                bonus = 0.05 if near else 0.0
                score = _ratio(self.words_old[i], self.words_new[j], FUZZY_THRESHOLD - bonus)
                if score + bonus >= FUZZY_THRESHOLD:
                    scored.append((score + bonus, i, j))
        for score, i, j in sorted(scored, key=lambda s: (-s[0], s[1], s[2])):
            if i in self.left_old and j in self.left_new:
                self.take(i, j, min(score, 1.0), "fuzzy")


def match(old: Snapshot, new: Snapshot) -> Matching:
    """Match the items of ``new`` to those of ``old`` (see the module docstring)."""
    result = Matching()
    issues: dict[str, str] = {}
    for cls in TRACKED:
        state = _Pass(old.of(cls), new.of(cls), issues)
        state.by_title()
        if cls in ("Issue", "Theme"):
            state.by_number()
        state.fuzzy()
        if cls == "Issue":
            issues.update({m.old.number: m.new.number for m in state.pairs if m.old.number and m.new.number})
        result.pairs.extend(state.pairs)
        result.dropped.extend(state.old[i] for i in sorted(state.left_old))
        result.added.extend(state.new[j] for j in sorted(state.left_new))
    result.pairs.sort(key=lambda m: (m.new.line, m.new.label))
    return result
