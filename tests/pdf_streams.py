"""Encoders for PDF stream filters and a small PDF writer, for the tests of the stream checks.

The encoders are written from the PDF specification (7.4.4 LZWDecode, 7.4.5
RunLengthDecode); the tests check them against pdfminer's decoders, so that a
mistake here cannot hide one in the code under test.
"""

from __future__ import annotations

import base64
import io
import re
import zlib
from collections.abc import Callable, Iterable

from pdfminer.pdfdocument import PDFDocument
from pdfminer.pdfparser import PDFParser
from pdfminer.pdftypes import PDFStream

CLEAR, EOD = 256, 257
_LAST_ENTRY = 4094  # a clear code is sent before the table would need 13-bit codes


def lzw_pack(codes: Iterable[int], early_change: int = 1) -> bytes:
    """Codes written high bit first, each as wide as a decoder's table needs at that point.

    The decoder's table grows by one entry for every code but the first after a
    clear; the width grows from 9 bits when the table reaches 512 entries
    (EarlyChange 0) or one entry before that (EarlyChange 1).
    """
    grow_at = (511, 1023, 2047) if early_change else (512, 1024, 2048)
    out = bytearray()
    bits = nbits = 0
    size, width, first = 258, 9, True
    for code in codes:
        bits = (bits << width) | code
        nbits += width
        while nbits >= 8:
            nbits -= 8
            out.append((bits >> nbits) & 0xFF)
        bits &= (1 << nbits) - 1
        if code == CLEAR:
            size, width, first = 258, 9, True
        elif code == EOD:
            pass
        elif first:
            first = False
        else:
            size += 1
            if size in grow_at:
                width += 1
    if nbits:
        out.append((bits << (8 - nbits)) & 0xFF)
    return bytes(out)


def lzw_codes(data: bytes) -> list[int]:
    """The LZW codes of ``data``: a clear code first, an EOD code last."""
    codes = [CLEAR]
    table = {bytes((i,)): i for i in range(256)}
    next_code = 258
    word = b""
    for byte in data:
        longer = word + bytes((byte,))
        if longer in table:
            word = longer
            continue
        codes.append(table[word])
        if next_code < _LAST_ENTRY:
            table[longer] = next_code
            next_code += 1
        else:
            codes.append(CLEAR)
            table = {bytes((i,)): i for i in range(256)}
            next_code = 258
        word = bytes((byte,))
    if word:
        codes.append(table[word])
    codes.append(EOD)
    return codes


def lzw_encode(data: bytes, early_change: int = 1) -> bytes:
    return lzw_pack(lzw_codes(data), early_change)


