"""Dependency-graph exports over HTTP: the same slices and formats as ``policykg export graph``."""

from __future__ import annotations

import io
import re
import unicodedata

from flask import Blueprint, Response, current_app, request, send_file

from kg.errors import ExportError
from kg.export.formats import FORMATS, check_format, focus_from_options, serialise
from kg.export.graphs import DEFAULT_DEPTH, build_slice
from kg.settings import Settings
from web.stores import store

bp = Blueprint("export", __name__)

_FOCUS_PARAMS = ("law", "agency", "issue", "entity")
_KNOWN_PARAMS = {*_FOCUS_PARAMS, "depth", "format", "relations", "classes", "max_nodes"}


def _int_param(name: str, default: int) -> int:
    raw = request.args.get(name)
    if raw is None or raw == "":
        return default
    try:
        return int(raw)
    except ValueError:
        raise ExportError(f"{name} must be a whole number, not {raw!r}") from None


def _list_param(name: str) -> list[str] | None:
    raw = request.args.get(name)
    if not raw:
        return None
    return [part for part in (p.strip() for p in raw.split(",")) if part]


def _filename(focus_value: str, extension: str) -> str:
    # Werkzeug sends an ASCII filename= beside the UTF-8 filename*= (RFC 6266).
    stem = re.sub(r"[^\w.-]+", "-", unicodedata.normalize("NFKC", focus_value)).strip("-.")[:60]
    return f"policykg-graph-{stem or 'slice'}{extension}"


@bp.get("/export/graph")
def export_graph() -> Response:
    """``/export/graph?law=…|agency=…|issue=…|entity=…&depth=2&format=graphml`` as a download."""
    settings: Settings = current_app.config["POLICYKG_SETTINGS"]
    unknown = sorted(set(request.args) - _KNOWN_PARAMS)
    if unknown:
        raise ExportError(f"unknown parameter {unknown[0]!r}; use {', '.join(sorted(_KNOWN_PARAMS))}")
    fmt = check_format(request.args.get("format", "graphml"))
    focus = focus_from_options(**{name: request.args.get(name) for name in _FOCUS_PARAMS})
    graph = build_slice(
        store(),
        focus,
        depth=_int_param("depth", DEFAULT_DEPTH),
        relations=_list_param("relations"),
        classes=_list_param("classes"),
        max_nodes=min(_int_param("max_nodes", settings.max_graph_nodes), settings.max_graph_nodes),
    )
    media_type, extension = FORMATS[fmt]
    response = send_file(
        io.BytesIO(serialise(graph, fmt)),
        mimetype=media_type,
        as_attachment=True,
        download_name=_filename(focus.value, extension),
        etag=False,
        conditional=False,
    )
    response.headers["X-Graph-Nodes"] = str(graph.number_of_nodes())
    response.headers["X-Graph-Truncated"] = "true" if graph.graph.get("truncated") else "false"
    return response
