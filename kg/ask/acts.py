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
    r"(?:(?:を|が)?(?:実施した|実施された|実施済みの|実施済の|行った|行われた|済みの|済んだ|した|された|"
    r"できた|実現した|終えた|終わった|完了した)"
    # 「府令改正で対応した取組」「法改正により措置された」: what was done by that act
    r"|(?:で|により|によって|を通じて|をもって)(?:対応した|対応された|措置した|措置された|対処した|実現した|実現された))"
)
_ABOUT = (
    r"(?:を|が|の|に)?(?:伴う|含む|要する|必要とする|関する|関わる|かかわる|関係する|関連する|係る|"
    r"関係の|関連の|による|よる|関連|関係|予定している|予定の)?"
)
_ITEMS = FRAGMENTS["@ITEMS"]
_ACTION = f"(?:{_alternatives(list(_ACTIONS))})"
_NEWLY = r"(?:新しく|新たに|今回|これまでに|すでに|既に)?"
_ACTED_RE = re.compile(
    rf"{_NEWLY}(?P<acts>{_ACT}(?:{_AND}{_ACT})*)(?:の|を|が)?(?P<action>{_ACTION}(?:{_AND}{_ACTION})*)"
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
    actions = {kind for w in _SPLIT_RE.split(action or "") if w for kind in _ACTIONS[w]}
    done = bool(m.groupdict().get("done"))
    action_filter = f" && ?actionKind IN ({_literals(actions)})" if actions else ""
    if done and actions:
        # what was done is the act said with a word that can say an action of the kinds asked (「省令整備」
        # for a revision, its kind checked apart; 「成立・制定」: an enactment stated as passed, not
        # 「法制化」 under study)
        said_words = {
            word
            for word, kinds in _ACTIONS.items()
            if any(set(kinds) & set(_ACTIONS[asked]) for asked in _SPLIT_RE.split(action or "") if asked)
        }
        action_filter += f' && REGEX(STR(?actLabel), "{"|".join(sorted(said_words))}")'

    # 「法制化」「法制上の措置」 state no kind of act (no pol:actKind): they are put into law, so a
    # question about laws holds them; one about an ordinance does not
    unstated = "法律" in acts
    kind = (
        "OPTIONAL { ?action pol:actKind ?actKind }\n"
        f"    FILTER((!BOUND(?actKind) || ?actKind IN ({_literals(acts)}))"
        if unstated
        else f"?action pol:actKind ?actKind .\n    FILTER(?actKind IN ({_literals(acts)})"
    )
    links = [
        "?item pol:dependsOnLaw ?action . ?action a pol:LegislativeAction ;\n"
        "      pol:actionKind ?actionKind ; rdfs:label ?actLabel .\n"
        f"    {kind}{action_filter})"
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
    action = "・".join(w for w in _SPLIT_RE.split(action or "") if w)
    what = "実施された取組状況（取組状況のみ）" if done else "施策・取組状況"
    return Reading(
        "act_kind_items",
        sparql,
        f"法令の種類: {said}{'の' + action if action else ''}"
        f"{'（種類の書かれていない法制化・法制上の措置を含む）' if unstated else ''} → それに依拠する{what}",
        ("item", "itemLabel", "type", "act", "document", "line"),
    )


# The laws themselves by what was done to them: 「成立した法律」「制定・施行された法令の一覧」
# 「どの法律が改正された」.  Each kind of action is the link the items (or their legislative actions)
# state to the law they name.
_LAW_LINKS = {
    "成立": "pol:enactsLaw",
    "制定": "pol:enactsLaw",
    "新設": "pol:enactsLaw",
    "施行": "pol:enforcesLaw",
    "法改正": "pol:amendsLaw",
    "改正": "pol:amendsLaw",
    "改定": "pol:amendsLaw",
}
_LAW_ACTION = f"(?:{_alternatives(list(_LAW_LINKS))})"
_LAW_WORD = r"(?:法律|法令)(?:名)?"
_DONE_TO = (
    r"(?:した|された|されている|されました|済みの|済み|済の|が済んだ|を実施した|が行われた|が決まった|"
    r"になった|となった)"
)
_ACTIONS_SAID = rf"(?P<actions>{_LAW_ACTION}(?:{_AND}{_LAW_ACTION})*)"
_LAWS_ACTED_RE = (
    re.compile(rf"{_NEWLY}{_ACTIONS_SAID}{_DONE_TO}{_LAW_WORD}(?:の)?(?:一覧|リスト)?"),
    re.compile(
        rf"(?:どの|どんな|何の|なんの)?{_LAW_WORD}(?:で|のうち|の中で)?(?:が|は){_NEWLY}{_ACTIONS_SAID}{_DONE_TO}(?:もの|の)?"
    ),
)


def read_acted_laws(text: str) -> Reading | None:
    """``text`` read as the laws enacted, put in force or amended, with the items that say so, or None."""
    m = next((m for pattern in _LAWS_ACTED_RE if (m := pattern.fullmatch(text)) is not None), None)
    if m is None:
        return None
    said = [w for w in _SPLIT_RE.split(m["actions"]) if w]
    path = "|".join(dict.fromkeys(_LAW_LINKS[w] for w in said))
    # each kind of link carries the item's row (see read_act_kind): a union joined to the rows
    # afterwards lets Oxigraph start from every item
    row = """
    ?law rdfs:label ?lawLabel . FILTER(LANG(?lawLabel) = "ja" || LANG(?lawLabel) = "")
    ?item a ?class . FILTER(?class IN (pol:Measure, pol:ProgressUpdate))
    ?item rdfs:label ?itemLabel .
    ?ann_item oa:hasBody ?item ; pol:line ?line ; oa:hasTarget ?target_item .
    ?target_item oa:hasSource ?doc . ?doc pol:documentId ?document ."""
    links = (
        f"?item {path} ?law .",
        f"?action {path} ?law . ?action a pol:LegislativeAction . ?item pol:dependsOnLaw ?action .",
    )
    sparql = f"""SELECT DISTINCT ?law ?lawLabel ?item ?itemLabel ?document ?line WHERE {{
  {" UNION ".join("{ " + link + row + " }" for link in links)}
}} ORDER BY ?lawLabel ?document ?line ?item"""
    return Reading(
        "laws_acted",
        sparql,
        f"法令: {'・'.join(dict.fromkeys(said))}の対象となった法律（{path}）"
        " → その法律と、そう書かれた施策・取組状況",
        ("law", "lawLabel", "item", "itemLabel", "document", "line"),
    )
