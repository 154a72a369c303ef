"""Serve the web app on waitress, a production WSGI server."""

from __future__ import annotations

import logging

from waitress import serve as waitress_serve

from kg.settings import Settings
from web.app import create_app


def serve(settings: Settings) -> None:
    """Run until interrupted; prints the URL first."""
    logging.getLogger("waitress").setLevel(logging.WARNING)
    app = create_app(settings)
    print(f"policykg: serving {settings.data_dir} at http://{settings.host}:{settings.port}/", flush=True)
    waitress_serve(
        app,
        host=settings.host,
        port=settings.port,
        threads=settings.threads,
        ident="policykg",
        max_request_body_size=settings.max_request_bytes,
        # Lets a page see that its client has gone (waitress.client_disconnected) and stop.
        channel_request_lookahead=1,
    )
