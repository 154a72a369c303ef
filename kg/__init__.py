"""policykg: reading, extraction, linking, graph building and the store."""

__version__ = "0.1.0"
