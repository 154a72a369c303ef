"""The SPARQL 1.1 Protocol endpoint and the query editor."""

from __future__ import annotations

from flask import Blueprint

bp = Blueprint("sparql", __name__)
