"""Benchmark: `policykg diff` of two 1,000-item editions, and the compare page on the sample.

Run with `.venv/bin/python bench/track_bench.py`.  Prints:

1. the diff of two generated editions of 1,000 items each (50 issues, 500 measures,
   450 progress updates; the later edition rewords 50 titles, moves 50 dates,
   drops 20 items, adds 20 and renumbers a theme's issues), read from an on-disk
   store: cold (a store opened afresh, nothing cached) and the matching and
   changes alone, median of several runs;
2. the compare page of the seed report against its edition by the tests' 30
   edits (tests/kg/track/editions.py; needs the shared seed report), built into a
   temporary data folder: the first request (cold) and the median of the next ones.
"""

from __future__ import annotations

import platform
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from rdflib import Graph, Literal, URIRef  # noqa: E402

from kg.rdf import iris  # noqa: E402
from kg.rdf.namespaces import DCTERMS, OA, POL, PROV, RDF, RDFS, XSD  # noqa: E402
from kg.read.corpus import Entry  # noqa: E402
from kg.settings import load_settings  # noqa: E402
from kg.store.reader import ReadStore  # noqa: E402
from kg.store.writer import writing  # noqa: E402
from kg.track.diff import compare, diff  # noqa: E402
from kg.track.editions import OxigraphSelects, load_snapshot  # noqa: E402
from kg.track.graph import track_graph  # noqa: E402
from kg.track.rdf import TRACK_GRAPH  # noqa: E402

RUNS = 5
PHRASES = [
    "マイナンバーカードの機能強化",
    "自治体の業務システムの標準化",
    "マイナポータルの利便性向上",
    "公金受取口座の登録の推進",
    "電子証明書のスマートフォンへの搭載",
    "情報連携に係るアーキテクチャの見直し",
    "ガバメントクラウドの活用",
    "デジタル人材の確保・育成",
]


def median_seconds(fn: Callable[[], object], runs: int = RUNS) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def edition_graph(doc_id: str, year: int, later: bool) -> Graph:
    """A generated edition: 50 issues under 5 themes, 10 measures and 9 progress updates each."""
    g = Graph()
    doc = iris.document(doc_id)
    g.add((doc, RDF.type, POL.Document))
    g.add((doc, POL.documentId, Literal(doc_id)))
    g.add((doc, DCTERMS.title, Literal("生成した報告書フォローアップ")))
    g.add((doc, RDFS.label, Literal("生成した報告書フォローアップ", lang="ja")))
    g.add((doc, DCTERMS.issued, Literal(f"{year}-10-01", datatype=XSD.date)))
    line = 0

    def item(
        cls: str, key: str, label: str, issue: URIRef | None, number: str | None, month: int | None
    ) -> None:
        nonlocal line
        line += 1
        node = iris.in_document(doc_id, cls.lower(), key)
        g.add((node, RDF.type, getattr(POL, cls)))
        g.add((node, RDFS.label, Literal(label, lang="ja")))
        g.add((node, PROV.wasDerivedFrom, doc))
        if number:
            g.add((node, POL.number, Literal(number)))
        if issue is not None:
            g.add((node, POL.addressesIssue, issue))
        ann = URIRef(f"{node}#ann")
        g.add((ann, OA.hasBody, node))
        g.add((ann, POL.line, Literal(line)))
        if month is not None:
            when = URIRef(f"{node}/when/0")
            g.add((node, POL.when, when))
            g.add((when, POL.dateText, Literal(f"3年{month}月")))
            g.add((when, POL.start, Literal(f"2021-{month:02d}", datatype=XSD.gYearMonth)))

    n = 0
    for t in range(1, 6):
        for i in range(1, 11):
            number = f"{t}.{(i % 10) + 1 if later and t == 2 else i}"  # theme 2 renumbered
            issue_key = f"{t}-{i}"
            issue = iris.in_document(doc_id, "issue", issue_key)
            item("Issue", issue_key, f"{PHRASES[(t + i) % 8]}に関する課題（{t}-{i}）", None, number, None)
            g.add((issue, POL.number, Literal(number)))
            for m in range(19):
                n += 1
                cls = "Measure" if m < 10 else "ProgressUpdate"
                label = f"{PHRASES[n % 8]}のための取組 第{n}号"
                if later and n % 20 == 0:
                    label = f"{PHRASES[n % 8]}のための新たな取組 第{n}号"  # reworded
                if later and n % 50 == 7:
                    continue  # dropped
                month = (n % 12) + 1 if cls == "ProgressUpdate" else None
                if later and month is not None and n % 19 == 11:
                    month = month % 12 + 1  # moved a month later
                item(cls, f"{issue_key}-{m}", label, issue, None, month)
                if later and n % 50 == 8:
                    item(cls, f"{issue_key}-{m}-new", f"追加された取組 第{n}号", issue, None, month)
    return g


