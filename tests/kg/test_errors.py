from __future__ import annotations

import re

import pytest

from kg import errors
from kg.errors import PolicyKGError, all_error_classes


def test_codes_are_unique_and_stable() -> None:
    classes = all_error_classes()
    codes = [c.code for c in classes]
    assert len(codes) == len(set(codes))
    for cls in classes:
        assert re.fullmatch(r"E\d{3}", cls.code)
        assert 400 <= cls.status <= 599


def test_hierarchy_is_drawn_in_the_module_docstring() -> None:
    doc = errors.__doc__ or ""
    for cls in all_error_classes():
        assert cls.__name__ in doc and cls.code in doc, cls.__name__


@pytest.mark.parametrize(
    ("cls", "code", "status"),
    [
        (errors.CorpusError, "E100", 400),
        (errors.DocumentError, "E110", 422),
        (errors.StoreLockedError, "E310", 409),
        (errors.QueryTimeoutError, "E410", 503),
        (errors.NotFoundError, "E700", 404),
    ],
)
def test_known_codes(cls: type[PolicyKGError], code: str, status: int) -> None:
    assert (cls.code, cls.status) == (code, status)
    assert issubclass(cls, PolicyKGError)


def test_json_shape() -> None:
    body = errors.QueryError("SERVICE is not allowed").to_json()
    assert body == {"ok": False, "error": "SERVICE is not allowed", "code": "E400", "status": 400}
