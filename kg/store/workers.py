"""The embedded SPARQL runner: a pool of worker processes, each killable at its time limit.

Neither rdflib's parser nor Oxigraph can be cancelled, so a query past its
wall-clock limit has its process killed and replaced.  Workers also drop their
network access where the OS allows it (a new user and network namespace), a
last guard should a SERVICE ever get through, and cap their address space
(setting ``sparql_worker_memory_mb``), so a query that needs unbounded memory
kills its own worker rather than the machine.
"""

from __future__ import annotations

import contextlib
import ctypes
import multiprocessing
import os
import queue
import signal
import threading
import time
from dataclasses import dataclass
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from kg.errors import (
    PolicyKGError,
    QueryError,
    QueryTimeoutError,
    QueryTooLargeError,
    StoreError,
    StoreMissingError,
)
from kg.processes import limit_memory
from kg.store.checks import one_line
from kg.store.reader import current_generation
from kg.store.results import QueryOutput, UnacceptableFormatError
from kg.store.sparql import Limits, QueryRequest, execute


def default_pool_size() -> int:
    """Workers of the embedded runner: one per CPU, at least 3 (a client may hold all but
    one of them, and one runaway query must not block everyone else) and at most 4 (each
    holds the store open)."""
    return max(3, min(4, os.cpu_count() or 1))


_CLONE_NEWUSER = 0x10000000


_CLONE_NEWNET = 0x40000000


def _drop_network() -> bool:
    """Leave the host's network (Linux user + network namespace); False where not allowed."""
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        return int(libc.unshare(_CLONE_NEWUSER | _CLONE_NEWNET)) == 0
    except (OSError, AttributeError):
        return False


# Address space a worker may add to what it holds when it starts (the interpreter,
# the libraries, the open store), in MB.  A query that needs more (a huge
# GROUP_CONCAT, a string doubled thirty times) fails its allocation and the worker
# dies, which the runner reports as a refused query; without the bound one query
# could take the whole machine's memory.
WORKER_MEMORY_MB = 2048  # default of the sparql_worker_memory_mb setting


