"""The compare page: two editions of a report side by side, the changed words highlighted.

``/compare?from=OLD&to=NEW`` shows the counts per kind of change, then per issue
each change with the old and the new version, the characters that differ
marked, and the issues of the new edition with no progress update since the
old one.  ``/compare.json`` (or ``Accept: application/json``) answers the
``diff`` JSON of ``policykg diff``.  Missing or unknown editions, and documents
that are not editions of one series, are a 400 or 404 in the usual error shape.
"""

from __future__ import annotations

import difflib
import re
from typing import Any

from flask import Blueprint, jsonify, render_template, request

from kg.errors import NotFoundError, UsageError
from kg.rdf.ontology import class_label
from kg.track.changes import Change
from kg.track.diff import KIND_LABELS, diff
from kg.track.editions import document_meta
from kg.track.history import issues_without_progress
from web.links import entity_href
from web.negotiation import wants_json
from web.stores import store

bp = Blueprint("compare", __name__)

_DOC_ID = re.compile(r"^[a-z0-9][a-z0-9._-]{0,99}$")
# Kinds whose two sides are the item's title: the words that differ are marked.
_TEXT_KINDS = {"reworded", "targetChanged"}


def marked(old: str, new: str) -> tuple[list[tuple[str, bool]], list[tuple[str, bool]]]:
    """``old`` and ``new`` as runs of (text, differs), character by character.

    >>> marked("予定の検討", "実施の検討")
    ([('予定', True), ('の検討', False)], [('実施', True), ('の検討', False)])
    """
    left: list[tuple[str, bool]] = []
    right: list[tuple[str, bool]] = []
    matcher = difflib.SequenceMatcher(None, old, new, autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if i2 > i1:
            left.append((old[i1:i2], op != "equal"))
        if j2 > j1:
            right.append((new[j1:j2], op != "equal"))
    return left, right


def _side(change: Change, which: str) -> dict[str, Any] | None:
    version = change.old if which == "old" else change.new
    if version is None:
        return None
    return {"label": version.label, "line": version.line, "href": entity_href(version.iri)}


def _row(change: Change) -> dict[str, Any]:
    old, new = _side(change, "old"), _side(change, "new")
    row: dict[str, Any] = {
        "kind": change.kind,
        "kind_label": KIND_LABELS[change.kind],
        "cls": change.cls,
        "cls_label": class_label(change.cls),
        "old": old,
        "new": new,
        "field": change.field,
        "before": change.before,
        "after": change.after,
        "direction": change.direction,
    }
    if change.kind in _TEXT_KINDS and change.before is not None and change.after is not None:
        row["old_runs"], row["new_runs"] = marked(change.before, change.after)
    elif old is not None and new is not None:
        row["old_runs"], row["new_runs"] = marked(old["label"], new["label"])
    return row


def _edition(name: str) -> str:
    value = request.args.get(name, "").strip()
    if not value:
        raise UsageError(f"{name}: missing; give two document ids, /compare?from=OLD&to=NEW")
    if not _DOC_ID.match(value):
        raise UsageError(f"{name}: {value!r} is not a document id")
    if document_meta(store(), value) is None:
        raise NotFoundError(f"{name}: no document {value!r}; see /documents for the list")
    return value


@bp.get("/compare.json")
def compare_json() -> Any:
    """Two editions compared, as the ``diff`` JSON."""
    return compare()


@bp.get("/compare")
def compare() -> Any:
    """Two editions compared."""
    old_id, new_id = _edition("from"), _edition("to")
    result = diff(store(), old_id, new_id)  # a TrackError is a 400 in the usual shape
    if request.path.endswith(".json") or wants_json():
        return jsonify(result.to_json())
    titles = {v.issue: v.label for v in [*result.new.of("Issue"), *result.old.of("Issue")] if v.issue}
    groups = [
        {"number": issue, "title": titles.get(issue, "") if issue else "", "rows": [_row(c) for c in found]}
        for issue, found in result.by_issue()
    ]
    return render_template(
        "compare/compare.html",
        old=result.old,
        new=result.new,
        summary=[(kind, KIND_LABELS[kind], n) for kind, n in result.summary.items()],
        total=len(result.changes),
        matched=len(result.matching.pairs),
        groups=groups,
        stale=issues_without_progress(store(), new_id),
    )


@bp.app_template_filter("change_label")
def change_label(kind: str) -> str:
    """A kind of change in Japanese (``dateMoved`` → 日付変更)."""
    return KIND_LABELS.get(kind, kind)
