"""The store of the current app, kept in its ``extensions`` and reopened when a build
swaps in a new generation.
"""

from __future__ import annotations

import logging
import threading
import time
import weakref
from collections.abc import Callable

from kg.errors import PolicyKGError
from kg.settings import Settings
from kg.store.backend import GraphReader
from kg.store.reader import ReadStore
from kg.store.remote import RemoteStore

# how often a server looks for a new generation to read ahead (a link read: nothing to the store)
WATCH_SECONDS = 2.0
_log = logging.getLogger(__name__)


class StoreHolder:
    """The read-only store: the remote SPARQL endpoint when one is set, else the embedded
    store, reopened when a build swaps in a new generation."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self._store: GraphReader | None = None
        self._lock = threading.Lock()

    def _open(self) -> GraphReader:
        if self.settings.sparql_endpoint:
            return RemoteStore(self.settings.sparql_endpoint, self.settings.query_timeout_s)
        return ReadStore(self.settings.data_dir)

    def get(self) -> GraphReader:
        with self._lock:
            if self._store is None or self._store.is_stale():
                self._store = self._open()
            return self._store

    def keep_warm(
        self, warm: Callable[[GraphReader], object], every: float = WATCH_SECONDS
    ) -> threading.Thread:
        """Run ``warm`` on the store in a thread of its own, now and whenever a build has swapped in a new
        generation (looked for every ``every`` seconds), so that no request waits for what it reads
        ahead; the thread ends with the holder."""
        ref = weakref.ref(self)

        def run() -> None:
            warmed: tuple[int, str] | None = None
            while (holder := ref()) is not None:
                try:
                    store = holder.get()
                    seen = (id(store), str(getattr(store, "generation", "")))
                    if seen != warmed:
                        warmed = seen
                        warm(store)
                except PolicyKGError as exc:  # no build yet, or a store that cannot be read now
                    _log.debug("nothing read ahead: %s", exc)
                del holder
                time.sleep(every)

        thread = threading.Thread(target=run, name="policykg-store-warm", daemon=True)
        thread.start()
        return thread


def store() -> GraphReader:
    """The store of the current app (inside a request)."""
    from flask import current_app

    holder: StoreHolder = current_app.extensions["policykg.store"]
    return holder.get()
