"""The interactive graph explorer.

``/graph?focus=…`` draws an entity's neighbourhood with cytoscape.js (served
from ``static/vendor/``, installed by ``scripts/install-web-assets.sh``); a click
on a node asks ``/graph/neighbours.json`` for that node's neighbours.  The page
also lists the neighbours as plain links, so it is useful before the library is
installed or with scripts off.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import networkx as nx
from flask import Blueprint, current_app, jsonify, render_template, request

from kg.errors import BudgetError, ExportError, PolicyKGError
from kg.export.formats import FORMATS as EXPORT_FORMATS
from kg.export.graphs import ALL_RELATIONS, CLASSES, RELATIONS, Focus, build_slice, resolve_focus
from kg.rdf.ontology import class_label, term_labels
from web.links import entity_href, is_iri
from web.stores import store

bp = Blueprint("graph", __name__)

VENDOR_ASSET = "vendor/cytoscape.min.js"
MAX_NEIGHBOURS = 200  # per expansion: enough for a law's dependents, small enough to draw


def relation_choices() -> list[dict[str, Any]]:
    """The relations a user can filter by, with their names in words."""
    ja, en = term_labels("ja"), term_labels("en")
    return [
        {"name": name, "ja": ja.get(iri, name), "en": en.get(iri, ""), "default": name in RELATIONS}
        for name, iri in ALL_RELATIONS.items()
    ]


def class_choices() -> list[dict[str, str]]:
    """The classes the explorer colours, named by the ontology's table of class labels."""
    return [{"name": name, "ja": class_label(name), "en": class_label(name, "en")} for name in CLASSES]


def elements(graph: nx.MultiDiGraph) -> list[dict[str, Any]]:
    """A slice as Cytoscape.js elements: nodes then edges, each ``{"group", "data"}``."""
    relation_ja = {c["name"]: c["ja"] for c in relation_choices()}
    out: list[dict[str, Any]] = []
    for iri, data in graph.nodes(data=True):
        label = str(data.get("label") or iri)
        out.append(
            {
                "group": "nodes",
                "data": {
                    "id": iri,
                    "label": label if len(label) <= 24 else label[:23] + "…",
                    "fullLabel": label,
                    "class": data.get("class", "Entity"),
                    "classLabel": class_label(str(data.get("class", "Entity"))),
                    "number": data.get("number", ""),
                    "href": entity_href(iri) or iri,
                    "distance": data.get("distance", 0),
                },
            }
        )
    for source, target, key, data in graph.edges(keys=True, data=True):
        out.append(
            {
                "group": "edges",
                "data": {
                    "id": f"{source} {key} {target}",
                    "source": source,
                    "target": target,
                    "relation": key,
                    "label": relation_ja.get(key, key),
                    "basis": data.get("basis", "stated"),
                },
            }
        )
    return out


def _relations_param() -> list[str] | None:
    raw = request.args.get("relations")
    if raw is None:
        return None
    chosen = [p.strip() for p in raw.split(",") if p.strip()]
    if not chosen:
        raise ExportError("choose at least one relation")
    return chosen


@bp.get("/graph/neighbours.json")
def neighbours() -> Any:
    """``?iri=…&relations=a,b``: the node and its neighbours one hop away, as Cytoscape.js elements."""
    iri = request.args.get("iri", "").strip()
    if not iri:
        raise ExportError("give the IRI of a node: /graph/neighbours.json?iri=…")
    _check_iri(iri)
    graph = build_slice(
        store(), Focus("entity", iri), depth=1, relations=_relations_param(), max_nodes=MAX_NEIGHBOURS
    )
    return jsonify(
        {
            "ok": True,
            "focus": graph.graph["focus"],
            "truncated": bool(graph.graph.get("truncated")),
            "elements": elements(graph),
        }
    )


def _check_iri(value: str) -> None:
    # resolve_focus checks the characters; the store's IRI parser is stricter (e.g. on bad %XX).
    if value.startswith(("http://", "https://")) and not is_iri(value):
        raise ExportError(f"{value!r} is not a well-formed IRI")


def _asset_present() -> bool:
    static = current_app.static_folder
    return static is not None and (Path(static) / VENDOR_ASSET).is_file()


@bp.get("/graph")
def explorer() -> Any:
    """The explorer page; without ``focus`` a form to choose one."""
    focus = request.args.get("focus", "").strip()
    context: dict[str, Any] = {
        "focus": focus,
        "iri": None,
        "relations": relation_choices(),
        "classes": class_choices(),
        "export_formats": list(EXPORT_FORMATS),
        "asset": _asset_present(),
        "asset_path": VENDOR_ASSET,
        "error": None,
        "nodes": [],
    }
    status = 200
    if focus:
        try:
            _check_iri(focus)
            iri = resolve_focus(store(), focus)
            graph = build_slice(store(), Focus("entity", iri), depth=1, max_nodes=MAX_NEIGHBOURS)
        except BudgetError:
            raise  # the app's answer: 503 with Retry-After
        except PolicyKGError as exc:
            context["error"], status = exc.message, exc.status
        else:
            context["iri"] = iri
            context["nodes"] = sorted(
                ({"iri": n, "href": entity_href(n) or n, **d} for n, d in graph.nodes(data=True) if n != iri),
                key=lambda d: (d.get("class", ""), d.get("number", ""), d.get("label", "")),
            )
            context["focus_label"] = graph.nodes[iri].get("label", iri)
            context["focus_class"] = graph.nodes[iri].get("class", "Entity")
    return render_template("graph/explorer.html", **context), status
