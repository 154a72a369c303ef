"""Numbered generation folders with a ``current`` link, swapped in atomically.

The store (``data/store/``) and the search index (``data/index/``) keep their data
the same way::

    <root>/gen-000007/   one generation
    <root>/current       a symlink to the generation readers use

A writer (holding the folder's build lock) makes a generation numbered past every
folder present, leftovers included, so that a name never comes back for different
contents; fills it; and renames a new ``current`` link over the old one, so readers
see the old generation or the new one, never half of one.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import threading
from collections.abc import Callable, Collection
from dataclasses import dataclass
from pathlib import Path

GEN_RE = re.compile(r"^gen-(\d{6})$")


def _number(path: Path | None) -> int:
    m = GEN_RE.match(path.name) if path is not None else None
    return int(m[1]) if m else 0


@dataclass(frozen=True, slots=True)
class Generations:
    """The generations under ``root``; ``ready`` tells a generation readers may open."""

    root: Path
    ready: Callable[[Path], bool] = Path.is_dir

    def current(self) -> Path | None:
        """The generation readers use, or None when nothing was made current."""
        link = self.root / "current"
        if not link.is_symlink():
            return None
        target = link.parent / link.readlink()
        return target if self.ready(target) else None

    def folders(self) -> list[Path]:
        """Every generation folder, oldest first."""
        if not self.root.is_dir():
            return []
        return sorted((p for p in self.root.iterdir() if GEN_RE.match(p.name)), key=lambda p: p.name)

    def new_path(self) -> Path:
        """The path of the next generation, numbered past every folder present (not made)."""
        number = max((_number(p) for p in self.folders()), default=0) + 1
        return self.root / f"gen-{number:06d}"

    def remove_leftovers(self) -> None:
        """Drop what a killed writer left: generations never made current, half-made links.

        They are numbered after the current one and were never swapped in, so no
        reader has them open.  Left in place, they would count as kept generations,
        and the previous one, which a server may still read, would be pruned instead.
        """
        if not self.root.is_dir():
            return
        number = _number(self.current())
        for path in self.root.iterdir():
            if GEN_RE.match(path.name) and _number(path) > number:
                shutil.rmtree(path, ignore_errors=True)
            elif path.name.startswith(".current-"):
                path.unlink(missing_ok=True)

    def swap_in(self, generation: Path) -> None:
        """Make ``generation`` the current one with one atomic rename."""
        tmp = self.root / f".current-{os.getpid()}-{threading.get_ident()}"
        try:
            with contextlib.suppress(FileNotFoundError):
                tmp.unlink()
            tmp.symlink_to(generation.name)
            tmp.replace(self.root / "current")
        except OSError:
            tmp.unlink(missing_ok=True)
            raise

    def prune(self, keep: Collection[str]) -> None:
        """Drop every generation whose folder name is not in ``keep``.

        Kept by what they are, not by number: the current one and the one it
        replaced, which a running server may still read.
        """
        for old in self.folders():
            if old.name not in keep:
                shutil.rmtree(old, ignore_errors=True)
