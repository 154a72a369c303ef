"""Exports: bounded dependency-graph slices of the store as networkx graphs,
written as GraphML, GEXF, DOT, Mermaid, CSV, JSON, or drawn as SVG and PNG; and
the pictures drawn from SPARQL over the store (timelines, the prefecture tile map,
bar and line charts) as SVG, PNG and CSV.

Takes the store; gives files.
"""
