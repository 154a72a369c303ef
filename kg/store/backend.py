"""The one small interface every reader of the graph goes through.

Two stores fit it: :class:`kg.store.reader.ReadStore` (the embedded Oxigraph store in
the data folder) and :class:`kg.store.remote.RemoteStore` (any SPARQL 1.1 Protocol
endpoint: an Oxigraph server, Fuseki, Virtuoso, QLever).  Code above the store
(the web pages, the exports) is written against :class:`GraphReader`, so it
never needs to know which one it has.

Both answer with the default graph as the merge of every named graph, and both
know the project's prefixes (``pol:``, ``oa:`` …) without PREFIX lines.
"""

from __future__ import annotations

from typing import Protocol, runtime_checkable

from rdflib import Graph


@runtime_checkable
class GraphReader(Protocol):
    """Read access to the graph: the SPARQL query forms, the named graphs and freshness."""

    def select(self, sparql: str) -> list[dict[str, str]]:
        """Rows of a SELECT as plain strings (lexical forms and IRIs; unbound variables left out)."""
        ...

    def construct(self, sparql: str) -> Graph:
        """The graph a CONSTRUCT or DESCRIBE query returns."""
        ...

    def ask(self, sparql: str) -> bool:
        """The answer of an ASK query."""
        ...

    def named_graphs(self) -> list[str]:
        """The IRIs of the named graphs, sorted."""
        ...

    def is_stale(self) -> bool:
        """True when the holder should open the store again to see newer data."""
        ...
