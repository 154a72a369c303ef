"""Exports: bounded dependency-graph slices of the store as networkx graphs,
written as GraphML, GEXF, DOT, Mermaid, CSV, JSON, or drawn as SVG and PNG.

Takes the store; gives files.
"""
