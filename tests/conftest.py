"""Shared fixtures: the corpus the tests build (one build of it per session) and the shared documents.

The project's sample corpus (corpus/) holds the seed report.  Documents that are
not the project's own are read at test time from the shared folders
(``SHARED/seeds``, ``SHARED/corpus-dev``): the tests build the seed report
together with the GIF guidebook DS-410 from there, and the tests that need a
shared document skip with a message saying where it was looked for.
"""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from pathlib import Path

import hypothesis
import pytest

from kg.settings import Settings, load_settings

# The property tests check what the code gives, not how fast: on a busy machine, how long an example
# or the making of its inputs takes is no measure of the code, so no deadline and no health check on
# time.
hypothesis.settings.register_profile(
    "policykg", deadline=None, suppress_health_check=[hypothesis.HealthCheck.too_slow]
)
hypothesis.settings.load_profile("policykg")

# The browser tests' fixtures (live_url, browser, page, served_build).
pytest_plugins = ["tests.browser"]

ROOT = Path(__file__).resolve().parents[1]
PROJECT_CORPUS = ROOT / "corpus"
SEED_ID = "digital-wg-followup-2021-10-22"
GIF_ID = "gif-ds-410-overview"


def _shared_root() -> Path:
    # POLICYKG_TEST_SHARED names the folder; else a `shared` folder beside the checkout.
    if explicit := os.environ.get("POLICYKG_TEST_SHARED"):
        return Path(explicit)
    for candidate in (ROOT.parent / "shared", ROOT.parent.parent / "shared"):
        if candidate.is_dir():
            return candidate
    return ROOT.parent / "shared"


SHARED = _shared_root()
SEEDS = SHARED / "seeds"
CORPUS_DEV = SHARED / "corpus-dev"
GIF = SEEDS / "GIF_DS-410_overview.md"
HAVE_GIF = GIF.is_file()
NO_GIF = f"the GIF guidebook DS-410 is absent ({GIF}; set POLICYKG_TEST_SHARED to the shared folder)"
needs_gif = pytest.mark.skipif(not HAVE_GIF, reason=NO_GIF)


def shared_file(path: Path) -> Path:
    """``path`` (under SHARED), or skip the test saying that it is absent."""
    if not path.is_file():
        pytest.skip(f"{path} is absent (set POLICYKG_TEST_SHARED to the shared folder)")
    return path


def _test_corpus() -> Path:
    """corpus/ plus the shared documents of tests/sample_manifest.toml, in a temporary folder."""
    parent = Path(tempfile.mkdtemp(prefix="policykg-test-corpus-"))
    owner = os.getpid()  # a forked child that exits normally must not remove it

    def remove() -> None:
        if os.getpid() == owner:
            shutil.rmtree(parent, ignore_errors=True)

    atexit.register(remove)
    target = parent / "corpus"
    shutil.copytree(PROJECT_CORPUS, target)
    if HAVE_GIF:
        shutil.copy2(GIF, target / GIF.name)
        if (SEEDS / "LICENSE-GIF-CC0.txt").is_file():
            shutil.copy2(SEEDS / "LICENSE-GIF-CC0.txt", target / "LICENSE-GIF-CC0.txt")
        extra = (ROOT / "tests" / "sample_manifest.toml").read_text(encoding="utf-8")
        with (target / "manifest.toml").open("a", encoding="utf-8") as fh:
            fh.write("\n" + extra)
    return target


# The corpus the tests build: the seed report and, where the shared folder has it, the GIF guidebook.
CORPUS = _test_corpus()
SEED = PROJECT_CORPUS / "digital-wg-followup-2021-10-22.txt"
SAMPLE_IDS = [SEED_ID, GIF_ID] if HAVE_GIF else [SEED_ID]


def settings_for(data: Path, corpus: Path = CORPUS) -> Settings:
    return load_settings(env={}, config_path=None, overrides={"data_dir": data, "corpus_dir": corpus})


@pytest.fixture(scope="session")
def built(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    """The test corpus built once into a session-wide data folder (read it, do not change it)."""
    from kg.build import build

    data = tmp_path_factory.mktemp("built") / "data"
    settings = settings_for(data)
    report = build(settings)
    assert not report.failed, report.to_text()
    return settings


@pytest.fixture
def corpus_copy(tmp_path: Path) -> Path:
    """A writable copy of the test corpus."""
    target = tmp_path / "corpus"
    shutil.copytree(CORPUS, target)
    return target
