"""The bounded decoders that measure PDF streams decode as pdfminer does, in any pieces."""

from __future__ import annotations

import base64
import itertools
import zlib

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st
from pdfminer.ascii85 import ascii85decode, asciihexdecode
from pdfminer.lzw import lzwdecode
from pdfminer.runlength import rldecode

from kg.readers.filters import (
    CHUNK,
    ASCII85Decoder,
    ASCIIHexDecoder,
    Decoder,
    FlateDecoder,
    LZWDecoder,
    RunLengthDecoder,
    decoded_size,
)
from kg.readers.pdf import inflated_size
from tests.pdf_streams import (
    CLEAR,
    EOD,
    a85,
    ahx,
    encode,
    lzw_bomb,
    lzw_codes,
    lzw_encode,
    lzw_pack,
    one_page_pdf,
    pdfminer_decoded,
    rl_bomb,
    rl_encode,
)


# Japanese text with long repeats, then bytes that hardly repeat, so that the LZW
# table fills and is cleared several times.
def _noise(n: int, seed: int = 1) -> bytes:
    out = bytearray()
    for _ in range(n):
        seed = (seed * 1103515245 + 12345) & 0x7FFFFFFF
        out.append(seed >> 16 & 0xFF)
    return bytes(out)


REPORT = ("マイナンバーカードの機能強化（3年9月）\n" * 300 + "施策 " * 2000).encode() + _noise(40_000)
data_st = st.one_of(
    st.binary(max_size=3000),
    st.lists(st.sampled_from([b"\x00", b"ab", "施策".encode(), b"\xff" * 7]), max_size=3000).map(b"".join),
)


def run(decoder: Decoder, data: bytes, cuts: list[int] | None = None) -> bytes:
    """``data`` through ``decoder``, fed in the pieces ``cuts`` make."""
    points = sorted({0, len(data), *(c % (len(data) + 1) for c in cuts or [])})
    out = b"".join(piece for a, b in itertools.pairwise(points) for piece in decoder.feed(data[a:b]))
    return out + b"".join(decoder.finish())


def test_the_specification_example_decodes() -> None:
    # PDF 32000-1, 7.4.4.2: the codes 256 45 258 258 65 259 66 257 in 9 bits.
    assert run(LZWDecoder(), bytes.fromhex("800B6050220C0C8501")) == b"-----A---B"
    assert lzw_pack([CLEAR, 45, 258, 258, 65, 259, 66, EOD]) == bytes.fromhex("800B6050220C0C8501")


@settings(max_examples=150, deadline=None)
@given(data_st, st.lists(st.integers(min_value=0), max_size=6))
def test_lzw_decodes_what_pdfminer_decodes(data: bytes, cuts: list[int]) -> None:
    encoded = lzw_encode(data)
    assert lzwdecode(encoded) == data  # the test's encoder is right
    assert run(LZWDecoder(), encoded, cuts) == data
    assert decoded_size(encoded, [LZWDecoder()], limit=10**9) == len(data)


@settings(max_examples=60, deadline=None)
@given(data_st)
def test_lzw_with_early_change_0(data: bytes) -> None:
    assert run(LZWDecoder(early_change=0), lzw_encode(data, early_change=0)) == data


def test_lzw_through_many_table_clears() -> None:
    encoded = lzw_encode(REPORT)
    assert lzw_codes(REPORT).count(CLEAR) > 3
    assert run(LZWDecoder(), encoded, [1, 2, 3, 5000, 5001]) == REPORT == lzwdecode(encoded)


@pytest.mark.parametrize(
    "codes",
    [
        [CLEAR, 65, EOD, 66, 67],  # pdfminer reads on past EOD
        [CLEAR, 65, 66, 300, 67],  # a code the table cannot have yet: decoding stops
        [65, 258, 259],  # no clear code first
    ],
    ids=["past EOD", "bad code", "no clear"],
)
def test_lzw_decodes_at_least_what_pdfminer_does(codes: list[int]) -> None:
    encoded = lzw_pack(codes)
    try:
        expected = lzwdecode(encoded)
    except IndexError:  # pdfminer fails without a clear code first
        expected = b""
    assert run(LZWDecoder(), encoded).startswith(expected)