def generated_diff() -> None:
    with tempfile.TemporaryDirectory(prefix="policykg-track-bench-") as tmp:
        data = Path(tmp) / "data"
        entries = [
            Entry("gen-2021", Path("a"), series="gen"),
            Entry("gen-2022", Path("b"), follows="gen-2021"),
        ]
        with writing(data) as writer:
            for doc_id, year, later in (("gen-2021", 2021, False), ("gen-2022", 2022, True)):
                writer.replace_graphs(
                    [], str(iris.graph(doc_id, "sha256:" + doc_id)), edition_graph(doc_id, year, later)
                )
            writer.finish_merge()
            start = time.perf_counter()
            tracking = track_graph(OxigraphSelects(writer.oxigraph), entries)
            build_s = time.perf_counter() - start
            writer.store_ntriples([], TRACK_GRAPH, tracking.ntriples())
            writer.finish_merge()
        store = ReadStore(data)
        old, new = load_snapshot(store, "gen-2021"), load_snapshot(store, "gen-2022")
        result = compare(old, new)
        sizes = f"{len(old.items)} and {len(new.items)} items"
        print(f"editions: {sizes}; {len(result.changes)} changes {result.summary}")
        cold = median_seconds(lambda: diff(ReadStore(data), "gen-2021", "gen-2022"))
        memory = median_seconds(lambda: compare(old, new))
        print(f"diff from the store, cold (store opened afresh): {cold:.3f} s (median of {RUNS})")
        print(f"matching and changes alone: {memory:.3f} s")
        triples = len(tracking.series) + sum(len(lines) for lines in tracking.pairs.values())
        print(f"tracking graph at build time (both read and matched, {triples} triples): {build_s:.3f} s")


def compare_page() -> None:
    from tests.kg.track.editions import NEXT_ID, SEED_ID, build_editions
    from web import create_app

    with tempfile.TemporaryDirectory(prefix="policykg-compare-bench-") as tmp:
        start = time.perf_counter()
        settings = build_editions(Path(tmp))
        print(
            f"sample built (seed report, its edition by 30 edits, a renumbered one, a note): "
            f"{time.perf_counter() - start:.1f} s"
        )
        settings = load_settings(env={}, config_path=None, overrides={"data_dir": settings.data_dir})
        client = create_app(settings).test_client()
        url = f"/compare?from={SEED_ID}&to={NEXT_ID}"
        start = time.perf_counter()
        response = client.get(url, headers={"Accept": "text/html"})
        cold = time.perf_counter() - start
        assert response.status_code == 200, response.status_code
        fresh = []
        for _ in range(RUNS):
            app_client = create_app(settings).test_client()  # a new app: nothing cached
            start = time.perf_counter()
            app_client.get(url, headers={"Accept": "text/html"})
            fresh.append(time.perf_counter() - start)
        median = statistics.median(fresh)
        print(f"compare page {url}: first request {cold:.3f} s; fresh app each time, median {median:.3f} s")


def main() -> None:
    print(f"# track bench — {platform.machine()}, Python {platform.python_version()}")
    generated_diff()
    compare_page()


if __name__ == "__main__":
    main()
