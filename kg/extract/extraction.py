"""Extraction: from a read document to the policy items and entity mentions it holds.

The document's structure decides what an item is (a theme or issue heading, a
bullet under an issue, a ✓ entry of a status table, a listed goal, a 目標：
line); gazetteers and rule components find laws and agencies in the text; the
date normaliser reads dates with the report's era; :mod:`kg.extract.relations` reads,
inside each item's sentences, what role each agency plays and how the item
relates to each law.  Everything keeps its exact source span, so every triple
can point back at the line it came from.
"""

from __future__ import annotations

import bisect
import datetime as dt
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from kg.digests import short_hash
from kg.extract import issue_headings, outline, outline_figures, policy, profiles
from kg.extract.agencies import AgencyMention
from kg.extract.body_home import home_government
from kg.extract.body_references import BodyReference, find_references, references_outside
from kg.extract.cues import AgencyLink, LawLink
from kg.extract.dates import DateMention
from kg.extract.item_fields import give_attributes
from kg.extract.item_laws import attach_stated_laws, drop_unmade
from kg.extract.item_numbers import number_alone, written_number
from kg.extract.laws import LawMention, law_gazetteer
from kg.extract.legislation import ACTION_ITEMS, LegislativeAction, item_actions
from kg.extract.lifting import LiftedLaw, lift_laws
from kg.extract.limits import Cuts, ExtractionLimits
from kg.extract.matching import Candidate, match_row
from kg.extract.mentions import document_mentions, leaves
from kg.extract.officials import involve_officials
from kg.extract.parser import parse_many
from kg.extract.progress import StatusRow, status_rows
from kg.extract.progress_lines import progress_lines
from kg.extract.progress_numbered import numbered_progress
from kg.extract.relations import relate, sentences_to_parse
from kg.extract.statistics import Dataset, datasets
from kg.read.corpus import guess_title
from kg.read.document import Document

_DOCUMENT = "the document"


@dataclass(slots=True)
class Item:
    """A goal, theme, issue, measure, progress update or target, with where it was read."""

    cls: str
    key: str
    label: str
    start: int
    end: int
    line: int
    number: str | None = None  # the number alone (「3」 of 「重点分野3」: :mod:`kg.extract.item_numbers`)
    section: int | None = None
    notation: str | None = None  # the number as written, its counting word included (「重点分野3」)
    issue: str | None = None
    issue_basis: str | None = None
    issue_score: float | None = None
    theme: str | None = None
    # How the item's theme link was made ("heading", "table_row", "profile_rule"); None: stated by number.
    theme_basis: str | None = None
    goal: str | None = None  # the goal (key) a table row's issue or measure contributes to
    goal_basis: str | None = None
    # A table row's 担当 and スケジュール cells: their agencies (as actors) and dates are the item's too.
    owner_span: tuple[int, int] | None = None
    schedule_span: tuple[int, int] | None = None
    # the cells of list rows that restate the item (「| 1-1 | 行政手続のオンライン化 | … |」)
    rows: tuple[tuple[int, int], ...] = ()
    reports_on: str | None = None
    reports_basis: str | None = None  # how reports_on was read: None, by title; "heading", "table_row"
    row: str | None = None
    emphasized: bool = False
    group: str | None = None
    overall: bool = False
    value: float | None = None
    unit: str | None = None
    laws: list[LawMention] = field(default_factory=list)
    agencies: list[AgencyMention] = field(default_factory=list)
    dates: list[DateMention] = field(default_factory=list)
    # The same mentions as ``laws`` and ``agencies``, with what their sentence says of them.
    law_links: list[LawLink] = field(default_factory=list)
    agency_links: list[AgencyLink] = field(default_factory=list)
    # Amendments, enactments and legal measures the item states (measures and progress lines).
    actions: list[LegislativeAction] = field(default_factory=list)
    # Generic references to bodies (国, 自治体, 関係省庁): pol:AgencyReference, never agencies.
    references: list[BodyReference] = field(default_factory=list)


