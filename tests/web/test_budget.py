"""Page budgets: past its time a page stops with 503 and Retry-After, too large an answer is 413."""

from __future__ import annotations

from urllib.parse import quote

import pytest
from flask.testing import FlaskClient

from kg.budget import spending
from kg.errors import BudgetError
from kg.settings import Settings
from web import create_app

AGENCY = "/id/agency/digital-agency"
PAGES = [
    AGENCY,
    "/documents/digital-wg-followup-2021-10-22",
    "/search?q=" + quote("マイナンバー"),
    "/graph?focus=" + quote("https://w3id.org/policykg/id/agency/digital-agency", safe=""),
]


def _client(built: Settings, **changes: object) -> FlaskClient:
    return create_app(built.replace(**changes)).test_client()


@pytest.mark.parametrize("path", PAGES)
def test_a_spent_budget_answers_503_in_the_error_shape(built: Settings, path: str) -> None:
    response = _client(built, page_budget_s=0.0).get(path, headers={"Accept": "application/json"})
    assert response.status_code == 503
    assert response.headers["Retry-After"]
    body = response.get_json()
    assert body["ok"] is False and body["code"] == "E900" and body["status"] == 503
    assert "budget" in body["error"]


def test_a_spent_budget_is_answered_so_for_a_search_kept_from_before(built: Settings) -> None:
    path = "/search?q=" + quote("マイナンバーカードの交付")
    assert _client(built).get(path, headers={"Accept": "application/json"}).status_code == 200
    response = _client(built, page_budget_s=0.0).get(path, headers={"Accept": "application/json"})
    assert response.status_code == 503 and response.get_json()["code"] == "E900"


def test_a_page_within_its_budget_is_served(built: Settings) -> None:
    assert _client(built).get(AGENCY).status_code == 200


def test_sparql_keeps_its_own_time_limit(built: Settings) -> None:
    client = _client(built, page_budget_s=0.0)
    response = client.get("/sparql", query_string={"query": "ASK { ?s ?p ?o }"},
                          headers={"Accept": "application/sparql-results+json"})  # fmt: skip
    assert response.status_code == 200


def test_an_rdf_description_over_its_size_is_413(built: Settings) -> None:
    client = _client(built, max_description_triples=5)
    response = client.get(AGENCY + ".ttl")
    assert response.status_code == 413
    body = response.get_json()
    assert body["code"] == "E910" and "more than 5 statements" in body["error"]
    assert "Retry-After" not in response.headers
    # The same description within the limit is served whole.
    assert _client(built).get(AGENCY + ".ttl").status_code == 200


def test_the_client_leaving_stops_the_work() -> None:
    with (
        spending(60.0, "this page", gone=lambda: True) as budget,
        pytest.raises(BudgetError, match="client of this page has gone"),
    ):
        budget.check()
