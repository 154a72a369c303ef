"""Issue headings and the bullets under them (extraction stage), after the cue rules have read the outline.

Takes a read document, its profile and the items the cue rules found (:func:`kg.extract.outline.find`);
gives them again with two readings added:

* a heading that a status table names by its number (「| 課題 | 取組状況 |」 over 「| 1.1 | ✓ … |」,
  :func:`kg.extract.progress_numbered.numbered_rows`) is an issue, though its title names no cue
  (「### 1.1 …」 over bullets): the items that stood in it as their theme address it, and take its
  own theme; so is one a table names by its number and title (「| 課題 | 取組 | 取組状況 |」 over
  「| 1.1 …の長時間化 | … |」): the row is that issue, no second one, its 取組 measures address
  it in its theme, and the bullets under the heading in its theme address it too;
* under an issue heading that holds no item yet (「### 課題1 …」, or one a status table names), the
  bullets stating an action by their form (``[tree] action``: 「…の推進」, 「…を支援する」) and no
  problem (``[combined] issue_predicate``: 「…の不足」) are measures addressing it, when every such
  bullet does; a bullet reporting progress (「進捗：…」, 「✓ …」) or
  any bullet after a progress label (「【実施状況】」) is none: :mod:`kg.extract.progress_lines` reads
  those as the progress of the measure they follow.

So the laws such a measure's text or its progress lines name reach the issue too
(:mod:`kg.extract.lifting`).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator

from kg.extract import outline_forms as forms
from kg.extract.outline_forms import Found
from kg.extract.outline_restated import merge_restated
from kg.extract.profiles import Profile
from kg.extract.progress_lines import table_rows
from kg.extract.progress_numbered import number_of, numbered_rows
from kg.read.document import Block, BlockKind, Document

_SEPARATORS = str.maketrans({"-": ".", "‐": ".", "ー": ".", "−": "."})

__all__ = ["refine", "states_action", "table_numbers"]


def table_numbers(doc: Document, profile: Profile) -> set[str]:
    """The numbers (folded: 「1-1」 is 「1.1」) that the document's issue status tables name."""
    found: set[str] = set()
    for _, rows in table_rows(doc):
        if numbered_rows(rows, profile) == "Issue":
            found.update(n for cells in rows[1:] if (n := number_of(cells[0].text)) is not None)
        elif (titled := _titled_numbers(rows, profile)) is not None:
            found.update(titled)
    return found


# A cell naming an issue by its number and title (「1.1 荷待ちの長時間化」): group `number`.
_TITLED = re.compile(r"(?P<number>[0-9]{1,2}(?:[.\-‐ー−][0-9]{1,2})+)[ \u3000]+\S")


def _titled_numbers(rows: list[list[Block]], profile: Profile) -> set[str] | None:
    """The numbers of a table whose first column is headed 課題 over cells that each open with a
    dotted number and a title (「| 課題 | 取組 | 取組状況 |」 over 「| 1.1 …の長時間化 | … |」), else None."""
    if (
        len(rows) < 2
        or not rows[0]
        or not any(forms.plain(rows[0][0].text) == forms.plain(w) for w in profile.tables.get("issue", ()))
    ):
        return None
    numbers = set()
    for cells in rows[1:]:
        m = _TITLED.match(unicodedata.normalize("NFKC", cells[0].text.strip())) if cells else None
        if m is None:
            return None
        numbers.add(m["number"].translate(_SEPARATORS))
    return numbers


def states_action(text: str, profile: Profile) -> bool:
    """Whether an entry states what is done by its form (「…の推進」, 「…を支援する」), not a deferral.

    >>> from kg.extract.profiles import generic
    >>> [states_action(t, generic()) for t in ("窓口の機能強化", "相談件数が増えている", "人材の不足")]
    [True, False, False]
    """
    plain = forms.plain(text).rstrip("。．.")
    if not plain or any(p.search(plain) for p in profile.tree.get("deferral", ())):
        return False
    if any(p.search(plain) for p in profile.combined_predicates.get("issue", ())):
        return False  # 「…の不足」, 「…が増加している」: a problem stated, read first
    patterns = (*profile.tree.get("action", ()), *profile.combined_predicates.get("measure", ()))
    return any(p.search(plain) for p in patterns)


def _reports(text: str, profile: Profile) -> bool:
    if forms.reports_progress(text, profile.progress):
        return True
    return any(p.match(unicodedata.normalize("NFKC", text)) for p in profile.progress_forms.get("marks", ()))


def _bullets(doc: Document, section: int, profile: Profile) -> Iterator[Block]:
    """The top bullets of a section up to a progress label, less those that report progress."""
    for index in doc.sections[section].blocks:
        block = doc.blocks[index]
        if block.kind == BlockKind.PARAGRAPH and _reports(
            forms.label(block.text).strip("【】[]〔〕"), profile
        ):
            return
        if block.kind != BlockKind.LIST_ITEM:
            continue
        parent = doc.blocks[block.parent] if block.parent is not None else None
        if parent is not None and parent.kind == BlockKind.LIST_ITEM:
            continue
        if not _reports(block.text, profile):
            yield block


