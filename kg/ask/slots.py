"""Slots: the names and the period of a question put as marks, and a kind's query filled from them.

Takes the folded question, a :class:`~kg.ask.names.Lexicon` and the date of the latest document;
gives the question with each name and period replaced by a private-use mark (:func:`mark_names`),
the kinds read against the marked question (:func:`match`: a pattern's slot ``<L>``, ``<A>``, ``<E>``,
``<I>`` or ``<P>`` matches its mark), and a kind's query with its slots filled (:func:`fill`).
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from functools import lru_cache

from kg.ask.absent import ABSENT_KINDS
from kg.ask.compound import joined
from kg.ask.counts import COUNT_KINDS
from kg.ask.cues import FRAGMENTS
from kg.ask.entities import Entity, Mention
from kg.ask.kinds import KINDS, NARROW, QuestionKind, detail_query, key_query
from kg.ask.links import LINK_KINDS
from kg.ask.names import Lexicon
from kg.ask.outcomes import Ambiguous, Outcome, Period, Reading, UnknownName
from kg.ask.outline import OUTLINE_KINDS
from kg.ask.periods import period_of
from kg.ask.rates import RATE_KINDS
from kg.ask.starts import BEGIN_KINDS
from kg.ask.when import PERIOD_KINDS
from kg.extract.dates import DateContext, find_dates

ALL_KINDS = (
    *BEGIN_KINDS,
    *KINDS,
    *PERIOD_KINDS,
    *OUTLINE_KINDS,
    *ABSENT_KINDS,
    *COUNT_KINDS,
    *RATE_KINDS,
    *LINK_KINDS,
)
# Private-use characters stand for a slot in the question once its name is found.
MARKS = {"law": "\ue001", "agency": "\ue002", "issue": "\ue003", "period": "\ue004", "theme": "\ue005"}
ANY_MARK = "\ue001-\ue005"
# What a law or an agency the graph does not know looks like, so that the answer
# can say it is not in the graph instead of that the question was not understood.
_UNKNOWN = {
    "L": rf"[^{ANY_MARK}]{{1,40}}?(?:法|法律|政令|省令|府令|条例)",
    "A": rf"[^{ANY_MARK}]{{1,40}}?(?:省|庁|機構|委員会|審議会|会議|本部|センター|協議会)",
}
SLOTS = {
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


def expanded(pattern: str, slots: dict[str, str]) -> re.Pattern[str]:
    for name, fragment in FRAGMENTS.items():
        pattern = pattern.replace(name, fragment)
    for slot, regex in slots.items():
        pattern = pattern.replace(slot, regex)
    return re.compile(pattern)


@lru_cache(maxsize=1)
def compiled() -> tuple[tuple[QuestionKind, tuple[re.Pattern[str], ...]], ...]:
    return tuple((kind, tuple(expanded(p, SLOTS) for p in kind.patterns)) for kind in ALL_KINDS)


def match_kind(kind: QuestionKind, marked: str, meaning: dict[int, Mention | Period]) -> Outcome | None:
    for pattern in kind.patterns:
        if (m := expanded(pattern, SLOTS).fullmatch(marked)) is not None:
            return fill(kind, m, meaning)
    return None


def match(marked: str, meaning: dict[int, Mention | Period]) -> Outcome | None:
    for kind, patterns in compiled():
        for pattern in patterns:
            if (m := pattern.fullmatch(marked)) is not None:
                return fill(kind, m, meaning)
    return None


def mark_names(text: str, lexicon: Lexicon, today: date) -> tuple[str, dict[int, Mention | Period]]:
    """The question with each name and the period replaced by its mark, and what each mark stands for."""
    spans: list[tuple[int, int, str, Mention | Period]] = []
    for issue in lexicon.find_issues(text):
        spans.append((issue.start, issue.end, MARKS["issue"], issue))
    for theme in lexicon.find_themes(text):
        spans.append((theme.start, theme.end, MARKS["theme"], theme))
    taken = [(s, e) for s, e, _, _ in spans]
    # Folding lowered the era initials (R4年度, H30年度) that the date reader knows in capitals.
    dated = _ERA_INITIAL.sub(lambda m: m.group(0).upper(), text)
    dated = _FISCAL_RE.sub(lambda m: m[1] + "年度", dated)  # 「FY2022」: as long as 「2022年度」
    for found in find_dates(dated, DateContext(today)):
        if any(s < found.end and found.start < e for s, e in taken):
            continue
        period = period_of(found, dated[found.end :])
        if period is not None:
            spans.append((found.start, found.end, MARKS["period"], period))
            taken.append((found.start, found.end))
    for mention in joined(
        text, lexicon.find_names(text, taken), lexicon.ties.belongs, lexicon.ties.under_any
    ):
        spans.append((mention.start, mention.end, MARKS[mention.kind], mention))
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


def iri(entity: Entity) -> str:
    return f"<{entity.iri}>"


def _literal(value: str) -> str:
    if not re.fullmatch(r"\d{4}-\d{2}", value):
        raise ValueError(f"not a month: {value!r}")
    return f'"{value}"'


def fill(kind: QuestionKind, m: re.Match[str], meaning: dict[int, Mention | Period]) -> Outcome:
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
        if len(thing.candidates) > 1 or thing.unsure:
            return Ambiguous(thing.text, tuple(sorted(thing.candidates, key=lambda e: e.iri)))
        entity = thing.candidates[0]
        entities.append(entity)
        values[slot_kind] = iri(entity)
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
