"""Reading a question: its names and period put in slots, then matched against the kinds.

Takes a question, a :class:`~kg.ask.names.Lexicon` and the date of the latest
document (bare era years and 年度 are read as :mod:`kg.extract.dates` reads them in a
document of that date); gives a :class:`Reading` — the kind understood, the
SPARQL with its slots filled, and the words that say how it was read — or
one of :class:`NotUnderstood`, :class:`UnknownName` and :class:`Ambiguous`.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from functools import lru_cache

from kg.ask.absent import ABSENT_KINDS
from kg.ask.acts import read_act_kind, read_acted_laws
from kg.ask.asides import dropped, qualified, restated
from kg.ask.bodies import read_bodies
from kg.ask.breakdowns import BREAKDOWN_KINDS, count_breakdown, read_breakdown
from kg.ask.combined import kept_to, split_owner
from kg.ask.counts import COUNT_KINDS
from kg.ask.cues import FRAGMENTS
from kg.ask.cuts import apply_cut, cut_variants
from kg.ask.documents import read_document_scope
from kg.ask.joint import read_joint
from kg.ask.kinds import KINDS, NARROW, SCOPED_ITEMS, QuestionKind, detail_query, key_query
from kg.ask.links import LINK_KINDS
from kg.ask.lookups import read_table_row
from kg.ask.names import Entity, Lexicon, Mention
from kg.ask.narrow import (
    HOW_MANY_RE,
    MEASURES_ONLY_RE,
    PROGRESS_WORD_RE,
    counted,
    measures_only,
    progress_only,
)
from kg.ask.outcomes import Ambiguous, NotUnderstood, Outcome, Period, Reading, UnknownName
from kg.ask.outline import OUTLINE_KINDS, measures_asked
from kg.ask.periods import parts_of_years, period_of, ranged
from kg.ask.rates import RATE_KINDS
from kg.ask.regions import read_region
from kg.ask.starts import BEGIN_KINDS
from kg.ask.tallies import read_tally
from kg.ask.text import core, fold, plain
from kg.extract.dates import DateContext, find_dates

_ALL_KINDS = (
    *BEGIN_KINDS,
    *KINDS,
    *OUTLINE_KINDS,
    *ABSENT_KINDS,
    *COUNT_KINDS,
    *RATE_KINDS,
    *LINK_KINDS,
)
# Private-use characters stand for a slot in the question once its name is found.
_MARKS = {"law": "\ue001", "agency": "\ue002", "issue": "\ue003", "period": "\ue004", "theme": "\ue005"}
_ANY_MARK = "\ue001-\ue005"
# What a law or an agency the graph does not know looks like, so that the answer
# can say it is not in the graph instead of that the question was not understood.
_UNKNOWN = {
    "L": rf"[^{_ANY_MARK}]{{1,40}}?(?:法|法律|政令|省令|府令|条例)",
    "A": rf"[^{_ANY_MARK}]{{1,40}}?(?:省|庁|機構|委員会|審議会|会議|本部|センター|協議会)",
}
_SLOTS = {
    "<L>": rf"(?P<L>\ue001|(?P<L_unknown>{_UNKNOWN['L']}))",
    "<A>": rf"(?P<A>\ue002|(?P<A_unknown>{_UNKNOWN['A']}))",
    "<E>": rf"(?P<E>[\ue001\ue002]|(?P<E_unknown>{_UNKNOWN['L']}|{_UNKNOWN['A']}))",
    "<I>": r"(?P<I>\ue003)",
    "<P>": r"(?P<P>\ue004)",
}
_SLOT_KIND = {"L": "law", "A": "agency", "E": "entity", "I": "issue", "P": "period"}
_ERA_INITIAL = re.compile(r"(?<![a-z])[rhs](?=\d)")
_FISCAL_RE = re.compile(r"(?<![a-z])fy(\d{4})")
_VALUE_RE = re.compile(r"\$(law|agency|entity|issue|start|end|until|narrow)\b")


def _expanded(pattern: str, slots: dict[str, str]) -> re.Pattern[str]:
    for name, fragment in FRAGMENTS.items():
        pattern = pattern.replace(name, fragment)
    for slot, regex in slots.items():
        pattern = pattern.replace(slot, regex)
    return re.compile(pattern)


@lru_cache(maxsize=1)
def _compiled() -> tuple[tuple[QuestionKind, tuple[re.Pattern[str], ...]], ...]:
    return tuple((kind, tuple(_expanded(p, _SLOTS) for p in kind.patterns)) for kind in _ALL_KINDS)


# The issue's slot open to any words: a name to be looked up, not a number found before.
_NAME_SLOTS = {**_SLOTS, "<I>": rf"(?P<name>[^{_ANY_MARK}]{{3,60}}?)"}


@lru_cache(maxsize=1)
def _issue_name_patterns() -> tuple[re.Pattern[str], ...]:
    """The patterns about an issue with its slot open to any words (the issue's name)."""
    return tuple(_expanded(p, _NAME_SLOTS) for kind in _ALL_KINDS for p in kind.patterns if "<I>" in p)


@lru_cache(maxsize=1)
def _measure_progress() -> tuple[QuestionKind, tuple[tuple[re.Pattern[str], re.Pattern[str]], ...]]:
    """The issue-progress questions asked of a measure: the progress updates that report on it.

    Gives the kind and each of its patterns twice: with the slot open to a name, and with the slot's mark.
    """
    kind = next(k for k in KINDS if k.name == "issue_progress")
    # what reports on the measure, or an entry of its issue that restates its name whole
    # (「郵便局における…の可能化について法改正を実施」 of 「郵便局における…の可能化」)
    reports = (
        "{ ?item pol:reportsOn $issue ; a pol:ProgressUpdate ; rdfs:label ?itemLabel }\n"
        "  UNION { $issue rdfs:label ?measureLabel ; pol:addressesIssue ?of .\n"
        "    ?item pol:addressesIssue ?of ; a pol:ProgressUpdate ; rdfs:label ?itemLabel .\n"
        "    FILTER(CONTAINS(STR(?itemLabel), STR(?measureLabel))) }"
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
    return measure_kind, tuple((_expanded(p, _NAME_SLOTS), _expanded(p, _SLOTS)) for p in kind.patterns)


def _by_measure_name(text: str, lexicon: Lexicon, worded: bool = False, held: bool = False) -> Outcome | None:
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
        marked = text[: m.start("name")] + _MARKS["issue"] + text[m.end("name") :]
        mention = Mention(m.start("name"), m.end("name"), m["name"], "measure", candidates)
        filled = marked_pattern.fullmatch(marked)
        if filled is not None:
            return _fill(kind, filled, {m.start("name"): mention})
    return None


def _by_issue_name(text: str, lexicon: Lexicon) -> tuple[str, dict[int, Mention | Period]] | None:
    """「読み仮名の法制化の検討の進捗」: a question about an issue named by words of its label.

    Tried only when no kind matched; gives the question with the issue's words marked.
    """
    for pattern in _issue_name_patterns():
        m = pattern.fullmatch(text)
        if m is None:
            continue
        candidates = lexicon.issues_named(m["name"])
        if candidates:
            start, end = m.span("name")
            mention = Mention(start, end, m["name"], "issue", candidates)
            return text[:start] + _MARKS["issue"] + text[end:], {start: mention}
    return None


def _marked(text: str, lexicon: Lexicon, today: date) -> tuple[str, dict[int, Mention | Period]]:
    """The question with each name and the period replaced by its mark, and what each mark stands for."""
    spans: list[tuple[int, int, str, Mention | Period]] = []
    for issue in lexicon.find_issues(text):
        spans.append((issue.start, issue.end, _MARKS["issue"], issue))
    for theme in lexicon.find_themes(text):
        spans.append((theme.start, theme.end, _MARKS["theme"], theme))
    taken = [(s, e) for s, e, _, _ in spans]
    # Folding lowered the era initials (R4年度, H30年度) that the date reader knows in capitals.
    dated = _ERA_INITIAL.sub(lambda m: m.group(0).upper(), text)
    dated = _FISCAL_RE.sub(lambda m: m[1] + "年度", dated)  # 「FY2022」: as long as 「2022年度」
    for found in find_dates(dated, DateContext(today)):
        if any(s < found.end and found.start < e for s, e in taken):
            continue
        period = period_of(found, dated[found.end :])
        if period is not None:
            spans.append((found.start, found.end, _MARKS["period"], period))
            taken.append((found.start, found.end))
    for mention in lexicon.find_names(text, taken):
        spans.append((mention.start, mention.end, _MARKS[mention.kind], mention))
    spans.sort(key=lambda s: s[0])
    out: list[str] = []
    meaning: dict[int, Mention | Period] = {}
    at = 0
    for start, end, mark, thing in spans:
        out.append(text[at:start])
        meaning[sum(len(p) for p in out)] = thing
        out.append(mark)
        at = end
    out.append(text[at:])
    return "".join(out), meaning


def _iri(entity: Entity) -> str:
    return f"<{entity.iri}>"


def _literal(value: str) -> str:
    if not re.fullmatch(r"\d{4}-\d{2}", value):
        raise ValueError(f"not a month: {value!r}")
    return f'"{value}"'


_LISTING_RE = re.compile(r"一覧|リスト|すべて|全て|全部|列挙|洗い出")


def read_question(question: str, lexicon: Lexicon, today: date) -> Outcome:
    """How ``question`` is read against ``lexicon``, with periods read as of ``today``.

    ``today`` is the date of the latest document: 「4年度」 then means the 4th year of
    that date's era, April to March.
    """
    text = core(question)
    if (gloss := qualified(text)) is not None:
        # 「…の取組（予定含む）」: the rest read, kept where the gloss agrees with how it was read
        rest, kinds, words = gloss
        glossed = read_question(rest, lexicon, today)
        if isinstance(glossed, Reading) and glossed.kind.removesuffix("_progress") in kinds:
            return replace(glossed, reading=glossed.reading + words)
        return glossed if not isinstance(glossed, Reading) else NotUnderstood()
    outcome = _read_items(text, lexicon, today)
    if isinstance(outcome, NotUnderstood) and (listed := core(HOW_MANY_RE.sub("", text))) != text and listed:
        # 「進捗のない課題はいくつ」「交付率40%以上の都道府県はいくつ」: the list, or a ranking's cut, counted
        listing = _read_items(listed, lexicon, today)
        if isinstance(listing, NotUnderstood):
            listing = _read_cut(listed, lexicon, today) or listing
        if isinstance(listing, Reading) and listing.kind.removesuffix("_progress") in BREAKDOWN_KINDS:
            # 「テーマ別の取組状況の件数」: counted per theme or issue, not in all
            return count_breakdown(core(listed)) or outcome
        return counted(listing) if isinstance(listing, Reading) else outcome
    if isinstance(outcome, NotUnderstood) and _LISTING_RE.search(fold(question)):
        # 「課題の一覧」: the list words were cut off as a polite ending; put back, they are the question
        listing = _read_items(text + "一覧", lexicon, today)
        if isinstance(listing, Reading):
            return listing
    if isinstance(outcome, NotUnderstood) and (cut_short := _read_cut(text, lexicon, today)) is not None:
        return cut_short
    if isinstance(outcome, NotUnderstood) and (plain_text := plain(text)) != text:
        return read_question(plain_text, lexicon, today)
    return outcome


def _read_cut(text: str, lexicon: Lexicon, today: date) -> Reading | None:
    """``text`` read as a ranking cut short (「交付率40%以上の都道府県」), or None."""
    for rest, cut in cut_variants(text):
        ranking = _read_items(rest, lexicon, today)
        if isinstance(ranking, Reading) and (cut_short := apply_cut(ranking, cut)) is not None:
            return cut_short
    return None


# 「…施策・進捗」「取組と進捗状況」: both asked for.
_BOTH_ASKED_RE = re.compile(r"(?:施策|取組|取り組み|措置)(?:等|など)?(?:・|と|や|及び|および|、|,|/)$")


def _read_items(text: str, lexicon: Lexicon, today: date) -> Outcome:
    """``text`` read, its items narrowed to progress updates where it asks for progress (「…の進捗」)."""
    m = PROGRESS_WORD_RE.search(text)
    if m is not None and (breakdown := read_breakdown(text)) is not None:
        return breakdown  # 「課題ごとの取組状況」: a list of the progress updates of its own
    if m is not None and m.start() > 0 and not _BOTH_ASKED_RE.search(text[: m.start()]):
        listing = _read_narrowed(text[: m.start()] + "取組", lexicon, today)
        if isinstance(listing, Reading) and (progress := progress_only(listing)) is not None:
            return progress
    return _read_narrowed(text, lexicon, today)


def _read_narrowed(text: str, lexicon: Lexicon, today: date) -> Outcome:
    narrowed = MEASURES_ONLY_RE.sub("", text)
    if narrowed != text and (narrowed := core(narrowed)):
        outcome = _read(narrowed, lexicon, today)
        return measures_only(outcome) if isinstance(outcome, Reading) else outcome
    return _read(text, lexicon, today)


def _match_kind(kind: QuestionKind, marked: str, meaning: dict[int, Mention | Period]) -> Outcome | None:
    for pattern in kind.patterns:
        if (m := _expanded(pattern, _SLOTS).fullmatch(marked)) is not None:
            return _fill(kind, m, meaning)
    return None


def _match(marked: str, meaning: dict[int, Mention | Period]) -> Outcome | None:
    for kind, patterns in _compiled():
        for pattern in patterns:
            if (m := pattern.fullmatch(marked)) is not None:
                return _fill(kind, m, meaning)
    return None


# A question kept within one theme or issue named ahead of it: 「テーマ5で進捗がない課題」
# 「テーマ4の課題数」「課題3.2の施策で法令がないもの」.  The rest is read as a question of its own and
# its query gets the scope as one more pattern.
_SCOPE_RE = re.compile(
    # 「マイナンバー関連システム整備分野で…」: a theme's title with 分野 or テーマ after it
    f"([{_MARKS['theme']}{_MARKS['issue']}])(?:分野|テーマ)?"
    r"(?:の中で|の中の|のうち|における|に属する|に関する|で|の)?"
)
# 「根拠法のない施策（課題4.3）」「進捗のない課題（テーマ1のみ）」: the scope put after, in brackets.
_SCOPE_AFTER_RE = re.compile(
    f"^(?P<rest>.+?)[(（](?P<scope>[{_MARKS['theme']}{_MARKS['issue']}])"
    r"(?:のみ|だけ|内|に限る|に限定|について|の中で|のもの)?[)）]$"
)


# Commas within or after a name (「…制度の課題のうち、進捗が無いもの」), quotes around one, and 「改正」
# before a law's name (「改正マイナンバー法に基づく施策」: the law as amended is the law).
# An agency's scope in brackets after its name (「法務省（法制審議会を含む）が関わる」
# 「経産省（外局含む）の」):
# its answer takes in the bodies under it already.
_NOISE_RE = re.compile(
    f'[、,，「」『』“”"]|改正(?={_MARKS["law"]})'
    f"|(?<={_MARKS['agency']})\\((?:{_MARKS['agency']}|審議会|検討会|委員会|研究会|下部組織|関係機関|外局|所管法人)"
    r"(?:等|など)?(?:も|を)?含(?:む|めて|めた|め)\)"
)


def _variants(
    marked: str, meaning: dict[int, Mention | Period]
) -> list[tuple[str, dict[int, Mention | Period]]]:
    """The marked question, then without its commas and the like, then with a scope in brackets
    after it put before it."""
    out = [(marked, meaning)]
    if _NOISE_RE.search(marked):
        out.append(dropped(marked, meaning, _NOISE_RE))
    if (said_once := restated(*out[-1])) is not None:
        out.append(said_once)
    text, where = out[-1]
    if (m := _SCOPE_AFTER_RE.match(text)) is not None:
        rest = m["rest"]
        after = {at + 2: thing for at, thing in where.items() if at < len(rest)}
        out.append((m["scope"] + "の" + rest, {0: where[m.start("scope")], **after}))
    return out


def _named(text: str, label: str) -> str:
    """「5 デジタル化に関する制度」 for a theme named by number, its title alone when named by it."""
    return label if fold(label).startswith(fold(text).removeprefix("テーマ")) else f"{text} {label}"


def _scoped(marked: str, meaning: dict[int, Mention | Period]) -> Outcome | None:
    m = _SCOPE_RE.match(marked)
    scope = meaning.get(0)
    if m is None or not isinstance(scope, Mention):
        return None
    shifted = {at - m.end(): thing for at, thing in meaning.items() if at >= m.end()}
    rest = marked[m.end() :]
    # 「テーマ3の課題」: the theme's issues (a list of issues, 「課題一覧」, within it)
    outcome = (
        _match(rest, shifted)
        or (_match(rest + "一覧", shifted) if rest == "課題" else None)
        or _match_kind(SCOPED_ITEMS, rest, shifted)
    )
    if isinstance(outcome, Reading) and outcome.kind == SCOPED_ITEMS.name and measures_asked(rest):
        outcome = measures_only(outcome)  # 「テーマ3の施策」: the measures of the outline (kg.ask.outline)
    if not isinstance(outcome, Reading):
        return outcome
    what = "テーマ" if scope.kind == "theme" else "課題"
    if not scope.candidates:
        return UnknownName(scope.text, what)
    if len(scope.candidates) > 1:
        return Ambiguous(scope.text, tuple(sorted(scope.candidates, key=lambda e: e.iri)))
    entity = scope.candidates[0]
    query = outcome.key_sparql or outcome.sparql
    if scope.kind == "theme" and "?issue" in query:
        pattern = f"?issue pol:partOfTheme {_iri(entity)} ."
    elif "?item" in query and "?issue" not in query and all(e.kind != "issue" for e in outcome.entities):
        via = "pol:addressesIssue/pol:partOfTheme" if scope.kind == "theme" else "pol:addressesIssue"
        pattern = f"?item {via} {_iri(entity)} ."
    else:
        return NotUnderstood()

    def within(sparql: str | None) -> str | None:
        return None if sparql is None else sparql.replace("WHERE {", f"WHERE {{\n  {pattern}", 1)

    return replace(
        outcome,
        sparql=within(outcome.sparql) or "",
        key_sparql=within(outcome.key_sparql),
        reading=f"{what}: {_named(scope.text, entity.label)} の中で {outcome.reading}",
        entities=(entity, *outcome.entities),
    )


def _owned(marked: str, meaning: dict[int, Mention | Period]) -> Outcome | None:
    """A period's question kept to the law or agency named with it (:mod:`kg.ask.combined`)."""
    if (split := split_owner(marked)) is None:
        return None
    rest, at, cut = split
    owner = meaning.get(at)
    if not isinstance(owner, Mention):
        return None
    shifted = {p - cut if p > at else p: thing for p, thing in meaning.items() if p != at}
    outcome = _match(rest, shifted)
    if not isinstance(outcome, Reading):
        return outcome
    if len(owner.candidates) != 1:
        return (
            Ambiguous(owner.text, owner.candidates) if owner.candidates else UnknownName(owner.text, "名前")
        )
    return kept_to(outcome, owner.candidates[0]) or NotUnderstood()


def _read(text: str, lexicon: Lexicon, today: date) -> Outcome:
    if not text:
        return NotUnderstood("質問が空です")
    text = parts_of_years(ranged(text))
    if (acted := read_act_kind(text) or read_acted_laws(text)) is not None:
        return acted
    if (bodies := read_bodies(text, listing=text.endswith(("一覧", "リスト")))) is not None:
        return bodies
    if (breakdown := read_breakdown(text) or read_tally(text)) is not None:
        return breakdown
    if (within := read_region(text, lambda rest: _read(rest, lexicon, today))) is not None:
        return within
    variants = _variants(*_marked(text, lexicon, today))
    for marked, meaning in variants:
        found = _match(marked, meaning) or _scoped(marked, meaning)
        if isinstance(found, Reading):
            return found
        # not a kind of its own (or a name not found where 「…課題で、法律」 was read as one)
        if (joint := read_joint(marked, meaning, _match)) is not None:
            return joint
        if found is not None:
            return found
    for marked, meaning in variants:
        if (owned := _owned(marked, meaning)) is not None:
            return owned
    by_measure = _by_measure_name(text, lexicon) or _by_measure_name(text, lexicon, held=True)
    if by_measure is not None:
        return by_measure
    named = _by_issue_name(text, lexicon)
    if named is not None:
        return _match(*named) or NotUnderstood()
    found = _by_measure_name(text, lexicon, worded=True) or read_table_row(text, lexicon)
    return found or read_document_scope(text, lexicon, today, read_question) or NotUnderstood()


def _fill(kind: QuestionKind, m: re.Match[str], meaning: dict[int, Mention | Period]) -> Outcome:
    values: dict[str, str] = {"narrow": ""}
    words: dict[str, str] = {"members": ""}
    entities: list[Entity] = []
    period: Period | None = None
    for slot, slot_kind in _SLOT_KIND.items():
        unknown = m.groupdict().get(f"{slot}_unknown")
        if unknown:
            what = {"L": "法令", "A": "機関"}.get(slot, "法令・機関")
            return UnknownName(unknown, what)
        if m.groupdict().get(slot) is None:
            continue
        thing = meaning[m.start(slot)]
        if isinstance(thing, Period):
            period = thing
            values["start"], values["end"] = _literal(thing.start), _literal(thing.end)
            values["until"] = _literal(thing.begins_by or thing.end)
            values["narrow"] = NARROW if thing.months() < 12 else ""
            words["period"] = thing.describe()
            continue
        if not thing.candidates:
            return UnknownName(thing.text, "課題" if thing.kind == "issue" else "名前")
        if len(thing.candidates) > 1:
            return Ambiguous(thing.text, tuple(sorted(thing.candidates, key=lambda e: e.iri)))
        entity = thing.candidates[0]
        entities.append(entity)
        values[slot_kind] = _iri(entity)
        if entity.kind == "issue":
            number = thing.text
            words["issue"] = f"{number} {entity.label}"
        else:
            words[slot_kind] = entity.label
        if entity.kind == "law":
            words["what"] = "法令"
            if entity.bundle:
                words["members"] = "（構成法を含む）"
        elif entity.kind == "agency":
            words["what"] = "機関"

    def filled(template: str) -> str:
        return _VALUE_RE.sub(lambda v: values[v.group(1)], template)

    reading = Reading(
        kind.name, filled(kind.template), kind.reading.format(**words), kind.columns, tuple(entities), period
    )
    if kind.paged is None:
        return reading
    return replace(
        reading,
        keys=kind.paged.keys,
        key_sparql=filled(key_query(kind.paged)),
        detail_sparql=filled(detail_query(kind.columns, kind.paged)),
    )
