"""A name said together with another name of the same thing, or after the body it belongs to.

- one thing with its other name in brackets: 「公的個人認証法（電子署名等に係る…に関する法律）」,
  「地方公共団体情報システム機構（J-LIS）」, 「J-LIS（地方公共団体情報システム機構）」;
- a body after its parent body, with or without の: 「法務省の法制審議会」「経済産業省資源エネルギー庁」
  (the graph must hold that the second belongs to the first; written together with no の, as a
  body's full name is written (「国土交通省道路局」), it may also be a body the graph holds under none:
  a body said after one that the graph holds it not under but under others names nothing, and the
  answer says so; else the two are left as said);
- a law after 「いわゆる」 or before 「等」: 「いわゆる番号法」「マイナンバー法等」 name the law;
- a body or a law with initials in brackets that name nothing the graph holds: 「…機構（NITS）」 is the
  body.

Takes the folded question, the mentions found in it, a test of whether one body belongs to another and
one of whether the graph holds a body under any;
gives the mentions with each such pair made one mention (the named thing, the whole span), so that the
question reads as if the name were said once.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from kg.ask.entities import Entity, Mention

# a word before a name that marks it as the name commonly used (「いわゆる○○法」)
_SO_CALLED = ("いわゆる", "所謂")
# after a law's name: 「○○法等」 (the law and those amended with it), read as the law
_AND_OTHERS = "等"
# after a body's or a law's name, its initials in brackets that name nothing else: 「…機構（NITS）」
_INITIALS_RE = re.compile(r"\([a-z][a-z0-9&\-]{1,11}\)")

# whether a body is one of another's offices or councils, at any depth, or of any body
BELONGS_QUERY = "SELECT ?b WHERE { BIND(<$body> AS ?b) <$body> org:subOrganizationOf+ <$parent> . } LIMIT 1"
UNDER_ANY_QUERY = "SELECT ?p WHERE { <$body> org:subOrganizationOf ?p . } LIMIT 1"

Belongs = Callable[[Entity, Entity], bool]
UnderAny = Callable[[Entity], bool]


class Ties:
    """Which bodies the store holds under which, asked of the store as a question needs it and kept."""

    def __init__(self, select: Callable[[str], list[dict[str, str]]] | None) -> None:
        self._select = select
        self._belongs: dict[tuple[str, str], bool] = {}
        self._under_any: dict[str, bool] = {}

    def belongs(self, body: Entity, parent: Entity) -> bool:
        """Whether the store holds ``body`` as one of ``parent``'s offices or councils, at any depth."""
        if self._select is None:
            return False
        key = (body.iri, parent.iri)
        if key not in self._belongs:
            query = BELONGS_QUERY.replace("$body", body.iri).replace("$parent", parent.iri)
            self._belongs[key] = bool(self._select(query))
        return self._belongs[key]

    def under_any(self, body: Entity) -> bool:
        """Whether the store holds ``body`` as an office or council of any other body (where there is
        no store to ask, it is taken to be)."""
        if self._select is None:
            return True
        if body.iri not in self._under_any:
            self._under_any[body.iri] = bool(self._select(UNDER_ANY_QUERY.replace("$body", body.iri)))
        return self._under_any[body.iri]


def _same(first: Mention, second: Mention) -> tuple[Entity, ...]:
    iris = {e.iri for e in second.candidates}
    return tuple(e for e in first.candidates if e.iri in iris)


def _two_bodies(parent: Mention, child: Mention) -> bool:
    """Whether ``parent`` and ``child`` are both bodies the graph holds, and none the same."""
    if parent.kind != "agency" or child.kind != "agency" or not parent.candidates or not child.candidates:
        return False
    return not {e.iri for e in parent.candidates} & {e.iri for e in child.candidates}


def _below(parent: Mention, child: Mention, belongs: Belongs, under_any: UnderAny | None) -> bool:
    """Whether ``child`` is said as a body of ``parent`` (``under_any`` given where they are written
    together: a child the graph holds under no body is then taken as under the one said)."""
    if not _two_bodies(parent, child):
        return False
    return all(
        any(belongs(c, p) for p in parent.candidates) or (under_any is not None and not under_any(c))
        for c in child.candidates
    )


def _elsewhere(parent: Mention, child: Mention, belongs: Belongs, under_any: UnderAny) -> bool:
    """Whether ``child``, said as a body of ``parent``, is held by the graph under other bodies only."""
    if not _two_bodies(parent, child):
        return False
    return all(under_any(c) and not any(belongs(c, p) for p in parent.candidates) for c in child.candidates)


def _widened(text: str, mention: Mention, starts: set[int]) -> Mention:
    start, end = mention.start, mention.end
    if (initials := _INITIALS_RE.match(text, end)) is not None and not any(
        end < s < initials.end() for s in starts
    ):
        end = initials.end()
    for word in _SO_CALLED:
        if text[max(0, start - len(word)) : start] == word:
            start -= len(word)
            break
    if mention.kind == "law" and text[end : end + 1] == _AND_OTHERS:
        end += 1
    if (start, end) == (mention.start, mention.end):
        return mention
    return Mention(start, end, text[start:end], mention.kind, mention.candidates, mention.unsure)


def joined(text: str, mentions: Sequence[Mention], belongs: Belongs, under_any: UnderAny) -> list[Mention]:
    """``mentions`` (in order) with a name and its other name in brackets, or a body after its parent
    body, made one; a body said after one the graph does not hold it under made one naming nothing
    (the answer says that the graph has no such body); a law after いわゆる or before 等, and a name
    before initials in brackets that name nothing else, widened to those words."""
    out: list[Mention] = []
    for mention in sorted(mentions, key=lambda m: m.start):
        last = out[-1] if out else None
        if last is not None and last.kind == mention.kind:
            between = text[last.end : mention.start]
            closing = text[mention.end : mention.end + 1] == ")"
            if between == "(" and closing and (common := _same(last, mention)):
                end = mention.end + 1
                out[-1] = Mention(last.start, end, text[last.start : end], last.kind, common)
                continue
            together = under_any if between == "" else None
            if between in ("", "の") and _below(last, mention, belongs, together):
                out[-1] = Mention(
                    last.start, mention.end, text[last.start : mention.end], "agency", mention.candidates
                )
                continue
            if between in ("", "の") and _elsewhere(last, mention, belongs, under_any):
                # 「デジタル庁の法制審議会」 where the council is 法務省's: no such body, said so
                out[-1] = Mention(last.start, mention.end, text[last.start : mention.end], "agency", ())
                continue
        out.append(mention)
    starts = {m.start for m in out}
    return [_widened(text, m, starts) for m in out]
