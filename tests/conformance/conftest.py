"""Counts the W3C suite's outcomes and writes them after the test session's summary."""

from __future__ import annotations

from collections import Counter

import pytest

_OUTCOMES: Counter[str] = Counter()


def pytest_runtest_logreport(report: pytest.TestReport) -> None:
    if "test_protocol[" not in report.nodeid:
        return
    if report.when == "call" or (report.when == "setup" and report.outcome != "passed"):
        _OUTCOMES[report.outcome] += 1


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if _OUTCOMES:
        terminalreporter.write_line(
            "W3C SPARQL 1.1 Protocol suite as published — "
            f"passed {_OUTCOMES['passed']}, failed {_OUTCOMES['failed']}, "
            f"not applicable {_OUTCOMES['skipped']} (updates: the endpoint is read-only)"
        )
