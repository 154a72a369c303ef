"""A segment's text postings as plain arrays, in one file beside the segment.

Takes the postings Whoosh's writer sends into a segment (field, term, document
number, weight, encoded positions) and keeps those of one field; writes them as
one file named after the segment (``<segment id>.arrays``, a name Whoosh's own
clean-up deletes with its segment), and gives that file back memory-mapped.

The file holds a table of the terms ordered by a 64-bit hash of their UTF-8
bytes, each with its run in two arrays: the segment's document numbers (int32)
and their weights (float32, as Whoosh keeps them).  A term's postings are then
two slices of the mapped file: nothing unpickled or decompressed, and nothing on
the Python heap.  Positions stay in Whoosh's segment, read only where a phrase
or a snippet needs them.

Layout (little-endian): a header of 8-byte words (magic, terms, postings, term
bytes), then hashes (int64), starts and ends of each term's run (int64), the
offsets of each term's bytes (int64, one more than the terms), the document
numbers (int32), the weights (float32) and the terms' bytes.
"""

from __future__ import annotations

import mmap
from array import array
from collections.abc import Iterable, Iterator
from hashlib import blake2b
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

ARRAYS_EXT = ".arrays"
_MAGIC = int.from_bytes(b"PKGARR01", "little")
_HEADER = 4


def term_hash(term: bytes) -> int:
    """The table's 64-bit (signed) hash of a term's UTF-8 bytes."""
    return int.from_bytes(blake2b(term, digest_size=8).digest(), "little", signed=True)


class ArrayCollector:
    """Keeps the postings of ``fieldname`` that pass through :meth:`tap` (sorted by term, then
    document, as Whoosh's pool gives them) and writes them with :meth:`write`."""

    def __init__(self, fieldname: str) -> None:
        self.fieldname = fieldname
        self.terms: list[bytes] = []
        self.starts: list[int] = []
        self.ids = array("i")
        self.weights = array("f")

    def tap(self, items: Iterable[tuple[str, bytes, int, float, bytes]]) -> Iterator[Any]:
        fieldname = self.fieldname
        terms, starts, ids, weights = self.terms, self.starts, self.ids, self.weights
        last = None
        for item in items:
            if item[0] == fieldname:
                term = item[1]
                if term != last:
                    terms.append(term)
                    starts.append(len(ids))
                    last = term
                ids.append(item[2])
                weights.append(item[3])
            yield item

    def write(self, path: Path) -> None:
        """Write the file (through a temporary name, so that a reader never maps half of one)."""
        count = len(self.terms)
        hashes = np.fromiter((term_hash(t) for t in self.terms), np.int64, count)
        order = np.argsort(hashes, kind="stable")
        bounds = np.array([*self.starts, len(self.ids)], np.int64)
        terms = [self.terms[i] for i in order.tolist()]
        offsets = np.zeros(count + 1, np.int64)
        np.cumsum([len(t) for t in terms], out=offsets[1:])
        header = np.array([_MAGIC, count, len(self.ids), int(offsets[-1])], np.int64)
        parts: list[npt.NDArray[Any]] = [
            header,
            hashes[order],
            bounds[:-1][order],
            bounds[1:][order],
            offsets,
            np.frombuffer(self.ids, np.int32),
            np.frombuffer(self.weights, np.float32),
        ]
        tmp = path.with_name(path.name + ".part")
        with tmp.open("wb") as out:
            for part in parts:
                out.write(part.astype(part.dtype.newbyteorder("<"), copy=False).tobytes())
            out.write(b"".join(terms))
        tmp.replace(path)


class SegmentArrays:
    """One segment's ``.arrays`` file, mapped."""

    def __init__(self, path: Path) -> None:
        with path.open("rb") as f:
            self._map = mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ)
        buf = self._map
        magic, count, postings, _ = np.frombuffer(buf, "<i8", _HEADER).tolist()
        if magic != _MAGIC:
            raise ValueError(f"{path}: not a postings arrays file")
        at = 8 * _HEADER

        def take(dtype: str, n: int) -> npt.NDArray[Any]:
            nonlocal at
            part = np.frombuffer(buf, dtype, n, at)
            at += part.nbytes
            return part

        self.count = count
        self.hashes = take("<i8", count)
        self.starts = take("<i8", count)
        self.ends = take("<i8", count)
        self._offsets = take("<i8", count + 1)
        self.ids = take("<i4", postings)
        self.weights = take("<f4", postings)
        self._terms = at

    def find(self, term: bytes, hashed: int) -> tuple[int, int] | None:
        """The [start, end) run of ``term`` (whose :func:`term_hash` is ``hashed``), or None."""
        hashes = self.hashes
        i = int(hashes.searchsorted(hashed))
        while i < self.count and hashes[i] == hashed:
            lo, hi = self._offsets[i : i + 2].tolist()
            if self._map[self._terms + lo : self._terms + hi] == term:
                return int(self.starts[i]), int(self.ends[i])
            i += 1
        return None


def arrays_path(folder: Path, segment_id: str) -> Path:
    return folder / (segment_id + ARRAYS_EXT)
