"""Drawn dependency graphs (SVG and PNG) with Japanese labels, a title and a legend.

The layout is layered by dependency: each node sits as many rows below the top
as the longest chain of links leading from it to something it rests on, so
laws, themes and agencies head the picture and the measures and progress
updates that depend on them hang beneath (cycles are collapsed first).  Wide
layers wrap onto several rows so the picture stays readable.

The Japanese font is IPAexGothic from the ``matplotlib-fontja`` package; it is
used by path, so nothing has to be installed on the system and matplotlib's
global settings stay untouched.
"""

from __future__ import annotations

import importlib.util
import io
import textwrap
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

import networkx as nx

from kg.errors import ExportError
from kg.export.graphs import ALL_RELATIONS, CLASSES
from kg.export.style import CLASS_COLOURS, OTHER_COLOUR, colour_of, one_line
from kg.rdf.ontology import class_label, term_labels

if TYPE_CHECKING:
    from matplotlib.figure import Figure
    from matplotlib.font_manager import FontProperties

MAX_PER_ROW = 8  # nodes side by side before a layer wraps
LABEL_CHARS = 48  # longer labels are cut with an ellipsis; the exports keep them whole
WRAP_CHARS = 14
DPI = 150
_FONT_PACKAGES = (("matplotlib_fontja", "fonts/ipaexg.ttf"), ("japanize_matplotlib", "fonts/ipaexg.ttf"))


def japanese_font_path() -> Path:
    """The bundled IPAexGothic file, found without importing its package (which restyles matplotlib)."""
    for package, relative in _FONT_PACKAGES:
        spec = importlib.util.find_spec(package)
        for folder in (spec.submodule_search_locations or []) if spec else []:
            path = Path(folder) / relative
            if path.is_file():
                return path
    raise ExportError("no Japanese font for drawing graphs; install the matplotlib-fontja package")


@cache
def japanese_font() -> FontProperties:
    from matplotlib.font_manager import FontProperties

    return FontProperties(fname=str(japanese_font_path()))


def layers(graph: nx.MultiDiGraph) -> dict[str, int]:
    """Each node's layer: the longest path from it to a node with no outgoing links."""
    simple = nx.DiGraph(graph)
    condensed = nx.condensation(simple)
    depth: dict[int, int] = {}
    for component in reversed(list(nx.topological_sort(condensed))):
        successors = [depth[s] for s in condensed.successors(component)]
        depth[component] = 1 + max(successors) if successors else 0
    mapping: dict[str, int] = condensed.graph["mapping"]
    return {node: depth[mapping[node]] for node in graph.nodes}


def layout(graph: nx.MultiDiGraph) -> dict[str, tuple[float, float]]:
    """Positions: layers top to bottom, ordered by neighbours' mean position to cut crossings."""
    layer_of = layers(graph)
    rows: dict[int, list[str]] = {}
    for node in sorted(graph.nodes, key=lambda n: (graph.nodes[n].get("class", ""), str(n))):
        rows.setdefault(layer_of[node], []).append(node)
    undirected = nx.Graph(graph)
    order = {node: float(i) for row in rows.values() for i, node in enumerate(row)}
    for sweep in range(4):
        for level in sorted(rows, reverse=bool(sweep % 2)):
            row = rows[level]

            def centre(node: str) -> float:
                near = [order[n] for n in undirected.neighbors(node) if layer_of[n] != layer_of[node]]
                return sum(near) / len(near) if near else order[node]

            row.sort(key=centre)
            order.update({node: float(i) for i, node in enumerate(row)})
    positions: dict[str, tuple[float, float]] = {}
    y = 0.0
    for level in sorted(rows):
        row = rows[level]
        for start in range(0, len(row), MAX_PER_ROW):
            chunk = row[start : start + MAX_PER_ROW]
            offset = (MAX_PER_ROW - len(chunk)) / 2
            for i, node in enumerate(chunk):
                positions[node] = (offset + i, y)
            y -= 1.0
        y -= 0.3  # a little more room between layers than between wrapped rows
    return positions


def _box_label(data: dict[str, object]) -> str:
    text = one_line(data.get("label", "")) or one_line(data.get("iri", ""))
    number = one_line(data.get("number", ""))
    if number and not text.startswith(number):
        text = f"{number} {text}"
    if len(text) > LABEL_CHARS:
        text = text[: LABEL_CHARS - 1] + "…"
    return "\n".join(textwrap.wrap(text, WRAP_CHARS)) or " "


def _text_colour(fill: str) -> str:
    red, green, blue = (int(fill.lstrip("#")[i : i + 2], 16) for i in (0, 2, 4))
    return "#000000" if 0.299 * red + 0.587 * green + 0.114 * blue > 140 else "#FFFFFF"


