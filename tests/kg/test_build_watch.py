"""``policykg build --watch``: a change to the corpus is built as it comes, by one process that
keeps its pipeline loaded; a broken document is named and its previous version stays.

Real builds of documents of a few lines into a temporary data folder (on-disk Oxigraph store,
Whoosh index), the watching build running in a thread of the test process.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from kg.build import BuildReport
from kg.build_watch import changes_text, watch
from kg.errors import PolicyKGError
from kg.settings import Settings
from kg.store.reader import ReadStore
from search.engine import search
from tests.conftest import settings_for
from tests.kg.test_build_safety import SMALL, small_corpus

WAIT = 180.0


class Watching:
    """A watching build in a thread, and the reports and errors it gives."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.reports: queue.Queue[tuple[BuildReport, float | None]] = queue.Queue()
        self.errors: list[PolicyKGError] = []
        self._stop = threading.Event()
        self._thread = threading.Thread(
            target=watch,
            kwargs={
                "settings": settings,
                "on_report": lambda r, n: self.reports.put((r, n)),
                "on_error": self.errors.append,
                "stop": self._stop.is_set,
                "prune": True,
                "poll": 0.05,
            },
            daemon=True,
        )
        self._thread.start()

    def next(self) -> BuildReport:
        report, _noticed = self.reports.get(timeout=WAIT)
        return report

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(timeout=WAIT)


@pytest.fixture
def watching(tmp_path: Path) -> Iterator[Watching]:
    corpus = small_corpus(tmp_path / "corpus", "alpha.md", "beta.md")
    running = Watching(settings_for(tmp_path / "data", corpus))
    yield running
    running.stop()


def statuses(report: BuildReport) -> dict[str, str]:
    return {d.id: d.status for d in report.documents}


def found(settings: Settings, query: str) -> set[str]:
    return {hit.document for hit in search(settings, query).hits}


def stored(settings: Settings) -> set[str]:
    rows = ReadStore(settings.data_dir).select(
        "SELECT ?id WHERE { ?d a <https://w3id.org/policykg/ns#Document> ; "
        "<https://w3id.org/policykg/ns#documentId> ?id }"
    )
    return {row["id"] for row in rows}


def test_watch_follows_changed_added_removed_and_broken_documents(watching: Watching) -> None:
    settings = watching.settings
    corpus = settings.corpus_dir
    assert statuses(watching.next()) == {"alpha": "built", "beta": "built"}
    assert found(settings, "住民票") == {"alpha"}

    # Changed: the new text is found, the old one no longer.
    (corpus / "alpha.md").write_text(
        SMALL["alpha.md"].replace("住民票の写し", "旅券の申請"), encoding="utf-8"
    )
    assert statuses(watching.next()) == {"alpha": "built", "beta": "unchanged"}
    assert found(settings, "旅券") == {"alpha"}
    assert found(settings, "住民票") == set()

    # Added.
    (corpus / "gamma.md").write_text(SMALL["gamma.md"], encoding="utf-8")
    assert statuses(watching.next())["gamma"] == "built"
    assert found(settings, "印鑑登録証明書") == {"gamma"}
    assert stored(settings) == {"alpha", "beta", "gamma"}

    # Removed (the watch was started with prune).
    (corpus / "beta.md").unlink()
    report = watching.next()
    assert report.removed == ["beta"]
    assert stored(settings) == {"alpha", "gamma"}
    assert found(settings, "戸籍") == set()

    # Broken: one clear error naming the file, and its previous version stays searchable and stored.
    (corpus / "gamma.md").write_bytes(b"")
    report = watching.next()
    assert [(d.id, d.status) for d in report.failed] == [("gamma", "failed")]
    error = report.failed[0].error or ""
    assert "gamma.md" in error and "is empty" in error
    assert "failed    gamma  (" in changes_text(report)
    assert stored(settings) == {"alpha", "gamma"}
    assert found(settings, "印鑑登録証明書") == {"gamma"}
    assert watching.errors == []

    # Mended: built again.
    (corpus / "gamma.md").write_text(
        SMALL["gamma.md"].replace("印鑑登録証明書", "住民基本台帳カード"), encoding="utf-8"
    )
    assert statuses(watching.next())["gamma"] == "built"
    assert found(settings, "住民基本台帳カード") == {"gamma"}
    assert found(settings, "印鑑登録証明書") == set()


def test_a_pass_that_cannot_run_is_reported_and_watching_goes_on(watching: Watching) -> None:
    settings = watching.settings
    corpus = settings.corpus_dir
    watching.next()
    manifest = corpus / "manifest.toml"
    manifest.write_text("[[document\n", encoding="utf-8")  # not TOML: the corpus cannot be listed
    deadline = threading.Event()
    for _ in range(int(WAIT / 0.1)):
        if watching.errors:
            break
        deadline.wait(0.1)
    assert watching.errors and "manifest.toml" in watching.errors[0].message
    assert watching.reports.empty()
    assert found(settings, "住民票") == {"alpha"}
    manifest.unlink()
    (corpus / "beta.md").write_text(SMALL["beta.md"] + "\n電子証明書を更新する。\n", encoding="utf-8")
    assert statuses(watching.next())["beta"] == "built"
    assert found(settings, "電子証明書") == {"beta"}


def test_policykg_build_watch_reports_each_change(tmp_path: Path) -> None:
    import os
    import signal
    import subprocess
    import sys

    corpus = small_corpus(tmp_path / "corpus", "alpha.md")
    data = tmp_path / "data"
    env = {k: v for k, v in os.environ.items() if not k.startswith("POLICYKG_")}
    command = [sys.executable, "-m", "kg", "build", "--watch", "--corpus", str(corpus), "--data", str(data)]
    proc = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    try:
        assert proc.stderr is not None and proc.stdout is not None
        assert "watching" in proc.stderr.readline()
        (corpus / "alpha.md").write_text(SMALL["alpha.md"] + "\n旅券の申請を受け付ける。\n", encoding="utf-8")
        assert "watching" in proc.stderr.readline()
        (corpus / "beta.md").write_bytes(b"")
        # One line on stderr names the file and the reason, as a build without --watch says it.
        error = proc.stderr.readline()
        assert error.rstrip().endswith("beta.md: is empty"), error
        assert "watching" in proc.stderr.readline()
    finally:
        proc.send_signal(signal.SIGINT)
        out, err = proc.communicate(timeout=WAIT)
    lines = out.splitlines()
    assert "built     alpha" in lines  # the first build, then the change alone
    assert lines.count("built     alpha") == 2
    assert any(
        line.startswith("readable ") and line.endswith("after the change was noticed") for line in lines
    )
    assert any(line.startswith("failed    beta  (") and "is empty" in line for line in lines)
    assert err.rstrip().endswith("stopped watching") and proc.returncode == 0
    assert found(settings_for(data, corpus), "旅券") == {"alpha"}
