"""Issue headings and the bullets under them (extraction stage), after the cue rules have read the outline.

Takes a read document, its profile and the items the cue rules found (:func:`kg.extract.outline.find`);
gives them again with two readings added:

* a heading that a status table names by its number (「| 課題 | 取組状況 |」 over 「| 1.1 | ✓ … |」,
  :func:`kg.extract.progress_numbered.numbered_rows`) is an issue, though its title names no cue
  (「### 1.1 …」 over bullets): the items that stood in it as their theme address it, and take its
  own theme;
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

import unicodedata
from collections.abc import Iterator

from kg.extract import outline_forms as forms
from kg.extract.outline_forms import Found
from kg.extract.outline_restated import merge_restated
from kg.extract.profiles import Profile
from kg.extract.progress_lines import table_rows
from kg.extract.progress_numbered import number_of, numbered_rows
from kg.read.document import Block, BlockKind, Document

__all__ = ["refine", "states_action", "table_numbers"]


def table_numbers(doc: Document, profile: Profile) -> set[str]:
    """The numbers (folded: 「1-1」 is 「1.1」) that the document's issue status tables name."""
    found: set[str] = set()
    for _, rows in table_rows(doc):
        if numbered_rows(rows, profile) == "Issue":
            found.update(n for cells in rows[1:] if (n := number_of(cells[0].text)) is not None)
    return found


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


def _promote(found: list[Found], numbers: set[str]) -> None:
    """Themes whose heading a status table names by number become issues (see the module's doc)."""
    issues = {number_of(f.number) for f in found if f.cls == "Issue"}
    for n, f in enumerate(found):
        num = number_of(f.number)
        if f.cls != "Theme" or f.rule != "heading" or num not in numbers or num in issues:
            continue
        if any(g.cls == "Theme" and g.theme == n for g in found):
            continue  # a heading over themes of its own is an area, not one issue
        f.cls = "Issue"
        for g in found:
            if g.theme == n and g.cls in ("Measure", "ProgressUpdate") and g.issue is None:
                g.issue, g.link_basis = n, "heading"
                g.theme, g.theme_basis = f.theme, f.theme_basis


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
        _promote(found, numbers)
    added = _measures(doc, profile, found)
    if not added:
        return found
    at = len(found)
    after: dict[int, list[int]] = {}
    for k, f in enumerate(added):
        after.setdefault(f.issue if f.issue is not None else at - 1, []).append(at + k)
    order = [i for n in range(at) for i in (n, *after.get(n, ()))]
    return merge_restated(forms.reindexed([*found, *added], order))
