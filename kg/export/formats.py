"""Dependency-graph exports: one slice written in the formats analysts open.

GraphML (yEd, Gephi, Cytoscape), GEXF 1.3 (Gephi, with colours), DOT
(Graphviz), Mermaid, CSV (one edge list, or nodes.csv + edges.csv in a
folder or a zip, for Excel), JSON (node-link and Cytoscape.js ``elements``),
and drawn SVG/PNG (:mod:`kg.export.render`).  Every writer takes the same
``nx.MultiDiGraph`` from :func:`kg.export.graphs.build_slice` and cleans text on the
way out: XML-illegal control characters are dropped everywhere, and CSV cells
that a spreadsheet would run as a formula are neutralised
(:mod:`kg.export.spreadsheets`).  Files are written by :mod:`kg.export.outputs`: ``-`` is
standard output, and an existing file is replaced only once the new one is
complete.
"""

from __future__ import annotations

import io
import json
import os
import xml.etree.ElementTree as ET
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import networkx as nx

from kg.errors import ExportError
from kg.export.graphs import DEFAULT_DEPTH, DEFAULT_MAX_NODES, Focus, FocusKind, SelectStore, build_slice
from kg.export.outputs import is_stdout, open_output
from kg.export.spreadsheets import BOM, csv_text
from kg.export.style import clean, colour_of, one_line
from kg.rdf.ontology import class_label
from kg.settings import Settings

# class_label is the class in words (取組状況), from the ontology's one table of class names.
NODE_FIELDS = ("label", "class", "class_label", "iri", "number", "dates", "document", "distance")
EDGE_FIELDS = ("relation", "basis", "basis_detail")


FORMATS: dict[str, tuple[str, str]] = {
    "graphml": ("application/graphml+xml; charset=utf-8", ".graphml"),
    "gexf": ("application/gexf+xml; charset=utf-8", ".gexf"),
    "dot": ("text/vnd.graphviz; charset=utf-8", ".gv"),
    "mermaid": ("text/plain; charset=utf-8", ".mmd"),
    "csv": ("text/csv; charset=utf-8", ".csv"),
    "json": ("application/json", ".json"),
    "svg": ("image/svg+xml", ".svg"),
    "png": ("image/png", ".png"),
}

GRAPHML_NS = "http://graphml.graphdrawing.org/xmlns"
YED_NS = "http://www.yworks.com/xml/graphml"
GEXF_VIZ_NS = "http://gexf.net/1.3/viz"
XSI_NS = "http://www.w3.org/2001/XMLSchema-instance"


def title_of(graph: nx.MultiDiGraph) -> str:
    """A heading for the slice: the focus's label, its class and the depth."""
    focus = graph.graph.get("focus", "")
    data = graph.nodes[focus] if focus in graph else {}
    label = one_line(data.get("label", "")) or focus
    cls = str(data.get("class", ""))
    word = class_label(cls)
    number = one_line(data.get("number", ""))
    heading = " ".join(part for part in (word, number, label) if part)
    title = f"{heading} の依存関係（深さ{graph.graph.get('depth', '')}）"
    if graph.graph.get("truncated"):
        title += "（ノード数の上限で打ち切り）"
    return title


def _node_rows(graph: nx.MultiDiGraph) -> Iterator[tuple[str, dict[str, str]]]:
    for node, data in graph.nodes(data=True):
        row = {f: clean(data.get(f, "")) for f in NODE_FIELDS}
        row["class_label"] = clean(class_label(row["class"]))
        yield node, row


def _edge_rows(graph: nx.MultiDiGraph) -> Iterator[tuple[str, str, dict[str, str]]]:
    for source, target, data in graph.edges(data=True):
        yield source, target, {f: clean(data.get(f, "")) for f in EDGE_FIELDS}


for _prefix, _uri in (("y", YED_NS), ("viz", GEXF_VIZ_NS), ("xsi", XSI_NS)):
    ET.register_namespace(_prefix, _uri)


def _present(row: dict[str, str], fields: tuple[str, ...]) -> list[str]:
    # An empty number is not a number: readers that type-check would reject it.
    return [f for f in fields if row[f] or f != "distance"]


