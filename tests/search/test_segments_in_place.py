"""A change to one document deletes its old passages where they are and writes the new ones as a
small segment: the segments that held it are not copied, and searches answer as a full build does.

Real builds (on-disk Oxigraph store, Whoosh index) of the seed report and the guidebook.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from whoosh import index as whoosh_index

import search.segments as segments
from kg.build import build
from kg.settings import Settings
from search.engine import Filters, search
from search.index import current_generation, holder
from tests.conftest import SEED, needs_gif
from tests.search.test_golden import GOLDEN
from tests.search.test_incremental import (
    NEW,
    NEW_PHRASE,
    OLD,
    OLD_PHRASE,
    _all,
    _edit_seed,
    _full_copy,
    _hits,
    _meta,
    data,
)

pytestmark = needs_gif
__all__ = ["data"]


def _segment_files(settings: Settings) -> dict[str, tuple[int, int]]:
    """Each segment file of the current generation (not the table of contents) with its inode and size."""
    generation = current_generation(settings.data_dir)
    assert generation is not None
    return {p.name: (p.stat().st_ino, p.stat().st_size) for p in generation.iterdir() if p.suffix == ".seg"}


def _leaves(settings: Settings) -> list[tuple[int, int]]:
    """(passages, deleted passages) of each segment of the current generation."""
    generation = current_generation(settings.data_dir)
    assert generation is not None
    with whoosh_index.open_dir(str(generation)).reader() as reader:
        return [
            (leaf.doc_count_all(), leaf.doc_count_all() - leaf.doc_count())
            for leaf, _ in reader.leaf_readers()
        ]


def _same_answers(ours: Settings, full: Settings) -> None:
    # Each segment left, kept or written by the change has its postings as arrays, and no other does.
    generation = current_generation(ours.data_dir)
    assert generation is not None
    arrays = {p.name.removesuffix(".arrays") for p in generation.glob("*.arrays")}
    assert arrays == {p.stem for p in generation.glob("*.seg")}
    assert holder(ours.data_dir).get().postings.mapped
    for query, filters, _ in GOLDEN:
        chosen = Filters.of(**filters)
        assert _hits(ours, query, chosen) == _hits(full, query, chosen), query
    for query in ("マイナンバー", "電子証明書", "データ連携", "デジタル庁", NEW_PHRASE, OLD_PHRASE):
        assert search(ours, query).total == search(full, query).total, query
        assert search(ours, query).facets == search(full, query).facets, query
        # The same scores, to the last bit: the deleted passages count in no figure of BM25F
        # (their exact lengths are recorded), and each passage keeps its own length.
        mine = [(h.iri, h.score) for h in _all(ours, query)]
        theirs = [(h.iri, h.score) for h in _all(full, query)]
        assert sorted(mine) == sorted(theirs), query


def test_a_change_leaves_the_segments_in_place(
    data: Settings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Here the two documents share one segment, the seed most of it; at 1,000 documents a
    # segment holds a dozen.  Kept however much of it is deleted, the segment shows the deletions.
    monkeypatch.setattr(segments, "MOSTLY_DELETED", 1.0)
    before = _segment_files(data)
    assert before
    _edit_seed(data.corpus_dir)
    assert not build(data).failed
    assert _meta(data)["incremental"] is True

    after = _segment_files(data)
    # Every segment file of the previous generation is still there, the same file (a hard
    # link, not a copy), and one small segment holds the seed's new passages.
    assert {name: after[name] for name in before} == before
    assert len(after) == len(before) + 1
    leaves = _leaves(data)
    seed_passages = leaves[-1][0]
    assert leaves[-1][1] == 0
    assert sum(deleted for _, deleted in leaves) == seed_passages  # its old version, marked deleted

    assert _hits(data, NEW_PHRASE) and not _hits(data, OLD_PHRASE)
    _same_answers(data, _full_copy(data, tmp_path))


def test_small_segments_are_merged_now_and_then(
    data: Settings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(segments, "SMALL_SEGMENTS", 3)
    path = data.corpus_dir / SEED.name
    text = path.read_text(encoding="utf-8")
    assert text.count(OLD) == 1
    counts = []
    for n in range(4):
        path.write_text(text.replace(OLD, NEW.replace("冗長化試験", f"冗長化試験{n}回目")), encoding="utf-8")
        assert not build(data).failed
        counts.append(len(_leaves(data)))
    # Two documents, one segment each at first: the first change leaves both (the seed's
    # emptied one is merged away as mostly deleted) and adds one; once three small ones
    # stand, they become one.
    assert max(counts) <= 3, counts
    assert _hits(data, '"冗長化試験3回目"') and not _hits(data, '"冗長化試験2回目"')
    _same_answers(data, _full_copy(data, tmp_path))
