"""A reading narrowed or summed: measures alone, progress updates alone, or the number of rows.

Takes a :class:`~kg.ask.outcomes.Reading` of a list of items; gives the same reading with its
query narrowed to one class of item (「…施策だけ（進捗は除いて）」, 「…の進捗」) or counted
(「…は何件」), or :class:`~kg.ask.outcomes.NotUnderstood` where the narrowing does not fit its kind.
"""

from __future__ import annotations

import re
from dataclasses import replace

from kg.ask.outcomes import NotUnderstood, Outcome, Reading

# 「…施策だけ（進捗報告は除いて）」「…の件数（進捗は数えない）」: measures alone, without the progress
# updates the kind would list or count with them.
MEASURES_ONLY_RE = re.compile(
    r"[(（]?(?:進捗|進捗報告|進捗状況|取組状況|取り組み状況)(?:は|を)?"
    r"(?:除いて|除く|除外して|除外|含めない|含めず(?:に)?|数えない|数えず(?:に)?|抜きで|抜き|いらない|要らない|不要)[)）]?"
    r"|(?<=施策)(?:だけ|のみ)(?:で|にして|に限って)?"
    # 「【施策のみ】…」「(施策に限る)」: the same said in brackets, before or after the question
    r"|[【\[(〔](?:施策)(?:のみ|だけ|に限る|に限定|限定)[】\])〕]"
)
# 「…取組状況だけ」「…進捗のみ、施策はいらない」: the progress updates alone, which 「…の取組状況」 asks for
# already; 「…取組のうち施策だけ」「…取組の中で進捗」: one class of the items, said of them all.
_ONE_CLASS = (
    (re.compile(r"(取組状況|取り組み状況|進捗状況|進捗報告|進捗)(?:だけ|のみ|に限る|に限定)"), r"\1"),
    (
        re.compile(
            r"(?<=取組状況|進捗状況|進捗報告)[、,]?(?:施策|措置)(?:は|を)?"
            r"(?:いらない|要らない|不要|除いて|除く|除外|抜きで|抜き|含めない|含めず)$"
        ),
        "",
    ),
    (re.compile(r"(?:取組|取り組み)(?:のうち|の中で|の中の|の中から|から)(?=施策|措置|取組状況|進捗)"), ""),
)


def one_class(text: str) -> str:
    """``text`` with the words that keep one class of item said as the kinds read them (「…施策だけ」
    「…の取組状況」)."""
    for pattern, said in _ONE_CLASS:
        text = pattern.sub(said, text)
    return text


# The progress updates' part of the item classes in the templates, and the narrower classes.
_BOTH_CLASSES = "FILTER(?class IN (pol:Measure, pol:ProgressUpdate))"
_PROGRESS_BRANCHES = (
    "\n    UNION { SELECT ?item ?class WHERE {\n"
    "      ?item a pol:ProgressUpdate BIND(pol:ProgressUpdate AS ?class) } }",
    "\n    UNION { SELECT ?item WHERE { ?item a pol:ProgressUpdate } }",
)


def measures_only(reading: Reading) -> Outcome:
    """``reading`` narrowed to measures, or not understood where its kind is not about items."""

    def narrow(query: str | None) -> str | None:
        if query is None:
            return None
        query = query.replace(_BOTH_CLASSES, "FILTER(?class IN (pol:Measure))")
        for branch in _PROGRESS_BRANCHES:
            query = query.replace(branch, "")
        return query

    sparql = narrow(reading.sparql) or ""
    if "pol:ProgressUpdate" in sparql or "pol:Measure" not in sparql:
        return NotUnderstood()
    return replace(
        reading,
        sparql=sparql,
        key_sparql=narrow(reading.key_sparql),
        detail_sparql=narrow(reading.detail_sparql),
        reading=f"{reading.reading.replace('施策・取組状況', '施策')}（施策のみ。取組状況を除く）",
    )


# 「…に基づく施策」「施策の一覧」: 施策 said alone is the measures (what the documents say is to be done),
# not the progress updates too; 取組 is both, and 「…施策の進捗」「施策と取組状況」 say the progress too.
# 対策, 措置, 事業 and アクション said as the things done (not 「措置された」「事業者」) are 施策, as the
# breakdowns and counts read them. (A plan's アクション is read as 施策 before this,
# :mod:`kg.ask.outline_words`; 「measures」 typed in English is 施策 too.)
_MEASURES_SAID_RE = re.compile(
    r"施策|対策(?!本部)|措置(?![さしす])|事業(?![者所主体])|アクション(?!プラン)|(?<![a-z])measures?(?![a-z])"
)
_MORE_SAID_RE = re.compile(r"取組|取り組|進捗|状況|実績|進み具合|経過|フォローアップ|報告|対応|政策")


def says_measures(marked: str) -> bool:
    """Whether ``marked`` (its names marked, so that no name's words count) asks for 施策 alone."""
    return _MEASURES_SAID_RE.search(marked) is not None and _MORE_SAID_RE.search(marked) is None


