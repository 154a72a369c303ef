"""The Flask app factory: reads no globals, only the settings it is given."""

from __future__ import annotations

from typing import Any

from flask import Flask, Response, g, jsonify, make_response, render_template, request
from werkzeug.exceptions import HTTPException

from kg.budget import spending
from kg.errors import BudgetError, PolicyKGError
from kg.rdf.ontology import class_label
from kg.settings import Settings
from web.negotiation import add_vary, wants_json
from web.proxy import TrustedProxyFix
from web.stores import StoreHolder

CSP = (
    "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
    "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'"
)


# Sent with every answer, the app's and waitress's own error pages alike (web.server).
SECURITY_HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
    "X-Frame-Options": "DENY",
}


# Blueprints whose pages run under the page budget (SPARQL has its own time limit).
BUDGETED = {"home", "search", "ask", "entities", "documents", "graph", "export", "compare", "pictures"}


def create_app(settings: Settings) -> Flask:
    """Build the app for ``settings``."""
    app = Flask(__name__)
    app.config.update(
        MAX_CONTENT_LENGTH=settings.max_request_bytes,
        JSON_AS_ASCII=False,
        POLICYKG_SETTINGS=settings,
    )
    app.json.ensure_ascii = False  # type: ignore[attr-defined]
    app.extensions["policykg.store"] = StoreHolder(settings)
    app.wsgi_app = TrustedProxyFix(app.wsgi_app, settings.trusted_proxy_networks)  # type: ignore[method-assign]

    from web import ask, compare, describe, documents, entities, export, graph, home, pictures, search, sparql

    blueprints = (
        home.bp,
        search.bp,
        ask.bp,
        entities.bp,
        documents.bp,
        sparql.bp,
        describe.bp,
        graph.bp,
        export.bp,
        compare.bp,
        pictures.bp,
    )
    for blueprint in blueprints:
        app.register_blueprint(blueprint)

    @app.after_request
    def security_headers(response: Response) -> Response:
        for name, value in SECURITY_HEADERS.items():
            if name == "Content-Security-Policy":
                response.headers.setdefault(name, value)
            else:
                response.headers[name] = value
        return response

    app.after_request(add_vary)
    # Every template names classes through the ontology's one table: {{ kind | class_label }}.
    app.add_template_filter(class_label, "class_label")

    def error_response(body: dict[str, Any], status: int) -> tuple[Any, int]:
        if wants_json():
            return jsonify(body), status
        return render_template("errors/error.html", error=body), status

    @app.errorhandler(PolicyKGError)
    def policykg_error(exc: PolicyKGError) -> Any:
        response = make_response(error_response(exc.to_json(), exc.status))
        if isinstance(exc, BudgetError) and exc.status == 503:
            response.headers["Retry-After"] = "10"
        return response

    @app.errorhandler(HTTPException)
    def http_error(exc: HTTPException) -> tuple[Any, int]:
        status = exc.code or 500
        body = {"ok": False, "error": exc.description or exc.name, "code": f"H{status}", "status": status}
        return error_response(body, status)

    @app.errorhandler(Exception)
    def unexpected_error(exc: Exception) -> tuple[Any, int]:
        # Logged with its traceback on the server; the client sees one line.
        app.logger.exception("unexpected error on %s", request.path)
        body = {"ok": False, "error": "internal error", "code": "E000", "status": 500}
        return error_response(body, 500)

    @app.before_request
    def remember_settings() -> None:
        g.settings = settings
        if request.blueprint in BUDGETED:
            # Waitress tells whether the client is still there (with a request lookahead).
            gone = request.environ.get("waitress.client_disconnected")
            g.budget = spending(settings.page_budget_s, f"the page {request.path}", gone)
            g.budget.__enter__()

    @app.teardown_request
    def close_budget(_exc: BaseException | None) -> None:
        if (spent := g.pop("budget", None)) is not None:
            spent.__exit__(None, None, None)

    return app
