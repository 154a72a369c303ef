"""The web app's safe limits come from the settings, not from constants."""

from __future__ import annotations

from kg.settings import Settings
from web import create_app


def test_query_nesting_limit_is_a_setting(built: Settings) -> None:
    app = create_app(built.replace(max_query_nesting=10))
    query = "SELECT * WHERE " + "{" * 20 + " ?s ?p ?o " + "}" * 20
    response = app.test_client().get(
        "/sparql", query_string={"query": query}, headers={"Accept": "application/sparql-results+json"}
    )
    assert response.status_code == 400
    assert "the limit is 10" in response.get_json()["error"]


def test_graph_node_limit_is_a_setting(built: Settings) -> None:
    app = create_app(built.replace(max_graph_nodes=3))
    response = app.test_client().get("/export/graph", query_string={"issue": "1.3", "format": "json"})
    assert response.status_code == 200
    assert int(response.headers["X-Graph-Nodes"]) <= 3
    assert response.headers["X-Graph-Truncated"] == "true"


def test_client_query_limit_is_a_setting(built: Settings) -> None:
    from web.sparql import SLOTS

    app = create_app(built.replace(max_queries_per_client=1, sparql_workers=3))
    assert app.extensions[SLOTS].limit == 1
