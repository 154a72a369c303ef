"""Writing the embedded RDF store: a new Oxigraph generation, filled, then swapped in or discarded.

The store lives in ``<data>/store/`` as numbered generations::

    data/store/gen-000007/   an Oxigraph (RocksDB) database
    data/store/current       a symlink to the generation readers use

A build copies the current generation (an Oxigraph backup: hard links, so
cheap), changes the copy, and swaps ``current`` with one atomic rename.  So a
failed or interrupted build never touches what was built before, readers never
see a half-written graph, and the web server reads while a build writes (it
reopens when ``current`` moves).

The default graph is the merge of the named graphs, kept up to date as they are stored and
removed (:mod:`kg.store.merge`).
"""

from __future__ import annotations

import contextlib
import json
import shutil
from collections.abc import Iterable, Iterator
from pathlib import Path

import pyoxigraph as ox
from rdflib import Graph

from kg.errors import PolicyKGError, StoreError, StoreLockedError
from kg.store.locks import ExclusiveLock
from kg.store.merge import MergeKeeper
from kg.store.reader import generations, read_stats, stats_path, store_error, store_root
from kg.store.write_errors import write_error

__all__ = ["BuildLock", "StoreWriter", "writing"]


class BuildLock(ExclusiveLock):
    """An exclusive lock on the data folder: one build at a time, failing fast."""

    def __init__(self, data_dir: Path) -> None:
        super().__init__(data_dir / ".build.lock")

    def busy_error(self) -> PolicyKGError:
        return StoreLockedError(
            f"{self.path.parent}: another build is running on this data folder; try again when it ends"
        )

    def open_error(self, exc: OSError) -> PolicyKGError:
        return write_error(exc, self.path.parent, f"cannot create {self.path.name}")


