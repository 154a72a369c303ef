"""Timelines, maps and charts on the pages, and as downloads under /export/timeline|map|chart.

Takes an entity IRI or a document id; gives the inline SVG pictures of
:mod:`kg.export.pictures` (links to the pages under ``/id/``), each with the
SPARQL that read it, a table of its values and its downloads (SVG, PNG, CSV).
Entity pages of issues, themes, laws, agencies and documents get a timeline;
a dataset's page and a document's text get the maps and charts of its statistics.
"""

from __future__ import annotations

import io
import re
import unicodedata
from typing import Any

from flask import Blueprint, Response, current_app, request, send_file, url_for
from markupsafe import Markup

from kg.errors import ExportError, PolicyKGError
from kg.export import charts, svg
from kg.export import timeline as timelines
from kg.export.picture_data import Dataset, dataset, datasets_of, timeline
from kg.export.pictures import FORMATS, KINDS, draw, focus_iri
from kg.rdf.iris import document as document_iri
from kg.rdf.namespaces import sparql_prologue
from web.stores import store

bp = Blueprint("pictures", __name__)

TIMELINE_KINDS = {"Issue", "Theme", "Law", "LawBundle", "Agency", "Document", "Measure", "Goal"}
_PARAMS = {"issue", "entity", "dataset", "document", "measure", "format"}


def _filename(kind: str, subject: str, extension: str) -> str:
    tail = subject.rstrip("/").rsplit("/", 2)[-2:]
    stem = re.sub(r"[^\w.-]+", "-", unicodedata.normalize("NFKC", "-".join(tail))).strip("-.")[:60]
    return f"policykg-{kind}-{stem or 'picture'}{extension}"


def _export(kind: str) -> Response:
    unknown = sorted(set(request.args) - _PARAMS)
    if unknown:
        raise ExportError(f"unknown parameter {unknown[0]!r}; use {', '.join(sorted(_PARAMS))}")
    fmt = request.args.get("format", "svg")
    if fmt not in FORMATS:
        raise ExportError(f"format must be one of {', '.join(FORMATS)}, not {fmt!r}")
    reader = store()
    iri = focus_iri(reader, **{k: request.args.get(k) for k in ("issue", "entity", "dataset", "document")})
    picture = draw(reader, kind, iri, fmt, measure=request.args.get("measure"))
    media_type, extension = FORMATS[fmt]
    response = send_file(
        io.BytesIO(picture.data), mimetype=media_type, as_attachment=fmt != "svg",
        download_name=_filename(kind, picture.subject, extension), etag=False, conditional=False,
    )  # fmt: skip
    response.headers["X-Picture-Count"] = str(picture.count)
    return response


@bp.get("/export/timeline")
def export_timeline() -> Response:
    """``/export/timeline?issue=3.1|entity=IRI|document=ID&format=svg|png|csv``."""
    return _export("timeline")


@bp.get("/export/map")
def export_map() -> Response:
    """``/export/map?dataset=IRI|document=ID&format=svg|png|csv[&measure=…]``."""
    return _export("map")


@bp.get("/export/chart")
def export_chart() -> Response:
    """``/export/chart?dataset=IRI&format=svg|png|csv[&measure=…]``."""
    return _export("chart")


# --------------------------------------------------------------------------- on the pages


def _downloads(kind: str, key: str, value: str) -> dict[str, str]:
    params: dict[str, Any] = {key: value}
    return {fmt: url_for(f"pictures.export_{kind}", format=fmt, **params) for fmt in FORMATS}


def _timeline_picture(iri: str, ident: str) -> dict[str, Any] | None:
    tl = timeline(store(), iri)
    if not tl.items:
        return None
    rows = [
        {"label": i.label, "href": svg.page_href(i.iri), "text": i.text, "status": timelines.status_word(i)}
        for i in timelines.ordered(tl.items)
    ]
    return {
        "kind": "timeline",
        "heading": "日程",
        # every text and attribute in the SVG is escaped where it is written (kg.export.svg)
        "svg": Markup(timelines.render_svg(tl, href=svg.page_href, ident=ident)),  # noqa: S704
        "query": tl.query,
        "downloads": _downloads("timeline", "entity", iri),
        "columns": ["項目", "日付", "状況"],
        "rows": [[(r["label"], r["href"]), (r["text"], None), (r["status"], None)] for r in rows],
    }


def _dataset_pictures(iri: str, ident: str) -> list[dict[str, Any]]:
    """A dataset per prefecture as a map; any other as a chart, and one per municipality also as a
    map of how many municipalities it lists in each prefecture (the chart's table lists them)."""
    ds = dataset(store(), iri)
    kinds = ["map"] if ds.is_per_prefecture else ["chart", "map"] if ds.is_per_municipality else ["chart"]
    return [_picture(ds, kind, f"{ident}-{kind}") for kind in kinds]


def _picture(ds: Dataset, kind: str, ident: str) -> dict[str, Any]:
    figures = charts.map_figures(ds) if kind == "map" else ds.figures
    drawn = charts.pick_measure(ds, None, figures)
    measures = [charts.LISTED] if drawn == charts.LISTED else list(ds.measures)
    if kind == "map":
        picture = charts.render_map(ds, drawn, href=svg.page_href, ident=ident)
    else:
        picture = charts.render_chart(ds, drawn, href=svg.page_href, ident=ident)
    rows = [
        [(f.category, svg.page_href(f.area) if f.area else None), (f.code, None)]
        + [(svg.number(f.values[m], charts.unit_of(m)) if m in f.values else "", None) for m in measures]
        for f in figures
    ]
    heading = "都道府県別の地図" if kind == "map" else "グラフ"
    if drawn == charts.LISTED:
        heading = "掲載市区町村の都道府県別の数"
    return {
        "kind": kind,
        "heading": f"{heading}：{ds.label}",
        "svg": Markup(picture),  # noqa: S704 - escaped where written (kg.export.svg)
        "query": ds.query,
        "downloads": _downloads(kind, "dataset", ds.iri),
        "columns": ["地域・区分", "団体コード"] + [charts.measure_title(ds, m) for m in measures],
        "rows": rows,
        "period": charts.period_text(ds),
        "source": ds.source,
    }


def _safely(build: Any, *args: Any) -> Any:
    try:
        return build(*args)
    except PolicyKGError as exc:  # a picture that cannot be drawn leaves the rest of the page alone
        current_app.logger.info("picture not drawn: %s", exc)
        return None


def _is_dataset(iri: str) -> bool:
    return bool(store().select(sparql_prologue() + f"SELECT ?d WHERE {{ <{iri}> a qb:DataSet }} LIMIT 1"))


@bp.app_template_global()
def entity_pictures(iri: str, kind: str) -> list[dict[str, Any]]:
    """The pictures of an entity page: its timeline, or a dataset's map or chart."""
    found: list[dict[str, Any] | None] = []
    if kind in TIMELINE_KINDS:
        found.append(_safely(_timeline_picture, iri, "timeline"))
    elif _is_dataset(iri):
        found += _safely(_dataset_pictures, iri, "dataset") or []
    return [p for p in found if p is not None]


@bp.app_template_global()
def document_pictures(doc_id: str) -> list[dict[str, Any]]:
    """The maps and charts of every statistics dataset of a document, in the order of its text."""
    try:
        found = datasets_of(store(), str(document_iri(doc_id)))
    except PolicyKGError:
        return []
    return [p for n, iri in enumerate(found) for p in _safely(_dataset_pictures, iri, f"dataset-{n}") or []]


__all__ = ["KINDS", "bp", "document_pictures", "entity_pictures"]
