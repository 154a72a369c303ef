"""An issue or a measure named by the words of its label, not by its number: 「読み仮名の法制化の検討の
進捗」「運転免許証のデジタル化はどこまで進んだ」.

Takes the folded question and a :class:`~kg.ask.names.Lexicon`; gives the reading of the question
about the issue or measure its words name (a measure's progress: the progress updates that report on
it), the question with the issue's words marked, or None.  Tried only when no kind matched the
question with its names marked.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from kg.ask.documents import documents_named
from kg.ask.entities import Mention
from kg.ask.kinds import KINDS, QuestionKind
from kg.ask.names import Lexicon
from kg.ask.outcomes import Ambiguous, Outcome, Period, Reading
from kg.ask.slots import ALL_KINDS, ANY_MARK, MARKS, SLOTS, expanded, fill

# The issue's slot open to any words: a name to be looked up, not a number found before.
NAME_SLOTS = {**SLOTS, "<I>": rf"(?P<name>[^{ANY_MARK}]{{3,60}}?)"}


@lru_cache(maxsize=1)
def _issue_name_patterns() -> tuple[re.Pattern[str], ...]:
    """The patterns about an issue with its slot open to any words (the issue's name)."""
    return tuple(expanded(p, NAME_SLOTS) for kind in ALL_KINDS for p in kind.patterns if "<I>" in p)


@lru_cache(maxsize=1)
def _measure_progress() -> tuple[QuestionKind, tuple[tuple[re.Pattern[str], re.Pattern[str]], ...]]:
    """The issue-progress questions asked of a measure: the progress updates that report on it.

    Gives the kind and each of its patterns twice: with the slot open to a name, and with the slot's mark.
    """
    kind = next(k for k in KINDS if k.name == "issue_progress")
    # what reports on the measure, or an entry of its issue that restates its name whole
    # (「郵便局における…の可能化について法改正を実施」 of 「郵便局における…の可能化」) or the words
    # asked (「デジタル庁の設置（3年9月）」 of 「強力な司令塔機能を有するデジタル庁の設置」, asked
    # 「デジタル庁の設置」)
    reports = (
        "{ ?item pol:reportsOn $issue ; a pol:ProgressUpdate ; rdfs:label ?itemLabel }\n"
        "  UNION { $issue rdfs:label ?measureLabel ; pol:addressesIssue ?of .\n"
        "    ?item pol:addressesIssue ?of ; a pol:ProgressUpdate ; rdfs:label ?itemLabel .\n"
        "    FILTER(CONTAINS(STR(?itemLabel), STR(?measureLabel)) || ($asked)) }"
    )
    assert "?item a pol:ProgressUpdate ; pol:addressesIssue $issue ; rdfs:label ?itemLabel ." in kind.template
    measure_kind = replace(
        kind,
        name="measure_progress",
        template=kind.template.replace(
            "?item a pol:ProgressUpdate ; pol:addressesIssue $issue ; rdfs:label ?itemLabel .", reports
        ),
        reading="施策: {issue} → 報告する取組状況（施策の名をそのまま含む同じ課題の取組状況を含む。日付順）",
    )
    return measure_kind, tuple((expanded(p, NAME_SLOTS), expanded(p, SLOTS)) for p in kind.patterns)


# The words of a name asked (「ふるさと納税の自動入力」: ふるさと納税, 自動入力), split as the measures'
# names are looked up word by word (:mod:`kg.ask.names`).
_SPLIT_RE = re.compile(r"(?:における|による|に関する|に係る|[の・、とやでにをがへ\s])+")


def _each_word(name: str) -> str:
    """The test that a progress update's label holds each word of ``name`` (two characters or more)."""
    words = [w for w in _SPLIT_RE.split(re.sub(r'["\\\n]', "", name)) if len(w) >= 2] or [name]
    return " && ".join(f'CONTAINS(STR(?itemLabel), "{w}")' for w in words)


def by_measure_name(text: str, lexicon: Lexicon, worded: bool = False, held: bool = False) -> Outcome | None:
    """「運転免許証のデジタル化の進捗」: the progress of a measure asked by its whole name (or, ``worded``,
    by the words of its name; or, ``held``, by a part of its name that no issue's label holds)."""
    kind, patterns = _measure_progress()
    lookup = lexicon.measures_worded if worded else lexicon.measures_held if held else lexicon.measures_named
    for named, marked_pattern in patterns:
        m = named.fullmatch(text)
        if m is None or not (candidates := lookup(m["name"])):
            continue
        if held and (apart := lexicon.issues_named(m["name"])):
            # 「免許証のデジタル化」: within a measure's name, and word by word in its issue's: which is meant
            return Ambiguous(m["name"], tuple(sorted({*candidates, *apart}, key=lambda e: e.iri)))
        if len(candidates) > 1:
            return Ambiguous(m["name"], tuple(sorted(candidates, key=lambda e: e.iri)))
        marked = text[: m.start("name")] + MARKS["issue"] + text[m.end("name") :]
        mention = Mention(m.start("name"), m.end("name"), m["name"], "measure", candidates)
        filled = marked_pattern.fullmatch(marked)
        if filled is not None:
            reading = fill(kind, filled, {m.start("name"): mention})
            if isinstance(reading, Reading):
                return replace(reading, sparql=reading.sparql.replace("$asked", _each_word(m["name"])))
            return reading
    return None


# 「…の課題」「…という課題」: the class named after the words of an issue's label
_CLASS_SAID_RE = re.compile(r"(?:の|という|に関する)?課題$")


def by_issue_name(text: str, lexicon: Lexicon) -> tuple[str, dict[int, Mention | Period]] | None:
    """「読み仮名の法制化の検討の進捗」: a question about an issue named by words of its label.

    Tried only when no kind matched; gives the question with the issue's words marked.
    """
    for pattern in _issue_name_patterns():
        m = pattern.fullmatch(text)
        if m is None:
            continue
        if documents_named(m["name"], lexicon.documents, lexicon.publishers):
            continue  # 「GIFの施策」: a document's name, though an issue's label holds it too
        candidates = lexicon.issues_named(m["name"])
        if not candidates and (bare := _CLASS_SAID_RE.sub("", m["name"])) != m["name"]:
            candidates = lexicon.issues_named(
                bare
            )  # 「生体認証の課題の施策」: the class said after its words
        if candidates:
            start, end = m.span("name")
            mention = Mention(start, end, m["name"], "issue", candidates)
            return text[:start] + MARKS["issue"] + text[end:], {start: mention}
    return None


@lru_cache(maxsize=1)
def _reported_progress() -> QuestionKind:
    """The issue-progress kind kept to the progress updates whose labels hold the words asked."""
    kind = next(k for k in KINDS if k.name == "issue_progress")
    row = "?item a pol:ProgressUpdate ; pol:addressesIssue $issue ; rdfs:label ?itemLabel ."
    assert row in kind.template
    # the updates holding the words, and the other updates on the measure one of them reports on (a
    # measure's updates are the progress of one thing: 「…の基本設計を完了」 and 「…の運用開始（予定）」)
    said = 'FILTER(CONTAINS(LCASE(REPLACE(STR(?{v}), "\\\\s", "")), $asked))'
    held = (
        f"{row}\n  {{ ?item rdfs:label ?heldLabel {said.format(v='heldLabel')} }}\n"
        "  UNION { ?item pol:reportsOn ?measure . ?said pol:reportsOn ?measure ; rdfs:label ?saidLabel "
        f"{said.format(v='saidLabel')} }}"
    )
    return replace(
        kind,
        name="worded_progress",
        template=kind.template.replace(row, held),
        reading="課題: {issue} → 取組状況（問いの言葉を含むものと、同じ施策についてのもの。日付順）",
    )


def by_reported_words(text: str, lexicon: Lexicon) -> Outcome | None:
    """「デジタル活用支援の進み具合」: the progress updates whose labels hold the words asked, where they
    are those of one issue (of two or more: which is meant is asked)."""
    kind = _reported_progress()
    for named, marked_pattern in _measure_progress()[1]:
        m = named.fullmatch(text)
        if m is None or not (issues := lexicon.issues_reported(m["name"])):
            continue
        if len(issues) > 1:
            return Ambiguous(m["name"], tuple(sorted(issues, key=lambda e: e.iri)))
        marked = text[: m.start("name")] + MARKS["issue"] + text[m.end("name") :]
        mention = Mention(m.start("name"), m.end("name"), m["name"], "issue", issues)
        filled = marked_pattern.fullmatch(marked)
        if filled is None:
            continue
        reading = fill(kind, filled, {m.start("name"): mention})
        if isinstance(reading, Reading):
            asked = '"' + re.sub(r'["\\\n]', "", m["name"]) + '"'
            words = f"「{m['name']}」を含むもの"
            return replace(
                reading,
                sparql=reading.sparql.replace("$asked", asked),
                reading=reading.reading.replace("問いの言葉を含むもの", words),
            )
        return reading
    return None
