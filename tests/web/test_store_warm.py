"""A server reads ahead what the first question by words would read (the names of the store and the
labels of its issues, measures and progress updates), in a thread of its own, and again after a build."""

from __future__ import annotations

import gc
import threading

from kg.settings import Settings
from kg.store.backend import GraphReader
from search.ask import WARMED_CLASSES, lexicon_for, warm
from tests.conftest import settings_for
from web.stores import StoreHolder


def test_the_labels_are_read_ahead_in_the_background(built: Settings) -> None:
    holder = StoreHolder(built)
    warmed = threading.Event()
    seconds: list[float] = []

    def record(store: GraphReader) -> None:
        seconds.append(warm(store))
        warmed.set()

    thread = holder.keep_warm(record, every=0.05)
    assert warmed.wait(60)
    labels = lexicon_for(holder.get()).labels
    assert labels is not None and all(labels.is_read(cls) for cls in WARMED_CLASSES)
    assert len(seconds) == 1  # the same generation is not read twice
    del holder
    gc.collect()
    thread.join(5)
    assert not thread.is_alive()  # the thread ends with the holder


def test_no_build_yet_is_no_error(built: Settings) -> None:
    empty = settings_for(built.data_dir.parent / "nothing-built-here")
    holder = StoreHolder(empty)
    calls: list[GraphReader] = []
    thread = holder.keep_warm(calls.append, every=0.05)
    thread.join(0.3)
    assert thread.is_alive() and calls == []  # it waits for a build, and reads nothing meanwhile
    del holder
    gc.collect()
    thread.join(5)
    assert not thread.is_alive()
