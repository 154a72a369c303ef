"""Every export format read back with an independent reader and compared with its slice."""

from __future__ import annotations

import csv
import io
import json
import re
import warnings
import xml.etree.ElementTree as ET
import zipfile
from collections import Counter
from pathlib import Path

import igraph
import networkx as nx
import numpy as np
import pydot
import pytest
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.font_manager import FontProperties
from matplotlib.image import imread

from kg.errors import ExportError, NotFoundError, OutputError
from kg.export.formats import export_graph, serialise, write
from kg.export.graphs import Focus, build_slice
from kg.export.render import japanese_font, layers
from kg.export.style import CLASS_COLOURS
from kg.settings import Settings
from kg.store.reader import ReadStore
from tests.conftest import settings_for
from tests.kg.export.test_graphs import ID, load_sample

HOSTILE = '<&"\'>\x01\x0b\x1f=HYPERLINK("http://example.com","開く")'
HOSTILE_CLEAN = '<&"\'>=HYPERLINK("http://example.com","開く")'
FORMULA = '=HYPERLINK("http://example.com","開く")'


@pytest.fixture(scope="module")
def sample_data(tmp_path_factory: pytest.TempPathFactory) -> Path:
    data = tmp_path_factory.mktemp("exports") / "data"
    load_sample(data)
    return data


@pytest.fixture(scope="module")
def source(sample_data: Path) -> nx.MultiDiGraph:
    """The bundle デジタル改革関連法 two hops out: laws, items, issues, agencies, a goal, dates."""
    return build_slice(ReadStore(sample_data), Focus("law", "デジタル改革関連法"), depth=2)


@pytest.fixture
def hostile() -> nx.MultiDiGraph:
    graph = nx.MultiDiGraph(focus="https://example.org/a", depth=1, truncated=False)
    graph.add_node(
        "https://example.org/a", label=HOSTILE, **{"class": "Measure"}, iri="https://example.org/a"
    )
    graph.add_node(
        "https://example.org/b", label="@SUM(1+1)", **{"class": "Law"}, iri="https://example.org/b"
    )
    graph.add_node(
        "https://example.org/c", label="-2+3 #の件", **{"class": "Agency"}, iri="https://example.org/c"
    )
    graph.add_node(
        "https://example.org/d", label="\tタブ\r改行\n", **{"class": "Issue"}, iri="https://example.org/d"
    )
    graph.add_node("https://example.org/e", label=FORMULA, **{"class": "Goal"}, iri="https://example.org/e")
    for target, relation in (
        ("b", "dependsOnLaw"),
        ("c", "involvesAgency"),
        ("d", "addressesIssue"),
        ("e", "contributesToGoal"),
    ):
        graph.add_edge(
            "https://example.org/a",
            f"https://example.org/{target}",
            key=relation,
            relation=relation,
            basis="stated",
            basis_detail="",
        )
    return graph


def expected_nodes(graph: nx.MultiDiGraph) -> dict[str, tuple[str, str]]:
    return {n: (d["label"], d["class"]) for n, d in graph.nodes(data=True)}


def expected_edges(graph: nx.MultiDiGraph) -> Counter[tuple[str, str, str, str]]:
    return Counter((s, t, d["relation"], d["basis"]) for s, t, d in graph.edges(data=True))


def test_source_slice_has_what_the_formats_must_carry(source: nx.MultiDiGraph) -> None:
    classes = {c for _, c in source.nodes(data="class")}
    assert {"LawBundle", "Law", "Measure", "ProgressUpdate", "Issue", "Agency", "DateExpression"} <= classes
    assert "inferred" in {b for _, _, b in source.edges(data="basis")}


# ----------------------------------------------------------------------------- GraphML


def test_graphml_read_by_networkx(source: nx.MultiDiGraph, tmp_path: Path) -> None:
    path = tmp_path / "slice.graphml"
    write(source, "graphml", path)
    read = nx.read_graphml(path, force_multigraph=True)
    assert {n: (d["label"], d["class"]) for n, d in read.nodes(data=True)} == expected_nodes(source)
    edges = Counter((s, t, d["relation"], d["basis"]) for s, t, d in read.edges(data=True))
    assert edges == expected_edges(source)
    assert read.nodes[ID + "doc/t/progress/1"]["dates"] == "3年9月 (2021-09)"


