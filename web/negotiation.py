"""What a request asks for: JSON or HTML, and which page, read by one rule on every route.

:func:`wants_json` is the one place a route (or an error handler) reads
``Accept``; reading it marks the response ``Vary: Accept``, so a cache never
hands the JSON of ``/search`` to a browser or its page to a script.

:func:`whole_number` reads ``page`` (from 1), ``offset`` (from 0) and ``limit``
alike on every route: ASCII digits only, at most :data:`MAX_DIGITS` of them, an
empty value meaning "not given".  Anything else is a :class:`UsageError`, which
the app answers with 400 and its one error shape (JSON or the error page).

:func:`quality` reads q-values as RFC 9110 says: the most specific range that
matches decides (``type/subtype`` over ``type/*`` over ``*/*``), so
``application/sparql-results+json;q=0, */*;q=0.1`` rules JSON out; werkzeug's
own ``quality`` takes the best quality of any matching range.

>>> MAX_DIGITS
9
"""

from __future__ import annotations

from flask import Response, g, request

from kg.errors import UsageError

MAX_DIGITS = 9
_VARY = "policykg.vary_accept"


def wants_json() -> bool:
    """True when the answer should be JSON: a ``.json`` path, or ``Accept`` preferring it."""
    if request.path.endswith(".json"):
        return True
    note_vary_accept()
    best = request.accept_mimetypes.best_match(["text/html", "application/json"])
    return best == "application/json"


def note_vary_accept() -> None:
    """Mark the current response as depending on the request's ``Accept`` header."""
    setattr(g, _VARY, True)


def add_vary(response: Response) -> Response:
    """``after_request``: send ``Vary: Accept`` on every response whose form came from ``Accept``."""
    if getattr(g, _VARY, False):
        response.vary.add("Accept")
    return response


def whole_number(name: str, *, least: int, most: int | None = None) -> int | None:
    """The query parameter ``name`` as a whole number from ``least`` (None when absent or empty).

    >>> from flask import Flask
    >>> with Flask(__name__).test_request_context("/?page=2&offset="):
    ...     whole_number("page", least=1), whole_number("offset", least=0)
    (2, None)
    """
    raw = request.args.get(name)
    if raw is None or not raw.strip():
        return None
    text = raw.strip()
    if text.isascii() and text.isdigit() and len(text) <= MAX_DIGITS:
        value = int(text)
        if value >= least and (most is None or value <= most):
            return value
    bound = f"from {least}" if most is None else f"from {least} to {most}"
    raise UsageError(f"{name} must be a whole number {bound}, not {raw[:20]!r}")


def range_quality(media: str) -> tuple[int, float]:
    """How specifically ``Accept`` names ``media`` (2 exactly, 1 as type/*, 0 as */*, -1 not at
    all) and the quality of that range (RFC 9110 12.5.1)."""
    kind = media.split("/", 1)[0]
    best = (-1, 0.0)
    for value, quality in request.accept_mimetypes:
        name = value.split(";", 1)[0].strip().lower()
        rank = 2 if name == media else 1 if name == f"{kind}/*" else 0 if name in {"*/*", "*"} else -1
        if rank > best[0]:
            best = (rank, quality)
    return best


def quality(media_types: tuple[str, ...]) -> float:
    """The quality of a format that answers to ``media_types``: a type named in ``Accept``
    decides over wildcards."""
    ranked = [range_quality(m) for m in media_types]
    top = max(rank for rank, _ in ranked)
    return max((q for rank, q in ranked if rank == top), default=0.0) if top >= 0 else 0.0
