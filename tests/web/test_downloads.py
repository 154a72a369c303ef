"""Query results downloaded from the SPARQL editor are made for spreadsheets; the protocol's are not."""

from __future__ import annotations

import csv
import io

from flask.testing import FlaskClient

QUERY = 'SELECT ?label ?n WHERE { BIND("=HYPERLINK(\\"http://example.com\\")" AS ?label) BIND(-2 AS ?n) }'
BROWSER = {"Accept": "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"}


def test_protocol_csv_is_the_w3c_format_untouched(client: FlaskClient) -> None:
    response = client.get("/sparql", query_string={"query": QUERY}, headers={"Accept": "text/csv"})
    assert response.status_code == 200 and response.mimetype == "text/csv"
    assert "Content-Disposition" not in response.headers
    rows = list(csv.reader(io.StringIO(response.get_data(as_text=True), newline="")))
    assert rows == [["label", "n"], ['=HYPERLINK("http://example.com")', "-2"]]


def test_editor_download_links_ask_for_a_download(client: FlaskClient) -> None:
    page = client.get("/sparql", query_string={"query": QUERY}, headers=BROWSER).get_data(as_text=True)
    assert "download=1" in page and 'data-format="csv"' in page


def test_downloaded_csv_is_neutralised(client: FlaskClient) -> None:
    response = client.get("/sparql", query_string={"query": QUERY, "format": "csv", "download": "1"})
    assert response.status_code == 200 and response.mimetype == "text/csv"
    assert response.headers["Content-Disposition"].startswith("attachment;")
    rows = list(csv.reader(io.StringIO(response.get_data(as_text=True), newline="")))
    assert rows == [["label", "n"], ['\'=HYPERLINK("http://example.com")', "'-2"]]


def test_downloaded_tsv_is_neutralised(client: FlaskClient) -> None:
    response = client.get("/sparql", query_string={"query": QUERY, "format": "tsv", "download": "1"})
    assert response.status_code == 200 and response.mimetype == "text/tab-separated-values"
    lines = response.get_data(as_text=True).splitlines()
    assert lines == ["?label\t?n", '"\'=HYPERLINK(\\"http://example.com\\")"\t\'-2']