def _worker_main(conn: Connection, data_dir: str, limits: Limits, memory_mb: int) -> None:
    """A worker process: answers requests on ``conn`` until the parent closes it."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the server's to handle
    if memory_mb:
        limit_memory(memory_mb * 1024**2)
    isolated = _drop_network()
    conn.send(("ready", isolated))
    opened: tuple[Path, ox.Store] | None = None
    while True:
        try:
            request = conn.recv()
        except (EOFError, OSError):
            return
        reply: tuple[str, Any]
        try:
            generation = current_generation(Path(data_dir))
            if generation is None:
                raise StoreMissingError(f"{data_dir}: no built store here; run `policykg build` first")
            if opened is None or opened[0] != generation:
                opened = None  # close the old generation before opening the new one
                try:
                    opened = (generation, ox.Store.read_only(str(generation)))
                except OSError as exc:
                    raise StoreError(f"{generation}: cannot open the store: {exc}") from None
            reply = ("ok", execute(opened[1], request, limits, deep_check=not isolated))
        except (PolicyKGError, UnacceptableFormatError) as exc:
            reply = ("error", exc)
        except Exception as exc:  # a worker answers every request, whatever the engine raised
            reply = ("error", QueryError(f"the query failed: {one_line(str(exc))}"))
        try:
            conn.send(reply)
        except (OSError, ValueError):
            return


@dataclass
class _Worker:
    process: BaseProcess
    conn: Connection
    isolated: bool


class EmbeddedRunner:
    """Runs queries on the embedded store in a pool of killable worker processes.

    A request waits for an idle worker (or starts one, up to ``size``); the
    wait and the run share one deadline.  Past it the worker is killed, a
    replacement starts in the background, and :class:`QueryTimeoutError` is
    raised, so a caller hears back within about ``timeout_s``.  Each worker may
    grow by ``memory_mb`` past its size at start (0: no cap).
    """

    def __init__(
        self,
        data_dir: Path,
        limits: Limits,
        size: int | None = None,
        memory_mb: int = WORKER_MEMORY_MB,
        *,
        replace: bool = True,
    ) -> None:
        self.data_dir = data_dir
        # False for a runner that answers one query and closes (the CLI): a replacement
        # started in the background would outlive it.
        self.replace = replace
        self.limits = limits
        self.size = size or default_pool_size()
        self.memory_mb = memory_mb
        self._idle: queue.SimpleQueue[_Worker] = queue.SimpleQueue()
        self._lock = threading.Lock()
        self._count = 0
        self._closed = False
        self._context = multiprocessing.get_context("forkserver")
        # Forks of a server that has already imported this module start in milliseconds.
        self._context.set_forkserver_preload([__name__])

    def _start(self) -> _Worker:
        parent, child = self._context.Pipe(duplex=True)
        process = self._context.Process(
            target=_worker_main,
            args=(child, str(self.data_dir.resolve()), self.limits, self.memory_mb),
            name="policykg-sparql",
            daemon=True,
        )
        process.start()
        child.close()
        if not parent.poll(30):
            process.kill()
            raise QueryError("a query worker did not start")
        _, isolated = parent.recv()
        return _Worker(process, parent, bool(isolated))

    def _acquire(self, deadline: float) -> _Worker:
        with contextlib.suppress(queue.Empty):
            return self._idle.get_nowait()
        with self._lock:
            grow = self._count < self.size
            if grow:
                self._count += 1
        if grow:
            try:
                return self._start()
            except BaseException:
                with self._lock:
                    self._count -= 1
                raise
        try:
            return self._idle.get(timeout=max(0.0, deadline - time.monotonic()))
        except queue.Empty:
            raise QueryTimeoutError(
                f"every query worker is busy and none became free within {self.limits.timeout_s:g} s; "
                "try again shortly"
            ) from None

    def _discard(self, worker: _Worker, *, replace: bool) -> None:
        worker.process.kill()
        worker.process.join(1)
        worker.conn.close()
        with self._lock:
            self._count -= 1
        if replace and self.replace and not self._closed:
            threading.Thread(target=self._replenish, daemon=True, name="policykg-sparql-spawn").start()

    def _replenish(self) -> None:
        with self._lock:
            if self._count >= self.size:
                return
            self._count += 1
        try:
            self._idle.put(self._start())
        except Exception:
            with self._lock:
                self._count -= 1

    def run(self, request: QueryRequest) -> QueryOutput:
        """Answer ``request`` within the time limit; raises a :class:`QueryError` or
        :class:`UnacceptableFormatError`."""
        size = len(request.query.encode("utf-8", "surrogatepass"))
        if size > self.limits.max_query_bytes:
            raise QueryTooLargeError(f"the query is {size} bytes; the limit is {self.limits.max_query_bytes}")
        deadline = time.monotonic() + self.limits.timeout_s
        worker = self._acquire(deadline)
        try:
            worker.conn.send(request)
            ready = worker.conn.poll(max(0.0, deadline - time.monotonic()))
            status, payload = worker.conn.recv() if ready else ("timeout", None)
        except (EOFError, OSError):
            self._discard(worker, replace=True)
            raise QueryError(
                "the query engine stopped while running this query (it may need more memory than allowed)"
            ) from None
        except BaseException:
            self._discard(worker, replace=True)
            raise
        if status == "timeout":
            self._discard(worker, replace=True)
            raise QueryTimeoutError(
                f"the query ran past the time limit of {self.limits.timeout_s:g} s (setting query_timeout_s)"
            )
        self._idle.put(worker)
        if status == "error" and isinstance(payload, BaseException):
            raise payload
        assert isinstance(payload, QueryOutput)
        return payload

    def close(self) -> None:
        """Stop every idle worker (busy ones stop when their request ends)."""
        self._closed = True
        while True:
            try:
                worker = self._idle.get_nowait()
            except queue.Empty:
                return
            self._discard(worker, replace=False)


def embedded_runner(
    data_dir: Path,
    timeout_s: float,
    max_rows: int,
    max_query_bytes: int,
    workers: int = 0,
    memory_mb: int = WORKER_MEMORY_MB,
    *,
    replace: bool = True,
) -> EmbeddedRunner:
    """The runner for the store in ``data_dir`` with the given limits (``workers`` 0: by cores;
    ``memory_mb`` 0: no cap; ``replace``: start a new worker for one that was killed)."""
    return EmbeddedRunner(
        data_dir,
        Limits(timeout_s, max_rows, max_query_bytes),
        workers or None,
        memory_mb=memory_mb,
        replace=replace,
    )