def lzw_bomb(decoded: int, byte: int = 0x30) -> bytes:
    """LZW data that decodes to at least ``decoded`` copies of ``byte``.

    After a clear, the byte and then each next new code (the table's own size)
    give runs of 1, 2, 3 … bytes: up to 3,839 bytes for a 12-bit code.
    """
    cycle = [CLEAR, byte, *range(258, _LAST_ENTRY + 1)]
    per_cycle = 1 + sum(range(2, _LAST_ENTRY - 256 + 1))
    return lzw_pack(cycle * (decoded // per_cycle + 1) + [EOD])


def rl_encode(data: bytes) -> bytes:
    """RunLength: repeats of 2 to 128 bytes as one byte, the rest as literals, EOD last."""
    out = bytearray()
    literal = bytearray()

    def flush() -> None:
        while literal:
            part = literal[:128]
            out.append(len(part) - 1)
            out.extend(part)
            del literal[:128]

    i = 0
    while i < len(data):
        run = 1
        while i + run < len(data) and run < 128 and data[i + run] == data[i]:
            run += 1
        if run >= 2:
            flush()
            out += bytes((257 - run, data[i]))
        else:
            literal.append(data[i])
        i += run
    flush()
    out.append(128)
    return bytes(out)


def rl_bomb(decoded: int, byte: int = 0x30) -> bytes:
    """RunLength data that decodes to at least ``decoded`` copies of ``byte`` (128 per 2 bytes)."""
    return bytes((129, byte)) * (decoded // 128 + 1) + b"\x80"


def a85(data: bytes) -> bytes:
    return base64.a85encode(data, adobe=True, wrapcol=76)


def ahx(data: bytes) -> bytes:
    return data.hex().encode() + b">"


ENCODERS: dict[bytes, Callable[[bytes], bytes]] = {
    b"/FlateDecode": zlib.compress,
    b"/LZWDecode": lzw_encode,
    b"/RunLengthDecode": rl_encode,
    b"/ASCII85Decode": a85,
    b"/ASCIIHexDecode": ahx,
}


def encode(data: bytes, filters: list[bytes]) -> bytes:
    """``data`` encoded so that the ``filters``, applied in order, decode it."""
    for name in reversed(filters):
        data = ENCODERS[name](data)
    return data


def filter_entry(filters: list[bytes]) -> bytes:
    return filters[0] if len(filters) == 1 else b"[" + b" ".join(filters) + b"]"


def write_pdf(objects: dict[int, bytes], root: int, info: int | None = None) -> bytes:
    """A PDF of the numbered object bodies, with a cross-reference table that points at them."""
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets: dict[int, int] = {}
    for number in sorted(objects):
        offsets[number] = len(out)
        out += b"%d 0 obj\n" % number + objects[number] + b"\nendobj\n"
    size = max(objects) + 1
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % size
    for number in range(1, size):
        out += b"%010d 00000 n \n" % offsets[number] if number in offsets else b"0000000000 65535 f \n"
    trailer = b"/Size %d /Root %d 0 R" % (size, root)
    if info is not None:
        trailer += b" /Info %d 0 R" % info
    out += b"trailer\n<< " + trailer + b" >>\nstartxref\n%d\n%%%%EOF\n" % xref
    return bytes(out)


def stream_object(data: bytes, filters: list[bytes], extra: bytes = b"", eol: bytes = b"\n") -> bytes:
    """A stream object body; ``eol`` goes between the data and ``endstream``."""
    head = b"<< /Length %d" % len(data)
    if filters:
        head += b" /Filter " + filter_entry(filters)
    return head + extra + b" >>\nstream\n" + data + eol + b"endstream"


def one_page_pdf(
    content: bytes, filters: list[bytes], extra: bytes = b"", keyword: bytes = b"stream\n"
) -> bytes:
    """A one-page PDF whose content stream holds ``content`` as given (already encoded)."""
    body = stream_object(content, filters, extra)
    body = body.replace(b"stream\n", keyword, 1)
    return write_pdf(
        {
            1: b"<< /Type /Catalog /Pages 2 0 R >>",
            2: b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            3: b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>",
            4: body,
        },
        root=1,
    )


_OBJECT = re.compile(rb"(\d+) 0 obj\n?(.*?)\nendobj", re.DOTALL)
_STREAM_BODY = re.compile(rb"\A(<<.*?>>)\s*stream\r?\n(.*)\nendstream\Z", re.DOTALL)


def recompress(pdf: bytes, filters: list[bytes]) -> bytes:
    """A PDF from reportlab (written with ``pageCompression=0``) with every stream that has no
    filter encoded with ``filters`` instead, and written out again."""
    objects: dict[int, bytes] = {}
    for match in _OBJECT.finditer(pdf):
        number, body = int(match.group(1)), match.group(2)
        stream = _STREAM_BODY.match(body)
        if stream and b"/Filter" not in stream.group(1):
            data = encode(stream.group(2), filters)
            rest = re.sub(rb"/Length \d+", b"", stream.group(1)[2:-2])
            # No end-of-line before endstream: the data ends where /Length says.
            body = stream_object(data, filters, b" " + rest.strip(), eol=b"")
        objects[number] = body
    root = re.search(rb"/Root (\d+) 0 R", pdf)
    info = re.search(rb"/Info (\d+) 0 R", pdf)
    assert root is not None
    return write_pdf(objects, int(root.group(1)), int(info.group(1)) if info else None)


def japanese_pdf() -> bytes:
    """A one-page Japanese report from reportlab, its content stream left unencoded."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("HeiseiMin-W3"))
    buffer = io.BytesIO()
    page = canvas.Canvas(buffer, pageCompression=0, invariant=1)
    page.setFont("HeiseiMin-W3", 12)
    page.drawString(72, 720, "これまでの主な取組状況について")
    page.drawString(72, 700, "デジタル社会形成整備法の施行（3年9月）")
    page.showPage()
    page.save()
    return buffer.getvalue()


def pdfminer_decoded(pdf: bytes) -> int:
    """What pdfminer's own decoders make of every stream the cross-reference table names."""
    document = PDFDocument(PDFParser(io.BytesIO(pdf)))
    objects = [document.getobj(n) for xref in document.xrefs for n in xref.get_objids()]
    return sum(len(obj.get_data()) for obj in objects if isinstance(obj, PDFStream))
