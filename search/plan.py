"""What an index build must read and write again: the documents that changed since the
previous generation, and those whose passages reach a changed law or agency.
"""

from __future__ import annotations

import hashlib
import json
from collections import defaultdict
from collections.abc import Collection, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kg.store import reader as kg_store
from search.analysis import ANALYZER_VERSION
from search.index import SCHEMA_VERSION, current_meta
from search.passages import PASSAGES_VERSION, Passage, file_stamp, linking_documents
from search.synonyms import curated_groups
from search.vocabulary import Vocabulary


def passage_fields(p: Passage) -> dict[str, Any]:
    return {
        "key": p.key,
        "iri": p.iri,
        "type": p.type,
        "label": p.label,
        "text": p.text,
        "document": p.document,
        "doc_iri": p.doc_iri,
        "line": p.line,
        "section": p.section,
        "theme": ",".join(p.themes),
        "issue": ",".join(p.issues),
        "law": ",".join(p.laws),
        "law_iris": list(p.law_iris),
        "agency": ",".join(p.agencies),
        "year": ",".join(p.years),
    }


def curated_digest() -> str:
    """Names the curated synonym list; a change to it makes the next build a full one."""
    text = json.dumps(curated_groups(), ensure_ascii=False)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def _by_document(passages: Iterable[Passage]) -> dict[str, list[Passage]]:
    grouped: dict[str, list[Passage]] = defaultdict(list)
    for passage in passages:
        grouped[passage.document].append(passage)
    return dict(sorted(grouped.items()))


def _digest(passages: list[Passage]) -> str:
    # Everything written for a passage goes in, so equal digests mean equal index entries.
    text = json.dumps([passage_fields(p) for p in passages], ensure_ascii=False, sort_keys=True)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:24]


@dataclass(slots=True)
class Read:
    """Passages read from the store: of every document (``documents`` None) or of a few."""

    passages: Iterable[Passage]
    vocab: Vocabulary
    warnings: list[str]
    stamps: dict[str, str]
    documents: list[str] | None = None


@dataclass(slots=True)
class Plan:
    """What a build writes: the passages read and what changed since ``previous``.

    ``digests``, ``counts`` and ``stamps`` cover every document, those not read
    taken over from the previous generation.
    """

    documents: dict[str, list[Passage]]
    digests: dict[str, str]
    counts: dict[str, int]
    stamps: dict[str, str] = field(default_factory=dict)
    read: list[str] | None = None
    previous: Path | None = None
    changed: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def usable(data_dir: Path) -> tuple[Path, dict[str, Any]] | None:
    """The current generation and what it was built from, when a build may start from it."""
    current = current_meta(data_dir)
    if current is None:
        return None
    previous, meta = current
    built_from = meta.get("built_from")
    if (
        meta.get("schema") != SCHEMA_VERSION
        or meta.get("analyzer") != ANALYZER_VERSION
        or not isinstance(built_from, dict)
        or built_from.get("curated") != curated_digest()
        or not isinstance(built_from.get("digests"), dict)
    ):
        return None
    return previous, built_from


def _record(built_from: dict[str, Any], key: str, kind: type) -> dict[str, Any] | None:
    value = built_from.get(key)
    if not isinstance(value, dict) or not all(isinstance(v, kind) for v in value.values()):
        return None
    return value


def to_read(
    store: kg_store.ReadStore,
    corpus_dir: Path,
    files: dict[str, str],
    hashes: dict[str, str],
    entities: dict[str, str],
    built_from: dict[str, Any],
    extracted: Collection[str],
) -> list[str] | None:
    """The documents whose passages may differ from the recorded ones; None for all of them."""
    if built_from.get("passages_version") != PASSAGES_VERSION:
        return None
    old_hashes = _record(built_from, "hashes", str)
    digests = _record(built_from, "digests", str)
    counts = _record(built_from, "counts", int)
    stamps = _record(built_from, "stamps", str)
    old_entities = _record(built_from, "entities", str)
    if old_hashes is None or digests is None or counts is None or stamps is None or old_entities is None:
        return None
    moved = {x for x in entities.keys() | old_entities.keys() if entities.get(x) != old_entities.get(x)}
    reached = linking_documents(store, moved)
    chosen: list[str] = []
    absent = False
    for doc, digest in sorted(hashes.items()):
        if (
            old_hashes.get(doc) != digest
            or doc not in digests
            or doc not in counts
            or not stamps.get(doc)
            or doc in reached
            or doc in extracted
        ):
            chosen.append(doc)
        elif (stamp := file_stamp(corpus_dir / files.get(doc, ""))) != stamps[doc]:
            if stamp:
                chosen.append(doc)
            else:
                # Its file is not in this corpus (a build kept the document without it):
                # read again, it would lose the passages of its text; they are kept.
                absent = True
    removed = set(digests) - set(hashes)
    if not absent and 2 * (len(chosen) + len(removed)) > max(len(digests), 1):
        # Most documents changed: the build is a full one, which reads them all.
        return None
    return chosen


def make_plan(previous: tuple[Path, dict[str, Any]] | None, read: Read, kept: Iterable[str] = ()) -> Plan:
    """``kept``: the documents not read, whose records ``previous`` holds."""
    documents = _by_document(read.passages)
    plan = Plan(
        documents,
        {doc: _digest(ps) for doc, ps in documents.items()},
        {doc: len(ps) for doc, ps in documents.items()},
        dict(read.stamps),
        read=read.documents,
        warnings=list(read.warnings),
    )
    if previous is None:
        return plan
    path, built_from = previous
    for doc in kept:
        for name, values in (("digests", plan.digests), ("counts", plan.counts), ("stamps", plan.stamps)):
            values[doc] = built_from[name][doc]
    plan.digests = dict(sorted(plan.digests.items()))
    old: dict[str, Any] = built_from["digests"]
    changed = [doc for doc, digest in plan.digests.items() if old.get(doc) != digest]
    removed = sorted(set(old) - set(plan.digests))
    if 2 * (len(changed) + len(removed)) > max(len(old), 1) and read.documents is None:
        # Most documents changed: writing them all afresh costs no more and merges nothing.
        return plan
    plan.previous, plan.changed, plan.removed = path, changed, removed
    return plan
