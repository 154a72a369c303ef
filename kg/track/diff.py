"""Two editions compared.

Takes a graph reader and two document ids; gives a :class:`Diff` (the
summary, the changes, as text grouped by issue and as the ``diff`` JSON of
docs/interface.md), and every stored document as a possible edition
(:func:`stored_editions`, which :mod:`kg.track.graph` plans the series from).
A document that is not an edition of any series, or two editions of different
series, are a :class:`~kg.errors.TrackError`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from kg.errors import TrackError
from kg.rdf import iris
from kg.rdf.ontology import class_label
from kg.read.corpus import Entry
from kg.track.changes import Change, changes, summary
from kg.track.editions import Selects, Snapshot, Version, document_meta, load_snapshot
from kg.track.matching import Matching, match
from kg.track.rdf import TRACK_GRAPH
from kg.track.series import Edition

KIND_LABELS = {
    "added": "追加",
    "dropped": "削除",
    "reworded": "文言変更",
    "statusChanged": "状況変更",
    "dateMoved": "日付変更",
    "lawAdded": "法令追加",
    "lawRemoved": "法令削除",
    "agencyAdded": "機関追加",
    "agencyRemoved": "機関削除",
    "targetChanged": "目標変更",
}


@dataclass(slots=True)
class Diff:
    old: Snapshot
    new: Snapshot
    matching: Matching
    changes: list[Change]

    @property
    def summary(self) -> dict[str, int]:
        return summary(self.changes)

    def to_json(self) -> dict[str, Any]:
        return {
            "old": self.old.doc_id,
            "new": self.new.doc_id,
            "summary": self.summary,
            "matched": len(self.matching.pairs),
            "changes": [change_json(c) for c in self.changes],
        }

    def by_issue(self) -> list[tuple[str | None, list[Change]]]:
        """The changes grouped by the issue they fall under (None: outside any issue), in issue order."""
        groups: dict[str | None, list[Change]] = {}
        for change in self.changes:
            groups.setdefault(change.issue, []).append(change)
        return sorted(groups.items(), key=lambda kv: _issue_order(kv[0]))

    def to_text(self) -> str:
        counts = self.summary
        lines = [
            f"{self.old.doc_id} → {self.new.doc_id}: {len(self.changes)} changes, "
            f"{len(self.matching.pairs)} items matched"
        ]
        if counts:
            lines.append("  ".join(f"{KIND_LABELS[k]} ({k}) {n}" for k, n in counts.items()))
        titles = {v.issue: v.label for v in [*self.new.of("Issue"), *self.old.of("Issue")] if v.issue}
        for issue, found in self.by_issue():
            lines.append("")
            lines.append(f"課題 {issue} {titles.get(issue, '')}".rstrip() if issue else "課題の外")
            for change in found:
                lines.append("  " + change_line(change))
        return "\n".join(lines)


def _issue_order(number: str | None) -> tuple[int, ...]:
    if number is None:
        return (10**6,)
    return tuple(int(p) if p.isdigit() else 0 for p in number.split("."))


def _version_json(version: Version | None) -> dict[str, Any] | None:
    if version is None:
        return None
    return {"iri": version.iri, "label": version.label, "line": version.line}


def change_json(change: Change) -> dict[str, Any]:
    return {
        "kind": change.kind,
        "type": change.cls,
        "issue": change.issue,
        "old": _version_json(change.old),
        "new": _version_json(change.new),
        "field": change.field,
        "before": change.before,
        "after": change.after,
        "direction": change.direction,
    }


def change_line(change: Change) -> str:
    """One change in words: kind, class, line, what it is about, and the before → after."""
    where = change.new or change.old
    assert where is not None
    side = f"L{where.line}" if change.new else f"旧L{where.line}"
    head = f"{KIND_LABELS[change.kind]:　<4} {class_label(change.cls)} {side} {where.label}"
    if change.kind in ("added", "dropped", "reworded"):
        if change.kind == "reworded":
            return f"{head}\n      旧: {change.before}"
        return head
    arrow = f"{change.before or '—'} → {change.after or '—'}"
    if change.direction:
        arrow += " (後ろ倒し)" if change.direction == "later" else " (前倒し)"
    return f"{head}\n      {change.field}: {arrow}"


def edition_of(reader: Selects, doc_id: str) -> tuple[str, int] | None:
    """The series IRI of the stored document and its position in it, or None when it has none."""
    doc = f"<{iris.document(doc_id)}>"
    rows = reader.select(
        f"""SELECT ?series ?order WHERE {{ GRAPH <{TRACK_GRAPH}> {{
            {doc} dcterms:isVersionOf ?series . OPTIONAL {{ {doc} pol:order ?order }} }} }}"""
    )
    return (rows[0]["series"], int(rows[0].get("order", 0))) if rows else None


def diff(reader: Selects, old_id: str, new_id: str, types: set[str] | None = None) -> Diff:
    """What changed from the edition ``old_id`` to the edition ``new_id``."""
    for doc_id in (old_id, new_id):
        if document_meta(reader, doc_id) is None:
            raise TrackError(f"{doc_id}: no such document in the store (see `policykg build`)")
    if old_id == new_id:
        raise TrackError(f"{old_id}: the same document twice; name two editions of one series")
    old_series, new_series = edition_of(reader, old_id), edition_of(reader, new_id)
    for doc_id, found in ((old_id, old_series), (new_id, new_series)):
        if found is None:
            raise TrackError(
                f"{doc_id}: not an edition of any series (give it 'series' or 'follows' in manifest.toml "
                "and build again)"
            )
    assert old_series is not None and new_series is not None
    if old_series[0] != new_series[0]:
        raise TrackError(
            f"{old_id} and {new_id}: editions of different series ({old_series[0]}, {new_series[0]})"
        )
    return compare(load_snapshot(reader, old_id), load_snapshot(reader, new_id), types)


def compare(old: Snapshot, new: Snapshot, types: set[str] | None = None) -> Diff:
    """The diff of two loaded snapshots."""
    matching = match(old, new)
    return Diff(old, new, matching, changes(matching, types))


def stored_editions(reader: Selects, entries: list[Entry]) -> list[Edition]:
    """Every built document as a possible edition, with what the manifest says of it."""
    manifest = {e.id: e for e in entries}
    rows = reader.select(
        """SELECT ?id (SAMPLE(?t) AS ?title) (SAMPLE(?pub) AS ?publisher) (SAMPLE(?d) AS ?date) WHERE {
            ?doc a pol:Document ; pol:documentId ?id .
            OPTIONAL { ?doc dcterms:title ?t } OPTIONAL { ?doc dcterms:issued ?d }
            OPTIONAL { ?doc dcterms:publisher/rdfs:label ?pub FILTER(LANG(?pub) = "ja" || LANG(?pub) = "") }
        } GROUP BY ?id ORDER BY ?id"""
    )
    found = []
    for row in rows:
        entry = manifest.get(row["id"])
        found.append(
            Edition(
                row["id"],
                row.get("title"),
                row.get("publisher"),
                row.get("date"),
                entry.series if entry else None,
                entry.follows if entry else None,
            )
        )
    return found
