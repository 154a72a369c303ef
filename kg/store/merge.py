"""The merge of a generation's named graphs, and its counts, kept up to date as graphs come and go.

Store stage: the base of :class:`kg.store.writer.StoreWriter`, which stores and removes the graphs.

One named graph holds each document version.  The default graph is the merge
of all named graphs, materialised: Oxigraph's own "default graph as union"
returns a triple once per graph that holds it, so an agency named in two
documents would answer twice; a materialised merge is a set, as SPARQL's RDF
merge is, and queries on it need no union at run time.  The merge is kept up
to date graph by graph (a graph's triples join it when the graph is stored;
when a graph goes, its triples leave unless another graph holds them), and a
document's new graph in place of its old one changes the merge by the triples
that differ, so a build that changes one document costs what that document
holds, and its merge what changed in it, not what the store holds.  In each
generation, ``policykg-stats.json`` keeps the quad count of each named graph
and the subjects of each rdf:type, updated the same way, for the build report
(RocksDB leaves files it does not know alone).
"""

from __future__ import annotations

from collections.abc import Collection
from pathlib import Path

import pyoxigraph as ox

from kg.errors import StoreError
from kg.store.reader import named_quad_count, named_quads, store_error
from kg.store.write_errors import write_error

__all__ = ["MergeKeeper"]

# Beyond this many graphs removed in one build, the merge drops the triples no
# graph holds any more in one pass at commit instead of graph by graph.
_SCOPED_REMOVALS = 16

# Beyond this many graphs merged in one build, the subjects of each type are counted in
# one pass at commit instead of graph by graph (a query a graph, a tenth of storing it).
_SCOPED_MERGES = 16

# Past _SCOPED_MERGES, the merge's share of the graphs stored waits and goes in with the next
# ones, in one bulk load of about this many bytes of N-Triples (or when the merge is next read):
# loaded document by document, the merge was half of a build's storing (20 seed variants: 2.6 of
# 4.8 processor seconds), each small load adding files RocksDB then compacts.  Held in memory
# until loaded: 64 MB put 87 MiB on that build's peak (16 MB: 45 MiB, and half the gain).
_MERGE_BATCH_BYTES = 64 << 20

_RDF_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")


