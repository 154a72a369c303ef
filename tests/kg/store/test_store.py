from __future__ import annotations

import threading
from pathlib import Path

import pytest
from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import XSD

from kg.errors import StoreLockedError, StoreMissingError
from kg.store.formats import format_from_name
from kg.store.reader import ReadStore, current_generation
from kg.store.writer import BuildLock, writing
from tests.conftest import SAMPLE_IDS

G1 = "https://w3id.org/policykg/id/graph/a/1"


def stored_graph(store: ReadStore, graph_iri: str) -> Graph:
    """A named graph read back through rdflib's API.

    oxrdflib hands back plain literals typed xsd:string; in RDF 1.1 they are the
    same term, but rdflib compares them as different, so fold them back.
    """
    result = Graph()
    for s, p, o in Graph(store=store.dataset.store, identifier=URIRef(graph_iri)):
        if isinstance(o, Literal) and o.datatype == XSD.string:
            o = Literal(str(o))
        result.add((s, p, o))
    return result


def small_graph(label: str) -> Graph:
    g = Graph()
    g.add((URIRef("https://w3id.org/policykg/id/x"), URIRef("http://www.w3.org/2000/01/rdf-schema#label"),
           Literal(label, lang="ja")))  # fmt: skip
    return g


def test_missing_store(tmp_path: Path) -> None:
    with pytest.raises(StoreMissingError, match="no built store"):
        ReadStore(tmp_path)


def test_commit_swaps_generation_and_keeps_two(tmp_path: Path) -> None:
    for n in range(4):
        with writing(tmp_path) as w:
            w.replace_graphs([G1], G1, small_graph(f"版{n}"))
    generation = current_generation(tmp_path)
    assert generation is not None and generation.name == "gen-000004"
    assert sorted(p.name for p in (tmp_path / "store").glob("gen-*")) == ["gen-000003", "gen-000004"]
    rows = ReadStore(tmp_path).select("SELECT ?l WHERE { ?s rdfs:label ?l }")
    assert rows == [{"l": "版3"}]


def test_failed_write_leaves_the_current_generation(tmp_path: Path) -> None:
    with writing(tmp_path) as w:
        w.replace_graphs([], G1, small_graph("元"))
    before = current_generation(tmp_path)
    with pytest.raises(RuntimeError), writing(tmp_path) as w:
        w.replace_graphs([G1], G1, small_graph("新"))
        raise RuntimeError("interrupted")
    assert current_generation(tmp_path) == before
    assert ReadStore(tmp_path).select("SELECT ?l WHERE { ?s rdfs:label ?l }") == [{"l": "元"}]
    assert sorted(p.name for p in (tmp_path / "store").glob("gen-*")) == ["gen-000001"]


def test_reader_sees_old_generation_until_reopened(tmp_path: Path) -> None:
    with writing(tmp_path) as w:
        w.replace_graphs([], G1, small_graph("旧"))
    reader = ReadStore(tmp_path)
    with writing(tmp_path) as w:
        w.replace_graphs([G1], G1, small_graph("新"))
    assert reader.is_stale()
    assert reader.select("SELECT ?l WHERE { ?s rdfs:label ?l }") == [{"l": "旧"}]
    assert ReadStore(tmp_path).select("SELECT ?l WHERE { ?s rdfs:label ?l }") == [{"l": "新"}]


def test_second_build_fails_fast(tmp_path: Path) -> None:
    entered = threading.Event()
    release = threading.Event()

    def hold() -> None:
        with BuildLock(tmp_path):
            entered.set()
            release.wait(10)

    t = threading.Thread(target=hold)
    t.start()
    try:
        assert entered.wait(10)
        # flock is per open file description, so a second open in this process conflicts too
        with pytest.raises(StoreLockedError, match="another build is running"), writing(tmp_path):
            pass
    finally:
        release.set()
        t.join()


@pytest.mark.parametrize("fmt", ["turtle", "nt", "nq", "trig", "jsonld"])
def test_dump_round_trips(built: object, fmt: str, tmp_path: Path) -> None:
    from kg.settings import Settings

    assert isinstance(built, Settings)
    store = ReadStore(built.data_dir)
    out = tmp_path / f"dump.{fmt}"
    with out.open("wb") as fh:
        store.dump(fh, format_from_name(fmt))
    rdflib_format = {"turtle": "turtle", "nt": "nt", "nq": "nquads", "trig": "trig", "jsonld": "json-ld"}[fmt]
    if fmt in {"nq", "trig", "jsonld"}:
        parsed = Dataset()
        parsed.parse(out, format=rdflib_format)
        named = {str(g.identifier) for g in parsed.graphs() if len(g)}
        assert set(store.named_graphs()) <= named | {"urn:x-rdflib:default"}
        assert len(store.named_graphs()) == len(SAMPLE_IDS) + 1  # the documents and the ontology
        for graph_iri in store.named_graphs():
            expected = stored_graph(store, graph_iri)
            assert len(expected) > 0
            assert isomorphic(parsed.graph(URIRef(graph_iri)), expected), graph_iri
    else:
        parsed_graph = Graph().parse(out, format=rdflib_format)
        merged = Graph()
        for graph_iri in store.named_graphs():
            merged += stored_graph(store, graph_iri)
        assert isomorphic(parsed_graph, merged)


def test_select_answers_are_kept_per_generation(tmp_path: Path) -> None:
    with writing(tmp_path) as w:
        w.replace_graphs([], G1, small_graph("初版"))
    reader = ReadStore(tmp_path)
    query = "SELECT ?l WHERE { ?s rdfs:label ?l }"
    first = reader.select(query)
    first[0]["l"] = "changed by a caller"
    assert reader.select(query) == [{"l": "初版"}], "a caller's change must not reach the kept answer"
    with writing(tmp_path) as w:
        w.replace_graphs([G1], G1, small_graph("第二版"))
    assert reader.select(query) == [{"l": "初版"}], "an open view answers from its own generation"
    assert ReadStore(tmp_path).select(query) == [{"l": "第二版"}]