def _xml_bytes(root: ET.Element, namespace: str) -> bytes:
    # The format's own namespace is the default one, declared by hand: ElementTree would
    # otherwise invent an ns0: prefix, which some importers do not expect.
    root.set("xmlns", namespace)
    ET.indent(root)
    data: bytes = ET.tostring(root, encoding="utf-8", xml_declaration=True)
    return data


# --------------------------------------------------------------------------- GraphML


def to_graphml(graph: nx.MultiDiGraph) -> bytes:
    """GraphML with declared keys; yEd's node graphics carry the label and class colour."""
    g, y = "", f"{{{YED_NS}}}"
    root = ET.Element(
        f"{g}graphml",
        {
            f"{{{XSI_NS}}}schemaLocation": f"{GRAPHML_NS} http://www.yworks.com/xml/schema/graphml/1.1/ygraphml.xsd"
        },
    )
    ET.SubElement(
        root, f"{g}key", {"id": "title", "for": "graph", "attr.name": "title", "attr.type": "string"}
    )
    for name in NODE_FIELDS:
        kind = "int" if name == "distance" else "string"
        ET.SubElement(
            root, f"{g}key", {"id": f"n_{name}", "for": "node", "attr.name": name, "attr.type": kind}
        )
    for name in EDGE_FIELDS:
        ET.SubElement(
            root, f"{g}key", {"id": f"e_{name}", "for": "edge", "attr.name": name, "attr.type": "string"}
        )
    ET.SubElement(root, f"{g}key", {"id": "n_yed", "for": "node", "yfiles.type": "nodegraphics"})
    ET.SubElement(root, f"{g}key", {"id": "e_yed", "for": "edge", "yfiles.type": "edgegraphics"})
    body = ET.SubElement(root, f"{g}graph", {"id": "G", "edgedefault": "directed"})
    ET.SubElement(body, f"{g}data", {"key": "title"}).text = clean(title_of(graph))
    from kg.export.render import layout  # networkx only; matplotlib stays unloaded

    # yEd places nodes where the file says, so give it the same layered layout as the pictures.
    positions = layout(graph)
    for node, row in _node_rows(graph):
        element = ET.SubElement(body, f"{g}node", {"id": clean(node)})
        for name in _present(row, NODE_FIELDS):
            ET.SubElement(element, f"{g}data", {"key": f"n_{name}"}).text = row[name]
        shape = ET.SubElement(ET.SubElement(element, f"{g}data", {"key": "n_yed"}), f"{y}ShapeNode")
        x, y_pos = positions[node]
        geometry = {"x": f"{x * 220:.1f}", "y": f"{-y_pos * 120:.1f}", "width": "180.0", "height": "40.0"}
        ET.SubElement(shape, f"{y}Geometry", geometry)
        ET.SubElement(shape, f"{y}Fill", {"color": colour_of(row["class"]), "transparent": "false"})
        ET.SubElement(shape, f"{y}NodeLabel").text = row["label"]
        ET.SubElement(shape, f"{y}Shape", {"type": "roundrectangle"})
    for number, (source, target, row) in enumerate(_edge_rows(graph)):
        element = ET.SubElement(
            body, f"{g}edge", {"id": f"e{number}", "source": clean(source), "target": clean(target)}
        )
        for name in EDGE_FIELDS:
            ET.SubElement(element, f"{g}data", {"key": f"e_{name}"}).text = row[name]
        line = ET.SubElement(ET.SubElement(element, f"{g}data", {"key": "e_yed"}), f"{y}PolyLineEdge")
        style = "dashed" if row["basis"] == "inferred" else "line"
        ET.SubElement(line, f"{y}LineStyle", {"type": style, "width": "1.0", "color": "#555555"})
        ET.SubElement(line, f"{y}Arrows", {"source": "none", "target": "standard"})
        ET.SubElement(line, f"{y}EdgeLabel").text = row["relation"]
    return _xml_bytes(root, GRAPHML_NS)


# --------------------------------------------------------------------------- GEXF


