"""An exclusive, fail-fast lock on a file, for the store build and the index build.

flock is taken on an open file, not a path: the lock goes with the process
(a killed build leaves no stale lock) and a second opener fails at once.
"""

from __future__ import annotations

import fcntl
from pathlib import Path
from types import TracebackType
from typing import IO, Self

from kg.errors import PolicyKGError


class ExclusiveLock:
    """Hold ``path`` exclusively for a ``with`` block; subclasses say what a refusal means."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._fh: IO[str] | None = None

    def busy_error(self) -> PolicyKGError:
        """The error when another process holds the lock."""
        raise NotImplementedError

    def open_error(self, exc: OSError) -> PolicyKGError:
        """The error when the lock file cannot be created (a full disk, no permission)."""
        return PolicyKGError(f"{self.path}: cannot create the lock file ({exc.strerror})")

    def __enter__(self) -> Self:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            fh = self.path.open("a+")
        except OSError as exc:
            raise self.open_error(exc) from None
        try:
            fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            fh.close()
            raise self.busy_error() from None
        self._fh = fh
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        if self._fh is not None:
            fcntl.flock(self._fh.fileno(), fcntl.LOCK_UN)
            self._fh.close()
            self._fh = None
