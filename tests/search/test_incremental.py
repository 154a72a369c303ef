"""Index builds after a change: only changed documents are written again, with a full build's answers."""

from __future__ import annotations

import shutil
from pathlib import Path

import pyoxigraph as ox
import pytest

import search.build as search_build
import search.plan as plan
import search.segments as segments
from kg.build import build
from kg.settings import Settings
from kg.store import reader as store_reader
from kg.store import writer as kg_store
from search import synonyms
from search.build import build_index
from search.engine import Filters, Hit, search
from search.index import current_generation, read_meta
from search.passages import entity_digests
from tests.conftest import GIF, GIF_ID, SEED, SEED_ID, needs_gif, settings_for
from tests.search.test_golden import GOLDEN

pytestmark = needs_gif

OLD = "カード発行能力を330万枚から420万枚に増強"
NEW = "カード発行能力を330万枚から冗長化試験の枚数に増強"
NEW_PHRASE = '"冗長化試験"'
OLD_PHRASE = '"420万枚"'
# Queries that find passages of the guidebook, which the changes here leave alone.
GIF_QUERIES = ("データ", "ガイドブック", "データ連携", "標準")
PAGE = 200
LAW = "https://w3id.org/policykg/id/law/jpki-act"
BUNDLE = "https://w3id.org/policykg/id/law/digital-reform-acts"
MEMBER = "https://w3id.org/policykg/id/law/digital-society-improvement-act"
NEW_LAW_LABEL = "公的個人認証法改称試験"


@pytest.fixture
def data(built: Settings, corpus_copy: Path, tmp_path: Path) -> Settings:
    """A private copy of the session's built data folder (store and index) over a corpus copy."""
    target = tmp_path / "data"
    shutil.copytree(built.data_dir, target, symlinks=True)
    return settings_for(target, corpus_copy)


def _meta(settings: Settings) -> dict[str, object]:
    generation = current_generation(settings.data_dir)
    assert generation is not None
    built_from = read_meta(generation)["built_from"]
    assert isinstance(built_from, dict)
    return built_from


def _all(settings: Settings, query: str, filters: Filters | None = None) -> list[Hit]:
    hits: list[Hit] = []
    page = 1
    while True:
        result = search(settings, query, filters, page=page, page_size=PAGE)
        hits.extend(result.hits)
        if page >= result.pages:
            return hits
        page += 1


def _hits(settings: Settings, query: str, filters: Filters | None = None) -> set[tuple[str, int, str]]:
    return {(h.document, h.line, h.iri) for h in _all(settings, query, filters)}


def _gif_hits(settings: Settings) -> dict[str, set[tuple[str, int, str]]]:
    return {q: {h for h in _hits(settings, q) if h[0] == GIF_ID} for q in GIF_QUERIES}


def _edit_seed(corpus: Path) -> None:
    path = corpus / SEED.name
    text = path.read_text(encoding="utf-8")
    assert text.count(OLD) == 1
    path.write_text(text.replace(OLD, NEW), encoding="utf-8")


def _settle(settings: Settings) -> None:
    """Index the copy once, so that the stamps recorded are of the corpus copy's files."""
    assert build_index(settings).built
    assert not build_index(settings).built


def _add_to_store(settings: Settings, ntriples: str) -> None:
    """A change to the store that no document's content hash shows, as another graph's labels would be."""
    with kg_store.writing(settings.data_dir) as writer:
        writer.load(ntriples.encode("utf-8"), ox.RdfFormat.N_TRIPLES, "https://example.org/test-graph")


def _same_as_full(settings: Settings, tmp_path: Path) -> None:
    full = _full_copy(settings, tmp_path)
    assert _meta(full)["digests"] == _meta(settings)["digests"]
    for query, filters, _ in GOLDEN:
        chosen = Filters.of(**filters)
        assert _hits(settings, query, chosen) == _hits(full, query, chosen), query


