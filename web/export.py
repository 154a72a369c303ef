"""Dependency-graph exports and the graph explorer."""

from __future__ import annotations

from flask import Blueprint

bp = Blueprint("export", __name__)