def _clean_copy(graph: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """The slice with only the exported fields, cleaned text and a colour per node."""
    copy = nx.MultiDiGraph(
        name=clean(title_of(graph)),
        focus=clean(graph.graph.get("focus", "")),
        depth=graph.graph.get("depth"),
        truncated=bool(graph.graph.get("truncated")),
    )
    for node, row in _node_rows(graph):
        attrs: dict[str, Any] = {f: row[f] for f in _present(row, NODE_FIELDS)}
        if "distance" in attrs:
            attrs["distance"] = int(graph.nodes[node]["distance"])
        attrs["color"] = colour_of(row["class"])
        copy.add_node(clean(node), **attrs)
    for source, target, key, data in graph.edges(keys=True, data=True):
        row = {f: clean(data.get(f, "")) for f in EDGE_FIELDS}
        copy.add_edge(clean(source), clean(target), key=clean(key), **row)
    return copy


def to_gexf(graph: nx.MultiDiGraph) -> bytes:
    """GEXF 1.3 (networkx's writer) with node colours by class (viz:color); the title names the graph."""
    copy = _clean_copy(graph)
    del copy.graph["depth"], copy.graph["truncated"], copy.graph["focus"]
    for _, data in copy.nodes(data=True):
        hexcode = data.pop("color").lstrip("#")
        red, green, blue = (int(hexcode[i : i + 2], 16) for i in (0, 2, 4))
        data["viz"] = {"color": {"r": red, "g": green, "b": blue, "a": 1.0}}
    for _, _, data in copy.edges(data=True):
        data["label"] = data["relation"]
    buffer = io.BytesIO()
    nx.write_gexf(copy, buffer, version="1.3")
    return buffer.getvalue()


# --------------------------------------------------------------------------- DOT, Mermaid


def _dot_quote(value: object) -> str:
    text = one_line(value).replace("\\", "\\\\").replace('"', '\\"')
    return f'"{text}"'


def to_dot(graph: nx.MultiDiGraph) -> bytes:
    """Graphviz DOT, every id and label quoted; items above the laws and issues they rest on."""
    fonts = _dot_quote("IPAexGothic,Noto Sans CJK JP,sans-serif")
    lines = [
        f"digraph {_dot_quote(title_of(graph))} {{",
        f"  graph [label={_dot_quote(title_of(graph))}, labelloc=t, rankdir=BT, fontname={fonts}];",
        f'  node [shape=box, style="rounded,filled", fontname={fonts}];',
        f"  edge [fontname={fonts}, fontsize=9];",
    ]
    for node, row in _node_rows(graph):
        attrs = {"label": row["label"], "class": row["class"], "fillcolor": colour_of(row["class"])}
        attrs.update({k: row[k] for k in ("iri", "number", "dates", "document")})
        lines.append(f"  {_dot_quote(node)} [{', '.join(f'{k}={_dot_quote(v)}' for k, v in attrs.items())}];")
    for source, target, row in _edge_rows(graph):
        attrs = {
            "label": row["relation"],
            **row,
            "style": "dashed" if row["basis"] == "inferred" else "solid",
        }
        rendered = ", ".join(f"{k}={_dot_quote(v)}" for k, v in attrs.items())
        lines.append(f"  {_dot_quote(source)} -> {_dot_quote(target)} [{rendered}];")
    lines.append("}")
    return ("\n".join(lines) + "\n").encode("utf-8")


def mermaid_text(value: object) -> str:
    """Text safe inside a Mermaid ``["…"]`` label: markup characters become entity codes."""
    text = one_line(value).replace("#", "#35;")
    for char, code in (('"', "#quot;"), ("<", "#lt;"), (">", "#gt;"), ("&", "#amp;"), ("`", "#96;")):
        text = text.replace(char, code)
    return text


def to_mermaid(graph: nx.MultiDiGraph) -> bytes:
    """A Mermaid flowchart; node ids are n0, n1, … since IRIs are not valid Mermaid ids."""
    ids = {node: f"n{i}" for i, node in enumerate(graph.nodes)}
    lines = ["---", f"title: {json.dumps(one_line(title_of(graph)), ensure_ascii=False)}", "---"]
    lines.append("flowchart BT")
    by_class: dict[str, list[str]] = {}
    for node, row in _node_rows(graph):
        lines.append(f'  {ids[node]}["{mermaid_text(row["label"])}"]')
        by_class.setdefault(row["class"], []).append(ids[node])
    for source, target, row in _edge_rows(graph):
        arrow = "-.->" if row["basis"] == "inferred" else "-->"
        lines.append(f'  {ids[source]} {arrow}|"{mermaid_text(row["relation"])}"| {ids[target]}')
    for number, (cls, members) in enumerate(sorted(by_class.items())):
        # Class names from data could clash with Mermaid keywords, so styles get neutral names.
        lines.append(f"  classDef c{number} fill:{colour_of(cls)},stroke:#333333,color:#000000")
        lines.append(f"  class {','.join(members)} c{number}")
    return ("\n".join(lines) + "\n").encode("utf-8")


# --------------------------------------------------------------------------- CSV, JSON


def csv_tables(graph: nx.MultiDiGraph) -> dict[str, bytes]:
    """nodes.csv and edges.csv, UTF-8 with a BOM so that Excel reads the Japanese."""
    labels = {node: clean(label) for node, label in graph.nodes(data="label", default="")}
    tables: dict[str, list[list[str]]] = {
        "nodes.csv": [["id", *NODE_FIELDS]],
        "edges.csv": [["source", "target", *EDGE_FIELDS, "source_label", "target_label"]],
    }
    for node, row in _node_rows(graph):
        tables["nodes.csv"].append([clean(node), *(row[f] for f in NODE_FIELDS)])
    for source, target, row in _edge_rows(graph):
        tables["edges.csv"].append(
            [clean(source), clean(target), *(row[f] for f in EDGE_FIELDS), labels[source], labels[target]]
        )
    return {name: (BOM + csv_text(rows)).encode("utf-8") for name, rows in tables.items()}


EDGE_LIST_FIELDS = ("source", "source_label", "target", "target_label", "relation", "basis", "basis_detail")


def csv_edge_list(graph: nx.MultiDiGraph, *, bom: bool = True) -> bytes:
    """One CSV table: a row per link (IRIs and labels of both ends, relation, link basis).

    A node with no link in the slice gets a row of its own with the target
    cells empty, so that the table holds every node.  UTF-8 with a BOM for
    Excel, unless ``bom`` is false (standard output, read by programs).
    """
    labels = {node: clean(label) for node, label in graph.nodes(data="label", default="")}
    rows: list[list[str]] = [list(EDGE_LIST_FIELDS)]
    for source, target, row in _edge_rows(graph):
        rows.append(
            [clean(source), labels[source], clean(target), labels[target], *(row[f] for f in EDGE_FIELDS)]
        )
    for node in graph.nodes:
        if graph.degree(node) == 0:
            rows.append([clean(node), labels[node], "", "", "", "", ""])
    return ((BOM if bom else "") + csv_text(rows)).encode("utf-8")


def to_csv_zip(graph: nx.MultiDiGraph) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in csv_tables(graph).items():
            archive.writestr(name, data)
    return buffer.getvalue()


def to_json(graph: nx.MultiDiGraph) -> bytes:
    """Node-link JSON (``nodes``/``links``) with the same graph as Cytoscape.js ``elements``."""
    copy = _clean_copy(graph)
    for _, data in copy.nodes(data=True):
        data.setdefault("distance", 0)
    document: dict[str, Any] = {
        "title": copy.graph["name"],
        "focus": copy.graph["focus"],
        "depth": copy.graph["depth"],
        "truncated": copy.graph["truncated"],
        **nx.node_link_data(copy, edges="links"),
        "elements": nx.cytoscape_data(copy)["elements"],
    }
    # Cytoscape.js styles by class: nodes by their class, edges by how they are known.
    for element in document["elements"]["nodes"]:
        element["classes"] = element["data"]["class"]
    for element in document["elements"]["edges"]:
        element["classes"] = element["data"]["basis"]
    return json.dumps(document, ensure_ascii=False, indent=2).encode("utf-8")


# --------------------------------------------------------------------------- entry points


def _draw(fmt: str) -> Callable[[nx.MultiDiGraph], bytes]:
    def draw(graph: nx.MultiDiGraph) -> bytes:
        from kg.export.render import render  # matplotlib loads only when a picture is asked for

        return render(graph, fmt, title=title_of(graph))

    return draw


WRITERS: dict[str, Callable[[nx.MultiDiGraph], bytes]] = {
    "graphml": to_graphml,
    "gexf": to_gexf,
    "dot": to_dot,
    "mermaid": to_mermaid,
    "csv": csv_edge_list,
    "json": to_json,
    "svg": _draw("svg"),
    "png": _draw("png"),
}


def check_format(fmt: str) -> str:
    name = fmt.strip().lower()
    if name not in WRITERS:
        raise ExportError(f"unknown export format {fmt!r}; use one of {', '.join(WRITERS)}")
    return name


def serialise(graph: nx.MultiDiGraph, fmt: str) -> bytes:
    """The slice in ``fmt`` as bytes (CSV as one edge list)."""
    return WRITERS[check_format(fmt)](graph)


@dataclass(frozen=True, slots=True)
class ExportResult:
    """What an export wrote."""

    path: Path | str
    format: str
    focus: str
    nodes: int
    edges: int
    truncated: bool
    media_type: str


def focus_from_options(
    *, law: str | None = None, agency: str | None = None, issue: str | None = None, entity: str | None = None
) -> Focus:
    """The one focus of the CLI's --law/--agency/--issue/--entity (or the route's parameters)."""
    options: tuple[tuple[FocusKind, str | None], ...] = (
        ("law", law),
        ("agency", agency),
        ("issue", issue),
        ("entity", entity),
    )
    given = [Focus(kind, value) for kind, value in options if value is not None]
    if len(given) != 1:
        raise ExportError("give exactly one focus: a law, an agency, an issue number or an entity IRI")
    return given[0]


def is_folder_path(output: Path | str) -> bool:
    """Whether ``output`` names a folder: one that exists, or a path ending in a slash."""
    text = str(output)
    return text.endswith(("/", os.sep)) or (not is_stdout(text) and Path(text).is_dir())


def write(graph: nx.MultiDiGraph, fmt: str, output: Path | str) -> None:
    """Write the slice to ``output`` (``-`` is standard output), replacing a file that is there.

    CSV is one edge-list file; a folder (an existing one, or a path ending in
    ``/``) gets nodes.csv and edges.csv, and a name ending in .zip a zip of both.
    """
    fmt = check_format(fmt)
    if fmt == "csv" and is_folder_path(output):
        folder = Path(output)
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise ExportError(f"{folder}: cannot make the folder ({exc.strerror or exc})") from None
        for name, data in csv_tables(graph).items():
            _write_file(folder / name, data)
        return
    if fmt == "csv" and is_stdout(output):
        data = csv_edge_list(graph, bom=False)
    elif fmt == "csv" and Path(output).suffix.lower() == ".zip":
        data = to_csv_zip(graph)
    else:
        data = serialise(graph, fmt)
    _write_file(output, data)


def _write_file(output: Path | str, data: bytes) -> None:
    with open_output(output) as out:
        out.write(data)


def export_graph(
    settings: Settings,
    *,
    law: str | None = None,
    agency: str | None = None,
    issue: str | None = None,
    entity: str | None = None,
    depth: int = DEFAULT_DEPTH,
    fmt: str,
    output: Path | str,
    relations: list[str] | None = None,
    classes: list[str] | None = None,
    max_nodes: int = DEFAULT_MAX_NODES,
    store: SelectStore | None = None,
) -> ExportResult:
    """Build the slice around the one focus given and write it to ``output`` in ``fmt``."""
    from kg.store.reader import ReadStore

    fmt = check_format(fmt)
    focus = focus_from_options(law=law, agency=agency, issue=issue, entity=entity)
    source = store if store is not None else ReadStore(settings.data_dir)
    graph = build_slice(source, focus, depth=depth, relations=relations, classes=classes, max_nodes=max_nodes)
    write(graph, fmt, output)
    return ExportResult(
        path=output,
        format=fmt,
        focus=graph.graph["focus"],
        nodes=graph.number_of_nodes(),
        edges=graph.number_of_edges(),
        truncated=bool(graph.graph.get("truncated")),
        media_type=FORMATS[fmt][0],
    )