def _full_copy(settings: Settings, tmp_path: Path) -> Settings:
    """The same store indexed from scratch, to compare with."""
    target = tmp_path / "full"
    shutil.copytree(settings.data_dir, target, symlinks=True)
    full = settings_for(target, settings.corpus_dir)
    assert not build_index(full, force=True).incremental
    return full


def test_the_built_index_records_what_it_was_built_from(data: Settings) -> None:
    built_from = _meta(data)
    digests = built_from["digests"]
    hashes = built_from["hashes"]
    assert isinstance(digests, dict) and set(digests) == {SEED_ID, GIF_ID}
    assert isinstance(hashes, dict) and set(hashes) == {SEED_ID, GIF_ID}
    assert str(built_from["store"]).startswith("gen-")


def test_one_changed_line_rewrites_one_document(data: Settings, tmp_path: Path) -> None:
    assert (SEED_ID, 26) in {(d, n) for d, n, _ in _hits(data, OLD_PHRASE)}
    assert not _hits(data, NEW_PHRASE)
    gif_before = _gif_hits(data)
    assert any(gif_before.values())

    _edit_seed(data.corpus_dir)
    report = build(data)
    assert not report.failed and not report.step_failures, report.to_text()

    built_from = _meta(data)
    assert built_from["incremental"] is True
    assert built_from["changed"] == [SEED_ID]
    assert built_from["removed"] == []
    found = _hits(data, NEW_PHRASE)
    assert found and {(d, n) for d, n, _ in found} == {(SEED_ID, 26)}
    assert (SEED_ID, 26) not in {(d, n) for d, n, _ in _hits(data, OLD_PHRASE)}
    assert _gif_hits(data) == gif_before

    full = _full_copy(data, tmp_path)
    for query, filters, _ in GOLDEN:
        chosen = Filters.of(**filters)
        assert _hits(data, query, chosen) == _hits(full, query, chosen), query
    for query in (NEW_PHRASE, OLD_PHRASE, *GIF_QUERIES):
        assert search(data, query).total == search(full, query).total, query


def test_scores_match_a_full_build(data: Settings, tmp_path: Path) -> None:
    # A merge sums the byte-rounded field lengths Whoosh keeps per passage, so the
    # average length, and with it every score, moves by a fraction of a percent.
    _edit_seed(data.corpus_dir)
    assert not build(data).failed
    assert _meta(data)["incremental"] is True
    full = _full_copy(data, tmp_path)
    for query in ("マイナンバー", "電子証明書", "データ連携"):
        ours = {h.iri: h.score for h in _all(data, query)}
        theirs = {h.iri: h.score for h in _all(full, query)}
        assert ours.keys() == theirs.keys(), query
        assert all(ours[iri] == pytest.approx(score, rel=0.01) for iri, score in theirs.items()), query


def test_a_removed_document_disappears(data: Settings) -> None:
    assert any(d == GIF_ID for d, _, _ in _hits(data, "データ"))
    (data.corpus_dir / GIF.name).unlink()
    manifest = data.corpus_dir / "manifest.toml"
    text = manifest.read_text(encoding="utf-8")
    manifest.write_text(text[: text.index(f'[[document]]\nid = "{GIF_ID}"')], encoding="utf-8")
    report = build(data, prune=True)
    assert not report.failed, report.to_text()
    built_from = _meta(data)
    assert built_from["incremental"] is True
    assert built_from["removed"] == [GIF_ID]
    assert built_from["changed"] == []
    assert not any(d == GIF_ID for d, _, _ in _hits(data, "データ"))
    assert _hits(data, "マイナンバー")


def test_an_unchanged_store_writes_nothing(data: Settings) -> None:
    # The copy's store counts as another one (it is named by its inode), with the same passages.
    first = build_index(data)
    assert first.built and first.incremental and first.reindexed == 0
    before = current_generation(data.data_dir)
    assert not build_index(data).built
    assert current_generation(data.data_dir) == before


