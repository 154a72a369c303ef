"""PDF stream filters decoded a piece at a time, to measure a stream before pdfminer decodes it.

pdfminer decodes a stream whole, in memory, so a small file whose streams decode
to gigabytes (a decompression bomb) would take all the memory.  These decoders
read each filter as pdfminer does (where pdfminer departs from the PDF
specification they decode at least as much as it would), keep a bounded state
and pass their output on in pieces of about :data:`CHUNK` bytes:

    Flate      zlib, stopping where pdfminer gives up on broken data
    LZW        9- to 12-bit codes, clear 256, EOD 257, EarlyChange 1 (or 0); the
               table keeps at most 4,096 entries of at most 3,839 bytes
    RunLength  a length byte, then 1-128 bytes copied or one byte repeated 2-128 times
    ASCII85, ASCIIHex   the text encodings often put in front of them

:func:`decoded_size` runs a chain of them over a stream's bytes and counts what
they produce, stopping as soon as the count passes a limit.

>>> b"".join(LZWDecoder().feed(bytes.fromhex("80 0B 60 50 22 0C 0C 85 01")))
b'-----A---B'
>>> decoded_size(bytes([129, ord("x"), 128]), [RunLengthDecoder()], limit=1_000)
128
"""

from __future__ import annotations

import base64
import re
import zlib
from collections.abc import Iterator, Sequence
from typing import Protocol

# Output is handed on in pieces of about this size, so memory stays bounded
# whatever a stream inflates to.
CHUNK = 1 << 18

_CLEAR, _EOD = 256, 257
_MAX_CODES = 4096  # 12-bit codes reach no further; later entries are never used
# Table sizes at which the code width grows to 10, 11 and 12 bits.
_WIDTH_STEPS = {1: (511, 1023, 2047), 0: (512, 1024, 2048)}

_SPACE = b" \t\n\r\x0b\x0c"  # what pdfminer's \s skips
_A85_GROUPS = re.compile(rb"(?:z|[!-u]{5})*")
_A85_PARTIAL = re.compile(rb"[!-u]{0,4}")
_A85_START = re.compile(rb"<?~")  # after spaces are removed; pdfminer strips it
_HEX_DIGITS = re.compile(rb"[0-9A-Fa-f]*")


class Decoder(Protocol):
    """One filter: bytes in, decoded pieces out."""

    def feed(self, data: bytes) -> Iterator[bytes]: ...

    def finish(self) -> Iterator[bytes]: ...


class FlateDecoder:
    """zlib, inflated with bounded output per call."""

    def __init__(self) -> None:
        self._inflater = zlib.decompressobj()
        self._done = False

    def _run(self, data: bytes) -> Iterator[bytes]:
        pending = data
        try:
            while not self._done:
                out = self._inflater.decompress(pending, CHUNK)
                if out:
                    yield out
                self._done = self._inflater.eof
                pending = self._inflater.unconsumed_tail
                if not pending and len(out) < CHUNK:
                    return
        except zlib.error:
            # Not zlib data, or broken: pdfminer keeps nothing of such a stream.
            self._done = True

    def feed(self, data: bytes) -> Iterator[bytes]:
        if not self._done:
            yield from self._run(data)

    def finish(self) -> Iterator[bytes]:
        if not self._done:
            yield from self._run(b"")


class LZWDecoder:
    """LZW as pdfminer decodes it.

    Like pdfminer, it reads on past an EOD code (so it counts at least as much)
    and stops at a code the table cannot have yet.  It starts as if after a
    clear code, where pdfminer would fail, which again counts no less.
    """

    def __init__(self, early_change: int = 1) -> None:
        self._steps = _WIDTH_STEPS[1 if early_change else 0]
        self._bits = 0
        self._nbits = 0
        self._table: list[bytes] = []
        self._size = 0
        self._width = 9
        self._clear()
        self._done = False

    def _clear(self) -> None:
        self._table = [bytes((i,)) for i in range(256)] + [b"", b""]
        self._size = 258
        self._width = 9
        self._prev = b""

    def _entry(self, code: int) -> bytes | None:
        """The bytes of ``code``, updating the table; None where decoding stops."""
        if code == _CLEAR:
            self._clear()
            return b""
        if code == _EOD:
            return b""
        prev = self._prev
        if not prev:
            if code >= self._size:
                return None
            out = self._table[code]
        else:
            if code < self._size:
                out = self._table[code]
                new = prev + out[:1]
            elif code == self._size:
                out = new = prev + prev[:1]
            else:
                return None
            if len(self._table) < _MAX_CODES:
                self._table.append(new)
            self._size += 1
            if self._size in self._steps:
                self._width += 1
        self._prev = out
        return out

    def feed(self, data: bytes) -> Iterator[bytes]:
        if self._done:
            return
        out = bytearray()
        bits, nbits = self._bits, self._nbits
        for byte in data:
            bits = (bits << 8) | byte
            nbits += 8
            while nbits >= self._width:
                nbits -= self._width
                entry = self._entry(bits >> nbits)
                bits &= (1 << nbits) - 1
                if entry is None:
                    self._done = True
                    break
                out += entry
            if self._done:
                break
            if len(out) >= CHUNK:
                yield bytes(out)
                out.clear()
        self._bits, self._nbits = bits, nbits
        if out:
            yield bytes(out)

    def finish(self) -> Iterator[bytes]:
        return iter(())


