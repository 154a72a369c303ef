"""Timelines, maps and charts as files: the one entry the CLI and the web exports share (export stage).

Takes a store, what to draw (``timeline``, ``map`` or ``chart``), one focus (an
issue number, an entity IRI, a dataset IRI or a document id) and a format (svg,
png or csv); gives the bytes, or writes them to a file (``-`` is standard
output; a file already there is replaced once the new one is complete).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from kg.errors import ExportError, NotFoundError
from kg.export import charts, svg
from kg.export import timeline as timelines
from kg.export.graphs import Focus, resolve_focus
from kg.export.outputs import open_output
from kg.export.picture_data import SelectStore, check_iri, dataset, datasets_of, timeline
from kg.rdf.iris import document as document_iri
from kg.rdf.namespaces import sparql_prologue
from kg.settings import Settings

KINDS = ("timeline", "map", "chart")
FORMATS: dict[str, tuple[str, str]] = {
    "svg": ("image/svg+xml", ".svg"),
    "png": ("image/png", ".png"),
    "csv": ("text/csv; charset=utf-8", ".csv"),
}


@dataclass(frozen=True, slots=True)
class Picture:
    """What was drawn: the bytes, the IRI drawn, how many items or figures, and the query that read them."""

    data: bytes
    kind: str
    format: str
    subject: str
    count: int
    query: str

    @property
    def media_type(self) -> str:
        return FORMATS[self.format][0]


def focus_iri(
    store: SelectStore,
    *,
    issue: str | None = None,
    entity: str | None = None,
    dataset: str | None = None,
    document: str | None = None,
) -> str:
    """The IRI of the one focus given (an issue number, an entity or dataset IRI, a document id)."""
    options = (("issue", issue), ("entity", entity), ("dataset", dataset), ("document", document))
    given = [(k, v) for k, v in options if v is not None]
    if len(given) != 1:
        raise ExportError("give exactly one of --issue N, --entity IRI, --dataset IRI or --document ID")
    kind, value = given[0]
    if kind == "issue":
        return resolve_focus(store, Focus("issue", value))
    if kind == "document":
        iri = str(document_iri(value))
        if not store.select(sparql_prologue() + f"SELECT ?d WHERE {{ <{iri}> a pol:Document }} LIMIT 1"):
            raise NotFoundError(f"no document {value!r} in the graph")
        return iri
    return check_iri(value)


def _is_document(store: SelectStore, iri: str) -> bool:
    return bool(store.select(sparql_prologue() + f"SELECT ?d WHERE {{ <{iri}> a pol:Document }} LIMIT 1"))


def _one_dataset(store: SelectStore, iri: str, kind: str) -> str:
    """``iri`` when it is a dataset; for a document, its one dataset of that kind (else an error)."""
    if not _is_document(store, iri):
        return iri
    found = [d for d in datasets_of(store, iri) if dataset(store, d).is_per_prefecture == (kind == "map")]
    if len(found) == 1:
        return found[0]
    if not found:
        raise ExportError(f"{iri} has no statistics dataset that draws as a {kind}")
    raise ExportError(
        f"{iri} has {len(found)} datasets that draw as a {kind}; give one with --dataset: " + ", ".join(found)
    )


def draw(store: SelectStore, kind: str, iri: str, fmt: str, *, measure: str | None = None,
         href: svg.Href = svg.iri_href) -> Picture:  # fmt: skip
    """The picture of ``kind`` for ``iri`` in ``fmt``."""
    if kind not in KINDS:
        raise ExportError(f"{kind!r} is not a picture; choose one of {', '.join(KINDS)}")
    if fmt not in FORMATS:
        raise ExportError(f"{fmt!r} is not a picture format; choose one of {', '.join(FORMATS)}")
    if kind == "timeline":
        tl = timeline(store, iri)
        if fmt == "csv":
            return Picture(timelines.render_csv(tl), kind, fmt, iri, len(tl.items), tl.query)
        text = timelines.render_svg(tl, href=href)
        count, query = len(tl.items), tl.query
    else:
        ds = dataset(store, _one_dataset(store, iri, kind))
        if kind == "map" and not (ds.is_per_prefecture or ds.is_per_municipality):
            raise ExportError(f"{ds.iri} is not per prefecture or municipality; draw it with `chart`")
        if fmt == "csv":
            data = charts.render_csv(ds, measure, as_map=kind == "map")
            return Picture(data, kind, fmt, ds.iri, data.count(b"\n") - 1, ds.query)
        text = (
            charts.render_map(ds, measure, href=href)
            if kind == "map"
            else charts.render_chart(ds, measure, href=href)
        )
        count = len(charts.map_figures(ds)) if kind == "map" else len(ds.figures)
        iri, query = ds.iri, ds.query
    data = svg.to_png(text) if fmt == "png" else text.encode("utf-8")
    return Picture(data, kind, fmt, iri, count, query)


def export_picture(
    settings: Settings,
    kind: str,
    *,
    fmt: str,
    output: Path | str,
    issue: str | None = None,
    entity: str | None = None,
    dataset: str | None = None,
    document: str | None = None,
    measure: str | None = None,
    store: SelectStore | None = None,
) -> Picture:
    """Draw the picture of the one focus given and write it to ``output``."""
    from kg.store.reader import ReadStore

    source = store if store is not None else ReadStore(settings.data_dir)
    iri = focus_iri(source, issue=issue, entity=entity, dataset=dataset, document=document)
    picture = draw(source, kind, iri, fmt, measure=measure)
    with open_output(output) as out:
        out.write(picture.data)
    return picture
