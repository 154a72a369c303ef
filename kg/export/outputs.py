"""Where a command's output goes: takes a path (``-`` for standard output), gives a binary stream.

One rule for every file the command line writes (``export``, ``dump``,
``sparql -o``): an existing file is overwritten, as Unix tools do, but only
once the new content is complete.  The bytes go to a hidden temporary file in
the same folder, which is flushed, synced and renamed over the target; on any
error the temporary file is removed and the target is left as it was, so a
full disk leaves neither a partial file nor an empty one.  A path that is not a
regular file (``/dev/stdout``, a FIFO, ``/dev/full``) is written in place, and
every write, flush and close is checked, so a device that refuses the bytes is
reported, never taken for success.
"""

from __future__ import annotations

import contextlib
import os
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from kg.errors import OutputError

STDOUT = "-"


def is_stdout(path: Path | str) -> bool:
    """Whether ``path`` is ``-``, the usual name for standard output."""
    return str(path) == STDOUT


def _reason(exc: OSError) -> str:
    return exc.strerror or str(exc) or type(exc).__name__


def _mode_for(target: Path) -> int:
    # A replaced file keeps its permissions; a new one gets what open() would give it.
    try:
        return target.stat().st_mode & 0o7777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def _silence_stdout() -> None:
    # What could not be written stays in the buffer, and Python would try again
    # (and complain) at exit: point the descriptor at /dev/null instead.
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    os.close(devnull)


@contextlib.contextmanager
def _stdout() -> Iterator[BinaryIO]:
    out = sys.stdout.buffer
    try:
        yield out
        out.flush()
    except BrokenPipeError:
        _silence_stdout()
        raise  # the reader went away (`| head`): the CLI ends quietly
    except OSError as exc:
        _silence_stdout()
        raise OutputError(f"standard output: cannot write ({_reason(exc)})") from None


@contextlib.contextmanager
def _in_place(target: Path) -> Iterator[BinaryIO]:
    try:
        with target.open("wb") as fh:
            yield fh
    except OSError as exc:
        raise OutputError(f"{target}: cannot write ({_reason(exc)})") from None


@contextlib.contextmanager
def _replacing(target: Path) -> Iterator[BinaryIO]:
    folder = target.parent
    if not folder.is_dir():
        raise OutputError(f"{target}: cannot write (no such folder {folder})")
    try:
        fd, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise OutputError(f"{target}: cannot write ({_reason(exc)})") from None
    tmp = Path(name)
    try:
        with os.fdopen(fd, "wb") as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        tmp.chmod(_mode_for(target))
        tmp.replace(target)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise OutputError(f"{target}: cannot write ({_reason(exc)})") from None
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


@contextlib.contextmanager
def open_output(path: Path | str) -> Iterator[BinaryIO]:
    """A binary stream to ``path``: standard output for ``-``, else the file, replaced when complete.

    Raises :class:`OutputError` naming the path and the reason when anything
    cannot be written; a file that existed before is then left unchanged.
    """
    if is_stdout(path):
        with _stdout() as out:
            yield out
        return
    target = Path(path)
    if target.is_dir():
        raise OutputError(f"{target}: cannot write (it is a folder; give a file name)")
    if target.exists() and not target.is_file():
        with _in_place(target) as fh:
            yield fh
        return
    with _replacing(target) as fh:
        yield fh


def write_bytes(path: Path | str, data: bytes) -> None:
    """Write ``data`` to ``path`` (``-`` for standard output) under the rule of :func:`open_output`."""
    with open_output(path) as out:
        out.write(data)
