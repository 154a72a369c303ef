"""Absolute URLs behind a TLS reverse proxy: ``X-Forwarded-Proto`` and ``X-Forwarded-Host``,
believed only from a trusted proxy.

Takes a WSGI app and the networks of ``trusted_proxies``; gives a WSGI app in
which a request whose peer is a trusted proxy has its scheme and host taken
from those headers (werkzeug's ProxyFix, one hop), so ``url_for(...,
_external=True)`` says ``https://`` behind a TLS proxy.  From any other peer
the headers are ignored: anyone can send them.  ``REMOTE_ADDR`` is left alone;
:mod:`web.clients` reads the client from ``X-Forwarded-For`` itself.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

from werkzeug.middleware.proxy_fix import ProxyFix

from kg.settings import Network, Settings
from web.clients import parse_address

if TYPE_CHECKING:
    from _typeshed.wsgi import StartResponse, WSGIApplication, WSGIEnvironment


class TrustedProxyFix:
    """Applies ProxyFix (proto and host) only to requests from ``trusted`` peers."""

    def __init__(self, app: WSGIApplication, trusted: Sequence[Network]) -> None:
        self.app = app
        self.trusted = tuple(trusted)
        self.fixed = ProxyFix(app, x_for=0, x_proto=1, x_host=1, x_port=0, x_prefix=0)

    def _from_trusted(self, environ: WSGIEnvironment) -> bool:
        if not self.trusted:
            return False
        peer = parse_address(str(environ.get("REMOTE_ADDR") or ""))
        return peer is not None and any(peer.version == n.version and peer in n for n in self.trusted)

    def __call__(self, environ: WSGIEnvironment, start_response: StartResponse) -> Iterable[bytes]:
        handler: Any = self.fixed if self._from_trusted(environ) else self.app
        result: Iterable[bytes] = handler(environ, start_response)
        return result


def public_base(settings: Settings) -> str:
    """The site's public URL for links shown to be shared: setting ``base_url``, else the address
    served at; never the request's ``Host`` header, which any client can write."""
    return settings.base_url or f"http://{settings.host}:{settings.port}/"
