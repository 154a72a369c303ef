"""The sample corpus with its search index."""

from __future__ import annotations

import pytest

from kg.settings import Settings
from search.build import build_index


@pytest.fixture(scope="session")
def indexed(built: Settings) -> Settings:
    """The session's built data folder with its search index (built once, if the build had none)."""
    build_index(built)
    return built


@pytest.fixture(scope="module")
def served_build(indexed: Settings) -> Settings:
    """The browser tests here search: they serve the build with its index."""
    return indexed
