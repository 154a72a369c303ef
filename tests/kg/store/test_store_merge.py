"""The default graph stays the set-union of the named graphs as graphs come and go.

The store keeps the merge (and the counts the build report shows) up to date
graph by graph; each test checks the result against a merge and counts
recomputed here from the named graphs alone.
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

import pyoxigraph as ox
import pytest

from kg.store.reader import current_generation, read_stats, stats_path
from kg.store.writer import writing

EX = "https://example.org/"
TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"


def nt(*triples: tuple[str, str, str]) -> bytes:
    return "".join(
        f"<{EX}{s}> <{p if p.startswith('http') else EX + p}> <{EX}{o}> .\n" for s, p, o in triples
    ).encode()


def check_merge(data: Path) -> dict[str, dict[str, int]]:
    """Assert the stored merge and counts equal those recomputed from the named graphs."""
    generation = current_generation(data)
    assert generation is not None
    store = ox.Store.read_only(str(generation))
    named: set[tuple[str, str, str]] = set()
    per_graph: dict[str, int] = defaultdict(int)
    default: set[tuple[str, str, str]] = set()
    for q in store.quads_for_pattern(None, None, None):
        triple = (str(q.subject), str(q.predicate), str(q.object))
        if isinstance(q.graph_name, ox.DefaultGraph):
            default.add(triple)
        else:
            named.add(triple)
            per_graph[q.graph_name.value] += 1
    assert default == named
    types: dict[str, set[str]] = defaultdict(set)
    for s, p, o in named:
        if p == f"<{TYPE}>":
            types[o.strip("<>")].add(s)
    stats = read_stats(generation)
    assert stats is not None
    assert stats["graphs"] == dict(per_graph)
    assert stats["types"] == {t: len(s) for t, s in types.items()}
    return stats


def test_a_triple_another_graph_holds_stays_in_the_merge(tmp_path: Path) -> None:
    with writing(tmp_path) as w:
        w.store_ntriples(
            [], f"{EX}g/a1", nt(("x", TYPE, "Law"), ("x", "label", "shared"), ("a", "only", "a1"))
        )
        w.store_ntriples([], f"{EX}g/b", nt(("x", TYPE, "Law"), ("x", "label", "shared"), ("b", "only", "b")))
    stats = check_merge(tmp_path)
    assert stats["types"] == {f"{EX}Law": 1}
    # a1 becomes a2: the shared triples stay (b holds them), a1's own triple goes.
    with writing(tmp_path) as w:
        w.store_ntriples([f"{EX}g/a1"], f"{EX}g/a2", nt(("a", "only", "a2"), ("y", TYPE, "Law")))
    stats = check_merge(tmp_path)
    assert stats["types"] == {f"{EX}Law": 2}
    assert set(stats["graphs"]) == {f"{EX}g/a2", f"{EX}g/b"}
    with writing(tmp_path) as w:
        w.remove_graphs([f"{EX}g/b"])
    stats = check_merge(tmp_path)
    assert stats["types"] == {f"{EX}Law": 1}  # x was typed only by b now
    assert stats["graphs"] == {f"{EX}g/a2": 2}


def test_a_graph_stored_again_under_its_own_name(tmp_path: Path) -> None:
    with writing(tmp_path) as w:
        w.store_ntriples([], f"{EX}g/a", nt(("x", TYPE, "Law"), ("x", "p", "old")))
    with writing(tmp_path) as w:
        w.store_ntriples([f"{EX}g/a"], f"{EX}g/a", nt(("x", TYPE, "Law"), ("x", "p", "new")))
    stats = check_merge(tmp_path)
    assert stats["types"] == {f"{EX}Law": 1}


def test_many_removals_in_one_build_prune_in_one_pass(tmp_path: Path) -> None:
    graphs = [f"{EX}g/{n}" for n in range(40)]
    with writing(tmp_path) as w:
        for n, g in enumerate(graphs):
            w.store_ntriples(
                [], g, nt((f"d{n}", TYPE, "Doc"), ("all", TYPE, "Shared"), (f"d{n}", "n", f"v{n % 3}"))
            )
    check_merge(tmp_path)
    with writing(tmp_path) as w:  # more removals than are pruned one by one
        for n, g in enumerate(graphs):
            if n % 2:
                w.store_ntriples([g], g + "/v2", nt((f"d{n}", TYPE, "Doc"), (f"d{n}", "n", "changed")))
            else:
                w.remove_graphs([g])
    stats = check_merge(tmp_path)
    assert stats["types"] == {f"{EX}Doc": 20}


def test_many_graphs_in_one_build_are_counted_in_one_pass(tmp_path: Path) -> None:
    # Past the graphs counted one by one, the subjects of each type are counted at commit;
    # a subject typed the same in every graph is one subject of that type.
    with writing(tmp_path) as w:
        for n in range(40):
            w.store_ntriples([], f"{EX}g/{n}", nt((f"d{n}", TYPE, "Doc"), ("all", TYPE, "Shared")))
        w.finish_merge()
        assert w.type_counts() == {f"{EX}Doc": 40, f"{EX}Shared": 1}
    assert check_merge(tmp_path)["types"] == {f"{EX}Doc": 40, f"{EX}Shared": 1}
    with writing(tmp_path) as w:  # one graph more: counted on its own, from the counts kept
        w.store_ntriples([], f"{EX}g/40", nt(("d40", TYPE, "Doc"), ("all", TYPE, "Shared")))
    assert check_merge(tmp_path)["types"] == {f"{EX}Doc": 41, f"{EX}Shared": 1}


def test_graphs_merged_together_are_in_the_merge_whenever_it_is_read(tmp_path: Path) -> None:
    # Past the graphs counted one by one, their triples join the merge in one load; a query,
    # a removal or a graph replaced in between must still find every graph stored before it.
    with writing(tmp_path) as w:
        w.expect_graphs(30)
        for n in range(20):
            w.store_ntriples([], f"{EX}g/{n}", nt((f"d{n}", TYPE, "Doc"), ("all", "p", "shared")))
        merged = f"ASK {{ <{EX}d19> a <{EX}Doc> . <{EX}all> <{EX}p> <{EX}shared> }}"
        assert w.oxigraph.query(merged)
        w.store_ntriples([], f"{EX}g/20", nt(("d20", TYPE, "Doc"), ("only", "p", "twenty")))
        w.remove_graphs([f"{EX}g/20"])
        assert not w.oxigraph.query(f"ASK {{ <{EX}only> ?p ?o }}")
        w.store_ntriples([], f"{EX}g/21", nt(("d21", TYPE, "Doc"), ("x", "p", "old")))
        w.store_ntriples([f"{EX}g/21"], f"{EX}g/22", nt(("d21", TYPE, "Doc"), ("x", "p", "new")))
    stats = check_merge(tmp_path)
    assert stats["types"] == {f"{EX}Doc": 21}
    assert set(stats["graphs"]) == {f"{EX}g/{n}" for n in (*range(20), 22)}


def test_a_generation_without_counts_is_recounted(tmp_path: Path) -> None:
    with writing(tmp_path) as w:
        w.store_ntriples([], f"{EX}g/a", nt(("x", TYPE, "Law"), ("x", "p", "a")))
        w.store_ntriples([], f"{EX}g/b", nt(("y", TYPE, "Law"), ("y", "p", "b")))
    generation = current_generation(tmp_path)
    assert generation is not None
    stats_path(generation).unlink()  # as a generation made before the counts were kept
    with writing(tmp_path) as w:
        assert w.quad_count() == 4
        w.remove_graphs([f"{EX}g/a"])
    stats = check_merge(tmp_path)
    assert stats["types"] == {f"{EX}Law": 1}


def test_a_dataset_loaded_with_its_own_graph_names_is_merged(tmp_path: Path) -> None:
    with writing(tmp_path) as w:
        w.store_ntriples([], f"{EX}g/a", nt(("x", "p", "a")))
    quads = f"<{EX}s> <{EX}p> <{EX}o> <{EX}g/loaded> .\n<{EX}x> <{EX}p> <{EX}a> <{EX}g/other> .\n"
    with writing(tmp_path) as w:
        w.load(quads.encode(), ox.RdfFormat.N_QUADS, None)
        assert w.quad_count() == 3
    stats = check_merge(tmp_path)
    assert sum(stats["graphs"].values()) == 3


def test_a_failed_build_leaves_the_counts_of_the_previous_one(tmp_path: Path) -> None:
    with writing(tmp_path) as w:
        w.store_ntriples([], f"{EX}g/a", nt(("x", TYPE, "Law")))
    before = read_stats(current_generation(tmp_path))
    with pytest.raises(RuntimeError), writing(tmp_path) as w:
        w.store_ntriples([f"{EX}g/a"], f"{EX}g/b", nt(("y", TYPE, "Act"), ("z", TYPE, "Act")))
        raise RuntimeError("interrupted")
    assert read_stats(current_generation(tmp_path)) == before
    check_merge(tmp_path)


def test_a_graph_that_fails_to_parse_leaves_nothing_half_loaded(tmp_path: Path) -> None:
    from kg.errors import StoreError

    with writing(tmp_path) as w:
        w.store_ntriples([], f"{EX}g/a1", nt(("x", TYPE, "Law"), ("x", "p", "a1")))
    good_then_bad = nt(*((f"s{n}", "p", "o") for n in range(500))) + b"<broken line\n"
    with writing(tmp_path) as w:
        with pytest.raises(StoreError, match=f"cannot store graph {EX}g/a2"):
            w.store_ntriples([f"{EX}g/a1"], f"{EX}g/a2", good_then_bad)
        assert w.quad_count() == 2
    stats = check_merge(tmp_path)
    assert stats["graphs"] == {f"{EX}g/a1": 2}


def test_triples_loaded_into_no_named_graph_do_not_stay_in_the_merge(tmp_path: Path) -> None:
    # The default graph is the merge of the named graphs and nothing else, as it always was.
    with writing(tmp_path) as w:
        w.store_ntriples([], f"{EX}g/a", nt(("x", "p", "a")))
    with writing(tmp_path) as w:
        w.load(nt(("y", "p", "b")), ox.RdfFormat.N_TRIPLES, None)
    stats = check_merge(tmp_path)
    assert stats["graphs"] == {f"{EX}g/a": 1}


def test_a_document_graph_replaced_by_its_next_version(tmp_path: Path) -> None:
    # What a changed document does: the new graph holds most of the old one's triples.
    kept = [(f"k{n}", "p", f"v{n}") for n in range(50)]
    with writing(tmp_path) as w:
        w.store_ntriples(
            [], f"{EX}g/a1", nt(*kept, ("x", TYPE, "Law"), ("y", TYPE, "Act"), ("a", "only", "a1"))
        )
        w.store_ntriples([], f"{EX}g/b", nt(("y", TYPE, "Act"), ("k0", "p", "v0")))
    with writing(tmp_path) as w:
        # x is typed no more, y stays typed by b, z is new; k0 and k1 leave the graph, and k0
        # stays in the merge (b holds it); a line given twice is one triple.
        again = nt(*kept[2:], ("z", TYPE, "Act"), ("a", "only", "a2"), ("a", "only", "a2"))
        w.store_ntriples([f"{EX}g/a1"], f"{EX}g/a2", again)
        assert w.quad_count() == 48 + 2 + 2
    stats = check_merge(tmp_path)
    assert stats["types"] == {f"{EX}Act": 2}
    assert stats["graphs"] == {f"{EX}g/a2": 50, f"{EX}g/b": 2}
