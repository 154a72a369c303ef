"""Two conditions at once: two agencies or two laws (「デジタル庁と総務省の両方が関わる施策」), or a list
kept to what rests on a law or involves an agency (「進捗のない課題で、法律が関係しているもの」
「総務省が関わる、進捗のない課題」).

Takes the marked question (names replaced by their marks, as :mod:`kg.ask.slots` marks them),
what each mark stands for, and the reader of one question (``match``); gives the reading of the
first condition with the second added to its query as one more pattern over the rows' key (the item
or the issue), or None for a question of another form.  Two names are read as both only where the
question says so (「両方」「双方」「共に」「共管する」); 「AとBに基づく施策」 alone may mean either, and
is not read.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from kg.ask.cues import FRAGMENTS
from kg.ask.entities import Entity, Mention
from kg.ask.kinds import NAMED_LAW
from kg.ask.outcomes import Ambiguous, NotUnderstood, Outcome, Period, Reading, UnknownName

LAW, AGENCY = "\ue001", "\ue002"
Meaning = dict[int, Mention | Period]
Match = Callable[[str, Meaning], Outcome | None]

_PAIR_RE = re.compile(
    f"(?P<first>[{LAW}{AGENCY}])(?:と|及び|および|・|並びに|ならびに|や)(?P<second>[{LAW}{AGENCY}])"
    r"(?P<both>の両方|の双方|の両者|のいずれも|のどちらも|が共に|がともに|が共同で|が一緒に|両方|双方)?"
    r"(?P<rest>[^\ue000-\ue0ff]+)"
)
# 「…が共管する施策」: both in charge
_JOINTLY_RE = re.compile(r"^(?:が|で)?(?:共管|共同所管)(?:する|している|の|され(?:ている|た))?")
# "rests on some law": 「法律が関係している」「法令に基づく」「根拠法がある」
_ANY_LAW = (
    r"(?:法律|法令|根拠法|法的根拠)(?:が|に|と|の)?(?:関係している|関係する|関係した|関係のある|関係がある|"
    r"関連している|関連する|関連のある|関連がある|関わっている|関わる|かかわる|基づく|基づいている|依拠する|"
    r"依拠している|紐づいている|紐付いている|絡んでいる|絡む|絡んだ|ある|あります)"
)
_CONDITION_RE = re.compile(
    rf"(?P<any_law>{_ANY_LAW})|(?P<law>{LAW}){FRAGMENTS['@ON_LAW']}|(?P<agency>{AGENCY}){FRAGMENTS['@BY_AGENCY']}"
)
_SEPARATOR_RE = re.compile(r"(?:で|のうち|の中で|であって|であり|かつ|、)+$")
_ENDING_RE = re.compile(r"(?:もの|の|こと)$")
_MARKS_RE = re.compile(r"[\ue000-\ue0ff]")


def _splits(marked: str) -> list[tuple[str, str]]:
    """Each way ``marked`` parts into (a condition, a list): the condition ahead
    (「総務省が関わる、進捗のない課題」) or after (「進捗のない課題で、法律が関係しているもの」)."""
    out = []
    for cut in range(1, len(marked)):
        head, tail = marked[:cut], marked[cut:]
        out.append((_SEPARATOR_RE.sub("", head), tail))
        if _SEPARATOR_RE.search(head):
            out.append((_ENDING_RE.sub("", tail), _SEPARATOR_RE.sub("", head)))
    return out


def _one(mention: Mention | Period | None) -> Entity | Outcome:
    if not isinstance(mention, Mention):
        return NotUnderstood()
    if not mention.candidates:
        return UnknownName(mention.text, "名前")
    if len(mention.candidates) > 1 or mention.unsure:
        return Ambiguous(mention.text, tuple(sorted(mention.candidates, key=lambda e: e.iri)))
    return mention.candidates[0]


def _restriction(key: str, entity: Entity | None) -> str:
    """The pattern that keeps the rows whose ``key`` rests on ``entity`` (any law where None)."""
    if entity is None:
        found = f"?x2 {NAMED_LAW}"
    elif entity.kind == "law":
        found = f"?x2 pol:dependsOnLaw/dcterms:isPartOf? <{entity.iri}>"
    else:
        found = f"?b2 org:subOrganizationOf* <{entity.iri}> . ?x2 pol:involvesAgency ?b2"
    if key == "item":
        return f"{{ SELECT DISTINCT ?item WHERE {{ {found} BIND(?x2 AS ?item) }} }}"
    return (
        f"{{ SELECT DISTINCT ?issue WHERE {{ {found} .\n"
        "    { ?x2 pol:addressesIssue ?issue } UNION { ?x2 a pol:Issue BIND(?x2 AS ?issue) } } }"
    )


def _kept(reading: Reading, entity: Entity | None, words: str) -> Outcome:
    query = reading.key_sparql or reading.sparql
    key = reading.keys[0] if reading.keys else ("item" if "?item" in query else "issue")
    if key not in ("item", "issue") or f"?{key}" not in query:
        return NotUnderstood()
    pattern = _restriction(key, entity)

    def within(sparql: str | None) -> str | None:
        return None if sparql is None else sparql.replace("WHERE {", f"WHERE {{\n  {pattern}", 1)

    return replace(
        reading,
        kind=f"{reading.kind}_and",
        sparql=within(reading.sparql) or "",
        key_sparql=within(reading.key_sparql),
        reading=f"{reading.reading}、かつ {words}",
        entities=(*reading.entities, *([entity] if entity else [])),
    )


def read_joint(marked: str, meaning: Meaning, match: Match) -> Outcome | None:
    """``marked`` read as two conditions at once, or None."""
    if (m := _PAIR_RE.fullmatch(marked)) is not None and m["first"] == m["second"]:
        rest = _JOINTLY_RE.sub("が関わる", m["rest"])
        if not m["both"] and rest == m["rest"]:
            return None  # 「AとBに基づく施策」: both, or either? not read
        first = match(m["first"] + rest, {0: meaning[m.start("first")]})
        if not isinstance(first, Reading):
            return first
        second = _one(meaning.get(m.start("second")))
        if not isinstance(second, Entity):
            return second
        verb = "依拠する" if second.kind == "law" else "関わる"
        return _kept(first, second, f"{second.label} にも{verb}もの（両方）")
    named = marked.count(LAW) + marked.count(AGENCY)
    if len(_MARKS_RE.findall(marked)) != named or named > 1 or not (named or re.search(_ANY_LAW, marked)):
        return None  # other marks (a period, an issue), or no condition
    for condition, base in _splits(marked):
        c = _CONDITION_RE.fullmatch(condition)
        if c is None or len(condition) < 2 or _MARKS_RE.search(base):
            continue
        listing = match(base, {})
        if not isinstance(listing, Reading):
            continue
        if c["any_law"]:
            return _kept(listing, None, "法令に依拠するもの")
        mark = "law" if c["law"] else "agency"
        if listing.kind == "items_within" and (every := match("取組", {})) is not None:
            # 「施策のうち…法に基づくもの」: 施策 said of a law or an agency is every item of it (measures and
            # progress updates), as in 「…法に基づく施策」
            listing = every if isinstance(every, Reading) else listing
        entity = _one(meaning.get(marked.index(LAW if mark == "law" else AGENCY)))
        if not isinstance(entity, Entity):
            return entity
        return _kept(listing, entity, f"{entity.label} に{'依拠する' if mark == 'law' else '関わる'}もの")
    return None
