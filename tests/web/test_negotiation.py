"""One rule for page numbers and one error shape on every route; Vary: Accept where Accept decides."""

from __future__ import annotations

from urllib.parse import quote

import pytest
from flask import Flask

from kg import errors

NEGOTIATED = ["/", "/search?q=" + quote("デジタル庁"), "/id/agency/digital-agency"]


@pytest.mark.parametrize("path", NEGOTIATED)
@pytest.mark.parametrize("accept", ["text/html", "application/json"])
def test_negotiated_routes_vary_on_accept(app: Flask, path: str, accept: str) -> None:
    response = app.test_client().get(path, headers={"Accept": accept})
    assert response.status_code == 200
    assert "Accept" in response.vary


@pytest.mark.parametrize("path", ["/?page=abc", "/search?q=x&type=nonsense", "/id/no/such/thing"])
def test_errors_of_negotiated_routes_vary_on_accept(app: Flask, path: str) -> None:
    response = app.test_client().get(path, headers={"Accept": "application/json"})
    assert 400 <= response.status_code < 500
    assert "Accept" in response.vary


def test_json_paths_answer_json_whatever_accept_says(app: Flask) -> None:
    for path in ("/index.json", "/search.json?q=x"):
        response = app.test_client().get(path, headers={"Accept": "text/html"})
        assert response.mimetype == "application/json"


ROUTES = ["/", "/index.json", "/search?q=x", "/search.json?q=x"]
BAD_PAGES = ["abc", "0", "-1", "1.5", "２", "99999999999", "1e3"]


@pytest.mark.parametrize("route", ROUTES)
@pytest.mark.parametrize("value", BAD_PAGES)
def test_a_bad_page_number_is_the_same_400_on_every_route(app: Flask, route: str, value: str) -> None:
    sep = "&" if "?" in route else "?"
    response = app.test_client().get(
        f"{route}{sep}page={quote(value)}", headers={"Accept": "application/json"}
    )
    assert response.status_code == 400
    body = response.get_json()
    assert body == {"ok": False, "error": body["error"], "code": "E001", "status": 400}
    assert "page" in body["error"] and "whole number" in body["error"]


@pytest.mark.parametrize("route", ["/?page=0", "/search?q=x&page=0"])
def test_a_bad_page_number_in_a_browser_is_the_error_page(app: Flask, route: str) -> None:
    response = app.test_client().get(route, headers={"Accept": "text/html"})
    assert response.status_code == 400 and response.mimetype == "text/html"
    html = response.get_data(as_text=True)
    assert "E001" in html and "Traceback" not in html


def test_search_errors_have_codes_of_their_own() -> None:
    assert issubclass(errors.SearchRequestError, errors.SearchError)
    assert (errors.SearchRequestError.code, errors.SearchRequestError.status) == ("E510", 400)
    # E500 is the search index failing, which is the server's fault
    assert (errors.SearchError.code, errors.SearchError.status) == ("E500", 500)


def test_a_bad_search_is_not_reported_as_e500(app: Flask) -> None:
    body = app.test_client().get("/search.json?q=x&type=nonsense").get_json()
    assert (body["code"], body["status"]) == ("E510", 400)
