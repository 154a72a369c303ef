"""Entity IRIs and the paths of their pages: which IRIs a path may name, and back."""

from __future__ import annotations

import re
from urllib.parse import quote

import pyoxigraph as ox

from kg.rdf.iris import segment
from kg.rdf.namespaces import ID, PREFIXES, sparql_prologue
from web.stores import store

BASE = str(ID)


# Suffix → (media type, rdflib serialiser).
RDF_SUFFIXES: dict[str, tuple[str, str]] = {
    ".ttl": ("text/turtle", "turtle"),
    ".jsonld": ("application/ld+json", "json-ld"),
    ".nt": ("application/n-triples", "nt"),
}


_MAX_PATH = 2000


# Characters SPARQL forbids inside <…>; a candidate IRI holding one is never queried.
_BAD_IRI_CHARS = re.compile(r'[\x00-\x20<>"{}|^`\\\x7f]')


# Kept as is when a path is percent-encoded: the sub-delimiters and what IRIs already use.
_PATH_SAFE = "/-._~()!$&'*+,;=:@#"


def entity_href(iri: str) -> str | None:
    """The path of ``iri``'s page on this site, or None for IRIs outside the id base.

    Existing %XX escapes are kept and everything else a URL path cannot hold is
    escaped, so both spellings of Japanese IRIs give a working link.

    >>> entity_href("https://w3id.org/policykg/id/agency/デジタル庁")
    '/id/agency/%E3%83%87%E3%82%B8%E3%82%BF%E3%83%AB%E5%BA%81'
    """
    if not iri.startswith(BASE) or iri == BASE:
        return None
    local = quote(iri[len(BASE) :], safe=_PATH_SAFE.replace("#", "") + "%")
    return f"/id/{local}"


def candidate_iris(path: str) -> list[str]:
    """The IRIs a decoded request path may stand for, most literal first."""
    forms = [
        path,
        quote(path, safe=_PATH_SAFE),
        # the builder's own spelling: non-ASCII kept, ASCII specials escaped
        quote(path, safe=_PATH_SAFE + "".join({ch for ch in path if ord(ch) > 127})),
        # exactly as kg.rdf.iris writes each segment of an IRI it mints
        "/".join(segment(part) for part in path.split("/")),
    ]
    return [BASE + form for form in dict.fromkeys(forms) if is_iri(BASE + form)]


def is_iri(text: str) -> bool:
    """True for a well-formed absolute IRI that is safe to write between ``<`` and ``>``."""
    if _BAD_IRI_CHARS.search(text):
        return False
    try:
        ox.NamedNode(text)
    except ValueError:
        return False
    return True


def existing_iri(path: str) -> str | None:
    """The first candidate IRI for ``path`` that the graph knows, if any."""
    if not path or len(path) > _MAX_PATH:
        return None
    candidates = candidate_iris(path)
    if not candidates:
        return None
    values = " ".join(f"<{c}>" for c in candidates)
    rows = store().select(
        sparql_prologue() + f"SELECT ?c WHERE {{ VALUES ?c {{ {values} }} "
        "FILTER EXISTS { { ?c ?p ?o } UNION { ?s ?q ?c } } }"
    )
    known = {r["c"] for r in rows}
    return next((c for c in candidates if c in known), None)


def short_iri(iri: str) -> str:
    """``pol:Issue`` for an IRI in a known namespace, else the IRI itself."""
    for prefix, ns in PREFIXES.items():
        if iri.startswith(ns) and len(iri) > len(ns):
            return f"{prefix}:{iri[len(ns) :]}"
    return iri
