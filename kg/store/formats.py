"""RDF serialisation formats, by name and by file extension."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox

from kg.errors import StoreError

RDF_FORMATS: dict[str, ox.RdfFormat] = {
    "turtle": ox.RdfFormat.TURTLE,
    "ttl": ox.RdfFormat.TURTLE,
    "nt": ox.RdfFormat.N_TRIPLES,
    "ntriples": ox.RdfFormat.N_TRIPLES,
    "nq": ox.RdfFormat.N_QUADS,
    "nquads": ox.RdfFormat.N_QUADS,
    "trig": ox.RdfFormat.TRIG,
    "jsonld": ox.RdfFormat.JSON_LD,
    "json-ld": ox.RdfFormat.JSON_LD,
    "rdfxml": ox.RdfFormat.RDF_XML,
    "xml": ox.RdfFormat.RDF_XML,
}


def format_from_name(name: str) -> ox.RdfFormat:
    try:
        return RDF_FORMATS[name.lower()]
    except KeyError:
        raise StoreError(
            f"unknown RDF format {name!r}; use one of {', '.join(sorted(RDF_FORMATS))}"
        ) from None


def format_from_path(path: Path) -> ox.RdfFormat:
    fmt = ox.RdfFormat.from_extension(path.suffix.lstrip(".").lower()) if path.suffix else None
    if fmt is None:
        raise StoreError(f"{path}: cannot tell the RDF format from the file extension; pass --format")
    return fmt