class StoreWriter(MergeKeeper):
    """A new generation being written; :meth:`commit` swaps it in, anything else discards it.

    Hold a :class:`BuildLock` while a writer exists.
    """

    def __init__(self, data_dir: Path) -> None:
        self.data_dir = data_dir
        root = store_root(data_dir)
        try:
            root.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise write_error(exc, data_dir, f"cannot create {root}") from None
        self.generations = generations(data_dir)
        # Numbered before the leftovers go, so a killed build's number is never reused:
        # a generation's name then always means one set of files.
        self.path = self.generations.new_path()
        self.generations.remove_leftovers()
        self.previous = self.generations.current()
        # Set before anything can fail, so that discard() can always run.
        self.finished = False
        self.failure: StoreError | None = None
        try:
            if self.previous is not None:
                ox.Store.read_only(str(self.previous)).backup(str(self.path))
            self._store = ox.Store(str(self.path))
        except OSError as exc:
            shutil.rmtree(self.path, ignore_errors=True)
            raise write_error(exc, data_dir, f"{self.path}: cannot create a new store generation") from None
        self._start_merge(
            read_stats(self.previous) if self.previous is not None else {"graphs": {}, "types": {}}
        )

    def graphs_with_prefix(self, prefix: str) -> list[str]:
        return [
            g.value
            for g in self.oxigraph.named_graphs()
            if isinstance(g, ox.NamedNode) and g.value.startswith(prefix)
        ]

    def replace_graphs(self, remove: Iterable[str], graph_iri: str, graph: Graph) -> int:
        """Drop the graphs ``remove`` and write ``graph`` as the named graph ``graph_iri``."""
        self.store_ntriples(remove, graph_iri, graph.serialize(format="nt", encoding="utf-8"))
        return len(graph)

    def store_ntriples(self, remove: Iterable[str], graph_iri: str, data: bytes) -> None:
        """Write N-Triples ``data`` as the named graph ``graph_iri`` in place of the graphs ``remove``.

        The new graph is loaded before the old ones go, so a load that fails
        leaves the document's previous graph in place.
        """
        self._check()
        remove = list(remove)
        old = [iri for iri in remove if iri != graph_iri]
        if graph_iri in remove:
            self.remove_graphs([graph_iri])
        if old and not (self._prune_all or self._remerge or self._recount):
            came = self._parse(graph_iri, data)
            if came is not None:
                self._replace(old, graph_iri, data, came)
                return
        # The generation is private until commit, so the bulk loader (no transaction,
        # several times faster on a large store) is safe: what a bad input leaves
        # half-loaded is removed again, and a disk error abandons the generation.
        try:
            self._store.bulk_load(data, ox.RdfFormat.N_TRIPLES, to_graph=ox.NamedNode(graph_iri))
        except OSError as exc:
            raise self._failed(exc, f"cannot store graph {graph_iri}") from None
        except (SyntaxError, ValueError) as exc:
            try:
                self.oxigraph.remove_graph(ox.NamedNode(graph_iri))
            except OSError as os_exc:
                raise self._failed(os_exc, f"cannot remove graph {graph_iri}") from None
            raise store_error(exc, f"cannot store graph {graph_iri}") from None
        self._merge_in(graph_iri, data)
        self.remove_graphs(old)

    def patch_graph(self, graph_iri: str, remove: bytes, add: bytes) -> None:
        """Take the N-Triples ``remove`` out of the named graph ``graph_iri`` and put ``add`` in.

        For a few triples of a large graph (the tracking graph after one edition
        changed): rewriting the graph would cost what it holds, this costs what
        changes.  The merge and the counts follow, as for a whole graph.
        """
        self._check()
        graph = ox.NamedNode(graph_iri)
        held = self._graph_quads.get(graph_iri, 0)
        try:
            for t in ox.parse(remove, format=ox.RdfFormat.N_TRIPLES):
                quad = ox.Quad(t.subject, t.predicate, t.object, graph)
                if quad not in self.oxigraph:
                    continue
                self.oxigraph.remove(quad)
                held -= 1
                self._leave_merge(t)
            for t in ox.parse(add, format=ox.RdfFormat.N_TRIPLES):
                quad = ox.Quad(t.subject, t.predicate, t.object, graph)
                if quad in self.oxigraph:
                    continue
                self.oxigraph.add(quad)
                held += 1
                self._join_merge(t)
        except OSError as exc:
            raise self._failed(exc, f"cannot change graph {graph_iri}") from None
        except (SyntaxError, ValueError) as exc:
            raise store_error(exc, f"cannot change graph {graph_iri}") from None
        self._graph_quads[graph_iri] = held

    def remove_graphs(self, iris: Iterable[str]) -> None:
        self._check()
        for iri in iris:
            node = ox.NamedNode(iri)
            try:
                if iri in self._graph_quads or any(
                    True for _ in self.oxigraph.quads_for_pattern(None, None, None, node)
                ):
                    self._merge_out(iri)
                self.oxigraph.remove_graph(node)
            except OSError as exc:
                raise self._failed(exc, f"cannot remove graph {iri}") from None
            self._graph_quads.pop(iri, None)

    def load(self, data: bytes, fmt: ox.RdfFormat, graph_iri: str | None) -> None:
        """Parse RDF into ``graph_iri`` (or keep a dataset's own graphs); never fetches anything."""
        self._check()
        target = ox.NamedNode(graph_iri) if graph_iri else None
        try:
            if fmt.supports_datasets and target is None:
                self.oxigraph.load(data, fmt)
                self._remerge = True  # graphs of names only the data knows
            else:
                self.oxigraph.load(data, fmt, to_graph=target or ox.DefaultGraph())
                if target is None:
                    self._remerge = True  # the merge is made from the named graphs only
        except SyntaxError as exc:
            raise StoreError(f"not valid {fmt.name}: {exc}") from None
        except OSError as exc:
            raise self._failed(exc, "cannot store the loaded data") from None
        if graph_iri and not self._remerge:
            self._merge_in(graph_iri)

    def commit(self) -> Path:
        """Finish the merge, flush, close and atomically make this generation the current one."""
        self.finish_merge()
        try:
            self.oxigraph.flush()
        except OSError as exc:
            raise self._failed(exc, f"{self.path}: cannot flush the store") from None
        stats = stats_path(self.path)
        try:
            stats.write_text(
                json.dumps({"graphs": self._graph_quads, "types": self.type_counts()}, ensure_ascii=False),
                encoding="utf-8",
            )
        except OSError as exc:
            stats.unlink(missing_ok=True)
            raise self._failed(exc, f"cannot write {stats.name}") from None
        del self._store
        try:
            self.generations.swap_in(self.path)
        except OSError as exc:
            raise write_error(exc, self.data_dir, f"cannot make {self.path.name} current") from None
        self.finished = True
        self._prune()
        return self.path

    def discard(self) -> None:
        if not self.finished:
            self._waiting = []
            with contextlib.suppress(AttributeError):
                del self._store
            shutil.rmtree(self.path, ignore_errors=True)
            self.finished = True

    def _prune(self) -> None:
        previous = {self.previous.name} if self.previous is not None else set()
        self.generations.prune({self.path.name, *previous})


@contextlib.contextmanager
def writing(data_dir: Path, *, locked: bool = False) -> Iterator[StoreWriter]:
    """Lock the data folder and open a new generation; commit only on a clean exit.

    ``locked``: the caller already holds the :class:`BuildLock` (flock is per open
    file, so taking it twice in one process would fail).
    """
    with contextlib.nullcontext() if locked else BuildLock(data_dir):
        writer = StoreWriter(data_dir)
        try:
            yield writer
            if not writer.finished:
                writer.commit()
        except BaseException:
            writer.discard()
            raise