@dataclass(slots=True)
class Extraction:
    doc: Document
    report_date: dt.date
    items: list[Item] = field(default_factory=list)
    rows: list[StatusRow] = field(default_factory=list)
    datasets: list[Dataset] = field(default_factory=list)
    laws: list[LawMention] = field(default_factory=list)
    agencies: list[AgencyMention] = field(default_factory=list)
    dates: list[DateMention] = field(default_factory=list)
    date_sections: dict[int, int | None] = field(default_factory=dict)  # date index → section
    profile: profiles.Choice | None = None  # the document profile used, and why
    parsed_sentences: int = 0  # sentences the dependency parser read
    cuts: Cuts = field(default_factory=Cuts)  # what the caps left out
    # Laws measures and issues rest on through the items under them (pol:dependsOnLaw, lifted).
    lifted: list[LiftedLaw] = field(default_factory=list)
    references: list[BodyReference] = field(default_factory=list)
    # Foreign governments and organisations of states (英国政府, 欧州委員会): pol:ForeignBody, never agencies.
    foreign: list[AgencyMention] = field(default_factory=list)

    def of(self, cls: str) -> list[Item]:
        return [i for i in self.items if i.cls == cls]

    def counts(self) -> dict[str, int]:
        counts: dict[str, int] = {}
        for item in self.items:
            counts[item.cls] = counts.get(item.cls, 0) + 1
        counts["Law mentions"] = len(self.laws)
        counts["Agency mentions"] = len(self.agencies)
        counts["DateExpression"] = len(self.dates)
        counts["qb:Observation"] = sum(len(d.observations) for d in self.datasets)
        return counts


def _within(mentions: list[Any], start: int, end: int) -> list[Any]:
    return [m for m in mentions if start <= m.start and m.end <= end]


def _attach(ex: Extraction) -> None:
    """Give each item the mentions inside it, in the order the document's lists hold them."""
    for name in ("laws", "agencies", "dates", "references"):
        found: list[Any] = getattr(ex, name)
        order = sorted(range(len(found)), key=lambda n: found[n].start)
        starts = [found[n].start for n in order]
        for item in ex.items:
            inside = order[bisect.bisect_left(starts, item.start) : bisect.bisect_left(starts, item.end)]
            setattr(item, name, [found[n] for n in sorted(inside) if found[n].end <= item.end])


def _text_key(text: str) -> str:
    return short_hash(policy.strip_emphasis(text), length=10)


def extract(
    doc: Document,
    report_date: dt.date,
    *,
    use_parser: bool = True,
    limits: ExtractionLimits | None = None,
    profile_dir: Path | None = None,
    publisher: str | None = None,
) -> Extraction:
    """Everything policykg reads from one document, up to the ``limits`` (default: the defaults').

    ``use_parser`` False reads agency roles and law relations from the text alone,
    as happens anyway when the dependency parser's model is missing.  The
    document's profile (:mod:`kg.extract.profiles`; ``profile_dir`` adds a user's) decides
    which structure rules apply.  ``publisher`` (the manifest's) or else the title says whose
    document it is: a local government's units named alone are that government's.
    """
    limits = limits or ExtractionLimits()
    ex = Extraction(doc=doc, report_date=report_date)
    ex.profile = choice = profiles.choose(doc, profile_dir)
    profile = choice.profile
    # 「担当課：情報政策課」 in a municipality's plan: a unit of that municipality
    home = home_government(publisher, guess_title(doc.text.splitlines()[:40]))
    mentions = document_mentions(doc, report_date, limits, ex.cuts, home)
    ex.laws, ex.agencies, ex.foreign, ex.dates = (
        mentions.laws,
        mentions.agencies,
        mentions.foreign,
        mentions.dates,
    )
    ex.date_sections = mentions.date_sections
    numbered = profile.rule("numbered_issue_parts")
    found = policy.outline(doc) if numbered else policy.PolicyOutline()
    for theme in found.themes:
        b = theme.block
        ex.items.append(
            Item("Theme", theme.number, theme.label, b.start, b.end, b.line, theme.number, b.section,
                 notation=theme.number)
        )  # fmt: skip
    for issue in found.issues:
        b = issue.block
        ex.items.append(
            Item(
                "Issue",
                issue.number,
                issue.label,
                b.start,
                b.end,
                b.line,
                issue.number,
                b.section,
                notation=issue.number,
                theme=found.theme_of_issue.get(issue.number),
            )
        )
    for n, goal in enumerate(policy.goals(doc) if numbered else []):
        b = goal.block
        key = "overall" if goal.overall else f"{n:02d}-{_text_key(goal.label)}"
        ex.items.append(
            Item("Goal", key, goal.label, b.start, b.end, b.line, section=b.section, overall=goal.overall)
        )
    measures = policy.measures(doc, found)
    measure_keys: list[str] = []
    for measure in measures:
        b = measure.block
        key = f"{measure.issue}-{_text_key(measure.label)}"
        measure_keys.append(key)
        ex.items.append(
            Item(
                "Measure",
                key,
                measure.label,
                b.start,
                b.end,
                b.line,
                section=b.section,
                issue=measure.issue,
                issue_basis="section",
                emphasized=measure.emphasized,
                group=measure.group,
            )
        )
    if profile.rule("status_tables"):
        _progress(doc, found, measures, measure_keys, ex, profile)
    values = _cue_items(doc, profile, ex)
    lines = progress_lines(doc, profile, ex.items) if profile.rule("progress_lines") else []
    for p in [*lines, *numbered_progress(doc, profile, ex.items)]:  # 「| 施策 | 状況 |」 over 「| 1-1 | … |」
        ex.items.append(
            Item("ProgressUpdate", p.key, p.label, p.start, p.end, p.line, section=p.section, issue=p.issue,
                 issue_basis=p.issue_basis, reports_on=p.reports_on, reports_basis=p.basis,
                 owner_span=p.owner, schedule_span=p.schedule)
        )  # fmt: skip
    for target in policy.targets(doc, profile.sentences.get("target", ())):
        if any(s <= target.start and target.end <= e for s, e in values):
            continue  # 「目標：80％」 under 「### 市民満足度」: the value of the target the heading names
        ex.items.append(
            Item(
                "Target",
                _text_key(target.label),
                target.label,
                target.start,
                target.end,
                target.line,
                section=target.block.section,
                value=target.value,
                unit=target.unit,
            )
        )
    if len(ex.items) > limits.document_items:
        ex.cuts.add("items", len(ex.items) - limits.document_items, _DOCUMENT, limits.document_items)
        del ex.items[limits.document_items :]
    ex.datasets = datasets(doc, report_date)
    ex.references = references_outside(
        [r.shifted(b.start) for b in leaves(doc) for r in find_references(b.text)],
        [*ex.laws, *ex.agencies, *ex.foreign],
    )
    _attach(ex)
    _relate(ex, use_parser)
    _attach_row_cells(ex)
    give_attributes(doc, profile, ex.items, ex.agencies, ex.dates)
    involve_officials(ex.items, ex.doc.text, ((m.start, m.end) for m in ex.laws))
    for item in ex.items:
        if item.cls in ACTION_ITEMS:
            item.actions = item_actions(ex.doc.text, item.start, item.end, item.laws, item.dates)
    if profile.rule("laws_under_items"):
        attach_stated_laws(doc, profile, ex.items, ex.laws)
    drop_unmade(ex.doc.text, ex.items)
    ex.lifted = lift_laws(ex.items)
    return ex


