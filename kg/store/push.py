"""Send the graph to a SPARQL 1.1 server through the Graph Store HTTP Protocol.

Each named graph is PUT as N-Triples to ``ENDPOINT?graph=IRI``; a PUT
replaces what the server held under that name, so pushing twice leaves the
server as pushing once does.

Then the merge of all named graphs is PUT to ``ENDPOINT?default``, so that the
server's default graph is what the embedded store's default graph is and the
contract's queries answer the same there.  A server's own "default graph as
union" will not do: Oxigraph's (``oxigraph serve --union-default-graph``)
returns a triple once per graph that holds it, so a label stated in two
documents would answer twice.  Servers whose default graph is always the
union of the named graphs (Virtuoso, QLever) are pushed with
``default_graph=False``.

Graphs the server holds that the store does not (a document since removed)
are left alone: the server may hold other data too.
"""

from __future__ import annotations

import io
import logging
import urllib.parse
from collections.abc import Iterator, Sequence
from typing import NamedTuple

import pyoxigraph as ox

from kg.errors import PolicyKGError, UsageError
from kg.settings import Settings
from kg.store.reader import ReadStore
from kg.store.remote import HttpEndpoint, HttpError, TransportError, trim

log = logging.getLogger(__name__)

TIMEOUT_S = 60.0
DEFAULT_GRAPH = "the default graph"
_GSP_HINT = (
    "push needs the server's Graph Store HTTP Protocol endpoint "
    "(Oxigraph: http://HOST:7878/store, Fuseki: http://HOST:3030/DATASET/data, "
    "Virtuoso: http://HOST:8890/sparql-graph-crud-auth)"
)
# What a server answers a PUT it does not take: no such resource, no PUT
# there, or not RDF there.
_NOT_GSP = {404, 405, 406, 415, 501}


class Pushed(NamedTuple):
    """One graph sent: its IRI (or :data:`DEFAULT_GRAPH`) and how many triples it holds."""

    graph: str
    triples: int

    @property
    def is_default(self) -> bool:
        return self.graph == DEFAULT_GRAPH


def check_endpoint(endpoint: str) -> HttpEndpoint:
    """The Graph Store endpoint ``endpoint`` names, refusing URLs that cannot be one."""
    target = HttpEndpoint(endpoint, "--endpoint")
    params = urllib.parse.parse_qs(urllib.parse.urlsplit(target.url).query, keep_blank_values=True)
    if "graph" in params or "default" in params:
        raise UsageError(
            f"--endpoint {target.shown}: give the endpoint without ?graph= or ?default; {_GSP_HINT}"
        )
    last = urllib.parse.urlsplit(target.url).path.rstrip("/").rpartition("/")[2].lower()
    if last in {"query", "update", "sparql"}:
        raise UsageError(f"--endpoint {target.shown}: this is a SPARQL query or update URL; {_GSP_HINT}")
    return target


def _graph_body(store: ReadStore, graph: ox.NamedNode | ox.DefaultGraph) -> tuple[bytes, int]:
    buf = io.BytesIO()
    try:
        store.oxigraph.dump(buf, ox.RdfFormat.N_TRIPLES, from_graph=graph)
    except (OSError, ValueError) as exc:
        raise PolicyKGError(f"{store.generation}: cannot read the graph to push ({exc})") from None
    body = buf.getvalue()
    return body, body.count(b"\n")  # N-Triples: one triple a line


