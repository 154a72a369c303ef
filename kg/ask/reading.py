"""Reading a question: its names and period put in slots, then matched against the kinds.

Takes a question, a :class:`~kg.ask.names.Lexicon` and the date of the latest
document (bare era years and 年度 are read as :mod:`kg.extract.dates` reads them in a
document of that date); gives a :class:`Reading` — the kind understood, the
SPARQL with its slots filled, and the words that say how it was read — or
one of :class:`NotUnderstood`, :class:`UnknownName` and :class:`Ambiguous`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date
from functools import lru_cache

from kg.ask.counts import COUNT_KINDS
from kg.ask.kinds import FRAGMENTS, KINDS, QuestionKind, detail_query, key_query
from kg.ask.names import Entity, Lexicon, Mention
from kg.ask.text import core
from kg.extract.dates import DateContext, DateMention, find_dates

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
_VALUE_RE = re.compile(r"\$(law|agency|entity|issue|start|end)\b")


@dataclass(frozen=True, slots=True)
class Period:
    """A period asked about: its words and its first and last month (``YYYY-MM``)."""

    text: str
    start: str
    end: str

    def describe(self) -> str:
        return f"{self.text}（{self.start}～{self.end}）"


@dataclass(frozen=True, slots=True)
class Reading:
    """A question understood: its kind, the query, the words for it, the entities it names."""

    kind: str
    sparql: str
    reading: str
    columns: tuple[str, ...]
    entities: tuple[Entity, ...] = ()
    period: Period | None = None
    # A long list is read a page at a time: the query of its rows' keys, the keys'
    # names (the order of the rows), and the query of a page's rows (``%KEYS%`` to fill).
    keys: tuple[str, ...] = ()
    key_sparql: str | None = None
    detail_sparql: str | None = None


@dataclass(frozen=True, slots=True)
class NotUnderstood:
    """No kind of question matched the whole question."""

    message: str = "質問の形を読み取れませんでした"


@dataclass(frozen=True, slots=True)
class UnknownName:
    """The question names a law, agency or issue that is not in the graph."""

    name: str
    what: str

    @property
    def message(self) -> str:
        return f"{self.what}「{self.name}」はグラフにありません"


@dataclass(frozen=True, slots=True)
class Ambiguous:
    """A name in the question stands for more than one entity: the user chooses."""

    name: str
    candidates: tuple[Entity, ...] = field(default_factory=tuple)

    @property
    def message(self) -> str:
        return f"「{self.name}」に当たるものが{len(self.candidates)}件あります。どれかを選んでください"


Outcome = Reading | NotUnderstood | UnknownName | Ambiguous


def _expanded(pattern: str, slots: dict[str, str]) -> re.Pattern[str]:
    for name, fragment in FRAGMENTS.items():
        pattern = pattern.replace(name, fragment)
    for slot, regex in slots.items():
        pattern = pattern.replace(slot, regex)
    return re.compile(pattern)


@lru_cache(maxsize=1)
def _compiled() -> tuple[tuple[QuestionKind, tuple[re.Pattern[str], ...]], ...]:
    return tuple(
        (kind, tuple(_expanded(p, _SLOTS) for p in kind.patterns)) for kind in (*KINDS, *COUNT_KINDS)
    )


# The issue's slot open to any words: a name to be looked up, not a number found before.
_NAME_SLOTS = {**_SLOTS, "<I>": rf"(?P<name>[^{_ANY_MARK}]{{3,60}}?)"}


@lru_cache(maxsize=1)
def _issue_name_patterns() -> tuple[re.Pattern[str], ...]:
    """The patterns about an issue with its slot open to any words (the issue's name)."""
    return tuple(
        _expanded(p, _NAME_SLOTS) for kind in (*KINDS, *COUNT_KINDS) for p in kind.patterns if "<I>" in p
    )


@lru_cache(maxsize=1)
def _measure_progress() -> tuple[QuestionKind, tuple[tuple[re.Pattern[str], re.Pattern[str]], ...]]:
    """The issue-progress questions asked of a measure: the progress updates that report on it.

    Gives the kind and each of its patterns twice: with the slot open to a name, and with the slot's mark.
    """
    kind = next(k for k in KINDS if k.name == "issue_progress")
    assert "pol:addressesIssue $issue" in kind.template
    measure_kind = replace(
        kind,
        name="measure_progress",
        template=kind.template.replace("pol:addressesIssue $issue", "pol:reportsOn $issue"),
        reading="施策: {issue} → 報告する取組状況（日付順）",
    )
    return measure_kind, tuple((_expanded(p, _NAME_SLOTS), _expanded(p, _SLOTS)) for p in kind.patterns)


def _by_measure_name(text: str, lexicon: Lexicon) -> Outcome | None:
    """「運転免許証のデジタル化の進捗」: the progress of a measure asked by its whole name."""
    kind, patterns = _measure_progress()
    for named, marked_pattern in patterns:
        m = named.fullmatch(text)
        if m is None or not (candidates := lexicon.measures_named(m["name"])):
            continue
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


def _month(value: object, last: bool) -> str | None:
    year = getattr(value, "year", None)
    if year is None:
        return None
    month = getattr(value, "month", None) or (12 if last else 1)
    return f"{year:04d}-{month:02d}"


def _period(mention: DateMention) -> Period | None:
    start = _month(mention.start_value, last=False)
    end = "9999-12" if mention.open_ended else _month(mention.end_value, last=True)
    if start is None and end is not None:
        start = "0001-01"  # 「～2021年3月」: up to then
    if start is None or end is None:
        return None
    return Period(mention.text, start, end)


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
    for found in find_dates(dated, DateContext(today)):
        if any(s < found.end and found.start < e for s, e in taken):
            continue
        period = _period(found)
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


# 「…施策だけ（進捗報告は除いて）」「…の件数（進捗は数えない）」: measures alone, without the progress
# updates the kind would list or count with them.
_MEASURES_ONLY_RE = re.compile(
    r"[(（]?(?:進捗|進捗報告|進捗状況|取組状況|取り組み状況)(?:は|を)?"
    r"(?:除いて|除く|除外して|除外|含めない|含めず(?:に)?|数えない|数えず(?:に)?|抜きで|抜き)[)）]?"
    r"|(?<=施策)(?:だけ|のみ)"
)
# The progress updates' part of the item classes in the templates, and the narrower classes.
_BOTH_CLASSES = "FILTER(?class IN (pol:Measure, pol:ProgressUpdate))"
_PROGRESS_BRANCHES = (
    "\n    UNION { SELECT ?item ?class WHERE {\n"
    "      ?item a pol:ProgressUpdate BIND(pol:ProgressUpdate AS ?class) } }",
    "\n    UNION { SELECT ?item WHERE { ?item a pol:ProgressUpdate } }",
)


def _measures_only(reading: Reading) -> Outcome:
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


# 「…は何件」「…の件数」: how many rows a list would have.
_HOW_MANY_RE = re.compile(
    r"(?:は|の|が)?(?:全部で|合計で)?(?:何件|いくつ|幾つ|何個|件数|数)(?:ある|あります)?$"
)


def _counted(reading: Reading) -> Outcome:
    """``reading``'s list as its number of rows; not understood where the answer is not a list."""
    if reading.key_sparql is None:
        return NotUnderstood()
    sparql = f"SELECT (COUNT(*) AS ?count) WHERE {{\n  {{ {reading.key_sparql} }}\n}}"
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


def read_question(question: str, lexicon: Lexicon, today: date) -> Outcome:
    """How ``question`` is read against ``lexicon``, with periods read as of ``today``.

    ``today`` is the date of the latest document: 「4年度」 then means the 4th year of
    that date's era, April to March.
    """
    text = core(question)
    outcome = _read_narrowed(text, lexicon, today)
    if isinstance(outcome, NotUnderstood) and (listed := core(_HOW_MANY_RE.sub("", text))) != text and listed:
        counted = _read_narrowed(listed, lexicon, today)
        return _counted(counted) if isinstance(counted, Reading) else outcome
    return outcome


def _read_narrowed(text: str, lexicon: Lexicon, today: date) -> Outcome:
    narrowed = core(_MEASURES_ONLY_RE.sub("", text))
    if narrowed and narrowed != text:
        outcome = _read(narrowed, lexicon, today)
        return _measures_only(outcome) if isinstance(outcome, Reading) else outcome
    return _read(text, lexicon, today)


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
    f"([{_MARKS['theme']}{_MARKS['issue']}])(?:の中で|の中の|のうち|における|に属する|に関する|で|の)"
)


