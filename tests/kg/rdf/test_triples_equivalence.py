"""The triples the build stores are the triples of the rdflib graph, term for term."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.compare import isomorphic

from kg.extract.extraction import extract
from kg.extract.nlp import extract as extract_one
from kg.extract.nlp import extract_many, may_name_law_or_agency
from kg.rdf.mapping import build_graph, build_triples
from kg.rdf.triples import DocumentMeta, Triples
from kg.read import read_document
from tests.conftest import GIF, GIF_ID, SEED, SEED_ID, needs_gif

SEED_META = DocumentMeta(
    SEED_ID, "フォローアップ", "デジタル庁", dt.date(2021, 10, 22), None, None, "s.txt", "sha256:0"
)
# Source, licence and a guessed flag too, so every optional document triple is written.
GIF_META = DocumentMeta(
    GIF_ID, "GIF", None, dt.date(2022, 5, 9), "https://x.test/", "CC0", "g.md", "sha256:1", True
)
DOCUMENTS = [
    pytest.param(SEED, SEED_META, id=SEED_ID),
    pytest.param(GIF, GIF_META, id=GIF_ID, marks=needs_gif),
]


@pytest.mark.parametrize(("source", "meta"), DOCUMENTS)
def test_ntriples_are_the_graph(source: Path, meta: DocumentMeta) -> None:
    doc = read_document(source)
    found = extract(doc, meta.date or dt.date.today())
    graph = build_graph(meta, doc, found)
    triples = build_triples(meta, doc, found)
    parsed = Graph().parse(data=triples.ntriples().decode("utf-8"), format="nt")
    assert len(triples) == len(graph)
    assert isomorphic(parsed, graph)


@pytest.mark.parametrize(
    "literal",
    [
        Literal('引用符"と\\と\n改行\rと\tタブ', lang="ja"),
        Literal("1.5", datatype=URIRef("http://www.w3.org/2001/XMLSchema#decimal")),
        Literal(True),
        Literal("plain"),
    ],
)
def test_literals_round_trip(literal: Literal) -> None:
    triples = Triples().add((URIRef("https://x.test/s"), URIRef("https://x.test/p"), literal))
    parsed = Graph().parse(data=triples.ntriples().decode("utf-8"), format="nt")
    assert list(parsed.objects()) == [literal]


def test_a_repeated_triple_is_kept_once() -> None:
    s, p = URIRef("https://x.test/s"), URIRef("https://x.test/p")
    triples = Triples().add((s, p, Literal("一"))).add((s, p, Literal("一")))
    assert len(triples) == 1
    assert (s, p, Literal("一")) in triples


@pytest.mark.parametrize(
    ("text", "may_name"),
    [
        ("マイナポイントの付与を順次実施", False),
        ("デジタル庁において検討", True),
        ("J-LISの体制強化", True),
        ("番号法の改正", True),
        ("法制審議会に諮問", True),
        ("令和3年度中に開始", True),  # 令 is a trigger; the rulers then find nothing
    ],
)
def test_the_trigger_filter(text: str, may_name: bool) -> None:
    assert may_name_law_or_agency(text) is may_name


def test_many_texts_give_what_each_text_gives() -> None:
    lines = [line for line in SEED.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert extract_many(lines) == [extract_one(line) for line in lines]
