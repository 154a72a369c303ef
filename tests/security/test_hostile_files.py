"""Hostile input files: RDF/XML with external entities or entity expansion and JSON-LD
with a remote @context given to `policykg load`; a .docx zip bomb, a .docx with an
external entity and malformed or truncated PDFs given to the reader and to a build.

Each is refused with one clear line (or read safely) in bounded time and memory:
the readers run in a child process whose address space is capped, so a file that
got through would fail the test instead of exhausting the machine.
"""

from __future__ import annotations

import base64
import functools
import io
import json
import os
import resource
import struct
import subprocess
import sys
import zipfile
import zlib
from collections.abc import Callable
from pathlib import Path

import pytest

from kg.errors import DocumentError
from kg.read.docx import MAX_UNCOMPRESSED_BYTES
from kg.read.pdf import BASE_MEMORY
from tests.conftest import ROOT
from tests.pdf_streams import (
    a85,
    ahx,
    filter_entry,
    japanese_pdf,
    lzw_bomb,
    lzw_encode,
    one_page_pdf,
    pdfminer_decoded,
    recompress,
    rl_bomb,
)
from tests.security.conftest import Canary, leaked, store_digest

# Address space and wall clock a child gets; generous for a read, far below what the
# attacks would take unchecked.
CHILD_MEMORY = 3 * 1024**3
CHILD_SECONDS = 120

RDF_HEAD = '<?xml version="1.0"?>\n'
RDF_BODY = """
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:ex="http://example.org/">
  <rdf:Description rdf:about="http://example.org/a"><ex:p>&x;</ex:p></rdf:Description>
</rdf:RDF>
"""
LAUGHS = "\n".join(
    [
        '<!ENTITY l0 "lollollollol">',
        *(f'<!ENTITY l{i} "{f"&l{i - 1};" * 10}">' for i in range(1, 10)),
        '<!ENTITY x "&l9;">',
    ]
)


def _cap() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (CHILD_MEMORY, CHILD_MEMORY))