def _scoped(marked: str, meaning: dict[int, Mention | Period]) -> Outcome | None:
    m = _SCOPE_RE.match(marked)
    scope = meaning.get(0)
    if m is None or not isinstance(scope, Mention):
        return None
    shifted = {at - m.end(): thing for at, thing in meaning.items() if at >= m.end()}
    rest = marked[m.end() :]
    # 「テーマ3の課題」: the theme's issues (a list of issues, 「課題一覧」, within it)
    outcome = _match(rest, shifted) or (_match(rest + "一覧", shifted) if rest == "課題" else None)
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
        reading=f"{what}: {scope.text} {entity.label} の中で {outcome.reading}",
        entities=(entity, *outcome.entities),
    )


def _read(text: str, lexicon: Lexicon, today: date) -> Outcome:
    if not text:
        return NotUnderstood("質問が空です")
    marked, meaning = _marked(text, lexicon, today)
    direct = _match(marked, meaning)
    if direct is not None:
        return direct
    scoped = _scoped(marked, meaning)
    if scoped is not None:
        return scoped
    by_measure = _by_measure_name(text, lexicon)
    if by_measure is not None:
        return by_measure
    named = _by_issue_name(text, lexicon)
    if named is not None:
        return _match(*named) or NotUnderstood()
    return NotUnderstood()


def _fill(kind: QuestionKind, m: re.Match[str], meaning: dict[int, Mention | Period]) -> Outcome:
    values: dict[str, str] = {}
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
