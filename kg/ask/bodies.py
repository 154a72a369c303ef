"""A list of councils and study groups: 「取組に名前が出てくる審議会・研究会・検討会の一覧」「検討会の一覧」.

Takes the folded question; gives a :class:`~kg.ask.outcomes.Reading` of the councils
(``pol:Council``) that measures or progress updates name (``pol:involvesAgency``), with how many
items name each, kept to the kinds of body the question names by the words of their labels
(「研究会」 keeps 「氏名の読み仮名の法制化に関する研究会」), or None for a question of another form.
A council the report only mentions, with no measure or progress update of its own, is no answer.
"""

from __future__ import annotations

import re

from kg.ask.cues import FRAGMENTS
from kg.ask.outcomes import Reading

# the kinds of body, each the word its labels hold
_KINDS = (
    "審議会",
    "研究会",
    "検討会",
    "小委員会",
    "委員会",
    "協議会",
    "懇談会",
    "有識者会議",
    "ワーキンググループ",
    "部会",
    "分科会",
)
# words for every kind of body at once
_ANY = ("会議体", "会議", "審議会等", "研究会等", "検討会等", "委員会等")
_WORD = "|".join(sorted((*_KINDS, *_ANY), key=len, reverse=True))
_AND = r"(?:・|、|と|や|及び|および|/)"
_NAMED = (
    rf"(?:{FRAGMENTS['@ITEMS']})(?:に|で|の中で|の中に)?(?:名前が|名前の)?"
    r"(?:出てくる|出てきた|出る|登場する|登場した|挙がっている|挙がる|書かれている|関わる|関わっている|関与する|"
    r"関与している|言及されている|記載されている)"
)
# 「文書に出てくる会議体」: every council the documents name, whether or not an entry names it
_IN_DOCUMENTS = (
    r"(?:文書|報告書|資料)(?:に|で|の中で|の中に)?"
    r"(?:出てくる|出て来る|出てきた|登場する|言及されている|書かれている|記載されている)"
)
_BODIES_RE = re.compile(
    rf"(?:(?P<documents>{_IN_DOCUMENTS})|{_NAMED})?(?P<words>(?:{_WORD})(?:{_AND}(?:{_WORD}))*)(?:など|等)?"
    r"(?:の)?(?:一覧|リスト|名前|名称|すべて|全て)?"
)
_SPLIT_RE = re.compile(_AND)


def read_bodies(text: str, listing: bool) -> Reading | None:
    """``text`` read as a list of councils, or None.  ``listing``: the question said 一覧 or the like
    (a bare 「研究会」 is a list only when asked as one)."""
    m = _BODIES_RE.fullmatch(text)
    if m is None or not (listing or m.group(0) != m["words"]):
        return None
    words = [w.removesuffix("等") for w in _SPLIT_RE.split(m["words"]) if w]
    kept = [w for w in words if w in _KINDS]
    if len(kept) < len(words):
        kept = []  # a word for every kind
    test = " || ".join(f'CONTAINS(STR(?agencyLabel), "{w}")' for w in kept)
    kinds = f"\n  FILTER({test})" if test else ""
    items = (
        "?item pol:involvesAgency ?agency ; a ?class . FILTER(?class IN (pol:Measure, pol:ProgressUpdate))"
    )
    if m["documents"]:
        items = f"OPTIONAL {{ {items} }}"
    sparql = f"""SELECT ?agency ?agencyLabel (COUNT(DISTINCT ?item) AS ?items) WHERE {{
  ?agency a pol:Council ; rdfs:label ?agencyLabel .
  FILTER(LANG(?agencyLabel) = "ja" || LANG(?agencyLabel) = ""){kinds}
  {items}
}} GROUP BY ?agency ?agencyLabel ORDER BY DESC(?items) ?agencyLabel"""
    said = "・".join(kept) if kept else "審議会・研究会等"
    where = "文書に名前が出てくるもの" if m["documents"] else "施策・取組状況に名前が出てくるもの"
    return Reading(
        "council_list",
        sparql,
        f"会議体: {said}（{where}） → 一覧と、名前が出てくる施策・取組状況の数",
        ("agency", "agencyLabel", "items"),
    )