def render(graph: nx.MultiDiGraph, fmt: str, *, title: str) -> bytes:
    """The slice drawn as ``svg`` or ``png`` bytes."""
    from matplotlib.figure import Figure
    from matplotlib.lines import Line2D
    from matplotlib.patches import Patch

    font = japanese_font()
    positions = layout(graph)
    xs = [x for x, _ in positions.values()] or [0.0]
    ys = [y for _, y in positions.values()] or [0.0]
    width = max(12.0, (max(xs) - min(xs) + 1) * 1.9)
    height = max(5.0, (max(ys) - min(ys) + 1) * 1.25 + 2.5)
    figure = Figure(figsize=(width, height), dpi=DPI)
    axes = figure.add_axes((0.01, 0.08, 0.98, 0.84))
    axes.set_axis_off()
    axes.set_xlim(min(xs) - 0.7, max(xs) + 0.7)
    axes.set_ylim(min(ys) - 0.7, max(ys) + 0.7)
    figure.suptitle(one_line(title), fontproperties=font, fontsize=15)

    boxes = {}
    for node, (x, y) in positions.items():
        data = graph.nodes[node]
        fill = colour_of(str(data.get("class", "")))
        focus = node == graph.graph.get("focus")
        boxes[node] = axes.text(
            x,
            y,
            _box_label(data),
            ha="center",
            va="center",
            fontproperties=font,
            fontsize=8,
            color=_text_colour(fill),
            zorder=3,
            bbox={
                "boxstyle": "round,pad=0.4",
                "facecolor": fill,
                "edgecolor": "#000000" if focus else "#555555",
                "linewidth": 2.2 if focus else 0.8,
            },
        )
    names = term_labels("ja")
    relation_words = {name: names.get(iri, name) for name, iri in ALL_RELATIONS.items()}
    show_relations = graph.number_of_edges() <= 20  # beyond that the words hide the arrows
    for source, target, data in graph.edges(data=True):
        if source == target or source not in boxes or target not in boxes:
            continue
        inferred = data.get("basis") == "inferred"
        axes.annotate(
            "",
            xy=positions[target],
            xytext=positions[source],
            zorder=4,
            arrowprops={
                "arrowstyle": "-|>",
                "color": "#444444",
                "linewidth": 0.9,
                "linestyle": "--" if inferred else "-",
                "shrinkA": 2,
                "shrinkB": 2,
                "patchA": boxes[source].get_bbox_patch(),
                "patchB": boxes[target].get_bbox_patch(),
                "connectionstyle": "arc3,rad=0.05",
            },
        )
        if show_relations:
            (x1, y1), (x2, y2) = positions[source], positions[target]
            axes.text(
                (x1 + x2) / 2,
                (y1 + y2) / 2,
                relation_words.get(str(data.get("relation", "")), str(data.get("relation", ""))),
                ha="center",
                va="center",
                fontproperties=font,
                fontsize=6,
                color="#333333",
                zorder=5,
                bbox={"boxstyle": "round,pad=0.1", "facecolor": "#FFFFFF", "edgecolor": "none", "alpha": 0.8},
            )

    present = sorted({str(c) for _, c in graph.nodes(data="class", default="")}, key=_class_order)
    handles: list[Patch | Line2D] = [
        Patch(facecolor=colour_of(cls), edgecolor="#555555", label=_class_word(cls)) for cls in present
    ]
    handles.append(Line2D([], [], color="#444444", linestyle="-", label="明記された関連"))
    handles.append(Line2D([], [], color="#444444", linestyle="--", label="推定された関連"))
    figure.legend(
        handles=handles, loc="lower center", ncol=min(len(handles), 8), prop=font, frameon=False, fontsize=9
    )
    return _encode(figure, fmt)


def _class_order(cls: str) -> int:
    order = list(CLASSES)
    return order.index(cls) if cls in order else len(order)


def _class_word(cls: str) -> str:
    word = class_label(cls)
    return f"{word}（{cls}）" if word != cls else cls


def _encode(figure: Figure, fmt: str) -> bytes:
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    FigureCanvasAgg(figure)
    buffer = io.BytesIO()
    # Fixed metadata and hash salt keep the output byte-for-byte stable for the same graph.
    if fmt == "svg":
        import matplotlib

        with matplotlib.rc_context({"svg.fonttype": "path", "svg.hashsalt": "policykg"}):
            figure.savefig(buffer, format="svg", metadata={"Date": None})
    elif fmt == "png":
        figure.savefig(buffer, format="png", dpi=DPI, metadata={"Software": None})
    else:
        raise ExportError(f"cannot draw the format {fmt!r}; use svg or png")
    return buffer.getvalue()


__all__ = [
    "CLASS_COLOURS",
    "OTHER_COLOUR",
    "japanese_font",
    "japanese_font_path",
    "layers",
    "layout",
    "render",
]
