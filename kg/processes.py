"""Worker processes that never outlive the process that started them, and their memory cap.

A build extracts documents and writes index segments in pools of spawned
processes.  Killed with SIGKILL, the build could not stop them: they would wait
for work forever, each holding a parser's memory.  Every worker here asks the
kernel (Linux ``PR_SET_PDEATHSIG``) to be killed when its parent dies, and
checks once that the parent had not died already.  A worker that reads
untrusted input (a SPARQL query, a PDF) caps its own address space.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import multiprocessing
import os
import resource
import signal
import sys
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

_PR_SET_PDEATHSIG = 1


def die_with_parent(parent: int) -> None:
    """Have this process killed when its parent ``parent`` dies (a pool's initializer)."""
    if sys.platform.startswith("linux"):
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    if os.getppid() != parent:  # the parent died before the request was made
        os._exit(1)


def cores() -> int:
    """The cores this process may run on."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)


def spawn_pool(workers: int) -> ProcessPoolExecutor:
    """A pool of ``workers`` spawned processes that die with this one.

    spawn, not fork: the build process holds the store open and may hold a
    parser; a forked copy of their threads and locks is not safe to run in.
    """
    return ProcessPoolExecutor(
        max_workers=workers,
        mp_context=multiprocessing.get_context("spawn"),
        initializer=die_with_parent,
        initargs=(os.getpid(),),
    )


def _address_space() -> int | None:
    try:
        pages = Path("/proc/self/statm").read_text(encoding="ascii").split()[0]
        return int(pages) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError):
        return None


def limit_memory(budget: int) -> bool:
    """Cap this process's address space at its current size plus ``budget`` bytes; False where
    not possible.  Past the cap an allocation fails (MemoryError) instead of taking the machine."""
    current = _address_space()
    if current is None:
        return False
    try:
        soft, hard = resource.getrlimit(resource.RLIMIT_AS)
        wanted = current + budget
        if hard != resource.RLIM_INFINITY:
            wanted = min(wanted, hard)
        if soft != resource.RLIM_INFINITY and soft < wanted:
            return True  # already tighter than ours
        resource.setrlimit(resource.RLIMIT_AS, (wanted, hard))
    except (OSError, ValueError):
        return False
    return True
