"""Add external RDF (e.g. e-Gov law data) to the store.

Parsing is local and offline: Oxigraph's parsers neither resolve external
entities nor fetch remote contexts, and the file goes into a named graph of its
own so that a rebuild of the corpus never removes it.  The graphs the build
owns (a document's ``…/id/graph/<doc>/<hash>``, anything else under
``…/id/graph/``, the ontology's, the merge) are refused, whether named by
``--graph`` or inside a TriG or N-Quads file: adding to them would put triples
in a document that its next build drops, and replacing one would take the
document out of the graph but not out of search.  There is no flag to allow
it: to change a document, change the document.  Oxigraph does expand the
internal entities of an RDF/XML DOCTYPE, without bound, so a few hundred bytes
of nested entities (the "billion laughs") could take all the memory there is:
:func:`check_xml_entities` works out how far they would expand before parsing.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID

from kg.digests import short_hash
from kg.errors import PolicyKGError
from kg.rdf.iris import GRAPH_PREFIX
from kg.rdf.namespaces import ID
from kg.rdf.ontology import ONTOLOGY_IRI
from kg.settings import Settings
from kg.store.formats import format_from_name, format_from_path
from kg.store.reader import named_quad_count
from kg.store.writer import StoreWriter, writing

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


@dataclass(frozen=True, slots=True)
class Loaded:
    """What a load did: the graphs written, the quads added, those of a replaced graph removed."""

    graphs: tuple[str, ...]
    added: int
    removed: int = 0

    def to_text(self, path: Path) -> str:
        if len(self.graphs) != 1:
            return f"loaded {self.added} new quads from {path} into {len(self.graphs)} named graphs"
        text = f"loaded {self.added} quads from {path} into {self.graphs[0]}"
        return text + (f", replacing the {self.removed} quads it held" if self.removed else "")


def owned_by_build(graph_iri: str) -> bool:
    """True for the names of graphs the build writes and removes: refused to ``load``."""
    return graph_iri.startswith(GRAPH_PREFIX) or graph_iri in (
        str(ONTOLOGY_IRI),
        str(DATASET_DEFAULT_GRAPH_ID),
    )


def _refuse_owned(graph_iri: str, where: str) -> None:
    if owned_by_build(graph_iri):
        raise PolicyKGError(
            f"{where}: <{graph_iri}> is a graph the build owns (a document's, the ontology's or the "
            "merge); load into a graph of your own (leave out --graph for one named after the file)"
        )


def _dataset_graphs(data: bytes, fmt: ox.RdfFormat, path: Path) -> set[str]:
    """The names of the named graphs a TriG, N-Quads or JSON-LD file holds."""
    try:
        return {q.graph_name.value for q in ox.parse(data, fmt) if isinstance(q.graph_name, ox.NamedNode)}
    except (SyntaxError, ValueError) as exc:
        raise PolicyKGError(f"{path}: not valid {fmt.name}: {exc}") from None


def _graph_quads(writer: StoreWriter, graph_iri: str) -> int:
    return sum(1 for _ in writer.oxigraph.quads_for_pattern(None, None, None, ox.NamedNode(graph_iri)))


def load_file(settings: Settings, path: Path, *, graph_iri: str | None, fmt: str | None) -> Loaded:
    """Load ``path`` into ``graph_iri`` (default: one per file name), replacing that graph.

    A dataset file (TriG, N-Quads, JSON-LD) without ``graph_iri`` keeps its own
    graphs and adds to them.
    """
    if graph_iri is not None:
        if not graph_iri.startswith(("http://", "https://", "urn:")):
            raise PolicyKGError(f"--graph {graph_iri}: a graph name must be an absolute IRI")
        _refuse_owned(graph_iri, "--graph")
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
    own_graphs = rdf_format.supports_datasets and not graph_iri
    if own_graphs:
        graphs = _dataset_graphs(data, rdf_format, path)
        for name in sorted(graphs):
            _refuse_owned(name, str(path))
    target = graph_iri or f"{LOADED_PREFIX}{short_hash(path.name, length=16)}"
    with writing(settings.data_dir) as writer:
        if own_graphs:
            before = named_quad_count(writer.oxigraph)
            _load(writer, data, rdf_format, None, path)
            return Loaded(tuple(sorted(graphs)), named_quad_count(writer.oxigraph) - before)
        removed = _graph_quads(writer, target)
        writer.remove_graphs([target])
        _load(writer, data, rdf_format, target, path)
        return Loaded((target,), _graph_quads(writer, target), removed)


def _load(writer: StoreWriter, data: bytes, fmt: ox.RdfFormat, target: str | None, path: Path) -> None:
    try:
        writer.load(data, fmt, target)
    except PolicyKGError as exc:
        raise PolicyKGError(f"{path}: {exc.message}") from None
