"""The tracking graph the build stores: every edition compared with the one it follows.

Takes a graph reader, the corpus' entries and (in a process that builds again
and again) what the last build kept; gives the series plan and the graph of
:mod:`kg.track.rdf` as N-Triples lines: the series' own, and each pair of
editions' matches and changes.  Each edition is read once and compared with its
predecessor only, so the work grows with the number of editions.

A pair is named by the named graphs of its two editions, whose IRIs name their
content, so a kept pair whose graphs are still the built ones is reused as it
is, and :func:`changed_lines` gives what to take out of the stored graph and put
in when only some pairs changed.  Every triple of a pair is about the later
edition (its items, their revision links, its changes), and each edition has
one predecessor at a time, so the pairs of two builds differ exactly by the
pairs that came and went.
"""

from __future__ import annotations

import hashlib
import itertools
from collections.abc import Mapping
from dataclasses import dataclass, field

from rdflib import Literal, URIRef

from kg.rdf.namespaces import POL
from kg.read.corpus import Entry
from kg.track.diff import compare, stored_editions
from kg.track.editions import Selects, Snapshot, load_snapshot
from kg.track.rdf import TRACK_GRAPH, Lines, change_triples, match_triples, ntriples, series_triples
from kg.track.series import SeriesPlan, plan_series

# A pair of editions: the named graphs of the old and the new one ("" where unknown).
PairKey = tuple[str, str]


@dataclass(slots=True)
class Tracking:
    """The tracking graph: the series' lines and each pair's, its content hash, and the plan."""

    plan: SeriesPlan
    series: list[bytes]
    pairs: dict[PairKey, list[bytes]]
    digest: str

    def stamp(self) -> list[bytes]:
        """The line that states the graph's content hash (what a build asks to know it is current)."""
        lines = Lines()
        lines.add((URIRef(TRACK_GRAPH), POL.contentHash, Literal(self.digest)))
        return lines.lines()

    def ntriples(self) -> bytes:
        return ntriples(itertools.chain(self.series, *self.pairs.values(), self.stamp()))


@dataclass(slots=True)
class Kept:
    """What a process that builds again and again keeps: the pairs it compared, and what it stored.

    ``stored`` is the tracking graph this process last stored, and is trusted only
    while the store says it holds that graph's content hash.
    """

    pairs: dict[PairKey, list[bytes]] = field(default_factory=dict)
    stored: Tracking | None = None


def track_graph(
    reader: Selects,
    entries: list[Entry],
    kept: Kept | None = None,
    graphs: Mapping[str, str] | None = None,
) -> Tracking:
    """The tracking graph of every built edition and the series plan (see the module docstring).

    ``graphs``: each document's named graph.  ``kept``: the pairs of an earlier
    call, reused where both graphs are the same; it is left holding this call's.
    """
    plan = plan_series(stored_editions(reader, entries))
    if kept is not None and kept.stored is not None and kept.stored.plan == plan:
        series = kept.stored.series  # the same series, editions and order: the same lines
    else:
        head = Lines()
        series_triples(head, plan)
        series = head.lines()
    pairs: dict[PairKey, list[bytes]] = {}
    for chain in plan.series.values():
        # Along the chain, so that each edition is read once and only the last one is held.
        held: Snapshot | None = None
        for old_id, new_id in itertools.pairwise(chain):
            key = (graphs.get(old_id, ""), graphs.get(new_id, "")) if graphs is not None else ("", "")
            known = kept.pairs.get(key) if kept is not None and all(key) else None
            if known is None:
                old = held if held is not None and held.doc_id == old_id else load_snapshot(reader, old_id)
                new = load_snapshot(reader, new_id)
                known = pair_lines(old, new)
                held = new
            # Without graphs, by the documents (a key of two empty names would not tell pairs apart).
            pairs[key if all(key) else (old_id, new_id)] = known
    if kept is not None:
        kept.pairs = {k: v for k, v in pairs.items() if graphs is not None and all(k)}
    digest = hashlib.sha256(b"\n".join(series))
    for key in sorted(pairs):
        digest.update(b"\n" + b"\n".join(pairs[key]))
    return Tracking(plan, series, pairs, "sha256:" + digest.hexdigest())


def pair_lines(old: Snapshot, new: Snapshot) -> list[bytes]:
    """The matches and changes of one edition and the one it follows, as N-Triples lines."""
    part = Lines()
    result = compare(old, new)
    match_triples(part, result.matching)
    change_triples(part, old.doc_id, new.doc_id, result.changes)
    return part.lines()


def changed_lines(before: Tracking, after: Tracking) -> tuple[list[bytes], list[bytes]]:
    """The lines to take out of the graph ``before`` and to put in, to make it ``after``."""
    gone = [*before.series, *before.stamp()]
    came = [*after.series, *after.stamp()]
    for key in before.pairs.keys() - after.pairs.keys():
        gone += before.pairs[key]
    for key in after.pairs.keys() - before.pairs.keys():
        came += after.pairs[key]
    out, into = set(gone), set(came)
    return sorted(out - into), sorted(into - out)
