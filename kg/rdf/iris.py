"""Stable instance IRIs, all under ``https://w3id.org/policykg/id/``.

An IRI is derived from what the thing is — the document id and the entity's
number or normalised name — never from a counter or a run, so building the same
corpus twice gives the same IRIs and an entity keeps its IRI when an unrelated
part of its document changes.

>>> str(issue("digital-wg-followup-2021-10-22", "1.3"))
'https://w3id.org/policykg/id/doc/digital-wg-followup-2021-10-22/issue/1.3'
"""

from __future__ import annotations

import functools
import unicodedata
from urllib.parse import quote

from rdflib import URIRef

from kg.digests import short_hash
from kg.rdf.namespaces import ID

GRAPH_PREFIX = str(ID) + "graph/"


@functools.lru_cache(maxsize=65536)  # a document names the same few keys thousands of times
def segment(text: str) -> str:
    # IRIs may carry Japanese; normalise (NFKC folds full-width forms) and escape
    # only what would break a path segment.
    norm = unicodedata.normalize("NFKC", text).strip()
    return quote(norm, safe="-._~()・" + "".join(ch for ch in norm if ord(ch) > 127))


@functools.lru_cache(maxsize=4096)  # asked for at every annotation of the document
def document(doc_id: str) -> URIRef:
    return URIRef(f"{ID}doc/{segment(doc_id)}")


def graph(doc_id: str, content_hash: str) -> URIRef:
    """The named graph of one version of a document."""
    digest = content_hash.split(":", 1)[-1]
    return URIRef(f"{GRAPH_PREFIX}{segment(doc_id)}/{digest[:16]}")


def graph_prefix(doc_id: str) -> str:
    return f"{GRAPH_PREFIX}{segment(doc_id)}/"


def in_document(doc_id: str, kind: str, key: str) -> URIRef:
    """An item numbered or named inside one document: ``doc/<id>/<kind>/<key>``."""
    return URIRef(f"{document(doc_id)}/{kind}/{segment(key)}")


def theme(doc_id: str, number: str) -> URIRef:
    return in_document(doc_id, "theme", number)


def issue(doc_id: str, number: str) -> URIRef:
    return in_document(doc_id, "issue", number)


def section(doc_id: str, key: str) -> URIRef:
    return in_document(doc_id, "section", key)


def annotation(doc_id: str, body: str, start: int, end: int) -> URIRef:
    return in_document(doc_id, "ann", short_hash(body, str(start), str(end)))


def agency(key: str) -> URIRef:
    """A body's IRI; a local government's is ``id:lg/<code>`` (its 全国地方公共団体コード)."""
    if key.startswith("lg-") and key[3:].isdigit():
        return URIRef(f"{ID}lg/{key[3:]}")
    return URIRef(f"{ID}agency/{segment(key)}")


def body_reference(key: str) -> URIRef:
    """A generic reference to bodies (国, 自治体): one node per word."""
    return URIRef(f"{ID}bodies/{segment(key)}")


def foreign_body(key: str) -> URIRef:
    """A foreign government or an organisation of states (英国政府, 欧州委員会): no agency's IRI."""
    return URIRef(f"{ID}foreign/{segment(key)}")


def law(key: str) -> URIRef:
    return URIRef(f"{ID}law/{segment(key)}")
