"""A question read by its parts: the name it holds, the relation said of it, the class asked for and
whether it is counted, in any order and with any of the words of :mod:`kg.ask.vocab`.

Takes the marked question (names and periods replaced by their marks, :func:`kg.ask.slots.mark_names`)
and what each mark stands for; gives the question said in the one form the kinds read
(「<law>に基づく取組」「<agency>が関わる課題」「<issue>の進捗」, 「…の数」 when counted), or None.

It is the reader of last resort, for phrasings no pattern was written for (「…に準拠した取り組み」
「…が受け持つ施策」「施策のうち…に基づくもの」「課題3.2のフォローアップ状況」).  It reads a question
only when every word of it is a word of the vocabulary: one name, relations that fit that name, one
class; a word it does not know (a negation, 「予算」, 「以外」, 「担当者」) may change what is asked, and
the question is then left unread rather than guessed.
"""

from __future__ import annotations

from kg.ask.entities import Mention
from kg.ask.outcomes import Period
from kg.ask.ranked import ranked
from kg.ask.vocab import Word, words

_MARK_KIND = {"\ue001": "law", "\ue002": "agency", "\ue003": "issue", "\ue004": "period", "\ue005": "theme"}
# The relations each kind of name takes.
_FITS = {
    "law": {"law", "either", "amend", "mention"},
    "agency": {"agency", "either", "mention"},
    "issue": {"either", "listed", "within"},
    "theme": {"either", "listed", "within"},
    "period": set(),
}
# The items' nouns that, said of an issue, name its measures (「課題3.2の対策」); 取組 or 対応 of an issue
# may mean its progress as well, and is left to the patterns.
_ISSUE_MEASURES = {"施策", "措置", "対策", "政策"}
_LONGEST = 12


def _split(marked: str) -> list[Word] | None:
    """``marked`` cut into words of the vocabulary and marks (the longest word first), or None where
    some of it is no word the vocabulary knows."""
    known = words()
    memo: dict[int, list[Word] | None] = {}

    def at(i: int) -> list[Word] | None:
        if i == len(marked):
            return []
        if i in memo:
            return memo[i]
        found: list[Word] | None = None
        if marked[i] in _MARK_KIND:
            rest = at(i + 1)
            kind = _MARK_KIND[marked[i]]
            found = None if rest is None else [Word("name", kind, marked[i]), *rest]
        else:
            for end in range(min(len(marked), i + _LONGEST), i, -1):
                entry = known.get(marked[i:end])
                if entry is None:
                    continue
                rest = at(end)
                if rest is not None:
                    found = [Word(entry[0], entry[1], marked[i:end]), *rest]
                    break
        memo[i] = found
        return found

    return at(0)


def _head(parts: list[Word], kind: str) -> Word | None:
    """The class asked for: the last class word (a name's own class, 「課題3.2番の課題」, left out)."""
    classes = [w for w in parts if w.part == "class" and not (kind == "issue" and w.what == "issues")]
    if not classes:
        return None
    if len({w.what for w in classes}) > 1 and classes[-1].what != "progress":
        return None  # 「進捗の施策」: two classes, neither the progress of the other
    return classes[-1]


def recomposed(text: str, marked: str, meaning: dict[int, Mention | Period]) -> str | None:
    """The question (``text``, its names marked in ``marked``) said in the form the kinds read, or None
    where a word of it is unknown or its parts do not make one question."""
    parts = _split(marked)
    if parts is None:
        return None
    names = [(i, w) for i, w in enumerate(parts) if w.part == "name"]
    if not names:
        return ranked(parts)
    if len(names) != 1:
        return None
    index = names[0][0]
    thing = meaning.get(sum(len(w.text) for w in parts[:index]))
    if isinstance(thing, Period):
        kind, said_name = "period", thing.text
    elif isinstance(thing, Mention) and thing.kind in _FITS:
        kind, said_name = thing.kind, text[thing.start : thing.end]
    else:
        return None
    relations = {w.what for w in parts if w.part == "relation"}
    if not relations <= _FITS[kind] or not _done_by(kind, parts, relations):
        return None
    if any(w.part == "named" for w in parts) and relations != {"mention"}:
        return None  # 「…という語」 is said only of where a name is written
    head = _head(parts, kind)
    if head is None or (head.what == "places") != ("mention" in relations):
        return None
    if any(w.part == "being" for w in parts[:-1]):
        return None  # 「…施策のうち進捗があるもの」: a condition on the class, not the class asked
    if "mention" in relations:
        said = f"{said_name}が言及されている箇所" if relations == {"mention"} else None
    elif kind == "period":
        said = _in_period(said_name, parts, head)
    else:
        carried = any(w.part == "carried" for w in parts)
        if any(w.part == "when" for w in parts) or (carried and not relations and kind != "agency"):
            return None
        if kind in ("law", "agency") and not relations and not carried:
            return None  # a name and a class side by side (「総務省と施策」) say no relation
        said = _said(kind, said_name, head, relations)
    counted = "の数" if any(w.part == "count" for w in parts) else ""
    return None if said is None else said + counted


def _done_by(kind: str, parts: list[Word], relations: set[str]) -> bool:
    """Whether the verbs of doing fit the name: who does it (an agency), the means (a law, after で or a
    relation), when (a period); an issue or a theme is not done."""
    does = [i for i, w in enumerate(parts) if w.part == "do"]
    if not does or kind == "period":
        return True
    if kind == "agency":
        relations.add("agency")
        return True
    if kind != "law" or not (relations & {"law", "either"} or all(parts[i - 1].text == "で" for i in does)):
        return False
    relations.add("law")
    return True


def _in_period(period: str, parts: list[Word], head: Word) -> str | None:
    """Items of a period: planned (予定, 計画), done (実施された, 実績) or either."""
    if head.what not in ("items", "progress"):
        return None
    when = {w.what for w in parts if w.part == "when"}
    carried = [w.text for w in parts if w.part in ("carried", "do")]
    if any(not c.endswith("た") for c in carried) and "planned" not in when:
        return None  # 「令和4年度に実施される」: planned or done, not said
    if len(when) > 1:
        return None
    if "planned" in when:
        said = f"{period}に予定されている取組"
    elif "done" in when or carried:
        said = f"{period}に実施された取組"
    else:
        said = f"{period}の取組"
    return said + ("状況" if head.what == "progress" else "")


def _said(kind: str, name: str, head: Word, relations: set[str]) -> str | None:
    if head.what not in ("items", "progress", "measures", "issues"):
        return None  # 「総務省の法令」: no question of these parts
    if kind == "theme":
        if head.what == "issues":
            return f"{name}の課題"
        return f"{name}の{head.text}" if head.text in ("施策", "取組") else None
    if kind == "issue":
        if head.what == "progress":
            return f"{name}の進捗"
        if head.what == "measures" or head.text in _ISSUE_MEASURES:
            return f"{name}の施策"
        return None
    if head.what == "issues":
        return f"{name}に関係する課題" if kind == "law" else f"{name}が関わる課題"
    if "amend" in relations:
        if relations - {"amend", "either"}:
            return None
        said = f"{name}を改正した取組"
    else:
        said = f"{name}に基づく取組" if kind == "law" else f"{name}が関わる取組"
    return said + ("状況" if head.what == "progress" else "")
