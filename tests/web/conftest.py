"""The web app over the session's build, and a test client, shared by the web tests."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from flask import Flask
from flask.testing import FlaskClient

from kg.settings import Settings
from web import create_app


@pytest.fixture(scope="module")
def app(built: Settings) -> Iterator[Flask]:
    app = create_app(built)
    yield app
    runner = app.extensions.get("policykg.sparql")
    if runner is not None:
        runner.close()


@pytest.fixture(scope="module")
def client(app: Flask) -> FlaskClient:
    return app.test_client()