def _put(
    target: HttpEndpoint,
    param: str,
    body: bytes,
    name: str,
    done: int,
    timeout_s: float,
    *,
    optional: bool = False,
) -> str | None:
    """PUT one graph; with ``optional``, a refusal is returned (as "HTTP code: message"), not raised."""
    sep = "&" if urllib.parse.urlsplit(target.url).query else "?"
    url = target.url + sep + param
    headers = {"Content-Type": "application/n-triples"}
    pushed = f" ({done} graph{'s' if done != 1 else ''} pushed before it)" if done else ""
    try:
        with target.open("PUT", url, data=body, headers=headers, timeout_s=timeout_s) as response:
            response.body.read()
    except HttpError as exc:
        code, message = exc.code, exc.message
        if 300 <= code < 400:
            raise PolicyKGError(
                f"{target.shown}: the server redirects (HTTP {code}) to {exc.location or 'another URL'}; "
                "give the endpoint's final URL"
            ) from None
        if optional and code not in {401, 403}:
            return f"HTTP {code}: {message}"
        if code in {401, 403}:
            raise PolicyKGError(
                f"{target.shown}: not allowed to write (HTTP {code}: {message}); give the user and password "
                f"in the URL (http://user:password@host/…) and make sure the user may update{pushed}"
            ) from None
        if code in _NOT_GSP and param != "default":
            raise PolicyKGError(
                f"{target.shown}: HTTP {code} ({message}) when sending {name}{pushed}; {_GSP_HINT}"
            ) from None
        raise PolicyKGError(
            f"{target.shown}: the server refused {name} (HTTP {code}: {message}){pushed}"
        ) from None
    except TimeoutError:
        raise PolicyKGError(
            f"{target.shown}: no answer within {timeout_s:g} s while sending {name}{pushed}"
        ) from None
    except TransportError as exc:
        if exc.hung_up:
            # Some servers (Virtuoso) answer a refusal before reading the body and hang up.
            if optional:
                return "the server closed the connection"
            raise PolicyKGError(
                f"{target.shown}: the server closed the connection while receiving {name}, refusing it "
                f"without saying why (a wrong user or password?){pushed}"
            ) from None
        raise PolicyKGError(f"{target.shown}: cannot reach the server ({exc.reason}){pushed}") from None
    return None


def push_graphs(
    settings: Settings,
    endpoint: str,
    *,
    default_graph: bool | None = None,
    merged_graph: str | None = None,
    dry_run: bool = False,
    timeout_s: float = TIMEOUT_S,
) -> Iterator[Pushed]:
    """PUT each named graph of the store, then their merge as the server's default graph.

    ``default_graph``: None sends the merge to the default graph and, should
    the server refuse it (Virtuoso has no default graph of its own), warns and
    goes on; True makes that refusal an error; False does not send it.
    ``merged_graph``: also PUT the merge as this named graph, for servers whose
    query endpoint can be told to use one graph as its default (Virtuoso's
    ``DefaultGraph``).  Yields a :class:`Pushed` as each graph lands (or, with
    ``dry_run``, would be sent, with nothing contacted).
    """
    target = check_endpoint(endpoint)
    if merged_graph is not None:
        try:
            ox.NamedNode(merged_graph)
        except ValueError:
            raise UsageError(f"--merged-graph {merged_graph!r}: not an absolute IRI") from None
    store = ReadStore(settings.data_dir)
    named = store.named_graphs()
    if not named:
        raise PolicyKGError(f"{settings.data_dir}: the store holds no graph to push")
    if merged_graph in named:
        raise UsageError(f"--merged-graph <{merged_graph}> is a graph of the store; name another one")
    graphs: list[tuple[str, str, ox.NamedNode | ox.DefaultGraph]] = [
        (iri, urllib.parse.urlencode({"graph": iri}), ox.NamedNode(iri)) for iri in named
    ]
    if merged_graph is not None:
        graphs.append((merged_graph, urllib.parse.urlencode({"graph": merged_graph}), ox.DefaultGraph()))
    if default_graph is not False:
        # The protocol names the default graph with a bare ``?default``.
        graphs.append((DEFAULT_GRAPH, "default", ox.DefaultGraph()))
    for done, (name, param, node) in enumerate(graphs):
        body, count = _graph_body(store, node)
        if not dry_run:
            optional = name == DEFAULT_GRAPH and default_graph is None
            label = name if name == DEFAULT_GRAPH else f"graph <{name}>"
            refused = _put(target, param, body, label, done, timeout_s, optional=optional)
            if refused is not None:
                log.warning(
                    "%s: the server took no default graph (%s); its default graph may be the union of all "
                    "graphs, where a triple held by two graphs answers twice (see docs/external-servers.md)",
                    target.shown,
                    refused,
                )
                continue
        yield Pushed(name, count)


def summary(pushed: Sequence[Pushed], endpoint: str, *, dry_run: bool = False) -> str:
    """One line about a finished push.

    >>> summary([Pushed("urn:a", 3), Pushed(DEFAULT_GRAPH, 3)], "http://u:p@h/store")
    'pushed 1 named graph (3 triples) and the default graph (3 triples) to http://h/store'
    """
    named = [p for p in pushed if not p.is_default]
    default = [p for p in pushed if p.is_default]
    graphs = (
        f"{len(named)} named graph{'s' if len(named) != 1 else ''} ({sum(p.triples for p in named)} triples)"
    )
    if default:
        graphs += f" and the default graph ({default[0].triples} triples)"
    verb = "would push" if dry_run else "pushed"
    return f"{verb} {graphs} to {trim(HttpEndpoint(endpoint).shown, 300)}"
