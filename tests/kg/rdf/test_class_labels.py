"""One table of class names: the ontology's Japanese labels, used by search, pages and exports."""

from __future__ import annotations

import json

import networkx as nx
import pytest

from kg.export.formats import serialise
from kg.export.graphs import CLASSES
from kg.rdf.ontology import class_label, class_labels


@pytest.mark.parametrize(
    ("name", "ja"),
    [
        # the words a Japanese reader of the reports expects (issue text and the reports' own tables)
        ("ProgressUpdate", "取組状況"),
        ("Issue", "課題"),
        ("StatusRow", "取組状況表の行"),
        ("StatusTable", "取組状況表"),
        ("Document", "文書"),
        ("Section", "節"),
        ("Measure", "施策"),
        ("Goal", "目標"),
        ("Law", "法令"),
        ("Agency", "機関"),
        ("Target", "目標値"),
        ("DateExpression", "日付表現"),
        ("DataSet", "統計表"),
        ("Observation", "観測値"),
        ("https://w3id.org/policykg/ns#Issue", "課題"),
        ("http://purl.org/linked-data/cube#Observation", "観測値"),
    ],
)
def test_class_names_in_japanese(name: str, ja: str) -> None:
    assert class_label(name) == ja


def test_english_follows_from_the_same_table() -> None:
    assert class_label("ProgressUpdate", "en") == "Progress update"
    assert class_label("Paragraph") == "Paragraph"  # not a class: given back as it came


def test_every_class_shown_anywhere_has_a_japanese_name() -> None:
    labels = class_labels()
    for name in [*CLASSES, "StatusRow", "StatusTable", "DataSet"]:
        assert name in labels and labels[name] != name, name


def test_exported_nodes_carry_the_class_in_words() -> None:
    graph = nx.MultiDiGraph(focus="a", depth=1)
    graph.add_node("a", label="J-LISのガバナンス強化", **{"class": "ProgressUpdate"})
    graph.add_node("b", label="1.3", **{"class": "Issue"})
    graph.add_edge("a", "b", key="addressesIssue", relation="addressesIssue", basis="stated")
    nodes = {n["id"]: n for n in json.loads(serialise(graph, "json"))["nodes"]}
    assert (nodes["a"]["class"], nodes["a"]["class_label"]) == ("ProgressUpdate", "取組状況")
    assert nodes["b"]["class_label"] == "課題"
    graphml = serialise(graph, "graphml").decode()
    assert 'attr.name="class_label"' in graphml and "取組状況" in graphml
