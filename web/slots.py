"""How many SPARQL requests may be in flight: per client address, and in all.

Takes client addresses (:mod:`web.clients`) and the limits; gives a context
manager that holds a slot for one request or refuses at once with 429 (this
client has too many running) or 503 (every query worker is busy), both with
``Retry-After``.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Iterator

from werkzeug.exceptions import ServiceUnavailable, TooManyRequests


class ClientSlots:
    """Counts the SPARQL requests in flight, per client address and in all.

    Past ``limit`` for one client the answer is 429; past ``total`` in all it is
    503, at once: a request never waits for a query worker while holding one of
    the server's threads, so slow queries cannot take the threads that pages,
    search and static files need.  Both carry ``Retry-After``.
    """

    def __init__(self, limit: int, retry_after_s: int, total: int | None = None) -> None:
        self.limit = max(1, limit)
        self.total = max(1, total) if total is not None else None
        self.retry_after_s = retry_after_s
        self._running: dict[str, int] = {}
        self._in_flight = 0
        self._lock = threading.Lock()

    @contextlib.contextmanager
    def hold(self, client: str) -> Iterator[None]:
        """Hold one of ``client``'s slots for the block; raises 429 when it has none left and
        503 when the endpoint has none left."""
        with self._lock:
            running = self._running.get(client, 0)
            if running >= self.limit:
                raise TooManyRequests(
                    f"{running} of your queries are still running; the limit is {self.limit} at a time",
                    retry_after=self.retry_after_s,
                )
            if self.total is not None and self._in_flight >= self.total:
                raise ServiceUnavailable(
                    f"every query worker is busy ({self.total} queries running); try again shortly",
                    retry_after=self.retry_after_s,
                )
            self._running[client] = running + 1
            self._in_flight += 1
        try:
            yield
        finally:
            with self._lock:
                self._in_flight -= 1
                left = self._running[client] - 1
                if left:
                    self._running[client] = left
                else:
                    del self._running[client]


def in_flight_limit(pool: int | None, threads: int) -> int:
    """SPARQL requests the endpoint takes at once: no more than there are query workers (so
    none waits for one) and at most half the server's threads, so the other half always serves
    pages, search and static files."""
    half = max(1, threads // 2)
    return half if pool is None else max(1, min(pool, half))
