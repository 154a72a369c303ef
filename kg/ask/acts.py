"""Questions about a kind of act, not a named law: 「法改正を実施した取組」「府令・省令に関わる取組」
「政令の制定に関する施策」.

Takes the folded question; gives a :class:`~kg.ask.outcomes.Reading` of the measures and progress
updates that rest on a legislative action (``pol:LegislativeAction``) of those kinds of act
(``pol:actKind``: 法律, 府令, 省令, 政令, 条例, 規則) and, where one is named, of that kind of
action (``pol:actionKind``: 改正 is an amendment or an ordinance's revision, 制定 and 成立 an
enactment), or None for a question of another form.  An amendment of a law stated outright
(``pol:amendsLaw``) counts as one.  What is said to have been done (「実施した」「行われた」) is
looked for among the progress updates, which report what was done; measures say what is to be done.
"""

from __future__ import annotations

import re

from kg.ask.cues import FRAGMENTS
from kg.ask.outcomes import Reading

# the words for each kind of act → the pol:actKind values they stand for
_ACTS = {
    "法令": ("法律", "府令", "省令", "政令", "条例", "規則"),
    "法律": ("法律",),
    "法": ("法律",),
    "内閣府令": ("府令",),
    "府省令": ("府令", "省令"),
    "府令": ("府令",),
    "省令": ("省令",),
    "政省令": ("政令", "省令"),
    "政令": ("政令",),
    "条例": ("条例",),
    "規則": ("規則",),
}
_ORDINANCES = ("内閣府令", "府省令", "府令", "省令", "政省令", "政令", "条例", "規則")
_AND = r"(?:・|、|と|や|及び|および|又は|または|/)"


def _alternatives(words: tuple[str, ...] | list[str]) -> str:
    return "|".join(sorted(words, key=len, reverse=True))


_ACT = f"(?:{_alternatives(list(_ACTS))})"
_ORDINANCE = f"(?:{_alternatives(_ORDINANCES)})"
# the kinds of action → the pol:actionKind values
_ACTIONS = {
    "改正": ("amendment", "revision"),
    "改定": ("amendment", "revision"),
    "見直し": ("amendment", "revision"),
    "制定": ("enactment",),
    "成立": ("enactment",),
    "整備": ("amendment", "revision", "enactment"),
}
_DONE = (
    r"(?:を|が)?(?:実施した|実施された|実施済みの|実施済の|行った|行われた|済みの|済んだ|した|された|"
    r"できた|実現した|終えた|終わった|完了した)"
)
_ABOUT = (
    r"(?:を|が|の|に)?(?:伴う|含む|要する|必要とする|関する|関わる|かかわる|関係する|関連する|係る|"
    r"関係の|関連の|による|よる|関連|関係|予定している|予定の)?"
)
_ITEMS = FRAGMENTS["@ITEMS"]
_ACTED_RE = re.compile(
    rf"(?P<acts>{_ACT}(?:{_AND}{_ACT})*)(?:の|を)?(?P<action>{_alternatives(list(_ACTIONS))})"
    rf"(?:(?P<done>{_DONE})|{_ABOUT})(?P<what>{_ITEMS})"
)
# an ordinance without an action: 「府令・省令に関わる取組」
_ORDINANCE_RE = re.compile(
    rf"(?P<acts>{_ORDINANCE}(?:{_AND}{_ORDINANCE})*){FRAGMENTS['@ON_LAW']}(?P<what>{_ITEMS})"
)
_SPLIT_RE = re.compile(_AND)


def _literals(values: set[str]) -> str:
    return ", ".join(f'"{v}"' for v in sorted(values))


def read_act_kind(text: str) -> Reading | None:
    """``text`` read as the items resting on a kind of act (and action), or None."""
    m = _ACTED_RE.fullmatch(text) or _ORDINANCE_RE.fullmatch(text)
    if m is None:
        return None
    words = [w for w in _SPLIT_RE.split(m["acts"]) if w]
    acts = {kind for w in words for kind in _ACTS[w]}
    action = m.groupdict().get("action")
    actions = set(_ACTIONS[action]) if action else set()
    done = bool(m.groupdict().get("done"))
    action_filter = f" && ?actionKind IN ({_literals(actions)})" if actions else ""
    links = [
        "?item pol:dependsOnLaw ?action . ?action a pol:LegislativeAction ; pol:actKind ?actKind ;\n"
        "      pol:actionKind ?actionKind ; rdfs:label ?actLabel .\n"
        f"    FILTER(?actKind IN ({_literals(acts)}){action_filter})"
    ]
    if "法律" in acts and "amendment" in actions:
        # an amendment of a named law stated outright (「公的個人認証法改正」)
        links.append("?item pol:amendsLaw ?law . ?law a pol:Law ; rdfs:label ?actLabel .")
    classes = "pol:ProgressUpdate" if done else "pol:Measure, pol:ProgressUpdate"
    # each kind of link carries the item's row: a union of the links joined to the rows
    # afterwards lets Oxigraph start from every item (minutes at 1,000 documents, under 1 s so)
    row = f"""
    ?item a ?class . FILTER(?class IN ({classes}))
    ?item rdfs:label ?itemLabel .
    ?ann_item oa:hasBody ?item ; pol:line ?line ; oa:hasTarget ?target_item .
    ?target_item oa:hasSource ?doc . ?doc pol:documentId ?document ."""
    # one row an item, with the first of the actions it rests on
    sparql = f"""SELECT ?item ?itemLabel ?type (MIN(STR(?actLabel)) AS ?act) ?document ?line WHERE {{
  {" UNION ".join("{ " + link + row + " }" for link in links)}
  BIND(IF(?class = pol:Measure, "施策", "取組状況") AS ?type)
}} GROUP BY ?item ?itemLabel ?type ?document ?line ORDER BY ?document ?line ?item"""
    said = "・".join(dict.fromkeys(words))
    what = "実施された取組状況（取組状況のみ）" if done else "施策・取組状況"
    return Reading(
        "act_kind_items",
        sparql,
        f"法令の種類: {said}{'の' + action if action else ''} → それに依拠する{what}",
        ("item", "itemLabel", "type", "act", "document", "line"),
    )
