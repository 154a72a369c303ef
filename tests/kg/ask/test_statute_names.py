"""A law asked by a common abbreviation (the statute book's list) that no document writes; the names read
from a small Oxigraph store."""

from __future__ import annotations

import pyoxigraph as ox

from kg.ask.names import Lexicon
from kg.rdf.namespaces import PREFIXES

ROAD_TRAFFIC = "https://w3id.org/policykg/id/law/road-traffic-act"


class _Store:
    def __init__(self, turtle: str) -> None:
        self.store = ox.Store()
        prefixes = "".join(f"@prefix {p}: <{iri}> .\n" for p, iri in PREFIXES.items())
        self.store.load((prefixes + turtle).encode(), format=ox.RdfFormat.TURTLE)

    def select(self, sparql: str) -> list[dict[str, str]]:
        result = self.store.query(sparql, prefixes=PREFIXES)
        assert isinstance(result, ox.QuerySolutions)
        names = [v.value for v in result.variables]
        return [
            {n: t.value for n, t in zip(names, row, strict=True) if t is not None}  # type: ignore[union-attr]
            for row in result
        ]


def test_a_law_asked_by_the_abbreviation_of_the_statute_book() -> None:
    # the document writes the title alone; 道交法 is the statute book's abbreviation of 道路交通法
    store = _Store(f'<{ROAD_TRAFFIC}> a pol:Law ; rdfs:label "道路交通法"@ja .')
    lexicon = Lexicon.from_store(store)
    assert [e.iri for e in lexicon.called("道交法")] == [ROAD_TRAFFIC]
    # a law the book has no abbreviation for gets none
    assert lexicon.called("道路法") == ()
