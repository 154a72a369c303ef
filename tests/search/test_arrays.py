"""Each segment's text postings as arrays beside it: the same documents and weights as Whoosh's
segment holds, term by term, kept in step with the segments, and searches that answer the same
whether the postings are read from the arrays or from Whoosh's blocks (an index without arrays)."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from whoosh import index as whoosh_index
from whoosh.reading import SegmentReader

import search.postings as postings
from kg.settings import Settings
from search.arrays import ARRAYS_EXT, SegmentArrays, arrays_path, term_hash
from search.engine import search
from search.index import TEXT_FIELD, current_generation, holder, schema
from search.postings import Evaluator, Postings
from search.segments import _SegmentWriter
from tests.search.test_postings import QUERIES
from tests.search.test_segment_writer import DOCUMENTS


def _check_segment(index: Any, segment: Any) -> int:
    """Assert the segment's arrays hold its text postings; how many terms it has."""
    arrays = SegmentArrays(arrays_path(Path(index.storage.folder), segment.segment_id()))
    reader = SegmentReader(index.storage, index.schema, segment)
    try:
        terms = [t for f, t in reader.all_terms() if f == TEXT_FIELD]
        assert arrays.count == len(terms)
        for term in terms:
            found = arrays.find(term, term_hash(term))
            assert found is not None, term
            lo, hi = found
            matcher = reader.postings(TEXT_FIELD, term)
            ids, weights = [], []
            while matcher.is_active():
                ids.append(matcher.id())
                weights.append(matcher.weight())
                matcher.next()
            assert arrays.ids[lo:hi].tolist() == ids, term
            assert arrays.weights[lo:hi].tolist() == np.array(weights, np.float32).tolist(), term
        # A word no passage has, and a field's word that is not the text's.
        assert arrays.find("住民票".encode(), term_hash("住民票".encode())) is None
        assert arrays.find("デジタル庁".encode(), term_hash("デジタル庁".encode())) is None
        return len(terms)
    finally:
        reader.close()


def _arrays_files(folder: Path) -> set[str]:
    return {p.name.removesuffix(ARRAYS_EXT) for p in folder.iterdir() if p.name.endswith(ARRAYS_EXT)}


def test_a_segment_has_its_postings_as_arrays(tmp_path: Path) -> None:
    index = whoosh_index.create_in(str(tmp_path), schema())
    writer = _SegmentWriter(index)
    for fields in DOCUMENTS[:2]:
        writer.add_document(**fields)
    writer.commit(merge=False)
    (first,) = index._segments()
    assert _check_segment(index, first) > 10

    # A second segment, then both merged into one (Whoosh's merge copies postings through the
    # writer's pool): the merged segment has its arrays, the dropped ones' go with them.
    writer = _SegmentWriter(index)
    for fields in DOCUMENTS[2:]:
        writer.add_document(**fields)
    writer.commit(merge=False)
    assert _arrays_files(tmp_path) == {s.segment_id() for s in index._segments()}
    writer = _SegmentWriter(index)
    writer.delete_by_term("key", "a#1")
    writer.commit(optimize=True)
    (merged,) = index._segments()
    assert merged.doc_count_all() == len(DOCUMENTS) - 1
    _check_segment(index, merged)
    assert _arrays_files(tmp_path) == {merged.segment_id()}


def test_deleted_passages_are_left_out_as_whoosh_leaves_them(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    index = whoosh_index.create_in(str(tmp_path), schema())
    for part in (DOCUMENTS[:2], DOCUMENTS[2:]):
        writer = _SegmentWriter(index)
        for fields in part:
            writer.add_document(**fields)
        writer.commit(merge=False)
    writer = _SegmentWriter(index)
    writer.delete_by_term("key", "b#2")  # the second segment's 端末を整備する。
    writer.commit(merge=False)
    with index.reader() as reader:
        assert reader.has_deletions()
        mapped = Postings(reader, TEXT_FIELD, folder=tmp_path)
        blocks = Postings(reader, TEXT_FIELD)
        assert mapped.mapped and not blocks.mapped
        words = {t.decode() for f, t in reader.all_terms() if f == TEXT_FIELD}
        for word in sorted(words):
            ours, theirs = mapped.term(reader, word).hits, blocks.term(reader, word).hits
            assert ours.ids.tolist() == theirs.ids.tolist(), word
            assert ours.scores.tolist() == theirs.scores.tolist(), word
            assert mapped.frequency(reader, word) == blocks.frequency(reader, word), word
        assert mapped.term(reader, "整備").hits.ids.tolist() == [1]
        # The analyser drops the particle: 端末 and 整備 stand next to each other.
        assert mapped.phrase(reader, ("端末", "整備")).ids.tolist() == [1]
        assert blocks.phrase(reader, ("端末", "整備")).ids.tolist() == [1]
        # Past a few documents a phrase reads its words' positions whole: the same matches.
        monkeypatch.setattr(postings, "PHRASE_SKIPS", 0)
        whole = Postings(reader, TEXT_FIELD, folder=tmp_path)
        assert whole.phrase(reader, ("端末", "整備")).ids.tolist() == [1]
        assert whole.phrase(reader, ("すくーる", "端末")).ids.tolist() == [1]


def test_an_index_without_arrays_answers_the_same(indexed: Settings, tmp_path: Path) -> None:
    # A private copy: the session's built folder is shared and must not change.
    old = indexed.replace(data_dir=tmp_path / "data")
    shutil.copytree(indexed.data_dir, old.data_dir, symlinks=True)
    generation = current_generation(old.data_dir)
    assert generation is not None
    assert _arrays_files(generation) == {p.stem for p in generation.glob("*.seg")}
    for path in generation.glob("*" + ARRAYS_EXT):
        path.unlink()  # as the code before wrote it
    with (
        holder(indexed.data_dir).searcher() as (new_index, new_searcher),
        holder(old.data_dir).searcher() as (old_index, old_searcher),
    ):
        assert new_index.postings.mapped and not old_index.postings.mapped
        for text in QUERIES:
            new = search(indexed, text, page_size=20)
            before = search(old, text, page_size=20)
            assert [(h.iri, h.score, h.snippet) for h in new.hits] == [
                (h.iri, h.score, h.snippet) for h in before.hits
            ], text
            assert (new.total, new.facets) == (before.total, before.facets), text
        docs = list(range(min(40, new_searcher.doc_count_all())))
        words = ["マイナンバー", "カード", "登記", "整備"]
        assert Evaluator(new_index.postings, new_searcher).spans(docs, words) == Evaluator(
            old_index.postings, old_searcher
        ).spans(docs, words)
