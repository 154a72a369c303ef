"""Send every named graph to a SPARQL 1.1 server via the Graph Store HTTP Protocol.

Each graph is PUT (replacing what the server had under that name) as
N-Triples to ``ENDPOINT?graph=IRI``, so pushing twice gives the same result.
"""

from __future__ import annotations

import io
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator

import pyoxigraph as ox

from kg.errors import PolicyKGError
from kg.settings import Settings
from kg.store import ReadStore

TIMEOUT_S = 60


def _check_endpoint(endpoint: str) -> str:
    parts = urllib.parse.urlsplit(endpoint)
    if parts.scheme not in {"http", "https"} or not parts.netloc:
        raise PolicyKGError(f"--endpoint {endpoint}: not an http(s) URL")
    return endpoint


def push_graphs(settings: Settings, endpoint: str) -> Iterator[tuple[str, int]]:
    """PUT each named graph of the store; yields (graph IRI, triple count) as each one lands."""
    url = _check_endpoint(endpoint)
    store = ReadStore(settings.data_dir)
    for graph_iri in store.named_graphs():
        buf = io.BytesIO()
        store.oxigraph.dump(buf, ox.RdfFormat.N_TRIPLES, from_graph=ox.NamedNode(graph_iri))
        body = buf.getvalue()
        sep = "&" if "?" in url else "?"
        target = f"{url}{sep}{urllib.parse.urlencode({'graph': graph_iri})}"
        request = urllib.request.Request(  # noqa: S310 (scheme checked above)
            target, data=body, method="PUT", headers={"Content-Type": "application/n-triples"}
        )
        try:
            # the scheme was checked to be http(s) above
            with urllib.request.urlopen(request, timeout=TIMEOUT_S) as response:  # noqa: S310
                response.read()
        except urllib.error.HTTPError as exc:
            raise PolicyKGError(
                f"{endpoint}: the server refused graph {graph_iri} (HTTP {exc.code})"
            ) from None
        except (urllib.error.URLError, OSError) as exc:
            reason = getattr(exc, "reason", exc)
            raise PolicyKGError(f"{endpoint}: cannot reach the server ({reason})") from None
        yield graph_iri, body.count(b"\n")