def test_graphml_read_by_igraph(source: nx.MultiDiGraph, tmp_path: Path) -> None:
    path = tmp_path / "slice.graphml"
    path.write_bytes(serialise(source, "graphml"))
    read = igraph.Graph.Read_GraphML(str(path))
    assert read.is_directed()
    assert {v["id"]: (v["label"], v["class"]) for v in read.vs} == expected_nodes(source)
    ids = read.vs["id"]
    edges = Counter((ids[e.source], ids[e.target], e["relation"], e["basis"]) for e in read.es)
    assert edges == expected_edges(source)


def test_graphml_declares_its_keys_and_yed_labels(source: nx.MultiDiGraph) -> None:
    root = ET.fromstring(serialise(source, "graphml"))
    ns = {"g": "http://graphml.graphdrawing.org/xmlns", "y": "http://www.yworks.com/xml/graphml"}
    names = {(k.get("for"), k.get("attr.name")) for k in root.findall("g:key", ns)}
    assert {("node", "label"), ("node", "class"), ("edge", "relation"), ("edge", "basis")} <= names
    yed_labels = {label.text for label in root.iterfind(".//y:NodeLabel", ns)}
    assert yed_labels == {label for label, _ in expected_nodes(source).values()}


# ----------------------------------------------------------------------------- GEXF


def test_gexf_read_by_networkx_with_colours(source: nx.MultiDiGraph, tmp_path: Path) -> None:
    path = tmp_path / "slice.gexf"
    write(source, "gexf", path)
    assert b'version="1.3"' in path.read_bytes()[:400]
    read = nx.read_gexf(path, version="1.3")
    assert {n: (d["label"], d["class"]) for n, d in read.nodes(data=True)} == expected_nodes(source)
    assert Counter((s, t, d["relation"], d["basis"]) for s, t, d in read.edges(data=True)) == expected_edges(
        source
    )
    bundle = read.nodes[ID + "law/reform"]["viz"]["color"]
    assert "#{:02X}{:02X}{:02X}".format(bundle["r"], bundle["g"], bundle["b"]) == CLASS_COLOURS["LawBundle"]


# ----------------------------------------------------------------------------- DOT, Mermaid


def _unquote(value: str) -> str:
    return value[1:-1].replace('\\"', '"').replace("\\\\", "\\") if value.startswith('"') else value


def test_dot_read_by_pydot(source: nx.MultiDiGraph) -> None:
    (dot,) = pydot.graph_from_dot_data(serialise(source, "dot").decode("utf-8"))
    nodes = {
        _unquote(n.get_name()): (_unquote(n.get("label")), _unquote(n.get("class")))
        for n in dot.get_nodes()
        if _unquote(n.get_name()) not in ("node", "edge", "graph")
    }
    assert nodes == expected_nodes(source)
    edges = Counter(
        (
            _unquote(e.get_source()),
            _unquote(e.get_destination()),
            _unquote(e.get("relation")),
            _unquote(e.get("basis")),
        )
        for e in dot.get_edges()
    )
    assert edges == expected_edges(source)


def test_mermaid_structure(source: nx.MultiDiGraph) -> None:
    lines = serialise(source, "mermaid").decode("utf-8").splitlines()
    assert lines[0] == "---" and lines[1].startswith("title: ") and lines[2] == "---"
    assert lines[3] == "flowchart BT"
    node_lines = [line for line in lines if re.fullmatch(r'  n\d+\["[^"]*"\]', line)]
    edge_lines = [line for line in lines if re.fullmatch(r'  n\d+ (-->|-\.->)\|"\w+"\| n\d+', line)]
    assert len(node_lines) == source.number_of_nodes()
    assert len(edge_lines) == source.number_of_edges()
    assert sum("-.->" in line for line in edge_lines) == sum(
        1 for _, _, b in source.edges(data="basis") if b == "inferred"
    )
    assert '  n0["デジタル改革関連法"]' in lines  # the focus comes first


# ----------------------------------------------------------------------------- CSV, JSON


def _read_csv(data: bytes) -> list[dict[str, str]]:
    assert data.startswith(b"\xef\xbb\xbf")  # the BOM Excel needs to read UTF-8
    return list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"))))