def _enclosing_theme(doc: Document, found: list[Found], section: int | None) -> int | None:
    """The theme heading nearest above ``section`` (「1 …」 over 「1.1 …」), if one is an item."""
    heads = {f.section: n for n, f in enumerate(found) if f.cls == "Theme" and f.rule == "heading"}
    at = doc.sections[section].parent if section is not None else None
    while at is not None and at not in heads:
        at = doc.sections[at].parent
    return heads.get(at) if at is not None else None


def _parent(doc: Document, f: Found) -> int | None:
    return doc.sections[f.section].parent if f.section is not None else None


def _promote(doc: Document, found: list[Found], numbers: set[str], stated: dict[int, int]) -> None:
    """Themes whose heading a status table names by number become issues (see the module's doc); the
    「課題：…」 lines under them that state them go into ``stated`` (line → heading)."""
    issues = {number_of(f.number) for f in found if f.cls == "Issue"}
    named = [n for n, f in enumerate(found) if number_of(f.number) in numbers]
    # a heading numbered as those beside it that the table names (「3.3 …」 beside 「3.1 …」, 「3.2 …」) is
    # an issue too: the table leaves out the issues with nothing to report yet
    parents = {_parent(doc, found[n]) for n in named} - {None}
    depths = {num.count(".") for n in named if (num := number_of(found[n].number))}
    beside = [
        n
        for n, f in enumerate(found)
        if n not in named
        and _parent(doc, f) in parents
        and (num := number_of(f.number))
        and num.count(".") in depths
    ]
    for n in (*named, *beside):
        f = found[n]
        num = number_of(f.number)
        if f.cls == "Issue" and f.rule == "heading":
            _rows_stating(found, n, stated)  # an issue by its heading already (「重点分野と課題・施策」)
            continue
        if f.cls != "Theme" or f.rule != "heading" or num in issues:
            continue
        if any(g.cls == "Theme" and g.theme == n for g in found):
            continue  # a heading over themes of its own is an area, not one issue
        f.cls = "Issue"
        if f.theme is None and (outer := _enclosing_theme(doc, found, f.section)) is not None:
            f.theme, f.theme_basis = outer, "heading"  # 「1.1 …」 stands in the theme 「1 …」
        for m, g in enumerate(found):  # a 「課題：…」 line under it states this issue: no other
            if g.cls == "Issue" and g.rule == "label" and g.theme == n and g.section == f.section:
                stated[m] = n
                for h in found:
                    h.issue = n if h.issue == m else h.issue
        _rows_stating(found, n, stated)
        for g in found:
            if g.cls not in ("Measure", "ProgressUpdate") or g.issue not in (None, n):
                continue
            if g.theme == n:
                g.issue, g.link_basis = n, "heading"
                g.theme, g.theme_basis = f.theme, f.theme_basis
            elif g.section == f.section and g.theme == f.theme:  # a bullet under it, in its theme
                g.issue, g.link_basis = n, "heading"


def _rows_stating(found: list[Found], n: int, stated: dict[int, int]) -> None:
    """The table's row naming the issue ``n`` by number and title is that issue, and its measures
    address it in its theme."""
    f = found[n]
    for m, g in enumerate(found):
        if g.cls == "Issue" and g.rule == "table_row" and forms.plain(g.label) == forms.plain(f.label):
            stated[m] = n
            for h in found:
                if h.issue == m:
                    h.issue = n
                    h.theme, h.theme_basis = f.theme, f.theme_basis


def _measures(doc: Document, profile: Profile, found: list[Found]) -> list[Found]:
    """The bullets stating actions under issue headings that hold no item (see the module's doc)."""
    spans = [(f.start, f.end) for f in found]
    added: list[Found] = []
    for n, f in enumerate(found):
        if f.cls != "Issue" or f.rule != "heading" or f.section is None:
            continue
        section = doc.sections[f.section]
        if doc.blocks[section.heading].kind != BlockKind.HEADING:
            continue
        bullets = list(_bullets(doc, f.section, profile))
        if not bullets or not all(states_action(b.text, profile) for b in bullets):
            continue
        if any(b.start <= s < b.end or s <= b.start < e for b in bullets for s, e in spans):
            continue
        for b in bullets:
            label = forms.label(b.text)
            added.append(
                Found("Measure", label, b.start, b.end, b.line, "heading", b.section, theme=f.theme,
                      theme_basis=f.theme_basis, issue=n, link_basis="heading")
            )  # fmt: skip
    return added


def refine(doc: Document, profile: Profile, found: list[Found]) -> list[Found]:
    """``found`` with status-table issues promoted and the bullets under issue headings as measures."""
    numbers = table_numbers(doc, profile)
    if numbers:
        stated: dict[int, int] = {}
        _promote(doc, found, numbers, stated)
        if stated:
            found = forms.reindexed(found, [n for n in range(len(found)) if n not in stated], stated)
    added = _measures(doc, profile, found)
    if not added:
        return found
    at = len(found)
    after: dict[int, list[int]] = {}
    for k, f in enumerate(added):
        after.setdefault(f.issue if f.issue is not None else at - 1, []).append(at + k)
    order = [i for n in range(at) for i in (n, *after.get(n, ()))]
    return merge_restated(forms.reindexed([*found, *added], order))
