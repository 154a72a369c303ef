"""Targets and goals asked for by their class or by words: 「KPIの一覧」「数値目標はいくつ」
「オンライン資格確認のKPI」「医療機関での導入目標」「ワンス・オンリーに関する目標」.

A target (pol:Target: a figure to reach by a date, 「目標：…の6割程度での導入（令和3年3月時点）」) is
asked for by the words that name it alone (KPI, 目標値, 数値目標, 成果指標 …); 目標 said alone is a goal
(pol:Goal), and where no goal holds the words asked, a target that does.  A target is named by the
words of its label or of the headings it stands under (「オンライン資格確認のKPI」: the targets in the
section 「…オンライン資格確認の導入状況について」); a goal by the words of its label.

Takes the folded question (:func:`kg.ask.text.core`) and the :class:`~kg.ask.names.Lexicon` (its
store, for whether anything holds the words); gives a :class:`~kg.ask.outcomes.Reading`, or None for
a question of another form or words nothing holds (then read otherwise or left unread).
"""

from __future__ import annotations

import re

from kg.ask.documents import documents_named
from kg.ask.labelled import sparql_literal
from kg.ask.lists import GLOSS_RE, TARGET_WORDS
from kg.ask.names import Lexicon
from kg.ask.outcomes import Reading
from kg.ask.text import word_lists

_TARGET = "|".join(sorted(TARGET_WORDS, key=len, reverse=True))
# words tying what is asked about to the class: 「…に関する」「…での」「…の」
_TIE = (
    r"(?:に関する|に関係する|に関連する|関連の|関係の|についての|に関わる|に係る|における|に対する|に向けた|を目指す|を目指した|"
    r"を目的とする|が(?:書かれている|書かれた|含まれる|含まれている|出てくる)|に触れた|に触れている|での|の)"
)
# 「達成すべき目標値」「設定されたKPI」: what a target is, said before it
_SET = (
    r"(?:達成すべき|目指すべき|設定された|設定されている|定められた|定められている|"
    r"掲げられた|掲げられている|掲げた)?"
)
# 「目標のうちAPIに関するもの」: the class said first
_AMONG = rf"(?:の)?(?:うち|中で|なかで)(?P<among>.+?){_TIE}?(?:もの|こと)"
# 「…の目標は何%」: the figures asked for, which the list gives
_LISTED = r"(?:の)?(?:一覧|リスト|すべて|全て|全部|(?:は|って)?(?:何%|何パーセント|何割|どの程度))?"
# 「KPIの目標値」「数値目標の期限」: what the list gives of each
_OF_EACH = r"(?:の(?:目標値|数値|値|水準|期限|達成時期))?"
_TARGETS_RE = re.compile(
    rf"(?:(?P<words>.+?){_TIE}?)??{_SET}(?P<noun>{_TARGET}){_OF_EACH}{_LISTED}|(?P<noun2>{_TARGET}){_AMONG}"
)
_GOALS_RE = re.compile(rf"(?P<words>.+?){_TIE}?(?:目標|ゴール){_LISTED}|(?:目標|ゴール){_AMONG}")
# words too general to say which target or goal
_GENERAL = {"主な", "全体", "この", "各", "本", "文書", "報告書", "資料", "グラフ", "データ", "具体的"}

_TARGET_ROW = """?target a pol:Target ; rdfs:label ?targetLabel .
  OPTIONAL { ?target pol:targetValue ?value }
  OPTIONAL { ?target pol:targetUnit ?unit }
  OPTIONAL { ?target pol:when ?w . ?w pol:dateText ?dateText }"""
_TARGET_WHERE = """?ann_target oa:hasBody ?target ; pol:line ?line ; oa:hasTarget ?target_target .
  ?target_target oa:hasSource ?doc . ?doc pol:documentId ?document ."""
# a target's label with the headings it stands under, folded as the words asked are (no spaces or
# middle dots: 「ワンスオンリー」 for 「ワンス・オンリー」)
_TARGET_SAID = """OPTIONAL { SELECT ?target (GROUP_CONCAT(?heading; separator="|") AS ?headings) WHERE {
    ?target a pol:Target ; pol:section/pol:subsectionOf* ?section . ?section rdfs:label ?heading
  } GROUP BY ?target }
  BIND(LCASE(REPLACE(CONCAT(STR(?targetLabel), "|", COALESCE(?headings, "")), "[\\\\s・]", "")) AS ?said)"""
_GOAL_WHERE = "?goal a pol:Goal ; rdfs:label ?goalLabel ."
# (a label folded in each test, not bound once: a BIND between the patterns is joined after them)
_GOAL_SAID = 'LCASE(REPLACE(STR(?goalLabel), "[\\\\s・]", ""))'


def _held(words: list[str], said: str = "?said") -> str:
    return " && ".join(f"CONTAINS({said}, {sparql_literal(w)})" for w in words)