def test_csv_to_a_file_is_one_edge_list(source: nx.MultiDiGraph, tmp_path: Path) -> None:
    path = tmp_path / "slice.csv"
    write(source, "csv", path)
    assert path.is_file()
    rows = _read_csv(path.read_bytes())
    assert list(rows[0]) == [
        "source",
        "source_label",
        "target",
        "target_label",
        "relation",
        "basis",
        "basis_detail",
    ]
    assert Counter((r["source"], r["target"], r["relation"], r["basis"]) for r in rows) == expected_edges(
        source
    )
    enforce = next(r for r in rows if r["relation"] == "enforcesLaw")
    assert enforce["target_label"] == "デジタル社会の形成を図るための関係法律の整備に関する法律"
    labels = {r["source"]: r["source_label"] for r in rows} | {r["target"]: r["target_label"] for r in rows}
    assert labels["https://w3id.org/policykg/id/law/reform"] == "デジタル改革関連法"


def test_csv_edge_list_gives_an_isolated_node_a_row(tmp_path: Path) -> None:
    graph = nx.MultiDiGraph(focus="https://example.org/a", depth=1, truncated=False)
    graph.add_node("https://example.org/a", label="=独り", **{"class": "Law"})
    graph.add_node("https://example.org/b", label="法B", **{"class": "Law"})
    graph.add_node("https://example.org/c", label="法C", **{"class": "Law"})
    graph.add_edge("https://example.org/b", "https://example.org/c", relation="isPartOf", basis="stated")
    write(graph, "csv", tmp_path / "x.csv")
    rows = [list(r.values()) for r in _read_csv((tmp_path / "x.csv").read_bytes())]
    assert rows == [
        ["https://example.org/b", "法B", "https://example.org/c", "法C", "isPartOf", "stated", ""],
        ["https://example.org/a", "'=独り", "", "", "", "", ""],
    ]


@pytest.mark.parametrize("how", ["existing", "slash"])
def test_csv_to_a_folder_is_two_tables(source: nx.MultiDiGraph, tmp_path: Path, how: str) -> None:
    folder = tmp_path / "tables"
    if how == "existing":
        folder.mkdir()
        write(source, "csv", folder)
    else:
        write(source, "csv", f"{folder}/")
    assert sorted(p.name for p in folder.iterdir()) == ["edges.csv", "nodes.csv"]
    nodes = _read_csv((folder / "nodes.csv").read_bytes())
    assert {r["id"]: (r["label"], r["class"]) for r in nodes} == expected_nodes(source)
    edges = _read_csv((folder / "edges.csv").read_bytes())
    assert Counter((r["source"], r["target"], r["relation"], r["basis"]) for r in edges) == expected_edges(
        source
    )
    enforce = next(r for r in edges if r["relation"] == "enforcesLaw")
    assert enforce["target_label"] == "デジタル社会の形成を図るための関係法律の整備に関する法律"


def test_csv_zip(source: nx.MultiDiGraph, tmp_path: Path) -> None:
    path = tmp_path / "tables.zip"
    write(source, "csv", path)
    with zipfile.ZipFile(path) as archive:
        assert sorted(archive.namelist()) == ["edges.csv", "nodes.csv"]
        assert len(_read_csv(archive.read("nodes.csv"))) == source.number_of_nodes()


def test_json_node_link_and_cytoscape(source: nx.MultiDiGraph) -> None:
    document = json.loads(serialise(source, "json"))
    assert document["focus"] == ID + "law/reform"
    read = nx.node_link_graph(document, edges="links")
    assert {n: (d["label"], d["class"]) for n, d in read.nodes(data=True)} == expected_nodes(source)
    assert Counter((s, t, d["relation"], d["basis"]) for s, t, d in read.edges(data=True)) == expected_edges(
        source
    )
    elements = document["elements"]
    assert {e["data"]["id"] for e in elements["nodes"]} == set(source.nodes)
    assert Counter(
        (e["data"]["source"], e["data"]["target"], e["data"]["relation"], e["data"]["basis"])
        for e in elements["edges"]
    ) == expected_edges(source)


# ----------------------------------------------------------------------------- hostile labels


