"""Add external RDF (e.g. e-Gov law data) to the store.

Parsing is local and offline: Oxigraph's parsers neither resolve external
entities nor fetch remote contexts, and the file goes into a named graph of its
own so that a rebuild of the corpus never removes it.
"""

from __future__ import annotations

from pathlib import Path

from kg.errors import PolicyKGError
from kg.iris import short_hash
from kg.namespaces import ID
from kg.settings import Settings
from kg.store import format_from_name, format_from_path, writing

LOADED_PREFIX = f"{ID}loaded/"


def load_file(settings: Settings, path: Path, *, graph_iri: str | None, fmt: str | None) -> tuple[str, int]:
    """Load ``path`` into ``graph_iri`` (default: one per file name); returns the graph and the quad count."""
    if not path.is_file():
        raise PolicyKGError(f"{path}: file not found")
    rdf_format = format_from_name(fmt) if fmt else format_from_path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise PolicyKGError(f"{path}: cannot read ({exc.strerror})") from None
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
