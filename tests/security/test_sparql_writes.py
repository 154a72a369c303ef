"""No protocol route writes: every update form, sent every way the protocol allows (and
some it does not), is refused with a 4xx and the store's quads are unchanged."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from flask import Flask
from flask.testing import FlaskClient
from werkzeug.test import TestResponse

from kg.settings import Settings
from tests.security.conftest import store_digest

UPDATES = [
    "INSERT DATA { <urn:x:s> <urn:x:p> <urn:x:o> }",
    "INSERT DATA { GRAPH <urn:x:g> { <urn:x:s> <urn:x:p> 'x' } }",
    "INSERT { ?s <urn:x:p> 'x' } WHERE { ?s ?p ?o }",
    "DELETE DATA { <urn:x:s> <urn:x:p> <urn:x:o> }",
    "DELETE WHERE { ?s ?p ?o }",
    "DELETE { ?s ?p ?o } INSERT { ?s ?p 'x' } WHERE { ?s ?p ?o }",
    "WITH <https://w3id.org/policykg/id/ontology> DELETE { ?s ?p ?o } WHERE { ?s ?p ?o }",
    "LOAD <file:///etc/hostname>",
    "LOAD SILENT <http://127.0.0.1:9/x> INTO GRAPH <urn:x:g>",
    "CLEAR ALL",
    "CLEAR DEFAULT",
    "CLEAR SILENT NAMED",
    "DROP ALL",
    "DROP SILENT GRAPH <https://w3id.org/policykg/id/ontology>",
    "CREATE GRAPH <urn:x:g>",
    "COPY DEFAULT TO <urn:x:g>",
    "MOVE DEFAULT TO <urn:x:g>",
    "ADD DEFAULT TO <urn:x:g>",
    "PREFIX ex: <urn:x:> INSERT DATA { ex:s ex:p ex:o }",
    "# a comment first\nDROP ALL",
    "SELECT * WHERE { ?s ?p ?o } ; DROP ALL",
    "ASK {} ; CLEAR ALL",
]


def _get_query(client: FlaskClient, update: str) -> TestResponse:
    return client.get("/sparql", query_string={"query": update})


def _get_update(client: FlaskClient, update: str) -> TestResponse:
    return client.get("/sparql", query_string={"update": update})


def _form_query(client: FlaskClient, update: str) -> TestResponse:
    return client.post("/sparql", data={"query": update})


def _form_update(client: FlaskClient, update: str) -> TestResponse:
    return client.post("/sparql", data={"update": update})


def _sparql_update(client: FlaskClient, update: str) -> TestResponse:
    return client.post("/sparql", data=update.encode(), headers={"Content-Type": "application/sparql-update"})


def _sparql_query(client: FlaskClient, update: str) -> TestResponse:
    return client.post("/sparql", data=update.encode(), headers={"Content-Type": "application/sparql-query"})


def _editor(client: FlaskClient, update: str) -> TestResponse:
    return client.post("/sparql", data={"query": update}, headers={"Accept": "text/html"})


ROUTES: dict[str, Callable[[FlaskClient, str], TestResponse]] = {
    "GET query=": _get_query,
    "GET update=": _get_update,
    "POST form query=": _form_query,
    "POST form update=": _form_update,
    "POST application/sparql-update": _sparql_update,
    "POST application/sparql-query": _sparql_query,
    "POST form query= from the editor": _editor,
}


@pytest.fixture(scope="module")
def digest(built: Settings) -> str:
    return store_digest(built.data_dir)


@pytest.mark.parametrize("route", list(ROUTES))
def test_updates_are_refused_and_change_nothing(app: Flask, built: Settings, digest: str, route: str) -> None:
    client = app.test_client()
    send = ROUTES[route]
    for update in UPDATES:
        response = send(client, update)
        assert 400 <= response.status_code < 500, (update, response.status_code, response.data[:300])
        assert b"Traceback" not in response.data
    assert store_digest(built.data_dir) == digest


def test_the_digest_sees_a_change(tmp_path_factory: pytest.TempPathFactory) -> None:
    # The digest must notice a written quad, or the test above proves nothing.
    import pyoxigraph as ox

    from kg.store.reader import current_generation
    from kg.store.writer import writing
    from tests.conftest import settings_for

    data = tmp_path_factory.mktemp("digest") / "data"
    settings = settings_for(data)
    with writing(settings.data_dir) as writer:
        writer.load(b"<urn:x:s> <urn:x:p> <urn:x:o> .\n", ox.RdfFormat.N_TRIPLES, "urn:x:g")
    before = store_digest(data)
    with writing(settings.data_dir) as writer:
        writer.load(b"<urn:x:s> <urn:x:p> <urn:x:o2> .\n", ox.RdfFormat.N_TRIPLES, "urn:x:g")
    assert current_generation(data) is not None
    assert store_digest(data) != before
