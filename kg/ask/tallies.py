"""Issues by how many measures or progress updates they have: 「施策が1つしかない課題」
「進捗が3件以上ある課題」「取組状況が2件以下の課題」.

Takes the folded question; gives a :class:`~kg.ask.outcomes.Reading` of the issues whose number of
items of that class is the number said (しかない, だけ, のみ, ちょうど), at least it (以上), at most it
(以下) or under it (未満), each with its number, or None for a question of another form.  施策 and
its like are the measures the report lists under an issue; 取組状況 and 進捗 the progress updates;
取組 both.
"""

from __future__ import annotations

import re

from kg.ask.outcomes import Reading

# the words for what is counted → (the classes, how the reading names them)
_WHAT = {
    "施策": (("pol:Measure",), "施策"),
    "措置": (("pol:Measure",), "施策"),
    "対策": (("pol:Measure",), "施策"),
    "取組状況": (("pol:ProgressUpdate",), "取組状況"),
    "取り組み状況": (("pol:ProgressUpdate",), "取組状況"),
    "進捗": (("pol:ProgressUpdate",), "取組状況"),
    "進捗報告": (("pol:ProgressUpdate",), "取組状況"),
    "取組": (("pol:Measure", "pol:ProgressUpdate"), "施策・取組状況"),
    "取り組み": (("pol:Measure", "pol:ProgressUpdate"), "施策・取組状況"),
}
_NUMBERS = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "ひと": 1, "ふた": 2, "みっ": 3, "よっ": 4}
_OPS = {"以上": ">=", "以下": "<=", "未満": "<", "超": ">", "より多い": ">", "より少ない": "<"}
_WHAT_RE = "|".join(sorted(_WHAT, key=len, reverse=True))
_NUMBER_RE = "|".join(sorted(_NUMBERS, key=len, reverse=True))
_TALLY_RE = re.compile(
    rf"(?P<what>{_WHAT_RE})(?:が|の数が|の件数が|を)?(?:ちょうど)?(?P<n>\d{{1,3}}|{_NUMBER_RE})(?:つ|件|個|本)?"
    r"(?:(?P<op>以上|以下|未満|超|より多い|より少ない)(?:ある|の|持つ)?|"
    r"しかない|だけしかない|だけある|だけの|だけ|のみの|のみ|ある|の)課題(?:の)?(?:一覧|リスト)?"
)


def read_tally(text: str) -> Reading | None:
    """``text`` read as the issues with so many items of a class, or None."""
    m = _TALLY_RE.fullmatch(text)
    if m is None:
        return None
    classes, what = _WHAT[m["what"]]
    n = int(m["n"]) if m["n"].isdigit() else _NUMBERS[m["n"]]
    op = _OPS[m["op"]] if m["op"] else "="
    of_class = " UNION ".join(f"{{ SELECT ?item WHERE {{ ?item a {c} }} }}" for c in classes)
    # every issue, those with none counted 0 (「進捗が1件以下の課題」 holds them); each pattern read whole
    # and joined by hash, as the counts per issue are (kg.ask.counts)
    sparql = f"""SELECT ?issue ?issueLabel ?number (COUNT(DISTINCT ?item) AS ?count) WHERE {{
  {{ SELECT ?issue ?issueLabel WHERE {{ ?issue a pol:Issue ; rdfs:label ?issueLabel }} }}
  OPTIONAL {{ SELECT ?issue ?number WHERE {{ ?issue pol:number ?number }} }}
  OPTIONAL {{ {{ SELECT ?item ?issue WHERE {{ ?item pol:addressesIssue ?issue }} }} {of_class} }}
}} GROUP BY ?issue ?issueLabel ?number HAVING (COUNT(DISTINCT ?item) {op} {n}) ORDER BY ?number ?issue"""
    said = {"=": "ちょうど", ">=": "以上", "<=": "以下", "<": "未満", ">": "を超える"}[op]
    words = f"ちょうど {n} 件" if op == "=" else f"{n} 件{said}"
    return Reading(
        "issues_by_tally",
        sparql,
        f"→ {what}が{words}の課題（{what}の数とともに）",
        ("issue", "issueLabel", "number", "count"),
    )
