"""The embedded store read: the current generation opened read-only through rdflib,
its answers cached per generation, and the counts a build kept beside it.
"""

from __future__ import annotations

import functools
import json
import threading
from collections import OrderedDict
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

import pyoxigraph as ox
from rdflib import Dataset, Graph, URIRef
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID
from rdflib.query import Result

from kg import budget
from kg.errors import StoreError, StoreMissingError
from kg.rdf.namespaces import PREFIXES
from kg.store.generations import Generations

SELECT_CACHE_SIZE = 1024  # answers kept per open generation (pages ask the same few queries)


def store_root(data_dir: Path) -> Path:
    return data_dir / "store"


def generations(data_dir: Path) -> Generations:
    return Generations(store_root(data_dir))


def current_generation(data_dir: Path) -> Path | None:
    """The generation folder readers use, or None when nothing was built."""
    return generations(data_dir).current()


def stats_path(generation: Path) -> Path:
    """The file in ``generation`` with its graphs' quad counts and its type counts."""
    return generation / "policykg-stats.json"


def read_stats(generation: Path | None) -> dict[str, dict[str, int]] | None:
    """``{"graphs": {iri: quads}, "types": {class iri: subjects}}``, or None when not kept."""
    if generation is None:
        return None
    try:
        data = json.loads(stats_path(generation).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict) or not all(isinstance(data.get(k), dict) for k in ("graphs", "types")):
        return None
    return {"graphs": dict(data["graphs"]), "types": dict(data["types"])}


def store_error(exc: Exception, what: str) -> StoreError:
    return StoreError(f"{what}: {exc}")


class ReadStore:
    """A read-only view of the current generation, through rdflib's API."""

    def __init__(self, data_dir: Path) -> None:
        self.data_dir = data_dir
        generation = current_generation(data_dir)
        if generation is None:
            raise StoreMissingError(
                f"{data_dir}: no built store here; run `policykg build --data {data_dir}` first"
            )
        self.generation = generation
        try:
            self.oxigraph = ox.Store.read_only(str(generation))
        except OSError as exc:
            raise store_error(exc, f"{generation}: cannot open the store") from None
        self._select_cache: OrderedDict[str, list[dict[str, str]]] = OrderedDict()
        self._cache_lock = threading.Lock()

    @functools.cached_property
    def dataset(self) -> Dataset:
        """The store through rdflib's API, made when first asked for: what reads plain rows
        (:meth:`select`, a build's index step) never imports rdflib's SPARQL engine."""
        from oxrdflib import OxigraphStore

        dataset = Dataset(store=OxigraphStore(store=self.oxigraph))
        for prefix, ns in PREFIXES.items():
            dataset.bind(prefix, ns, override=True)
        return dataset

    @functools.cached_property
    def default_graph(self) -> Graph:
        """A graph bound to the store's default graph (the merge), which is what Oxigraph
        evaluates the queries of :meth:`query` on."""
        return Graph(store=self.dataset.store, identifier=DATASET_DEFAULT_GRAPH_ID)

    def is_stale(self) -> bool:
        """True when a build has swapped in a newer generation since this one was opened."""
        return current_generation(self.data_dir) != self.generation

    def query(self, sparql: str, **kwargs: Any) -> Result:
        """Run a SPARQL query on the merged default graph with the project's prefixes."""
        try:
            return self.default_graph.query(sparql, **kwargs)
        except (SyntaxError, ValueError, OSError) as exc:
            raise store_error(exc, "query failed") from None

    def select(self, sparql: str) -> list[dict[str, str]]:
        """Rows of a SELECT as plain strings (unbound variables are left out).

        Read straight from Oxigraph: the pages ask for plain strings, and wrapping
        every term in an rdflib object first costs more than the query itself.
        A generation never changes, so answers are kept (least recently used
        first out) for as long as this view is open.
        """
        with self._cache_lock:
            cached = self._select_cache.get(sparql)
            if cached is not None:
                self._select_cache.move_to_end(sparql)
                return [dict(row) for row in cached]
        rows = self._select(sparql)
        with self._cache_lock:
            self._select_cache[sparql] = rows
            while len(self._select_cache) > SELECT_CACHE_SIZE:
                self._select_cache.popitem(last=False)
        return [dict(row) for row in rows]

    def _select(self, sparql: str) -> list[dict[str, str]]:
        try:
            result = self.oxigraph.query(sparql, prefixes=PREFIXES)
        except (SyntaxError, ValueError, OSError) as exc:
            raise store_error(exc, "query failed") from None
        if not isinstance(result, ox.QuerySolutions):
            raise StoreError("select() needs a SELECT query")
        names = [v.value for v in result.variables]
        rows = []
        # Oxigraph finds the rows as they are read: checking the budget while
        # reading stops a long query once its page has run out of time.
        for n, solution in enumerate(result):
            if n % 256 == 0:
                budget.check()
            rows.append(
                {name: _plain(term) for name, term in zip(names, solution, strict=True) if term is not None}
            )
        return rows

    def construct(self, sparql: str) -> Graph:
        """The graph a CONSTRUCT or DESCRIBE query returns."""
        result = self.query(sparql)
        if result.graph is None:
            raise StoreError("construct() needs a CONSTRUCT or DESCRIBE query")
        graph = Graph()
        for prefix, ns in PREFIXES.items():
            graph.bind(prefix, ns, override=True)
        graph += result.graph
        return graph

    def ask(self, sparql: str) -> bool:
        """The answer of an ASK query."""
        result = self.query(sparql)
        if result.type != "ASK" or result.askAnswer is None:
            raise StoreError("ask() needs an ASK query")
        return bool(result.askAnswer)

    def named_graphs(self) -> list[str]:
        return sorted(g.value for g in self.oxigraph.named_graphs() if isinstance(g, ox.NamedNode))

    def __len__(self) -> int:
        stats = read_stats(self.generation)
        if stats is not None:
            return sum(stats["graphs"].values())
        return named_quad_count(self.oxigraph)

    def dump(self, out: IO[bytes], fmt: ox.RdfFormat) -> None:
        """Write the graph: dataset formats get the named graphs, triple formats their merge."""
        try:
            if fmt.supports_datasets:
                ox.serialize(named_quads(self.oxigraph), out, fmt, prefixes=PREFIXES)
            else:
                self.oxigraph.dump(out, fmt, from_graph=ox.DefaultGraph(), prefixes=PREFIXES)
        except OSError as exc:
            if exc.errno is not None:
                raise  # the output refused the bytes: the caller names it
            raise store_error(exc, "dump failed") from None
        except ValueError as exc:
            raise store_error(exc, "dump failed") from None


def _plain(term: object) -> str:
    """A term as the string rdflib's str() gives: the IRI, the lexical form, the blank node id."""
    if isinstance(term, ox.NamedNode | ox.Literal | ox.BlankNode):
        return term.value
    return str(term)


def named_quads(store: ox.Store) -> Iterator[ox.Quad]:
    """Every quad of the named graphs (the default graph is derived from them)."""
    for quad in store.quads_for_pattern(None, None, None):
        if not isinstance(quad.graph_name, ox.DefaultGraph):
            yield quad


def named_quad_count(store: ox.Store) -> int:
    return sum(1 for _ in named_quads(store))


def uri(value: str) -> URIRef:
    return URIRef(value)
