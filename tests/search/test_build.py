"""Index builds: skipped when the store is unchanged, swapped in atomically, one at a time."""

from __future__ import annotations

import shutil
import threading
from pathlib import Path

import pytest

import search.build as search_build
from kg.errors import SearchError
from kg.settings import Settings
from search.build import build_index, index_step
from search.engine import search
from search.index import IndexLock, current_generation
from tests.conftest import SEED, settings_for


@pytest.fixture
def data_copy(built: Settings, tmp_path: Path) -> Settings:
    """A private copy of the built store (no index yet)."""
    target = tmp_path / "data"
    shutil.copytree(built.data_dir / "store", target / "store", symlinks=True)
    return settings_for(target)


def test_build_then_skip_while_the_store_is_unchanged(data_copy: Settings) -> None:
    first = build_index(data_copy)
    assert first.built and first.passages > 300
    generation = current_generation(data_copy.data_dir)
    assert generation is not None and generation.name == first.generation
    assert not build_index(data_copy).built
    assert current_generation(data_copy.data_dir) == generation
    assert build_index(data_copy, force=True).built
    assert current_generation(data_copy.data_dir) != generation


def test_index_step_adds_no_warnings_for_the_sample_corpus(data_copy: Settings) -> None:
    class Report:
        warnings: list[str]

    report = Report()
    report.warnings = []
    index_step(data_copy, report)
    assert report.warnings == []
    assert search(data_copy, "登記").total >= 2


def test_a_second_build_fails_fast(data_copy: Settings) -> None:
    with IndexLock(data_copy.data_dir), pytest.raises(SearchError, match="another search index build"):
        build_index(data_copy)


def test_readers_see_the_old_index_until_the_new_one_is_complete(
    data_copy: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    build_index(data_copy)
    before = current_generation(data_copy.data_dir)
    old_total = search(data_copy, "登記").total
    halfway = threading.Event()
    resume = threading.Event()
    real_collect = search_build.collect

    def slow_collect(*args: object, **kwargs: object) -> object:
        passages, vocab, warnings = real_collect(*args, **kwargs)  # type: ignore[arg-type]

        def trickle():  # type: ignore[no-untyped-def]
            for n, passage in enumerate(passages):
                if n == len(passages) // 2:
                    halfway.set()
                    assert resume.wait(30)
                yield passage

        return _Sized(trickle(), len(passages)), vocab, warnings

    monkeypatch.setattr(search_build, "collect", slow_collect)
    errors: list[BaseException] = []

    def rebuild() -> None:
        try:
            build_index(data_copy, force=True)
        except BaseException as exc:  # re-raised below
            errors.append(exc)

    thread = threading.Thread(target=rebuild)
    thread.start()
    try:
        assert halfway.wait(30)
        # half-way through writing: readers still get the old, complete index
        assert current_generation(data_copy.data_dir) == before
        assert search(data_copy, "登記").total == old_total
        # and a second build is refused at once
        with pytest.raises(SearchError):
            build_index(data_copy, force=True)
    finally:
        resume.set()
        thread.join(60)
    assert not errors
    after = current_generation(data_copy.data_dir)
    assert after is not None and after != before
    assert search(data_copy, "登記").total == old_total


class _Sized:
    """An iterator that also knows its length, as the list it replaces did."""

    def __init__(self, it: object, n: int) -> None:
        self._it = it
        self._n = n

    def __iter__(self) -> object:
        return self._it

    def __len__(self) -> int:
        return self._n


def test_no_store_no_index(tmp_path: Path) -> None:
    from kg.errors import StoreMissingError

    with pytest.raises(StoreMissingError):
        build_index(settings_for(tmp_path / "empty"))
    with pytest.raises(StoreMissingError):
        search(settings_for(tmp_path / "empty"), "登記")


def test_documents_are_read_with_the_builds_limits(
    data_copy: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The reader's own default stands below the seed's size here; the settings' limit does not.
    import kg.read

    defaults = kg.read.read_document.__kwdefaults__
    assert defaults is not None
    monkeypatch.setitem(defaults, "max_bytes", 1_000)
    with pytest.raises(Exception, match="limit"):
        kg.read.read_document(SEED)
    report = build_index(data_copy)
    assert report.built and not [w for w in report.warnings if "only its items are indexed" in w]
    assert search(data_copy, "登記").total >= 2  # a paragraph of the seed, not an item
