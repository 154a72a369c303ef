"""The error a failed write to the store becomes.

Store stage, used by :mod:`kg.store.writer` and :mod:`kg.store.merge`.  Takes the ``OSError`` of a
write and what was being written; gives a :class:`~kg.errors.StoreError` that says a full disk
plainly (the build abandoned, the previous one kept).
"""

from __future__ import annotations

import errno
from pathlib import Path

from kg.errors import StoreError
from kg.store.reader import store_error

__all__ = ["write_error"]


def _no_space(exc: BaseException) -> bool:
    # RocksDB reports a full disk as an OSError whose errno is not always set,
    # only its message.
    return getattr(exc, "errno", None) == errno.ENOSPC or "no space left" in str(exc).lower()


def write_error(exc: OSError, data_dir: Path, what: str) -> StoreError:
    """The error for ``exc``, met writing ``what`` in the data folder ``data_dir``."""
    if _no_space(exc):
        return StoreError(
            f"{data_dir}: no space left on the device ({what}); the build was abandoned and the "
            "previous build is kept: free some space and build again"
        )
    return store_error(exc, what)
