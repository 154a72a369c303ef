"""Serve the web app on waitress, a production WSGI server.

Takes the settings; runs the app until interrupted.  Two things are set on
waitress itself: the pages waitress writes on its own (400, 413, 431 for
requests it refuses before the app sees them) carry the same security headers
as the app's answers, and the ``X-Forwarded-*`` headers reach the app, which
believes them only from the proxies named in ``trusted_proxies``
(:mod:`web.clients`, :mod:`web.proxy`); waitress's own trust takes a single
address, not networks, and would drop them.

A page sees its client leave through ``waitress.client_disconnected``: here it
peeks at the connection (an end of stream or a reset means gone) instead of
waitress's ``channel_request_lookahead``, whose main loop spins on ``select()``
while a response is written and takes the interpreter from the request threads
(a 3 ms search answered in about 9 ms).
"""

from __future__ import annotations

import logging
import socket
from typing import Any

from waitress.channel import HTTPChannel
from waitress.server import create_server
from waitress.task import ErrorTask

from kg.settings import Settings
from search.ask import warm
from web.app import SECURITY_HEADERS, create_app
from web.memory import limit_malloc_arenas


class _ErrorTask(ErrorTask):  # type: ignore[misc]
    """Waitress's own error page, with the app's security headers."""

    def execute(self) -> None:
        self.response_headers.extend(SECURITY_HEADERS.items())
        super().execute()


class _Channel(HTTPChannel):  # type: ignore[misc]
    error_task_class = _ErrorTask

    def check_client_disconnected(self) -> bool:
        """Whether the client has closed or reset the connection (called from the request's thread).

        Without a request lookahead the main loop does not read the socket while a
        request runs, so peeking here takes nothing from it: no bytes waiting means
        the client waits, bytes mean a next request, an end of stream or an error
        that it has gone.
        """
        if not self.connected:
            return True
        try:
            waiting: bytes = self.socket.recv(1, socket.MSG_PEEK)
            return waiting == b""
        except (BlockingIOError, InterruptedError):
            return False
        except OSError:
            return True


def make_server(settings: Settings, **options: Any) -> Any:
    """The waitress server for ``settings`` (not yet running)."""
    app = create_app(settings)
    # the names and labels a question reads, read ahead in the background now and after each build
    app.extensions["policykg.store"].keep_warm(warm)
    server = create_server(
        app,
        host=settings.host,
        port=settings.port,
        threads=settings.threads,
        ident="policykg",
        max_request_body_size=settings.max_request_bytes,
        # No lookahead: _Channel peeks at the connection to tell a page its client has gone.
        channel_request_lookahead=0,
        clear_untrusted_proxy_headers=False,
        **options,
    )
    servers = getattr(server, "map", {}).values() if not hasattr(server, "channel_class") else [server]
    for one in servers:
        if hasattr(one, "channel_class"):
            one.channel_class = _Channel
    return server


def serve(settings: Settings) -> None:
    """Run until interrupted; prints the URL first."""
    logging.getLogger("waitress").setLevel(logging.WARNING)
    logging.basicConfig()
    # Two arenas: the worker threads share them instead of keeping one each.
    limit_malloc_arenas(2)
    server = make_server(settings)
    print(f"policykg: serving {settings.data_dir} at http://{settings.host}:{settings.port}/", flush=True)
    server.run()
