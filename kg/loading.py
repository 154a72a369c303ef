"""Add external RDF (e.g. e-Gov law data) to the store.

Parsing is local and offline: Oxigraph's parsers neither resolve external
entities nor fetch remote contexts, and the file goes into a named graph of its
own so that a rebuild of the corpus never removes it.  Oxigraph does expand the
internal entities of an RDF/XML DOCTYPE, without bound, so a few hundred bytes
of nested entities (the "billion laughs") could take all the memory there is:
:func:`check_xml_entities` works out how far they would expand before parsing.
"""

from __future__ import annotations

import codecs
import re
from pathlib import Path

import pyoxigraph as ox

from kg.errors import PolicyKGError
from kg.iris import short_hash
from kg.namespaces import ID
from kg.settings import Settings
from kg.store import format_from_name, format_from_path, writing

LOADED_PREFIX = f"{ID}loaded/"

# Most characters the entity references of an RDF/XML file may expand to in all.
# Entities in real files abbreviate namespaces (``&xsd;string``) and stay far below.
MAX_ENTITY_EXPANSION = 10_000_000

_ENTITY_DECL = re.compile(r"<!ENTITY\s+([^\s%\"'>]+)\s+(?:\"([^\"]*)\"|'([^']*)')\s*>")
_ENTITY_REF = re.compile(r"&([A-Za-z_:][\w.:\-]*);")
_PREDEFINED = {"lt", "gt", "amp", "apos", "quot"}


def _xml_text(data: bytes) -> str:
    for bom, encoding in ((codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            return data.decode(encoding, "replace")
    return data.decode("utf-8", "replace")


def check_xml_entities(data: bytes, limit: int = MAX_ENTITY_EXPANSION) -> None:
    """Refuse an XML document whose entities are external, parameter entities, circular
    or would expand past ``limit`` characters.

    >>> check_xml_entities(b'<!DOCTYPE r [<!ENTITY x "http://example.org/">]><r a="&x;b"/>')
    """
    text = _xml_text(data)
    if "<!ENTITY" not in text:
        return
    values: dict[str, str] = {}
    rest: list[str] = []  # the text outside the declarations, where references expand
    end = 0
    for start in (m.start() for m in re.finditer("<!ENTITY", text)):
        decl = _ENTITY_DECL.match(text, start)
        if decl is None:
            raise PolicyKGError(
                "the DOCTYPE declares an external or parameter entity; only entities with "
                "a quoted value are allowed (files are never fetched)"
            )
        values.setdefault(decl.group(1), decl.group(2) if decl.group(2) is not None else decl.group(3))
        rest.append(text[end:start])
        end = decl.end()
    rest.append(text[end:])
    sizes: dict[str, int] = {}

    def size(name: str, open_: frozenset[str]) -> int:
        if name in sizes:
            return sizes[name]
        if name in open_:
            raise PolicyKGError(f"the entity &{name}; refers to itself")
        value = values[name]
        total = len(_ENTITY_REF.sub("", value))
        for ref in _ENTITY_REF.findall(value):
            if ref in values:
                total += size(ref, open_ | {name})
                if total > limit:
                    break
        sizes[name] = total
        return total

    expanded = 0
    for ref in _ENTITY_REF.findall("".join(rest)):
        if ref in values and ref not in _PREDEFINED:
            try:
                expanded += size(ref, frozenset())
            except RecursionError:
                raise PolicyKGError("its entities refer to each other too deeply") from None
            if expanded > limit:
                raise PolicyKGError(
                    f"its entities would expand to more than {limit:,} characters "
                    "(an entity expansion attack?)"
                )


def load_file(settings: Settings, path: Path, *, graph_iri: str | None, fmt: str | None) -> tuple[str, int]:
    """Load ``path`` into ``graph_iri`` (default: one per file name); returns the graph and the quad count."""
    if not path.is_file():
        raise PolicyKGError(f"{path}: file not found")
    rdf_format = format_from_name(fmt) if fmt else format_from_path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise PolicyKGError(f"{path}: cannot read ({exc.strerror})") from None
    if rdf_format == ox.RdfFormat.RDF_XML:
        try:
            check_xml_entities(data, settings.max_entity_expansion)
        except PolicyKGError as exc:
            raise PolicyKGError(f"{path}: {exc.message}") from None
    target = graph_iri or f"{LOADED_PREFIX}{short_hash(path.name, length=16)}"
    if not target.startswith(("http://", "https://", "urn:")):
        raise PolicyKGError(f"--graph {target}: a graph name must be an absolute IRI")
    with writing(settings.data_dir) as writer:
        before = writer.quad_count()
        writer.remove_graphs([target])
        try:
            writer.load(
                data, rdf_format, None if (rdf_format.supports_datasets and not graph_iri) else target
            )
        except PolicyKGError as exc:
            raise PolicyKGError(f"{path}: {exc.message}") from None
        count = writer.quad_count() - before
    return target, count
