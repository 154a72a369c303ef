"""Fixtures of the security tests: a canary HTTP server, a store digest, a hostile corpus, the web app
over the built sample."""

from __future__ import annotations

import hashlib
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pyoxigraph as ox
import pytest
from flask import Flask

from kg.settings import Settings
from kg.store.reader import current_generation
from tests.conftest import settings_for
from web import create_app

HOSTNAME = Path("/etc/hostname")


# The content of a local file the tests point at; it must never show up anywhere.
SECRET = "policykg-secret-9d41c7e2-never-served"


def hostname_text() -> str | None:
    """The content of /etc/hostname, which must never show up in an answer or the store."""
    try:
        text = HOSTNAME.read_text(encoding="utf-8").strip()
    except OSError:
        return None
    # A short host name would be found everywhere and prove nothing; SECRET stands in.
    return text if len(text) >= 6 else None


def leaked(text: str | bytes) -> list[str]:
    """Which local file contents appear in ``text``."""
    found = text.decode("utf-8", "replace") if isinstance(text, bytes) else text
    return [marker for marker in (SECRET, hostname_text()) if marker is not None and marker in found]


@pytest.fixture(scope="session")
def secret_url(tmp_path_factory: pytest.TempPathFactory) -> str:
    """A file: URL whose content is SECRET."""
    path = tmp_path_factory.mktemp("secret") / "secret.txt"
    path.write_text(SECRET + "\n", encoding="utf-8")
    return path.as_uri()


class Canary:
    """An HTTP server on 127.0.0.1 that counts every request it receives."""

    def __init__(self) -> None:
        self.hits = 0
        self.paths: list[str] = []
        canary = self

        class Handler(BaseHTTPRequestHandler):
            def _hit(self) -> None:
                canary.hits += 1
                canary.paths.append(self.path)
                self.send_response(200)
                self.send_header("Content-Type", "text/turtle")
                self.end_headers()
                self.wfile.write(b"<urn:a> <urn:b> <urn:c> .\n")

            do_GET = do_POST = do_HEAD = _hit  # noqa: N815

            def log_message(self, *args: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/canary"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture(scope="module")
def canary() -> Iterator[Canary]:
    server = Canary()
    yield server
    server.close()


def store_digest(data_dir: Path) -> str:
    """SHA-256 of the current generation's quads as sorted N-Quads, read through a read-only store."""
    generation = current_generation(data_dir)
    assert generation is not None, f"{data_dir}: no store"
    store = ox.Store.read_only(str(generation))
    lines = sorted(str(quad) for quad in store)
    digest = hashlib.sha256()
    for line in lines:
        digest.update(line.encode("utf-8") + b"\n")
    return digest.hexdigest()


# --------------------------------------------------------------------------- a hostile corpus

SCRIPT = "<script>alert('xss-script')</script>"
IMG = "<img src=x onerror=alert('xss-img')>"
JS_URL = "javascript:alert('xss-url')"
ATTR = "\"><svg onload=alert('xss-attr')>"
HOSTILE_ID = "hostile-report-2021-10-22"
# An IRI under the id base that the hostile RDF links to javascript: IRIs.
HOSTILE_ENTITY = "https://w3id.org/policykg/id/law/hostile-js-law"
_SCRIPT_Q = SCRIPT.replace('"', '\\"')
_ATTR_Q = ATTR.replace('"', '\\"')
_JS_IRI = JS_URL.replace("'", "%27")

MANIFEST = f"""\
[corpus]
ignore = ["manifest.toml"]

[[document]]
id = "{HOSTILE_ID}"
file = "{HOSTILE_ID}.txt"
title = "{_SCRIPT_Q}報告書フォローアップ{IMG}"
publisher = "デジタル庁{_ATTR_Q}"
date = 2021-10-22
source = "{JS_URL}"
license = "{IMG}"
"""

REPORT = f"""\
{SCRIPT}ワーキンググループ報告書フォローアップ{IMG}

2021年10月22日

デジタル庁

これまでの主な取組状況について①{SCRIPT}

項目\t取組状況
1 マイナンバー関連システム整備{IMG}\t
マイナンバーカードの発行・運営体制の抜本的強化{ATTR}\t<ul style="list-style-type: none">✓ {SCRIPT}デジタル社会形成整備法によるJ-LISに対する国のガバナンスの強化（3年9月施行）✓ {JS_URL} 代表者会議委員に国の委員の選出（3年9月）</ul>
読み仮名の法制化の検討{SCRIPT}\t<ul style="list-style-type: none">✓ 「{IMG}氏名の読み仮名の法制化に関する研究会」において検討（～3年7月）✓ 公金受取口座登録法{ATTR}の成立（3年5月）</ul>

これまでの主な取組状況について②{IMG}

項目\t取組状況
2 マイナンバーの利活用の促進{ATTR}\t
マイナポータルをハブとしたデジタルセーフティネット構築{JS_URL}\t✓ 寄附金控除証明書について{SCRIPT}マイナポータル連携による自動入力を実現予定（4年1月～）

{JS_URL}

- ✓ 地方公共団体情報システムの標準化に関する法律{IMG}の制定（デジタル改革関連法）
- ✓ <a href="{JS_URL}">リンク</a>と<iframe src="{JS_URL}"></iframe>の検討
"""  # noqa: E501 (report lines are long, as in the seed)

HOSTILE_RDF = f"""\
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix owl: <http://www.w3.org/2002/07/owl#> .
<{HOSTILE_ENTITY}> a <https://w3id.org/policykg/ontology#Law> ;
    rdfs:label "{_SCRIPT_Q}{IMG}法"@ja ;
    owl:sameAs <{_JS_IRI}> ;
    rdfs:seeAlso <javascript:alert(1)> .
<javascript:alert(2)> rdfs:label "{_ATTR_Q}" ;
    rdfs:seeAlso <{HOSTILE_ENTITY}> .
"""


@pytest.fixture(scope="session")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    """A corpus of one report full of markup and javascript: URLs, built, plus RDF that
    links one of its IRIs to javascript: IRIs."""
    from kg.build import build
    from kg.store.loading import load_file

    root = tmp_path_factory.mktemp("hostile")
    corpus = root / "corpus"
    corpus.mkdir()
    (corpus / "manifest.toml").write_text(MANIFEST, encoding="utf-8")
    (corpus / f"{HOSTILE_ID}.txt").write_text(REPORT, encoding="utf-8")
    settings = settings_for(root / "data", corpus)
    report = build(settings)
    assert not report.failed, report.to_text()
    rdf = root / "hostile.ttl"
    rdf.write_text(HOSTILE_RDF, encoding="utf-8")
    load_file(settings, rdf, graph_iri=None, fmt=None)
    return settings


@pytest.fixture(scope="module")
def app(built: Settings) -> Iterator[Flask]:
    """The web app over the built sample, its queries stopped after 5 s (a module that wants other
    settings has an ``app`` of its own)."""
    app = create_app(built.replace(query_timeout_s=5.0))
    yield app
    app.extensions["policykg.sparql"].close()