class RunLengthDecoder:
    """RunLengthDecode: runs copied or repeated, up to the EOD byte 128."""

    def __init__(self) -> None:
        self._copy = 0  # literal bytes still to copy
        self._repeat = 0  # times the next byte is repeated
        self._done = False

    def feed(self, data: bytes) -> Iterator[bytes]:
        out = bytearray()
        i, n = 0, len(data)
        while i < n and not self._done:
            if self._copy:
                take = min(self._copy, n - i)
                out += data[i : i + take]
                self._copy -= take
                i += take
            elif self._repeat:
                out += data[i : i + 1] * self._repeat
                self._repeat = 0
                i += 1
            else:
                length = data[i]
                i += 1
                if length == 128:
                    self._done = True
                elif length < 128:
                    self._copy = length + 1
                else:
                    self._repeat = 257 - length
            if len(out) >= CHUNK:
                yield bytes(out)
                out.clear()
        if out:
            yield bytes(out)

    def finish(self) -> Iterator[bytes]:
        return iter(())


class ASCIIHexDecoder:
    """ASCIIHexDecode: pairs of hex digits up to ``>``, spaces ignored."""

    def __init__(self) -> None:
        self._odd = b""
        self._done = False

    def _decode(self, digits: bytes, last: bool) -> Iterator[bytes]:
        if last and len(digits) % 2:
            digits += b"0"  # a lone last digit is followed by an implied 0
        self._odd = digits[len(digits) // 2 * 2 :]
        whole = digits[: len(digits) // 2 * 2]
        if whole:
            yield bytes.fromhex(whole.decode("ascii"))

    def feed(self, data: bytes) -> Iterator[bytes]:
        if self._done:
            return
        text = bytes(data)
        end = text.find(b">")
        if end >= 0:
            text = text[:end]
        digits = self._odd + text.translate(None, _SPACE)
        valid = _HEX_DIGITS.match(digits)
        assert valid is not None  # the pattern matches the empty string
        self._done = end >= 0 or valid.end() < len(digits)
        yield from self._decode(valid.group(), self._done)

    def finish(self) -> Iterator[bytes]:
        if not self._done:
            self._done = True
            yield from self._decode(self._odd, True)


class ASCII85Decoder:
    """ASCII85Decode: groups of five characters (``z`` for four zeros) up to ``~>``.

    The optional ``<~`` in front is skipped, as pdfminer does.
    """

    def __init__(self) -> None:
        self._head = b""  # the first characters, until it is clear whether they are <~
        self._started = False
        self._rest = b""  # an incomplete group
        self._done = False

    def _last_group(self) -> bytes:
        rest, self._rest = self._rest, b""
        if len(rest) < 2:
            return b""
        padding = 5 - len(rest)
        return (_a85(rest + b"u" * padding) or b"")[:-padding]

    def feed(self, data: bytes) -> Iterator[bytes]:
        if self._done:
            return
        text = bytes(data).translate(None, _SPACE)
        if not self._started:
            text = self._head + text
            if text in (b"", b"<"):
                self._head = text
                return
            self._started = True
            start = _A85_START.match(text)
            if start:
                text = text[start.end() :]
        end = text.find(b"~")
        if end >= 0:
            text = text[:end]
            self._done = True
        text = self._rest + text
        groups = _A85_GROUPS.match(text)
        assert groups is not None  # the pattern matches the empty string
        if groups.end():
            whole = _a85(text[: groups.end()])
            if whole is None:
                self._done = True  # a group past 2**32: pdfminer fails here
                return
            yield whole
        rest = text[groups.end() :]
        partial = _A85_PARTIAL.match(rest)
        assert partial is not None
        if partial.end() < len(rest):
            self._done = True  # a character ASCII85 does not have: pdfminer fails here
        self._rest = rest[: partial.end()]
        if self._done:
            yield self._last_group()

    def finish(self) -> Iterator[bytes]:
        if not self._started:
            self._started = True
            self._rest = self._head
        if not self._done:
            self._done = True
            yield self._last_group()


def _a85(groups: bytes) -> bytes | None:
    """Complete ASCII85 groups decoded; None where one is past 2**32."""
    try:
        return base64.a85decode(groups)
    except ValueError:
        return None


class PastLimitError(Exception):
    """The decoded bytes passed the limit; measuring stopped there."""


def decoded_size(data: bytes | memoryview, chain: Sequence[Decoder], limit: int) -> int:
    """Bytes the ``chain`` of decoders produces from ``data`` (every stage counted), up to just
    past ``limit``; the output is never held more than a piece at a time."""
    total = 0

    def push(stage: int, pieces: Iterator[bytes]) -> None:
        nonlocal total
        for piece in pieces:
            total += len(piece)
            if total > limit:
                raise PastLimitError
            if stage + 1 < len(chain) and piece:
                push(stage + 1, chain[stage + 1].feed(piece))

    if not chain:
        return 0
    view = memoryview(data)
    try:
        for start in range(0, len(view), CHUNK):
            push(0, chain[0].feed(bytes(view[start : start + CHUNK])))
        for stage, decoder in enumerate(chain):
            push(stage, decoder.finish())
    except PastLimitError:
        pass
    return total