def _relate(ex: Extraction, use_parser: bool) -> None:
    """Read each item's sentences for agency roles, law relations and stated bundles."""
    stated: dict[int, str] = {}  # law mention start → bundle key its sentence states
    work = [
        (
            item,
            ex.doc.text[item.start : item.end],
            [m.shifted(-item.start) for m in item.laws],
            [a.shifted(-item.start) for a in item.agencies],
        )
        for item in ex.items
        if item.laws or item.agencies
    ]
    # Every sentence the parser must read, parsed in one batch before the items are related.
    parses = (
        parse_many(
            sentence
            for _, text, laws, agencies in work
            for sentence in sentences_to_parse(text, laws, agencies)
        )
        if use_parser
        else {}
    )
    for item, text, laws, agencies in work:
        found = relate(text, laws, agencies, use_parser=use_parser, parses=parses)
        ex.parsed_sentences += found.parsed
        item.law_links = [_unshift(link, item.start) for link in found.laws]
        item.agency_links = [
            AgencyLink(link.mention.shifted(item.start), link.role, link.cue, link.parsed)
            for link in found.agencies
        ]
        stated.update((link.mention.start, link.bundle) for link in item.law_links if link.bundle)
    if not stated:
        return
    # A law the gazetteer puts in no bundle takes the one its sentence states, so
    # every reader of the mention (the entity triples among them) sees it.
    gazetteer = law_gazetteer()
    for n, m in enumerate(ex.laws):
        entry = gazetteer.get(m.key) if m.known else None
        if m.start in stated and not (entry and entry.bundle) and m.bundle is None:
            ex.laws[n] = replace(m, bundle=stated[m.start])
    by_start = {m.start: m for m in ex.laws}
    for item in ex.items:
        item.laws = [by_start.get(m.start, m) for m in item.laws]
        item.law_links = [
            replace(link, mention=by_start.get(link.mention.start, link.mention)) for link in item.law_links
        ]


def _unshift(link: LawLink, offset: int) -> LawLink:
    return replace(link, mention=link.mention.shifted(offset))


