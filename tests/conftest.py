"""Shared fixtures: the sample corpus and one build of it per test session."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from kg.settings import Settings, load_settings

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus"
SEED = CORPUS / "digital-wg-followup-2021-10-22.txt"
GIF = CORPUS / "GIF_DS-410_overview.md"
SEED_ID = "digital-wg-followup-2021-10-22"
GIF_ID = "gif-ds-410-overview"


def settings_for(data: Path, corpus: Path = CORPUS) -> Settings:
    return load_settings(env={}, config_path=None, overrides={"data_dir": data, "corpus_dir": corpus})


@pytest.fixture(scope="session")
def built(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    """The sample corpus built once into a session-wide data folder (read it, do not change it)."""
    from kg.build import build

    data = tmp_path_factory.mktemp("built") / "data"
    settings = settings_for(data)
    report = build(settings)
    assert not report.failed, report.to_text()
    return settings


@pytest.fixture
def corpus_copy(tmp_path: Path) -> Path:
    """A writable copy of the sample corpus."""
    target = tmp_path / "corpus"
    shutil.copytree(CORPUS, target)
    return target
