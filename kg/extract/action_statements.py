"""Legislative actions as the statement around them reads them: one statement's actions read as one,
and each action's bundle, date and plan (extraction stage).

Takes the actions :func:`kg.extract.legislation.find_actions` found in a text, with the folded text,
its laws by start and its dates; gives them as one statement reads them:

* :func:`one_statement` — a law passed that a law's amendment follows is that amendment, a law to be
  made spoken of twice one enactment, a law's amendment a bill makes the bill of it, what an act
  passed puts in law no act of its own;
* :func:`by_the_bill` — an action of no stated kind of act (「法制上の措置」) in a sentence that
  submits a bill or amends or makes a law is a law's;
* :func:`with_context` — the bundle marked in brackets after it (which makes an action of no stated
  kind a law's), the date written next to it, and whether its clause states it as intended.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from kg.extract.action_words import ActionKind
from kg.extract.dates import DateMention
from kg.extract.laws import LawMention

__all__ = ["LegislativeAction", "by_the_bill", "one_statement", "with_context"]


@dataclass(frozen=True, slots=True)
class LegislativeAction:
    """One legislative action; offsets into the text it was found in."""

    text: str
    start: int
    end: int
    kind: ActionKind
    act_kind: str
    laws: tuple[str, ...] = ()
    bundle: str | None = None
    date: int | None = None
    #: The text states it as intended, not done (「…を改正する予定」, 「…を改正する方針」, a date to come).
    planned: bool = False

    def shifted(self, offset: int) -> LegislativeAction:
        return replace(self, start=self.start + offset, end=self.end + offset)


_BUNDLE_AFTER_RE = re.compile(r"[^。\n✓（(]{0,12}?[(（]")
_DATE_GAP_BEFORE = 2
_DATE_WINDOW_AFTER = 24
_CLAUSE_END = re.compile(r"[。✓\n]")
# 「法案を提出する予定である」, 「…を改正する方針」, 「法案提出を目指す」, 「…こととしている」, in the
# action's clause: an action intended (「法改正を行い、令和5年度から施行する予定」: its entry into force).
_PLANNED_RE = re.compile(r"予定|見込|目指|めざ|目途|めど|方針|(?:こと|方向)と(?:して(?:いる|おり)|する)")
_CLAUSE_STOP_RE = re.compile(r"[。✓\n、，,]")


def by_the_bill(found: list[LegislativeAction], folded: str) -> list[LegislativeAction]:
    """An action of no stated kind of act (「法制上の措置」, 「法制化」) in a sentence that submits a bill
    or amends or makes a law (「…の措置を講ずるため、…法案を提出する」, 「…の法制化に向け、…法の改正を
    行う」) is taken by that law: a law's."""
    bills = [a for a in found if a.kind != "legal_measure" and a.act_kind == "法律"]
    return [
        replace(a, act_kind="法律")
        if not a.act_kind
        and any("。" not in folded[min(a.end, b.end) : max(a.start, b.start)] for b in bills)
        else a
        for a in found
    ]


# 「…整備に関する法律が成立し、」 before 「…法が改正された」: the passing is that change.
_THEN_RE = re.compile(r"(?:し|され|して)?[、,]")
# 「特定商取引法を改正し、通信販売の規制を強化する法案を提出」: the amendment is what the bill does.
_BILL_OF_RE = re.compile(r"(?:し|して)[、,]?[^。、\n]{0,40}?(?:する|させる|ための|のための)(?:関連)?")
# 「A法及びB法の改正に係る法律案を提出」, 「…の改正を内容とする法律案」: the bill named by its amendment.
_BILL_NAMED_BY_RE = re.compile(r"に(?:係る|関する)|を(?:内容と|目的と)する|(?:を行う)?ための|を含む")
# 「…を改正する法律が成立し、…が法定化された」: what the act passed puts in law, no act of its own.
_PUT_IN_LAW_RE = re.compile(r"(?:し|され|して)[、,][^。\n]{0,30}?(?:が|を|は)")


