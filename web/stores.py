"""The store of the current app, kept in its ``extensions`` and reopened when a build
swaps in a new generation.
"""

from __future__ import annotations

import threading

from kg.settings import Settings
from kg.store.backend import GraphReader
from kg.store.reader import ReadStore
from kg.store.remote import RemoteStore


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


def store() -> GraphReader:
    """The store of the current app (inside a request)."""
    from flask import current_app

    holder: StoreHolder = current_app.extensions["policykg.store"]
    return holder.get()
