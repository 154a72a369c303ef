"""The policykg web app: search, entity pages, SPARQL and graph views."""

from web.app import create_app

__all__ = ["create_app"]
