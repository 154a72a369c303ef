"""A period's question kept to one law or agency: 「デジタル庁が関わる令和4年度予定の施策」
「2022年度に予定されている番号法関連の施策」.

Takes the marked question (names and the period replaced by their marks, as
:mod:`kg.ask.slots` marks them); :func:`split_owner` gives the question without the law's or
agency's words and the mark's place, or None; :func:`kept_to` adds the law or agency to the
period's reading as one more pattern of its query.
"""

from __future__ import annotations

import re
from dataclasses import replace

from kg.ask.cues import FRAGMENTS
from kg.ask.entities import Entity
from kg.ask.outcomes import Reading

LAW, AGENCY, PERIOD = "\ue001", "\ue002", "\ue004"
_ITEMS = FRAGMENTS["@ITEMS"]
# The owner ahead of the period (「デジタル庁が関わる令和4年度…」) or just before the items at the end
# (「…予定されているデジタル庁の施策」).
_AHEAD_RE = re.compile(
    f"^(?P<mark>[{LAW}{AGENCY}])(?:{FRAGMENTS['@ON_LAW']}|{FRAGMENTS['@BY_AGENCY']})(?:で|の)?(?={PERIOD})"
)
_BEFORE_ITEMS_RE = re.compile(
    f"(?<=.)(?P<mark>[{LAW}{AGENCY}])(?:の|が関わる|に関わる|に関する|関連の|に基づく|所管の|担当の)?(?={_ITEMS}$)"
)
# The body just after the period, doing it (「令和4年度に前橋市が実施した取組」)
_AFTER_PERIOD_RE = re.compile(
    f"(?:(?<={PERIOD}に)|(?<={PERIOD}で)|(?<={PERIOD}には))(?P<mark>{AGENCY})(?:が|で|の|は)"
)
_PERIOD_KINDS = ("period_planned", "period_done", "period_items")


def split_owner(marked: str) -> tuple[str, int, int] | None:
    """(the question without the owner's words, the owner mark's place, how many characters went before
    the rest), or None when the question has no owner with a period."""
    if PERIOD not in marked:
        return None
    for pattern in (_AHEAD_RE, _BEFORE_ITEMS_RE, _AFTER_PERIOD_RE):
        m = pattern.search(marked)
        if m is not None:
            return marked[: m.start()] + marked[m.end() :], m.start("mark"), m.end() - m.start()
    return None


def kept_to(reading: Reading, owner: Entity) -> Reading | None:
    """``reading`` (a period's items) kept to the items resting on the law or involving the agency."""
    if not reading.kind.startswith(_PERIOD_KINDS) or reading.key_sparql is None:
        return None
    iri = f"<{owner.iri}>"
    # the owner's items found apart and joined by hash to the period's (which are read whole)
    if owner.kind == "law":
        found, what = f"?item pol:dependsOnLaw/dcterms:isPartOf? {iri}", "法令"
    elif owner.kind == "agency":
        found, what = f"?ownerBody org:subOrganizationOf* {iri} . ?item pol:involvesAgency ?ownerBody", "機関"
    else:
        return None
    pattern = f"{{ SELECT DISTINCT ?item WHERE {{ {found} }} }}"

    def within(sparql: str | None) -> str | None:
        return None if sparql is None else sparql.replace("WHERE {", f"WHERE {{\n  {pattern}", 1)

    return replace(
        reading,
        kind=f"{reading.kind}_{owner.kind}",
        sparql=within(reading.sparql) or "",
        key_sparql=within(reading.key_sparql),
        reading=f"{what}: {owner.label} の {reading.reading}",
        entities=(owner, *reading.entities),
    )
