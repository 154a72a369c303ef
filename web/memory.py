"""The server process's heap: fewer malloc arenas, and freed memory handed back.

Takes nothing; gives two calls that do nothing where the C library is not glibc.
CPython allocates large objects (a hub page's answer rows, its rendered HTML)
with ``malloc``; glibc gives each thread that allocates at once an arena of its
own (up to eight per core) and keeps what a request frees in that arena, so a
server's resident memory follows the peak of all its threads together, not what
it holds.  ``limit_malloc_arenas`` caps the arenas before the worker threads
start; ``give_back_freed_memory`` returns the free pages of every arena to the
system after a large render (``malloc_trim``: a few milliseconds).
"""

from __future__ import annotations

import ctypes
import ctypes.util
import threading
import time

_M_ARENA_MAX = -8  # mallopt parameter (malloc.h)
_TRIM_INTERVAL_S = 1.0


def _glibc() -> ctypes.CDLL | None:
    name = ctypes.util.find_library("c")
    if not name:
        return None
    try:
        libc = ctypes.CDLL(name)
    except OSError:
        return None
    if not hasattr(libc, "mallopt") or not hasattr(libc, "malloc_trim"):
        return None
    return libc


_LIBC = _glibc()
_last_trim = 0.0
_trim_lock = threading.Lock()


def limit_malloc_arenas(arenas: int) -> bool:
    """Cap glibc's malloc arenas (call before the worker threads start); whether it took."""
    if _LIBC is None:
        return False
    return bool(_LIBC.mallopt(_M_ARENA_MAX, arenas))


def give_back_freed_memory() -> None:
    """Return free heap pages to the system, at most once a second across threads."""
    global _last_trim
    if _LIBC is None:
        return
    now = time.monotonic()
    with _trim_lock:
        if now - _last_trim < _TRIM_INTERVAL_S:
            return
        _last_trim = now
    _LIBC.malloc_trim(0)
