"""What the report's outline holds, and how 施策 and 取組 are read.

施策 (and 措置, 対策, 事業) asked of the report's outline — a theme's or an issue's 施策, 施策 per issue
or theme, 施策 with or without a law, issues by their number of 施策 — are the measures the report
lists (pol:Measure).  施策 asked through something the question names — a law, an agency, a period,
a place in the text — are the measures with the progress updates linked to it the same way, each row
typed 施策 or 取組状況 (「【施策のみ】」「施策だけ」 keeps the measures).  取組 (取り組み) is both, asked
either way; 取組状況 and 進捗 are the progress updates.

Takes the shared parts of :mod:`kg.ask.kinds`; gives :data:`OUTLINE_KINDS` (an issue's 取組: its
measures and progress updates) and :func:`measures_asked` (whether the items a question asks for are
called 施策 or the like).
"""

from __future__ import annotations

import re

from kg.ask.kinds import Paged, QuestionKind, compose, paged

# the goals, a page at a time (thousands of them at 1,000 documents), each with its document
_GOALS = Paged(
    ("goal",),
    "?goal a pol:Goal .",
    "?goal rdfs:label ?goalLabel .\n"
    "  ?ann_goal oa:hasBody ?goal ; oa:hasTarget ?target_goal .\n"
    "  ?target_goal oa:hasSource ?doc . ?doc pol:documentId ?document .",
)

# 「テーマ3の施策」「課題の対策一覧」: the items asked for called measures
_MEASURE_WORDS_RE = re.compile(
    r"(?:施策|措置|対策|対応策|方策|政策|事業|measures?|policies)(?:等|など)?(?:の)?(?:一覧|リスト)?$"
)


def measures_asked(text: str) -> bool:
    """Whether ``text`` (a question's rest, after its scope) asks for 施策 or the like."""
    return _MEASURE_WORDS_RE.search(text) is not None


OUTLINE_KINDS: tuple[QuestionKind, ...] = (
    QuestionKind(
        "issue_items",
        (
            r"<I>(?:の|に関する|に対する|についての|を解決する|のための|向けの|に関係する|に関連する|に対応する|"
            r"に係る|への|について(?:の)?|(?:に|と)(?:紐づ|紐付|ひもづ|ひも付|結びつ|結び付)(?:く|いた|いている))?(?:具体的)?(?:な)?(?:取組|取り組み|取組み)(?:等|など)?",
        ),
        # (the classes said as a FILTER of their own: 「課題3.2の取組状況」 is the progress kind)
        compose("""SELECT DISTINCT ?item ?itemLabel ?type ?document ?line WHERE {
  ?item pol:addressesIssue $issue ; a ?class ; rdfs:label ?itemLabel .
  FILTER(?class = pol:Measure || ?class = pol:ProgressUpdate)
  %ITEM_TYPE%
  %ITEM_WHERE%
} ORDER BY ?document ?line ?item"""),
        "課題: {issue} → 施策・取組状況",
        ("item", "itemLabel", "type", "document", "line"),
    ),
    # 「目標の一覧」「…が目指していること」: the goals the documents set
    QuestionKind(
        "goal_list",
        (
            r"(?:目標|ゴール)(?:の)?(?:一覧|リスト)",
            r"(?:掲げられている|掲げている|掲げる|示されている)(?:目標|ゴール)",
            # 「…計画が目指す目標」: what the plan aims at is its goals, 目指す no word of a goal's name
            r"(?:目指している|目指す|目指した|目指されている)(?:目標|ゴール)",
            r"目指(?:している|す|した)(?:こと|もの)",
        ),
        paged(("goal", "goalLabel", "document"), _GOALS),
        "→ 目標の一覧",
        ("goal", "goalLabel", "document"),
        _GOALS,
    ),
)