def _progress(
    doc: Document,
    found: policy.PolicyOutline,
    measures: list[policy.Measure],
    measure_keys: list[str],
    ex: Extraction,
    profile: profiles.Profile,
) -> None:
    candidates = [Candidate(i.number, i.number.split(".")[0], i.label) for i in found.issues]
    candidates += [Candidate(m.issue, m.issue.split(".")[0], m.label, k) for k, m in enumerate(measures)]
    ex.rows = status_rows(doc, profile.status_header, profile.status_theme_cell)
    for row in ex.rows:
        match = match_row(row.title, row.theme, candidates) if candidates else None
        for update in row.updates:
            label = policy.strip_emphasis(update.text)
            ex.items.append(
                Item(
                    "ProgressUpdate",
                    f"{row.key}-{_text_key(label)}",
                    label,
                    update.start,
                    update.end,
                    update.line,
                    section=update.section,
                    issue=match.issue if match else None,
                    issue_basis=match.basis if match else None,
                    issue_score=match.score if match else None,
                    theme=row.theme,
                    reports_on=measure_keys[match.measure] if match and match.measure is not None else None,
                    row=row.key,
                )
            )


_BASIS = {"heading": "heading", "structure": "profile_rule", "table_row": "table_row"}


def _cue_items(doc: Document, profile: profiles.Profile, ex: Extraction) -> list[tuple[int, int]]:
    """The goals, themes, issues and measures the profile's cue rules find (:mod:`kg.extract.outline`);
    gives the spans of the values their targets set."""
    found = outline.find(doc, profile, {i.section for i in ex.items if i.section is not None})
    # 「### 1.1 …」 headings a status table names are issues; bullets stating actions under issues measures
    found = issue_headings.refine(doc, profile, found)
    taken = {(i.cls, i.key) for i in ex.items}
    # An item another rule read already (a quantified 目標 bullet) is that item, not a second one.
    earlier = {(i.cls, i.start, i.end): i.key for i in ex.items}
    keys: list[str] = []
    for n, f in enumerate(found):
        if (f.cls, f.start, f.end) in earlier:
            keys.append(earlier[(f.cls, f.start, f.end)])
            continue
        if f.cls in ("Theme", "Issue") and f.number:
            key = f.number
        else:
            prefix = keys[f.issue] if f.cls == "Measure" and f.issue is not None and f.issue < n else None
            key = f"{prefix}-{_text_key(f.label)}" if prefix else _text_key(f.label)
        base, k = key, 2
        while (f.cls, key) in taken:
            key, k = f"{base}-{k}", k + 1
        taken.add((f.cls, key))
        keys.append(key)
    for n, f in enumerate(found):
        if (f.cls, f.start, f.end) in earlier:
            continue
        theme = keys[f.theme] if f.theme is not None else None
        basis = _BASIS.get(f.theme_basis or "", "heading") if theme else None
        if f.cls == "Theme" and theme is None and f.rule in ("structure", "table_row"):
            basis = None
        item = Item(
            f.cls,
            keys[n],
            f.label,
            f.start,
            f.end,
            f.line,
            number_alone(f.number),
            f.section,
            notation=written_number(f.number),
            issue=keys[f.issue] if f.issue is not None else None,
            issue_basis=_BASIS.get(f.link_basis or "") if f.issue is not None else None,
            theme=theme,
            theme_basis=basis,
            goal=keys[f.goal] if f.goal is not None else None,
            goal_basis="table_row" if f.goal is not None else None,
            overall=f.overall,
            owner_span=f.owner,
            schedule_span=f.schedule,
            rows=f.rows,
        )
        if f.cls == "Target":
            # a KPI row's value is its 目標値 cell's (「60%」, 「1,200件」), else what its label says
            figure = outline_figures.quantity(doc.text[f.value[0] : f.value[1]]) if f.value else None
            item.value, item.unit = figure if figure else policy.target_value(f.label)
        ex.items.append(item)
    return [f.value for f in found if f.cls == "Target" and f.value is not None]


def _attach_row_cells(ex: Extraction) -> None:
    """The agencies of a row's 担当 cell (as a measure's actors) and the dates of its スケジュール cell."""
    for item in ex.items:
        if item.owner_span is not None and item.cls in ("Measure", "ProgressUpdate"):
            s, e = item.owner_span
            for agency in _within(ex.agencies, s, e):  # in the item's own span too (「…する。【担当：…】」)
                item.agencies += [] if agency in item.agencies else [agency]
                item.agency_links = [a for a in item.agency_links if a.mention.start != agency.start]
                item.agency_links.append(AgencyLink(agency, "actor", "担当"))
        if item.schedule_span is not None:
            item.dates.extend(_within(ex.dates, *item.schedule_span))