def test_a_curated_synonym_change_forces_a_full_build(
    data: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = synonyms.curated_groups
    monkeypatch.setattr(search_build, "curated_groups", lambda: [*real(), ("冗長化試験", "耐障害試験")])
    monkeypatch.setattr(plan, "curated_groups", lambda: [*real(), ("冗長化試験", "耐障害試験")])
    _edit_seed(data.corpus_dir)
    assert not build(data).failed
    built_from = _meta(data)
    assert built_from["incremental"] is False
    assert _hits(data, NEW_PHRASE)


def test_a_schema_change_forces_a_full_build(data: Settings, monkeypatch: pytest.MonkeyPatch) -> None:
    generation = current_generation(data.data_dir)
    assert generation is not None
    monkeypatch.setattr(search_build, "SCHEMA_VERSION", "test")
    monkeypatch.setattr(plan, "SCHEMA_VERSION", "test")
    _edit_seed(data.corpus_dir)
    report = build_index(data, force=False)
    assert report.built and not report.incremental
    assert read_meta(generation)["schema"] != "test"


def test_a_damaged_previous_generation_falls_back_to_a_full_build(data: Settings) -> None:
    generation = current_generation(data.data_dir)
    assert generation is not None
    for toc in generation.glob("_MAIN_*.toc"):
        toc.write_bytes(b"\0" * 64)
    _edit_seed(data.corpus_dir)
    report = build(data)
    assert not report.failed, report.to_text()
    assert _meta(data)["incremental"] is False
    assert _hits(data, NEW_PHRASE)
    assert any("full build" in w for w in report.warnings), report.warnings


def test_the_previous_generation_is_left_as_it_was(data: Settings) -> None:
    generation = current_generation(data.data_dir)
    assert generation is not None
    files = {p.name: p.read_bytes() for p in generation.iterdir()}
    _edit_seed(data.corpus_dir)
    assert not build(data).failed
    assert _meta(data)["incremental"] is True
    assert {p.name: p.read_bytes() for p in generation.iterdir()} == files


def test_only_the_changed_document_is_read(data: Settings, tmp_path: Path) -> None:
    _settle(data)
    _edit_seed(data.corpus_dir)
    assert not build(data).failed
    built_from = _meta(data)
    assert built_from["incremental"] is True
    assert built_from["read"] == [SEED_ID]
    assert built_from["changed"] == [SEED_ID]
    digests = built_from["digests"]
    assert isinstance(digests, dict) and set(digests) == {SEED_ID, GIF_ID}
    assert _hits(data, NEW_PHRASE)
    _same_as_full(data, tmp_path)


def test_an_unchanged_store_generation_reads_nothing(data: Settings) -> None:
    _settle(data)
    # A new store generation with the same graphs: nothing to read, nothing to write.
    _add_to_store(data, "")
    report = build_index(data)
    assert report.built and report.incremental
    assert (report.read, report.reindexed) == (0, 0)
    assert _meta(data)["read"] == []


def test_a_touched_file_is_read_again(data: Settings) -> None:
    _settle(data)
    path = data.corpus_dir / GIF.name
    path.write_bytes(path.read_bytes())  # same bytes, new modification time
    _add_to_store(data, "")
    report = build_index(data)
    assert report.incremental and report.read == 1 and report.reindexed == 0
    assert _meta(data)["read"] == [GIF_ID]


def test_a_changed_law_label_rereads_the_documents_that_link_to_it(data: Settings, tmp_path: Path) -> None:
    _settle(data)
    assert not _hits(data, "", Filters.of(laws=[NEW_LAW_LABEL]))
    _add_to_store(data, f'<{LAW}> <http://www.w3.org/2000/01/rdf-schema#label> "{NEW_LAW_LABEL}" .\n')
    report = build_index(data)
    assert report.incremental and report.read == 1 and report.reindexed == 1
    built_from = _meta(data)
    # The guidebook links to no law, so it is not read.
    assert built_from["read"] == built_from["changed"] == [SEED_ID]
    assert {d for d, _, _ in _hits(data, "", Filters.of(laws=[NEW_LAW_LABEL]))} == {SEED_ID}
    _same_as_full(data, tmp_path)


def test_a_bundle_label_reaches_the_documents_linking_to_its_members(data: Settings) -> None:
    _settle(data)
    before = entity_digests(store_reader.ReadStore(data.data_dir))
    assert BUNDLE in before and MEMBER in before
    _add_to_store(data, f'<{BUNDLE}> <http://www.w3.org/2000/01/rdf-schema#label> "{NEW_LAW_LABEL}" .\n')
    after = entity_digests(store_reader.ReadStore(data.data_dir))
    assert after[BUNDLE] != before[BUNDLE] and after[MEMBER] != before[MEMBER]
    assert after[LAW] == before[LAW]
    report = build_index(data)
    assert report.incremental and _meta(data)["read"] == [SEED_ID]


def test_a_removed_document_is_not_read(data: Settings) -> None:
    _settle(data)
    (data.corpus_dir / GIF.name).unlink()
    manifest = data.corpus_dir / "manifest.toml"
    text = manifest.read_text(encoding="utf-8")
    manifest.write_text(text[: text.index(f'[[document]]\nid = "{GIF_ID}"')], encoding="utf-8")
    assert not build(data, prune=True).failed
    built_from = _meta(data)
    assert built_from["incremental"] is True
    assert (built_from["read"], built_from["removed"]) == ([], [GIF_ID])
    digests, counts = built_from["digests"], built_from["counts"]
    assert isinstance(digests, dict) and isinstance(counts, dict)
    assert set(digests) == set(counts) == {SEED_ID}
    assert not any(d == GIF_ID for d, _, _ in _hits(data, "データ"))


def test_a_damaged_previous_generation_after_a_partial_read_reads_everything(
    data: Settings, tmp_path: Path
) -> None:
    _settle(data)
    generation = current_generation(data.data_dir)
    assert generation is not None
    for toc in generation.glob("_MAIN_*.toc"):
        toc.write_bytes(b"\0" * 64)
    _edit_seed(data.corpus_dir)
    report = build(data)
    assert not report.failed, report.to_text()
    built_from = _meta(data)
    assert built_from["incremental"] is False
    assert built_from["read"] == sorted([GIF_ID, SEED_ID])
    assert any("full build" in w for w in report.warnings), report.warnings
    _same_as_full(data, tmp_path)


def test_documents_a_forced_store_build_extracted_again_are_read_again(data: Settings) -> None:
    # Their content hashes stay; only the store build knows it wrote their graphs again.
    _settle(data)
    report = build(data, force=True)
    assert not report.failed, report.to_text()
    assert _meta(data)["read"] == sorted([GIF_ID, SEED_ID])


def _segments(settings: Settings) -> int:
    from whoosh import index as whoosh_index

    generation = current_generation(settings.data_dir)
    assert generation is not None
    with whoosh_index.open_dir(str(generation)).reader() as reader:
        return len(reader.leaf_readers())


def test_segments_written_in_parallel_answer_as_one_process_does(
    data: Settings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(segments, "SEGMENT_MIN", 100)
    monkeypatch.setattr(segments, "SEGMENT_MAX", 150)
    monkeypatch.setattr(segments, "PARALLEL_MIN", 10**9)
    sequential = _full_copy(data, tmp_path)
    monkeypatch.setattr(segments, "PARALLEL_MIN", 0)
    monkeypatch.setattr(segments, "cores", lambda: 2)
    assert not build_index(data, force=True).incremental
    assert _segments(data) == _segments(sequential) == 2  # one run per document here
    for query in ("マイナンバー", "電子証明書", "データ連携", "デジタル庁"):
        ours = [(h.iri, h.score) for h in _all(data, query)]
        assert ours == [(h.iri, h.score) for h in _all(sequential, query)], query
    # The next change is applied to the parallel build like to any other.
    _edit_seed(data.corpus_dir)
    assert not build(data).failed
    assert _meta(data)["incremental"] is True
    assert _hits(data, NEW_PHRASE) and not _hits(data, OLD_PHRASE)