class MergeKeeper:
    """The default graph of a generation as the merge of its named graphs, with their counts.

    The writer sets ``data_dir``, ``path``, ``failure`` and ``_store``, then calls :meth:`_start_merge`.
    """

    data_dir: Path
    path: Path
    failure: StoreError | None
    _store: ox.Store

    def _start_merge(self, stats: dict[str, dict[str, int]] | None) -> None:
        """Start from the previous generation's counts (``stats``), or from none: recount at commit."""
        # Without the previous generation's counts (made by an older version), recount at commit.
        self._recount = stats is None
        self._graph_quads: dict[str, int] = stats["graphs"] if stats else {}
        self._type_counts: dict[str, int] = stats["types"] if stats else {}
        self._removals = 0
        self._prune_all = False  # drop unheld triples from the merge in one pass at commit
        self._merges = 0  # graphs merged since the last finish: past _SCOPED_MERGES, types counted at commit
        self._remerge = False  # rebuild the merge whole at commit (graphs of unknown names loaded)
        self._waiting: list[bytes] = []  # N-Triples stored as named graphs, not merged yet
        self._waiting_bytes = 0

    @property
    def oxigraph(self) -> ox.Store:
        """The generation's store, its merge up to date with every graph stored."""
        self._merge_waiting()
        return self._store

    def _merge_waiting(self) -> None:
        """Load into the merge the graphs' N-Triples that wait for it, in one bulk load."""
        if not self._waiting:
            return
        data, self._waiting, self._waiting_bytes = b"".join(self._waiting), [], 0
        try:
            self._store.bulk_load(data, ox.RdfFormat.N_TRIPLES, to_graph=ox.DefaultGraph())
        except OSError as exc:
            raise self._failed(exc, "cannot merge the graphs stored") from None

    def expect_graphs(self, graphs: int) -> None:
        """Hear that about ``graphs`` graphs are to be stored before the next :meth:`finish_merge`.

        Past ``_SCOPED_MERGES`` the subjects of each type are then counted once at the end from
        the first graph on, not graph by graph for the first ones and again at the end (16
        queries, 0.7 processor seconds of a 20-document build, for counts then thrown away).
        """
        if graphs > _SCOPED_MERGES:
            self._merges = max(self._merges, _SCOPED_MERGES)

    def _failed(self, exc: OSError, what: str) -> StoreError:
        """Remember a write error: the generation may now lack writes, so it must never be committed.

        The build records a document whose graph could not be stored as failed and goes on;
        without this, a full disk would end in a committed generation missing those graphs.
        """
        error = write_error(exc, self.data_dir, what)
        if self.failure is None:
            self.failure = error
        return error

    def _check(self) -> None:
        if self.failure is not None:
            raise self.failure

    def _parse(self, graph_iri: str, data: bytes) -> set[ox.Triple] | None:
        """The triples of N-Triples ``data``; None where a blank node makes them unfit to compare."""
        try:
            came = {q.triple for q in ox.parse(data, format=ox.RdfFormat.N_TRIPLES)}
        except (SyntaxError, ValueError) as exc:
            raise store_error(exc, f"cannot store graph {graph_iri}") from None
        blank = any(isinstance(t.subject, ox.BlankNode) or isinstance(t.object, ox.BlankNode) for t in came)
        return None if blank else came

    def _replace(self, old: list[str], graph_iri: str, data: bytes, came: set[ox.Triple]) -> None:
        """Store ``data`` (the triples ``came``) as ``graph_iri`` in place of the graphs ``old``.

        A document's new graph holds most of its old graph's triples, so the merge
        and the counts change by the triples that differ: a changed document costs
        what changed in it, not what it holds (taking its old triples out of the
        merge and putting the new ones in cost seconds at 1,000 documents).
        """
        leaving = {ox.NamedNode(iri) for iri in old}
        try:
            self.oxigraph.bulk_load(data, ox.RdfFormat.N_TRIPLES, to_graph=ox.NamedNode(graph_iri))
            held: set[ox.Triple] = set()
            for node in leaving:
                held.update(q.triple for q in self.oxigraph.quads_for_pattern(None, None, None, node))
            for t in came - held:
                self._join_merge(t)
            for t in held - came:
                self._leave_merge(t, leaving)
            for node in leaving:
                self.oxigraph.remove_graph(node)
        except OSError as exc:
            raise self._failed(exc, f"cannot store graph {graph_iri}") from None
        self._graph_quads[graph_iri] = len(came)
        for iri in old:
            self._graph_quads.pop(iri, None)

    def _join_merge(self, triple: ox.Triple) -> None:
        """Put ``triple`` into the merge, and count it, unless the merge holds it already."""
        merged = ox.Quad(triple.subject, triple.predicate, triple.object, ox.DefaultGraph())
        if merged not in self.oxigraph:
            self.oxigraph.add(merged)
            self._count_type(triple, 1)

    def _leave_merge(self, triple: ox.Triple, leaving: Collection[ox.NamedNode] = ()) -> None:
        """Take ``triple`` out of the merge, and uncount it, unless a named graph not ``leaving`` holds it."""
        if not any(
            not isinstance(q.graph_name, ox.DefaultGraph) and q.graph_name not in leaving
            for q in self.oxigraph.quads_for_pattern(triple.subject, triple.predicate, triple.object)
        ):
            self.oxigraph.remove(ox.Quad(triple.subject, triple.predicate, triple.object, ox.DefaultGraph()))
            self._count_type(triple, -1)

    def _count_type(self, triple: ox.Triple, change: int) -> None:
        """Count a typing ``triple`` that came into (``change`` 1) or left (-1) the merge."""
        if triple.predicate == _RDF_TYPE and isinstance(triple.object, ox.NamedNode):
            self._type_counts[triple.object.value] = self._type_counts.get(triple.object.value, 0) + change

    def _merge_in(self, graph_iri: str, data: bytes | None = None) -> None:
        """Count the stored graph ``graph_iri`` and add its triples to the merge."""
        node = f"<{graph_iri}>"
        self._merges += 1
        try:
            # Of the named graph alone: the merge need not be up to date for it.
            count = f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH {node} {{ ?s ?p ?o }} }}"
            rows = list(self._store.query(count))  # type: ignore[arg-type]
            self._graph_quads[graph_iri] = int(rows[0][0].value) if rows else 0
            if self._merges <= _SCOPED_MERGES:
                # Subjects that get a type the merge does not give them yet.
                for t, n in self._rows(
                    f"SELECT ?t (COUNT(*) AS ?n) WHERE {{ GRAPH {node} {{ ?s a ?t }} "
                    "FILTER NOT EXISTS { ?s a ?t } } GROUP BY ?t"
                ):
                    self._type_counts[t] = self._type_counts.get(t, 0) + n
            if data is not None and self._merges > _SCOPED_MERGES:
                # The same bytes just loaded as the named graph, merged with the next ones.
                self._waiting.append(data)
                self._waiting_bytes += len(data)
                if self._waiting_bytes >= _MERGE_BATCH_BYTES:
                    self._merge_waiting()
            elif data is not None:
                self.oxigraph.bulk_load(data, ox.RdfFormat.N_TRIPLES, to_graph=ox.DefaultGraph())
            else:
                self.oxigraph.update(f"ADD {node} TO DEFAULT")
        except OSError as exc:
            raise self._failed(exc, f"cannot merge graph {graph_iri}") from None

    def _merge_out(self, graph_iri: str) -> None:
        """Take from the merge the triples of ``graph_iri`` (about to go) that no other graph holds."""
        self._removals += 1
        if self._removals > _SCOPED_REMOVALS:
            self._prune_all = True
        if self._prune_all or self._remerge or self._recount:
            return
        node = f"<{graph_iri}>"
        held_elsewhere = f"FILTER NOT EXISTS {{ GRAPH ?h {{ ?s ?p ?o }} FILTER(?h != {node}) }}"
        for t, n in self._rows(
            f"SELECT ?t (COUNT(*) AS ?n) WHERE {{ GRAPH {node} {{ ?s a ?t }} "
            f"FILTER NOT EXISTS {{ GRAPH ?h {{ ?s a ?t }} FILTER(?h != {node}) }} }} GROUP BY ?t"
        ):
            self._type_counts[t] = self._type_counts.get(t, 0) - n
        self.oxigraph.update(
            f"DELETE {{ ?s ?p ?o }} WHERE {{ GRAPH {node} {{ ?s ?p ?o }} {held_elsewhere} }}"
        )

    def _rows(self, sparql: str) -> list[tuple[str, int]]:
        return [(row[0].value, int(row[1].value)) for row in self.oxigraph.query(sparql)]  # type: ignore[union-attr]

    def quad_count(self) -> int:
        """Quads in the named graphs."""
        if self._remerge or self._recount:
            return named_quad_count(self.oxigraph)
        return sum(self._graph_quads.values())

    def type_counts(self) -> dict[str, int]:
        """Distinct subjects of each rdf:type in the merge (exact after :meth:`finish_merge`)."""
        return {t: n for t, n in self._type_counts.items() if n > 0}

    def merge_default_graph(self) -> None:
        """Make the default graph the set-union of every named graph, from scratch."""
        self.oxigraph.clear_graph(ox.DefaultGraph())
        self.oxigraph.bulk_extend(
            ox.Quad(q.subject, q.predicate, q.object, ox.DefaultGraph()) for q in named_quads(self.oxigraph)
        )

    def finish_merge(self) -> None:
        """Bring the merge and the counts up to date where they were left to commit."""
        self._check()
        try:
            self._merge_waiting()
            if self._remerge or self._recount:
                self.merge_default_graph()
            elif self._prune_all:
                self.oxigraph.update(
                    "DELETE { ?s ?p ?o } WHERE { ?s ?p ?o FILTER NOT EXISTS { GRAPH ?g { ?s ?p ?o } } }"
                )
            if self._remerge or self._recount:
                self._graph_quads = {
                    g: n
                    for g, n in self._rows(
                        "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g"
                    )
                }
            if self._remerge or self._recount or self._prune_all or self._merges > _SCOPED_MERGES:
                self._type_counts = dict(
                    self._rows("SELECT ?t (COUNT(?s) AS ?n) WHERE { ?s a ?t } GROUP BY ?t")
                )
        except OSError as exc:
            raise self._failed(exc, f"{self.path}: cannot merge the default graph") from None
        self._remerge = self._recount = self._prune_all = False
        self._removals = self._merges = 0