def one_statement(found: list[LegislativeAction], text: str, folded: str) -> list[LegislativeAction]:
    """Actions one statement reads as one: a law passed that a law's amendment follows
    (「…の整備に関する法律が成立し、公的個人認証法が改正された」: the amendment by that act), and a
    law to be made spoken of twice (「新たな法律を制定し、…を法制化する」: one enactment), and a law's
    amendment that a bill makes (「A法を改正し、…する法案を提出」, 「A法の改正に係る法律案を提出」: the bill
    of that amendment), and the amending act of a law's amendment just stated (「A法の見直しについては、
    令和5年に改正法が成立した」: one amendment), and what an act passed puts in law
    (「…を改正する法律が成立し、…が法定化された」: no enactment of its own)."""
    kept: list[LegislativeAction] = []
    for action in found:
        last = kept[-1] if kept else None
        if last is None or "。" in folded[last.end : action.start]:
            kept.append(action)
        elif (
            last.kind == "enactment"
            and last.laws
            and action.kind == "amendment"
            and action.act_kind == last.act_kind == "法律"
            and _THEN_RE.fullmatch(folded, last.end, action.start)
        ):
            laws = tuple(dict.fromkeys((*last.laws, *action.laws)))
            kept[-1] = replace(
                last, text=text[last.start : action.end], end=action.end, kind="amendment", laws=laws
            )
        elif (
            last.kind in ("amendment", "enactment")
            and last.laws
            and action.kind == "enactment"
            and not action.laws
            and _PUT_IN_LAW_RE.fullmatch(folded, last.end, action.start)
        ):
            continue  # 「…を改正する法律が成立し、…が法定化された」: what that act puts in law
        elif last.kind == "amendment" and last.laws and action.kind == "bill" and not action.laws:
            if _BILL_OF_RE.fullmatch(folded, last.end, action.start) or _BILL_NAMED_BY_RE.fullmatch(
                folded, last.end, action.start
            ):  # 「A法を改正し、…する法案を提出」, 「A法の改正に係る法律案を提出」
                kept[-1] = replace(
                    action, text=text[last.start : action.end], start=last.start, laws=last.laws
                )
            else:
                kept.append(action)
        elif (
            last.kind == action.kind == "amendment"
            and last.laws
            and not action.laws
            and last.act_kind == action.act_kind == "法律"
            and folded.startswith("改正法", action.start)
        ):  # 「A法の見直しについては、…改正法が成立した」: the amending act of that amendment
            kept[-1] = replace(last, text=text[last.start : action.end], end=action.end)
        elif not (last.kind == action.kind == "enactment" and not last.laws and not action.laws):
            kept.append(action)
    return kept


def with_context(
    action: LegislativeAction, folded: str, by_start: dict[int, LawMention], dates: Sequence[DateMention]
) -> LegislativeAction:
    bundle = None
    m = _BUNDLE_AFTER_RE.match(folded, action.end)
    if m is not None and m.end() in by_start and by_start[m.end()].kind == "bundle":
        bundle = by_start[m.end()].key
    elif action.laws and action.laws[-1] in {x.key for x in by_start.values() if x.kind == "bundle"}:
        bundle = None
    if bundle and not action.act_kind:
        action = replace(action, act_kind="法律")  # 「…の法制上の措置（…関連法）」: taken by those laws
    date = _date_next_to(action, folded, dates)
    stop = _CLAUSE_STOP_RE.search(folded, action.end)
    clause = folded[action.end : stop.start() if stop else len(folded)]
    planned = _PLANNED_RE.search(clause) is not None or (date is not None and dates[date].planned)
    return replace(action, bundle=bundle, date=date, planned=planned)


def _date_next_to(action: LegislativeAction, folded: str, dates: Sequence[DateMention]) -> int | None:
    """The date inside the action, just before it (「3年9月府令改正」) or soon after it, in its clause."""
    for n, d in enumerate(dates):
        if action.start <= d.start and d.end <= action.end:
            return n  # 「…法の令和3年改正」, 「…法は、令和3年5月12日に…成立した」
    for n, d in enumerate(dates):
        if 0 <= action.start - d.end <= _DATE_GAP_BEFORE and not folded[d.end : action.start].strip("(（ "):
            return n
    for n, d in enumerate(dates):
        gap = folded[action.end : d.start]
        if 0 <= d.start - action.end <= _DATE_WINDOW_AFTER and not _CLAUSE_END.search(gap):
            if "・" in gap or "、" in gap:
                continue  # another clause of the list: 「府令改正・4年6月施行」 is the enforcement's date
            return n
    return None
