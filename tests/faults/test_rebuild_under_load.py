"""A rebuild while the server answers requests: no request fails, and the server moves to the new build."""

from __future__ import annotations

import contextlib
import json
import subprocess
import threading
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote

import pytest

from kg.build import content_hash
from kg.settings import Settings
from tests.conftest import GIF_ID, needs_gif, settings_for
from tests.faults.conftest import NEW_PHRASE, SEARCH_TERM, change_guidebook, start_build
from web.app import create_app

THREADS = 2
AFTER_REBUILD = 40  # requests per thread once the new build is in place
HASH_QUERY = (
    f'SELECT ?hash WHERE {{ ?d <https://w3id.org/policykg/ns#documentId> "{GIF_ID}" ; '
    "<https://w3id.org/policykg/ns#contentHash> ?hash }"
)
SPARQL_JSON = {"Accept": "application/sparql-results+json"}


@pytest.fixture
def served(data: Path, corpus_copy: Path) -> Iterator[tuple[str, Settings]]:
    from waitress.server import create_server

    settings = settings_for(data, corpus_copy)
    server = create_server(create_app(settings), host="127.0.0.1", port=0, threads=4)
    port = server.effective_port

    def run() -> None:
        # Closing the listening socket from this thread can wake the loop on a
        # closed descriptor; that is how it stops, not a failure.
        with contextlib.suppress(OSError, ValueError):
            server.run()

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{port}", settings
    finally:
        server.close()
        thread.join(10)


def get(url: str, headers: dict[str, str] | None = None) -> tuple[int, bytes]:
    request = urllib.request.Request(url, headers=headers or {})
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read()


def issue_path(settings: Settings) -> str:
    from kg.rdf.namespaces import sparql_prologue
    from kg.store.reader import ReadStore
    from web.links import entity_href

    rows = ReadStore(settings.data_dir).select(
        sparql_prologue() + 'SELECT ?i WHERE { ?i a pol:Issue ; pol:number "3.2" }'
    )
    href = entity_href(rows[0]["i"])
    assert href is not None
    return href


def served_hash(base: str) -> str:
    status, body = get(f"{base}/sparql?query={quote(HASH_QUERY)}", SPARQL_JSON)
    assert status == 200, body
    bindings = json.loads(body)["results"]["bindings"]
    return str(bindings[0]["hash"]["value"])


@needs_gif  # the build changes the guidebook
def test_rebuild_under_load_fails_no_request(
    served: tuple[str, Settings], corpus_copy: Path, builds: list[subprocess.Popen[str]]
) -> None:
    base, settings = served
    old_hash = served_hash(base)
    targets = [
        (f"{base}/", {}),
        (f"{base}/search?q={quote(SEARCH_TERM)}", {}),
        (base + issue_path(settings), {}),
        (f"{base}/sparql?query={quote(HASH_QUERY)}", SPARQL_JSON),
    ]
    for url, headers in targets:
        assert get(url, headers)[0] == 200, url

    new_bytes = change_guidebook(corpus_copy)
    rebuilt = threading.Event()
    failures: list[str] = []
    during = [0] * THREADS
    total = [0] * THREADS

    def load(worker: int) -> None:
        after = 0
        n = 0
        # The endpoint runs one query per client at a time and answers 429 past
        # that, as it should; one client thread sends SPARQL, so a 429 is a fault.
        mine = targets if worker == 0 else targets[:-1]
        # Bounded: the rebuild has a time limit below, and then a fixed number more.
        while after < AFTER_REBUILD:
            done = rebuilt.is_set()
            url, headers = mine[n % len(mine)]
            n += 1
            try:
                status, body = get(url, headers)
            except OSError as exc:
                failures.append(f"{url}: {type(exc).__name__}: {exc}")
                continue
            finally:
                total[worker] += 1
            if status != 200:
                failures.append(f"{url}: HTTP {status}: {body[:200]!r}")
            if done:
                after += 1
            else:
                during[worker] += 1

    workers = [threading.Thread(target=load, args=(n,)) for n in range(THREADS)]
    for worker in workers:
        worker.start()
    proc = start_build(settings.data_dir, corpus_copy)
    builds.append(proc)
    try:
        _, err = proc.communicate(timeout=180)
    finally:
        rebuilt.set()
        for worker in workers:
            worker.join(120)
    assert proc.returncode == 0, err
    assert not any(worker.is_alive() for worker in workers)
    assert failures == [], f"{len(failures)} of {sum(total)} requests failed: {failures[:5]}"
    assert min(during) > 0, "requests ran while the rebuild did"

    # The server answers from the new generation: the store and the search index.
    assert served_hash(base) == content_hash(new_bytes) != old_hash
    status, body = get(f"{base}/search.json?q={quote(NEW_PHRASE)}")
    assert status == 200 and json.loads(body)["total"] > 0
