"""The one exception hierarchy of policykg.

Every error a user can meet is a :class:`PolicyKGError` with a stable code and
an HTTP status, so the CLI prints one line and the web app answers one JSON
shape.  Third-party exceptions are wrapped where they cross into our code.

    PolicyKGError                 E000  500
    ├── UsageError                E001  400   a bad argument or setting
    ├── CorpusError               E100  400   a corpus folder or its manifest
    │   └── DocumentError         E110  422   one document cannot be read
    ├── ExtractionError           E200  500   extraction failed on a document
    │   └── ProfileError          E250  400   a document profile (TOML) cannot be read or holds a bad pattern
    ├── StoreError                E300  500   the RDF store
    │   ├── StoreLockedError      E310  409   another build holds the store
    │   ├── StoreMissingError     E320  404   nothing has been built yet
    │   └── StoreUnavailableError E330  503   an external SPARQL server does not answer
    ├── QueryError                E400  400   a SPARQL query is refused or invalid
    │   ├── QueryTimeoutError     E410  503   a query ran past its time limit
    │   └── QueryTooLargeError    E420  413   a query is larger than allowed
    ├── SearchError               E500  500   the search index cannot be read or written
    │   └── SearchRequestError    E510  400   a search request is invalid (query, filter, page)
    ├── ExportError               E600  400   a graph export
    ├── TrackError                E650  400   two documents that are not editions of one series
    ├── NotFoundError             E700  404   an entity or document that does not exist
    ├── OutputError               E800  500   a file or standard output cannot be written
    └── BudgetError               E900  503   a page ran past its time budget, or its client left
        └── AnswerTooLargeError   E910  413   an answer larger than a page may send
"""

from __future__ import annotations

from typing import Any, ClassVar


class PolicyKGError(Exception):
    """The base of every error policykg raises on purpose."""

    code: ClassVar[str] = "E000"
    status: ClassVar[int] = 500

    def __init__(self, message: str, *, detail: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.detail = detail

    def __str__(self) -> str:
        return self.message

    def to_json(self) -> dict[str, Any]:
        """The one error shape of the web app and the CLI's --json output."""
        body: dict[str, Any] = {
            "ok": False,
            "error": self.message,
            "code": self.code,
            "status": self.status,
        }
        if self.detail:
            body["detail"] = self.detail
        return body


class UsageError(PolicyKGError):
    code = "E001"
    status = 400


class CorpusError(PolicyKGError):
    code = "E100"
    status = 400


class DocumentError(CorpusError):
    code = "E110"
    status = 422


class ExtractionError(PolicyKGError):
    code = "E200"
    status = 500


class ProfileError(ExtractionError):
    code = "E250"
    status = 400


class StoreError(PolicyKGError):
    code = "E300"
    status = 500


class StoreLockedError(StoreError):
    code = "E310"
    status = 409


class StoreMissingError(StoreError):
    code = "E320"
    status = 404


class StoreUnavailableError(StoreError):
    code = "E330"
    status = 503


class QueryError(PolicyKGError):
    code = "E400"
    status = 400


class QueryTimeoutError(QueryError):
    code = "E410"
    status = 503


class QueryTooLargeError(QueryError):
    code = "E420"
    status = 413


class SearchError(PolicyKGError):
    code = "E500"
    status = 500


class SearchRequestError(SearchError):
    code = "E510"
    status = 400


class ExportError(PolicyKGError):
    code = "E600"
    status = 400


class TrackError(PolicyKGError):
    code = "E650"
    status = 400


class NotFoundError(PolicyKGError):
    code = "E700"
    status = 404


class OutputError(PolicyKGError):
    code = "E800"
    status = 500


class BudgetError(PolicyKGError):
    code = "E900"
    status = 503


class AnswerTooLargeError(BudgetError):
    code = "E910"
    status = 413


def all_error_classes() -> list[type[PolicyKGError]]:
    """Every class of the hierarchy, the base first."""
    seen: list[type[PolicyKGError]] = [PolicyKGError]
    stack = list(PolicyKGError.__subclasses__())
    while stack:
        cls = stack.pop(0)
        seen.append(cls)
        stack.extend(cls.__subclasses__())
    return seen