def measures_said(reading: Reading) -> Outcome:
    """``reading`` of a question asking for 施策, kept to the measures where it lists or counts
    progress updates with them (the reading says so once: 「施策（取組状況を除く）」); as it is where its
    query lists no items of both classes (「…はどの課題の施策」 asks for an issue)."""
    if not any(both in reading.sparql for both in (_BOTH_CLASSES, *_PROGRESS_BRANCHES)):
        return reading
    narrowed = measures_only(reading)
    if not isinstance(narrowed, Reading):
        return narrowed
    said = reading.reading
    if "施策・取組状況" in said:
        said = said.replace("施策・取組状況", "施策（取組状況を除く）", 1).replace("施策・取組状況", "施策")
    else:
        said = f"{said}（施策のみ。取組状況を除く）"
    return replace(narrowed, reading=said)


# 「2021年の実績」「R6年度に実施済みの取組」: what was done, which the progress updates report (a measure says
# what is to be done, and no measure is itself 実施済み); 施策 said with them keeps the measures.
_DONE_SAID_RE = re.compile(r"実績|実施済|完了済")


def says_done(marked: str) -> bool:
    """Whether ``marked`` (its names marked) asks for what was done in the words of results."""
    return _DONE_SAID_RE.search(marked) is not None and _MEASURES_SAID_RE.search(marked) is None


_ITEM_CLASSES = (
    "{ { SELECT ?item ?class WHERE { ?item a pol:Measure BIND(pol:Measure AS ?class) } }\n"
    "    UNION { SELECT ?item ?class WHERE {\n"
    "      ?item a pol:ProgressUpdate BIND(pol:ProgressUpdate AS ?class) } } }"
)
# 「…法に関する進捗」「総務省の取組状況」「検討会の検討状況」: a list of items asked as their progress (the
# progress updates, which report what was done; the measures say what is to be done).
PROGRESS_WORD_RE = re.compile(
    r"(?:(?:取組|取り組み|施策)の)?(?:進捗|進捗状況|進捗報告|取組状況|取り組み状況|取組の状況|実施状況|検討状況|対応状況|進み具合|経過|経緯|進展|"
    r"progress|status)"
    r"(?:等|など)?$"
)


def progress_only(reading: Reading) -> Reading | None:
    """``reading`` narrowed to progress updates; None where its kind is no list of both classes."""

    def narrow(query: str | None) -> str | None:
        if query is None:
            return None
        query = query.replace(_BOTH_CLASSES, "FILTER(?class IN (pol:ProgressUpdate))")
        return query.replace(
            _ITEM_CLASSES,
            "{ SELECT ?item ?class WHERE { ?item a pol:ProgressUpdate BIND(pol:ProgressUpdate AS ?class) } }",
        )

    if _BOTH_CLASSES not in reading.sparql and _ITEM_CLASSES not in reading.sparql:
        # a list of progress updates alone (「府令を改正した取組」: what was done) is its own progress
        only = "FILTER(?class IN (pol:ProgressUpdate))" in reading.sparql and not any(
            measures in reading.sparql for measures in ("a pol:Measure", "(pol:Measure,")
        )
        return reading if only else None
    return replace(
        reading,
        kind=f"{reading.kind}_progress",
        sparql=narrow(reading.sparql) or "",
        key_sparql=narrow(reading.key_sparql),
        detail_sparql=narrow(reading.detail_sparql),
        reading=reading.reading.replace("施策・取組状況", "取組状況")
        if "施策・取組状況" in reading.reading
        else f"{reading.reading}（取組状況のみ）",
    )


# 「…は何件」「…の件数」: how many rows a list would have.
HOW_MANY_RE = re.compile(
    r"(?:は|の|が)?(?:全部で|合計で)?(?:何件|いくつ|幾つ|何個|件数|数|何県|何都道府県|何団体|どれくらい|どのくらい|どれだけ)"
    r"(?:ある|あります)?$"
    # 「進捗がない課題を数えて」
    r"|(?:の数)?を(?:数えて|数える|カウントして|集計して)$"
)


def counted(reading: Reading) -> Outcome:
    """``reading``'s list as its number of rows; not understood where the answer is not a list."""
    if reading.key_sparql is not None:
        sparql = f"SELECT (COUNT(*) AS ?count) WHERE {{\n  {{ {reading.key_sparql} }}\n}}"
    elif reading.kind.endswith("_cut") and reading.columns:
        # the rows of a ranking past a threshold, one a row's entity (「交付率40%以上の都道府県」)
        first = reading.columns[0]
        sparql = f"SELECT (COUNT(DISTINCT ?{first}) AS ?count) WHERE {{\n  {{ {reading.sparql} }}\n}}"
    else:
        return NotUnderstood()
    return replace(
        reading,
        kind=f"{reading.kind}_count",
        sparql=sparql,
        reading=f"{reading.reading}（件数）",
        columns=("count",),
        keys=(),
        key_sparql=None,
        detail_sparql=None,
    )