@settings(max_examples=150, deadline=None)
@given(data_st, st.lists(st.integers(min_value=0), max_size=6))
def test_run_length_decodes_what_pdfminer_decodes(data: bytes, cuts: list[int]) -> None:
    encoded = rl_encode(data)
    assert rldecode(encoded) == data
    assert run(RunLengthDecoder(), encoded, cuts) == data
    assert decoded_size(encoded, [RunLengthDecoder()], limit=10**9) == len(data)


@settings(max_examples=100, deadline=None)
@given(data_st, st.lists(st.integers(min_value=0), max_size=6))
def test_ascii_layers_decode_what_pdfminer_decodes(data: bytes, cuts: list[int]) -> None:
    for text in (a85(data), base64.a85encode(data, adobe=True), b"  " + base64.a85encode(data) + b"~>"):
        assert run(ASCII85Decoder(), text, cuts) == ascii85decode(text) == data
    spaced = b" \n".join(ahx(data)[i : i + 3] for i in range(0, len(ahx(data)), 3))
    for text in (ahx(data), ahx(data).upper(), spaced, ahx(data)[:-2] + b">"):  # the last: an odd digit
        assert run(ASCIIHexDecoder(), text, cuts) == asciihexdecode(text)
        assert run(ASCIIHexDecoder(), text, cuts) == asciihexdecode(text)


def test_flate_in_pieces() -> None:
    compressed = zlib.compress(REPORT)
    assert run(FlateDecoder(), compressed, [1, 7, 100, 5000]) == REPORT
    assert run(FlateDecoder(), b"not zlib at all") == b""


def test_a_chain_counts_every_stage() -> None:
    lzw = lzw_encode(REPORT)
    text = a85(zlib.compress(lzw))
    chain: list[Decoder] = [ASCII85Decoder(), FlateDecoder(), LZWDecoder()]
    # ASCII85 gives the deflated bytes, Flate the LZW codes, LZW the report.
    assert decoded_size(text, chain, limit=10**9) == len(zlib.compress(lzw)) + len(lzw) + len(REPORT)


@pytest.mark.parametrize(
    ("make", "decoder"),
    [(lzw_bomb, LZWDecoder), (rl_bomb, RunLengthDecoder)],
    ids=["lzw", "runlength"],
)
def test_counting_stops_just_past_the_limit(make: object, decoder: type) -> None:
    bomb = make(50_000_000)  # type: ignore[operator]
    limit = 1_000_000
    counted = decoded_size(bomb, [decoder()], limit)
    # One piece past the limit at most: the rest is never decoded.
    assert limit < counted <= limit + CHUNK + 4096


def test_a_bomb_decodes_to_what_it_claims() -> None:
    assert decoded_size(lzw_bomb(20_000_000), [LZWDecoder()], limit=10**10) >= 20_000_000
    assert len(lzwdecode(lzw_bomb(100_000))) >= 100_000
    assert (
        decoded_size(rl_bomb(1_000_000), [RunLengthDecoder()], limit=10**10) == (1_000_000 // 128 + 1) * 128
    )


FILTER_NAMES = [b"/FlateDecode", b"/LZWDecode", b"/RunLengthDecode", b"/ASCII85Decode", b"/ASCIIHexDecode"]


@settings(max_examples=80, deadline=None)
@given(
    content=st.binary(max_size=400)
    | st.sampled_from([b"BT /F1 12 Tf (endstream) Tj ET\n" * 20, b"\x80" * 300]),
    filters=st.lists(st.sampled_from(FILTER_NAMES), max_size=3),
    keyword=st.sampled_from([b"stream\n", b"stream\r\n", b"stream\r", b"stream \n"]),
    padding=st.sampled_from([b"", b" /Note (1 0 obj << /X\\( )", b" /Pad (" + b"x" * 2500 + b")"]),
)
def test_a_stream_is_never_counted_short_of_what_pdfminer_decodes(
    content: bytes, filters: list[bytes], keyword: bytes, padding: bytes
) -> None:
    data = encode(content, filters)
    # After a lone CR, data that begins with LF would read as one CRLF line end.
    assume(not (keyword.endswith(b"\r") and data.startswith(b"\n")))
    pdf = one_page_pdf(data, filters, padding, keyword=keyword)
    if not filters:
        assert inflated_size(pdf, limit=10**9) == 0  # stored as is: nothing to decode
        return
    decoded = pdfminer_decoded(pdf)
    assert decoded == len(content)  # pdfminer read the stream through the whole chain
    assert inflated_size(pdf, limit=10**9) >= decoded