def run_child(*args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("POLICYKG_")}
    env["RUST_BACKTRACE"] = "0"
    return subprocess.run(
        [sys.executable, *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=CHILD_SECONDS,
        preexec_fn=_cap if sys.platform.startswith("linux") else None,
    )


def policykg_load(path: Path, data: Path) -> subprocess.CompletedProcess[str]:
    return run_child("-m", "kg", "load", str(path), "--data", str(data))


@pytest.fixture
def data(tmp_path: Path) -> Path:
    """A store holding one small graph, so refused loads can be checked for changes."""
    seed = tmp_path / "seed.nt"
    seed.write_text("<urn:x:s> <urn:x:p> <urn:x:o> .\n", encoding="utf-8")
    folder = tmp_path / "data"
    done = policykg_load(seed, folder)
    assert done.returncode == 0, done.stderr
    return folder


def assert_one_line_error(done: subprocess.CompletedProcess[str]) -> None:
    assert done.returncode == 1, (done.returncode, done.stderr[-2000:])
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1, done.stderr[-2000:]
    assert "Traceback" not in done.stderr


def assert_nothing_leaked(data: Path, before: str, canary: Canary, hits: int) -> None:
    assert canary.hits == hits, canary.paths
    assert store_digest(data) == before
    dumped = run_child("-m", "kg", "dump", "--format", "nq", "-o", "-", "--data", str(data))
    assert dumped.returncode == 0, dumped.stderr
    assert not leaked(dumped.stdout)


@pytest.mark.parametrize(
    "doctype",
    [
        '<!DOCTYPE rdf:RDF [<!ENTITY x SYSTEM "{canary}">]>',
        '<!DOCTYPE rdf:RDF [<!ENTITY x SYSTEM "file:///etc/hostname">]>',
        '<!DOCTYPE rdf:RDF [<!ENTITY x SYSTEM "{secret}">]>',
        '<!DOCTYPE rdf:RDF [<!ENTITY x PUBLIC "-//X//EN" "{canary}">]>',
        '<!DOCTYPE rdf:RDF [<!ENTITY % p SYSTEM "{canary}"> %p; <!ENTITY x "y">]>',
        '<!DOCTYPE rdf:RDF SYSTEM "{canary}" [<!ENTITY x "y">]>',
        "<!DOCTYPE rdf:RDF [\n" + LAUGHS + "\n]>",
        '<!DOCTYPE rdf:RDF [<!ENTITY x "&y;"><!ENTITY y "&x;">]>',
    ],
    ids=[
        "external http",
        "external file",
        "external secret file",
        "public id",
        "parameter entity",
        "external subset",
        "billion laughs",
        "cycle",
    ],
)
def test_hostile_rdf_xml_is_refused(
    tmp_path: Path, data: Path, canary: Canary, secret_url: str, doctype: str
) -> None:
    before, hits = store_digest(data), canary.hits
    hostile = tmp_path / "hostile.rdf"
    doctype = doctype.replace("{canary}", canary.url).replace("{secret}", secret_url)
    hostile.write_text(RDF_HEAD + doctype + RDF_BODY, encoding="utf-8")
    done = policykg_load(hostile, data)
    if doctype.startswith("<!DOCTYPE rdf:RDF SYSTEM"):
        # An external DTD subset is never read, so the triples load without it: a safe load.
        assert done.returncode == 0, done.stderr
        before = store_digest(data)
    else:
        assert_one_line_error(done)
        assert str(hostile) in done.stderr
    assert_nothing_leaked(data, before, canary, hits)


def test_rdf_xml_with_namespace_entities_still_loads(tmp_path: Path, data: Path) -> None:
    # Ontologies abbreviate namespaces with entities; those must keep working.
    good = tmp_path / "good.rdf"
    good.write_text(
        RDF_HEAD
        + '<!DOCTYPE rdf:RDF [<!ENTITY ex "http://example.org/"><!ENTITY x "値">]>'
        + RDF_BODY.replace('rdf:about="http://example.org/a"', 'rdf:about="&ex;a"'),
        encoding="utf-8",
    )
    done = policykg_load(good, data)
    assert done.returncode == 0, done.stderr
    query = "SELECT ?o WHERE { <http://example.org/a> ?p ?o }"
    dumped = run_child("-m", "kg", "sparql", query, "--format", "tsv", "--data", str(data))
    assert "値" in dumped.stdout


def test_json_ld_with_a_remote_context_is_not_fetched(
    tmp_path: Path, data: Path, canary: Canary, secret_url: str
) -> None:
    before, hits = store_digest(data), canary.hits
    for context in (canary.url, [canary.url], {"@import": canary.url}, "file:///etc/hostname", secret_url):
        hostile = tmp_path / "hostile.jsonld"
        hostile.write_text(
            json.dumps({"@context": context, "@id": "http://example.org/a", "http://example.org/p": "x"}),
            encoding="utf-8",
        )
        done = policykg_load(hostile, data)
        assert_one_line_error(done)
    assert_nothing_leaked(data, before, canary, hits)


# --------------------------------------------------------------------------- documents


def docx_bomb(path: Path, inflated: int) -> None:
    """A .docx whose document.xml inflates to ``inflated`` bytes of valid WordprocessingML."""
    from docx import Document

    buffer = io.BytesIO()
    Document().save(buffer)
    with zipfile.ZipFile(buffer) as template, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as bomb:
        for item in template.infolist():
            if item.filename != "word/document.xml":
                bomb.writestr(item, template.read(item))
        head = (
            b'<?xml version="1.0" encoding="UTF-8"?>'
            b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
            b"<w:body><w:p><w:r><w:t>"
        )
        tail = b"</w:t></w:r></w:p></w:body></w:document>"
        chunk = "報告".encode() * (1 << 18)
        with bomb.open("word/document.xml", "w", force_zip64=True) as part:
            part.write(head)
            written = 0
            while written < inflated:
                part.write(chunk)
                written += len(chunk)
            part.write(tail)


@pytest.fixture(scope="module")
def bomb(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("bomb") / "bomb.docx"
    docx_bomb(path, 400_000_000)
    assert path.stat().st_size < 5_000_000  # small on disk: it only becomes large when read
    return path


READ = (
    "import sys; from pathlib import Path; from kg.errors import DocumentError; "
    "from kg.read import read_document\n"
    "try:\n    document = read_document(Path(sys.argv[1]))\n"
    "except DocumentError as exc:\n    print('DocumentError:', exc); sys.exit(3)\n"
    "print('read'); print(document.text)"
)


def read_in_child(path: Path) -> subprocess.CompletedProcess[str]:
    return run_child("-c", READ, str(path))


def test_a_docx_zip_bomb_is_refused(bomb: Path) -> None:
    done = read_in_child(bomb)
    assert done.returncode == 3, (done.returncode, done.stdout, done.stderr[-2000:])
    assert "zip bomb" in done.stdout
    assert f"{MAX_UNCOMPRESSED_BYTES:,}" in done.stdout


def test_a_docx_zip_bomb_fails_only_its_document_in_a_build(bomb: Path, tmp_path: Path) -> None:
    from tests.conftest import SEED

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "bomb.docx").write_bytes(bomb.read_bytes())
    (corpus / SEED.name).write_bytes(SEED.read_bytes())
    done = run_child("-m", "kg", "build", "--corpus", str(corpus), "--data", str(tmp_path / "data"), "--json")
    assert "Traceback" not in done.stderr
    report = json.loads((tmp_path / "data" / "build-report.json").read_text(encoding="utf-8"))
    status = {d["id"]: d for d in report["documents"]}
    failed = [d for d in status.values() if d["status"] == "failed"]
    assert len(failed) == 1, status
    assert "zip bomb" in failed[0]["error"]
    assert [d["status"] for d in status.values() if d is not failed[0]] == ["built"]


def test_a_docx_under_the_limit_is_still_read(tmp_path: Path) -> None:
    from docx import Document

    path = tmp_path / "small.docx"
    document = Document()
    document.add_heading("デジタル社会の実現に向けた重点計画", level=1)
    document.add_paragraph("マイナンバーカードの普及を進める。")
    document.save(str(path))
    from kg.read import read_document

    assert "マイナンバーカード" in read_document(path).text


def test_a_docx_with_an_external_entity_is_not_resolved(
    tmp_path: Path, canary: Canary, secret_url: str
) -> None:
    from docx import Document

    buffer = io.BytesIO()
    Document().save(buffer)
    path = tmp_path / "xxe.docx"
    hits = canary.hits
    for target in (canary.url, "file:///etc/hostname", secret_url):
        with zipfile.ZipFile(buffer) as template, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as hostile:
            for item in template.infolist():
                if item.filename != "word/document.xml":
                    hostile.writestr(item, template.read(item))
            hostile.writestr(
                "word/document.xml",
                '<?xml version="1.0" encoding="UTF-8"?>'
                f'<!DOCTYPE w:document [<!ENTITY x SYSTEM "{target}">]>'
                '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
                "<w:body><w:p><w:r><w:t>報告&x;</w:t></w:r></w:p></w:body></w:document>",
            )
        done = read_in_child(path)
        assert done.returncode in (0, 3), done.stderr[-2000:]
        assert not leaked(done.stdout + done.stderr)
    assert canary.hits == hits


def _docx_with(name: str, content: bytes | None) -> bytes:
    from docx import Document

    template_bytes = io.BytesIO()
    Document().save(template_bytes)
    out = io.BytesIO()
    with zipfile.ZipFile(template_bytes) as template, zipfile.ZipFile(out, "w") as changed:
        for item in template.infolist():
            if item.filename != name:
                changed.writestr(item, template.read(item))
            elif content is not None:
                changed.writestr(name, content)
    return out.getvalue()


def malformed_docx() -> dict[str, bytes]:
    whole = _docx_with("", None)
    return {
        "truncated": whole[: len(whole) // 2],
        "not a zip": "報告書".encode() * 100,
        "document.xml not well-formed": _docx_with("word/document.xml", b"<w:document><unclosed"),
        "relationships not XML": _docx_with("_rels/.rels", b"not xml"),
        "no document.xml": _docx_with("word/document.xml", None),
        "many parts": _many_parts(),
    }


def _many_parts() -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as package:
        for n in range(6_000):
            package.writestr(f"part/{n}.xml", b"")
    return out.getvalue()


@pytest.mark.parametrize("name", list(malformed_docx()))
def test_malformed_docx_gives_a_document_error(tmp_path: Path, name: str) -> None:
    from kg.read import read_document

    path = tmp_path / "broken.docx"
    path.write_bytes(malformed_docx()[name])
    with pytest.raises(DocumentError, match=r"broken\.docx: ") as raised:
        read_document(path)
    assert "\n" not in str(raised.value)


def pdf_bytes() -> bytes:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("HeiseiMin-W3"))
    buffer = io.BytesIO()
    page = canvas.Canvas(buffer)
    page.setFont("HeiseiMin-W3", 12)
    for n in range(3):
        page.drawString(72, 720, f"これまでの主な取組状況について{n}")
        page.drawString(72, 700, "✓ デジタル社会形成整備法の施行（3年9月）")
        page.showPage()
    page.save()
    return buffer.getvalue()


def malformed_pdfs() -> dict[str, bytes]:
    good = pdf_bytes()
    size = len(good)
    cases = {f"truncated at {n}": good[:n] for n in (8, 64, size // 4, size // 2, size * 3 // 4, size - 30)}
    cases["header only"] = b"%PDF-1.7\n"
    cases["no header"] = good[9:]
    cases["random bytes"] = b"%PDF-1.4\n" + bytes((i * 7919) % 256 for i in range(20_000))
    cases["flipped bytes"] = bytes(b ^ 0x5A if i % 61 == 0 else b for i, b in enumerate(good))
    cases["root loops to itself"] = (
        b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 1 0 R >> endobj\n"
        b"xref\n0 2\n0000000000 65535 f \n0000000009 00000 n \n"
        b"trailer << /Size 2 /Root 1 0 R /Prev 9 >>\nstartxref\n9\n%%EOF"
    )
    cases["pages nest forever"] = (
        b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
        b"2 0 obj << /Type /Pages /Kids [2 0 R] /Count 1 >> endobj\n"
        b"trailer << /Root 1 0 R >>\n%%EOF"
    )
    cases["encrypted marker"] = good.replace(b"/Root", b"/Encrypt << /Filter /Standard /V 9 >> /Root", 1)
    return cases


@pytest.mark.parametrize("name", list(malformed_pdfs()))
def test_malformed_pdfs_give_a_document_error(tmp_path: Path, name: str) -> None:
    path = tmp_path / "broken.pdf"
    path.write_bytes(malformed_pdfs()[name])
    done = read_in_child(path)
    assert done.returncode in (0, 3), (done.returncode, done.stdout, done.stderr[-2000:])
    assert "Traceback" not in done.stdout + done.stderr
    if done.returncode == 3:
        line = done.stdout.strip()
        assert "\n" not in line
        assert str(path) in line


def pdf_bomb(inflated: int, filters: bytes = b"/FlateDecode") -> bytes:
    """A one-page PDF whose content stream inflates to ``inflated`` bytes of drawing operators."""
    compressor = zlib.compressobj(9)
    chunk = b"0 0 m 1 1 l S\n" * 75_000
    parts = [compressor.compress(chunk) for _ in range(inflated // len(chunk) + 1)]
    stream = b"".join([*parts, compressor.flush()])
    if b"ASCII85" in filters:
        stream = base64.a85encode(stream, adobe=True, wrapcol=76)
    elif b"AHx" in filters or b"ASCIIHex" in filters:
        stream = stream.hex().encode() + b">"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>",
        b"<< /Length %d /Filter %s >>\nstream\n" % (len(stream), filters) + stream + b"\nendstream",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


@pytest.mark.parametrize(
    "filters",
    [b"/FlateDecode", b"[/ASCII85Decode /FlateDecode]", b"[/AHx /Fl]"],
    ids=["flate", "ascii85", "hex"],
)
def test_a_pdf_deflate_bomb_is_refused(tmp_path: Path, filters: bytes) -> None:
    path = tmp_path / "bomb.pdf"
    path.write_bytes(pdf_bomb(400_000_000, filters))
    assert path.stat().st_size < 3_000_000
    done = read_in_child(path)
    assert done.returncode == 3, (done.returncode, done.stdout, done.stderr[-2000:])
    assert "decompression bomb" in done.stdout


def test_a_small_deflated_pdf_is_still_read(tmp_path: Path) -> None:
    from kg.read.pdf import MAX_INFLATED_BYTES

    good = pdf_bytes()
    assert 0 < pdfminer_decoded(good) < MAX_INFLATED_BYTES
    path = tmp_path / "good.pdf"
    path.write_bytes(good)
    done = read_in_child(path)
    assert done.returncode == 0, (done.stdout, done.stderr[-2000:])


def test_malformed_pdfs_in_a_build_fail_only_themselves(tmp_path: Path) -> None:
    from kg.build import build
    from tests.conftest import SEED, settings_for

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / SEED.name).write_bytes(SEED.read_bytes())
    for n, content in enumerate(list(malformed_pdfs().values())[:6]):
        (corpus / f"broken-{n}.pdf").write_bytes(content)
    report = build(settings_for(tmp_path / "data", corpus))
    failed = report.failed
    assert len(failed) == 6, report.to_text()
    assert all(d.error and "\n" not in d.error for d in failed)
    assert any(d.status == "built" for d in report.documents)


def test_a_document_error_is_what_the_reader_raises(tmp_path: Path) -> None:
    from kg.read import read_document

    path = tmp_path / "broken.pdf"
    path.write_bytes(b"%PDF-1.7\n")
    with pytest.raises(DocumentError):
        read_document(path)


# --------------------------------------------------------------------------- LZW and RunLength

# A limit far below what the bombs below decode to (each 400 MB or more).
SMALL_LIMIT = 10_000_000
BOMB_SIZE = 400_000_000
# The PDF is read in a worker whose address space may grow by BASE_MEMORY plus twice
# the limit past its start-up size (the interpreter and pdfplumber, about 50 MB).
# Decoding any bomb whole would take more than BOMB_SIZE.
PEAK_BYTES = BASE_MEMORY + 2 * SMALL_LIMIT + 100 * 1024**2

READ_MEASURED = (
    "import resource, sys, time; from pathlib import Path; from kg.errors import DocumentError; "
    "from kg.read import read_document\n"
    "start = time.monotonic()\n"
    "try:\n    read_document(Path(sys.argv[1]), max_unpacked_bytes=int(sys.argv[2]))\n"
    "except DocumentError as exc:\n    print('DocumentError:', exc)\n"
    "else:\n    print('read')\n"
    "print('peak', resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * 1024, time.monotonic() - start)"
)


@functools.cache
def deflate_bomb(inflated: int) -> bytes:
    compressor = zlib.compressobj(9)
    chunk = b"0 0 m 1 1 l S\n" * 75_000
    return b"".join(
        [*(compressor.compress(chunk) for _ in range(inflated // len(chunk) + 1)), compressor.flush()]
    )


LZW_BOMBS: dict[str, tuple[list[bytes], Callable[[], bytes]]] = {
    "lzw": ([b"/LZWDecode"], lambda: lzw_bomb(BOMB_SIZE)),
    "runlength": ([b"/RunLengthDecode"], lambda: rl_bomb(BOMB_SIZE // 6)),
    "ascii85 + lzw": ([b"/ASCII85Decode", b"/LZWDecode"], lambda: a85(lzw_bomb(BOMB_SIZE))),
    "hex + runlength": ([b"/AHx", b"/RL"], lambda: ahx(rl_bomb(BOMB_SIZE // 6))),
    "flate + lzw": ([b"/FlateDecode", b"/LZWDecode"], lambda: zlib.compress(lzw_bomb(4 * BOMB_SIZE), 9)),
    "flate + runlength": ([b"/Fl", b"/RunLengthDecode"], lambda: zlib.compress(rl_bomb(BOMB_SIZE), 9)),
    "lzw + flate": ([b"/LZW", b"/FlateDecode"], lambda: lzw_encode(deflate_bomb(BOMB_SIZE))),
}


def read_measured(path: Path, limit: int) -> tuple[str, int]:
    """The child's one line (``DocumentError: …`` or ``read``) and the peak resident memory of
    the PDF worker it started."""
    done = run_child("-c", READ_MEASURED, str(path), str(limit))
    assert done.returncode == 0, (done.returncode, done.stdout, done.stderr[-2000:])
    first, peak = done.stdout.strip().splitlines()
    return first, int(peak.split()[1])


@pytest.mark.parametrize("name", list(LZW_BOMBS))
def test_an_lzw_or_run_length_bomb_is_refused_in_bounded_memory(tmp_path: Path, name: str) -> None:
    filters, make = LZW_BOMBS[name]
    path = tmp_path / "bomb.pdf"
    path.write_bytes(one_page_pdf(make(), filters))
    assert path.stat().st_size < 3_000_000  # small on disk: it only becomes large when decoded
    line, peak = read_measured(path, SMALL_LIMIT)
    assert line.startswith("DocumentError:"), line
    assert str(path) in line
    assert "decompression bomb" in line
    assert f"{SMALL_LIMIT:,}" in line
    assert peak < PEAK_BYTES, f"{peak:,} bytes at the peak"
    assert peak < BOMB_SIZE, f"{peak:,} bytes at the peak"


def deflate_bomb_after(prefix: bytes, inflated: int) -> bytes:
    """zlib data that inflates to ``prefix`` (kept as is, in a stored block) and then ``inflated``
    bytes of drawing operators."""
    chunk = b"0 0 m 1 1 l S\n" * 75_000
    raw = zlib.compressobj(9, zlib.DEFLATED, -15)
    adler = zlib.adler32(prefix)
    parts = []
    for _ in range(inflated // len(chunk) + 1):
        parts.append(raw.compress(chunk))
        adler = zlib.adler32(chunk, adler)
    stored = b"\x00" + struct.pack("<HH", len(prefix), 0xFFFF ^ len(prefix)) + prefix
    return b"\x78\x01" + stored + b"".join(parts) + raw.flush() + struct.pack(">I", adler)


# Deflate bombs shaped to slip past a check that reads the file less carefully than pdfminer.
BYPASSES: dict[str, Callable[[], bytes]] = {
    # /Length covers bytes after an early "endstream" inside the data; pdfminer reads them.
    "endstream inside the data": lambda: one_page_pdf(deflate_bomb_after(b"endstream", BOMB_SIZE), [b"/Fl"]),
    # A lone carriage return ends the stream keyword's line.
    "stream keyword ends with CR": lambda: one_page_pdf(
        deflate_bomb(BOMB_SIZE), [b"/Fl"], keyword=b"stream\r"
    ),
    # The filter names stand more than 2 KB before the stream keyword.
    "long dictionary": lambda: one_page_pdf(
        a85(deflate_bomb(BOMB_SIZE)), [b"/A85", b"/Fl"], b" /Padding (" + b"x" * 3000 + b")"
    ),
    # "obj" inside a string of the dictionary, after the filter names.
    "obj inside a string": lambda: one_page_pdf(
        a85(deflate_bomb(BOMB_SIZE)), [b"/A85", b"/Fl"], b" /Note (see 9 0 obj << /X\\( )"
    ),
}


@pytest.mark.parametrize("name", list(BYPASSES))
def test_bombs_shaped_to_mislead_the_check_are_refused(tmp_path: Path, name: str) -> None:
    path = tmp_path / "bomb.pdf"
    path.write_bytes(BYPASSES[name]())
    line, peak = read_measured(path, SMALL_LIMIT)
    assert line.startswith("DocumentError:") and "decompression bomb" in line, line
    assert peak < PEAK_BYTES


@pytest.mark.parametrize(
    "entries",
    [
        b" /Filter 5 0 R",
        b" /Filter [/FlateDecode /LZWDecode] /DecodeParms [<< /Predictor 12 /Columns 4 >> null]",
    ],
    ids=["filter by reference", "predictor before LZW"],
)
def test_odd_filter_entries_give_one_line_and_no_crash(tmp_path: Path, entries: bytes) -> None:
    from kg.read import read_document

    path = tmp_path / "odd.pdf"
    pdf = one_page_pdf(zlib.compress(lzw_encode(b"BT ET\n")), [], entries)
    path.write_bytes(pdf.replace(b"5 0 R", b"4 0 R") if b"5 0 R" in entries else pdf)
    with pytest.raises(DocumentError) as raised:  # its content is empty: no text layer
        read_document(path)
    assert str(path) in str(raised.value)
    assert "\n" not in str(raised.value)


@pytest.mark.parametrize(
    "filters",
    [
        [b"/LZWDecode"],
        [b"/RunLengthDecode"],
        [b"/FlateDecode"],
        [b"/ASCII85Decode", b"/LZWDecode"],
        [b"/FlateDecode", b"/LZWDecode"],
        [b"/ASCIIHexDecode", b"/RunLengthDecode"],
    ],
    ids=["lzw", "runlength", "flate", "ascii85 + lzw", "flate + lzw", "hex + runlength"],
)
def test_a_legitimate_lzw_or_run_length_pdf_is_read(tmp_path: Path, filters: list[bytes]) -> None:
    from kg.read import read_document

    pdf = recompress(japanese_pdf(), filters)
    assert b"/Filter " + filter_entry(filters) in pdf  # the content stream is encoded so
    assert 0 < pdfminer_decoded(pdf) < 100_000
    path = tmp_path / "report.pdf"
    path.write_bytes(pdf)
    text = read_document(path, max_unpacked_bytes=100_000).text
    assert "これまでの主な取組状況について" in text
    assert "デジタル社会形成整備法の施行（3年9月）" in text


def test_the_limit_is_the_max_unpacked_bytes_setting(tmp_path: Path) -> None:
    pdf = recompress(japanese_pdf(), [b"/LZWDecode"])
    path = tmp_path / "report.pdf"
    path.write_bytes(pdf)
    size = pdfminer_decoded(pdf)
    env = {k: v for k, v in os.environ.items() if not k.startswith("POLICYKG_")}
    runs = {}
    for limit in (size - 1, size):
        runs[limit] = subprocess.run(
            [sys.executable, "-m", "kg", "inspect", str(path)],
            cwd=ROOT,
            env={**env, "POLICYKG_MAX_UNPACKED_BYTES": str(limit)},
            capture_output=True,
            text=True,
            timeout=CHILD_SECONDS,
        )
    refused, read = runs[size - 1], runs[size]
    assert refused.returncode == 1, refused.stderr
    assert refused.stderr.count("\n") == 1 and f"{size - 1:,} bytes" in refused.stderr
    assert read.returncode == 0, read.stderr


def test_objects_overlapping_on_purpose_are_refused(tmp_path: Path) -> None:
    from kg.read import read_document

    # Each "obj" starts a string that runs to the end of the file.
    path = tmp_path / "overlap.pdf"
    path.write_bytes(b"%PDF-1.4\n" + b"1 0 obj (" * 20_000 + b")" * 20_000)
    with pytest.raises(DocumentError) as raised:
        read_document(path)
    assert str(raised.value).startswith(f"{path}: ") and "\n" not in str(raised.value)


def test_a_read_past_its_deadline_is_stopped(tmp_path: Path) -> None:
    from kg.read.pdf import read_pdf

    path = tmp_path / "report.pdf"
    # A deadline no worker meets: pdfplumber alone takes longer to load.
    with pytest.raises(DocumentError, match=r"took longer than 0\.01 s: likely a decompression bomb"):
        read_pdf(path, recompress(japanese_pdf(), [b"/LZWDecode"]), timeout_s=0.01)
