"""A budget of work for the current request: a deadline, and a probe for a client that left.

The web app opens one with :func:`spending` around each request; the loops
that can run long (reading query rows, building a description) call
:func:`check`, which raises :class:`~kg.errors.BudgetError` once the time is
spent or the client has gone, so that the work stops there instead of running
on for nobody.  Outside a budget (the CLI, the build) :func:`check` does nothing.

>>> with spending(0.0, "this page"):
...     check()
Traceback (most recent call last):
  ...
kg.errors.BudgetError: this page took longer than its budget of 0.0 s; try again, or narrow it
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from typing import TypeVar

from kg.errors import BudgetError

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Budget:
    """Until when the work may run, and how to tell that its client has gone."""

    deadline: float  # time.monotonic()
    seconds: float
    what: str
    gone: Callable[[], bool] | None = None

    def check(self) -> None:
        if self.gone is not None and self.gone():
            raise BudgetError(f"the client of {self.what} has gone; the work was stopped")
        if time.monotonic() >= self.deadline:
            raise BudgetError(
                f"{self.what} took longer than its budget of {self.seconds} s; try again, or narrow it"
            )

    def left(self) -> float:
        """Seconds left before the deadline (never below zero)."""
        return max(0.0, self.deadline - time.monotonic())


_current: ContextVar[Budget | None] = ContextVar("policykg_budget", default=None)


@contextmanager
def spending(seconds: float, what: str, gone: Callable[[], bool] | None = None) -> Iterator[Budget]:
    """Run the body under a budget of ``seconds`` (0 or less: already spent)."""
    budget = Budget(time.monotonic() + seconds, seconds, what, gone)
    token = _current.set(budget)
    try:
        yield budget
    finally:
        _current.reset(token)


def current() -> Budget | None:
    """The budget of the work in progress, if any."""
    return _current.get()


def check() -> None:
    """Raise :class:`~kg.errors.BudgetError` when the current budget is spent or its client left."""
    budget = _current.get()
    if budget is not None:
        budget.check()


def checked(rows: Iterable[T], every: int = 256) -> Iterator[T]:
    """``rows``, with the budget checked every ``every`` of them."""
    for n, row in enumerate(rows):
        if n % every == 0:
            check()
        yield row