@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
def test_hostile_labels_leave_valid_xml(hostile: nx.MultiDiGraph, fmt: str, tmp_path: Path) -> None:
    data = serialise(hostile, fmt)
    ET.fromstring(data)  # well-formed despite the control characters
    path = tmp_path / f"hostile.{fmt}"
    path.write_bytes(data)
    read = nx.read_graphml(path) if fmt == "graphml" else nx.read_gexf(path, version="1.3")
    assert read.nodes["https://example.org/a"]["label"] == HOSTILE_CLEAN


def test_hostile_labels_are_neutralised_in_the_csv_edge_list(hostile: nx.MultiDiGraph) -> None:
    rows = _read_csv(serialise(hostile, "csv"))
    assert {r["source_label"] for r in rows} == {HOSTILE_CLEAN}  # starts with <, which runs nothing
    assert {r["target_label"] for r in rows} == {
        "'@SUM(1+1)",
        "'-2+3 #の件",
        "'\tタブ\r改行\n",
        "'" + FORMULA,
    }
    for row in rows:
        assert not any(cell.startswith(("=", "+", "-", "@", "\t", "\r")) for cell in row.values())


def test_hostile_labels_are_neutralised_in_csv_tables(hostile: nx.MultiDiGraph, tmp_path: Path) -> None:
    write(hostile, "csv", tmp_path / "tables.zip")
    with zipfile.ZipFile(tmp_path / "tables.zip") as archive:
        nodes = {r["id"]: r["label"] for r in _read_csv(archive.read("nodes.csv"))}
        edges = _read_csv(archive.read("edges.csv"))
    assert nodes["https://example.org/a"] == HOSTILE_CLEAN  # starts with <, which runs nothing
    assert nodes["https://example.org/e"] == "'" + FORMULA
    assert nodes["https://example.org/b"] == "'@SUM(1+1)"
    assert nodes["https://example.org/c"] == "'-2+3 #の件"
    assert nodes["https://example.org/d"] == "'\tタブ\r改行\n"
    assert {r["target_label"] for r in edges} == {
        "'@SUM(1+1)",
        "'-2+3 #の件",
        "'\tタブ\r改行\n",
        "'" + FORMULA,
    }
    for row in edges:
        assert not any(cell.startswith(("=", "+", "-", "@", "\t", "\r")) for cell in row.values())


def test_hostile_labels_in_dot_and_mermaid(hostile: nx.MultiDiGraph) -> None:
    (dot,) = pydot.graph_from_dot_data(serialise(hostile, "dot").decode("utf-8"))
    labels = {_unquote(n.get("label") or '""') for n in dot.get_nodes()}
    assert HOSTILE_CLEAN in labels
    mermaid = serialise(hostile, "mermaid").decode("utf-8")
    label_line = next(line for line in mermaid.splitlines() if line.startswith("  n0["))
    inner = label_line[len('  n0["') : -len('"]')]
    assert not set('"<>`') & set(inner)
    assert "#quot;" in inner and "#lt;" in inner
    assert "#35;の件" in mermaid  # a literal # cannot start an entity code


def test_json_keeps_hostile_text_as_data(hostile: nx.MultiDiGraph) -> None:
    document = json.loads(serialise(hostile, "json"))
    labels = {n["id"]: n["label"] for n in document["nodes"]}
    assert labels["https://example.org/a"] == HOSTILE_CLEAN


# ----------------------------------------------------------------------------- pictures


def _draw_text(text: str, font: FontProperties) -> np.ndarray:
    figure = Figure(figsize=(3, 1), dpi=100)
    figure.text(0.05, 0.3, text, fontproperties=font, fontsize=24)
    canvas = FigureCanvasAgg(figure)
    canvas.draw()
    return np.asarray(canvas.buffer_rgba()).copy()


def test_japanese_labels_are_real_glyphs() -> None:
    font = japanese_font()
    # Two katakana words of the same length: real glyphs tell them apart, placeholder boxes do not.
    digital, portal = _draw_text("デジタル", font), _draw_text("マイナポ", font)
    assert not np.array_equal(digital, portal)
    latin = FontProperties(family="DejaVu Sans")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # DejaVu Sans has no kana: it says so, then draws boxes
        tofu_digital, tofu_portal = _draw_text("デジタル", latin), _draw_text("マイナポ", latin)
    assert np.array_equal(tofu_digital, tofu_portal)  # every missing katakana is the same box
    assert not np.array_equal(digital, tofu_digital)