def _targets(words: list[str]) -> Reading:
    said = f"\n  {_TARGET_SAID}\n  FILTER({_held(words)})" if words else ""
    sparql = f"""SELECT ?target ?targetLabel ?value ?unit
  (GROUP_CONCAT(DISTINCT ?dateText; separator="、") AS ?date) ?document ?line WHERE {{
  {_TARGET_ROW}{said}
  {_TARGET_WHERE}
}} GROUP BY ?target ?targetLabel ?value ?unit ?document ?line ORDER BY ?document ?line ?target"""
    key = f"SELECT DISTINCT ?target WHERE {{\n  ?target a pol:Target ; rdfs:label ?targetLabel .{said}\n}}"
    how = (
        f"言葉: 「{'」「'.join(words)}」 → それを名や見出しに含む目標値（KPI）"
        if words
        else "→ 目標値（KPI）の一覧"
    )
    # (read a page at a time: the targets picked first, then the rows of a page's targets; at 1,000
    # documents the whole query joins every annotation before the targets it keeps)
    detail = f"""SELECT ?target ?targetLabel ?value ?unit
  (GROUP_CONCAT(DISTINCT ?dateText; separator="、") AS ?date) ?document ?line WHERE {{
  VALUES ?target {{ %KEYS% }}
  {_TARGET_ROW}
  {_TARGET_WHERE}
}} GROUP BY ?target ?targetLabel ?value ?unit ?document ?line"""
    return Reading(
        "target_list" if not words else "targets_worded",
        sparql,
        how,
        ("target", "targetLabel", "value", "unit", "date", "document", "line"),
        keys=("target",),
        key_sparql=key,
        detail_sparql=detail,
    )


def _goals(words: list[str]) -> Reading:
    sparql = f"""SELECT DISTINCT ?goal ?goalLabel ?document WHERE {{
  {_GOAL_WHERE}
  FILTER({_held(words, _GOAL_SAID)})
  ?ann_goal oa:hasBody ?goal ; oa:hasTarget ?target_goal .
  ?target_goal oa:hasSource ?doc . ?doc pol:documentId ?document .
}} ORDER BY ?goal"""
    key = f"SELECT DISTINCT ?goal WHERE {{\n  {_GOAL_WHERE}\n  FILTER({_held(words, _GOAL_SAID)})\n}}"
    return Reading(
        "goals_worded",
        sparql,
        f"言葉: 「{'」「'.join(words)}」 → それを含む目標",
        ("goal", "goalLabel", "document"),
        keys=("goal",),
        key_sparql=key,
    )


def _asked_words(said: str | None, lexicon: Lexicon) -> list[list[str]] | None:
    """The ways the words asked about may be looked up (:func:`~kg.ask.text.word_lists`), or None where
    they are too general or name a document (read as a document's scope instead)."""
    if not said:
        return []
    if documents_named(said, lexicon.documents, lexicon.publishers):
        return None
    out = []
    for words in word_lists(said):
        kept = [w.replace('"', "").replace("\\", "") for w in words if w not in _GENERAL]
        if kept and kept not in out:
            out.append(kept)
    return out or None


def read_targets(text: str, lexicon: Lexicon) -> Reading | None:
    """「KPIの一覧」「オンライン資格確認のKPI」: the targets, all or those the words name; None for a
    question of another form, or words that no target's label or headings hold."""
    text = GLOSS_RE.sub("kpi", text)  # 「導入目標(kpi)」
    m = _TARGETS_RE.fullmatch(text)
    if m is None or (m["words"] is None and text == m["noun"]):
        return None  # a class's name alone is a list where the question asks for one (:mod:`kg.ask.lists`)
    ways = _asked_words(m["words"] or m["among"], lexicon)
    if ways is None:
        return None
    if not ways:
        return _targets([])
    return next((r for words in ways if _any(lexicon, r := _targets(words))), None)


def read_worded_goals(text: str, lexicon: Lexicon) -> Reading | None:
    """「ワンス・オンリーに関する目標」: the goals whose label holds each word asked, or else the targets
    whose label or headings do (「医療機関での導入目標」); None where neither does."""
    if _TARGETS_RE.fullmatch(GLOSS_RE.sub("kpi", text)):
        return None  # 「数値目標」「成果目標」: the name of the targets' class, read as their list
    m = _GOALS_RE.fullmatch(text)
    if m is None or not (ways := _asked_words(m["words"] or m["among"], lexicon)):
        return None
    for words in ways:
        for reading in (_goals(words), _targets(words)):
            if _any(lexicon, reading):
                return reading
    return None


def _any(lexicon: Lexicon, reading: Reading) -> bool:
    """Whether ``reading``'s list has a row."""
    return lexicon.select is not None and bool(lexicon.select(f"{reading.key_sparql}\nLIMIT 1"))
