"""Issues asked for by a word their text holds: 「住所に関する課題」「文字コードについての課題」.

Takes the folded question (no law, agency, issue or theme named in it) and the lexicon; gives a
:class:`~kg.ask.outcomes.Reading` of the issues whose label holds the word, an
:class:`~kg.ask.outcomes.UnknownName` where no issue's label holds it (an empty list would answer
as if the graph had been asked and had none), or None for a question of another form.
"""

from __future__ import annotations

import re

from kg.ask.names import Lexicon
from kg.ask.outcomes import Outcome, Reading, UnknownName

_WORDED_RE = re.compile(
    r"(?P<word>[^\ue001-\ue005\s()、,。?？]{2,12}?)"
    r"(?:に関する|に関係する|に関連する|についての|に関わる|関連の|という言葉を含む|を含む)"
    r"(?:課題|問題)(?:は|の一覧|一覧|のリスト)?"
)
# words too general to stand for what an issue is about
_GENERAL = {"これ", "それ", "データ", "もの", "こと", "全体", "すべて", "全て"}


def read_worded_issues(text: str, lexicon: Lexicon) -> Outcome | None:
    m = _WORDED_RE.fullmatch(text)
    if m is None or m["word"] in _GENERAL:
        return None
    word = m["word"]
    if not lexicon.issues_holding(word):
        return UnknownName(word, "この言葉を含む課題")
    quoted = word.replace("\\", "").replace('"', "")
    sparql = f"""SELECT DISTINCT ?issue ?issueLabel ?document WHERE {{
  ?issue a pol:Issue ; rdfs:label ?issueLabel .
  FILTER(CONTAINS(LCASE(REPLACE(STR(?issueLabel), "\\\\s", "")), "{quoted}"))
  ?ann_issue oa:hasBody ?issue ; oa:hasTarget ?target_issue .
  ?target_issue oa:hasSource ?doc . ?doc pol:documentId ?document .
}} ORDER BY ?issue"""
    return Reading(
        "issues_worded",
        sparql,
        f"言葉: 「{word}」 → その言葉を含む課題の一覧",
        ("issue", "issueLabel", "document"),
    )