def thirty_nodes() -> nx.MultiDiGraph:
    graph = nx.MultiDiGraph(focus="https://example.org/law", depth=2, truncated=False)
    graph.add_node("https://example.org/law", label="デジタル社会形成整備法", **{"class": "Law"})
    for i in range(1, 5):
        issue = f"https://example.org/issue/{i}"
        graph.add_node(
            issue, label=f"課題{i}：マイナンバーカードの発行・運営体制の抜本的強化", number=f"1.{i}"
        )
        graph.nodes[issue]["class"] = "Issue"
    for i in range(25):
        measure = f"https://example.org/measure/{i}"
        graph.add_node(measure, label=f"施策{i}：J-LISに対する国のガバナンスの強化", **{"class": "Measure"})
        graph.add_edge(
            measure, "https://example.org/law", key="dependsOnLaw", relation="dependsOnLaw", basis="stated"
        )
        graph.add_edge(
            measure,
            f"https://example.org/issue/{i % 4 + 1}",
            key="addressesIssue",
            relation="addressesIssue",
            basis="inferred" if i % 3 else "stated",
        )
    graph.add_node("https://example.org/agency", label="デジタル庁", **{"class": "Agency"})
    graph.add_edge(
        "https://example.org/measure/0",
        "https://example.org/agency",
        key="involvesAgency",
        relation="involvesAgency",
    )
    assert graph.number_of_nodes() == 31
    return graph


def test_png_of_thirty_nodes_is_wide_enough(tmp_path: Path) -> None:
    path = tmp_path / "slice.png"
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # a missing glyph would warn
        write(thirty_nodes(), "png", path)
    assert path.read_bytes().startswith(b"\x89PNG")
    height, width = imread(path).shape[:2]
    assert width >= 1200
    assert height > 300


def test_svg_draws_text_as_shapes(source: nx.MultiDiGraph) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        svg = serialise(source, "svg")
    root = ET.fromstring(svg)
    assert root.tag == "{http://www.w3.org/2000/svg}svg"
    assert svg.count(b"<path") > source.number_of_nodes()


def test_layers_put_what_is_depended_on_first(source: nx.MultiDiGraph) -> None:
    layer = layers(source)
    assert layer[ID + "law/reform"] == 0
    assert layer[ID + "law/dsd"] == 1
    assert layer[ID + "doc/t/measure/1.3-1"] > layer[ID + "law/dsd"]
    assert layer[ID + "doc/t/progress/1"] > layer[ID + "doc/t/measure/1.3-1"]


# ----------------------------------------------------------------------------- export_graph


def test_export_graph_writes_the_file(sample_data: Path, tmp_path: Path) -> None:
    settings: Settings = settings_for(sample_data)
    result = export_graph(settings, agency="J-LIS", depth=1, fmt="graphml", output=tmp_path / "jlis.graphml")
    assert (result.nodes, result.edges, result.truncated) == (3, 3, False)
    assert result.focus == ID + "agency/jlis"
    assert set(nx.read_graphml(result.path)) == {
        ID + "agency/jlis",
        ID + "doc/t/measure/1.3-1",
        ID + "doc/t/progress/1",
    }


@pytest.mark.parametrize(
    ("options", "error"),
    [
        ({}, ExportError),
        ({"law": "デジタル改革関連法", "agency": "デジタル庁"}, ExportError),
        ({"law": "存在しない法"}, NotFoundError),
        ({"issue": "1.3", "fmt": "pdf"}, ExportError),
    ],
)
def test_export_graph_errors(sample_data: Path, tmp_path: Path, options: dict[str, str], error: type) -> None:
    settings = settings_for(sample_data)
    fmt = options.pop("fmt", "json")
    with pytest.raises(error) as caught:
        export_graph(settings, fmt=fmt, output=tmp_path / "out", **options)  # type: ignore[arg-type]
    assert "\n" not in str(caught.value)


def test_export_graph_to_a_missing_folder(sample_data: Path, tmp_path: Path) -> None:
    with pytest.raises(OutputError, match="no such folder"):
        export_graph(settings_for(sample_data), issue="1.3", fmt="json", output=tmp_path / "no" / "x.json")
